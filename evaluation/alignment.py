"""Issue 3, public sets: does the pair score separate same-claim pairs from different ones?

MRPC and PAWS-Wiki are judged as paraphrase classification, STS-B by rank correlation with graded
similarity. Each picks thresholds on its tuning split only and reports on its test split.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np
from scipy.stats import rankdata, spearmanr

from evaluation import datasets
from evaluation.context import Context, Outcome
from evaluation.metrics import BinaryScores, best_threshold, binary_scores, subsample
from evaluation.paths import GOLD_DIR
from evaluation.service_api import pair_scores, raw_features
from evaluation.table import Table
from service.pipeline.align import FEATURES


@dataclass(frozen=True)
class ThresholdedScores:
    """Test scores when calling `score >= threshold` a paraphrase."""

    threshold: float
    test: BinaryScores


@dataclass(frozen=True)
class MrpcFigures:
    tuning_pairs: int  # msr-para-train + msr-para-val
    tuning_f1: float | None  # F1 on the tuning pairs at the tuned threshold
    tuned: ThresholdedScores  # threshold maximising F1 on train+val
    service: ThresholdedScores  # the service's own threshold


MRPC_BASELINES = (("always paraphrase", 0.665, 0.799), ("Ji & Eisenstein 2013", 0.804, 0.859))


def mrpc(ctx: Context) -> Outcome:
    """MRPC test accuracy/F1 at the F1-best threshold on train+val, and at the service threshold."""
    data = ctx.public_data()
    tuning = datasets.mrpc(data, "msr-para-train.tsv") + datasets.mrpc(data, "msr-para-val.tsv")
    tuning = subsample(tuning, ctx.limit)
    test = subsample(datasets.mrpc(data, "msr-para-test.tsv"), ctx.limit)
    tuning_gold, test_gold = _labels(tuning), _labels(test)
    tuning_scores, test_scores = pair_scores(tuning, ctx), pair_scores(test, ctx)

    threshold = best_threshold(tuning_scores, tuning_gold, "f1")
    figures = MrpcFigures(
        tuning_pairs=len(tuning),
        tuning_f1=binary_scores(tuning_scores >= threshold, tuning_gold).f1,
        tuned=_at(threshold, test_scores, test_gold),
        service=_at(ctx.models.scorer.threshold, test_scores, test_gold),
    )
    rows = [
        ("pair score, threshold tuned for F1 on train+val", figures.tuned.threshold,
         figures.tuned.test.accuracy, figures.tuned.test.f1),
        ("pair score, service threshold", figures.service.threshold,
         figures.service.test.accuracy, figures.service.test.f1),
        *((f"baseline: {name}", None, acc, f1) for name, acc, f1 in MRPC_BASELINES),
    ]
    table = Table(
        title=f"MRPC paraphrase, test ({len(test)} pairs; threshold tuned on {len(tuning)} train+val pairs)",
        header=("system", "threshold", "accuracy", "F1"),
        rows=tuple(rows),
    )
    return Outcome(figures, table)


@dataclass(frozen=True)
class PawsFigures:
    tuned: ThresholdedScores  # threshold maximising accuracy on dev
    service: ThresholdedScores
    majority_test: float | None  # accuracy of always answering the test set's majority class


PAWS_MAJORITY_BASELINE = 0.558


def paws(ctx: Context) -> Outcome:
    """PAWS-Wiki test accuracy at the accuracy-best threshold on dev, and at the service threshold."""
    data = ctx.public_data()
    dev = subsample(datasets.paws_wiki(data, "dev"), ctx.limit)
    test = subsample(datasets.paws_wiki(data, "test"), ctx.limit)
    dev_gold, test_gold = _labels(dev), _labels(test)
    dev_scores, test_scores = pair_scores(dev, ctx), pair_scores(test, ctx)

    threshold = best_threshold(dev_scores, dev_gold, "accuracy")
    positives = float(test_gold.mean()) if len(test_gold) else None
    figures = PawsFigures(
        tuned=_at(threshold, test_scores, test_gold),
        service=_at(ctx.models.scorer.threshold, test_scores, test_gold),
        majority_test=None if positives is None else max(positives, 1 - positives),
    )
    table = Table(
        title=f"PAWS-Wiki paraphrase, test ({len(test)} pairs; threshold tuned on {len(dev)} dev pairs)",
        header=("system", "threshold", "accuracy", "F1"),
        rows=(
            ("pair score, threshold tuned for accuracy on dev", threshold,
             figures.tuned.test.accuracy, figures.tuned.test.f1),
            ("pair score, service threshold", figures.service.threshold,
             figures.service.test.accuracy, figures.service.test.f1),
            ("baseline: majority class (not paraphrase)", None, PAWS_MAJORITY_BASELINE, None),
        ),
    )
    return Outcome(figures, table)


@dataclass(frozen=True)
class StsbFigures:
    pairs: int
    spearman_pair_score: float
    spearman_cosine: float


MINILM_STSB_SPEARMAN = 0.820


def stsb(ctx: Context) -> Outcome:
    """Spearman correlation with STS-B test gold of the pair score and of the raw cosine feature."""
    test = subsample(datasets.stsb(ctx.public_data(), "test"), ctx.limit)
    gold = np.array([p.gold for p in test])
    scores = pair_scores(test, ctx)
    cosine = raw_features(test, ctx)[:, FEATURES.index("cosine")]
    figures = StsbFigures(
        pairs=len(test),
        spearman_pair_score=float(spearmanr(scores, gold).statistic),
        spearman_cosine=float(spearmanr(cosine, gold).statistic),
    )
    table = Table(
        title=f"STS-B similarity, test ({len(test)} pairs)",
        header=("score", "Spearman"),
        rows=(
            ("pair score (service)", figures.spearman_pair_score),
            ("cosine feature alone", figures.spearman_cosine),
            ("reference: all-MiniLM-L6-v2 cosine (MTEB)", MINILM_STSB_SPEARMAN),
        ),
    )
    return Outcome(figures, table)


@dataclass(frozen=True)
class NewsPairsFigures:
    pairs: int
    same_claim: int
    service: BinaryScores  # "aligned" = pair score at or above the service threshold
    auc_pair_score: float | None
    auc_cosine: float | None


NEWS_PAIRS_FILE = GOLD_DIR / "news_pairs.json"


def news_pairs(ctx: Context) -> Outcome:
    """Invented news claim pairs (`tests/data/news_pairs.json`): loose restatements of one claim against hard
    negatives of the same story. Judged at the service threshold (nothing is tuned here), with the ROC AUC of the
    pair score and of the cosine alone: how well each ranks same-claim pairs above different-claim pairs."""
    rows = json.loads(NEWS_PAIRS_FILE.read_text(encoding="utf-8"))["pairs"]
    pairs = subsample([datasets.SentencePair(r["a"], r["b"], 1.0 if r["label"] == "same" else 0.0) for r in rows],
                      ctx.limit)
    gold = _labels(pairs)
    scores = pair_scores(pairs, ctx)
    cosine = raw_features(pairs, ctx)[:, FEATURES.index("cosine")]
    aligned = scores >= ctx.models.scorer.threshold
    service = binary_scores(aligned, gold)
    figures = NewsPairsFigures(len(pairs), int(gold.sum()), service, _auc(scores, gold), _auc(cosine, gold))
    different = int((~gold).sum())
    table = Table(
        title=f"Invented news claim pairs ({len(pairs)}: {figures.same_claim} same claim, {different} hard negatives)",
        header=("figure", "value"),
        rows=(
            ("same-claim pairs aligned (recall, service threshold)", service.recall),
            ("hard negatives aligned (should be 0)", float(aligned[~gold].mean()) if different else None),
            ("accuracy at the service threshold", service.accuracy),
            ("ROC AUC of the pair score", figures.auc_pair_score),
            ("ROC AUC of the cosine alone", figures.auc_cosine),
        ),
    )
    return Outcome(figures, table)


def _auc(scores: np.ndarray, gold: np.ndarray) -> float | None:
    """The probability that a random positive scores above a random negative (ties count half)."""
    positives, negatives = int(gold.sum()), int((~gold).sum())
    if not positives or not negatives:
        return None
    ranks = rankdata(scores)
    return float((ranks[gold].sum() - positives * (positives + 1) / 2) / (positives * negatives))


def _labels(pairs: list[datasets.SentencePair]) -> np.ndarray:
    return np.array([p.gold >= 0.5 for p in pairs], dtype=bool)


def _at(threshold: float, scores: np.ndarray, gold: np.ndarray) -> ThresholdedScores:
    return ThresholdedScores(threshold=threshold, test=binary_scores(scores >= threshold, gold))
