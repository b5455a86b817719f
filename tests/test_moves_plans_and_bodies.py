"""Details the twenty-first session's second probe rounds showed, with the real models: a figure moved the other
way beside another, plans worded as "must still be" or "in talks to", a body's officer named after "Its", and
summaries that triple a fine, name a place by its area, or say what a strike "will have" done."""

from __future__ import annotations

from service.pipeline.run import Models
from tests.test_edited_copies import kinds_of as kinds
from tests.test_summaries import PAD, kinds_against


def test_one_figure_moved_the_other_way_beside_another(models: Models) -> None:
    assert kinds("Shares in Hartwell's rose 11% in London trading, while FreshWay's fell 3%.",
                 "In London trading, Hartwell's stock gained 11% and FreshWay's stock climbed 3%.", models) == [
        "contradiction"]
    assert kinds("Shares in Hartwell rose 3% while FreshWay fell 3%.",
                 "FreshWay fell 3%, while shares in Hartwell rose 3%.", models) == []
    grants = "State lawmakers last month approved $12 million in grants to help farmers."
    assert kinds(grants, grants.replace("approved", "proposed"), models) == ["status"]


def test_plans_worded_as_still_to_be_done_or_in_talks(models: Models) -> None:
    deal = "The agreement must still be approved by EU fisheries ministers, who meet in Brussels next week."
    assert kinds(deal, deal.replace("must still be approved", "has been approved"), models) == ["status"]
    lease = "The group's chief executive, Sarah Whitcombe, said it was in talks to sell the lease to a hotel chain."
    assert kinds(lease, "Chief executive Sarah Whitcombe said the group had sold the lease to a hotel chain.",
                 models) == ["status"]
    window = "The thieves broke in through a ground-floor window at the rear of the building."
    assert kinds(window, window.replace("rear", "front"), models) == ["contradiction"]


def test_what_summaries_may_say_in_other_words(models: Models) -> None:
    fine = ("GOTHENBURG, Sweden - The city council voted on Tuesday to ban rental e-scooters from Sept. 1.\n\nThe "
            "fine for riding on pavements will rise from 500 kronor to 1,500 kronor." + PAD)
    assert kinds_against(fine, "The council banned rental e-scooters from Sept. 1, and the fine for riding on "
                               "pavements will triple to 1,500 kronor.", models) == []
    assert "number" in kinds_against(fine, "The council banned rental e-scooters from Sept. 1, and the fine for "
                                           "riding on pavements will double to 1,500 kronor.", models)
    plant = ("LIMERICK, Ireland - Drugmaker Halvora Pharma will close its plant in Castletroy, on the outskirts of "
             "Limerick, cutting about 430 jobs." + PAD)
    assert kinds_against(plant, "The closure of Halvora Pharma's Limerick-area plant will cost about 430 jobs.",
                         models) == []
    strike = ("SPOKANE, Wash. - Teachers will return to classrooms on Monday after union members voted to approve a "
              "contract, ending a strike that will have kept about 28,000 students out of school for nine days."
              + PAD)
    assert kinds_against(strike, "Teachers voted to approve a contract, ending a strike that kept about 28,000 "
                                 "students out of school.", models) == []


def test_speakers_named_by_their_body_or_place(models: Models) -> None:
    mines = ("LUSAKA, Zambia - Parliament raised the copper royalty rate to 8.5 percent on Thursday, a move the "
             "government says will raise $320 million a year but which mining companies warn will put new "
             "investment at risk.\n\nThe Chamber of Mines, which represents the largest producers, said the rate "
             "would make expansions uneconomic. Its president, Thomas Banda, said members were reviewing projects "
             "worth a combined $2.1 billion." + PAD)
    assert kinds_against(mines, "Parliament raised the copper royalty to 8.5 percent, and the Chamber of Mines said "
                                "its members were reviewing projects worth a combined $2.1 billion.", models) == []
    assert kinds_against(mines, "Parliament raised the copper royalty rate to 8.5 percent, which mining companies "
                                "warned puts new investment at risk.", models) == []
    drill = ("NAPIER, New Zealand - More than 23,000 people took part in a tsunami drill in Hawke's Bay on "
             "Wednesday.\n\nCivil Defence said about 87 percent of registered participants reported reaching a safe "
             "zone within 25 minutes." + PAD)
    assert kinds_against(drill, "About 87 percent of registered participants in Wednesday's Hawke's Bay tsunami "
                                "drill reported reaching a safe zone within 25 minutes.", models) == []


def test_what_the_review_of_these_rules_kept(models: Models) -> None:
    assert kinds("FreshWay shares fell 5% on Tuesday, the exchange said.",
                 "FreshWay shares, which jumped 5% last week, fell again on Tuesday, the exchange said.", models) == []
    assert kinds("FreshWay's shares dropped 3% on Tuesday, while Hartwell's jumped 11%, traders said.",
                 "FreshWay's shares jumped 3% on Tuesday, while Hartwell's dropped 11%, traders said.", models) == [
        "contradiction", "contradiction"]
    assert kinds("The prime minister will tell parliament on Tuesday that the troops are coming home.",
                 "The prime minister told parliament on Tuesday that the troops are coming home.", models) == [
        "status"]
    assert kinds("By 2030 the government will have built 20 new nuclear reactors, the energy minister said.",
                 "The government has built 20 new nuclear reactors, the energy minister said.", models) == ["status"]
    assert kinds_against("The National Union of Mineworkers, whose members are striking, met the Chamber of Mines "
                         "on Monday. Its president, Thomas Banda, said the strike would continue." + PAD,
                         "The Chamber of Mines said the strike would continue.", models) == ["attribution"]
    assert "number" in kinds_against("The fine for littering will be cut from 1,500 to 500 kronor next year, the "
                                     "council said." + PAD, "The littering fine will triple to 1,500 kronor next "
                                                            "year.", models)
