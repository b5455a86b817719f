"""Edges an outside review found: a publication date at the calendar's ends, a body sent as another media type,
options given as strings or booleans, and a failure no handler knows (a JSON 500 that keeps the connection)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from fastapi.testclient import TestClient

from service.pipeline.dates import find_dates
from tests.test_api import OTHER, SHORT, articles, assert_error

DATED = ("Officials met on March 2 in London, as they did last week. They will meet again next week, on Sunday and "
         "tomorrow.")


@pytest.mark.parametrize("published_at", ["9999-12-31", "9999-07-10", "0001-01-01", "0001-01-07T10:00:00+00:00"])
def test_a_publication_date_at_the_calendars_ends_is_compared_not_a_500(client: TestClient,
                                                                       published_at: str) -> None:
    payload = {"articles": [{"source": "A", "text": DATED, "published_at": published_at},
                            {"source": "B", "text": DATED.replace("London", "Paris")}]}
    response = client.post("/v1/comparisons", json=payload)
    assert response.status_code == 201, response.text
    assert response.json()["articles"][0]["published_at"] == published_at


def test_dates_are_not_counted_from_the_calendars_ends() -> None:
    assert [d.day for d in find_dates("They met on Saturday.", date(1, 1, 1))] == [None]
    assert [d.day for d in find_dates("They met on Saturday.", date(2025, 3, 3))] == [date(2025, 3, 1)]


@pytest.mark.parametrize("content_type", ["text/plain", None])
def test_a_body_not_sent_as_json_is_a_415_naming_the_header(client: TestClient, content_type: str | None) -> None:
    headers = {"content-type": content_type} if content_type else {}
    body = json.dumps({"articles": articles(SHORT, OTHER)}).encode()
    error = assert_error(client.post("/v1/comparisons", content=body, headers=headers), 415, "Content-Type")
    assert error["code"] == "unsupported_media_type"
    assert "application/json" in error["message"]


@pytest.mark.parametrize(("options", "field"), [
    ({"max_event_gap_days": True}, "options.max_event_gap_days"),
    ({"max_event_gap_days": "21"}, "options.max_event_gap_days"),
    ({"match_threshold": "0.5"}, "options.match_threshold"),
])
def test_options_are_numbers_not_strings_or_booleans(client: TestClient, options: dict[str, Any], field: str) -> None:
    assert_error(client.post("/v1/comparisons", json={"articles": articles(SHORT, OTHER), "options": options}),
                 422, field)


def test_the_thresholds_a_result_reports_can_be_sent_back(client: TestClient) -> None:
    reported = client.get("/v1/info").json()["thresholds"]
    options = {"match_threshold": reported["match_threshold"], "max_event_gap_days": reported["max_event_gap_days"]}
    response = client.post("/v1/comparisons", json={"articles": articles(SHORT, OTHER), "options": options})
    assert response.status_code == 201, response.text


def test_a_threshold_of_0_still_keeps_events_weeks_apart_apart(client: TestClient) -> None:
    payload = {"articles": [
        {"source": "A", "text": "Putin met Trump in Alaska on Friday.", "published_at": "2025-03-01"},
        {"source": "B", "text": "Putin met Trump in Alaska on Saturday.", "published_at": "2025-06-01"},
    ], "options": {"match_threshold": 0}}
    assert client.post("/v1/comparisons", json=payload).json()["groups"] == []


def test_a_failure_no_handler_knows_is_a_json_500_and_not_raised_to_the_server(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = client.app.state.engine  # type: ignore[attr-defined]

    def fail(*_: Any, **__: Any) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(engine, "compare", fail)
    # The test client re-raises what reaches the server, as the server then drops the connection.
    response = client.post("/v1/comparisons", json={"articles": articles(SHORT, OTHER)})
    assert response.status_code == 500
    assert response.json()["error"]["code"] == "internal_error"
    assert "boom" not in response.text


def test_every_error_the_contract_names_is_documented_with_an_example(client: TestClient) -> None:
    post = client.get("/openapi.json").json()["paths"]["/v1/comparisons"]["post"]["responses"]
    for status in ("400", "413", "415", "422", "503"):
        example = post[status]["content"]["application/json"]["example"]
        assert example["error"]["status"] == int(status)
    fetch = client.get("/openapi.json").json()["paths"]["/v1/comparisons/{comparison_id}"]["get"]["responses"]
    assert fetch["422"]["content"]["application/json"]["example"]["error"]["details"][0]["field"] == (
        "path.comparison_id")
    info = client.get("/openapi.json").json()["paths"]["/v1/info"]["get"]["responses"]
    assert "loading" in info["503"]["content"]["application/json"]["example"]["error"]["message"]
