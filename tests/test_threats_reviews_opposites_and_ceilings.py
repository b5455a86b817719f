"""Status across two verbs of one act (a threat and the act, a case under review and its ruling, an act named by
a noun after "file" or "complete"), one standing told from either side ("trails" / "leading"), and figures: two
ceilings to a decimal place, a share beside a count of the same figure, "as many as" a ceiling, currencies named
by their country ("Norwegian crowns")."""

from __future__ import annotations

from service.pipeline.run import Models
from tests.test_divergences import divergences_between


def found(first: str, second: str, models: Models) -> list[tuple[str, str, str]]:
    return [(d.kind, d.a, d.b) for d in divergences_between(first, second, models)]


def test_a_threat_against_the_act_done_is_a_status(models: Models) -> None:
    assert found(
        "Residents have threatened legal action over the new incinerator.",
        "Residents have launched legal action over the new incinerator.",
        models,
    ) == [("status", "have threatened", "have launched")]


def test_one_threat_told_two_ways_is_no_divergence(models: Models) -> None:
    # the words added on one side ("to take") sit under a verb both sides share
    assert found(
        "Residents have threatened legal action over the new incinerator.",
        "Residents threatened to take legal action over the new incinerator.",
        models,
    ) == []


def test_a_case_under_review_against_its_ruling_is_a_status(models: Models) -> None:
    assert found(
        "The regulator is examining a complaint from a rival airline about the slot sale.",
        "The regulator has upheld a complaint from a rival airline about the slot sale.",
        models,
    ) == [("status", "is examining", "has upheld")]


def test_examining_a_thing_and_another_act_on_it_are_two_acts(models: Models) -> None:
    assert found(
        "Police are examining the footage from the stadium cameras.",
        "Police released the footage from the stadium cameras.",
        models,
    ) == []


def test_an_act_named_by_a_noun_after_file_or_complete_is_that_act(models: Models) -> None:
    assert found(
        "The singer said she would countersue the label.",
        "The singer has filed a countersuit against the label.",
        models,
    ) == [("status", "would countersue", "has filed a countersuit")]
    assert found(
        "The group agreed to sell its port terminal to Harbor Link for $300 million.",
        "The group completed the sale of its port terminal to Harbor Link for $300 million.",
        models,
    ) == [("status", "agreed to sell", "completed the sale")]
    assert found(
        "The group completed the sale of its port terminal to Harbor Link for $300 million.",
        "The group sold its port terminal to Harbor Link for $300 million.",
        models,
    ) == []


def test_one_standing_told_from_either_side_is_no_contradiction(models: Models) -> None:
    assert found("Okafor, who trails Mayor Castellano by 47 votes, asked for a recount.",
                 "Okafor asked for a recount, with Mayor Castellano leading him by 47 votes.", models) == []


def test_two_ceilings_written_to_a_decimal_place_differ(models: Models) -> None:
    assert found(
        "The tribunal cleared the way for duties of up to 38.6% to remain in place for five years.",
        "Duties of as much as 36.8% can stay in place for five years, the tribunal found.",
        models,
    ) == [("number", "38.6%", "36.8%")]
    assert found("Fines of up to $5,000 apply.", "Fines of as much as $5,000 apply.", models) == []


def test_a_share_is_not_matched_by_a_count_of_the_same_figure(models: Models) -> None:
    assert found(
        "The under-15 age group shrank by 15%, according to the final results.",
        "According to the final results, the under-15 age group shrank by 5%.",
        models,
    ) == [("number", "15%", "5%")]


def test_crowns_are_a_currency(models: Models) -> None:
    assert found(
        "Haugland will receive a bonus of 100,000 Norwegian crowns ($9,300) from the organisers, Bakken said.",
        "Bakken said organisers would pay Haugland a 150,000 Norwegian crown bonus.",
        models,
    ) == [("number", "100,000 Norwegian crowns", "150,000 Norwegian crown")]


def test_one_sum_in_two_currencies_differs(models: Models) -> None:
    assert found("Equinor will invest 10 billion Danish crowns in the field.",
                 "Equinor will invest 10 billion Swedish crowns in the field.", models) == [
        ("number", "10 billion Danish crowns", "10 billion Swedish crowns")]


def test_a_floor_rounded_down_in_a_summary_is_faithful(models: Models) -> None:
    assert found(
        "More than 1.47 million people have signed the petition, which will now be debated in parliament. "
        "Organisers said they had been overwhelmed by the response and would deliver it to Downing Street.",
        "More than 1.4 million people have signed the petition.",
        models,
    ) == []


def test_as_many_as_is_a_ceiling_against_a_floor(models: Models) -> None:
    assert [kind for kind, _, _ in found("As many as 300 people were killed, officials said.",
                                         "At least 300 people were killed, officials said.", models)] == [
        "contradiction"]

