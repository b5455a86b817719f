"""Quotations in single marks that hold figures or a capital "I"; a name of two words the tagger missed; workers
and employees counted alike; a dairy's name taken for a person's; the name after "co-author Dr."; a commissioner
against a company's chief; an arrest "in connection with" against a charge "over"; a player signed against talks;
"ahead of" against "trailing"; early against late in a year, and a denial that goes on to say when; of two names
parsed as subjects, the one by the verb; a title before a name is not the person "she" is; a speaker both claims
credit is no replaced body; the name right before a verb of saying joined to another; a company by the words after
its name; "fewer" against "more", "beat" against "lost"; a question weighed against one settled. From the fresh
revision cases of the thirty-eighth session."""

from __future__ import annotations

from service.pipeline.analyse import analyse
from service.pipeline.run import Models
from service.pipeline.segment import segment
from service.pipeline.types import Article
from tests.test_threats_reviews_opposites_and_ceilings import found


def speakers(text: str, models: Models) -> list[str]:
    article = Article("a", "A", text, None)
    claims = segment(article, 0)
    return [s.span.text for f in analyse(claims, [article], models.nlp) for s in f.speakers]


def test_a_quotation_in_single_marks_with_a_figure_or_a_capital(models: Models) -> None:
    assert found(
        "Housing minister Leah Dorne said on Monday the city would 'build 12,000 homes by 2029', as councillors "
        "approved the budget.",
        "Housing minister Leah Dorne said on Monday the city would 'start work on 12,000 homes by 2029', as "
        "councillors approved the budget.",
        models,
    ) == [("quote", "build", "start work on")]
    assert found(
        "The coach said his side had played 'the best football I have seen from them' in the second half on "
        "Saturday.",
        "The coach said his side had played 'some good football' in the second half on Saturday.",
        models,
    ) == [("quote", "the best", "some good")]


def test_a_name_of_two_words_the_tagger_missed(models: Models) -> None:
    assert found(
        "Tennis player Lena Vasko beat top seed Ana Castello 6-2, 6-4 on Monday to reach the final of the Drummond "
        "Open.",
        "Lena Vasko reached the Drummond Open final on Monday with a 6-2, 6-4 win over top seed Ines Varga.",
        models,
    ) == [("entity", "Ana Castello", "Ines Varga")]
    assert found(
        "Squash player Nia Holt beat top seed Ana Ferreira 11-7, 11-5, 11-9 on Friday to reach the final of the "
        "Carrow Open.",
        "Nia Holt reached the Carrow Open final on Friday with an 11-7, 11-5, 11-9 win over top seed Julia Brandt.",
        models,
    ) == [("entity", "Ana Ferreira", "Julia Brandt")]


def test_workers_and_employees_count_the_same_people(models: Models) -> None:
    first = "About 2,100 workers at the Pellow car plant stopped work on Thursday over pay, the union said."
    assert found(
        first,
        "The union said some 1,200 employees at the Pellow car plant downed tools on Thursday in a pay dispute.",
        models,
    ) == [("number", "2,100 workers", "1,200 employees")]
    assert found(
        first,
        "The union said some 2,100 employees at the Pellow car plant downed tools on Thursday in a pay dispute.",
        models,
    ) == []


def test_a_dairy_is_a_company_whatever_the_tagger_says(models: Models) -> None:
    assert found(
        "Halden Group said on Tuesday it had agreed to buy Fernley Dairy for 90 million dollars, creating the "
        "region's largest cheese maker.",
        "A 90 million dollar agreement to acquire Whitmore Dairy will create the region's largest cheese maker, "
        "Halden Group announced on Tuesday.",
        models,
    ) == [("entity", "Fernley Dairy", "Whitmore Dairy")]


def test_the_name_after_a_title_is_the_source(models: Models) -> None:
    assert speakers(
        "Otters are back on the River Wenn, a survey published in the journal Freshwater Biology found, according "
        "to co-author Dr. Karl Ebner of Calder University.",
        models,
    ) == ["Karl Ebner"]


def test_a_commissioner_against_a_company_chief(models: Models) -> None:
    assert found(
        "Records of 40,000 patients at Merriby Hospital were stolen in a hack last month, the country's information "
        "commissioner said on Friday.",
        "Records of 40,000 patients at Merriby Hospital were stolen in a hack last month, the hospital's chief "
        "executive said on Friday.",
        models,
    ) == [("attribution", "the country's information commissioner", "the hospital's chief executive")]


def test_an_arrest_in_connection_with_against_a_charge_over(models: Models) -> None:
    charged = "A 52-year-old man was charged by police in Harlow Cross on Monday over a fire at a warehouse."
    assert found(
        "Police in Harlow Cross arrested a 52-year-old man on Monday in connection with a fire at a warehouse.",
        charged,
        models,
    ) == [("status", "arrested a 52-year-old man on Monday in connection with a fire",
           "charged by police in Harlow Cross on Monday over a fire")]
    assert found(
        "Police in Harlow Cross arrested a 52-year-old man on Monday in connection with a fire at a warehouse, and "
        "he was later charged over the fire.",
        charged,
        models,
    ) == []


