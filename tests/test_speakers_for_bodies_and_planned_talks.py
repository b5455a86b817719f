"""Details the twenty-third session's second probe rounds showed, with the real models: acts possible by a time to
come, names as written, and faithful summaries that must stay agreements (a spokesperson for the
body a summary credits, nationalities joined by a dash, an act denied only in its manner, a titled name after a
place)."""

from __future__ import annotations

from service.pipeline.run import Models
from tests.test_edited_copies import kinds_of as kinds
from tests.test_summaries import PAD, kinds_against

FERRY = ("PUNTA ARENAS, Chile - Ferry crews walked off the job on Wednesday, cutting the main link for about 4,200 "
         "residents, after contract talks broke down over a demand for a 9 percent pay increase.\n\nRegional "
         "delegate Ana Soto said the government would ask the Labour Directorate to mediate and that talks could "
         "resume as early as Monday." + PAD)


def test_acts_planned_by_a_time_to_come_are_possible(models: Models) -> None:
    assert kinds_against(FERRY, "Ferry crews walked off the job on Wednesday after contract talks broke down over "
                                "pay; talks could resume as early as Monday with the Labour Directorate mediating.",
                         models) == []
    assert kinds("Officials said the bridge could reopen as early as Monday.",
                 "Officials said the bridge had reopened on Monday.", models) == ["status"]


def test_opposites_kept_and_names_as_written(models: Models) -> None:
    assert kinds("The council approved the plan to build 200 homes on the former factory site on Tuesday.",
                 "Plans for 200 new homes on the former factory site were rejected by councillors on Tuesday.",
                 models) == ["contradiction"]
    assert kinds("Ford and UAW president Shawn Fain announced a tentative deal on Wednesday, ending the strike.",
                 "Ford announced a tentative deal on Wednesday, ending the strike.", models) == []
    assert kinds("Infections are dangerous for pregnant women, the CDC said.",
                 "According to the Centers for Disease Control and Prevention, infections are dangerous for pregnant "
                 "women.", models) == []


def test_faithful_summaries_of_speakers_for_bodies(models: Models) -> None:
    drugs = ("JOHANNESBURG - The Competition Commission said on Wednesday it had opened an investigation into three "
             "drug makers, Veltrion Pharma among them, over cancer medicine prices.\n\nAnja Richter, a spokesperson "
             "for Veltrion, said the "
             "company would cooperate fully with the investigation and that its prices \"reflect the considerable "
             "cost of research and development.\"" + PAD)
    assert kinds_against(drugs, "Veltrion Pharma, one of the drug makers under investigation, said it would "
                                "cooperate fully and that its prices reflect research and development costs.",
                         models) == []
    wage = ("HALIFAX - Nova Scotia will raise its minimum wage to $16.15 an hour on October 1, Labour Minister Gordon "
            "Leblanc announced on Wednesday." + PAD)
    assert kinds_against(wage, "Nova Scotia Labour Minister Gordon Leblanc announced that the minimum wage will rise "
                               "to $16.15 an hour on October 1.", models) == []
    talks = ("Trump said he liked the idea of a ceasefire, but that they could work on a peace deal while the fighting "
             "continued. Later, Macron and Merz pushed back on that suggestion. \"I can't imagine that the next "
             "meeting would take place without a ceasefire,\" Merz said.")
    assert "attribution" in kinds_against(talks + PAD, "Trump said a deal could be worked on while fighting "
                                                       "continued, but Macron pushed back, saying he could not "
                                                       "imagine the next meeting without a ceasefire.", models)
    ward = ("Health Minister Ana Ruiz said the hospital's maternity ward would close in March. Union leader Tom Baker "
            "said the closure of the maternity ward had been decided without consulting staff.")
    assert "attribution" in kinds_against(ward, "Union leader Tom Baker said the hospital's maternity ward would "
                                                "close in March.", models)


def test_faithful_summaries_with_joined_nationalities_and_manners_denied(models: Models) -> None:
    port = ("PUNTA ARENAS, Chile - The port authority awarded a $48 million dredging contract to a consortium led by "
            "the Dutch firm Noordzee.\n\nThe consortium includes the Chilean builder Constructora Austral." + PAD)
    assert kinds_against(port, "A $48 million dredging contract went to a Dutch-Chilean consortium.", models) == []
    fire = ("VERNON, British Columbia - The wildfire was started by sparks from a trailer chain dragging on the "
            "highway, the wildfire service said." + PAD)
    assert kinds_against(fire, "The wildfire service said investigators found no sign that anyone deliberately "
                               "started the wildfire, which was sparked by a dragging trailer chain.", models) == []
