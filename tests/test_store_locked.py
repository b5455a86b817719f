"""The store locked by another process: a JSON 503 with Retry-After, not a 500, and nothing stored lost; the
article cache on the same file reads a lock as a miss."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from fastapi.testclient import TestClient

from service.config import Settings
from service.main import create_app
from service.pipeline.run import Models

ARTICLES = [
    {"id": "a", "source": "A", "text": "The council approved the new library budget of 4 million euros on Monday."},
    {"id": "b", "source": "B", "text": "On Monday the council approved a 4 million euro budget for the new library."},
]


def test_a_store_locked_by_another_process_answers_503_and_loses_nothing(tmp_path: Path, models: Models) -> None:
    settings = Settings(data_dir=tmp_path, store_busy_timeout_seconds=0.2)
    with TestClient(create_app(settings, models)) as client:
        first = client.post("/v1/comparisons", json={"articles": ARTICLES})
        assert first.status_code == 201, first.text
        saved = first.json()["id"]

        outsider = sqlite3.connect(settings.database_path, isolation_level=None)
        outsider.execute("BEGIN EXCLUSIVE")  # another process holding the write and read lock
        try:
            busy = client.post("/v1/comparisons", json={"articles": ARTICLES})
            assert busy.status_code == 503
            assert busy.headers["retry-after"] == "2"
            assert busy.json()["error"]["code"] == "busy"
            # readers of a WAL store go on while another process writes
            assert client.get(f"/v1/comparisons/{saved}").json() == first.json()
        finally:
            outsider.execute("ROLLBACK")
            outsider.close()

        assert client.get(f"/v1/comparisons/{saved}").json() == first.json()
        again = client.post("/v1/comparisons", json={"articles": ARTICLES})
        assert again.status_code == 201
        assert client.app.state.store.count() == 2  # type: ignore[attr-defined]
