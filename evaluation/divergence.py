"""Issue 4, public sets: are divergences flagged where texts conflict, and only there?

Every item is compared as two articles; an item counts as "divergence" when any compared pair in the
result carries a divergence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from evaluation import datasets
from evaluation.context import Context, Outcome
from evaluation.metrics import BinaryScores, Count, binary_scores, count, subsample
from evaluation.service_api import agrees, all_pairs, compare_two, divergences
from evaluation.table import Cell, Table, short

MAX_DETAILS = 15  # examples listed per kind of error with --verbose


@dataclass(frozen=True)
class SummEditsSplit:
    split: str
    items: int
    inconsistent: BinaryScores  # positive class: inconsistent summary
    recall_by_edit_type: dict[str, Count]  # inconsistent summaries flagged, per GPT-4 edit type
    false_alarms: Count  # consistent summaries flagged


@dataclass(frozen=True)
class SummEditsFigures:
    test: SummEditsSplit  # reported
    evaluation: SummEditsSplit  # the tuning split


SUMMEDITS_BASELINES = (
    ("obvious approach", 0.53), ("rules probe", 0.625), ("SummaC-Conv", 0.619), ("QAFactEval", 0.744),
    ("GPT-4", 0.833),
)


def summedits(ctx: Context) -> Outcome:
    """Balanced accuracy of "inconsistent = a summary claim's pair diverges", per split."""
    items = datasets.summedits_news(ctx.public_data())
    details: list[str] = []
    splits = {
        split: _summedits_split(split, subsample([x for x in items if x.split == split], ctx.limit), ctx,
                                details)
        for split in ("test", "evaluation")
    }
    figures = SummEditsFigures(test=splits["test"], evaluation=splits["evaluation"])
    edit_types = sorted(set(figures.test.recall_by_edit_type) | set(figures.evaluation.recall_by_edit_type))
    rows: list[tuple[Cell, ...]] = [
        ("balanced accuracy", figures.test.inconsistent.balanced_accuracy,
         figures.evaluation.inconsistent.balanced_accuracy),
        ("recall on inconsistent", figures.test.inconsistent.recall, figures.evaluation.inconsistent.recall),
        *((f"  recall, edit type {t}", figures.test.recall_by_edit_type.get(t),
           figures.evaluation.recall_by_edit_type.get(t)) for t in edit_types),
        ("false-alarm rate on consistent", figures.test.false_alarms, figures.evaluation.false_alarms),
        *((f"baseline: {name} (balanced accuracy)", value, None) for name, value in SUMMEDITS_BASELINES),
    ]
    table = Table(
        title=f"SummEdits news: document vs summary (test {figures.test.items} items reported; "
        f"evaluation {figures.evaluation.items} = tuning split)",
        header=("figure", "test", "evaluation (tuning)"),
        rows=tuple(rows),
        details=tuple(details),
    )
    return Outcome(figures, table)


def _summedits_split(
    split: str, items: Sequence[datasets.SummEditsItem], ctx: Context, details: list[str]
) -> SummEditsSplit:
    predicted = []
    for item in items:
        comparison = compare_two(item.doc, item.summary, ctx, names=("document", "summary"))
        found = [
            d for pair, d in divergences(comparison)
            if 1 in (comparison.claims[pair.a].article_index, comparison.claims[pair.b].article_index)
        ]
        predicted.append(bool(found))
        # Details only from the tuning split: the test split is for reporting, not for reading cases from.
        if found and item.consistent and split == "evaluation" and len(details) < MAX_DETAILS:
            details.append(f"false alarm {item.id}: " + "; ".join(
                f"{d.kind}: '{short(d.a, 30)}' vs '{short(d.b, 30)}'" for d in found[:3]))
    inconsistent = [not x.consistent for x in items]
    edit_types = sorted({t for x in items for t in x.edit_types})
    return SummEditsSplit(
        split=split,
        items=len(items),
        inconsistent=binary_scores(predicted, inconsistent),
        recall_by_edit_type={
            t: count([p for p, x in zip(predicted, items, strict=True)
                      if not x.consistent and t in x.edit_types])
            for t in edit_types
        },
        false_alarms=count([p for p, x in zip(predicted, items, strict=True) if x.consistent]),
    )


@dataclass(frozen=True)
class SickJudgment:
    judgment: str
    pairs: int
    aligned: Count  # compared pairs that ended up in one group
    flagged: Count  # compared pairs flagged as divergence


@dataclass(frozen=True)
class SickFigures:
    contradiction: BinaryScores  # positive class: CONTRADICTION; predicted: any divergence
    by_judgment: tuple[SickJudgment, ...]


def sick(ctx: Context) -> Outcome:
    """Precision and recall of "divergence" against CONTRADICTION on SICK test."""
    pairs = subsample(datasets.sick_test(ctx.public_data()), ctx.limit)
    aligned, flagged = [], []
    for pair in pairs:
        comparison = compare_two(pair.first, pair.second, ctx)
        aligned.append(bool(all_pairs(comparison)))
        flagged.append(bool(divergences(comparison)))
    judgments = sorted({p.judgment for p in pairs})
    by_judgment = tuple(
        SickJudgment(
            judgment=j,
            pairs=sum(p.judgment == j for p in pairs),
            aligned=count([a for a, p in zip(aligned, pairs, strict=True) if p.judgment == j]),
            flagged=count([f for f, p in zip(flagged, pairs, strict=True) if p.judgment == j]),
        )
        for j in judgments
    )
    figures = SickFigures(
        contradiction=binary_scores(flagged, [p.judgment == "CONTRADICTION" for p in pairs]),
        by_judgment=by_judgment,
    )
    table = Table(
        title=f"SICK test: divergence vs CONTRADICTION ({len(pairs)} sentence pairs)",
        header=("figure", "value", "aligned", "flagged as divergence"),
        rows=(
            ("precision of divergence for CONTRADICTION", figures.contradiction.precision, None, None),
            ("recall of divergence for CONTRADICTION", figures.contradiction.recall, None, None),
            *((f"  pairs judged {j.judgment}", j.pairs, j.aligned, j.flagged) for j in by_judgment),
        ),
    )
    return Outcome(figures, table)


@dataclass(frozen=True)
class ClaimDiffClass:
    relation: str  # strengthen, weaken, neither
    pairs: int
    aligned: Count  # claims grouped together
    agreement: Count  # grouped, nothing diverges
    divergence: Count
    not_divergence: Count


@dataclass(frozen=True)
class ClaimDiffFigures:
    by_relation: tuple[ClaimDiffClass, ...]


def claimdiff(ctx: Context) -> Outcome:
    """Weaken pairs that come out as divergence; strengthen pairs that come out as agreement."""
    pairs = subsample(datasets.claimdiff_test(ctx.public_data()), ctx.limit)
    outcomes = []
    for pair in pairs:
        comparison = compare_two(pair.claim_a, pair.claim_b, ctx)
        outcomes.append((bool(all_pairs(comparison)), agrees(comparison), bool(divergences(comparison))))
    classes = []
    for relation in ("weaken", "strengthen", "neither", "both"):
        mine = [o for o, p in zip(outcomes, pairs, strict=True) if p.relation == relation]
        if not mine:
            continue
        classes.append(ClaimDiffClass(
            relation=relation,
            pairs=len(mine),
            aligned=count([o[0] for o in mine]),
            agreement=count([o[1] for o in mine]),
            divergence=count([o[2] for o in mine]),
            not_divergence=count([not o[2] for o in mine]),
        ))
    table = Table(
        title=f"ClaimDiff test ({len(pairs)} claim pairs from different outlets on one topic)",
        header=("gold relation", "pairs", "aligned", "agreement", "divergence", "not divergence"),
        rows=tuple((c.relation, c.pairs, c.aligned, c.agreement, c.divergence, c.not_divergence)
                   for c in classes),
        notes=("want: weaken -> divergence; strengthen -> agreement (or at least not divergence)",),
    )
    return Outcome(ClaimDiffFigures(tuple(classes)), table)
