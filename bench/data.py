"""Inputs: the five corpus articles, and fresh CNN/DailyMail articles from QAGS that a new service never saw."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

from bench.server import REPO

Article = dict[str, Any]
CORPUS_DIR = REPO / "service" / "examples"


class DataMissing(RuntimeError):
    """The shared evaluation data is not where it should be."""


def eval_data_dir() -> Path:
    """CLAIM_COMPARE_EVAL_DATA, or ../shared/data next to the repository."""
    configured = os.environ.get("CLAIM_COMPARE_EVAL_DATA")
    return Path(configured) if configured else (REPO.parent / "shared" / "data")


def corpus_articles() -> list[Article]:
    """The five ukraine-2025 articles as request items (id, source, published_at, text)."""
    meta = json.loads((CORPUS_DIR / "articles.json").read_text(encoding="utf-8"))
    return [
        {"id": entry["file"][:3], "source": entry["source"], "published_at": entry["published_at"],
         "text": (CORPUS_DIR / entry["file"]).read_text(encoding="utf-8")}
        for entry in meta["articles"]
    ]


def qags_texts(name: str = "mturk_cnndm.jsonl") -> list[str]:
    """The distinct article texts of one QAGS file, in file order; DataMissing when it is absent."""
    path = eval_data_dir() / "qags" / name
    if not path.is_file():
        raise DataMissing(
            f"{path} not found: the fresh-article measurements need the shared evaluation data "
            "(set CLAIM_COMPARE_EVAL_DATA to the folder holding qags/)."
        )
    texts: list[str] = []
    seen: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            text = json.loads(line)["article"].strip()
            if text and text not in seen:
                seen.add(text)
                texts.append(text)
    return texts


class FreshPool:
    """Hands out article texts. Each draw (one per server lifetime) gives every text at most once, starting where
    the previous draw stopped so that phases spread over the pool; past the end it recycles and counts reuses."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self._cursor = 0

    def draw(self) -> Draw:
        start = self._cursor
        return Draw(self, start)

    def _advance(self, used: int) -> None:
        self._cursor = (self._cursor + used) % max(len(self.texts), 1)


class Draw:
    """A thread-safe sequence of fresh request articles for one server lifetime."""

    def __init__(self, pool: FreshPool, start: int) -> None:
        self.pool = pool
        self.start = start
        self.used = 0
        self.reused = 0
        self._lock = threading.Lock()

    def take(self, n: int) -> list[Article]:
        """The next n articles (sources q1, q2, ... numbered by pool position, no date)."""
        size = len(self.pool.texts)
        with self._lock:
            out = []
            for _ in range(n):
                index = (self.start + self.used) % size
                if self.used >= size:
                    self.reused += 1
                self.used += 1
                out.append({"source": f"QAGS cnndm {index}", "text": self.pool.texts[index]})
            return out

    def close(self) -> None:
        self.pool._advance(min(self.used, len(self.pool.texts)))


WARMUP = [
    {"source": "Warm-up A", "text": "The council approved a budget of 12 million dollars on Monday. "
                                    "The mayor said the vote was a relief. Critics called it rushed."},
    {"source": "Warm-up B", "text": "On Monday the council passed a 14 million dollar budget. "
                                    "The mayor called the vote a relief. Opponents said it was hurried."},
]
