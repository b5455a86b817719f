"""Three-outlet stories (tests/data/outlet_stories.json): invented stories, each told by three outlets in their own
words, with a gold set in the corpus gold's format per story (`corpus.py` scores them the same way).

Where the corpus gold is one story in five near-neighbouring articles, these are many stories across fields, with
the differences planted across paraphrase, and bylines, credits and captions that must never be unique details.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from evaluation.context import Context, Outcome
from evaluation.corpus import (
    CorpusAlignmentFigures,
    CorpusDivergenceFigures,
    CorpusGold,
    CorpusRun,
    alignment_figures,
    alignment_table,
    compared,
    divergence_figures,
    divergence_table,
    gold_of,
)
from evaluation.metrics import Count, count
from evaluation.paths import GOLD_DIR
from service.pipeline.types import Article

STORIES_FILE = GOLD_DIR / "outlet_stories.json"


def story_sets(stories_file: Path = STORIES_FILE) -> dict[str, str]:
    """Each story's set: "reviews" (development data) or "fresh" (measured before anything it prompted)."""
    raw = json.loads(stories_file.read_text(encoding="utf-8"))
    return {story["id"]: story.get("set", "") for story in raw["stories"]}


def load_stories(stories_file: Path = STORIES_FILE) -> tuple[CorpusGold, ...]:
    """Each story's articles and gold."""
    raw = json.loads(stories_file.read_text(encoding="utf-8"))
    return tuple(
        gold_of(
            story,
            tuple(
                Article(
                    id=a["id"],
                    source=a["source"],
                    text=a["text"],
                    published_at=date.fromisoformat(a["published_at"]) if a.get("published_at") else None,
                    title=a.get("title"),
                )
                for a in story["articles"]
            ),
            name=story["id"],
        )
        for story in raw["stories"]
    )


@functools.cache
def story_runs(ctx: Context, stories_file: Path = STORIES_FILE) -> tuple[CorpusRun, ...]:
    """Every story compared once per run (shared by the alignment and divergence tasks)."""
    return tuple(compared(gold, ctx) for gold in load_stories(stories_file))


def runs_by_set(ctx: Context) -> dict[str, list[CorpusRun]]:
    sets = story_sets()
    grouped: dict[str, list[CorpusRun]] = {}
    for run in story_runs(ctx):
        grouped.setdefault(sets[run.gold.name], []).append(run)
    return grouped


@dataclass(frozen=True)
class StoryAlignmentFigures:
    stories: int
    alignment: CorpusAlignmentFigures
    not_unique_listed: Count  # hits are bylines, credits or captions listed as unique details (want 0)
    listed: tuple[str, ...]
    match_recall_by_set: dict[str, Count]
    unique_recall_by_set: dict[str, Count]


@dataclass(frozen=True)
class StoryDivergenceFigures:
    divergence: CorpusDivergenceFigures
    right_kind_by_set: dict[str, Count]
    false_alarms_by_set: dict[str, Count]


def alignment(ctx: Context) -> Outcome:
    """Match recall, apart violations, pair precision and unique recall summed over the stories, and the
    bylines, credits and captions listed as unique details."""
    runs = list(story_runs(ctx))
    figures = alignment_figures(runs)
    listed_flags: list[bool] = []
    listed: list[str] = []
    for run in runs:
        unique = set(run.comparison.unique)
        for snippet in run.gold.not_unique:
            listed_flags.append(bool(run.claims_at(snippet) & unique))
            if listed_flags[-1]:
                listed.append(run.describe(snippet))
    by_set = {name: alignment_figures(members) for name, members in runs_by_set(ctx).items()}
    story_figures = StoryAlignmentFigures(
        len(runs), figures, count(listed_flags), tuple(listed),
        match_recall_by_set={name: f.match_recall for name, f in by_set.items()},
        unique_recall_by_set={name: f.unique_recall for name, f in by_set.items()},
    )
    title = (f"Three-outlet stories, alignment ({len(runs)} stories, {figures.claims} claims, "
             f"{figures.groups} groups)")
    table = alignment_table(
        figures,
        title,
        extra_rows=(
            ("bylines, credits, captions listed as unique (should be 0)", story_figures.not_unique_listed),
            *((f"match recall, {name} stories", f.match_recall) for name, f in by_set.items()),
            *((f"unique recall, {name} stories", f.unique_recall) for name, f in by_set.items()),
        ),
        extra_notes=tuple(f"listed as unique: {m}" for m in listed),
    )
    return Outcome(story_figures, table)


def divergence(ctx: Context) -> Outcome:
    """Planted divergences flagged with the right kind; agreements wrongly flagged, summed over the stories."""
    figures = divergence_figures(list(story_runs(ctx)))
    by_set = {name: divergence_figures(members) for name, members in runs_by_set(ctx).items()}
    story_figures = StoryDivergenceFigures(
        figures,
        right_kind_by_set={name: f.divergences_right_kind for name, f in by_set.items()},
        false_alarms_by_set={name: f.agreement_false_alarms for name, f in by_set.items()},
    )
    table = divergence_table(figures, "Three-outlet stories, divergence", extra_rows=(
        *((f"flagged with a right kind, {name} stories", f.divergences_right_kind) for name, f in by_set.items()),
        *((f"false alarms, {name} stories", f.agreement_false_alarms) for name, f in by_set.items()),
    ))
    return Outcome(story_figures, table)
