"""Details the fifteenth session's fresh probe rounds showed misread or missed, with the real models: figures
hedged alike that no rounding makes one, amounts written with hyphens, spans of time in parts or as a race time,
the bare end of a range, a count of two kinds named in either order, a summary's rounded figure, an inquiry and
what it found, a request and its outcome, a denial on a condition, a refusal said by its opposite, prefixes and
doers, opposite words said of crossed things, a figure moved the other way in another sentence, and a statement a
summary credits to someone other than the source's speaker of it."""

from __future__ import annotations

import pytest

from service.pipeline.quantities import find_quantities, same_amount, within_rounding
from service.pipeline.run import Models
from tests.test_edited_copies import kinds_and_words
from tests.test_summaries import PAD, kinds_against


def test_figures_hedged_alike_differ_beyond_their_rounding(models: Models) -> None:
    fees = "Growers paid record rental fees of about $210 per colony this year, the Almond Board said."
    assert kinds_and_words(fees, fees.replace("$210", "$240"), models) == [("number", "$210", "$240")]
    assert kinds_and_words(fees, fees.replace("about $210", "some $200"), models) == []
    [about_880], [some_900], [about_4_200], [roughly_4_000] = (
        find_quantities(t) for t in ("about 880", "some 900", "about 4,200", "roughly 4,000"))
    assert within_rounding(about_880, some_900) and within_rounding(about_4_200, roughly_4_000)
    # A bound is not a rounding: "more than 240" against "214" is left to what the bound allows.
    sick = "More than 240 passengers and crew members have fallen ill during the cruise, health officials said."
    assert kinds_and_words(sick, "Health officials said 214 passengers and 31 crew members have fallen ill during "
                                 "the cruise.", models) == []


def test_amounts_with_hyphens_spans_of_time_and_ranges() -> None:
    euros, dollars = find_quantities("blocked the planned 14.6-billion-euro ($16.1-billion) takeover")
    assert (euros.unit, dollars.unit) == ("EUR", "USD")
    assert (euros.value, dollars.value) == (pytest.approx(14.6e9), pytest.approx(16.1e9))
    [written] = find_quantities("vetoed the 14.6 billion euro bid")
    assert same_amount(euros, written)
    [parts] = find_quantities("He was 1 minute 42 seconds behind the leader.")
    [seconds] = find_quantities("He was 102 seconds behind the leader.")
    [race_time] = find_quantities("She won in 2:09:31, a world record.")
    [spelled] = find_quantities("She won in 2 hours 9 minutes 31 seconds.")
    assert same_amount(parts, seconds) and same_amount(race_time, spelled)
    assert [(q.value, q.unit) for q in find_quantities("from two days to four because of the drought")] == [
        (2.0, "day"), (4.0, "day")]
    assert [q.unit for q in find_quantities("from 2 to 4 days")] == ["day", "day"]
    assert [q.unit for q in find_quantities("at 10:50 p.m. on Monday")] != ["second"]


def test_a_count_of_two_kinds_named_in_either_order(models: Models) -> None:
    boycott = "More than 60 directors and actors have pulled out of the festival in protest at its sponsor."
    edited = "Over 160 actors and directors have withdrawn from the festival to protest against its sponsor."
    assert [k for k, _, _ in kinds_and_words(boycott, edited, models)] == ["number"]
    assert kinds_and_words(boycott, edited.replace("160", "60"), models) == []


def test_a_summary_may_round_a_figure_it_hedges(models: Models) -> None:
    source = ("Prices on the Rotterdam spot market jumped 14 percent to $395 per kilogram on Wednesday after the "
              "ban was announced, according to price reporting agency Fastmarkets. The tolls will bring in an extra "
              "C$19 million a year." + PAD)
    assert kinds_against(source, "Prices jumped about 14 percent to nearly $400 per kilogram after the ban was "
                                 "announced.", models) == []
    assert kinds_against(source, "Prices jumped about 14 percent to nearly $470 per kilogram after the ban was "
                                 "announced.", models) == ["number"]


