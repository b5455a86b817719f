"""Details the sixteenth session's second probe batch showed misread or missed, with the real models: a vote's
tally written with "to", ranges that share a scale, a share written as "four in five", acts held back ("hold off
on declaring"), a request against a commitment, an act negotiated or launched as a noun, opposite moves to a
figure past "to minus", a name the tagger missed, and "NHS" spelled out."""

from __future__ import annotations

from service.pipeline.quantities import find_quantities
from service.pipeline.run import Models
from tests.test_edited_copies import kinds_and_words
from tests.test_summaries import PAD, kinds_against


def test_tallies_ranges_and_shares_written_out() -> None:
    assert [(q.span.text, q.value) for q in find_quantities("defeating the incumbent by 31 votes to 24")] == [
        ("31 votes to 24", 31024.0)]
    assert [q.value for q in find_quantities("the committee voted eight to five to advance it")] == [8005.0]
    assert [q.unit for q in find_quantities("Sales increased 5 to 7 percent")] == ["", "%"]
    assert [(q.value, q.unit) for q in find_quantities("cut its forecast to 45-55 million euros")] == [
        (45e6, "EUR"), (55e6, "EUR")]
    [share] = find_quantities("More than four in five faculty members backed a strike.")
    assert (share.value, share.unit) == (80.0, "%")


def test_a_tally_written_out_and_a_share_in_words(models: Models) -> None:
    election = ("Grandmaster Elena Sosa was elected president of the federation on Sunday, defeating the incumbent "
                "by 31 votes to 24 at the general assembly in Montevideo.")
    assert kinds_and_words(election, election.replace("by 31 votes to 24", "by a 31-24 vote"), models) == []
    assert [kind for kind, _, _ in kinds_and_words(
        election, election.replace("by 31 votes to 24", "by a 33-22 vote"), models)] == ["number"]
    ballot = ("Of the 1,240 faculty members who voted, 86% backed a strike, the union said. Talks are scheduled to "
              "resume Monday with a mediator." + PAD)
    assert kinds_against(ballot, "More than four in five faculty members who voted backed a strike.", models) == []
    profit = ("The toy maker now expects adjusted operating profit of 45 million to 55 million euros, down from "
              "80 million to 90 million euros." + PAD)
    assert kinds_against(profit, "The toy maker lowered its profit forecast to 45-55 million euros from 80-90 "
                                 "million euros.", models) == []


def test_acts_held_back_requested_weighed_and_negotiated(models: Models) -> None:
    emergency = ("The government will not declare a phytosanitary emergency for now, the agriculture minister told "
                 "local radio.")
    assert kinds_and_words(emergency, "The agriculture minister told local radio that the government would hold off "
                                      "on declaring a phytosanitary emergency for now.", models) == []
    cost = "The regional government has agreed to cover 40% of the cost, according to a council statement."
    assert [kind for kind, _, _ in kinds_and_words(
        cost, cost.replace("has agreed to cover", "has been asked to cover"), models)] == ["status"]
    lenders = "The bank, which is negotiating a settlement of a related probe by state regulators, is not a defendant."
    assert [kind for kind, _, _ in kinds_and_words(
        lenders, "The bank, which has settled a related probe by state regulators, is not a defendant.",
        models)] == ["status"]
    landlords = "The landlords' association opposed the plan and said it was considering a legal challenge."
    assert [kind for kind, _, _ in kinds_and_words(
        landlords, landlords.replace("was considering", "had launched"), models)] == ["status"]


def test_moves_speakers_names_and_events_at_other_times(models: Models) -> None:
    station = ("The station leader said temperatures at the site had dropped to minus 9 degrees Celsius after the "
               "generator fire.")
    assert [kind for kind, _, _ in kinds_and_words(
        station, "Temperatures at the site had climbed to minus 9 degrees Celsius after the generator fire, the "
                 "station leader said.", models)] == ["contradiction"]
    tram = "The council voted on Tuesday to extend tram line 7 to the Reininghaus district by 2028."
    assert kinds_and_words(tram, tram.replace("Reininghaus", "Puntigam"), models) == [
        ("entity", "Reininghaus", "Puntigam")]
    fees = "The chain blamed cuts to NHS dispensing fees and rising wage costs for the closures."
    assert kinds_and_words(fees, fees.replace("NHS", "National Health Service"), models) == []
    # A title is no name the tagger missed; a past negotiation is no settlement still to come.
    health = "Health Secretary Wes Streeting said the strike would cost the health service 300 million pounds."
    assert kinds_and_words(health, health.replace("Secretary", "Minister"), models) == []
    bank = "The bank negotiated a settlement with state regulators last year and paid a $40 million fine."
    assert kinds_and_words(bank, "The bank settled with state regulators last year and paid a $40 million fine.",
                           models) == []
