"""Details the nineteenth session's second probe rounds and the review of its first rule batch showed, with the
real models: a dropped currency conversion, "had not managed to", one claim backing one thing and rejecting
another, names written as their adjectives, an official named by a place's office, a description made of a place
and common nouns, an age, and the review's cases the first batch got wrong."""

from __future__ import annotations

from datetime import date

from service.pipeline.run import Models
from tests.test_edited_copies import kinds_of as kinds
from tests.test_summaries import PAD, kinds_against


def test_edited_copies_that_reword_faithfully(models: Models) -> None:
    fine = ("Britain's Information Commissioner's Office fined Halcyon Bank 12.7 million pounds ($16.5 million) on "
            "Wednesday for failing to protect the personal data of 1.4 million customers.")
    assert kinds(fine, fine.replace(" ($16.5 million)", ""), models) == []
    assert kinds("The mayor said the three operators had failed to stop riders from leaving scooters on pavements.",
                 "The mayor said the three operators had not managed to stop riders leaving scooters on pavements.",
                 models) == []
    assert kinds("About 82% of the 5,400 pilots who cast ballots backed the deal, according to the union, which had "
                 "rejected an earlier offer in May.",
                 "According to the union, roughly 82% of the 5,400 pilots who voted supported the agreement; in May "
                 "the union had turned down an earlier proposal.", models) == []


def test_a_speaker_swapped_with_the_firm_he_works_for_is_one_attribution(models: Models) -> None:
    assert kinds("\"The market is pricing in a shortage,\" said Laura Brenner, head of metals research at Halden "
                 "Capital in London.",
                 "Kenji Ota, an analyst at Marlow Securities, said the market was pricing in a shortage.",
                 models) == ["attribution"]


def test_summaries_that_name_things_by_their_adjectives_and_offices(models: Models) -> None:
    wrestler = ("TOKYO - Kenta Morimoto, the two-time world champion who won bronze for Japan at the Tokyo Olympics, "
                "announced his retirement on Tuesday at the age of 29. He was the youngest Japanese wrestler to win a "
                "world title." + PAD)
    assert kinds_against(wrestler, "Kenta Morimoto, a two-time world champion and Tokyo Olympic bronze medallist, "
                                   "announced his retirement on Tuesday.", models) == []
    assert kinds_against(wrestler, "Japan's Kenta Morimoto, a 29-year-old two-time world champion, announced his "
                                   "retirement on Tuesday.", models) == []
    resort = ("GRENOBLE, France - The small French Alpine ski resort of Col de Sauvan will not open this winter after "
              "the local council voted on Wednesday to close it." + PAD)
    assert kinds_against(resort, "Col de Sauvan, a small ski resort in the French Alps, will close after the local "
                                 "council voted on Wednesday to shut it.", models) == []
    ship = ("ANCONA, Italy - A charity rescue ship carrying 173 migrants docked in the Adriatic port of Ancona on "
            "Tuesday, four days after its crew pulled them from a sinking boat." + PAD)
    assert kinds_against(ship, "A charity rescue ship docked in the Italian port of Ancona on Tuesday with 173 "
                               "migrants.", models) == []
    tram = ("EDINBURGH - Edinburgh councillors voted on Thursday to build a new tram line. \"This is the most "
            "important transport decision this city will take in a generation,\" said Fiona Dalgleish, the council's "
            "transport convener." + PAD)
    assert kinds_against(tram, "Edinburgh's transport convener called the tram line the city's most important "
                               "transport decision in a generation.", models) == []
    surgeon = ("SHEFFIELD, England - A surgeon at Northgate General Hospital in Sheffield has been suspended while a "
               "review examines his operations. Northgate Hospitals NHS Trust said Andrew Pellow was suspended on "
               "Monday." + PAD)
    assert kinds_against(surgeon, "A Sheffield hospital trust has suspended surgeon Andrew Pellow while a review "
                                  "examines his operations.", models) == []


def test_what_the_review_of_the_first_batch_found(models: Models) -> None:
    sales = "Sales rose 8% to 12,000 units in May, while exports fell 8% to 3,000 units, the association said."
    assert "number" in kinds_against(sales + PAD, "Sales rose 8% to 3,000 units in May.", models)
    assert kinds("The coastal route is more expensive than the inland route, engineers said.",
                 "The coastal route would have been cheaper than the inland route, engineers said.",
                 models) == ["contradiction"]
    assert kinds("The World Health Organization said the outbreak had been contained.",
                 "Health minister Zweli Mkhize said the outbreak had been contained.", models) == ["attribution"]
    tolls = ("New toll rates took effect on January 1, the authority said. Drivers now pay 8% more on average."
             + PAD)
    assert "date" in kinds_against(tolls, "New toll rates will take effect next year.", models,
                                   published_at=date(2024, 10, 15))
    assert kinds("The panel accepted his argument that the sample had been contaminated, and lifted the ban.",
                 "The sample had been contaminated, the panel found, and lifted the ban.", models) == []
    jury = ("LONDON - A jury found John Smith guilty of murder on Tuesday. Prosecutors had charged him with killing "
            "his neighbour in 2021." + PAD)
    assert kinds_against(jury, "John Smith was convicted of murder.", models) == []
