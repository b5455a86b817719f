"""Invariants every response keeps, on the real corpus and on generated inputs."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.api.schemas import ComparisonOut


def check_invariants(request_articles: list[dict[str, Any]], body: dict[str, Any]) -> None:
    ComparisonOut.model_validate(body)
    texts = {a["id"]: request_articles[i]["text"] for i, a in enumerate(body["articles"])}
    claims = {c["id"]: c for c in body["claims"]}
    for claim in body["claims"]:
        assert texts[claim["article_id"]][claim["start"] : claim["end"]] == claim["text"]
    grouped: list[str] = []
    for group in body["groups"]:
        assert len({claims[c]["article_id"] for c in group["claim_ids"]}) >= 2
        grouped += group["claim_ids"]
        diverges = any(p["relation"] == "divergence" for p in group["pairs"])
        assert group["status"] == ("divergence" if diverges else "agreement")
        for pair in group["pairs"]:
            first, second = (claims[c]["text"] for c in pair["claim_ids"])
            assert (pair["relation"] == "divergence") == bool(pair["divergences"])
            for divergence in pair["divergences"]:
                assert divergence["a"] in first and divergence["b"] in second
    assert len(grouped) == len(set(grouped)), "a claim is in at most one group"
    unique = [u["claim_id"] for u in body["unique"]]
    assert not set(unique) & set(grouped)
    assert all(claims[c]["kind"] in ("claim", "quote") for c in unique), "no bylines, credits or captions"
    summary = body["summary"]
    assert summary["claims"] == len(body["claims"]) and summary["groups"] == len(body["groups"])
    assert summary["agreements"] + summary["divergences"] == summary["groups"]
    assert summary["unique"] == len(unique)


def test_corpus_comparison_keeps_every_invariant(
    corpus_articles: list[dict[str, Any]], corpus_comparison: dict[str, Any]
) -> None:
    check_invariants(corpus_articles, corpus_comparison)
    assert corpus_comparison["summary"]["groups"] >= 10
    kinds = {c["kind"] for c in corpus_comparison["claims"]}
    assert {"claim", "quote", "headline", "caption", "credit"} <= kinds


_SENTENCES = [
    "Zelensky met Starmer in London on Saturday.",
    "Zelenskyy met Keir Starmer in London on Sunday.",
    "The loan is worth £2.26 billion ($2.8 billion).",
    "The loan is worth $2.8bn.",
    "“We need peace, not endless war,” he added.",
    "He is slated to meet King Charles III.",
    "Zelensky also met King Charles III at Sandringham.",
    "U.S. officials said talks would resume at 5 p.m. He did not say where.",
    "Scott Olson/Getty Images",
    "LONDON -- The summit ended without a deal.",
]
_ARTICLE_TEXT = st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=6).map(" ".join) | st.lists(
    st.sampled_from(_SENTENCES), min_size=1, max_size=4
).map("\r\n\r\n".join)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(_ARTICLE_TEXT, min_size=2, max_size=4))
def test_generated_comparisons_keep_every_invariant(client: TestClient, texts: list[str]) -> None:
    request_articles = [{"source": f"S{i}", "text": t, "published_at": "2025-03-02"} for i, t in enumerate(texts)]
    response = client.post("/v1/comparisons", json={"articles": request_articles})
    assert response.status_code == 201, response.text
    check_invariants(request_articles, response.json())
