"""Embeddings with the real models: a clause cut from a sentence is read in it, once per sentence."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from service.pipeline.prepare import embed_claims
from service.pipeline.run import Models
from service.pipeline.segment import segment
from service.pipeline.types import Article


def test_a_clause_read_in_its_sentence_knows_whom_it_is_about(models: Models) -> None:
    text = "As Zelensky continued his UK visit, he met with Keir Starmer, who assured him of the UK's support."
    article = Article(id="a", source="A", text=text)
    clause = segment(article, 0)[1]
    assert clause.text == "who assured him of the UK's support." and clause.sentence is not None
    alone = replace(clause, sentence=None)
    counterpart = models.embedder.encode(["Prime Minister Keir Starmer reaffirmed Britain's support for Ukraine."])[0]
    in_context, by_itself = embed_claims([clause, alone], [article], models.embedder)
    assert abs(float(np.linalg.norm(in_context)) - 1.0) < 1e-5
    assert float(in_context @ counterpart) > float(by_itself @ counterpart) + 0.05


def test_every_clause_of_a_sentence_is_pooled_from_one_reading_of_it(models: Models) -> None:
    sentence = "Starmer, who welcomed a visibly shaken Zelensky on March 1, stated that a coalition would form."
    spans = [(0, 58), (60, len(sentence) - 1)]
    together = models.embedder.encode_in_context([sentence], [spans])
    one_by_one = np.vstack([models.embedder.encode_in_context([sentence], [[span]]) for span in spans])
    assert together.shape == (2, 384)
    assert np.allclose(together, one_by_one, atol=1e-5)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
