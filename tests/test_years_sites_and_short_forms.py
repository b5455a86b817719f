"""Details the twentieth session's probe rounds showed, with the real models: an older year, a site the tagger
takes for a person, accepting against appealing, a short form an article declares for a
name, a road's designation, a share in words as a bound, and calls to resign refused."""

from __future__ import annotations

from service.pipeline.run import Models
from tests.test_edited_copies import kinds_of as kinds
from tests.test_summaries import PAD, kinds_against


def test_an_older_year_is_a_date_and_a_count_after_it_is_not(models: Models) -> None:
    assert kinds("The museum will return 39 objects taken during a British military expedition in 1874, its "
                 "trustees said Tuesday.",
                 "Trustees of the museum said on Tuesday that it would send back 39 objects seized during a British "
                 "military campaign in 1884.", models) == ["date"]
    assert kinds("The school was founded in 1874 and has 1500 pupils.",
                 "The school, founded in 1874, has 1500 pupils.", models) == []


def test_sites_of_one_kind_swapped_in_other_words(models: Models) -> None:
    original = ("A Kestrel 3 rocket operated by Denver-based Orbital Vector failed about eight minutes after lift-off "
                "from Vandenberg Space Force Base on Monday.")
    edited = ("A Kestrel 3 rocket belonging to Orbital Vector, a company based in Denver, failed roughly eight minutes "
              "after launching from Cape Canaveral Space Force Station on Monday.")
    assert kinds(original, edited, models) == ["entity"]
    assert kinds(original, edited.replace("Cape Canaveral Space Force Station", "Vandenberg Space Force Base"),
                 models) == []


def test_accepting_a_decision_against_appealing_it(models: Models) -> None:
    fine = "Veltrapharm, which received the largest penalty of 148 million euros, said it would appeal the decision."
    assert kinds(fine, fine.replace("appeal", "accept"), models) == ["contradiction"]
    church = ("The diocese said it had accepted an offer of $1.45 million from a developer and turned down an appeal "
              "from parishioners.")
    assert kinds(church, "The diocese said it would sell the church to a developer for $1.45 million, rejecting an "
                         "appeal from parishioners.", models) == []


def test_designations_shares_in_words_and_refused_calls(models: Models) -> None:
    assert kinds("The bus overturned on the A-2 motorway near Lleida on Monday.",
                 "The bus overturned on a motorway near Lleida on Monday.", models) == []
    assert kinds("Branch visits have fallen by 58% since 2017, the bank said.",
                 "The bank said branch visits fell by more than half since 2017.", models) == []
    assert kinds("Branch visits have fallen by 80% since 2017, the bank said.",
                 "The bank said branch visits fell by more than half since 2017.", models) == ["number"]
    assert kinds("Babic has refused calls to resign since his arrest in March.",
                 "Babic has refused to resign since his arrest in March.", models) == []


def test_a_short_form_the_article_declares_speaks_for_the_body(models: Models) -> None:
    park = ("PUNTA ARENAS, Chile - Foreign visitors to Torres del Paine National Park will pay 49,000 pesos for a "
            "three-day pass from October 1, up from 35,000 pesos, Chile's National Forest Corporation (CONAF) "
            "announced on Tuesday.\n\nCONAF's regional director for Magallanes, Mauricio Oyarzún, said the extra "
            "revenue would pay for trail repairs." + PAD)
    assert kinds_against(park, "Chile's forest agency CONAF will raise the entry fee for foreign visitors to Torres "
                               "del Paine National Park to 49,000 pesos from October 1.", models) == []
    assert kinds_against(park, "CONAF's regional director Mauricio Oyarzún said foreign visitors to Torres del Paine "
                               "National Park will pay 49,000 pesos from October 1.", models) == []
    assert "attribution" in kinds_against(park, "The Magallanes Tourism Association said foreign visitors to Torres "
                                                "del Paine National Park will pay 49,000 pesos from October 1.", models)


def test_what_the_review_of_these_rules_kept_apart(models: Models) -> None:
    assert kinds("Police said a crowd of 1500 at the stadium was calm.",
                 "Police said a crowd of 5000 at the stadium was calm.", models) == ["number"]
    assert kinds("Just over half of those polled backed the plan, the survey found.",
                 "The plan was backed by 64 percent of respondents in the survey.", models) == ["number"]
    assert kinds("The talks were held at the Palace of Versailles on Monday, the Elysee said.",
                 "The Elysee said Monday's talks took place in the Hall of Mirrors at Versailles.", models) == []
    assert kinds("Air Force One landed at Joint Base Andrews on Sunday.",
                 "Air Force One touched down at Andrews Air Force Base on Sunday.", models) == []
    assert kinds("The plan appealed to many voters, the poll found.",
                 "Many voters accepted the plan, the poll found.", models) == []
    assert kinds("Led Zeppelin singer Robert Plant said the band would not reunite.",
                 "Led Zeppelin said the band would not reunite.", models) == ["attribution"]
