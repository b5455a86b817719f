"""The repo's own gold set (tests/data/corpus_gold.json) over the five example articles.

Gold snippets are located in the article text and mapped to every claim whose [start, end) overlaps them;
a snippet can therefore stand for several claims. The five articles are compared once per run.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from evaluation.context import Context, Outcome
from evaluation.metrics import Count, count
from evaluation.paths import EXAMPLES_DIR, GOLD_DIR
from evaluation.service_api import compare
from evaluation.table import Table, short
from service.pipeline.types import Article, Comparison, PairResult


@dataclass(frozen=True)
class Snippet:
    article: str  # article id, "000".."004"
    text: str

    def describe(self) -> str:
        return f"{self.article} '{short(self.text, 60)}'"


@dataclass(frozen=True)
class GoldMatch:
    a: Snippet
    b: Snippet
    relation: str  # "agreement" or "divergence"
    kinds: tuple[str, ...]  # divergence kinds that are right for a divergence
    note: str


@dataclass(frozen=True)
class GoldApart:
    a: Snippet
    b: Snippet
    note: str


@dataclass(frozen=True)
class CorpusGold:
    articles: tuple[Article, ...]
    matches: tuple[GoldMatch, ...]
    apart: tuple[GoldApart, ...]
    unique: tuple[Snippet, ...]


def load_gold(gold_file: Path = GOLD_DIR / "corpus_gold.json", examples: Path = EXAMPLES_DIR) -> CorpusGold:
    """The gold set with its articles (text from service/examples/, source and date from articles.json)."""
    raw = json.loads(gold_file.read_text(encoding="utf-8"))
    listing = json.loads((examples / "articles.json").read_text(encoding="utf-8"))
    meta = {m["file"]: m for m in listing["articles"]}
    articles = tuple(
        Article(
            id=article_id,
            source=meta[file_name]["source"],
            text=(examples / file_name).read_text(encoding="utf-8"),
            published_at=date.fromisoformat(meta[file_name]["published_at"]),
        )
        for article_id, file_name in sorted(raw["articles"].items())
    )

    def snippet(item: dict[str, str]) -> Snippet:
        return Snippet(article=item["article"], text=item["text"])

    return CorpusGold(
        articles=articles,
        matches=tuple(
            GoldMatch(
                snippet(m["a"]), snippet(m["b"]), m["relation"], tuple(m.get("kinds", ())), m.get("note", "")
            )
            for m in raw["matches"]
        ),
        apart=tuple(GoldApart(snippet(m["a"]), snippet(m["b"]), m.get("note", "")) for m in raw["apart"]),
        unique=tuple(snippet(u) for u in raw["unique"]),
    )


@dataclass(frozen=True)
class CorpusRun:
    """One comparison of the gold articles, with lookups from gold snippets to claims and groups."""

    gold: CorpusGold
    comparison: Comparison
    group_of: dict[int, int]  # claim index -> index of its group

    def claims_at(self, snippet: Snippet) -> set[int]:
        """Claims of the snippet's article whose span overlaps the snippet; raises if the text is absent."""
        index = next(k for k, a in enumerate(self.gold.articles) if a.id == snippet.article)
        start = self.gold.articles[index].text.find(snippet.text)
        if start < 0:
            raise ValueError(f"gold snippet not found in article {snippet.article}: {snippet.text!r}")
        end = start + len(snippet.text)
        return {
            k for k, c in enumerate(self.comparison.claims)
            if c.article_index == index and c.start < end and c.end > start
        }

    def grouped_together(self, a: Snippet, b: Snippet) -> bool:
        """Some claim at `a` and some claim at `b` are in one group."""
        groups_a = {self.group_of[k] for k in self.claims_at(a) if k in self.group_of}
        return any(self.group_of.get(k) in groups_a for k in self.claims_at(b))

    def pairs_between(self, a: Snippet, b: Snippet) -> list[PairResult]:
        """The compared group pairs that join a claim at `a` with a claim at `b`."""
        at_a, at_b = self.claims_at(a), self.claims_at(b)
        return [
            pair for group in self.comparison.groups for pair in group.pairs
            if (pair.a in at_a and pair.b in at_b) or (pair.a in at_b and pair.b in at_a)
        ]


SECOND_GOLD = GOLD_DIR / "corpus_gold_second.json"


@functools.cache
def corpus_run(ctx: Context, gold_file: Path = GOLD_DIR / "corpus_gold.json") -> CorpusRun:
    """The gold articles compared once per run (shared by the alignment and divergence tasks)."""
    gold = load_gold(gold_file)
    comparison = compare(gold.articles, ctx)
    group_of = {member: g for g, group in enumerate(comparison.groups) for member in group.members}
    return CorpusRun(gold, comparison, group_of)


@dataclass(frozen=True)
class CorpusAlignmentFigures:
    claims: int
    groups: int
    match_recall: Count
    agreement_recall: Count
    divergence_recall: Count
    apart_violations: Count  # hits are violations: gold "apart" pairs that share a group
    pair_precision: Count  # cross-article group pairs that are a gold match, out of all of them
    unique_recall: Count
    missed_matches: tuple[str, ...]
    violated_apart: tuple[str, ...]
    missed_unique: tuple[str, ...]


def alignment_second(ctx: Context) -> Outcome:
    """The same figures on a second gold set of the same articles, annotated independently of the first."""
    return alignment(ctx, SECOND_GOLD, "second, independent annotation")


