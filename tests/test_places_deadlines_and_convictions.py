"""Details the nineteenth session's probe rounds showed misread or missed, with the real models: places the tagger
calls something else, an act left open by "too early to", and, in summaries, joined place names, a month against
its day, a conviction the source never reports, a deadline still running, an open decision, a date of the saying, a
date of next year, an acquittal in other words, an official of a body, a charge reported by prosecutors, a
comparison made the other way and a claim that is only argued."""

from __future__ import annotations

from datetime import date

from service.pipeline.run import Models
from tests.test_edited_copies import kinds_of as kinds
from tests.test_summaries import PAD, kinds_against


def test_places_the_tagger_calls_otherwise_are_compared_as_places(models: Models) -> None:
    mine = ("The agency granted a permit for an open-pit lithium mine near the northern village of Vilar da Serra on "
            "Wednesday, clearing the biggest hurdle for the project.")
    assert kinds(mine, "On Wednesday the agency granted a permit for an open-pit lithium mine close to the northern "
                       "town of Boticas, clearing the project's biggest hurdle.", models) == ["entity"]
    gas = ("Vets across Ireland have begun rationing the anaesthetic gas after the main supplier halted production "
           "at a plant in Cork, the association said on Friday.")
    assert kinds(gas, "Vets around Ireland have started rationing the anaesthetic gas because the main supplier "
                      "stopped production at its Galway plant, the association said on Friday.", models) == ["entity"]


def test_too_early_to_rule_out_leaves_the_act_open(models: Models) -> None:
    early = ("Investigators believe the blast was most likely caused by grain dust but said it was too early to rule "
             "out other causes.")
    assert kinds(early, "Investigators think grain dust most likely caused the blast but have not ruled out other "
                        "causes.", models) == []
    silo = ("ROSARIO, Argentina - A grain silo exploded on Wednesday, killing three workers. " + early + PAD)
    assert "status" in kinds_against(silo, "Investigators think grain dust most likely caused the silo blast and have "
                                           "ruled out other causes.", models)


def test_summaries_that_name_places_and_times_as_the_source_does(models: Models) -> None:
    rail = ("LISBON - The government on Thursday chose a coastal route through Leiria for the planned high-speed "
            "railway between Lisbon and Porto, rejecting an inland route via Santarem that would have been cheaper "
            "but slower. The coastal option will cost about 700 million euros more than the inland one." + PAD)
    assert kinds_against(rail, "The government chose a coastal route through Leiria for the Lisbon-Porto "
                               "high-speed railway, about 700 million euros more expensive than the rejected "
                               "inland option.", models) == []
    prison = ("PERTH - An inquiry has found that understaffing allowed a riot to spread at Kalgarra prison. Only 11 "
              "officers were on duty at the prison on the night of Jan. 22, when inmates broke out of their cells."
              + PAD)
    assert kinds_against(prison, "Understaffing let a riot spread at Kalgarra prison in January, an inquiry found.",
                         models, published_at=date(2022, 6, 9)) == []
    canal = ("PANAMA CITY - The Panama Canal Authority said on Wednesday it would raise tolls for container ships by "
             "an average of 8% from January 1. Canal administrator Ricardo Montenegro said the rise would help pay "
             "for a new reservoir." + PAD)
    assert kinds_against(canal, "The Panama Canal will raise tolls for container ships by an average of 8% next "
                                "year to help pay for a new reservoir.", models, published_at=date(2024, 10, 30)) == []
    assert kinds_against(canal, "Canal administrator Ricardo Montenegro said a toll rise for container ships would "
                                "help pay for a new reservoir.", models, published_at=date(2024, 10, 30)) == []


def test_summaries_that_report_a_trial_or_an_appeal_as_the_source_does(models: Models) -> None:
    trial = ("BOSTON - Two former executives of drugmaker Carverin bribed doctors with more than $4.3 million in "
             "sham speaking fees, federal prosecutors told jurors on Tuesday as the pair's trial opened. Both have "
             "pleaded not guilty. If convicted, they face up to 10 years in prison." + PAD)
    accused = ("Two former Carverin executives went on trial on Tuesday accused of bribing doctors with more than "
               "$4.3 million in sham speaking fees.")
    assert kinds_against(trial, accused, models) == []
    assert "status" in kinds_against(trial, "Two former Carverin executives were found guilty on Tuesday of bribing "
                                            "doctors with more than $4.3 million in sham speaking fees.", models)
    court = ("SEVILLE - A Spanish court on Wednesday acquitted Francisco Ruiz, the mayor of Villaverde, of taking "
             "bribes for building permits. The prosecutor's office said it was studying the ruling and had 10 days "
             "to decide whether to appeal." + PAD)
    assert kinds_against(court, "A Spanish court cleared Villaverde's mayor, Francisco Ruiz, of bribery charges "
                                "over building permits.", models) == []
    assert "status" in kinds_against(court, "A Spanish court acquitted Villaverde's mayor, Francisco Ruiz, of taking "
                                            "bribes, and prosecutors have appealed the ruling.", models)
    club = ("LONDON - Halbury Athletic were deducted 12 points on Monday for breaching the league's financial rules. "
            "The club has 14 days to lodge its appeal." + PAD)
    assert "status" in kinds_against(club, "Halbury Athletic were deducted 12 points for breaching the league's "
                                           "financial rules and the club has lodged an appeal.", models)


def test_a_runner_who_would_appeal_has_not_appealed(models: Models) -> None:
    ban = ("NAIROBI - Kenyan marathon runner Peter Chebet has been banned for four years after testing positive for "
           "EPO, the Athletics Integrity Unit said on Thursday. The unit said a tribunal had rejected Chebet's "
           "argument that the sample had been contaminated. His lawyer said the runner would appeal to the Court "
           "of Arbitration for Sport within the 30 days allowed." + PAD)
    assert kinds_against(ban, "Peter Chebet's lawyer said he would appeal his four-year EPO ban to the Court of "
                              "Arbitration for Sport, arguing that the sample was contaminated.", models) == []
    assert "status" in kinds_against(ban, "Kenyan marathon runner Peter Chebet, banned for four years after testing "
                                          "positive for EPO, has appealed the ban to the Court of Arbitration for "
                                          "Sport.", models)
