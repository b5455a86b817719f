"""How firmly a claim states what it reports, read from single words: an allegation ("allegedly", "reportedly")
against a plain statement, and a charge against a conviction."""

from __future__ import annotations

from service.pipeline.types import Divergence, Facts

_HEDGES = frozenset({"allegedly", "reportedly", "purportedly", "supposedly"})
# Words by which the other claim reports the same thing as said by someone, not as fact.
_REPORTED = _HEDGES | {"allege", "alleged", "report", "claim", "accuse", "suspect", "rumor", "rumour"}
_CHARGED = frozenset({"charge", "charged", "accuse", "accused", "indict", "indicted", "suspect", "suspected",
                      "allege", "alleged"})
_CONVICTED = frozenset({"convict", "convicted", "sentence", "sentenced"})


def framing_divergences(
    text_a: str, text_b: str, fa: Facts, fb: Facts, summarised: bool = False
) -> list[Divergence]:
    """A status divergence when one claim hedges what the other states as fact, or one reports a charge and
    the other a conviction. `summarised`: one claim summarises the other, and a summary may drop a hedge."""
    for first, second, plain_text, flip in ((fa, fb, text_b, False), (fb, fa, text_a, True)):
        hedge = sorted(first.lemmas & _HEDGES)
        if hedge and not second.lemmas & _REPORTED and not summarised:
            found = _hedged(first, second, hedge[0], plain_text)
            return [_flipped(found) if flip else found]
        charged, convicted = first.lemmas & _CHARGED, second.lemmas & _CONVICTED
        if charged and convicted and not first.lemmas & _CONVICTED and not second.lemmas & _CHARGED:
            span_a, span_b = _word(first, charged), _word(second, convicted)
            found = Divergence("status", span_a, span_b,
                               f"One source reports a charge, the other a conviction: {span_a!r} against {span_b!r}.")
            return [_flipped(found) if flip else found]
    return []


def _hedged(hedging: Facts, plain: Facts, hedge: str, plain_text: str) -> Divergence:
    """Evidence: the hedge ("allegedly"), and in the plain claim the word it qualifies ("blindsided") when it
    has it, else its whole text."""
    surface = list(hedging.surface)
    at = next(k for k, (lemma, _) in enumerate(surface) if lemma == hedge)
    span_a = surface[at][1]
    qualified = surface[at + 1][0] if at + 1 < len(surface) else None
    span_b = next((word for lemma, word in plain.surface if lemma == qualified), plain_text)
    return Divergence("status", span_a, span_b,
                      f"One source reports as alleged what the other states as fact: {span_a!r} against {span_b!r}.")


def _word(facts: Facts, lemmas: frozenset[str]) -> str:
    return next(word for lemma, word in facts.surface if lemma in lemmas)


def _flipped(divergence: Divergence) -> Divergence:
    return Divergence(divergence.kind, divergence.b, divergence.a, divergence.explanation)
