"""Who beat whom: the same two named sides with winner and loser the other way round ("India beat New Zealand" /
"New Zealand defeated India", "Jovanovic defeated incumbent mayor Dragan Petrovic" / "Dragan Petrovic beat
challenger Milica Jovanovic")."""

from __future__ import annotations

import re

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
