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


def snippet_of(item: dict[str, str]) -> Snippet:
    return Snippet(article=item["article"], text=item["text"])


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
    not_unique: tuple[Snippet, ...] = ()  # bylines, credits and captions, never to be listed as unique
    name: str = ""  # the story's id where one gold file holds several stories


def gold_of(raw: dict, articles: tuple[Article, ...], name: str = "") -> CorpusGold:
    """Matches, apart pairs and unique details in the gold files' format, over `articles`."""
    return CorpusGold(
        articles=articles,
        matches=tuple(
            GoldMatch(
                snippet_of(m["a"]), snippet_of(m["b"]), m["relation"], tuple(m.get("kinds", ())), m.get("note", "")
            )
            for m in raw["matches"]
        ),
        apart=tuple(GoldApart(snippet_of(m["a"]), snippet_of(m["b"]), m.get("note", "")) for m in raw["apart"]),
        unique=tuple(snippet_of(u) for u in raw["unique"]),
        not_unique=tuple(snippet_of(u) for u in raw.get("not_unique", ())),
        name=name,
    )


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
    return gold_of(raw, articles)


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

    def describe(self, snippet: Snippet) -> str:
        return f"{self.gold.name} {snippet.describe()}" if self.gold.name else snippet.describe()

    def describe_pair(self, a: Snippet, b: Snippet) -> str:
        return f"{self.describe(a)} ~ {b.describe()}"

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
    return compared(load_gold(gold_file), ctx)


def compared(gold: CorpusGold, ctx: Context) -> CorpusRun:
    """The gold's articles compared, with each claim's group."""
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
    figures = alignment_figures([run])
    title = (f"Corpus gold alignment{f', {name}' if name else ''} ({len(run.gold.articles)} example articles, "
             f"{figures.claims} claims, {figures.groups} groups)")
    return Outcome(figures, alignment_table(figures, title))


def alignment_figures(runs: list[CorpusRun]) -> CorpusAlignmentFigures:
    """The alignment figures summed over the runs (one per story)."""
    found: list[bool] = []
    relations: list[str] = []
    violated: list[bool] = []
    gold_pairs: list[bool] = []
    unique_found: list[bool] = []
    missed_matches: list[str] = []
    violated_apart: list[str] = []
    missed_unique: list[str] = []
    for run in runs:
        gold = run.gold
        unique = set(run.comparison.unique)
        for m in gold.matches:
            found.append(run.grouped_together(m.a, m.b))
            relations.append(m.relation)
            if not found[-1]:
                missed_matches.append(run.describe_pair(m.a, m.b))
        for apart in gold.apart:
            violated.append(run.grouped_together(apart.a, apart.b))
            if violated[-1]:
                violated_apart.append(run.describe_pair(apart.a, apart.b))
        for s in gold.unique:
            unique_found.append(bool(run.claims_at(s) & unique))
            if not unique_found[-1]:
                missed_unique.append(run.describe(s))
        sides = [(run.claims_at(m.a), run.claims_at(m.b)) for m in gold.matches]
        gold_pairs += [
            any((p.a in a and p.b in b) or (p.a in b and p.b in a) for a, b in sides)
            for g in run.comparison.groups for p in g.pairs
        ]

    def recall_of(relation: str) -> Count:
        return count([f for f, r in zip(found, relations, strict=True) if r == relation])

    return CorpusAlignmentFigures(
        claims=sum(len(run.comparison.claims) for run in runs),
        groups=sum(len(run.comparison.groups) for run in runs),
        match_recall=count(found),
        agreement_recall=recall_of("agreement"),
        divergence_recall=recall_of("divergence"),
        apart_violations=count(violated),
        pair_precision=count(gold_pairs),
        unique_recall=count(unique_found),
        missed_matches=tuple(missed_matches),
        violated_apart=tuple(violated_apart),
        missed_unique=tuple(missed_unique),
    )


def alignment_table(figures: CorpusAlignmentFigures, title: str, extra_rows: tuple = (),
                    extra_notes: tuple[str, ...] = ()) -> Table:
    return Table(
        title=title,
        header=("figure", "value"),
        rows=(
            ("match recall (gold matches grouped together)", figures.match_recall),
            ("  of which agreements", figures.agreement_recall),
            ("  of which divergences", figures.divergence_recall),
            ("apart violations (should be 0)", figures.apart_violations),
            ("pair precision estimate (group pairs that are gold matches)", figures.pair_precision),
            ("unique recall (gold unique details reported as unique)", figures.unique_recall),
            *extra_rows,
        ),
        notes=(*(f"missed unique: {m}" for m in figures.missed_unique), *extra_notes),
        details=(
            *(f"missed match: {m}" for m in figures.missed_matches),
            *(f"apart violated: {m}" for m in figures.violated_apart),
        ),
    )


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
    figures = divergence_figures([corpus_run(ctx)])
    return Outcome(figures, divergence_table(figures, "Corpus gold divergence"))


def divergence_figures(runs: list[CorpusRun]) -> CorpusDivergenceFigures:
    """The divergence figures summed over the runs (one per story)."""
    right, anykind, aligned, missed = [], [], [], []
    flagged, false_alarms = [], []
    for run in runs:
        for m in run.gold.matches:
            pairs = run.pairs_between(m.a, m.b)
            found = [d for p in pairs for d in p.divergences]
            kinds = {d.kind for d in found}
            if m.relation == "divergence":
                aligned.append(bool(pairs))
                right.append(bool(kinds & set(m.kinds)))
                anykind.append(bool(kinds))
                if not right[-1]:
                    state = "aligned, not flagged" if pairs else "not aligned"
                    state = f"flagged {sorted(kinds)}" if kinds else state
                    missed.append(f"want {list(m.kinds)}, {state}: {run.describe_pair(m.a, m.b)}")
            elif pairs:
                flagged.append(bool(found))
                if found:
                    evidence = "; ".join(f"{d.kind}: '{short(d.a, 30)}' vs '{short(d.b, 30)}'" for d in found)
                    false_alarms.append(f"{evidence} in {run.describe_pair(m.a, m.b)}")
    return CorpusDivergenceFigures(
        divergences_aligned=count(aligned),
        divergences_right_kind=count(right),
        divergences_any_kind=count(anykind),
        agreement_false_alarms=count(flagged),
        missed=tuple(missed),
        false_alarms=tuple(false_alarms),
    )


def divergence_table(figures: CorpusDivergenceFigures, title: str, extra_rows: tuple = ()) -> Table:
    return Table(
        title=title,
        header=("figure", "value"),
        rows=(
            ("gold divergences aligned as a pair", figures.divergences_aligned),
            ("gold divergences flagged with a right kind", figures.divergences_right_kind),
            ("gold divergences flagged with any kind", figures.divergences_any_kind),
            ("false alarms: found gold agreements flagged as divergence", figures.agreement_false_alarms),
            *extra_rows,
        ),
        details=(*(f"missed divergence: {m}" for m in figures.missed),
                 *(f"false alarm: {m}" for m in figures.false_alarms)),
    )
