"""Statuses told in other words (suspected against confirmed, considered against launched, projected against won,
a vote that accepted against a rejection, an "alleged" dropped, a suit filed by the other party), a denial beside
another use of the verb, and bodies described rather than named, which must raise nothing: "the U.N. children's
agency" for UNICEF, Spain's Civil Guard for its police. From the fresh revision cases of the thirty-third session
and the review of their mends."""

from __future__ import annotations

from service.pipeline.run import Models
from tests.test_threats_reviews_opposites_and_ceilings import found


def test_suspected_against_confirmed_in_other_words(models: Models) -> None:
    assert found(
        "Health officials are investigating a suspected measles outbreak at a school in Tarvik that has left four "
        "children in hospital.",
        "Four children are in hospital in Tarvik, where health officials have confirmed a measles outbreak at a "
        "school.",
        models,
    ) == [("status", "suspected measles outbreak", "confirmed a measles outbreak")]
    # each claim may count its own: two confirmed, three more suspected
    assert found("Health officials in Tarvik have confirmed two measles cases and are testing three suspected cases.",
                 "Health officials in Tarvik have confirmed two measles cases.", models) == []


def test_a_restructuring_considered_against_one_launched(models: Models) -> None:
    assert found(
        "Veridan is considering a restructuring that would eliminate about 150 jobs, according to a person familiar "
        "with the matter.",
        "According to a person familiar with the matter, Veridan has launched a restructuring that would cut roughly "
        "150 jobs.",
        models,
    ) == [("status", "is considering a restructuring", "has launched a restructuring")]


def test_a_win_projected_against_one_won(models: Models) -> None:
    assert found(
        "The centre-right Unity party is projected to win the most seats in Sunday's election, the electoral "
        "commission said.",
        "The electoral commission said the centre-right Unity party had won the most seats in Sunday's election.",
        models,
    ) == [("status", "is projected to win", "had won")]


def test_a_vote_to_accept_against_a_rejection(models: Models) -> None:
    assert found(
        "Members of the nurses' union voted to accept the hospital's pay offer, the union said on Friday.",
        "The hospital's pay offer was rejected by members of the nurses' union, the union said on Friday.",
        models,
    ) == [("contradiction", "accept", "rejected")]


def test_a_denial_beside_another_use_of_the_verb(models: Models) -> None:
    # "a plan to reduce costs" cuts costs, not jobs: the company's own cut is denied
    assert found(
        "The company would cut jobs at its two plants as part of a plan to reduce costs, its chief executive said.",
        "As part of a plan to reduce costs, the company will not cut jobs at its two plants, its chief executive said.",
        models,
    ) == [("negation", "would cut", "will not cut")]


def test_an_alleged_leader_stated_as_the_leader(models: Models) -> None:
    assert found("Police arrested the alleged leader of a smuggling ring in Lyon on Monday.",
                 "Police arrested the leader of a smuggling ring in Lyon on Monday.", models) == [
        ("status", "alleged leader", "leader")]


def test_a_suit_filed_by_the_other_party(models: Models) -> None:
    assert found(
        "Streaming service Vireo has sued film studio Lantern Pictures over the distribution rights.",
        "Film studio Lantern Pictures has filed a lawsuit against streaming service Vireo over the distribution "
        "rights.",
        models,
    ) == [("contradiction", "Vireo has sued film studio Lantern Pictures",
           "Lantern Pictures has filed a lawsuit against streaming service Vireo")]


def test_bodies_described_rather_than_named_raise_nothing(models: Models) -> None:
    agreeing = [
        ("UNICEF spokesman James Elder said 3,000 children had been displaced by the floods.",
         "The U.N. children's agency said 3,000 children had been displaced by the floods."),
        ("The European Commission said it would fine the company 2 billion euros.",
         "The EU's competition watchdog said it would fine the company 2 billion euros."),
        ("Spain's Civil Guard said 40 migrants had been rescued off Almeria on Sunday.",
         "Spanish police said 40 migrants had been rescued off Almeria on Sunday."),
        ("The International Atomic Energy Agency said the plant had lost external power on Friday.",
         "The IAEA said the plant had lost external power on Friday."),
        ("Talent agency WME said the actor had left the production.",
         "The company said the actor had left the production."),
        ("The presidential palace said the president would travel to Paris on Monday.",
         "The presidency said the president would travel to Paris on Monday."),
    ]
    for first, second in agreeing:
        assert found(first, second, models) == [], first


def test_a_quotation_cut_short_and_ahead_of_another_event(models: Models) -> None:
    assert found("Union leader Gary Marsh called the pay offer 'an insult to every worker in this factory'.",
                 "Union leader Gary Marsh called the pay offer 'an insult to every worker'.", models) == []
    assert found("Ahead of the Games, organisers said the new stadium was running late.",
                 "Organisers said the new stadium was behind schedule.", models) == []
