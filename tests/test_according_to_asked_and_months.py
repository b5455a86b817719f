"""A source named by a common noun after "according to" ("according to the RMT union") is a speaker, and a
government agency is a kind of body of its own; a month opening a sentence ("In March, ...") is a date; a thing
asked for in one copy and granted in the other ("had requested" / "had received 300 million euros") is a status."""

from __future__ import annotations

from datetime import date

from service.pipeline.run import Models, compare_articles
from service.pipeline.types import Article
from tests.test_divergences import THRESHOLDS
from tests.test_threats_reviews_opposites_and_ceilings import found


def dated(first: str, second: str, models: Models) -> list[tuple[str, str, str]]:
    published = date(2024, 2, 1)
    articles = [Article("a", "A", first, published), Article("b", "B", second, published)]
    comparison = compare_articles(articles, models, THRESHOLDS)
    return [(d.kind, d.a, d.b) for group in comparison.groups for pair in group.pairs for d in pair.divergences]


def test_a_source_after_according_to_is_a_speaker(models: Models) -> None:
    assert found(
        "The strike is the first on the route since 2014, according to the Scottish government's transport agency.",
        "The strike is the first on the route since 2014, according to the RMT union.",
        models,
    ) == [("attribution", "the Scottish government's transport agency", "the RMT union")]


def test_a_department_may_be_the_body_the_other_names(models: Models) -> None:
    assert found("The fire department said the blaze was brought under control by midnight.",
                 "Firefighters said the blaze was brought under control by midnight.", models) == []
    assert found("Russia's defence ministry said its forces had shot down 12 drones overnight.",
                 "Russia's military said its forces had shot down 12 drones overnight.", models) == []


def test_one_source_named_two_ways_is_no_other_speaker(models: Models) -> None:
    assert found("Sales fell 7% in the quarter, according to the company.",
                 "Sales fell 7% in the quarter, the firm said.", models) == []
    assert found("Two people were injured, according to police.", "Two people were injured, police said.",
                 models) == []


def test_a_month_opening_a_sentence_is_a_date(models: Models) -> None:
    assert dated("In March, the firm sold 3,000 cars in Norway.", "In April, the firm sold 3,000 cars in Norway.",
                 models) == [("date", "March", "April")]
    assert dated("Talks between May and Juncker ended without a deal.",
                 "Talks between May and Juncker ended without an agreement.", models) == []


def test_a_thing_asked_for_against_the_thing_granted_is_a_status(models: Models) -> None:
    assert found("The regional government said it had requested 300 million euros in emergency aid from Madrid.",
                 "The regional government said it had received 300 million euros in emergency aid from Madrid.",
                 models) == [("status", "requested", "received")]
    assert found("The board recommended a dividend of 12 cents.", "The board approved a dividend of 12 cents.",
                 models) == [("status", "recommended", "approved")]


def test_asking_in_other_words_is_no_status(models: Models) -> None:
    assert found("The mayor proposed a new tax on tourists.", "The mayor put forward a new tax on tourists.",
                 models) == []
    assert found("Residents asked for more police patrols.", "Residents called for more police patrols.",
                 models) == []
    assert found("The club requested a postponement of the match.", "The club sought a postponement of the match.",
                 models) == []
    assert found("The retailer filed for bankruptcy protection on Monday.",
                 "The retailer sought bankruptcy protection on Monday.", models) == []
    assert found("Senator Smith introduced a bill to ban the sale of vapes to under-21s.",
                 "Senator Smith proposed a bill to ban the sale of vapes to under-21s.", models) == []
