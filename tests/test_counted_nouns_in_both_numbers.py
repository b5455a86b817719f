"""A counted noun reads the same in the singular and the plural ("one illness" / "two illnesses", "a birdie" / "two
birdies"), and a noun with a one-letter prefix is counted whole ("2,000 e-bikes", not "2,000 e"), so the evidence
quotes what is counted; an amount in words that the other claim bears out with its like is no divergence."""

from __future__ import annotations

from service.pipeline.quantities import find_quantities, singular
from service.pipeline.run import Models
from tests.test_threats_reviews_opposites_and_ceilings import found


def test_both_numbers_of_a_word_have_one_singular() -> None:
    assert {singular(w) for w in ("illness", "illnesses")} == {"illness"}
    assert {singular(w) for w in ("business", "Businesses")} == {"business"}
    assert {singular(w) for w in ("company", "companies")} == {"company"}
    assert {singular(w) for w in ("crash", "crashes")} == {"crash"}
    assert {singular(w) for w in ("match", "matches")} == {"match"}
    assert {singular(w) for w in ("nurse", "nurses")} == {"nurse"}


def test_a_one_letter_prefix_is_part_of_the_counted_noun() -> None:
    assert [(q.span.text, q.unit) for q in find_quantities("It will buy 2,000 e-bikes and 12 x-ray machines.")] == [
        ("2,000 e-bikes", "e-bike"), ("12 x-ray", "x-ray")]
    assert [q.unit for q in find_quantities("They played 5-a-side football beside a 10-m-long wall.")] == ["", "m"]


def test_a_count_changed_across_singular_and_plural_is_found(models: Models) -> None:
    assert found("The outbreak has been linked to one illness in Ohio, health officials said on Monday.",
                 "The outbreak has been linked to two illnesses in Ohio, health officials said on Monday.",
                 models) == [("number", "one illness", "two illnesses")]
    assert found("Inspectors found problems at 14 businesses in the district, the council said on Tuesday.",
                 "Inspectors found problems at one business in the district, the council said on Tuesday.",
                 models) == [("number", "14 businesses", "one business")]
    assert found("Police said one crash closed the motorway for three hours on Friday.",
                 "Police said two crashes closed the motorway for three hours on Friday.",
                 models) == [("number", "one crash", "two crashes")]


def test_the_evidence_quotes_the_whole_counted_noun(models: Models) -> None:
    assert found("The city will add 2,000 e-bikes to its rental fleet next spring, the transport department said.",
                 "The city will add 500 e-bikes to its rental fleet next spring, the transport department said.",
                 models) == [("number", "2,000 e-bikes", "500 e-bikes")]


def test_a_plural_in_ies_of_a_noun_in_ie(models: Models) -> None:
    assert singular("birdies") == singular("birdie") != singular("bird")
    assert found("She made a birdie on the 18th hole to win the title by one shot.",
                 "She made two birdies on the 18th hole to win the title by one shot.",
                 models) == [("number", "a birdie", "two birdies")]


def test_an_amount_in_words_borne_out_by_its_like_on_the_other_side(models: Models) -> None:
    assert found("Only one company bid for the contract, although several companies had expressed interest.",
                 "Just one company bid for the contract, though multiple companies had shown interest.", models) == []
    assert found("Only one firm bid for the contract, although several firms had expressed interest.",
                 "Just one firm bid for the contract, though multiple firms had shown interest.", models) == []
    assert found("The account published a series of posts about the vote on Sunday.",
                 "The account published a single post about the vote on Sunday.", models) == [
        ("number", "a series of", "a single")]


def test_an_amount_in_words_not_borne_out_is_still_a_divergence(models: Models) -> None:
    assert found("The account deleted a single post on Sunday and edited several posts on Monday.",
                 "The account deleted a series of posts on Sunday and edited several posts on Monday.", models) == [
        ("number", "a single", "a series of")]
