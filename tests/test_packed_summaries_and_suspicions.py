"""Details the twenty-third session's first probe rounds showed, with the real models: opposite words a summary
packs from another source sentence, figures compared up or down, suspicions against findings, bodies and cities
swapped, and faithful rewordings (a little found, an anonymous party, a difference in percentage points, a dated
weekday, a speaker quoted elsewhere in the source) that must stay agreements."""

from __future__ import annotations

from datetime import date

from service.pipeline.run import Models
from tests.test_edited_copies import kinds_of as kinds
from tests.test_summaries import PAD, kinds_against

PLANT = ("ROSARIO, Argentina - The Paraná Water Board opened a US$380 million treatment plant on Thursday that will "
         "serve about 450,000 people.\n\nWater from the plant will cost households about 9 per cent more than "
         "current tariffs, the regulator said.\n\nThe national weather service raised the flood alert for the "
         "river delta to its highest level on Wednesday.\n\nEnvironmental group Río Vivo said the board had acted "
         "too quickly in approving the intake.\n\nProsecutors concluded in May that a pump fire at the old plant was "
         "accidental.\n\nProvincial Water Minister Lucía Ferraro defended the tariff, saying the plant had to pay "
         "for itself." + PAD)


def test_opposite_words_a_summary_packs_from_another_sentence(models: Models) -> None:
    opening = "The Paraná Water Board opened a US$380 million treatment plant on Thursday"
    for packed in (", and its water will cost households about 9 per cent less than current tariffs.",
                   ", though Río Vivo said the board had acted too slowly in approving the intake.",
                   ", years after a pump fire at the old plant that prosecutors concluded was deliberate.",
                   ", and Water Minister Lucía Ferraro criticised the tariff.",
                   ", a day after the weather service lowered the flood alert for the river delta."):
        assert set(kinds_against(PLANT, opening + packed, models)) == {"contradiction"}, packed
    assert kinds_against(PLANT, opening + ", and its water will cost households about 9 per cent more than "
                                          "current tariffs.", models) == []


def test_paid_and_unpaid_leave_in_a_summary(models: Models) -> None:
    leave = ("DAYTON, Ohio - The police department has placed a sergeant on paid administrative leave while it "
             "investigates how body-camera footage was leaked, the police chief said on Thursday." + PAD)
    assert kinds_against(leave, "The police chief said a sergeant has been placed on unpaid leave while the "
                                "department investigates the leak of body-camera footage.", models) == [
        "contradiction"]
    assert kinds_against(leave, "The police chief said a sergeant has been placed on paid leave while the "
                                "department investigates the leak of body-camera footage.", models) == []


def test_suspected_against_confirmed_and_votes_for_and_against(models: Models) -> None:
    assert kinds("According to health officials, investigators suspect the outbreak began in the ship's kitchen.",
                 "Investigators have confirmed the outbreak began in the ship's kitchen, health officials said.",
                 models) == ["status"]
    stone = "Geologist Ruth Okello said tests had confirmed it was a stony meteorite."
    assert kinds(stone, stone.replace("tests had confirmed", "early tests suggested"), models) == ["status"]
    vote = "Councillor Ana Ruiz, who voted for the ban along with four other members, said it was overdue."
    assert kinds(vote, vote.replace("voted for", "voted against"), models) == ["contradiction"]
    upset = "The chief executive said the company was disappointed by the vote and urged the union to return to talks."
    assert kinds(upset, "The chief executive said the company welcomed the vote and called on the union to come "
                        "back to the table.", models) == ["contradiction"]


