"""Who said it, where the body is named by its kind ("the foreign ministry", "the Red Cross", "the think tank X"),
by a report it published, or by a title the parser leaves without a subject; and three reversals told in other
words: a contest with nationalities before the names, a verdict given in a small clause ("found X guilty"), and
work ahead of or behind schedule. From the fresh revision cases of the thirty-third session."""

from __future__ import annotations

from service.pipeline.run import Models
from tests.test_threats_reviews_opposites_and_ceilings import found


def test_bodies_of_kinds_no_rewording_turns_into_one_another(models: Models) -> None:
    assert found(
        "The foreign ministry said the two detained aid workers had been released on Sunday.",
        "The Red Cross said the two detained aid workers had been released on Sunday.",
        models,
    ) == [("attribution", "The foreign ministry", "The Red Cross")]


def test_a_ministry_speaks_for_its_forces_and_a_un_agency_by_its_description(models: Models) -> None:
    assert found("The defence ministry said the two soldiers had been released on Sunday.",
                 "The army said the two soldiers had been released on Sunday.", models) == []
    assert found(
        "The World Health Organization said on Monday that 41 people had died of cholera in the camp.",
        "The U.N. health agency said on Monday that 41 people had died of cholera in the camp.",
        models,
    ) == []


def test_a_report_speaks_for_whoever_published_it(models: Models) -> None:
    assert found(
        "A study published by the think tank Harbour Institute found that rents in Lisbon rose 8% in 2023.",
        "Rents in Lisbon rose 8% in 2023, according to a report by the Portuguese housing ministry.",
        models,
    ) == [("attribution", "Harbour Institute", "the Portuguese housing ministry")]
    assert found(
        "A study published by the Harbour Institute found that rents in Lisbon rose 8% in 2023.",
        "Rents in Lisbon rose 8% in 2023, according to a study from the Harbour Institute.",
        models,
    ) == []


def test_speakers_the_parser_leaves_without_a_subject(models: Models) -> None:
    # the name after the verb, untagged ("Per" read as a preposition), with its employer reported once, as his
    assert found(
        "'The line will reopen on Monday,' said Per Lund, chief executive of Nordia Freight.",
        "'The line will reopen on Monday,' said Ola Dahl, chair of the Nordia Workers' Association.",
        models,
    ) == [("attribution", "Per Lund", "Ola Dahl")]
    # the office after the comma, hung by the parser on the place before it
    assert found(
        "A 12-year-old girl was found safe after two days lost in the forest near Belvik, the regional police said "
        "on Thursday.",
        "A 12-year-old girl was found safe after two days lost in the forest near Belvik, the town's mayor said on "
        "Thursday.",
        models,
    ) == [("attribution", "the regional police", "the town's mayor")]


def test_a_union_against_the_companys_management(models: Models) -> None:
    assert found(
        "The union said 90 percent of its members at the Dunmore plant had voted to strike.",
        "Some 90 percent of union members at the Dunmore plant voted to strike, the company's management said.",
        models,
    ) == [("attribution", "The union", "the company's management")]
    assert found("The rail operator said 40 trains were cancelled on Friday.",
                 "According to the rail operator's management, 40 trains were cancelled on Friday.", models) == []


def test_a_contest_reversed_with_nationalities_before_the_names(models: Models) -> None:
    assert found(
        "Norway's Ingrid Lie beat American Kate Moss 6-3, 6-4 in the semi-finals in Oslo on Saturday.",
        "American Kate Moss defeated Norway's Ingrid Lie 6-3, 6-4 in Saturday's semi-final in Oslo.",
        models,
    ) == [("contradiction", "Ingrid Lie beat American Kate Moss", "Kate Moss defeated Norway's Ingrid Lie")]


def test_a_verdict_in_a_small_clause(models: Models) -> None:
    assert found(
        "A jury in Leeds found former teacher Mark Hale guilty of fraud on Friday.",
        "Mark Hale, a former teacher, was found not guilty of fraud by a Leeds jury on Friday.",
        models,
    ) == [("negation", "guilty", "was found not guilty")]
    assert found(
        "A jury in Leeds found former teacher Mark Hale guilty of fraud on Friday.",
        "Mark Hale, a former teacher, was found guilty of fraud by a Leeds jury on Friday.",
        models,
    ) == []


def test_ahead_of_against_behind_schedule(models: Models) -> None:
    assert found(
        "Work on the new metro line in Porto is running ahead of schedule, the city's transport chief said on Monday.",
        "The city's transport chief said on Monday that construction of the new metro line in Porto was behind "
        "schedule.",
        models,
    ) == [("contradiction", "ahead of schedule", "behind schedule")]


def test_quotations_in_single_quotation_marks_and_small_letters(models: Models) -> None:
    assert found(
        "Union leader Ana Brook called the offer 'an insult to every nurse in this hospital' on Friday.",
        "Union leader Ana Brook called the offer 'a fair deal for every nurse in this hospital' on Friday.",
        models,
    ) == [("quote", "an insult to", "a fair deal for")]
    assert found(
        "The festival director, Paulo Reis, said ticket sales had been 'solid' despite the rain.",
        "The festival director, Paulo Reis, said ticket sales had been 'exceptional' despite the rain.",
        models,
    ) == [("quote", "solid", "exceptional")]


def test_a_contrast_and_its_verb_both_reversed_say_the_same(models: Models) -> None:
    assert found("Labour, not the Conservatives, won the seat on Thursday.",
                 "The Conservatives, not Labour, lost the seat on Thursday.", models) == []
    assert found("Investors are buying bonds rather than stocks, the survey found.",
                 "Investors are selling stocks rather than bonds, the survey found.", models) == []


def test_the_one_phrase_a_speaker_is_quoted_with_in_one_story_told_twice(models: Models) -> None:
    assert found(
        "Coach Rita Mallory described her team's performance in the 4-0 defeat to Fenwick as 'unacceptable'.",
        "After the 4-0 loss to Fenwick, coach Rita Mallory called her side's display 'disappointing'.",
        models,
    ) == [("quote", "unacceptable", "disappointing")]
    assert found(
        "Defence lawyer Omar Saleh described the verdict as 'deeply regrettable' on Monday.",
        "On Monday Omar Saleh, the defence lawyer, called the ruling 'entirely unacceptable.'",
        models,
    ) == [("quote", "deeply regrettable", "entirely unacceptable")]
    # two fragments of one statement, longer than a phrase; the same words in another order
    assert found("Mayor Jane Holt said the closure was 'a hammer blow for the whole town' on Friday.",
                 "On Friday Mayor Jane Holt said the closure would 'rip the heart out of the town'.", models) == []
    assert found("Police chief Ann Ross called the attack 'cowardly and senseless' on Sunday.",
                 "On Sunday police chief Ann Ross described the attack as 'senseless and cowardly'.", models) == []
