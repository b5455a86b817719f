"""Align claims that report the same thing across articles into groups.

The pair score combines embedding cosine with lexical overlap (rapidfuzz), shared names and shared content
words, weighted by a logistic model calibrated on STS-B train (`make train`, `models/alignment.json`).
Everything is computed over arrays of candidate pairs taken from one similarity matrix, not pair by pair.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

from service.pipeline.dates import months_recalled
from service.pipeline.types import Article, Claim, ClaimKind, Facts

FEATURES = ("cosine", "lexical", "names", "words", "rare_words")
MODELS_DIR = Path(__file__).resolve().parents[2] / "models"
_PUNCTUATION = re.compile(r"[^\w\s]")


@dataclass(frozen=True)
class Detector:
    """A logistic over the pair features: the probability that two claims report the same thing."""

    weights: tuple[float, ...]
    bias: float

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Detector:
        return cls(tuple(float(data["weights"].get(name, 0.0)) for name in FEATURES), float(data["bias"]))

    def probability(self, features: np.ndarray) -> np.ndarray:
        logits = features @ np.asarray(self.weights) + self.bias
        return 1.0 / (1.0 + np.exp(-logits))


@dataclass(frozen=True)
class PairScorer:
    """Two calibrated detectors and the score at which two claims count as aligned.

    The overall detector weighs every feature; the specific one looks only at rare shared words and names.
    Within a story every claim shares its common words, so two claims that share the rare ones ("Vance",
    "ungrateful") report the same thing even when their wording is far apart. A pair's score is the larger.
    """

    overall: Detector
    specific: Detector | None
    threshold: float
    source: str = "models/alignment.json"

    @classmethod
    def load(cls, path: Path | None = None) -> PairScorer:
        data = json.loads((path or MODELS_DIR / "alignment.json").read_text())
        specific = Detector.from_json(data["specific"]) if "specific" in data else None
        return cls(overall=Detector.from_json(data), specific=specific, threshold=float(data["threshold"]))

    def score(self, features: np.ndarray, within_story: bool = True) -> np.ndarray:
        """Calibrated scores. Rarity means something only among a story's claims, so a pair judged on its own
        (a sentence-pair data set) is scored by the overall detector alone."""
        overall = self.overall.probability(features)
        if self.specific is None or not within_story:
            return overall
        return np.maximum(overall, self.specific.probability(features))


@dataclass(frozen=True)
class ClaimTable:
    """Per-claim arrays that pair features are computed from."""

    texts: list[str]
    embeddings: np.ndarray  # (n, d), unit length
    names: np.ndarray  # (n, K) bool: which normalised names each claim mentions
    words: np.ndarray  # (n, L) bool: which content lemmas each claim uses
    terms: np.ndarray  # (n, T) bool: names and content lemmas together
    rarity: np.ndarray  # (T,) inverse document frequency of each term among these claims
    days: np.ndarray  # (n, D) bool: which resolved calendar days each claim names
    months: np.ndarray  # (n, M) bool: which months each claim names or recalls ("six months after ...")
    met: np.ndarray  # (n, P) bool: which two people each claim has meeting, talking or clashing ("trump|zelensky")

    @classmethod
    def build(
        cls,
        texts: Sequence[str],
        facts: Sequence[Facts],
        embeddings: np.ndarray,
        published: Sequence[date | None] | None = None,
        story: Sequence[bool] | None = None,
    ) -> ClaimTable:
        """`published`: each claim's publication date, which "six months after ..." counts back from; `story`:
        the claims whose words count for rarity (not captions, which are compared only with captions)."""
        names = [{e.key for e in f.entities} for f in facts]
        words = [set(f.content_lemmas) for f in facts]
        terms = _incidence([claim_terms(f) for f in facts])
        # A word every claim of the story uses ("Zelensky", "peace") says little; a rare one ("ungrateful") a lot.
        counted = np.asarray(story, dtype=bool) if story is not None else np.ones(len(texts), dtype=bool)
        document_frequency = terms[counted].sum(axis=0)
        rarity = np.log((len(texts) + 1) / (document_frequency + 1)) + 1.0
        return cls(
            texts=[_PUNCTUATION.sub(" ", t.lower()) for t in texts],
            embeddings=embeddings,
            names=_incidence(names),
            words=_incidence(words),
            terms=terms,
            rarity=rarity,
            days=_incidence([{d.day.isoformat() for d in f.dates if d.day} for f in facts]),
            months=_incidence([
                _months(f, text, when) for f, text, when in zip(facts, texts, published or [None] * len(texts),
                                                                 strict=True)
            ]),
            met=_incidence([
                {"|".join(pair) for e in f.encounters for pair in combinations(sorted(e.participants), 2)}
                for f in facts
            ]),
        )

    def features(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """(len(rows), len(FEATURES)) features of the pairs (rows[k], cols[k])."""
        cosine = np.einsum("ij,ij->i", self.embeddings[rows], self.embeddings[cols])
        lexical = process.cpdist(
            [self.texts[i] for i in rows], [self.texts[j] for j in cols], scorer=fuzz.token_set_ratio, workers=1
        ) / 100.0
        return np.column_stack([
            cosine,
            lexical,
            _jaccard(self.names, rows, cols),
            _jaccard(self.words, rows, cols),
            _weighted_jaccard(self.terms, self.rarity, rows, cols),
        ])

    def share_day(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        return (self.days[rows] & self.days[cols]).any(axis=1)

    def share_month(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        return (self.months[rows] & self.months[cols]).any(axis=1)

    def same_encounter(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """Both claims mention an encounter between the same two people or more, and do not name different
        days: "Zelenskyy's fiery Friday meeting with Trump" and "following a heated exchange with Trump"."""
        shared_people = (self.met[rows] & self.met[cols]).any(axis=1)
        dated = self.days[rows].any(axis=1) & self.days[cols].any(axis=1)
        return shared_people & ~(dated & ~self.share_day(rows, cols))


def claim_terms(facts: Facts) -> set[str]:
    """A claim's content lemmas and its names (as "@key"): what rare-word overlap is counted over."""
    return {"@" + e.key for e in facts.entities} | set(facts.content_lemmas)


