"""Claims left over when one copy of a story merges two sentences the other keeps apart (real models), and the
rule on its own (plain data)."""

from __future__ import annotations

from service.pipeline.leftovers import attach_leftovers, copies_of_one_story
from service.pipeline.run import Models
from service.pipeline.types import Claim, ClaimKind, Facts
from tests.test_divergences import divergences_between

SEPARATE = ("Russian officials celebrated the disastrous meeting. Kremlin spokesperson Dmitry Peskov told state "
            'television on Sunday that Trump\'s administration is "rapidly changing" American "foreign policy '
            'configurations," putting them "largely in line with our vision."')
MERGED = ("The disastrous meeting was {verb} by Russian officials, with Kremlin spokesperson Dmitry Peskov telling "
          'state television on Sunday that Trump\'s administration is "rapidly changing" American "foreign policy '
          'configurations," putting them "largely in line with our vision."')


def test_a_sentence_merged_into_its_neighbour_is_compared_with_the_merged_sentence(models: Models) -> None:
    found = divergences_between(SEPARATE, MERGED.format(verb="lamented"), models)
    assert [(d.kind, d.a, d.b) for d in found] == [("contradiction", "celebrated", "lamented")]
    assert divergences_between(SEPARATE, MERGED.format(verb="celebrated"), models) == []


def claim(index: int, article: int, text: str) -> Claim:
    return Claim(f"c{index}", f"a{article}", article, text, 0, len(text), ClaimKind.CLAIM)


def facts(*lemmas: str) -> Facts:
    return Facts(content_lemmas=frozenset(lemmas))


def test_a_leftover_joins_only_between_copies_and_only_a_counterpart_that_carries_its_words() -> None:
    claims = [claim(0, 0, "Officials celebrated the meeting."),
              claim(1, 0, "Peskov told television the policy is changing."),
              claim(2, 1, "The meeting was celebrated by officials, with Peskov telling television it is changing.")]
    leftover, kept, merged = facts("official", "celebrate", "meeting"), facts("peskov", "policy", "change"), \
        facts("meeting", "celebrate", "official", "peskov", "television", "change")
    copies = copies_of_one_story([[1, 2]], claims, [100, 110])
    groups, joined = attach_leftovers([[1, 2]], claims, [leftover, kept, merged], copies)
    assert groups == [[0, 1, 2]] and joined == {(0, 2): 1.0}
    # A text under half as long as the other is a summary of it, not a copy.
    assert copies_of_one_story([[1, 2]], claims, [100, 40]) == set()
    groups, _ = attach_leftovers([[1, 2]], claims, [leftover, kept, merged], set())
    assert groups == [[1, 2]]
    groups, joined = attach_leftovers([[1, 2]], claims, [facts("war", "began", "invasion"), kept, merged], copies)
    assert groups == [[1, 2]] and joined == {}  # the merged sentence does not carry its words
    many = [*claims, *(claim(k, 0, f"Another claim number {k}.") for k in (3, 4, 5))]
    # Most of the first article is aligned with nothing: no copies of one story.
    assert copies_of_one_story([[1, 2]], many, [100, 110]) == set()
