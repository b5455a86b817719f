"""Small, dependency-light metrics: counts with rates, binary scores, threshold search, subsampling."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, TypeVar

import numpy as np

T = TypeVar("T")
SUBSAMPLE_SEED = 20250301


@dataclass(frozen=True)
class Count:
    """`hits` out of `total`; `rate` is hits / total, or None when total is 0."""

    hits: int
    total: int
    rate: float | None = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "rate", self.hits / self.total if self.total else None)


def count(flags: Sequence[bool]) -> Count:
    """How many of `flags` are true."""
    return Count(sum(bool(f) for f in flags), len(flags))


@dataclass(frozen=True)
class BinaryScores:
    """Scores of predicted against gold labels, positive class = True. Undefined ratios are None."""

    n: int
    accuracy: float | None
    precision: float | None
    recall: float | None
    f1: float | None
    balanced_accuracy: float | None


def binary_scores(predicted: Sequence[bool] | np.ndarray, gold: Sequence[bool] | np.ndarray) -> BinaryScores:
    """Accuracy, precision, recall, F1 and balanced accuracy of the positive class."""
    p = np.asarray(predicted, dtype=bool)
    g = np.asarray(gold, dtype=bool)
    tp, fp = int((p & g).sum()), int((p & ~g).sum())
    fn, tn = int((~p & g).sum()), int((~p & ~g).sum())
    recall = _ratio(tp, tp + fn)
    specificity = _ratio(tn, tn + fp)
    return BinaryScores(
        n=len(g),
        accuracy=_ratio(tp + tn, len(g)),
        precision=_ratio(tp, tp + fp),
        recall=recall,
        f1=_ratio(2 * tp, 2 * tp + fp + fn),
        balanced_accuracy=None if recall is None or specificity is None else (recall + specificity) / 2,
    )


def best_threshold(scores: np.ndarray, gold: np.ndarray, objective: Literal["f1", "accuracy"]) -> float:
    """The threshold t maximising the objective of `scores >= t` against `gold`.

    Every distinct cut is tried; t is the midpoint between the two scores either side of the cut, so it does
    not sit on a training example. Ties go to the highest threshold, which makes the choice deterministic.
    """
    order = np.argsort(-scores, kind="stable")
    s = scores[order].astype(float)
    g = np.asarray(gold, dtype=bool)[order]
    n, positives = len(s), int(g.sum())
    tp = np.concatenate([[0], np.cumsum(g)])  # tp[k]: true positives when the top k are called positive
    k = np.arange(n + 1)
    fp = k - tp
    if objective == "f1":
        values = 2 * tp / np.maximum(2 * tp + fp + (positives - tp), 1)
    else:
        values = (tp + (n - positives - fp)) / max(n, 1)
    # A cut between equal scores cannot be realised by a threshold.
    valid = np.ones(n + 1, dtype=bool)
    valid[1:n] = s[:-1] > s[1:]
    best = int(np.argmax(np.where(valid, values, -1.0)))
    if best == 0:
        return float(np.nextafter(s[0], np.inf)) if n else 0.5
    if best == n:
        return float(s[-1])
    return float((s[best - 1] + s[best]) / 2)


def subsample(items: Sequence[T], limit: int | None) -> list[T]:
    """At most `limit` items, drawn with a fixed seed and kept in their original order; all if no limit."""
    if limit is None or limit >= len(items):
        return list(items)
    keep = sorted(random.Random(SUBSAMPLE_SEED).sample(range(len(items)), limit))
    return [items[i] for i in keep]


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None
