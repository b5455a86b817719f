"""What every evaluation task receives, and what it hands back."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from evaluation.table import Table
from service.pipeline.prepare import PreparedArticle
from service.pipeline.run import Models, Thresholds

# The service's defaults (service/config.py); fixed here so figures stay comparable across runs.
THRESHOLDS = Thresholds(candidate_threshold=0.35, max_event_gap_days=21)


class PublicDataMissing(RuntimeError):
    """A task needs the public data folder and there is none."""


class MemoryCache:
    """The pipeline's per-article cache (get/put by key), in memory and bounded, oldest entries dropped first.

    The key covers the text, date and model versions, so a hit returns exactly what would be computed: a
    SummEdits document is prepared once for all its summaries, a repeated SICK sentence once.
    """

    def __init__(self, max_entries: int = 20_000) -> None:
        self._entries: dict[str, PreparedArticle] = {}
        self._max_entries = max_entries

    def get(self, key: str) -> PreparedArticle | None:
        return self._entries.get(key)

    def put(self, key: str, prepared: PreparedArticle) -> None:
        if len(self._entries) >= self._max_entries:
            del self._entries[next(iter(self._entries))]
        self._entries[key] = prepared


@dataclass(eq=False)  # hashed by identity, so per-run caches can key on it
class Context:
    models: Models
    data: Path | None  # the public data folder, None when it does not exist
    limit: int | None  # subsample each public split to at most this many items
    thresholds: Thresholds = THRESHOLDS
    cache: MemoryCache = field(default_factory=MemoryCache)

    def public_data(self) -> Path:
        """The public data folder; raises PublicDataMissing when there is none."""
        if self.data is None:
            raise PublicDataMissing("no public data folder")
        return self.data


@dataclass(frozen=True)
class Outcome:
    """A task's figures (a dataclass, written to latest.json) and the table printed for them."""

    figures: object
    table: Table
