"""A summary against its source, with the real models: what a faithful summary may write without a divergence
(a capital for its government, an amount in short form, a plain word for the source's roundabout one), and an
error it must not get away with."""

from __future__ import annotations

from service.pipeline.run import Models, compare_articles
from service.pipeline.types import Article
from tests.test_divergences import THRESHOLDS

SOURCE = (
    "Ukrainian President Volodymyr Zelensky urged the United States to stand more firmly on Ukraine's side after "
    "a heated exchange with President Donald Trump at the White House on Friday. The meeting ended abruptly, "
    "preventing the signing of a rare earth minerals agreement. Trump has blindsided Europe by sending a "
    "delegation to Saudi Arabia for talks with Russia without including Ukraine or Europe. On Saturday, Zelensky "
    "met British Prime Minister Keir Starmer and announced a £2.26 billion loan agreement with the UK, with funds "
    "directed toward weapons production in Ukraine. Putin has not publicly committed to a three-way meeting, "
    "though Trump said he believed the Russian leader wanted to end the war."
)


def summary_kinds(summary: str, models: Models) -> list[str]:
    articles = [Article(id="source", source="S", text=SOURCE), Article(id="summary", source="T", text=summary)]
    comparison = compare_articles(articles, models, THRESHOLDS)
    return [d.kind for g in comparison.groups for p in g.pairs for d in p.divergences]


def test_a_faithful_summary_in_its_own_words_is_no_divergence(models: Models) -> None:
    assert summary_kinds(
        "Zelensky urged Washington to back Kyiv more firmly after clashing with Trump, whose envoys held Saudi "
        "talks with Russia that excluded Ukraine; the minerals deal was left unsigned.", models) == []
    assert summary_kinds(
        "Zelensky announced a £2.26bn UK loan for weapons production after meeting Starmer, while Putin has made "
        "no public commitment to a three-way meeting.", models) == []


def test_a_summary_that_changes_the_loan_diverges(models: Models) -> None:
    kinds = summary_kinds(
        "Zelensky announced a £2.8bn UK loan for weapons production after meeting Starmer, while Putin has made "
        "no public commitment to a three-way meeting.", models)
    assert "number" in kinds
