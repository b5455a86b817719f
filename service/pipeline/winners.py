"""Two named parties the other way round: who beat whom ("India beat New Zealand" / "New Zealand defeated India",
"Jovanovic defeated incumbent mayor Dragan Petrovic" / "Dragan Petrovic beat challenger Milica Jovanovic"), and,
in one sentence told twice, two names that swapped places ("ordered Hanul Electronics to pay 3.2 billion won to
Daeyang Parts" / "ordered Daeyang Parts to pay 3.2 billion won to Hanul Electronics")."""

from __future__ import annotations

import re
from itertools import combinations

from rapidfuzz import fuzz

from service.pipeline.names import same_name
from service.pipeline.types import Divergence, EntityMention, Facts

# Words between the two names that make the first the winner, or (passive, "lost to") the loser: at most three
# lowercase words besides ("beat defending champion", "was narrowly beaten by").
_WINS = r"(?:beat|beats|defeated|defeats|overcame|overcomes|edged|edges|thrashed|routed|ousted|unseated|won\s+against)"
_LOSES = r"(?:lost\s+to|loses\s+to|(?:was|were|is|are)\s+(?:\w+\s+)?(?:beaten|defeated|ousted|unseated)\s+by)"
_BETWEEN = re.compile(rf"^\s+(?:(?P<win>{_WINS})|(?P<lose>{_LOSES}))\b(?:\s+[a-z][\w-]*){{0,3}}\s+$")


def winners_reversed(text_a: str, fa: Facts, text_b: str, fb: Facts) -> list[Divergence]:
    """One contest with its winner and loser swapped between the claims; not where a claim tells both ways (a
    rematch: "beat Smith in May ... lost to Smith in June")."""
    results_a, results_b = _results(text_a, fa.entities), _results(text_b, fb.entities)
    if len(results_a) != 1 or len(results_b) != 1:
        return []
    (winner_a, loser_a, span_a), (winner_b, loser_b, span_b) = results_a[0], results_b[0]
    if same_name(winner_a, loser_b) and same_name(loser_a, winner_b) and not same_name(winner_a, winner_b):
        return [Divergence("contradiction", span_a, span_b,
                           f"The sources give the contest to opposite sides: {span_a!r} against {span_b!r}.")]
    return []


def _results(text: str, entities: tuple[EntityMention, ...]) -> list[tuple[str, str, str]]:
    """(winner key, loser key, the words from the first name to the second) for every two names with words of
    winning or losing between them."""
    found = []
    ordered = sorted(entities, key=lambda e: e.span.start)
    for first, second in zip(ordered, ordered[1:], strict=False):
        between = _BETWEEN.match(text[first.span.end : second.span.start])
        if between is None or same_name(first.key, second.key):
            continue
        winner, loser = (first, second) if between.group("win") else (second, first)
        found.append((winner.key, loser.key, text[first.span.start : second.span.end]))
    return found


def roles_swapped(text_a: str, fa: Facts, text_b: str, fb: Facts) -> list[Divergence]:
    """Two names that swapped places in a sentence otherwise the same: the second claim, with the two names put
    back, reads as the first. Not names that stand together ("talks between France and Germany") or that an act
    joins both ways ("Trump met Zelensky")."""
    if fuzz.ratio(text_b, text_a) >= 95:
        return []  # the sentence reads alike as written
    named = _named_once(fb)
    if len(named) > _MOST_NAMES:
        return []  # a list of names, not two parties
    for x, y in combinations(named, 2):
        first, second = (x, y) if x.span.start < y.span.start else (y, x)
        a_first, a_second = _named_once_as(fa, first), _named_once_as(fa, second)
        if same_name(x.key, y.key) or a_first is None or a_second is None:
            continue
        if second.span.start < first.span.end or _SYMMETRIC.search(text_b[first.span.end : second.span.start]):
            continue
        put_back = (text_b[: first.span.start] + second.span.text + text_b[first.span.end : second.span.start]
                    + first.span.text + text_b[second.span.end :])
        if fuzz.ratio(put_back, text_a) >= 97:
            start, end = min(a_first.span.start, a_second.span.start), max(a_first.span.end, a_second.span.end)
            span_a, span_b = text_a[start:end], text_b[first.span.start : second.span.end]
            return [Divergence("contradiction", span_a, span_b,
                               f"The two parties are the other way round: {span_a!r} against {span_b!r}.")]
    return []


_MOST_NAMES = 12


def _named_once(facts: Facts) -> list[EntityMention]:
    return [e for e in facts.entities if sum(same_name(e.key, o.key) for o in facts.entities) == 1]


def _named_once_as(facts: Facts, mention: EntityMention) -> EntityMention | None:
    same = [e for e in facts.entities if same_name(e.key, mention.key)]
    return same[0] if len(same) == 1 else None


# Words between two names that join them both ways: "France and Germany", "between", "Trump met Zelensky".
_SYMMETRIC = re.compile(r"(?<![\w-])(?:and|or|&|with|between|vs|versus|against|met|meet|meets|meeting|talks?|talked|"
                        r"spoke|speak|speaks|clash(?:ed|es)?|faced?|faces|play(?:ed|s)?|drew|draw|drawn|tied|married|"
                        r"merged?|merger|partnered|allied|plus|as well as)(?![\w-])|,|/", re.IGNORECASE)
