"""A bounded schemathesis run over the OpenAPI schema: whatever it sends, the service never answers 5xx."""

from __future__ import annotations

from typing import Any

import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings


def test_no_generated_request_gets_a_server_error(client: TestClient) -> None:
    # `client` has run the lifespan, so the models are loaded for the requests schemathesis makes.
    schema = schemathesis.openapi.from_asgi("/openapi.json", client.app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/v1/comparisons", "/v1/comparisons/{comparison_id}", "/v1/info"}
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        def call(case: Any) -> None:
            response = case.call()
            assert response.status_code < 500, (
                f"{case.method} {case.path} {case.body!r:.300} -> {response.status_code}: {response.text[:300]}"
            )
            if response.status_code >= 400 and response.headers.get("content-type") == "application/json":
                assert response.json()["error"]["message"]

        call()
