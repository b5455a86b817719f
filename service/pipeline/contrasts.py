"""A contrast told the other way round: "an incremental step, not a breakthrough" / "a genuine breakthrough, not an
incremental step", "a software fault rather than a cyberattack" / "a cyberattack, not a software fault"."""

from __future__ import annotations

import re

from service.pipeline.antonyms import are_opposites
from service.pipeline.done_or_planned import SAYING_LEMMAS
from service.pipeline.types import Divergence, Facts, Span

# "X, not Y", "X, and not Y", "X rather than Y", "X instead of Y" (not "X, not just Y", which means both): the word
# before the marker is X's head; Y's is the last word before a function word or the end of its phrase ("a gas leak
# rather than a bomb for the blast").
_CONTRAST = re.compile(r"(?P<x>[A-Za-z][\w-]*)['’\"”]?(?:,\s+(?:and\s+)?not(?!\s+(?:just|only|merely|simply|"
                       r"necessarily|least|solely)\b)|,?\s+rather\s+than|,?\s+instead\s+of)\s+"
                       r"(?:(?:a|an|the)\s+)?(?P<y>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})")
_PHRASE_ENDS = frozenset({"for", "in", "at", "on", "of", "to", "by", "with", "from", "the", "a", "an", "and", "or",
                          "but", "that", "which", "who", "was", "were", "is", "are", "had", "has", "would", "will"})
# Words that set a contrast against another party's or reject it: "and the prosecution disagreed", "rejected the
# argument that ...", "while Palestinian officials said ..."
_REBUTTED = re.compile(r"\b(?:reject\w*|dismiss\w*|disagree\w*|disput\w*|den(?:y|ies|ied)|argument|contrary|while|"
                       r"whereas|but)\b", re.IGNORECASE)


def contrast_reversed(
    text_a: str, fa: Facts, text_b: str, fb: Facts, articles: tuple[str, str] = ("", "")
) -> list[Divergence]:
    """The two claims contrast the same two things, each once and the other way round, by the same act ("caused
    by a faulty update rather than a cyberattack" / "a cyberattack, not a faulty update, caused"; not "keep the
    pool rather than the library" / "close the library rather than the pool") and said by the same speaker where
    both name one. Neither article tells it both ways, nor sets it against a rebuttal ("and the prosecution
    disagreed", "while ... said"). Inside a quotation on both sides it is the quotation's wording that changed."""
    reversed_pair = _one_contrast_each_reversed(text_a, text_b)
    if reversed_pair is None or _REBUTTED.search(text_a) or _REBUTTED.search(text_b):
        return []
    (kept_a, set_aside_a, span_a), (kept_b, set_aside_b, span_b) = reversed_pair
    for article, (kept, set_aside) in zip(articles, ((kept_a, set_aside_a), (kept_b, set_aside_b)), strict=True):
        if any((k, s) == (set_aside, kept) for k, s, _ in _contrasts(article)):
            return []  # told both ways: "militants, not civilians, while ... civilians, not militants"
    speakers_a, speakers_b = {s.key for s in fa.speakers}, {s.key for s in fb.speakers}
    if speakers_a and speakers_b and not speakers_a & speakers_b:
        return []  # each side's view, told by its own speaker
    act_a, act_b = _nearest_act(fa, span_a), _nearest_act(fb, span_b)
    if (act_a and act_b and act_a != act_b) or any(
        are_opposites(x, y) for x in fa.lemmas - fb.lemmas for y in fb.lemmas - fa.lemmas
    ):
        return []  # "Labour, not the Conservatives, won" / "The Conservatives, not Labour, lost"
    quoted = _quoted(fa, span_a) and _quoted(fb, span_b)
    return [Divergence("quote" if quoted else "contradiction", span_a.text, span_b.text,
                       f"The sources contrast the two the other way round: {span_a.text!r} against {span_b.text!r}.")]


def contrasted_the_other_way(text_a: str, text_b: str) -> bool:
    """Each claim contrasts the same two things once, the other way round: then opposite words between them say
    the same ("Labour, not the Conservatives, won" / "The Conservatives, not Labour, lost")."""
    return _one_contrast_each_reversed(text_a, text_b) is not None


_Contrast = tuple[str, str, Span]  # the head word kept, the head word set aside, the words from one to the other


def _one_contrast_each_reversed(text_a: str, text_b: str) -> tuple[_Contrast, _Contrast] | None:
    contrasts_a, contrasts_b = _contrasts(text_a), _contrasts(text_b)
    if len(contrasts_a) != 1 or len(contrasts_b) != 1:
        return None
    (kept_a, set_aside_a, _), (kept_b, set_aside_b, _) = contrasts_a[0], contrasts_b[0]
    if kept_a == set_aside_b and set_aside_a == kept_b and kept_a != set_aside_a:
        return contrasts_a[0], contrasts_b[0]
    return None


def _contrasts(text: str) -> list[_Contrast]:
    """(the head word kept, the head word set aside, the words from one to the other) of each contrast."""
    found = []
    for match in _CONTRAST.finditer(text):
        words = list(re.finditer(r"[A-Za-z][\w-]*", match.group("y")))
        cut = next((k for k, word in enumerate(words) if word.group(0).lower() in _PHRASE_ENDS), len(words))
        if cut == 0:
            continue
        set_aside = words[cut - 1]
        end = match.start("y") + set_aside.end()
        found.append((_singular(match.group("x").lower()), _singular(set_aside.group(0).lower()),
                      Span(text[match.start() : end], match.start(), end)))
    return found


def _nearest_act(facts: Facts, span: Span) -> str | None:
    """The lemma of the act nearest the contrast, before or after it and close by: "keep" in "will keep the pool
    rather than the library"; verbs of saying aside."""
    def distance(start: int, end: int) -> int:
        return span.start - end if end <= span.start else start - span.end if start >= span.end else -1

    acts = [(distance(p.span.start, p.span.end), p.lemma) for p in facts.predicates if p.lemma not in _SAYING]
    acts = [(d, lemma) for d, lemma in acts if 0 <= d <= _NEAR]
    return min(acts)[1] if acts else None


_NEAR = 40  # characters: the act of the contrast's own clause, not of a clause around it


_SAYING = SAYING_LEMMAS | {"report", "claim", "argue"}


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _quoted(facts: Facts, span: Span) -> bool:
    return any(q.start <= span.start and span.end <= q.end for q in facts.quotes)
