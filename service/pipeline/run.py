"""The whole comparison: articles in, a Comparison out. One function, stages called in order."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from threadpoolctl import threadpool_limits

from service.pipeline.align import ClaimTable, PairScorer, align
from service.pipeline.analyse import load_spacy
from service.pipeline.article_facts import ArticleFacts
from service.pipeline.compare import compare_pair
from service.pipeline.consistency import held_alike
from service.pipeline.derived import derived_pairs, foreign_details, stated_elsewhere
from service.pipeline.embed import Embedder, load_embedder
from service.pipeline.leftovers import attach_leftovers, copies_of_one_story, pair_leftovers
from service.pipeline.names import same_name
from service.pipeline.prepare import ArticleCache, analyse_and_embed, prepare
from service.pipeline.quantities import CLOCK
from service.pipeline.types import (
    INFERRED,
    Article,
    Claim,
    ClaimKind,
    Comparison,
    Divergence,
    Facts,
    Group,
    PairResult,
)


@dataclass(frozen=True)
class Models:
    """Everything loaded once per process."""

    embedder: Embedder
    nlp: Any  # a spaCy Language
    scorer: PairScorer


def load_models(embedder_backend: str = "onnx-int8", batch_size: int = 32) -> Models:
    # spaCy's layers multiply through numpy (see load_spacy) on the one core it holds while the embedder runs on
    # the other; BLAS threads of its own would only contend with the embedder.
    threadpool_limits(1, user_api="blas")
    return Models(
        embedder=load_embedder(embedder_backend, batch_size), nlp=load_spacy(), scorer=PairScorer.load()
    )


@dataclass(frozen=True)
class Thresholds:
    candidate_threshold: float
    max_event_gap_days: int


def compare_articles(
    articles: Sequence[Article], models: Models, thresholds: Thresholds, cache: ArticleCache | None = None
) -> Comparison:
    prepared = prepare(articles, models.nlp, models.embedder, cache, model_tag(models))
    claims = [c for p in prepared for c in p.claims]
    facts = [f for p in prepared for f in p.facts]
    embeddings = np.vstack([p.embeddings for p in prepared])
    aligned, scores = align(
        claims, facts, embeddings, articles, models.scorer,
        thresholds.candidate_threshold, thresholds.max_event_gap_days,
    )
    copies = copies_of_one_story(aligned, claims, [len(article.text) for article in articles])
    groups, joined = attach_leftovers(aligned, claims, facts, copies)
    groups, paired = pair_leftovers(groups, claims, facts, embeddings, copies)
    joined = {**joined, **paired}
    # A leftover claim is scored against its counterpart by the share of its words the counterpart carries.
    scores = {**scores, **{pair: max(share, scores.get(pair, 0.0)) for pair, share in joined.items()}}
    article_facts = [
        ArticleFacts.collect(prepared[index].facts, article.text, article.published_at)
        for index, article in enumerate(articles)
    ]
    derived = derived_pairs(articles, claims, groups)
    threshold = models.scorer.threshold
    compared = [
        _compare_group(members, claims, facts, article_facts, scores, threshold, derived, copies)
        for members in groups
    ]
    compared = _hold_unaligned_to_source(
        compared, derived, claims, facts, article_facts, scores, threshold, embeddings
    )
    compared = [_times_of_day_as_dates(group, facts) for group in compared]
    compared.sort(key=lambda g: (g.status != "divergence", min(g.members)))
    grouped = {i for g in compared for i in g.members}
    unique = sorted(
        (i for i, c in enumerate(claims) if c.kind.informative and i not in grouped),
        key=lambda i: -_informativeness(claims[i], facts[i]),
    )
    return Comparison(
        articles=list(articles),
        claims=claims,
        groups=compared,
        unique=unique,
    )


def model_tag(models: Models) -> str:
    """What cached per-article results depend on: the embedder and the spaCy model, with versions."""
    return f"{models.embedder.name}@{models.embedder.version}|spacy@{models.nlp.meta.get('version', '')}"


def _compare_group(
    members: Sequence[int],
    claims: Sequence[Claim],
    facts: Sequence[Facts],
    article_facts: Sequence[ArticleFacts],
    scores: dict[tuple[int, int], float],
    threshold: float,
    derived: set[tuple[int, int]],
    copies: set[tuple[int, int]],
) -> Group:
    pairs = []
    unsupported: dict[tuple[int, int], list[Divergence]] = {}  # (derived claim, its source article) -> details

    def foreign(k: int, source: int, side: str) -> list[Divergence]:
        if (k, source) not in unsupported:
            unsupported[(k, source)] = [
                Divergence(u.kind, u.span.text if side == "a" else "", u.span.text if side == "b" else "", u.reason)
                for u in foreign_details(claims[k], facts[k], article_facts[source])
            ]
        return unsupported[(k, source)]

    for i, j in _counterparts(members, claims, scores):
        ai, aj = claims[i].article_index, claims[j].article_index
        similarity = scores.get((min(i, j), max(i, j)), 0.0)
        aligned = similarity >= threshold
        restates = (ai, aj) in derived or (aj, ai) in derived
        divergences = compare_pair(
            claims[i], claims[j], facts[i], facts[j], article_facts[ai], article_facts[aj], similarity, restates,
            aligned=aligned, copies=(ai, aj) in copies,
        )
        if (aj, ai) in derived:  # the second claim's article is a summary or rewrite of the first's
            closer, also = _source_claims_near(j, i, claims, facts, scores, threshold)
            divergences = [d for d in divergences if not stated_elsewhere(
                d, "b", facts[j], article_facts[ai], closer, also, article_facts[aj], claims[j].text)]
            divergences += foreign(j, ai, "b")
        if (ai, aj) in derived:
            closer, also = _source_claims_near(i, j, claims, facts, scores, threshold)
            divergences = [d for d in divergences if not stated_elsewhere(
                d, "a", facts[i], article_facts[aj], closer, also, article_facts[ai], claims[i].text)]
            divergences += foreign(i, aj, "a")
        pairs.append(PairResult(i, j, similarity, tuple(_without_repeats(divergences)), aligned))
    pairs = _credited_in_a_closer_claim(_speaker_named_once(pairs, claims), claims, facts)
    return Group(members=tuple(members), pairs=tuple(held_alike(pairs, claims, facts)))


def _times_of_day_as_dates(group: Group, facts: Sequence[Facts]) -> Group:
    """A time of day is a date in the contract's kinds ("dates, times or weekdays differ"). Times are compared as
    amounts (minutes after midnight), and every check on amounts applies to them, so they change kind last."""

    def reported(divergence: Divergence, pair: PairResult) -> Divergence:
        sides = [(divergence.a, facts[pair.a]), (divergence.b, facts[pair.b])]
        times = [any(q.unit == CLOCK and q.span.text == text for q in f.quantities) for text, f in sides if text]
        return replace(divergence, kind="date") if divergence.kind == "number" and times and all(times) else divergence

    return replace(group, pairs=tuple(
        replace(pair, divergences=tuple(reported(d, pair) for d in pair.divergences)) for pair in group.pairs))


def _source_claims_near(
    k: int,
    other: int,
    claims: Sequence[Claim],
    facts: Sequence[Facts],
    scores: dict[tuple[int, int], float],
    threshold: float,
) -> tuple[list[Facts], list[Facts]]:
    """The facts of the claims of `other`'s article that score closer to claim `k` than `other` does, and of
    the rest that align with it too."""
    def score(i: int) -> float:
        return scores.get((min(i, k), max(i, k)), 0.0)

    source = [i for i, c in enumerate(claims) if c.article_index == claims[other].article_index and i != other]
    closer = [facts[i] for i in source if score(i) > score(other)]
    aligned = [facts[i] for i in source if score(other) >= score(i) >= threshold]
    return closer, aligned


def _speaker_named_once(pairs: Sequence[PairResult], claims: Sequence[Claim]) -> list[PairResult]:
    """A claim whose speaker differs from that of a sentence the other article cut in two ("Vance told
    journalists ..., | adding that ...") has the change reported once, against the clause that names him."""

    def by_name(divergence: Divergence) -> bool:
        return divergence.kind == "attribution" and divergence.a[:1].isupper() and divergence.b[:1].isupper()

    def other_article(pair: PairResult, member: int) -> int:
        return claims[pair.b if pair.a == member else pair.a].article_index

    named = {(m, other_article(p, m)) for p in pairs if any(by_name(d) for d in p.divergences) for m in (p.a, p.b)}
    kept = []
    for pair in pairs:
        repeated = any((m, other_article(pair, m)) in named for m in (pair.a, pair.b))
        divergences = tuple(d for d in pair.divergences
                            if not (repeated and d.kind == "attribution" and not by_name(d)))
        kept.append(replace(pair, divergences=divergences))
    return kept


def _credited_in_a_closer_claim(
    pairs: Sequence[PairResult], claims: Sequence[Claim], facts: Sequence[Facts]
) -> list[PairResult]:
    """A claim whose closest counterpart in an article credits the same speaker has its statement credited
    rightly there; another claim of that article that quotes another speaker in words the claim does not
    restate reports another party's statement ("Veltra said the team will lose its sponsor" against the
    company's statement and a federation's "Losing a team like this would be a loss", both in the group)."""
    def counterpart(pair: PairResult, member: int) -> int:
        return pair.b if pair.a == member else pair.a

    def same_speaker(x: int, y: int) -> bool:
        # named in both (a speaker known only from an earlier sentence differs from no one), or the same
        named = all(any(s.label != INFERRED for s in facts[k].speakers) for k in (x, y))
        return named or any(same_name(s.key, t.key) for s in facts[x].speakers for t in facts[y].speakers)

    def credited_rightly(member: int, article: int, below: float) -> bool:
        return any(
            member in (p.a, p.b) and claims[counterpart(p, member)].article_index == article
            and p.similarity > below and same_speaker(member, counterpart(p, member))
            and not any(d.kind == "attribution" for d in p.divergences)
            for p in pairs
        )

    def quotes_what_is_not_restated(x: int, restating: int) -> bool:  # x quotes words the other leaves out
        quoted = {w.lower() for q in facts[x].quotes for w in re.findall(r"\w{4,}", q.text)}
        restated = {w.lower() for w in re.findall(r"\w{4,}", claims[restating].text)}
        return bool(quoted) and 3 * len(quoted & restated) < len(quoted)

    kept = []
    for pair in pairs:
        divergences = tuple(
            d for d in pair.divergences
            if not (d.kind == "attribution" and any(
                credited_rightly(m, claims[counterpart(pair, m)].article_index, pair.similarity)
                and quotes_what_is_not_restated(counterpart(pair, m), m)
                for m in (pair.a, pair.b)))
        )
        kept.append(replace(pair, divergences=divergences))
    return kept


def _counterparts(
    members: Sequence[int], claims: Sequence[Claim], scores: dict[tuple[int, int], float]
) -> list[tuple[int, int]]:
    """The pairs of a group to compare: every two claims of different articles, except where an article has
    cut one sentence in two ("Von der Leyen highlighted ..., while Tusk emphasized ..."): each of its claims is
    compared with its best-scored counterpart, not with the other's ("Von der Leyen" against "Tusk")."""

    def score(i: int, j: int) -> float:
        return scores.get((min(i, j), max(i, j)), 0.0)

    by_article: dict[int, list[int]] = {}
    for m in members:
        by_article.setdefault(claims[m].article_index, []).append(m)
    pairs: set[tuple[int, int]] = set()
    articles = sorted(by_article)
    for position, first in enumerate(articles):
        for second in articles[position + 1 :]:
            mine, theirs = by_article[first], by_article[second]
            if len(mine) == 1 or len(theirs) == 1:
                pairs.update((i, j) for i in mine for j in theirs)
                continue
            pairs.update((i, max(theirs, key=lambda j: score(i, j))) for i in mine)
            pairs.update((max(mine, key=lambda i: score(i, j)), j) for j in theirs)
    return sorted((min(i, j), max(i, j)) for i, j in pairs)


def _hold_unaligned_to_source(
    groups: list[Group],
    derived: set[tuple[int, int]],
    claims: Sequence[Claim],
    facts: Sequence[Facts],
    article_facts: Sequence[ArticleFacts],
    scores: dict[tuple[int, int], float],
    threshold: float,
    embeddings: np.ndarray,
) -> list[Group]:
    """A summary's claim that aligned with nothing still restates its source: it is compared with the source's
    claim most like it, and joins that claim's group only when the comparison finds a divergence (an unaligned
    claim that diverges in nothing stays a unique detail, not a weak agreement)."""
    grouped = {i: k for k, g in enumerate(groups) for i in g.members}
    groups = list(groups)
    for summary, source in sorted(derived):
        candidates = np.array([j for j, c in enumerate(claims) if c.article_index == source and c.kind.informative])
        lonely = [i for i, c in enumerate(claims)
                  if c.article_index == summary and c.kind.informative and i not in grouped]
        if not lonely or not len(candidates):
            continue
        nearest_of = candidates[np.argmax(embeddings[lonely] @ embeddings[candidates].T, axis=1)]
        for i, nearest in zip(lonely, nearest_of.tolist(), strict=True):
            pair = _compare_group(
                sorted((i, nearest)), claims, facts, article_facts, scores, threshold, derived, copies=set()
            )
            pair = _without_borrowed_opposites(pair, i, article_facts[source])
            if not any(p.divergences for p in pair.pairs):
                continue
            home = grouped.get(nearest)
            if home is None:
                home = len(groups)
                groups.append(pair)
            else:
                group = groups[home]
                groups[home] = Group(members=tuple(sorted((*group.members, i))), pairs=(*group.pairs, *pair.pairs))
            grouped.update(dict.fromkeys(groups[home].members, home))
    return groups


def _without_borrowed_opposites(pair: Group, lonely: int, source: ArticleFacts) -> Group:
    """An unaligned claim is held against the opposite of its nearest source claim only for a word the source
    never uses: a summary's "four years after voters rejected a similar proposal" takes "rejected" from the
    source's account of that earlier vote, not from its "approved" of this one."""
    def borrowed(divergence: Divergence, own_side: str) -> bool:
        word = divergence.a if own_side == "a" else divergence.b
        return divergence.kind == "contradiction" and word.lower() in source.words

    results = []
    for result in pair.pairs:
        own_side = "a" if result.a == lonely else "b"
        kept = tuple(d for d in result.divergences if not borrowed(d, own_side))
        results.append(replace(result, divergences=kept))
    return Group(members=pair.members, pairs=tuple(results))


def _without_repeats(divergences: Sequence[Divergence]) -> list[Divergence]:
    """A swapped name is reported once, as the swap, not again as a name missing from the source; so is a word
    reported against the source's word ("approval" / "refusal") and again as one the source opposes."""
    swaps = [d for d in divergences if d.a and d.b]
    kept = list(swaps)
    for divergence in divergences:
        if divergence.a and divergence.b:
            continue
        if not any(_one_family(s.kind, divergence.kind) and divergence.a + divergence.b in (s.a, s.b) for s in swaps):
            kept.append(divergence)
    return kept


def _one_family(first: str, second: str) -> bool:
    return first == second or {first, second} == {"negation", "contradiction"}


def _informativeness(claim: Claim, facts: Facts) -> float:
    """Named people, amounts, dates and quotations carry a detail; length alone carries little."""
    return (
        1.0 * len({e.key for e in facts.entities})
        + 1.5 * len(facts.quantities)
        + 1.0 * len(facts.dates)
        + 1.0 * len(facts.quotes)
        + min(len(claim.text.split()) / 25.0, 1.0)
    )


def score_sentence_pairs(
    first: Sequence[str], second: Sequence[str], models: Models
) -> np.ndarray:
    """The alignment pair score of (first[k], second[k]) for every k, as the service computes it.

    For evaluation and calibration on sentence-pair data sets; each sentence is treated as one claim.
    """
    return models.scorer.score(pair_features(first, second, models), within_story=False)


def pair_features(first: Sequence[str], second: Sequence[str], models: Models) -> np.ndarray:
    """The raw features behind `score_sentence_pairs`, for calibrating the scorer's weights."""
    texts = list(first) + list(second)
    # Each sentence is an article of its own: what one says (the people it names) tells nothing of another.
    articles = [Article(id=f"s{k}", source="s", text=t) for k, t in enumerate(texts)]
    claims = [Claim(f"s{k}:1", f"s{k}", k, t, 0, len(t), ClaimKind.CLAIM) for k, t in enumerate(texts)]
    facts, embeddings = analyse_and_embed(claims, articles, models.nlp, models.embedder, claims)
    table = ClaimTable.build(texts, facts, embeddings)
    rows = np.arange(len(first))
    return table.features(rows, rows + len(first))
