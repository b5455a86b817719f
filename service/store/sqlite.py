"""Comparisons stored as JSON in SQLite (WAL mode), so they survive a restart."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS comparisons (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    body TEXT NOT NULL
)
"""


class StoreBusy(Exception):
    """Another process held the store's lock for longer than the service waits."""


class ComparisonStore:
    """Each call opens its own connection: safe from any worker thread, and SQLite makes it cheap. `busy_timeout`:
    how long a call waits for a lock another process holds before it gives up with StoreBusy."""

    def __init__(self, path: Path, busy_timeout: float = 30.0) -> None:
        self.path = path
        self.busy_timeout = busy_timeout
        path.parent.mkdir(parents=True, exist_ok=True)
        with _locks_as_busy(), closing(self._connect()) as connection, connection:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=self.busy_timeout)
        connection.execute("PRAGMA synchronous=NORMAL")
        return connection

    def save(self, body: dict[str, Any]) -> None:
        """Stores a comparison; an id is written once and never overwritten."""
        with _locks_as_busy(), closing(self._connect()) as connection, connection:
            connection.execute(
                "INSERT INTO comparisons (id, created_at, body) VALUES (?, ?, ?)",
                (body["id"], body["created_at"], json.dumps(body, ensure_ascii=False)),
            )

    def get(self, comparison_id: str) -> dict[str, Any] | None:
        with _locks_as_busy(), closing(self._connect()) as connection:
            row = connection.execute("SELECT body FROM comparisons WHERE id = ?", (comparison_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def count(self) -> int:
        with _locks_as_busy(), closing(self._connect()) as connection:
            return int(connection.execute("SELECT COUNT(*) FROM comparisons").fetchone()[0])


@contextmanager
def _locks_as_busy() -> Iterator[None]:
    """SQLite's "database is locked" (or "busy"), raised once the wait ran out, as StoreBusy; other errors as
    they are."""
    try:
        yield
    except sqlite3.OperationalError as error:
        if locked(error):
            raise StoreBusy(str(error)) from error
        raise


def locked(error: sqlite3.OperationalError) -> bool:
    """SQLite's own words for a lock another connection held past the wait."""
    return "locked" in str(error) or "busy" in str(error)