def test_an_inquiry_against_what_it_found_and_a_request_against_its_outcome(models: Models) -> None:
    inquiry = ("The UCI said it had opened an inquiry and was investigating whether a race motorbike had "
               "contributed to the crash.")
    found = inquiry.replace("was investigating whether", "had established that")
    assert [k for k, _, _ in kinds_and_words(inquiry, found, models)] == ["status"]
    assert kinds_and_words(inquiry, inquiry.replace("was investigating", "was examining"), models) == []
    asked = "The company said on Wednesday it had asked the Industrial Court to declare the strike illegal."
    ruled = "The Industrial Court has declared the strike illegal, the company said on Wednesday."
    assert [k for k, _, _ in kinds_and_words(asked, ruled, models)] == ["status"]


def test_a_denial_on_a_condition_and_a_refusal_said_by_its_opposite(models: Models) -> None:
    strike = "Phiri said the union would not call off the strike unless the company returned to the table."
    assert kinds_and_words(strike, strike.replace("would not call off the strike unless",
                                                  "would call off the strike only if"), models) == []
    assert [k for k, _, _ in kinds_and_words(strike, strike.replace("would not call", "would call"), models)] == [
        "negation"]
    findings = "The ferry operator said it did not accept the findings and would challenge them in court."
    assert kinds_and_words(findings, findings.replace("did not accept", "rejected"), models) == []
    assert [k for k, _, _ in kinds_and_words(findings, findings.replace("did not accept", "accepted"), models)] == [
        "negation"]


def test_prefixes_doers_and_crossed_things_are_no_opposites(models: Models) -> None:
    source = ("Bolivia will ban exports of unrefined indium from September 1 in a move aimed at forcing mining "
              "companies to process the metal at home. Most of it is now shipped to refiners in China." + PAD)
    assert kinds_against(source, "Bolivia is to prohibit shipments of unprocessed indium abroad from September 1, "
                                 "to make mining companies refine the metal domestically.", models) == []
    merger = ("The Commission blocked the takeover, saying the deal would have reduced competition in the market "
              "for insulin pens and pushed up prices for patients." + PAD)
    assert kinds_against(merger, "Saying it would have hurt competition in insulin pens and raised prices for "
                                 "patients, the Commission blocked the takeover.", models) == []
    volcano = ("The agency raised the alert level to the highest of four tiers and widened the exclusion zone to "
               "7 km around the crater.")
    narrowed = ("The exclusion zone around the crater was narrowed to 7 km and the alert level lifted to the top of "
                "the four-tier scale.")
    assert [k for k, _, _ in kinds_and_words(volcano, narrowed, models)] == ["contradiction"]


def test_a_figure_moved_the_other_way_in_another_sentence(models: Models) -> None:
    source = ("Valtera Semiconductor opened a 2.8-billion-euro factory near Dresden on Tuesday, the largest "
              "investment in its history. The company's revenue fell 8 percent last year as demand for chips "
              "used in cars slowed, though it said orders were rising again." + PAD)
    rose = ("Valtera Semiconductor, whose revenue rose 8 percent last year, opened a 2.8-billion-euro factory near "
            "Dresden on Tuesday.")
    assert kinds_against(source, rose, models) == ["contradiction"]
    assert kinds_against(source, rose.replace("rose", "slid"), models) == []


def test_a_summary_crediting_a_statement_to_someone_else_the_source_names(models: Models) -> None:
    source = ("Part of the roof of the Estadio Costanera collapsed during a storm on Wednesday night, injuring 14 "
              "people, hours after the home side lost 2-1. Club president Gustavo Ferreira said the stadium had "
              "passed its last safety inspection in March. \"Anyone who failed to follow the rules will answer for "
              "it,\" Interior Minister Laura Benitez told reporters at the scene." + PAD)
    credited = ("After part of the Estadio Costanera roof collapsed in a storm on Wednesday night, club president "
                "Gustavo Ferreira said that anyone who failed to follow the rules would answer for it.")
    assert "attribution" in kinds_against(source, credited, models)
    assert kinds_against(source, credited.replace("club president Gustavo Ferreira", "Interior Minister Laura "
                                                                                     "Benitez"), models) == []
    assert kinds_against(source, "After part of the Estadio Costanera roof collapsed in a storm on Wednesday night, "
                                 "club president Gustavo Ferreira said the stadium had passed its last safety "
                                 "inspection in March.", models) == []
