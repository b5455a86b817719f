"""Mends from fresh sets of revision cases (thirty-first and thirty-second sessions), each written by a helper who
saw no code: names the tagger mislabels read by the words before them ("novelist Marta Ibarra", "Cagayan
province"), bodies named by an office or a voice ("the governor's office", "a union representative"), a doer and
the party done to swapped ("Hartmann will acquire Solvex" / "Solvex will take over Hartmann"), a figure's move in
a reported clause, a contrast told the other way round, and deals talked of against deals agreed; and the agreeing
pairs two fresh-eyes reviews found flagged."""

from __future__ import annotations

from service.pipeline.run import Models
from tests.test_threats_reviews_opposites_and_ceilings import found


def kinds(first: str, second: str, models: Models) -> list[str]:
    return [kind for kind, _, _ in found(first, second, models)]


def test_a_name_after_a_calling_or_a_place_noun(models: Models) -> None:
    assert found("The Peruvian novelist Marta Ibarra won the Andes literary prize on Saturday for her third book.",
                 "Peruvian writer Lucia Ferrer took the Andes literary prize on Saturday with her third book.",
                 models) == [("entity", "Marta Ibarra", "Lucia Ferrer")]
    assert kinds("Floods forced 8,000 people from their homes in the Philippine province of Isabela on Tuesday.",
                 "Some 8,000 people fled their homes as floods hit Cagayan province in the Philippines on Tuesday.",
                 models) == ["entity"]
    # the same place, called a province on one side only
    assert found("Floods forced 8,000 people from their homes in the Philippine province of Isabela on Tuesday.",
                 "Some 8,000 people fled their homes as floods hit Isabela in the Philippines on Tuesday.",
                 models) == []


def test_bodies_named_by_an_office_or_a_voice(models: Models) -> None:
    assert kinds("Rescuers pulled 11 survivors from the rubble overnight, the governor's office said.",
                 "Overnight, rescuers brought 11 survivors out of the debris, the local fire brigade said.",
                 models) == ["attribution"]
    assert kinds("Velora Motors will close its plant in Gyor next year, the company's chief executive said.",
                 "Velora Motors will shut its Gyor plant next year, a union representative said.",
                 models) == ["attribution"]
    # the company's own voices
    assert found("Velora Motors will close its plant in Gyor next year, the company's chief executive said.",
                 "Velora Motors will shut its Gyor plant next year, a company representative said.", models) == []


def test_a_doer_and_the_party_done_to_swapped(models: Models) -> None:
    assert found("German engineering group Hartmann will acquire Dutch rival Solvex in an all-share deal.",
                 "Dutch engineering firm Solvex will take over its German rival Hartmann in an all-share deal.",
                 models) == [("contradiction", "Hartmann will acquire Dutch rival Solvex",
                              "Solvex will take over its German rival Hartmann")]
    assert kinds("Apple is suing its rival Samsung for $1 billion in a California court over patents.",
                 "In a $1 billion lawsuit in a California court, Samsung is suing its rival Apple over patents.",
                 models) == ["contradiction"]
    # the same deal from the other side, in the passive
    assert found("Tesco will buy Booker for 3.7 billion pounds, the firms said.",
                 "Booker will be acquired by Tesco for 3.7 billion pounds, the firms said.", models) == []


def test_a_move_in_a_reported_clause(models: Models) -> None:
    # a forecast moved alike on both sides
    assert found("Indonesia's imports rose 3.2% in May from a year earlier, compared with forecasts of a 1.5% "
                 "increase, the statistics bureau said on Monday.",
                 "The statistics bureau said on Monday that Indonesian imports fell 3.2% year on year in May, against "
                 "a 1.5% rise forecast by economists.", models) == [("contradiction", "rose 3.2%", "fell 3.2%")]
    assert found("Indonesia's imports rose 3.2% in May from a year earlier, compared with forecasts of a 1.5% "
                 "increase, the statistics bureau said on Monday.",
                 "The statistics bureau said on Monday that Indonesian imports climbed 3.2% year on year in May, "
                 "against a 1.5% rise forecast by economists.", models) == []


def test_a_contrast_the_other_way_round(models: Models) -> None:
    assert kinds("The outage was caused by a faulty software update rather than a cyberattack, the bank said.",
                 "A cyberattack, not a faulty software update, caused the outage, the bank said.",
                 models) == ["contradiction"]
    assert found("The outage was caused by a faulty software update rather than a cyberattack, the bank said.",
                 "A faulty software update, not a cyberattack, caused the outage, the bank said.", models) == []