def alignment(ctx: Context, gold_file: Path = GOLD_DIR / "corpus_gold.json", name: str = "") -> Outcome:
    """Match recall, apart violations, estimated pair precision and unique recall on the corpus gold."""
    run = corpus_run(ctx, gold_file)
    gold = run.gold
    found = [run.grouped_together(m.a, m.b) for m in gold.matches]
    violated = [run.grouped_together(m.a, m.b) for m in gold.apart]
    unique = set(run.comparison.unique)
    unique_found = [bool(run.claims_at(s) & unique) for s in gold.unique]
    sides = [(run.claims_at(m.a), run.claims_at(m.b)) for m in gold.matches]
    group_pairs = [p for g in run.comparison.groups for p in g.pairs]
    gold_pairs = [
        any((p.a in a and p.b in b) or (p.a in b and p.b in a) for a, b in sides) for p in group_pairs
    ]

    def recall_of(relation: str) -> Count:
        return count([f for f, m in zip(found, gold.matches, strict=True) if m.relation == relation])

    figures = CorpusAlignmentFigures(
        claims=len(run.comparison.claims),
        groups=len(run.comparison.groups),
        match_recall=count(found),
        agreement_recall=recall_of("agreement"),
        divergence_recall=recall_of("divergence"),
        apart_violations=count(violated),
        pair_precision=count(gold_pairs),
        unique_recall=count(unique_found),
        missed_matches=tuple(
            f"{m.a.describe()} ~ {m.b.describe()}" for m, f in zip(gold.matches, found, strict=True) if not f
        ),
        violated_apart=tuple(
            f"{m.a.describe()} ~ {m.b.describe()}" for m, v in zip(gold.apart, violated, strict=True) if v
        ),
        missed_unique=tuple(s.describe() for s, f in zip(gold.unique, unique_found, strict=True) if not f),
    )
    table = Table(
        title=f"Corpus gold alignment{f', {name}' if name else ''} ({len(gold.articles)} example articles, "
        f"{figures.claims} claims, "
        f"{figures.groups} groups)",
        header=("figure", "value"),
        rows=(
            ("match recall (gold matches grouped together)", figures.match_recall),
            ("  of which agreements", figures.agreement_recall),
            ("  of which divergences", figures.divergence_recall),
            ("apart violations (should be 0)", figures.apart_violations),
            ("pair precision estimate (group pairs that are gold matches)", figures.pair_precision),
            ("unique recall (gold unique details reported as unique)", figures.unique_recall),
        ),
        notes=tuple(f"missed unique: {m}" for m in figures.missed_unique),
        details=(
            *(f"missed match: {m}" for m in figures.missed_matches),
            *(f"apart violated: {m}" for m in figures.violated_apart),
        ),
    )
    return Outcome(figures, table)


@dataclass(frozen=True)
class CorpusDivergenceFigures:
    divergences_aligned: Count  # gold divergences whose snippets were grouped at all
    divergences_right_kind: Count  # ...and flagged with one of the gold kinds
    divergences_any_kind: Count  # ...and flagged with any kind
    agreement_false_alarms: Count  # gold agreements found as pairs, flagged as divergence
    missed: tuple[str, ...]
    false_alarms: tuple[str, ...]


def divergence(ctx: Context) -> Outcome:
    """Gold divergences flagged with the right kind; gold agreements wrongly flagged."""
    run = corpus_run(ctx)
    diverging = [m for m in run.gold.matches if m.relation == "divergence"]
    agreeing = [m for m in run.gold.matches if m.relation == "agreement"]

    right, anykind, aligned, missed = [], [], [], []
    for m in diverging:
        pairs = run.pairs_between(m.a, m.b)
        kinds = {d.kind for p in pairs for d in p.divergences}
        aligned.append(bool(pairs))
        right.append(bool(kinds & set(m.kinds)))
        anykind.append(bool(kinds))
        if not right[-1]:
            state = "aligned, not flagged" if pairs else "not aligned"
            state = f"flagged {sorted(kinds)}" if kinds else state
            missed.append(f"want {list(m.kinds)}, {state}: {m.a.describe()} ~ {m.b.describe()}")

    flagged, false_alarms = [], []
    for m in agreeing:
        pairs = run.pairs_between(m.a, m.b)
        if not pairs:
            continue
        found = [d for p in pairs for d in p.divergences]
        flagged.append(bool(found))
        if found:
            evidence = "; ".join(f"{d.kind}: '{short(d.a, 30)}' vs '{short(d.b, 30)}'" for d in found)
            false_alarms.append(f"{evidence} in {m.a.describe()} ~ {m.b.describe()}")

    figures = CorpusDivergenceFigures(
        divergences_aligned=count(aligned),
        divergences_right_kind=count(right),
        divergences_any_kind=count(anykind),
        agreement_false_alarms=count(flagged),
        missed=tuple(missed),
        false_alarms=tuple(false_alarms),
    )
    table = Table(
        title="Corpus gold divergence",
        header=("figure", "value"),
        rows=(
            ("gold divergences aligned as a pair", figures.divergences_aligned),
            ("gold divergences flagged with a right kind", figures.divergences_right_kind),
            ("gold divergences flagged with any kind", figures.divergences_any_kind),
            ("false alarms: found gold agreements flagged as divergence", figures.agreement_false_alarms),
        ),
        details=(*(f"missed divergence: {m}" for m in missed), *(f"false alarm: {m}" for m in false_alarms)),
    )
    return Outcome(figures, table)
