"""Two claims that quote the same words report the same statement, however differently the rest is worded."""

from __future__ import annotations

from datetime import date
from typing import Any

import numpy as np

from service.pipeline.align import _same_quotation
from service.pipeline.analyse import analyse
from service.pipeline.run import Models
from service.pipeline.segment import segment
from service.pipeline.types import Article


def same_quotation(first: str, second: str, models: Models) -> bool:
    articles = [Article(id=str(k), source=str(k), text=t, published_at=date(2025, 3, 2))
                for k, t in enumerate((first, second))]
    claims = [c for k, a in enumerate(articles) for c in segment(a, k)]
    assert len(claims) == 2
    facts = analyse(claims, articles, models.nlp)
    return bool(_same_quotation(facts, np.array([0]), np.array([1]))[0])


def test_four_quoted_words_in_a_row_in_both_claims_are_one_quotation(models: Models) -> None:
    assert same_quotation('He also said there will be a "coalition of the willing" to help defend Ukraine.',
                          "Britain and other willing nations would form a “coalition of the willing” to draft a plan.",
                          models)
    assert same_quotation('The minister called the deal "a betrayal of every farmer in the valley".',
                          'Farmers echoed her, calling it "a betrayal of every farmer".', models)


def test_fewer_shared_quoted_words_a_quoted_title_or_the_same_words_unquoted_are_not(models: Models) -> None:
    assert not same_quotation('The mayor promised "real change for everyone" in the district.',
                              'Residents said they wanted "real change for the district" at last.', models)
    assert not same_quotation('Filmmakers asked for "The Road to Salt Lake" to be withdrawn from the festival.',
                              'The director said "The Road to Salt Lake" would stay in competition.', models)
    assert not same_quotation('He said there will be a "coalition of the willing" to help defend Ukraine.',
                              "Other willing nations would form a coalition of the willing.", models)


def test_the_corpus_coalition_of_the_willing_claims_are_grouped(corpus_comparison: dict[str, Any]) -> None:
    claims = {c["id"]: c["text"] for c in corpus_comparison["claims"]}
    group_of = {c: k for k, g in enumerate(corpus_comparison["groups"]) for c in g["claim_ids"]}
    said = next(c for c, text in claims.items() if text.startswith('He also said there will be a "coalition'))
    formed = next(c for c, text in claims.items() if "would form a “coalition of the willing”" in text)
    assert said in group_of and group_of.get(formed) == group_of[said]
