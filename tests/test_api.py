"""The v1 contract over HTTP, and a clear 4xx naming the field for every kind of bad input."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from service.config import Settings
from service.main import create_app
from service.pipeline.run import Models

SHORT = "Zelensky met Starmer in London on Saturday. They agreed a £2.26 billion loan."
OTHER = "Zelenskyy met Keir Starmer in London on Saturday. They agreed a £1.6 billion loan."


def articles(*texts: str, **extra: Any) -> list[dict[str, Any]]:
    return [{"source": f"Outlet {i}", "text": t, **extra} for i, t in enumerate(texts)]


def assert_error(response: Any, status: int, field: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["status"] == status
    assert error["message"]
    assert any(d["field"] == field for d in error["details"]), error["details"]
    return error


def test_create_returns_201_location_and_contract_body(client: TestClient) -> None:
    response = client.post("/v1/comparisons", json={"articles": articles(SHORT, OTHER)})
    assert response.status_code == 201
    body = response.json()
    assert response.headers["location"] == f"/v1/comparisons/{body['id']}"
    assert body["id"].startswith("cmp_")
    assert [a["id"] for a in body["articles"]] == ["a1", "a2"]
    assert set(body["summary"]) >= {"claims", "groups", "agreements", "divergences", "unique"}
    assert client.get(response.headers["location"]).json() == body


def test_a_different_amount_is_a_number_divergence_with_verbatim_evidence(client: TestClient) -> None:
    body = client.post("/v1/comparisons", json={"articles": articles(SHORT, OTHER)}).json()
    divergences = [d for g in body["groups"] for p in g["pairs"] for d in p["divergences"]]
    assert {"kind": "number", "a": "£2.26 billion", "b": "£1.6 billion"} in [
        {k: d[k] for k in ("kind", "a", "b")} for d in divergences
    ]
    assert body["summary"]["divergences"] >= 1


def test_ids_are_kept_and_published_at_echoed(client: TestClient) -> None:
    payload = {"articles": [
        {"id": "abc-0303", "source": "ABC", "text": SHORT, "published_at": "2025-03-03", "title": "T", "url": "u"},
        {"id": "d-0302", "source": "D", "text": OTHER, "published_at": "2025-03-02T10:00:00+00:00"},
    ]}
    body = client.post("/v1/comparisons", json=payload).json()
    assert body["articles"][0] == {"id": "abc-0303", "source": "ABC", "title": "T", "url": "u",
                                   "published_at": "2025-03-03"}
    assert body["articles"][1]["published_at"] == "2025-03-02T10:00:00+00:00"
    assert body["claims"][0]["id"] == "abc-0303:1"


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"articles": articles(SHORT)}, "articles"),
        ({"articles": []}, "articles"),
        ({}, "articles"),
        ({"articles": articles(SHORT, "")}, "articles[1].text"),
        ({"articles": articles(SHORT, "   \n ")}, "articles[1].text"),
        ({"articles": [{"source": "A", "text": SHORT, "id": "x"}, {"source": "B", "text": OTHER, "id": "x"}]},
         "articles[1].id"),
        ({"articles": [{"text": SHORT}, {"source": "B", "text": OTHER}]}, "articles[0].source"),
        ({"articles": [{"source": "A", "text": 5}, {"source": "B", "text": OTHER}]}, "articles[0].text"),
        ({"articles": "two articles"}, "articles"),
        ({"articles": articles(SHORT, OTHER, published_at="last Tuesday")}, "articles[0].published_at"),
        ({"articles": articles(SHORT, OTHER, published_at="2025-02-30")}, "articles[0].published_at"),
        ({"articles": [{"source": "A", "text": SHORT, "id": "bad id!"}, {"source": "B", "text": OTHER}]},
         "articles[0].id"),
        ({"articles": articles(SHORT, OTHER), "options": {"match_threshold": 2}}, "options.match_threshold"),
        ({"articles": articles(SHORT, OTHER), "options": {"colour": "red"}}, "options.colour"),
    ],
)
def test_bad_input_is_a_422_naming_the_field(client: TestClient, payload: dict[str, Any], field: str) -> None:
    error = assert_error(client.post("/v1/comparisons", json=payload), 422, field)
    assert error["code"] == "invalid_request"


def test_duplicate_ids_name_both_articles(client: TestClient) -> None:
    payload = {"articles": [{"source": "A", "text": SHORT, "id": "x"}, {"source": "B", "text": OTHER, "id": "x"}]}
    error = client.post("/v1/comparisons", json=payload).json()["error"]
    assert error["details"][0]["field"] == "articles[1].id"
    assert error["details"][0]["message"] == "'x' repeats articles[0].id; ids must be unique"


def test_body_that_is_not_json_or_not_utf8(client: TestClient) -> None:
    headers = {"content-type": "application/json"}
    assert_error(client.post("/v1/comparisons", content=b"{not json", headers=headers), 422, "body")
    response = client.post("/v1/comparisons", content='{"articles": "é"}'.encode("latin-1"), headers=headers)
    assert 400 <= response.status_code < 500
    assert response.json()["error"]["details"][0]["field"] == "body"


def test_limits_are_enforced_with_4xx(settings: Settings, models: Models) -> None:
    small = settings.model_copy(update={"max_articles": 3, "max_article_chars": 200, "max_body_bytes": 2_000})
    with TestClient(create_app(small, models)) as client:
        assert_error(client.post("/v1/comparisons", json={"articles": articles(SHORT, OTHER, SHORT, OTHER)}),
                     422, "articles")
        assert_error(client.post("/v1/comparisons", json={"articles": articles(SHORT, "x" * 300)}),
                     413, "articles[1].text")
        assert_error(client.post("/v1/comparisons", json={"articles": articles("y" * 1500, "x" * 1500)}),
                     413, "body")
        stored_before = client.app.state.store.count()  # type: ignore[attr-defined]
        assert client.post("/v1/comparisons", json={"articles": articles(SHORT)}).status_code == 422
        assert client.app.state.store.count() == stored_before  # type: ignore[attr-defined]


def test_unknown_comparison_is_404_with_the_error_shape(client: TestClient) -> None:
    error = assert_error(client.get("/v1/comparisons/cmp_unknown"), 404, "comparison_id")
    assert error["code"] == "not_found"


def test_health_readiness_and_info(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ready"}
    info = client.get("/v1/info").json()
    assert info["service"] == "claim-compare"
    names = [m["name"] for m in info["models"]]
    assert any("all-MiniLM-L6-v2" in name for name in names)
    assert all(m["version"] for m in info["models"])
    assert 0 < info["thresholds"]["match_threshold"] < 1
    assert info["limits"]["max_articles"] >= 2


def test_saturated_service_answers_503_with_retry_after(client: TestClient) -> None:
    limiter = client.app.state.engine.limiter  # type: ignore[attr-defined]
    saved = limiter._capacity
    limiter._capacity = 0
    try:
        response = client.post("/v1/comparisons", json={"articles": articles(SHORT, OTHER)})
    finally:
        limiter._capacity = saved
    assert response.status_code == 503
    assert response.headers["retry-after"]
    assert response.json()["error"]["code"] == "busy"


@pytest.mark.parametrize("text", ["\u200b\u200b\u200b", "\ufeff", "“”", "🙂🙂"])
def test_text_without_words_is_rejected(client: TestClient, text: str) -> None:
    assert_error(client.post("/v1/comparisons", json={"articles": articles(SHORT, text)}), 422, "articles[1].text")


def test_an_article_repeating_one_sentence_stays_cheap(client: TestClient) -> None:
    import time

    started = time.perf_counter()
    response = client.post("/v1/comparisons", json={"articles": articles("Ab cd. " * 1200, "Ab cd. " * 1200)})
    assert response.status_code == 201
    body = response.json()
    assert max(len(g["claim_ids"]) for g in body["groups"]) <= 4
    assert time.perf_counter() - started < 20  # quadratic before: 55 s and 1.4 million pairs in one group