def _months(facts: Facts, text: str, published: date | None) -> set[str]:
    named = {(d.day.year, d.day.month) if d.day else (d.year, d.month) for d in facts.dates}
    return {f"{year}-{month:02d}" for year, month in named | months_recalled(text, published) if year and month}


def _incidence(sets: Sequence[set[str]]) -> np.ndarray:
    vocabulary = {item: k for k, item in enumerate(sorted(set().union(*sets)))} if sets else {}
    matrix = np.zeros((len(sets), max(len(vocabulary), 1)), dtype=bool)
    for row, items in enumerate(sets):
        matrix[row, [vocabulary[item] for item in items]] = True
    return matrix


def _jaccard(matrix: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    a, b = matrix[rows], matrix[cols]
    shared = (a & b).sum(axis=1)
    union = (a | b).sum(axis=1)
    return np.where(union > 0, shared / np.maximum(union, 1), 0.0)


def _weighted_jaccard(matrix: np.ndarray, weights: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    a, b = matrix[rows], matrix[cols]
    shared = (a & b) @ weights
    union = (a | b) @ weights
    return np.where(union > 0, shared / np.maximum(union, 1e-9), 0.0)


def align(
    claims: Sequence[Claim],
    facts: Sequence[Facts],
    embeddings: np.ndarray,
    articles: Sequence[Article],
    scorer: PairScorer,
    candidate_threshold: float,
    max_event_gap_days: int,
) -> tuple[list[list[int]], dict[tuple[int, int], float]]:
    """Groups of claim indices (each spanning two or more articles) and the score of every scored pair.

    `embeddings` has one row per claim; only compared claims are aligned, captions only with captions.
    """
    compared = np.array([i for i, c in enumerate(claims) if c.kind.compared], dtype=int)
    if len(compared) < 2:
        return [], {}
    published = [articles[c.article_index].published_at for c in claims]
    table = ClaimTable.build(
        [c.text for c in claims], facts, embeddings, published, story=[c.kind.informative for c in claims]
    )
    article_of = np.array([c.article_index for c in claims])

    cosine = embeddings[compared] @ embeddings[compared].T
    caption = np.array([claims[i].kind is ClaimKind.CAPTION for i in compared], dtype=bool)
    across = (article_of[compared][:, None] != article_of[compared][None, :]) & (
        caption[:, None] == caption[None, :]
    )
    candidates = (cosine >= candidate_threshold) & across & _nearest(cosine, across, len(articles))
    met = table.met[compared].astype(np.int32)
    candidates |= across & (met @ met.T > 0)  # mentions of one encounter, however far apart their wording
    local_rows, local_cols = np.nonzero(np.triu(candidates, k=1))
    rows, cols = compared[local_rows], compared[local_cols]
    if len(rows) == 0:
        return [], {}
    features = table.features(rows, cols)
    # A text at most half as long as another (a summary, a brief) restates several of its sentences at once, so
    # its claims look generic against it; their mutual best matches there are not discounted as hubs.
    penalty = _hub_penalty(cosine, across)[local_rows, local_cols]
    lengths = np.array([len(a.text) for a in articles])
    length_a, length_b = lengths[article_of[rows]], lengths[article_of[cols]]
    short_against_long = much_shorter(np.minimum(length_a, length_b), np.maximum(length_a, length_b))
    mutual = _mutual_nearest(np.where(across, cosine, -1.0), article_of[compared])[local_rows, local_cols]
    features[:, 0] -= np.where(mutual & short_against_long, 0.0, penalty)
    scores = scorer.score(features)
    # Articles published weeks apart report different events unless the claims name the same day, or month
    # ("six months after their last appearance there", in August, and "Friday's meeting", in March).
    far_apart = _event_gap(articles, article_of[rows], article_of[cols]) > max_event_gap_days
    tied = table.share_day(rows, cols) | table.share_month(rows, cols)
    # Two claims that each quote someone at length, in words the other does not use, report two statements.
    unrelated = (far_apart & ~tied) | _different_quotations(facts, rows, cols)
    scores = np.where(unrelated, 0.0, scores)
    # Two mentions of one encounter report the same event however they word it, and two claims quoting the same
    # words report the same statement: aligned, and grouped first.
    encounter = (table.same_encounter(rows, cols) | _same_quotation(facts, rows, cols)) & ~unrelated

    pair_scores = {(int(i), int(j)): float(s) for i, j, s in zip(rows, cols, scores, strict=True)}
    first = {(int(i), int(j)) for i, j in zip(rows[encounter], cols[encounter], strict=True)}
    groups = _group(pair_scores, scorer.threshold, article_of, first)
    return groups, pair_scores


def _nearest(cosine: np.ndarray, across: np.ndarray, articles: int, per_article: int = 3) -> np.ndarray:
    """Each claim's most similar claims in other articles (a few per article), so the pairs scored grow with
    the number of claims, not its square, even when an article repeats one sentence hundreds of times."""
    keep = min(cosine.shape[1], per_article * max(articles - 1, 1))
    ranked = np.where(across, cosine, -np.inf)
    top = np.argpartition(-ranked, keep - 1, axis=1)[:, :keep] if keep < cosine.shape[1] else None
    nearest = np.zeros_like(across) if top is not None else np.ones_like(across)
    if top is not None:
        np.put_along_axis(nearest, top, True, axis=1)
    return nearest | nearest.T


_MIN_QUOTED_WORDS = 5


def _different_quotations(facts: Sequence[Facts], rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Pairs whose claims both quote five words or more and share under a third of their quoted words (words of
    four letters or more: "the", "and", "for" are in every quotation)."""
    quoted = _incidence([
        {w.lower() for q in f.quotes for w in _PUNCTUATION.sub(" ", q.text).split() if len(w) >= 4} for f in facts
    ])
    sizes = quoted.sum(axis=1)
    different = np.zeros(len(rows), dtype=bool)
    both = np.flatnonzero((sizes[rows] >= _MIN_QUOTED_WORDS) & (sizes[cols] >= _MIN_QUOTED_WORDS))
    a, b = rows[both], cols[both]
    shared = (quoted[a] & quoted[b]).sum(axis=1)
    different[both] = 3 * shared < np.minimum(sizes[a], sizes[b])
    return different


_SHARED_QUOTED_WORDS = 4


def _same_quotation(facts: Sequence[Facts], rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Pairs whose claims quote the same four words or more in a row: 'there will be a "coalition of the willing"
    to help defend Ukraine' / 'would form a "coalition of the willing"'. A quoted title ("The Salt Road") names
    a work, which many claims mention; it is no statement."""
    runs = []
    for f in facts:
        quoted = [_PUNCTUATION.sub(" ", q.text).split() for q in f.quotes]
        runs.append({
            " ".join(words[k : k + _SHARED_QUOTED_WORDS]).lower()
            for words in quoted if not _is_title(words)
            for k in range(len(words) - _SHARED_QUOTED_WORDS + 1)
        })
    shared = _incidence(runs)
    return (shared[rows] & shared[cols]).any(axis=1)


def _is_title(words: Sequence[str]) -> bool:
    """Every word of four letters or more capitalised: "The Lord of the Rings", not "coalition of the willing"."""
    long_words = [w for w in words if len(w) >= 4]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


def much_shorter(short: Any, long: Any) -> Any:
    """A text at most half as long as another: what a summary or a brief of it would be (numbers or arrays)."""
    return 2 * short <= long


def _mutual_nearest(cosine: np.ndarray, article_of: np.ndarray) -> np.ndarray:
    """(n, n) bool: each claim is the other's most similar claim in its article."""
    best = np.zeros_like(cosine, dtype=bool)
    for article in np.unique(article_of):
        columns = np.flatnonzero(article_of == article)
        others = article_of != article
        nearest = columns[np.argmax(cosine[np.ix_(others, columns)], axis=1)]
        best[np.flatnonzero(others), nearest] = True
    return best & best.T


def _hub_penalty(cosine: np.ndarray, across: np.ndarray, background_ranks: int = 5) -> np.ndarray:
    """How much more alike than usual two claims are to everything else in the story, as a cosine offset.

    Within one story every claim is somewhat like every other; a generic claim ("European leaders voiced
    support") is like many, a specific one ("Vance called him ungrateful") like few. As in CSLS (Conneau et al.
    2018), a claim's background is its mean cosine to the other articles' claims most like it, leaving out its
    best match (its likely counterpart); a pair is penalised by how far its claims' backgrounds sit above the
    story's typical background. Zero when the story is too small to have a background.
    """
    others = np.where(across, cosine, -np.inf)
    ranked = -np.sort(-others, axis=1)[:, 1 : 1 + background_ranks]
    counts = np.isfinite(ranked).sum(axis=1)
    totals = np.where(np.isfinite(ranked), ranked, 0.0).sum(axis=1)
    background = np.where(counts > 0, totals / np.maximum(counts, 1), np.nan)
    known = ~np.isnan(background)
    if known.sum() < 3:
        return np.zeros_like(cosine)
    excess = np.where(known, background - background[known].mean(), 0.0)
    return (excess[:, None] + excess[None, :]) / 2.0


def _event_gap(articles: Sequence[Article], a: np.ndarray, b: np.ndarray) -> np.ndarray:
    ordinal = np.array([x.published_at.toordinal() if x.published_at else -1 for x in articles], dtype=np.float64)
    known = (ordinal[a] >= 0) & (ordinal[b] >= 0)
    return np.where(known, np.abs(ordinal[a] - ordinal[b]), 0.0)


def _group(
    pair_scores: dict[tuple[int, int], float],
    threshold: float,
    article_of: np.ndarray,
    first: set[tuple[int, int]] | None = None,
) -> list[list[int]]:
    """Greedy clustering over aligned pairs (scored at the threshold or above, or in `first`), strongest first,
    the pairs in `first` before all others.

    A claim joins a group only if it is aligned with at least half of the group's members from other articles,
    so a group never chains two unrelated claims together through a middle one. An article contributes at
    most one claim to a group, unless its second claim is aligned with every other-article member (an
    article can repeat a fact).
    """
    group_of: dict[int, int] = {}
    groups: dict[int, list[int]] = {}
    first = first or set()

    def counts(pair: tuple[int, int], score: float) -> bool:
        # A score of 0 is a pair ruled out (events weeks apart, two different quotations), at any threshold.
        return (score > 0.0 and score >= threshold) or pair in first

    edges = sorted(((p in first, s, p) for p, s in pair_scores.items() if counts(p, s)), reverse=True)

    def aligned(x: int, y: int) -> bool:
        pair = (min(x, y), max(x, y))
        return counts(pair, pair_scores.get(pair, 0.0))

    def may_join(members: Sequence[int], newcomers: Sequence[int]) -> bool:
        for newcomer in newcomers:
            others = [m for m in members if article_of[m] != article_of[newcomer]]
            links = sum(aligned(newcomer, m) for m in others)
            same_article = sum(article_of[m] == article_of[newcomer] for m in members)
            # Two groups merged must not give one article three claims: count the newcomers' own too.
            in_all = sum(article_of[m] == article_of[newcomer] for m in [*members, *newcomers] if m != newcomer)
            if links * 2 < len(others) or (same_article and links < len(others)) or in_all >= 2:
                return False
        return True

    for _, _, (i, j) in edges:
        gi, gj = group_of.get(i), group_of.get(j)
        if gi is None and gj is None:
            groups[i] = [i, j]
            group_of[i] = group_of[j] = i
        elif gi is not None and gj is None:
            if may_join(groups[gi], [j]):
                groups[gi].append(j)
                group_of[j] = gi
        elif gj is not None and gi is None:
            if may_join(groups[gj], [i]):
                groups[gj].append(i)
                group_of[i] = gj
        elif gi is not None and gj is not None and gi != gj:
            if may_join(groups[gi], groups[gj]):
                for member in groups.pop(gj):
                    groups[gi].append(member)
                    group_of[member] = gi
    return [sorted(members) for members in groups.values()]
