"""The revision test (tests/data/revisions.json): an article passage against a copy with one edit.

A case passes when the edit is flagged with its kind and evidence that overlaps the edited words, and
nothing else is flagged; a "none" case (a faithful rewording or no change) passes when nothing is flagged.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from evaluation.context import Context, Outcome
from evaluation.metrics import Count, count
from evaluation.paths import GOLD_DIR
from evaluation.service_api import compare, divergences
from evaluation.table import Table, short
from service.pipeline.types import Article, Divergence


@dataclass(frozen=True)
class Edit:
    kind: str  # a divergence kind, or "none"
    a: str  # the words in the original
    b: str  # the words in the edited copy


@dataclass(frozen=True)
class RevisionCase:
    id: str
    published_at: date | None
    paraphrased: bool
    original: str
    edited: str
    edit: Edit


def load_cases(path: Path = GOLD_DIR / "revisions.json") -> list[RevisionCase]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return [
        RevisionCase(
            id=c["id"],
            published_at=date.fromisoformat(c["published_at"]) if c.get("published_at") else None,
            paraphrased=bool(c["paraphrased"]),
            original=c["original"],
            edited=c["edited"],
            edit=Edit(kind=c["edit"]["kind"], a=c["edit"].get("a", ""), b=c["edit"].get("b", "")),
        )
        for c in raw["cases"]
    ]


@dataclass(frozen=True)
class CaseResult:
    id: str
    kind: str
    paraphrased: bool
    found: bool | None  # flagged with the right kind and overlapping evidence; None for "none" cases
    no_false_alarm: bool  # nothing but the edit was flagged
    passed: bool
    flagged: tuple[str, ...]  # every divergence flagged, as "kind: a | b"


def evaluate_case(case: RevisionCase, ctx: Context) -> CaseResult:
    """Compare the original with the edited copy and judge the divergences flagged."""
    articles = [
        Article("original", "Original", case.original, case.published_at),
        Article("edited", "Edited", case.edited, case.published_at),
    ]
    flagged = [d for _, d in divergences(compare(articles, ctx))]
    hits = [d for d in flagged if d.kind == case.edit.kind and _evidence_matches(d, case.edit)]
    found = None if case.edit.kind == "none" else bool(hits)
    no_false_alarm = len(hits) == len(flagged)
    return CaseResult(
        id=case.id,
        kind=case.edit.kind,
        paraphrased=case.paraphrased,
        found=found,
        no_false_alarm=no_false_alarm,
        passed=(found is not False) and no_false_alarm,
        flagged=tuple(f"{d.kind}: {short(d.a, 40)} | {short(d.b, 40)}" for d in flagged),
    )


def _evidence_matches(divergence: Divergence, edit: Edit) -> bool:
    """Each side's evidence contains, or is contained in, the edit's words on that side (either order).

    A side where the evidence or the edit is empty is not checked, but at least one side must be.
    """
    for a, b in ((divergence.a, divergence.b), (divergence.b, divergence.a)):
        checked = [v for v in (_overlaps(a, edit.a, edit.b), _overlaps(b, edit.b, edit.a)) if v is not None]
        if checked and all(checked):
            return True
    return False


def _overlaps(evidence: str, edited: str, other_side: str) -> bool | None:
    """The evidence contains the edited words or lies inside them, or it holds a word the edit changed: "30
    riders" for "About 30" changed to "Roughly 20"."""
    e, x = " ".join(evidence.lower().split()), " ".join(edited.lower().split())
    if not e or not x:
        return None
    changed = {w for w in set(_WORDS.findall(x)) - set(_WORDS.findall(other_side.lower()))
               if (any(c.isdigit() for c in w) or len(w) >= 4) and w not in _FRAME_WORDS}
    return e in x or x in e or bool(changed & set(_WORDS.findall(e)))


_WORDS = re.compile(r"\w+(?:[.,'’]\w+)*")
# Words an edit changes that say nothing of what was changed: "About 30" / "Roughly 20" changes "30".
_FRAME_WORDS = frozenset({"about", "roughly", "some", "nearly", "almost", "around", "more", "than", "less", "fewer",
                          "over", "under", "least", "most", "have", "been", "will", "would", "with", "from", "that",
                          "this", "their", "were", "said", "says"})


@dataclass(frozen=True)
class KindSummary:
    kind: str  # an edit kind, or "all"
    paraphrased: bool
    found: Count  # over cases with an edit
    no_false_alarm: Count
    passed: Count


@dataclass(frozen=True)
class RevisionFigures:
    summaries: tuple[KindSummary, ...]
    cases: tuple[CaseResult, ...]


def revisions(ctx: Context) -> Outcome:
    """Per edit kind and overall, split by literal/paraphrased copies: found, no false alarm, passed."""
    results = [evaluate_case(case, ctx) for case in load_cases()]
    kinds = list(dict.fromkeys(r.kind for r in results))
    summaries = tuple(
        _summarise(kind, paraphrased, [r for r in results if r.paraphrased == paraphrased
                                       and kind in ("all", r.kind)])
        for kind in [*kinds, "all"]
        for paraphrased in (False, True)
    )
    by_key = {(s.kind, s.paraphrased): s for s in summaries}

    def cells(kind: str, paraphrased: bool) -> tuple[str, str, str]:
        s = by_key[(kind, paraphrased)]
        return _short(s.found), _short(s.no_false_alarm), _short(s.passed)

    rows = tuple((kind, *cells(kind, False), *cells(kind, True)) for kind in [*kinds, "all"])
    all_cases = count([r.passed for r in results])
    table = Table(
        title=f"Revision test ({len(results)} cases: one edit each; 'none' = no divergence expected)",
        header=("edit kind", "found", "no false alarm", "passed", "para found", "para no FA", "para passed"),
        rows=rows,
        notes=(f"all cases passed: {all_cases.hits}/{all_cases.total}; "
               "'para' columns: the edited copy is also reworded",),
        details=tuple(
            f"failed {r.id}: found={r.found} no_false_alarm={r.no_false_alarm}; flagged: "
            + ("; ".join(r.flagged) or "nothing")
            for r in results if not r.passed
        ),
    )
    return Outcome(RevisionFigures(summaries, tuple(results)), table)


def _summarise(kind: str, paraphrased: bool, results: list[CaseResult]) -> KindSummary:
    return KindSummary(
        kind=kind,
        paraphrased=paraphrased,
        found=count([r.found for r in results if r.found is not None]),
        no_false_alarm=count([r.no_false_alarm for r in results]),
        passed=count([r.passed for r in results]),
    )


def _short(value: Count) -> str:
    return f"{value.hits}/{value.total}" if value.total else "-"
