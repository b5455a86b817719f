"""The only module that calls the pipeline: thin, batched wrappers over its public functions."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from evaluation.context import Context
from evaluation.datasets import SentencePair
from service.pipeline.align import FEATURES
from service.pipeline.run import compare_articles, pair_features, score_sentence_pairs
from service.pipeline.types import Article, Comparison, Divergence, PairResult

BATCH = 1000  # pairs per call: bounds the memory of the per-batch vocabulary matrices
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def pair_scores(pairs: Sequence[SentencePair], ctx: Context) -> np.ndarray:
    """The service's alignment score of every pair, in order."""
    return _batched(pairs, ctx, score=True)


def raw_features(pairs: Sequence[SentencePair], ctx: Context) -> np.ndarray:
    """The (n, len(FEATURES)) raw pair features of every pair, in order; columns named by FEATURES.

    Some features (rare_words) are weighted by how common a word is among all sentences of one call, so
    features depend on the batch: pairs always go in fixed batches of BATCH, in data-set order.
    """
    return _batched(pairs, ctx, score=False)


def _batched(pairs: Sequence[SentencePair], ctx: Context, score: bool) -> np.ndarray:
    parts = []
    for start in range(0, len(pairs), BATCH):
        chunk = pairs[start : start + BATCH]
        first, second = [p.first for p in chunk], [p.second for p in chunk]
        if score:
            parts.append(score_sentence_pairs(first, second, ctx.models))
        else:
            parts.append(pair_features(first, second, ctx.models))
    if parts:
        return np.concatenate(parts)
    return np.zeros(0) if score else np.zeros((0, len(FEATURES)))


def compare_two(first: str, second: str, ctx: Context, names: tuple[str, str] = ("a", "b")) -> Comparison:
    """Compare two undated texts as two articles (ids and sources from `names`).

    A text that does not end like a sentence gets a full stop: the segmenter reads an unpunctuated line
    as a headline, which is never aligned, and sentence-pair sets (SICK) leave the stop out.
    """
    articles = [
        Article(id=name, source=name, text=as_sentence(text))
        for name, text in zip(names, (first, second), strict=True)
    ]
    return compare_articles(articles, ctx.models, ctx.thresholds, cache=ctx.cache)


def as_sentence(text: str) -> str:
    """`text`, with a full stop appended when it does not already end with sentence punctuation."""
    stripped = text.rstrip()
    return text if not stripped or _ENDS_SENTENCE.search(stripped) else stripped + "."


def compare(articles: Sequence[Article], ctx: Context) -> Comparison:
    """Compare articles with the evaluation thresholds (and the run's per-article cache)."""
    return compare_articles(list(articles), ctx.models, ctx.thresholds, cache=ctx.cache)


def all_pairs(comparison: Comparison) -> list[PairResult]:
    """Every compared pair of every group."""
    return [pair for group in comparison.groups for pair in group.pairs]


def divergences(comparison: Comparison) -> list[tuple[PairResult, Divergence]]:
    """Every divergence flagged anywhere, with the pair it belongs to."""
    return [(pair, d) for pair in all_pairs(comparison) for d in pair.divergences]


def has_divergence(comparison: Comparison) -> bool:
    return any(pair.divergences for pair in all_pairs(comparison))


def agrees(comparison: Comparison) -> bool:
    """Something was aligned across the articles and nothing diverges."""
    pairs = all_pairs(comparison)
    return bool(pairs) and not any(pair.divergences for pair in pairs)