def test_a_player_signed_against_talks_to_join(models: Models) -> None:
    assert found(
        "Ashby Town said on Friday it had signed striker Leon Tamm from Corby Rovers on a three-year deal.",
        "Striker Leon Tamm is in talks to join Ashby Town from Corby Rovers on a three-year deal, the club said on "
        "Friday.",
        models,
    ) == [("status", "had signed", "in talks")]


def test_ahead_of_against_trailing(models: Models) -> None:
    assert found(
        "A poll on Monday put the Green Party two points ahead of the Labour Party before the vote in Delmont.",
        "A poll on Monday showed the Green Party trailing the Labour Party by two points before the vote in Delmont.",
        models,
    ) == [("contradiction", "ahead of", "trailing")]


def test_early_and_late_in_a_year_and_a_denial_that_says_when(models: Models) -> None:
    assert found(
        "The new bridge over the Lune will open to traffic in early 2027, the county council said on Tuesday.",
        "The county council said on Tuesday that the new bridge over the Lune would open to traffic in late 2027.",
        models,
    ) == [("date", "early 2027", "late 2027")]
    assert found(
        "The museum will reopen in spring 2026 rather than this summer, its director said on Monday.",
        "The museum will not reopen this summer but in spring 2026, its director said on Monday.",
        models,
    ) == []


def test_of_two_names_parsed_as_subjects_the_one_by_the_verb_speaks(models: Models) -> None:
    assert speakers(
        "Sentencing Marcus Reid, 23, to nine years behind bars at Dorrington Crown Court on Friday, Judge Alan "
        "Whitcombe told him his offences were among the more serious he had seen.",
        models,
    ) == ["Alan Whitcombe"]


def test_a_title_before_a_name_is_not_whom_she_stands_for(models: Models) -> None:
    assert found(
        "'We did not expect the ice to melt this fast,' said glaciologist Dr. Lena Brandt, whose team measured the "
        "Sorn Glacier.",
        "Glaciologist Dr. Lena Brandt's team measured the Sorn Glacier. 'We did not expect the ice to melt this "
        "fast,' she said.",
        models,
    ) == []


def test_a_speaker_both_claims_credit_is_no_replaced_body(models: Models) -> None:
    assert found(
        "Prosecutors said the accused, Ian Faro, had stolen 800,000 dollars, a claim his lawyer, Ruth Mayne, called "
        "'baseless'.",
        "The accused, Ian Faro, had stolen 800,000 dollars, police investigators said, a claim his lawyer Ruth Mayne "
        "called 'baseless'.",
        models,
    ) == [("attribution", "Prosecutors", "police investigators")]


def test_the_name_right_before_a_joined_verb_of_saying_speaks(models: Models) -> None:
    # "told" is parsed as joined to "shut", whose subject is the station (at Tennick)
    assert speakers(
        "Marlow Energy's gas-fired station at Tennick will shut by 2029 and make way for a solar and battery plant, "
        "the utility's chief executive, Anna Pryce, told investors on Monday.",
        models,
    ) == ["Anna Pryce"]


def test_a_company_by_the_words_after_its_name_against_the_coast_guard(models: Models) -> None:
    assert found(
        "Environment minister Jon Hale said the Marr Bay fuel leak was now contained, while Norvik, the company "
        "operating the terminal, said about 300 tonnes had escaped.",
        "The fuel leak in Marr Bay has been contained, environment minister Jon Hale said, while the coast guard "
        "said some 300 tonnes had escaped.",
        models,
    ) == [("attribution", "Norvik", "the coast guard")]


def test_fewer_against_more_beaten_against_lost(models: Models) -> None:
    assert found(
        "More pupils in the Kelby district passed their final science exams this year than last, with the pass "
        "rate at 81%, the district education office said on Monday.",
        "The Kelby district education office said on Monday that fewer pupils passed final science exams this "
        "year than last year, putting the pass rate at 81%.",
        models,
    ) == [("contradiction", "More", "fewer")]
    assert found(
        "Harlow Saints beat Penrith 31-17 in the regional cup final on Saturday.",
        "Harlow Saints lost 31-17 to Penrith in the regional cup final on Saturday.",
        models,
    ) == [("contradiction", "beat", "lost")]
    assert found(  # one result told from the loser's side
        "Harlow Saints beat Penrith 31-17 in the regional cup final on Saturday.",
        "Penrith lost 31-17 to Harlow Saints in the regional cup final on Saturday.",
        models,
    ) == []


def test_a_question_weighed_against_one_settled(models: Models) -> None:
    assert found(
        "The Grange Theatre has confirmed that its staging of 'The Salt Road' will move to the Lyric in Hallam in "
        "March for an eight-week run.",
        "The Grange Theatre is considering whether its staging of 'The Salt Road' will move to the Lyric in Hallam "
        "in March for an eight-week run.",
        models,
    ) == [("status", "confirmed that", "considering whether")]
