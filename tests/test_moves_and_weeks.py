"""One figure moved opposite ways in other words: "rose 6.2 percent" / "lost 6.2 percent", "rose 2.3%" / "was down
2.3%", "a 22 percent rise in property taxes" / "a 22 percent cut in property taxes"; and one thing moved opposite
ways by other figures ("jumped about 8 per cent" / "fell 3%"). A week an article names ("late last week") does not
date a day the other names ("on Sunday"), as a month does not."""

from __future__ import annotations

from datetime import date

from service.pipeline.run import Models
from tests.test_changed_details import dated_kinds_and_words
from tests.test_threats_reviews_opposites_and_ceilings import found


def test_a_figure_that_rose_and_one_that_was_lost_or_down(models: Models) -> None:
    assert found("Shares in Corvex rose 4.1 percent in Oslo trading on Monday.",
                 "Corvex stock lost 4.1 percent in Oslo on Monday.", models) == [
        ("contradiction", "rose 4.1 percent", "lost 4.1 percent")]
    assert found("Shares of the Denver-based chain rose 1.7% in afternoon trading.",
                 "The Denver-based chain's stock was down 1.7% in afternoon trade.", models) == [
        ("contradiction", "rose", "down")]  # in its shortest words, as "rose" / "fallen"


def test_a_rise_and_a_cut_named_by_nouns(models: Models) -> None:
    assert found("Residents were angered by a 15 percent rise in water charges, the campaign's organiser said.",
                 "Residents were angered by a 15 percent cut in water charges, the campaign's organiser said.",
                 models) == [("contradiction", "15 percent rise", "15 percent cut")]
    # moves of two things
    assert found("Residents were angered by a 15 percent rise in water charges, the campaign's organiser said.",
                 "Residents were angered by a 15 percent cut in library staff, the campaign's organiser said.",
                 models) == []


def test_each_figure_moved_its_own_way_on_both_sides(models: Models) -> None:
    assert found("Exports were down 3% in May while imports rose 3%, the statistics office said.",
                 "Imports rose 3% in May and exports were down 3%, the statistics office said.", models) == []


def test_a_week_does_not_date_a_day(models: Models) -> None:
    tuesday = date(2023, 10, 3)
    assert [kind for kind, _, _ in dated_kinds_and_words(
        "Dockers at Port Avel walked out on Monday, halting container traffic after pay talks failed late last week.",
        "Container traffic at Port Avel stopped on Sunday as dockers walked out after pay talks failed late last week.",
        models, tuesday)] == ["date"]
    assert dated_kinds_and_words(
        "Dockers at Port Avel walked out on Monday, halting container traffic after pay talks failed late last week.",
        "Container traffic at Port Avel stopped on Monday as dockers walked out after pay talks failed late last week.",
        models, tuesday) == []


def test_one_thing_moved_the_other_way_by_another_figure(models: Models) -> None:
    kinds = [kind for kind, _, _ in found("Tessor's shares jumped about 8 per cent in extended trading on Tuesday.",
                                          "Tessor's shares fell 3% in after-hours trading on Tuesday.", models)]
    assert "contradiction" in kinds


def test_moves_of_two_periods_or_two_things(models: Models) -> None:
    assert found("Shares in Corvex rose 5% on Monday, recovering some of Friday's 8% drop.",
                 "Shares in Corvex fell 8% on Friday after the profit warning.", models) == []
    assert found("Shares in Corvex lost 4.1 percent on Monday.",
                 "Shares in Corvex rose 4.1 percent on Tuesday after losing 4.1 percent on Monday.", models) == []
    assert "contradiction" not in [kind for kind, _, _ in found("Revenue at Corvex rose 5% in the quarter.",
                                                                "Corvex's operating costs fell 2% in the quarter.",
                                                                models)]
