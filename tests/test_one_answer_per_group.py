"""One answer per group: a figure or a date that two claims give alike conflicts with a third claim's in both
pairs, not in one only (a figure of the same thing: "Twelve officers were injured" gives none of "arrested 12
people"); each pair says whether it was aligned on its own wording; results and /v1/info name the version of the
comparison rules."""

from __future__ import annotations

from datetime import date

from fastapi.testclient import TestClient

from service.pipeline.consistency import held_alike
from service.pipeline.prepare import PIPELINE_VERSION
from service.pipeline.run import Models, compare_articles
from service.pipeline.types import Article, Claim, ClaimKind, DateMention, Divergence, Facts, PairResult, Span
from tests.test_divergences import THRESHOLDS


def kinds_by_articles(texts: list[str], models: Models) -> dict[tuple[str, str], list[str]]:
    """The divergence kinds of each compared pair, by the two articles' ids ("a", "b", ...)."""
    articles = [Article(chr(ord("a") + k), chr(ord("A") + k), text) for k, text in enumerate(texts)]
    comparison = compare_articles(articles, models, THRESHOLDS)
    return {(comparison.claims[p.a].article_id, comparison.claims[p.b].article_id): [d.kind for d in p.divergences]
            for g in comparison.groups for p in g.pairs}


def test_a_figure_given_alike_by_two_claims_conflicts_with_a_third_in_both_pairs(models: Models) -> None:
    assert kinds_by_articles([
        "Nordvik Telecom lost 45,000 mobile subscribers in the second quarter, mostly in Sweden.",
        "Nordvik Telecom lost 45,000 mobile customers during the second quarter.",
        "Nordvik Telecom's mobile subscriber numbers fell by 54,000 in the second quarter.",
    ], models) == {("a", "b"): [], ("a", "c"): ["number"], ("b", "c"): ["number"]}


def test_a_figure_of_another_thing_is_not_carried(models: Models) -> None:
    kinds = kinds_by_articles([
        "Police arrested 12 people after the march through central London on Saturday.",
        "Twelve officers were injured during the march through central London on Saturday.",
        "Police arrested 15 people after the march through central London on Saturday.",
    ], models)
    assert kinds.get(("b", "c"), []) == []
    assert kinds[("a", "c")] == ["number"]


def test_a_date_given_alike_is_carried_to_the_pair_that_missed_it() -> None:
    # plumbing: which pair gets the difference, from facts built by hand
    def on(day: int, text: str) -> Facts:
        return Facts(dates=(DateMention(Span(text, 0, len(text)), date(2025, 5, day), date(2025, 5, day).weekday()),))

    facts = [on(7, "on Wednesday"), on(7, "May 7"), on(6, "on Tuesday")]
    found = Divergence("date", "on Wednesday", "on Tuesday", "The dates differ.")
    pairs = [PairResult(0, 1, 0.9), PairResult(0, 2, 0.8, (found,)), PairResult(1, 2, 0.2, aligned=False)]
    claims = [Claim(f"c{k}", f"a{k}", k, f.dates[0].span.text, 0, 0, ClaimKind.CLAIM) for k, f in enumerate(facts)]
    carried = held_alike(pairs, claims, facts)
    assert [[(d.kind, d.a, d.b) for d in p.divergences] for p in carried] == [
        [], [("date", "on Wednesday", "on Tuesday")], [("date", "May 7", "on Tuesday")]]
    assert carried[2].divergences[0].explanation == (
        "The dates differ: 'May 7' against 'on Tuesday', as another pair of this group finds ('on Wednesday' "
        "against 'on Tuesday').")
    facts[1] = Facts(dates=facts[1].dates + facts[2].dates)  # the third's day said too: nothing to carry
    assert [p.divergences for p in held_alike(pairs, claims, facts)][2] == ()


def test_each_pair_says_whether_it_was_aligned_on_its_own_wording(client: TestClient) -> None:
    body = client.post("/v1/comparisons", json={"articles": [
        {"source": "A", "text": "Nordvik Telecom lost 45,000 mobile subscribers in the second quarter."},
        {"source": "B", "text": "Nordvik Telecom lost 45,000 mobile customers during the second quarter."},
    ]}).json()
    threshold = body["provenance"]["thresholds"]["match_threshold"]
    pairs = [p for g in body["groups"] for p in g["pairs"]]
    assert pairs and all(p["aligned"] is (p["similarity"] >= threshold) for p in pairs)
    assert client.get(f"/v1/comparisons/{body['id']}").json()["groups"] == body["groups"]


def test_results_and_info_name_the_pipeline_version(client: TestClient) -> None:
    body = client.post("/v1/comparisons", json={"articles": [
        {"source": "A", "text": "Skylark Airways cancelled 430 flights on Friday."},
        {"source": "B", "text": "Skylark Airways has cancelled 340 flights on Friday."},
    ]}).json()
    assert body["provenance"]["pipeline_version"] == PIPELINE_VERSION
    assert client.get("/v1/info").json()["pipeline_version"] == PIPELINE_VERSION
