"""Summaries of the eighteenth session's invented news, with the real models: who speaks for a body (by its
initials, as its minister, as its vice-chancellor), someone's lawyer, a statement credited rightly in a closer
claim, "early" models against a late month, amounts worked out of the source (a year and a half, a change by a
difference, years since a dated study), names the source writes in parts, and acts the source reports otherwise
(a denial by the same doer, a plan reported done)."""

from __future__ import annotations

from datetime import date

from service.pipeline.run import Models
from tests.test_summaries import PAD, kinds_against

PORT = ("SINGAPORE (Reuters) - An oil tanker collided with a container ship in the Singapore Strait early on "
        "Tuesday, spilling an estimated 350 tonnes of crude, Singapore's Maritime and Port Authority (MPA) said. \"The "
        "leak has been contained, and our priority now is to clean up the oil,\" MPA chief executive Daniel Koh told "
        "a news conference. Nobody was seriously hurt." + PAD)
SUGAR = ("MAPUTO - Mozambique will cut its sugar export quota for the 2023/24 season by nearly a third to 145,000 "
         "tonnes after drought hit cane yields, the Ministry of Industry and Trade said on Wednesday. The quota stood "
         "at 210,000 tonnes last season. \"We cannot export sugar while families are paying more for it every "
         "week,\" Industry and Trade Minister Silvino Moreno told reporters." + PAD)
CHEF = ("PARIS - A Paris court on Wednesday found celebrity chef Julien Morvan guilty of tax fraud, handing him an "
        "18-month suspended prison sentence and a fine of 500,000 euros. His lawyer, Claire Dufresne, said he would "
        "appeal." + PAD)


def test_who_speaks_for_a_body_and_whose_lawyer_spoke(models: Models) -> None:
    assert kinds_against(PORT, "Singapore's port authority chief Daniel Koh said the leak had been contained after "
                               "a tanker and a container ship collided, spilling about 350 tonnes of oil.",
                         models) == []
    assert kinds_against(SUGAR, "Industry and Trade Minister Silvino Moreno said families were paying more for "
                                "sugar every week as Mozambique moved to cut its export quota to 145,000 tonnes.",
                         models) == []
    assert kinds_against(CHEF, "Julien Morvan's lawyer said the celebrity chef would appeal after a Paris court "
                               "convicted him of tax fraud.", models) == []
    suit = ("LOS ANGELES - A judge refused on Thursday to dismiss singer Lena Marr's defamation suit against "
            "podcaster Cole Brantley. Brantley's lawyer, Sofia Delgado, said he would appeal." + PAD)
    assert "attribution" in kinds_against(suit, "A judge refused on Thursday to dismiss Lena Marr's defamation suit "
                                                "against Cole Brantley; Marr's lawyer said Brantley would appeal.",
                                          models)
    team = ("BRUSSELS - Belgian energy supplier Veltra will end its title sponsorship of the Veltra-Ardennes cycling "
            "team after the 2020 season, the company said on Tuesday. \"Losing a team like this would be a loss for "
            "the whole Walloon cycling community,\" said Filip Maes, a spokesman for the national federation." + PAD)
    assert kinds_against(team, "The Veltra-Ardennes cycling team will lose its title sponsor after the 2020 season, "
                               "Veltra said on Tuesday.", models) == []


def test_amounts_worked_out_and_names_written_in_parts(models: Models) -> None:
    assert kinds_against(CHEF, "A Paris court gave TV chef Julien Morvan a suspended sentence of a year and a half "
                               "and fined him half a million euros.", models) == []
    assert kinds_against(SUGAR, "Mozambique will cut its sugar export quota by roughly 65,000 tonnes, to 145,000 "
                                "tonnes, for the 2023/24 season after drought.", models) == []
    assert "number" in kinds_against(SUGAR, "Mozambique will cut its sugar export quota by roughly 95,000 tonnes, to "
                                            "145,000 tonnes, for the 2023/24 season after drought.", models)
    flood = ("FORT WORTH, Texas - A man died after his car was swept into a flooded underpass on Wednesday night. A "
             "2019 engineering study commissioned by the city found that its drainage pumps could handle only half "
             "the water expected in a heavy storm." + PAD)
    def dated(summary: str) -> list[str]:
        return kinds_against(flood, summary, models, published_at=date(2023, 5, 12))

    assert dated("A man died in a flooded Fort Worth underpass on Wednesday night, four years after a city study "
                 "warned that its drainage pumps could not cope with a heavy storm.") == []
    assert "number" in dated("A man died in a flooded Fort Worth underpass on Wednesday night, seven years after a "
                             "city study warned that its drainage pumps could not cope with a heavy storm.")
    tea = ("COLOMBO - About 14,000 tea pickers stopped work on Tuesday. Tea is one of Sri Lanka's biggest export "
           "earners." + PAD)
    assert kinds_against(tea, "Sri Lankan tea pickers stopped work on Tuesday.", models) == []
    bank = ("JOHANNESBURG - A South African court on Wednesday convicted the former chief financial officer of "
            "Kestrel Mutual Bank, Sipho Ndlovu, of fraud." + PAD)
    assert kinds_against(bank, "A South African court convicted ex-Kestrel Mutual Bank CFO Sipho Ndlovu of fraud.",
                         models) == []


def test_early_models_a_denial_by_the_same_doer_and_a_plan_reported_done(models: Models) -> None:
    comet = ("A retired schoolteacher has discovered a new comet. If it brightens as some early models suggest, it "
             "could be seen with the naked eye from South Africa in the last week of April." + PAD)
    assert kinds_against(comet, "A retired schoolteacher has discovered a new comet that could become visible to "
                                "the naked eye in late April.", models) == []
    coach = ("SYDNEY - Swimming Australia suspended coach Darren Whitfield for six months on Thursday. Whitfield "
             "said in a statement that he accepted some of the findings and apologised to the swimmers affected." + PAD)
    assert "negation" in kinds_against(coach, "Swimming Australia suspended coach Darren Whitfield for six months "
                                              "on Thursday; Whitfield has not apologised.", models)
    assert kinds_against(coach, "Swimming Australia suspended coach Darren Whitfield for six months on Thursday; "
                                "Whitfield has apologised.", models) == []
    ferry = ("ATHENS - A ferry carrying 412 people ran aground off Naxos on Sunday. The ministry said salvage crews "
             "planned to pump out the flooded compartment and tow the ship to a shipyard in Perama once the weather "
             "eased." + PAD)
    assert "status" in kinds_against(ferry, "The ferry, which ran aground off Naxos on Sunday, has been towed by "
                                            "salvage crews to a shipyard in Perama.", models)
