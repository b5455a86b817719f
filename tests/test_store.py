"""Stored comparisons survive a restart of the app, byte for byte."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from service.config import Settings
from service.main import create_app
from service.pipeline.run import Models
from service.store.sqlite import ComparisonStore


def test_comparison_survives_an_app_restart(tmp_path: Path, models: Models) -> None:
    settings = Settings(data_dir=tmp_path / "store")
    payload = {"articles": [
        {"source": "A", "text": "Zelensky met Starmer in London on Saturday.", "published_at": "2025-03-02"},
        {"source": "B", "text": "Zelenskyy met Keir Starmer in London on Saturday.", "published_at": "2025-03-02"},
    ]}
    with TestClient(create_app(settings, models)) as first:
        created = first.post("/v1/comparisons", json=payload)
    assert created.status_code == 201
    with TestClient(create_app(settings, models)) as second:
        again = second.get(created.headers["location"])
    assert again.status_code == 200
    assert again.json() == created.json()


def test_store_uses_wal_and_never_overwrites(tmp_path: Path) -> None:
    store = ComparisonStore(tmp_path / "c.sqlite3")
    store.save({"id": "cmp_1", "created_at": "2025-03-03T00:00:00+00:00", "text": "é ✓"})
    with pytest.raises(sqlite3.IntegrityError):
        store.save({"id": "cmp_1", "created_at": "later", "text": "other"})
    assert store.get("cmp_1") == {"id": "cmp_1", "created_at": "2025-03-03T00:00:00+00:00", "text": "é ✓"}
    with sqlite3.connect(tmp_path / "c.sqlite3") as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