def test_bodies_cities_and_spokespeople_swapped(models: Models) -> None:
    deal = "The merger still needs sign-off from the Swedish central bank, which is expected in the autumn."
    assert kinds(deal, deal.replace("central bank", "finance ministry"), models) == ["entity"]
    assert kinds("The previous record was set at Sotheby's in Geneva in 2019 for a pink diamond.",
                 "A pink diamond set the previous record at Sotheby's in Zurich in 2019.", models) == ["entity"]
    deaths = "Figures from the health ministry showed 40 deaths in the first week of the outbreak."
    assert kinds(deaths, deaths.replace("ministry", "department"), models) == []
    assert kinds("The cuts fall mostly on the research team, a spokesperson for the company said.",
                 "The cuts fall mostly on the research team, co-founder Daniel Osei said.", models) == ["attribution"]
    assert kinds("The cuts fall mostly on the research team, a spokesperson for the company said.",
                 "The cuts fall mostly on the research team, spokeswoman Ama Boateng said.", models) == []
    assert kinds("The cuts fall mostly on the research team, a spokesperson for the company said.",
                 "The cuts fall mostly on the research team, Maria Lopez, who speaks for the company's founder, "
                 "said.", models) == []


def test_faithful_rewordings_stay_agreements(models: Models) -> None:
    hunters = "Its president said many of the association's members had found almost nothing this season."
    assert kinds(hunters, hunters.replace("almost nothing", "next to nothing"), models) == []
    sale = "The painting was bought by an anonymous telephone bidder after a ten-minute contest, the auctioneer said."
    assert kinds(sale, sale.replace("an anonymous telephone bidder", "a telephone bidder whose identity was not "
                                                                     "disclosed"), models) == []
    reservoir = "The manager said the reservoir was at 22% of capacity, "
    assert kinds(reservoir + "down from 57% a year ago.", reservoir + "35 percentage points lower than a year ago.",
                 models) == []
    assert kinds(reservoir + "down from 57% a year ago.", reservoir + "25 percentage points lower than a year ago.",
                 models) == ["number"]


def test_faithful_summaries_that_pack_two_sentences(models: Models) -> None:
    church = ("LYON, France - The basilica will reopen to worshippers on Sunday, Sept. 3, two years after a fire "
              "destroyed its roof, the culture ministry announced on Tuesday.\n\nThe fire broke out on July 14, "
              "2021.\n\n\"We are giving back a living building,\" the architect, Claire Dumas, said.\n\nArchbishop "
              "Paul Rivière said the first service would be a Mass of thanksgiving." + PAD)
    when = date(2023, 6, 21)
    for summary in ("The basilica, which lost its roof in a 2021 fire, will reopen for worship in September.",
                    "Claire Dumas said the basilica would be handed back as a living building when it reopens.",
                    "Archbishop Paul Rivière said the first service at the basilica, which reopens on Sept. 3, will "
                    "be a Mass of thanksgiving."):
        assert kinds_against(church, summary, models, when) == [], summary
    assert kinds_against(church, "Claire Dumas said the first service at the basilica, which reopens on Sept. 3, "
                                 "will be a Mass of thanksgiving.", models, when) == ["attribution"]
    rally = ("\"We will not be silenced,\" said Anja Berg, a lecturer in history, at Tuesday's rally. Marcus "
             "Lindqvist, chair of the faculty association, called for calm.")
    assert "attribution" in kinds_against(rally, "Faculty association chair Marcus Lindqvist said: \"We will not "
                                                 "be silenced.\"", models)
    assert kinds_against(PLANT, "The Paraná Water Board opened a treatment plant costing about US$400 million on "
                                "Thursday that will serve nearly half a million people.", models) == []
    fishing = ("PUERTO MONTT, Chile - Small-scale fishermen blocked the port on Monday to protest a 25 percent cut "
               "in the hake quota.\n\nThe fishermen's federation says the cut has been softened for large "
               "companies." + PAD)
    assert kinds_against(fishing, "Protesting a quarter cut in the hake quota that they say spares big firms, "
                                  "small-scale fishermen blocked the port on Monday.", models) == []
    wages = ("The strike ended on Friday after the company offered higher wages and a shorter working week, the "
             "union said." + PAD)
    assert kinds_against(wages, "The union said the strike ended after the company offered lower pay.",
                         models) == ["contradiction"]
    victim = "Police confirmed the victim was a 34-year-old teacher. They believe she was killed by someone she knew."
    found = kinds_against(victim + PAD, "Police suspect the victim, a 34-year-old teacher, was killed by someone she "
                                        "knew.", models)
    assert found.count("status") <= 1  # not "confirmed" / "suspect", each said of its own statement
