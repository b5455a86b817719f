"""A counted noun reads the same in the singular and the plural ("one illness" / "two illnesses"), and a noun with a
one-letter prefix is counted whole ("2,000 e-bikes", not "2,000 e"), so the evidence quotes what is counted."""

from __future__ import annotations

from service.pipeline.quantities import find_quantities, singular
from service.pipeline.run import Models
from tests.test_threats_reviews_opposites_and_ceilings import found


def test_both_numbers_of_a_word_have_one_singular() -> None:
    assert {singular(w) for w in ("illness", "illnesses")} == {"illness"}
    assert {singular(w) for w in ("business", "Businesses")} == {"business"}
    assert {singular(w) for w in ("company", "companies")} == {"company"}
    assert {singular(w) for w in ("headache", "headaches")} == {"headache"}


def test_a_one_letter_prefix_is_part_of_the_counted_noun() -> None:
    assert [(q.span.text, q.unit) for q in find_quantities("It will buy 2,000 e-bikes and 12 x-ray machines.")] == [
        ("2,000 e-bikes", "e-bike"), ("12 x-ray", "x-ray")]


def test_a_count_changed_across_singular_and_plural_is_found(models: Models) -> None:
    assert found("The outbreak has been linked to one illness in Ohio, health officials said on Monday.",
                 "The outbreak has been linked to two illnesses in Ohio, health officials said on Monday.",
                 models) == [("number", "one illness", "two illnesses")]
    assert found("Inspectors found problems at 14 businesses in the district, the council said on Tuesday.",
                 "Inspectors found problems at one business in the district, the council said on Tuesday.",
                 models) == [("number", "14 businesses", "one business")]


def test_the_evidence_quotes_the_whole_counted_noun(models: Models) -> None:
    assert found("The city will add 2,000 e-bikes to its rental fleet next spring, the transport department said.",
                 "The city will add 500 e-bikes to its rental fleet next spring, the transport department said.",
                 models) == [("number", "2,000 e-bikes", "500 e-bikes")]
