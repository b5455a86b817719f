"""Hand-written summaries against their documents, judged like SummEdits: a summary is "inconsistent" when a pair
involving a summary claim diverges. Both sets were written by helpers who saw no code; both are development data.

- `corpus_summaries.json`: a stretch of a corpus article against a summary of it. 40 summaries are faithful, 20
  carry one error each (a number, a name, a speaker, a negation, an opposite word, a plan reported done, an
  invented detail). The documents are news of the kind the service is built for.
- `news_summaries.json`: invented news articles from other fields (business, courts, science, sport, politics
  outside Europe), each with a seed summary, faithful rewordings of it and one-error edits in the manner of
  SummEdits. Its false alarms show which rules misread news the corpus does not cover.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from evaluation.context import Context, Outcome
from evaluation.metrics import Count, count
from evaluation.paths import GOLD_DIR
from evaluation.service_api import compare, divergences
from evaluation.table import Table, short
from service.pipeline.types import Article


@dataclass(frozen=True)
class SummaryItem:
    id: str
    published_at: date | None
    doc: str
    summary: str
    consistent: bool
    error: str  # what the one error is, for an inconsistent summary


@dataclass(frozen=True)
class SummaryFigures:
    false_alarms: Count  # faithful summaries flagged
    found: Count  # summaries with an error flagged
    balanced_accuracy: float | None


CORPUS_SUMMARIES = GOLD_DIR / "corpus_summaries.json"
NEWS_SUMMARIES = GOLD_DIR / "news_summaries.json"


def load_items(path: Path) -> list[SummaryItem]:
    """Items that carry their document (`doc`, `published_at`), or name one stored once under `documents`."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    documents = raw.get("documents", {})
    items = []
    for x in raw["items"]:
        source = documents[x["document"]] if "document" in x else x
        items.append(SummaryItem(
            id=x["id"],
            published_at=date.fromisoformat(source["published_at"]) if source.get("published_at") else None,
            doc=source["doc"],
            summary=x["summary"],
            consistent=bool(x["consistent"]),
            error=x.get("edit", ""),
        ))
    return items


def corpus_summaries(ctx: Context) -> Outcome:
    return _judged(load_items(CORPUS_SUMMARIES), "Summaries of the corpus", ctx)


def news_summaries(ctx: Context) -> Outcome:
    return _judged(load_items(NEWS_SUMMARIES), "Summaries of invented news from other fields", ctx)


def _judged(items: list[SummaryItem], name: str, ctx: Context) -> Outcome:
    """False alarms on faithful summaries, errors found, balanced accuracy."""
    flagged = []
    for item in items:
        articles = [Article("document", "Document", item.doc, item.published_at),
                    Article("summary", "Summary", item.summary, item.published_at)]
        comparison = compare(articles, ctx)
        flagged.append([d for pair, d in divergences(comparison)
                        if 1 in (comparison.claims[pair.a].article_index, comparison.claims[pair.b].article_index)])
    false_alarms = count([bool(f) for f, i in zip(flagged, items, strict=True) if i.consistent])
    found = count([bool(f) for f, i in zip(flagged, items, strict=True) if not i.consistent])
    rates = (found.rate, None if false_alarms.rate is None else 1 - false_alarms.rate)
    balanced = None if None in rates else (rates[0] + rates[1]) / 2  # type: ignore[operator]
    figures = SummaryFigures(false_alarms, found, balanced)
    table = Table(
        title=f"{name} ({len(items)} hand-written: {false_alarms.total} faithful, "
        f"{found.total} with one error)",
        header=("figure", "value"),
        rows=(
            ("faithful summaries flagged (false alarms)", _show(false_alarms)),
            ("summaries with an error flagged", _show(found)),
            ("balanced accuracy", f"{balanced:.3f}" if balanced is not None else "-"),
        ),
        details=tuple(
            f"{'false alarm' if item.consistent else 'missed'} {item.id}: "
            + ("; ".join(f"{d.kind}: {short(d.a, 30)} | {short(d.b, 30)}" for d in found_here) or item.error)
            for item, found_here in zip(items, flagged, strict=True)
            if bool(found_here) == item.consistent
        ),
    )
    return Outcome(figures, table)


def _show(value: Count) -> str:
    return f"{value.hits}/{value.total} = {value.rate:.3f}" if value.rate is not None else "-"
