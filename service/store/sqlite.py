"""Comparisons stored as JSON in SQLite (WAL mode), so they survive a restart."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS comparisons (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    body TEXT NOT NULL
)
"""


class ComparisonStore:
    """Each call opens its own connection: safe from any worker thread, and SQLite makes it cheap."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        with closing(self._connect()) as connection, connection:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=30)
        connection.execute("PRAGMA synchronous=NORMAL")
        return connection

    def save(self, body: dict[str, Any]) -> None:
        """Stores a comparison; an id is written once and never overwritten."""
        with closing(self._connect()) as connection, connection:
            connection.execute(
                "INSERT INTO comparisons (id, created_at, body) VALUES (?, ?, ?)",
                (body["id"], body["created_at"], json.dumps(body, ensure_ascii=False)),
            )

    def get(self, comparison_id: str) -> dict[str, Any] | None:
        with closing(self._connect()) as connection:
            row = connection.execute("SELECT body FROM comparisons WHERE id = ?", (comparison_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def count(self) -> int:
        with closing(self._connect()) as connection:
            return int(connection.execute("SELECT COUNT(*) FROM comparisons").fetchone()[0])
