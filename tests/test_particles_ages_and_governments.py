"""Details the nineteenth session's third probe rounds showed, with the real models: a minister speaking for a
government, a name written inside a dash-joined one, "close to where", particles that make other acts, an age
against "young", and opposites written as two words."""

from __future__ import annotations

from service.pipeline.run import Models
from tests.test_edited_copies import kinds_of as kinds
from tests.test_summaries import PAD, kinds_against


def test_edited_copies(models: Models) -> None:
    assert kinds("The suspect was seen near the point where the blaze began on August 8, police said.",
                 "Witnesses saw the suspect close to where the fire started on August 8, police said.", models) == []
    zoo = ("Kanya was the last elephant at the zoo, which announced in 2021 that it would phase out its elephant "
           "programme.")
    assert kinds(zoo, zoo.replace("phase out", "expand"), models) == ["contradiction"]
    surgery = "Ambulances have been diverted since Feb. 22, and about 300 scheduled surgeries have been postponed."
    assert kinds(surgery, surgery.replace("have been postponed", "have gone ahead"), models) == ["contradiction"]


def test_summaries(models: Models) -> None:
    recount = ("TORONTO - A judicial recount has overturned the result in the Ontario riding of Dufferin-Hills North, "
               "handing the seat to Liberal candidate Marie-Claude Fortin by four votes." + PAD)
    assert kinds_against(recount, "A recount handed the Ontario seat of Dufferin to Liberal Marie-Claude Fortin by "
                                  "four votes.", models) == []
    blackout = ("BRISBANE, Australia - An inquiry found that a protection relay switched off during maintenance caused "
                "the August blackout in Queensland. State Energy Minister Daniel Whitcombe said the government would "
                "accept all 23 recommendations." + PAD)
    assert kinds_against(blackout, "Queensland's government has pledged to accept all 23 of the inquiry's "
                                   "recommendations.", models) == []
    relay = ("BRISBANE, Australia - A contractor working for grid operator Eastlink switched off a backup relay during "
             "maintenance and never turned it back on, an inquiry found." + PAD)
    assert kinds_against(relay, "A contractor for grid operator Eastlink switched off a backup relay during "
                                "maintenance and failed to switch it back on, an inquiry found.", models) == []
    chess = ("BUCHAREST - The European chess champion withdrew from a tournament on Tuesday after accusing the "
             "19-year-old grandmaster who beat him of cheating." + PAD)
    assert kinds_against(chess, "The European chess champion has accused a young opponent of cheating and left a "
                                "tournament.", models) == []
