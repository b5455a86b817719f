"""The per-article cache: a bounded in-memory LRU in front of a bounded SQLite table beside the comparisons."""

from __future__ import annotations

import pickle
import sqlite3
import threading
from collections import OrderedDict
from contextlib import closing
from pathlib import Path

from service.pipeline.prepare import PreparedArticle
from service.store.sqlite import locked

_SCHEMA = """
CREATE TABLE IF NOT EXISTS article_cache (
    key TEXT PRIMARY KEY,
    payload BLOB NOT NULL
)
"""


class ArticleCacheStore:
    """Prepared articles by cache key (model versions + text hash). Only this service writes the table, so
    unpickling what it wrote is safe; a row that fails to load is treated as missing."""

    def __init__(self, path: Path, max_in_memory: int, max_on_disk: int = 20_000, busy_timeout: float = 30.0) -> None:
        self.path = path
        self.max_in_memory = max_in_memory
        self.max_on_disk = max_on_disk
        self.busy_timeout = busy_timeout
        self._memory: OrderedDict[str, PreparedArticle] = OrderedDict()
        self._lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(path, timeout=busy_timeout)) as connection, connection:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute(_SCHEMA)

    def get(self, key: str) -> PreparedArticle | None:
        with self._lock:
            if key in self._memory:
                self._memory.move_to_end(key)
                return self._memory[key]
        try:
            with closing(sqlite3.connect(self.path, timeout=self.busy_timeout)) as connection:
                row = connection.execute("SELECT payload FROM article_cache WHERE key = ?", (key,)).fetchone()
        except sqlite3.OperationalError as error:  # locked by another process past the wait: a miss, recomputed
            if not locked(error):
                raise
            return None
        if row is None:
            return None
        try:
            prepared = pickle.loads(row[0])
        except Exception:  # written by an older version of the code: recompute
            return None
        if not isinstance(prepared, PreparedArticle):
            return None
        self._remember(key, prepared)
        return prepared

    def put(self, key: str, prepared: PreparedArticle) -> None:
        self._remember(key, prepared)
        payload = pickle.dumps(prepared, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            with closing(sqlite3.connect(self.path, timeout=self.busy_timeout)) as connection, connection:
                connection.execute("INSERT OR REPLACE INTO article_cache (key, payload) VALUES (?, ?)",
                                   (key, payload))
                # A replaced row gets a new rowid, so the smallest rowids are the articles written longest ago.
                connection.execute(
                    "DELETE FROM article_cache WHERE rowid IN (SELECT rowid FROM article_cache ORDER BY rowid "
                    "LIMIT max(0, (SELECT COUNT(*) FROM article_cache) - ?))",
                    (self.max_on_disk,),
                )
        except sqlite3.OperationalError as error:  # locked by another process past the wait: kept in memory only
            if not locked(error):
                raise

    def _remember(self, key: str, prepared: PreparedArticle) -> None:
        with self._lock:
            self._memory[key] = prepared
            self._memory.move_to_end(key)
            while len(self._memory) > self.max_in_memory:
                self._memory.popitem(last=False)

    def __len__(self) -> int:
        with self._lock:
            return len(self._memory)

