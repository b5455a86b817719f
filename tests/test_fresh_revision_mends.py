"""Mends from a fresh set of revision cases written this session by a helper who saw no code: winner and loser the
other way round ("India beat New Zealand" / "New Zealand defeated India") and two names that swapped places in one
sentence ("ordered Hanul to pay ... to Daeyang" / "ordered Daeyang to pay ... to Hanul"), "grew" / "shrank", a
city-state against another country's capital in the same words ("in Singapore" / "in Kuala Lumpur"), homes and
households, an act weighed against one agreed, and "cut by" / "go up by"."""

from __future__ import annotations

from service.pipeline.run import Models
from tests.test_threats_reviews_opposites_and_ceilings import found


def test_winner_and_loser_the_other_way_round(models: Models) -> None:
    assert found("Independent candidate Milena Kovac defeated incumbent mayor Goran Lukic in Sunday's runoff.",
                 "Incumbent mayor Goran Lukic beat independent challenger Milena Kovac in Sunday's runoff.",
                 models) == [("contradiction", "Milena Kovac defeated incumbent mayor Goran Lukic",
                              "Goran Lukic beat independent challenger Milena Kovac")]
    assert [kind for kind, _, _ in found("Carlos Alcaraz beat Jannik Sinner in four sets on Sunday.",
                                         "Carlos Alcaraz lost to Jannik Sinner in four sets on Sunday.", models)] == [
        "contradiction"]


def test_one_winner_told_two_ways(models: Models) -> None:
    assert found("Carlos Alcaraz beat Jannik Sinner in four sets on Sunday.",
                 "Jannik Sinner was beaten by Carlos Alcaraz in four sets on Sunday.", models) == []
    # a claim that tells both results (a rematch) gives no one contest
    assert found("Carlos Alcaraz beat Jannik Sinner in May, and Jannik Sinner beat Carlos Alcaraz in June.",
                 "Jannik Sinner beat Carlos Alcaraz in June after losing to him in May.", models) == []


def test_grew_against_shrank(models: Models) -> None:
    assert found("Hospital waiting lists in Wales grew for the third month in a row in June, figures showed.",
                 "Hospital waiting lists in Wales shrank for the third month in a row in June, figures showed.",
                 models) == [("contradiction", "grew", "shrank")]


def test_a_city_state_against_another_countrys_capital(models: Models) -> None:
    assert found("Dutch payments firm Klarwerk said it would open its first Asian office in Singapore next year.",
                 "Dutch payments firm Klarwerk said it would open its first Asian office in Kuala Lumpur next year.",
                 models) == [("entity", "Singapore", "Kuala Lumpur")]
    # a capital in its own country is no swap
    assert found("Klarwerk said it would open its first Asian office in Malaysia next year.",
                 "Klarwerk said it would open its first Asian office in Kuala Lumpur next year.", models) == []


def test_an_act_weighed_against_one_agreed_or_planned(models: Models) -> None:
    assert [kind for kind, _, _ in found(
        "Canadian grocer Halden Markets is in talks to buy regional rival Prairie Foods for about C$900 million.",
        "Halden Markets has agreed to acquire regional rival Prairie Foods for about C$900 million.", models)] == [
        "status"]
    assert [kind for kind, _, _ in found(
        "The park authority said it was considering closing the car parks at Hollin Tarn if the drought continued.",
        "The car parks at Hollin Tarn will be closed if the drought continues, the park authority said.", models)] == [
        "status"]
    assert found("Halden Markets is considering buying regional rival Prairie Foods for about C$900 million.",
                 "Halden Markets is in talks to buy regional rival Prairie Foods for about C$900 million.",
                 models) == []


def test_homes_and_households_counted_alike(models: Models) -> None:
    assert found("The earthquake cut power to around 9,000 homes on Hokkaido, the agency said.",
                 "Roughly 19,000 households on Hokkaido lost power after the earthquake, the agency said.", models) == [
        ("number", "9,000 homes", "19,000 households")]
    assert found("The earthquake cut power to around 9,000 homes on Hokkaido, the agency said.",
                 "Roughly 9,000 households on Hokkaido lost power after the earthquake, the agency said.", models) == []


def test_a_fare_cut_against_one_that_goes_up(models: Models) -> None:
    assert found("Bus fares in Cali will be cut by 300 pesos from March 1, the transport authority said.",
                 "The bus fare in Cali will go up by 300 pesos from March 1, the transport authority said.",
                 models) == [("contradiction", "cut by 300 pesos", "go up by 300 pesos")]


def test_an_act_weighed_against_one_only_sought_or_expected(models: Models) -> None:
    assert found("Halden Markets is in talks to buy Prairie Foods, people familiar with the matter said.",
                 "Halden Markets is seeking to buy Prairie Foods, people familiar with the matter said.", models) == []
    assert found("The central bank is considering cutting rates in September.",
                 "The central bank is expected to cut rates in September, analysts said.", models) == []


def test_two_names_that_swapped_places_in_one_sentence(models: Models) -> None:
    assert found("A court ordered Hanul Electronics to pay 3.2 billion won to Daeyang Parts for breaching a contract.",
                 "A court ordered Daeyang Parts to pay 3.2 billion won to Hanul Electronics for breaching a contract.",
                 models) == [("contradiction", "Hanul Electronics to pay 3.2 billion won to Daeyang Parts",
                              "Daeyang Parts to pay 3.2 billion won to Hanul Electronics")]
    assert found("Germany will send tanks to Poland next month.", "Poland will send tanks to Germany next month.",
                 models) == [("contradiction", "Germany will send tanks to Poland",
                              "Poland will send tanks to Germany")]


def test_names_that_stand_together_either_way(models: Models) -> None:
    assert found("Talks between France and Germany resumed on Monday.",
                 "Talks between Germany and France resumed on Monday.", models) == []
    assert found("Trump met Zelensky at the White House on Friday.",
                 "Zelensky met Trump at the White House on Friday.", models) == []
    assert found("Leaders from France, Germany and Italy met in Rome.",
                 "Leaders from Germany, France and Italy met in Rome.", models) == []
