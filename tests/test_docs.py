"""The docs UI is a product surface: offline assets, a real example, described fields, a clean generated client."""

from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

_URL = re.compile(r"""(?:https?:)?//[A-Za-z0-9.-]+\.[A-Za-z]{2,}""")


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_docs_pages_load_every_asset_from_the_service(client: TestClient, page: str) -> None:
    response = client.get(page)
    assert response.status_code == 200
    html = response.text
    assert not _URL.findall(html), f"{page} names outside URLs: {_URL.findall(html)}"
    assets = re.findall(r"""(?:src|href)=["']([^"']+)["']""", html)
    assert assets, "the page loads its script and styles"
    for asset in assets:
        assert asset.startswith("/"), asset
        assert client.get(asset).status_code == 200, asset


def test_try_it_out_is_prefilled_with_a_real_example_that_gives_a_meaningful_answer(client: TestClient) -> None:
    operation = client.get("/openapi.json").json()["paths"]["/v1/comparisons"]["post"]
    examples = operation["requestBody"]["content"]["application/json"]["examples"]
    example = next(iter(examples.values()))["value"]
    assert len(example["articles"]) >= 2
    body = client.post("/v1/comparisons", json=example).json()
    kinds = {d["kind"] for g in body["groups"] for p in g["pairs"] for d in p["divergences"]}
    assert body["summary"]["groups"] >= 3
    assert {"status", "attribution"} <= kinds
    assert body["summary"]["unique"] >= 1


def _undocumented(schema: dict[str, Any]) -> list[str]:
    missing = []
    for name, component in schema["components"]["schemas"].items():
        for field, spec in component.get("properties", {}).items():
            if "description" not in spec and "$ref" not in spec and "allOf" not in spec:
                missing.append(f"{name}.{field}")
    return missing


def test_every_request_and_response_field_is_described(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert _undocumented(schema) == []
    for path in schema["paths"].values():
        for operation in path.values():
            assert operation.get("summary") and operation.get("description"), operation.get("operationId")


def test_operation_ids_are_readable(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    ids = {op["operationId"] for path in paths.values() for op in path.values()}
    assert {"create_comparison", "get_comparison", "get_info", "get_health", "get_readiness"} <= ids


def test_generated_python_client_is_clean_and_works(client: TestClient, tmp_path: Path) -> None:
    spec = tmp_path / "openapi.json"
    spec.write_text(client.get("/openapi.json").text, encoding="utf-8")
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    done = subprocess.run(
        [str(bin_dir / "openapi-python-client"), "generate", "--path", str(spec), "--output-path",
         str(tmp_path / "claim_compare_client"), "--meta", "none", "--fail-on-warning"],
        capture_output=True, text=True, env=env, timeout=300,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0 and "warning" not in output.lower(), output

    sys.path.insert(0, str(tmp_path))
    try:
        generated = importlib.import_module("claim_compare_client")
        create = importlib.import_module("claim_compare_client.api.comparisons.create_comparison")
        fetch = importlib.import_module("claim_compare_client.api.comparisons.get_comparison")
        models = importlib.import_module("claim_compare_client.models")
        api = generated.Client(base_url="http://testserver")
        api.set_httpx_client(client)
        request = models.ComparisonRequest.from_dict({"articles": [
            {"source": "A", "text": "Zelensky met Starmer in London on Saturday. The loan is £2.26 billion."},
            {"source": "B", "text": "Zelenskyy met Keir Starmer in London on Saturday. The loan is £1.6 billion."},
        ]})
        created = create.sync(client=api, body=request)
        assert isinstance(created, models.ComparisonOut)
        assert created.summary.divergences >= 1
        assert created.groups[0].pairs[0].divergences[0].kind.value == "number"
        again = fetch.sync(client=api, comparison_id=created.id)
        assert isinstance(again, models.ComparisonOut) and again.id == created.id
        missing = fetch.sync(client=api, comparison_id="cmp_missing")
        assert isinstance(missing, models.ErrorResponse) and missing.error.code == "not_found"
    finally:
        sys.path.remove(str(tmp_path))
        for name in [m for m in sys.modules if m.startswith("claim_compare_client")]:
            del sys.modules[name]
