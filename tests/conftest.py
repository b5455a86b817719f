"""Shared fixtures: the real models, loaded once per test session, and an app over a temporary store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from service.config import Settings
from service.examples import corpus
from service.main import create_app
from service.pipeline.run import Models, load_models


@pytest.fixture(scope="session")
def models() -> Models:
    return load_models()


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("data")


@pytest.fixture(scope="session")
def settings(data_dir: Path) -> Settings:
    return Settings(data_dir=data_dir)


@pytest.fixture(scope="module")
def client(settings: Settings, models: Models) -> Iterator[TestClient]:
    with TestClient(create_app(settings, models)) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def corpus_articles() -> list[dict[str, Any]]:
    """The five ukraine-2025 articles as request articles (id, source, published_at, text)."""
    return [{k: v for k, v in article.items() if k != "file"} for article in corpus()]


@pytest.fixture(scope="session")
def corpus_comparison(settings: Settings, models: Models, corpus_articles: list[dict[str, Any]]) -> dict[str, Any]:
    """One comparison of all five corpus articles, shared by the tests that only read it."""
    with TestClient(create_app(settings, models)) as test_client:
        response = test_client.post("/v1/comparisons", json={"articles": corpus_articles})
    assert response.status_code == 201, response.text
    return response.json()
