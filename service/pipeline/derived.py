"""Texts derived from another one in the comparison: a summary or a rewrite of it.

A summary adds no facts of its own and restates its source however loosely it words it, so the comparison
holds it to more than it holds an independent source (see `compare.foreign_details` and `compare_pair`)."""

from __future__ import annotations

from collections.abc import Sequence

from service.pipeline.align import much_shorter
from service.pipeline.types import Article, Claim


def derived_pairs(
    articles: Sequence[Article], claims: Sequence[Claim], groups: Sequence[Sequence[int]]
) -> set[tuple[int, int]]:
    """(derived, source) article pairs: a text at most half as long as another, almost every claim of which
    is aligned with a claim of that other text (half of them, for a text a quarter as long), summarises or
    rewrites it."""
    partners: dict[int, set[int]] = {}
    for members in groups:
        for i in members:
            partners.setdefault(i, set()).update(claims[j].article_index for j in members)
    found = set()
    for d, derived in enumerate(articles):
        mine = [i for i, c in enumerate(claims) if c.article_index == d and c.kind.informative]
        if not mine:
            continue
        for s, source in enumerate(articles):
            if s == d or not much_shorter(len(derived.text), len(source.text)):
                continue
            covered = sum(1 for i in mine if s in partners.get(i, set()))
            if covered >= (0.5 if 4 * len(derived.text) <= len(source.text) else 0.75) * len(mine):
                found.add((d, s))
    return found