def test_a_deal_talked_of_against_one_agreed(models: Models) -> None:
    assert kinds("Dutch insurers Verholt and Anker Leven are in talks about a possible merger, they said on Monday.",
                 "Dutch insurers Verholt and Anker Leven have agreed to a merger, they said on Monday.",
                 models) == ["status"]
    assert found("Dutch insurers Verholt and Anker Leven are in talks about a possible merger, they said on Monday.",
                 "Dutch insurers Verholt and Anker Leven are in merger talks, they said on Monday.", models) == []


def test_winners_the_tagger_missed_or_cut_short(models: Models) -> None:
    assert kinds("Argentina beat Chile 2-1 in Santiago on Tuesday in a World Cup qualifier.",
                 "A late goal in Santiago on Tuesday saw Chile beat Argentina 2-1 in a World Cup qualifier.",
                 models) == ["contradiction"]
    assert found("Top seed Marta Kovac beat Yuki Tanabe 6-4, 7-5 in the final of the Stuttgart Open on Sunday.",
                 "Yuki Tanabe beat top seed Marta Kovac 6-4, 7-5 in the Stuttgart Open final on Sunday.",
                 models) == [("contradiction", "Marta Kovac beat Yuki Tanabe", "Yuki Tanabe beat top seed Marta Kovac")]


def test_jobs_and_posts_counted_alike(models: Models) -> None:
    assert found("Northgate University plans to cut around 400 jobs over the next two years, a spokesperson said.",
                 "Around 520 posts are set to go at Northgate University over the next two years, a spokesperson "
                 "said.", models) == [("number", "400 jobs", "520 posts")]
    assert found("Northgate University plans to cut around 400 jobs over the next two years, a spokesperson said.",
                 "Around 380 posts are set to go at Northgate University over the next two years, a spokesperson "
                 "said.", models) == []


def test_what_the_fresh_eyes_review_found_agreeing(models: Models) -> None:
    for first, second in (
        # the members of a body are not the body
        ("The airline's pilots said they would strike on Friday.",
         "The pilots' union said its members would strike on Friday."),
        # buying together, and a parent company
        ("Blackstone and Vista will buy the software maker Kelvin for $4 billion.",
         "Vista Equity Partners will acquire Kelvin together with Blackstone in a $4 billion deal."),
        ("Microsoft's LinkedIn will buy the recruitment startup Hirely for $300 million.",
         "LinkedIn owner Microsoft is buying Hirely, a recruitment startup, for $300 million."),
        # taking over a post, not a company
        ("Anna Berg will take over as chief executive of Solvex in May, replacing Tom Lind.",
         "Tom Lind will take over as Solvex chairman in May and hand the chief executive role to Anna Berg."),
        # mutual accusations
        ("Russia accused Ukraine of violating the Easter truce, and Ukraine said Russian forces had shelled it.",
         "Ukraine accused Russia of breaking the Easter truce by shelling its positions."),
        # a contrast by an opposite act, or each side's own
        ("The council will keep the pool rather than the library.",
         "The council will close the library rather than the pool."),
        ("The prosecution told the jury it was murder, not manslaughter.",
         "The defence told the jury it was manslaughter, not murder, and the prosecution disagreed."),
        # a hedged agreement is no agreement
        ("The two banks are in talks about a possible merger that could be agreed within weeks.",
         "The two banks could agree to a merger within weeks."),
        # a place and its adjective
        ("Separatists won a majority in the Flemish region, final results showed.",
         "Separatist parties won a majority in the Flanders region, according to final results."),
        # the mayor's office speaks for the council
        ("The mayor's office said the festival would go ahead as planned.",
         "The town council said the festival would go ahead as planned."),
        # a defendant's accusation answering a suit
        ("Apple sued Masimo on Monday over smartwatch patents.",
         "Masimo accused Apple of bullying in a statement responding to the lawsuit on Monday."),
        # done by one party and denied of the other at once
        ("The government, not the airline, will pay compensation to the passengers.",
         "The airline will not pay compensation to the passengers."),
        # "not just" means both
        ("The new rules will affect tourists, not just residents.",
         "The new rules will affect residents, not just tourists."),
        # talks recalled beside the agreement
        ("Hartmann and Solvex, in merger talks since March, agreed on Monday to combine.",
         "Hartmann and Solvex agreed to a merger on Monday."),
        # a band named by its singer
        ("British band Coldplay will play ten nights at Wembley.",
         "Chris Martin's band will play ten nights at Wembley."),
    ):
        assert found(first, second, models) == [], (first, second)
