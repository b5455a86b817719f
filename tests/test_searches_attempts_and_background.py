"""Details the eighteenth session's second probe batch showed misread or missed, with the real models: a request
denied in other words, two ways of denying one act, an attempt that failed, a wish denied, a range of millions,
a common noun opening a sentence, and a figure of an earlier year's event."""

from __future__ import annotations

from datetime import date

from service.pipeline.run import Models
from tests.test_edited_copies import kinds_and_words
from tests.test_summaries import PAD, kinds_against


def kinds(first: str, second: str, models: Models) -> list[str]:
    return [kind for kind, _, _ in kinds_and_words(first, second, models)]


def test_edited_copies(models: Models) -> None:
    sample = ("His lawyer, Morten Aas, said Eidsvik had never knowingly taken a banned substance and would request "
              "that his B sample be tested.")
    assert kinds(sample, "Morten Aas, Eidsvik's lawyer, said the rower had never knowingly used a prohibited "
                         "substance and would not ask for his B sample to be tested.", models) == ["negation"]
    assert kinds("Smith said he had not wanted to sell the club but had no choice after the bank called in its loans.",
                 "Smith said he sold the club because he had no choice after the bank called in its loans.",
                 models) == []
    gate = ("Zoo officials believe the tiger slipped through a gate that a keeper had failed to lock after cleaning, "
            "the zoo said on Monday.")
    assert kinds(gate, "Zoo officials think the tiger got out through a gate that a keeper had not locked after "
                       "cleaning, the zoo said on Monday.", models) == []


def test_summaries(models: Models) -> None:
    clinic = ("BODMIN, England - Smilewise Dental Group said on Tuesday its Bodmin practice would close on April 30. "
              "The company said it had tried for more than a year to recruit two dentists." + PAD)
    assert kinds_against(clinic, "Smilewise Dental Group said its Bodmin practice would close on April 30 after it "
                                 "failed to recruit two dentists.", models) == []
    tennis = ("MELBOURNE - Lucia Arnedo withdrew from the Australian Open on Sunday with a wrist injury. She said she "
              "did not want to risk being out for months." + PAD)
    assert kinds_against(tennis, "Saying she could not risk being out for months, Lucia Arnedo withdrew from the "
                                 "Australian Open with a wrist injury.", models) == []
    profit = ("BASEL - Helvion Biologics on Monday cut its forecast for core operating profit to 310 million to 340 "
              "million Swiss francs in 2024, down from its previous forecast of 450 million to 500 million francs."
              + PAD)
    assert kinds_against(profit, "Helvion Biologics lowered its 2024 core operating profit forecast to 310-340 "
                                 "million Swiss francs from 450-500 million.", models) == []
    doping = ("LONDON - Trainer Rowan Gilchrist was banned for three years on Wednesday after four horses in his yard "
              "tested positive for the steroid stanozolol. Stanozolol, which builds muscle, is banned at all times."
              + PAD)
    assert kinds_against(doping, "Trainer Rowan Gilchrist was banned for three years after four of his horses "
                                 "tested positive for stanozolol.", models) == []
    quake = ("AREQUIPA, Peru - Peru's geophysical institute warned on Tuesday that strong aftershocks could continue "
             "for weeks after a magnitude 6.8 earthquake struck the southern region of Arequipa. The Arequipa region "
             "was devastated in June 2001 by a magnitude 8.4 earthquake that killed more than 100 people." + PAD)
    assert kinds_against(quake, "Peruvian scientists have warned of weeks of strong aftershocks following a deadly "
                                "magnitude 6.8 earthquake in the Arequipa region.", models,
                         published_at=date(2024, 6, 4)) == []
