"""The per-article cache: a re-compared story reuses every article's work, a new article costs only its own."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from service.pipeline.run import Models, Thresholds, compare_articles
from service.pipeline.types import Article
from service.store.article_cache import ArticleCacheStore

THRESHOLDS = Thresholds(candidate_threshold=0.35, max_event_gap_days=21)


class CountingEmbedder:
    """The real embedder, counting the texts it is asked to encode."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.name, self.version = inner.name, inner.version
        self.encoded = 0

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.encoded += len(texts)
        return self.inner.encode(texts)

    def encode_in_context(
        self, sentences: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]]
    ) -> np.ndarray:
        self.encoded += len(sentences)
        return self.inner.encode_in_context(sentences, spans)


def articles_from(corpus_articles: list[dict[str, Any]]) -> list[Article]:
    return [Article(id=a["id"], source=a["source"], text=a["text"], published_at=date.fromisoformat(a["published_at"]))
            for a in corpus_articles]


def shape(comparison: Any) -> tuple[Any, ...]:
    return (
        [(c.id, c.start, c.end, c.kind) for c in comparison.claims],
        [(g.members, [(p.a, p.b, round(p.similarity, 6), p.divergences) for p in g.pairs]) for g in comparison.groups],
        comparison.unique,
    )


def test_recompared_story_reuses_everything_and_gives_the_same_answer(
    models: Models, corpus_articles: list[dict[str, Any]], tmp_path: Path
) -> None:
    counting = CountingEmbedder(models.embedder)
    counted = replace(models, embedder=counting)
    cache = ArticleCacheStore(tmp_path / "cache.sqlite3", max_in_memory=100)
    story = articles_from(corpus_articles)[:4]

    first = compare_articles(story, counted, THRESHOLDS, cache)
    assert counting.encoded > 0
    counting.encoded = 0
    again = compare_articles(story, counted, THRESHOLDS, cache)
    assert counting.encoded == 0
    assert shape(again) == shape(first)
    assert shape(first) == shape(compare_articles(story, models, THRESHOLDS))  # the cache changes nothing

    new = articles_from(corpus_articles)[4]
    counting.encoded = 0
    compare_articles([*story, new], counted, THRESHOLDS, cache)
    new_claims = compare_articles([new, story[0]], models, THRESHOLDS).claims
    informative = [c for c in new_claims if c.article_id == new.id and c.kind.informative]
    cut_sentences = {c.sentence for c in informative if c.sentence is not None}
    assert counting.encoded == len(informative) + len(cut_sentences)  # a cut sentence is read once more


def test_cached_article_takes_the_id_and_position_of_the_new_request(
    models: Models, corpus_articles: list[dict[str, Any]], tmp_path: Path
) -> None:
    cache = ArticleCacheStore(tmp_path / "cache.sqlite3", max_in_memory=100)
    story = articles_from(corpus_articles)[:2]
    compare_articles(story, models, THRESHOLDS, cache)
    renamed = [replace(story[1], id="second"), replace(story[0], id="first")]
    comparison = compare_articles(renamed, models, THRESHOLDS, cache)
    assert comparison.claims[0].id == "second:1" and comparison.claims[0].article_index == 0
    assert {c.article_id for c in comparison.claims} == {"first", "second"}
    for claim in comparison.claims:
        text = renamed[claim.article_index].text
        assert text[claim.start : claim.end] == claim.text


def test_cache_survives_a_restart_and_stays_bounded_in_memory(
    models: Models, corpus_articles: list[dict[str, Any]], tmp_path: Path
) -> None:
    path = tmp_path / "cache.sqlite3"
    story = articles_from(corpus_articles)[:3]
    compare_articles(story, models, THRESHOLDS, ArticleCacheStore(path, max_in_memory=1))
    reopened = ArticleCacheStore(path, max_in_memory=1)
    counting = CountingEmbedder(models.embedder)
    compare_articles(story, replace(models, embedder=counting), THRESHOLDS, reopened)
    assert counting.encoded == 0
    assert len(reopened) == 1


def test_shipped_embedder_is_the_packaged_model_tuned_not_replaced(corpus_articles: list[dict[str, Any]]) -> None:
    from scipy.stats import spearmanr

    from service.pipeline.embed import OnnxInt8Embedder, SentenceTransformerEmbedder

    texts = [line for a in corpus_articles for line in a["text"].splitlines() if len(line.split()) > 4][:40]
    tuned, packaged = OnnxInt8Embedder().encode(texts), SentenceTransformerEmbedder().encode(texts)
    assert tuned.shape == packaged.shape
    assert np.allclose(np.linalg.norm(tuned, axis=1), 1.0, atol=1e-4)
    # Fine-tuning on STS-B and int8 move similarities, but the two models still order claim pairs alike.
    upper = np.triu_indices(len(texts), k=1)
    agreement = spearmanr((tuned @ tuned.T)[upper], (packaged @ packaged.T)[upper]).statistic
    assert agreement > 0.8


def test_shipped_embedder_puts_a_paraphrase_above_a_same_story_claim() -> None:
    from service.pipeline.embed import OnnxInt8Embedder

    triples = [
        ("Vance characterized Zelensky's approach as ungrateful.",
         "JD Vance accused the Ukrainian leader of being ungrateful for American support.",
         "Starmer hosted European leaders at a summit in London on Sunday."),
        ("European leaders voiced strong support for Zelensky after the clash.",
         "Leaders across Europe rallied behind Zelensky following the confrontation.",
         "Russia's foreign ministry dismissed Zelensky's visit to London."),
        ("The UK agreed a loan of 2.26 billion pounds for Ukraine's weapons production.",
         "Britain will lend Ukraine 2.26bn to make weapons.",
         "Ukraine's weapons production was discussed by NATO's Secretary General."),
    ]
    vectors = OnnxInt8Embedder().encode([t for triple in triples for t in triple]).reshape(len(triples), 3, -1)
    for claim, paraphrase, other in vectors:
        assert float(claim @ paraphrase) > float(claim @ other)


def test_the_disk_cache_keeps_only_the_newest_articles(tmp_path: Path) -> None:
    from service.pipeline.prepare import PreparedArticle

    path = tmp_path / "cache.sqlite3"
    cache = ArticleCacheStore(path, max_in_memory=0, max_on_disk=2)
    for key in ("first", "second", "third"):
        cache.put(key, PreparedArticle((), (), np.zeros((0, 384), dtype=np.float32)))
    cache.put("second", PreparedArticle((), (), np.zeros((0, 384), dtype=np.float32)))  # written again: newest
    reopened = ArticleCacheStore(path, max_in_memory=0, max_on_disk=2)
    assert reopened.get("first") is None
    assert reopened.get("second") is not None and reopened.get("third") is not None

