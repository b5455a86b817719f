"""Race times to the hundredth; a town known by the words after it; names whose words begin otherwise; a week or a
month against the day it was said; a spokesman for a body named in lower case; a shipping company against a union;
one denial merged over its words; a denied object as evidence; "allowed" against "refused"; "one of the most"; a
light verb with its noun; an act agreed against one begun; a quoted phrase a summary credits to another; names in
camel case or ending in a business; a margin against a score; opposite moves of one named thing; an arrest against a
charge, talks begun against a deal signed; a health board against a union; "avoid" as "not"; a lap time; one denial
said two ways. From the fresh revision cases and the review pairs of the thirty-seventh session."""

from __future__ import annotations

from datetime import date

from service.pipeline.analyse import analyse
from service.pipeline.article_facts import ArticleFacts
from service.pipeline.derived import foreign_details
from service.pipeline.run import Models, compare_articles
from service.pipeline.segment import segment
from service.pipeline.types import Article
from tests.test_divergences import THRESHOLDS
from tests.test_threats_reviews_opposites_and_ceilings import found


def test_race_times_differ_in_their_hundredths(models: Models) -> None:
    assert found(
        "Rower Kaja Lind won the single sculls final in Tampere on Saturday in 7 minutes 12.38 seconds.",
        "Kaja Lind took the single sculls title in Tampere on Saturday, finishing in 7 minutes 12.83 seconds.",
        models,
    ) == [("number", "7 minutes 12.38 seconds", "7 minutes 12.83 seconds")]
    assert found(
        "Rower Kaja Lind won the single sculls final in Tampere on Saturday in 7 minutes 12.38 seconds.",
        "Kaja Lind took the single sculls title in Tampere on Saturday, finishing in 7 minutes 12.38 seconds.",
        models,
    ) == []


def test_a_town_by_the_words_after_it_and_names_that_begin_otherwise(models: Models) -> None:
    assert found(
        "Floods cut off the village of Brennock in the west of the country on Friday, the army said.",
        "Floods on Friday cut off Brannow, a village in the country's west, the army said.",
        models,
    ) == [("entity", "Brennock", "Brannow")]
    assert found(
        "Divers found the wreck of a 17th-century warship at the bottom of Lake Corvel, the museum said.",
        "The wreck of a 17th-century warship has been found at the bottom of Lake Morvel, the museum said.",
        models,
    ) == [("entity", "Lake Corvel", "Lake Morvel")]


def test_a_week_is_not_borne_out_by_the_day_it_was_said(models: Models) -> None:
    published = date(2024, 2, 6)  # a Tuesday
    articles = [
        Article("a", "A", "Ferry services to the islands will resume by the end of this week, the operator said on "
                          "Tuesday.", published),
        Article("b", "B", "The operator said on Tuesday that ferry services to the islands would resume by the end "
                          "of next week.", published),
    ]
    comparison = compare_articles(articles, models, THRESHOLDS)
    assert [(d.kind, d.a, d.b) for g in comparison.groups for p in g.pairs for d in p.divergences] == [
        ("date", "this week", "next week")]


def test_bodies_named_in_lower_case_and_by_their_kind(models: Models) -> None:
    assert found(
        "A spokesman for the Welby County police said the missing hiker had been found alive on Sunday.",
        "A spokesman for the Welby County ambulance service said the missing hiker had been found alive on Sunday.",
        models,
    ) == [("attribution", "A spokesman for the Welby County police",
           "A spokesman for the Welby County ambulance service")]
    assert found(
        "The airline company Skyvane said on Monday that its pilots had followed every rule before the incident.",
        "Its pilots followed every rule before the incident, the pilots' union said on Monday.",
        models,
    ) == [("attribution", "Skyvane", "the pilots' union")]


def test_denials_and_their_evidence(models: Models) -> None:
    assert found(
        "Former mayor Oskar Brandt admitted in court on Monday that he had taken the payments.",
        "In court on Monday, Oskar Brandt, the former mayor, denied that he had taken the payments.",
        models,
    ) == [("negation", "admitted", "denied")]
    assert found(
        "Inspectors found faults in all 12 of the lifts they checked at the station, a report said on Friday.",
        "A report on Friday showed that inspectors found no faults in any of the 12 lifts they checked at the "
        "station.",
        models,
    ) == [("negation", "found", "found no faults")]
    assert found(
        "The judge allowed reporters to attend the hearing on Tuesday.",
        "The judge refused to let reporters attend the hearing on Tuesday.",
        models,
    ) == [("negation", "allowed", "refused")]


def test_one_of_the_most_in_a_quotation(models: Models) -> None:
    assert found(
        'Coach Mia Hart called the win "the best performance of my career" after the final on Sunday.',
        'After the final on Sunday, coach Mia Hart called the win "one of the best performance of my career".',
        models,
    ) == [("quote", "the best performance of my career", "one of the best performance of my career")]


def test_a_light_verb_with_its_noun_and_an_act_agreed_then_begun(models: Models) -> None:
    assert found(
        "Forecasters expect the cyclone to make landfall near Port Ellis early on Friday.",
        "The cyclone made landfall near Port Ellis early on Friday, forecasters said.",
        models,
    ) == [("status", "expect the cyclone to make", "made")]
    assert found(
        "The appeals court has agreed to hear the city's challenge to the ruling, the court said on Monday.",
        "The appeals court has begun hearing the city's challenge to the ruling, the court said on Monday.",
        models,
    ) == [("status", "has agreed to hear", "hearing")]
    assert found(
        "Health officials lifted the ban on beef imports from Norland on Tuesday.",
        "Health officials reimposed the ban on beef imports from Norland on Tuesday.",
        models,
    ) == [("contradiction", "lifted", "reimposed")]


