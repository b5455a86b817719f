"""Amounts said in words: how often, how many, what share; two that cannot overlap diverge."""

from __future__ import annotations

from service.pipeline.vague import vague_divergences


def spans(a: str, b: str) -> list[tuple[str, str, str]]:
    return [(d.kind, d.a, d.b) for d in vague_divergences(a, b)]


def test_how_often_how_many_and_what_share_diverge_when_their_ranges_cannot_meet() -> None:
    assert spans("Trump said repeatedly that he believes Putin wants to end the war.",
                 "Trump said once that he believes Putin wants to end the war.") == [
        ("number", "repeatedly", "once")]
    assert spans("Zelensky released a series of posts on X.", "Zelensky released a single post on X.") == [
        ("number", "a series of", "a single")]
    assert spans("Both leaders agreed.", "All three leaders agreed.") == [("number", "Both", "All three")]
    assert spans("Most European leaders backed the plan.", "A few European leaders backed the plan.") == [
        ("number", "Most", "A few")]


def test_wordings_that_can_mean_the_same_amount_do_not_diverge() -> None:
    assert spans("Zelensky thanked the US more than once.", "Zelensky thanked the US twice.") == []
    assert spans("Several leaders spoke.", "Many leaders spoke.") == []
    assert spans("Once in office, Lula visited Beijing repeatedly.", "Lula visited Beijing repeatedly.") == []
    assert spans("Once the deal is signed, leaders will visit repeatedly.", "Leaders will visit repeatedly.") == []


def test_how_many_and_none_at_all() -> None:
    assert spans("He once led the party, and several leaders spoke.", "Only one leader spoke.") == [
        ("number", "several", "Only one")]
    assert spans("Not a single lawmaker voted against.", "Only one lawmaker voted against.") == [
        ("number", "Not a single", "Only one")]


def test_the_counted_thing_may_follow_an_adjective() -> None:
    assert spans("Several senior officials resigned.", "A single official resigned.") == [
        ("number", "Several", "A single")]
