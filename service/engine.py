"""The comparison service without the web: models loaded once, a bound on concurrent work, contract bodies out."""

from __future__ import annotations

import itertools
import secrets
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from service import __version__
from service.config import Settings
from service.pipeline.prepare import PIPELINE_VERSION
from service.pipeline.report import to_contract
from service.pipeline.run import Models, Thresholds, compare_articles, load_models
from service.pipeline.types import Article
from service.store.article_cache import ArticleCacheStore


@dataclass(frozen=True)
class ArticleDraft:
    """An article as submitted: id optional, published_at as ISO text."""

    source: str
    text: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    published_at: str | None = None


class Busy(Exception):
    """More comparisons are running and waiting than the settings allow."""


class ComparisonLimiter:
    """At most `running` comparisons at once and `waiting` more in line; beyond that callers are refused."""

    def __init__(self, running: int, waiting: int) -> None:
        self._slots = threading.Semaphore(running)
        self._admitted = 0
        self._capacity = running + waiting
        self._lock = threading.Lock()

    @contextmanager
    def slot(self) -> Iterator[None]:
        with self._lock:
            if self._admitted >= self._capacity:
                raise Busy
            self._admitted += 1
        try:
            with self._slots:
                yield
        finally:
            with self._lock:
                self._admitted -= 1


class Engine:
    pipeline_version = PIPELINE_VERSION  # the version of the comparison rules, reported with every result

    def __init__(self, settings: Settings, models: Models | None = None) -> None:
        self.settings = settings
        self.models = models or load_models(settings.embedder, settings.embed_batch_size)
        if settings.match_threshold_override is not None:
            self.models = replace(
                self.models, scorer=replace(self.models.scorer, threshold=settings.match_threshold_override)
            )
        self.limiter = ComparisonLimiter(settings.max_concurrent_comparisons, settings.max_waiting_comparisons)
        self.cache = ArticleCacheStore(
            settings.database_path, settings.cache_max_articles, settings.cache_max_articles_on_disk,
            settings.store_busy_timeout_seconds,
        )

    def model_info(self) -> list[dict[str, str]]:
        embedder = self.models.embedder
        return [
            {"name": embedder.name, "version": embedder.version, "role": "sentence embeddings for alignment"},
            {"name": "spacy/en_core_web_sm", "version": str(self.models.nlp.meta.get("version", "")),
             "role": "names, dates, speakers, negation and tense"},
            {"name": "claim-compare/alignment-scorer", "version": self.models.scorer.source,
             "role": "calibrated pair score (logistic over cosine, lexical, names, words)"},
        ]

    def thresholds(
        self, match_threshold: float | None = None, max_event_gap_days: int | None = None
    ) -> dict[str, float]:
        return {
            "match_threshold": self.models.scorer.threshold if match_threshold is None else match_threshold,
            "candidate_threshold": self.settings.candidate_threshold,
            "max_event_gap_days": float(
                self.settings.max_event_gap_days if max_event_gap_days is None else max_event_gap_days
            ),
        }

    def compare(
        self,
        drafts: Sequence[ArticleDraft],
        match_threshold: float | None = None,
        max_event_gap_days: int | None = None,
    ) -> dict[str, Any]:
        """Compares the articles and returns the contract body, with a fresh id. Raises Busy when saturated."""
        articles = to_articles(drafts)
        models = self.models
        if match_threshold is not None:
            models = replace(models, scorer=replace(models.scorer, threshold=match_threshold))
        thresholds = Thresholds(
            candidate_threshold=self.settings.candidate_threshold,
            max_event_gap_days=self.settings.max_event_gap_days if max_event_gap_days is None else max_event_gap_days,
        )
        with self.limiter.slot():
            comparison = compare_articles(articles, models, thresholds, self.cache)
        provenance = {
            "service_version": __version__,
            "pipeline_version": self.pipeline_version,
            "models": self.model_info(),
            "thresholds": self.thresholds(match_threshold, max_event_gap_days),
        }
        body = to_contract(
            comparison, new_comparison_id(), datetime.now(UTC).isoformat(timespec="seconds"), provenance
        )
        for shown, draft in zip(body["articles"], drafts, strict=True):
            shown["published_at"] = draft.published_at  # as submitted: a date-time stays a date-time
        return body


def to_articles(drafts: Sequence[ArticleDraft]) -> list[Article]:
    """Pipeline articles; an article without an id gets the first free `a1`, `a2`, ..."""
    taken = {d.id for d in drafts if d.id}
    fresh = (f"a{n}" for n in itertools.count(1) if f"a{n}" not in taken)
    return [
        Article(
            id=draft.id or next(fresh),
            source=draft.source,
            text=draft.text,
            published_at=parse_published(draft.published_at),
            title=draft.title,
            url=draft.url,
        )
        for draft in drafts
    ]


def parse_published(value: str | None) -> date | None:
    if not value:
        return None
    if len(value) == 10:
        return date.fromisoformat(value)
    return datetime.fromisoformat(value).date()


def new_comparison_id() -> str:
    return "cmp_" + secrets.token_hex(10)
