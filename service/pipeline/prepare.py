"""Everything computed per article (claims, facts, embeddings), done once per text and cached.

An article's claims, facts and embeddings depend only on its own text, its publication date and the model
versions, so a story re-compared with one more article costs about one article's work.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Any, Protocol

import numpy as np

from service.pipeline.analyse import analyse
from service.pipeline.embed import Embedder
from service.pipeline.segment import segment
from service.pipeline.types import Article, Claim, Facts

# Bump whenever a change alters what a comparison returns: it keys the per-article cache (so cached analyses are not
# reused) and is reported as the version of the comparison rules (`provenance.pipeline_version`, `/v1/info`).
PIPELINE_VERSION = "103"


@dataclass(frozen=True)
class PreparedArticle:
    """One article's claims (with the article's id and position as given), facts and embeddings."""

    claims: tuple[Claim, ...]
    facts: tuple[Facts, ...]
    embeddings: np.ndarray  # one row per claim; claims not compared keep a zero row

    def placed(self, article: Article, index: int) -> PreparedArticle:
        """The same results, relabelled for an article's id and position in another request."""
        claims = tuple(
            replace(c, id=f"{article.id}:{n}", article_id=article.id, article_index=index)
            for n, c in enumerate(self.claims, start=1)
        )
        return replace(self, claims=claims)


class ArticleCache(Protocol):
    def get(self, key: str) -> PreparedArticle | None: ...

    def put(self, key: str, prepared: PreparedArticle) -> None: ...


def cache_key(article: Article, model_tag: str) -> str:
    published = article.published_at.isoformat() if article.published_at else ""
    payload = "\x00".join((PIPELINE_VERSION, model_tag, published, article.text))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def prepare(
    articles: Sequence[Article],
    nlp: Any,
    embedder: Embedder,
    cache: ArticleCache | None = None,
    model_tag: str = "",
) -> list[PreparedArticle]:
    """Claims, facts and embeddings for every article: from the cache where it has them, else computed
    for all missing articles together (one spaCy pass, one embedding batch)."""
    keys = [cache_key(a, model_tag) for a in articles]
    ready: dict[int, PreparedArticle] = {}
    if cache is not None:
        for index, key in enumerate(keys):
            hit = cache.get(key)
            if hit is not None:
                ready[index] = hit.placed(articles[index], index)
    missing = [i for i in range(len(articles)) if i not in ready]
    if missing:
        for index, prepared in zip(missing, _compute(articles, missing, nlp, embedder), strict=True):
            ready[index] = prepared
            if cache is not None:
                cache.put(keys[index], prepared)
    return [ready[i] for i in range(len(articles))]


def analyse_and_embed(
    claims: Sequence[Claim], articles: Sequence[Article], nlp: Any, embedder: Embedder, embedded: Sequence[Claim]
) -> tuple[list[Facts], np.ndarray]:
    """Facts of the claims and embeddings of the `embedded` ones, computed side by side: spaCy holds one core
    and the embedder (which releases the GIL) runs on the others, instead of after it."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="embed") as pool:
        embedding = pool.submit(embed_claims, embedded, articles, embedder)
        facts = analyse(claims, articles, nlp)
        return facts, embedding.result()


def embed_claims(claims: Sequence[Claim], articles: Sequence[Article], embedder: Embedder) -> np.ndarray:
    """A unit vector per claim. A clause cut from a longer sentence ("who assured him of the UK's support") is
    read half on its own and half inside its sentence, which says who and what it is about (read alone, it
    loses that; read in context alone, it takes on what the rest of its sentence says). Each sentence is read
    once for all its clauses."""
    vectors = embedder.encode([c.text for c in claims])
    clauses: dict[tuple[int, int, int], list[int]] = {}  # (article, sentence start, end) -> its claims
    for k, claim in enumerate(claims):
        if claim.sentence is not None:
            clauses.setdefault((claim.article_index, *claim.sentence), []).append(k)
    if clauses:
        sentences = [articles[a].text[start:end] for a, start, end in clauses]
        spans = [[(claims[k].start - start, claims[k].end - start) for k in members]
                 for (_, start, _), members in clauses.items()]
        parts = [k for members in clauses.values() for k in members]
        # A clause beyond the model's 256 tokens has no states to pool (zeros): it stays as read on its own.
        mixed = vectors[parts] + embedder.encode_in_context(sentences, spans)
        vectors[parts] = mixed / np.maximum(np.linalg.norm(mixed, axis=1, keepdims=True), 1e-12)
    return vectors


def _compute(
    articles: Sequence[Article], indices: Sequence[int], nlp: Any, embedder: Embedder
) -> list[PreparedArticle]:
    per_article = [segment(articles[i], i) for i in indices]
    claims = [c for chunk in per_article for c in chunk]
    compared = [k for k, c in enumerate(claims) if c.kind.compared]
    facts, vectors = analyse_and_embed(claims, articles, nlp, embedder, [claims[k] for k in compared])
    embeddings = np.zeros((len(claims), vectors.shape[1] if len(vectors) else 384), dtype=np.float32)
    if compared:
        embeddings[compared] = vectors
    prepared = []
    offset = 0
    for chunk in per_article:
        end = offset + len(chunk)
        prepared.append(PreparedArticle(tuple(chunk), tuple(facts[offset:end]), embeddings[offset:end].copy()))
        offset = end
    return prepared
