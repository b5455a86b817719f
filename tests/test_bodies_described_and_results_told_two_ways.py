"""Fans and supporters counted alike; a ministry named before "of" against a hospital trust; two bodies described
in other words in a copy otherwise word for word; a charge over the offence a few words on; "ahead of" as a time
bound; a bill introduced against one passed; "beat" against "lost", but not against something lost; "fewer than"
in a summary read without error. From the fresh revision cases of the thirty-eighth session (round yk)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from service.pipeline.run import Models, compare_articles
from service.pipeline.types import Article
from tests.test_divergences import THRESHOLDS
from tests.test_threats_reviews_opposites_and_ceilings import found


def test_fans_and_supporters_count_the_same_crowd(models: Models) -> None:
    assert found(
        "Dunford City beat Ashgrove 2-0 on Sunday in front of 22,600 fans at Keel Road, with winger Sam Iles "
        "scoring both goals.",
        "Winger Sam Iles scored twice as Dunford City defeated Ashgrove 2-0 at Keel Road on Sunday, a win watched "
        "by 26,200 supporters.",
        models,
    ) == [("number", "22,600 fans", "26,200 supporters")]


def test_a_ministry_named_before_of_against_a_hospital_trust(models: Models) -> None:
    assert found(
        "A spokesman for the Ministry of Transport said on Friday that the rail line to Pellham would reopen next "
        "week after repairs.",
        "A spokesman for the regional hospital trust said on Friday that the rail line to Pellham would reopen next "
        "week after repairs.",
        models,
    ) == [("attribution", "the Ministry of Transport", "A spokesman for the regional hospital trust")]


def test_two_bodies_described_apart_in_a_copy_otherwise_alike(models: Models) -> None:
    assert found(
        "The national forestry service warned on Monday that the fire risk in the Carrick Hills was extreme and "
        "urged walkers to stay away.",
        "The county emergency planning office warned on Monday that the fire risk in the Carrick Hills was extreme "
        "and urged walkers to stay away.",
        models,
    ) == [("attribution", "The national forestry service", "The county emergency planning office")]


def test_a_charge_over_the_offence_a_few_words_on(models: Models) -> None:
    assert found(
        "Police in Ebbfield have arrested a 29-year-old woman in connection with the armed robbery of a jewellery "
        "shop on Friday, a spokeswoman said on Sunday.",
        "A 29-year-old woman has been charged in connection with Friday's armed robbery of a jewellery shop, a "
        "spokeswoman for police in Ebbfield said on Sunday.",
        models,
    ) == [("status", "arrested a 29-year-old woman in connection with the armed",
           "charged in connection with Friday's armed")]


def test_ahead_of_bounds_an_act_as_before_does(models: Models) -> None:
    assert found(
        "Swimmer Tia Marsh has failed a drugs test, the national federation said on Monday, and she has been "
        "suspended ahead of next month's trials.",
        "The national federation said on Monday that swimmer Tia Marsh had failed a drugs test and that she has not "
        "been suspended before next month's trials.",
        models,
    ) == [("negation", "has been suspended", "has not been suspended")]


def test_a_bylaw_introduced_against_one_approved(models: Models) -> None:
    assert found(
        "Councillors in Wexley approved a bylaw on Monday banning e-scooters from the town centre, with fines of up "
        "to 500 pounds.",
        "A bylaw introduced by Wexley councillors on Monday would ban e-scooters from the town centre, with fines of "
        "up to 500 pounds.",
        models,
    ) == [("status", "approved", "introduced")]


def test_beaten_against_lost_but_not_against_players_lost(models: Models) -> None:
    assert found(
        "Kendal Rovers beat Orley Town 3-1 on Saturday to reach the cup final.",
        "Kendal Rovers lost 3-1 to Orley Town on Saturday in the cup semi-final.",
        models,
    ) == [("contradiction", "beat", "lost")]
    assert found(
        "Kendal Rovers beat Orley Town on Saturday to reach the cup final.",
        "Kendal Rovers lost two players to injury on Saturday as they reached the cup final.",
        models,
    ) == []


def test_fewer_than_a_figure_in_a_summary_is_read_without_error(models: Models) -> None:
    # "fewer" is kept apart from "few" in every list of a claim's words: a summary's "fewer than 9,300 patients"
    # once met a check that looked for "few" among the words as written and raised
    items = json.loads((Path(__file__).parent / "data" / "news_summaries.json").read_text())
    item = next(i for i in items["items"] if i["id"] == "da2-e3")
    document = items["documents"][item["document"]]
    published = date.fromisoformat(document["published_at"])
    comparison = compare_articles([Article("doc", "Document", document["doc"], published),
                                   Article("sum", "Summary", item["summary"], published)], models, THRESHOLDS)
    assert comparison.claims
