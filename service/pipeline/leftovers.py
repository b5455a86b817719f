"""Claims left over when one copy of a story merges two sentences the other keeps apart.

Two copies of one story (a wire story and its edited version) align claim for claim, but an editor often merges
two sentences into one ("Russian officials celebrated the disastrous meeting. Kremlin spokesperson Dmitry Peskov
told ..." becomes "The disastrous meeting was lamented by Russian officials, with Kremlin spokesperson Dmitry
Peskov telling ..."). The merged sentence aligns with one of the two; the other is left over, its embedding too
far from a sentence that says twice as much. Between copies whose claims mostly align, a leftover claim next to
an aligned one joins its neighbour's group when the neighbour's counterpart carries most of its words, so that it
is compared with what the other copy says of it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz

from service.pipeline.align import claim_terms, much_shorter
from service.pipeline.article_facts import words
from service.pipeline.types import Claim, Facts

MIN_ALIGNED_SHARE = 0.5  # of each copy's claims grouped with the other's: "copies of one story"
MIN_CONTAINED = 0.3  # of the leftover's words and names found in the counterpart
MIN_QUOTED_WORDS = 6  # for a quotation to be matched word for word
MIN_QUOTED_ALIKE = 0.8  # rapidfuzz partial ratio: a word or two changed in a quotation quoted whole
MIN_LENGTH_RATIO = 1.5  # the counterpart says more: it carries the leftover's sentence besides its own
MIN_LEFTOVER_COSINE = 0.35  # the one leftover of each of two copies: one sentence, a figure changed
MIN_LEFTOVERS_SHARED = 0.35  # of the shorter leftover's words and names found in the other
_UNINFORMATIVE = frozenset({"say", "be", "have", "tell", "add"})


def attach_leftovers(
    groups: Sequence[Sequence[int]], claims: Sequence[Claim], facts: Sequence[Facts], copies: set[tuple[int, int]]
) -> tuple[list[list[int]], dict[tuple[int, int], float]]:
    """The groups with leftover claims joined, and for each joined claim and its counterpart (smaller index
    first) the share of the leftover's words the counterpart carries. `copies`: `copies_of_one_story`."""
    result = [list(g) for g in groups]
    group_of = {m: k for k, members in enumerate(result) for m in members}
    joined: dict[tuple[int, int], float] = {}
    for u, claim in enumerate(claims):
        if not claim.kind.informative or u in group_of:
            continue
        best: tuple[float, int, int] | None = None
        for neighbour in (u - 1, u + 1):
            if not 0 <= neighbour < len(claims) or claims[neighbour].article_index != claim.article_index:
                continue
            k = group_of.get(neighbour)
            if k is None or not all(claims[m].kind.informative for m in result[k]):
                continue  # a group of captions takes no claim
            for x in result[k]:
                other = claims[x]
                if (claim.article_index, other.article_index) not in copies:
                    continue
                if len(other.text) < MIN_LENGTH_RATIO * len(claim.text):
                    continue
                share = _contained(facts[u], facts[x])
                if share >= MIN_CONTAINED and (best is None or share > best[0]):
                    best = (share, k, x)
        if best is not None:
            share, k, x = best
            result[k].append(u)
            result[k].sort()
            group_of[u] = k
            joined[(min(u, x), max(u, x))] = share
    return result, joined


def pair_leftovers(
    groups: Sequence[Sequence[int]], claims: Sequence[Claim], facts: Sequence[Facts], embeddings: np.ndarray,
    copies: set[tuple[int, int]],
) -> tuple[list[list[int]], dict[tuple[int, int], float]]:
    """The groups with a new pair for the one claim left over in each of two copies of one story, when the two are
    near in meaning and share many of their words: "Turnout ... reached 58 percent, the highest in two decades,
    the city's electoral board said" / "Participation reached 61%, the strongest in 20 years, the city's electoral
    board said", kept apart by the figure that differs. Each new pair's score is the share of the shorter claim's
    words the other carries."""
    result = [list(g) for g in groups]
    grouped = {m for g in result for m in g}
    left = [u for u, c in enumerate(claims) if c.kind.informative and u not in grouped]
    joined: dict[tuple[int, int], float] = {}
    for first, second in sorted(copies):
        if first > second:
            continue
        mine = [u for u in left if claims[u].article_index == first]
        theirs = [u for u in left if claims[u].article_index == second]
        if len(mine) != 1 or len(theirs) != 1:
            continue  # the one claim each copy has left over, not details each tells and the other does not
        u, x = mine[0], theirs[0]
        if float(embeddings[u] @ embeddings[x]) < MIN_LEFTOVER_COSINE:
            continue
        shorter, longer = sorted((u, x), key=lambda k: len(claims[k].text))
        share = _contained(facts[shorter], facts[longer])
        if share >= MIN_LEFTOVERS_SHARED:
            result.append([u, x])
            joined[(min(u, x), max(u, x))] = share
    return result, joined


def copies_of_one_story(
    groups: Sequence[Sequence[int]], claims: Sequence[Claim], lengths: Sequence[int]
) -> set[tuple[int, int]]:
    """Ordered pairs of articles of about one length (not a summary and its source) whose informative claims
    are, on both sides, mostly grouped with the other's."""
    totals: dict[int, int] = {}
    for claim in claims:
        if claim.kind.informative:
            totals[claim.article_index] = totals.get(claim.article_index, 0) + 1
    shared: dict[tuple[int, int], set[int]] = {}
    for members in groups:
        articles = {claims[m].article_index for m in members}
        for m in members:
            for other in articles - {claims[m].article_index}:
                shared.setdefault((claims[m].article_index, other), set()).add(m)
    return {
        (a, b) for (a, b), mine in shared.items()
        if not much_shorter(min(lengths[a], lengths[b]), max(lengths[a], lengths[b]))
        and len(mine) >= MIN_ALIGNED_SHARE * totals.get(a, 0)
        and len(shared.get((b, a), set())) >= MIN_ALIGNED_SHARE * totals.get(b, 0)
    }


def _contained(short: Facts, long: Facts) -> float:
    """The share of the short claim's content words and names that the long one has too, or, for a quotation,
    how nearly the long one quotes it word for word: a quotation's plain words carry it ("that could be a
    disadvantage for one side or the other" has one content word), and two different quotations share many
    ("We will not back down" / "We will not accept this")."""
    # a name counts once, not once more for each of its words: "after the Faroe Islands walked out" has two terms
    in_names = {word for e in short.entities for word in e.key.split()}
    mine = claim_terms(short) - _UNINFORMATIVE - in_names
    share = len(mine & claim_terms(long)) / len(mine) if len(mine) >= 2 else 0.0
    quoted, theirs = _quoted(short), _quoted(long)
    if len(quoted.split()) >= MIN_QUOTED_WORDS and theirs:
        alike = fuzz.partial_ratio(quoted, theirs) / 100.0
        share = max(share, alike if alike >= MIN_QUOTED_ALIKE else 0.0)
    return share


def _quoted(facts: Facts) -> str:
    return " ".join(w for quote in facts.quotes for w in words(quote.text))