def unsupported(source_text: str, summary: str, models: Models) -> list[tuple[str, str]]:
    """The attributions a summary makes that its source does not bear out (the summary path, whatever aligns)."""
    source = Article(id="source", source="S", text=source_text)
    source_facts = ArticleFacts.collect(analyse(segment(source, 0), [source], models.nlp), source_text)
    article = Article(id="summary", source="T", text=summary)
    claims = segment(article, 1)
    facts = analyse(claims, [source, article], models.nlp)
    return [(u.kind, u.span.text) for c, f in zip(claims, facts, strict=True)
            for u in foreign_details(c, f, source_facts) if u.kind == "attribution"]


def test_a_summary_crediting_a_short_quoted_phrase_to_another(models: Models) -> None:
    text = ("Farm minister Lena Okafor met dairy farmers in Leeds on Monday as protests over milk prices spread. "
            '"The offer the supermarkets made is an insult. We will not accept it," she said. Supermarket chains '
            "said the offer was fair.")
    assert unsupported(text, 'Farm minister Lena Okafor called the supermarkets\' offer "an insult".', models) == []
    assert unsupported(text, 'Union leader Tom Hale called the supermarkets\' offer "an insult".', models) == [
        ("attribution", "Tom Hale")]
    # a title in quotation marks is nobody's words
    assert unsupported(text, 'Union leader Tom Hale said "The Salt Road" was fair.', models) == []


def test_names_written_in_camel_case_or_ending_in_a_business(models: Models) -> None:
    assert found(
        "The regulator fined the airline NordAir 2 million euros on Monday over delayed refunds to passengers.",
        "The regulator fined the airline BaltAir 2 million euros on Monday over delayed refunds to passengers.",
        models,
    ) == [("entity", "NordAir", "BaltAir")]
    assert found(
        "The health ministry said on Friday it had bought 500,000 flu tests from the drugmaker Orris Biotech.",
        "The health ministry has bought 500,000 flu tests from drugmaker Delmar Biotech, it said on Friday.",
        models,
    ) == [("entity", "Orris Biotech", "Delmar Biotech")]


def test_a_margin_is_no_side_of_the_score(models: Models) -> None:
    assert found(
        "Harlow Town beat Ossett 2-0 on Saturday to go five points clear at the top of the table.",
        "Harlow Town opened up a two-point lead at the top of the table after beating Ossett 2-0 on Saturday.",
        models,
    ) == [("number", "five points", "two-point")]


def test_opposite_moves_of_one_named_thing_and_a_strike_ended_or_extended(models: Models) -> None:
    assert found(
        "Shares in Corvel rose 4% on Tuesday after the retailer raised its sales forecast for the year.",
        "The retailer Corvel cut its full-year sales outlook on Tuesday, though its shares still rose 4%.",
        models,
    ) == [("contradiction", "raised", "cut")]
    assert found(
        "Dock workers in Valport voted on Monday to end their two-week strike over pay.",
        "Dock workers in Valport voted on Monday to extend their two-week strike over pay.",
        models,
    ) == [("contradiction", "end", "extend")]


def test_arrested_charged_and_talks_begun_against_signed(models: Models) -> None:
    assert [d[0] for d in found(
        "Police arrested a 52-year-old former hospital administrator in Leeds on Thursday on suspicion of fraud.",
        "A 52-year-old former hospital administrator was charged by police in Leeds on Thursday with fraud.",
        models,
    )] == ["status"]
    assert [d[0] for d in found(
        "Valmere and Ostland signed a gas supply agreement in Vienna on Monday, the energy ministry said.",
        "Valmere and Ostland began talks on a gas supply agreement in Vienna on Monday, the energy ministry said.",
        models,
    )] == ["status"]


def test_a_health_board_against_a_union_and_avoiding_as_not_doing(models: Models) -> None:
    assert found(
        "Ambulance handover times in the Carrow region have worsened for six months in a row, the regional health "
        "board said on Thursday.",
        "The Carrow paramedics' union said on Thursday that ambulance handover times in the region had worsened "
        "for a sixth month running.",
        models,
    ) == [("attribution", "the regional health board", "The Carrow paramedics' union")]
    assert found(
        "The festival will move to June from 2026, organisers said on Monday, to avoid clashing with the "
        "national elections.",
        "Organisers said on Monday that from 2026 the festival will move to June so as not to clash with the "
        "national elections.",
        models,
    ) == []


def test_a_lap_time_against_the_same_time_in_words_and_a_denial_said_two_ways(models: Models) -> None:
    assert found(
        "Skier Lea Brandt won the downhill at Kolm on Saturday in 1 minute 48.31 seconds.",
        "Lea Brandt clocked 1:48.13 to win Saturday's downhill at Kolm.",
        models,
    ) == [("number", "1 minute 48.31 seconds", "1:48.13")]
    assert found(
        "Skier Lea Brandt won the downhill at Kolm on Saturday in 1 minute 48.31 seconds.",
        "Lea Brandt clocked 1:48.31 to win Saturday's downhill at Kolm.",
        models,
    ) == []
    assert found(
        "Goalkeeper Ivo Marek denied on Monday that he had been offered money to lose the match.",
        "Ivo Marek, the goalkeeper, said on Monday that he had not been offered money to lose the match.",
        models,
    ) == []
