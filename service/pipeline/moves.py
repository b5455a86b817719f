"""A figure the two claims move opposite ways: "FreshWay's fell 3%" / "FreshWay's stock climbed 3%"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.pipeline.antonyms import move_opposite_ways, stems
from service.pipeline.quantities import same_amount
from service.pipeline.types import Claim, Divergence, Facts, Quantity


def moved_the_other_way(a: Claim, b: Claim, fa: Facts, fb: Facts) -> list[Divergence]:
    """One figure of one thing moved by opposite verbs right before it: "FreshWay's fell 3%" / "FreshWay's stock
    climbed 3%", however the rest of the claims move other figures ("Hartwell's rose 11%"); not a move a clause of
    its own recalls ("shares, which jumped 5% last week, fell again"), nor one of another thing ("exports fell 8%"
    / "sales rose 8%")."""
    moves_a, moves_b = _moves(a.text, fa), _moves(b.text, fb)

    def only_the_other_way(move: _Move, others: list[_Move]) -> bool:
        # not "A rose 3% and B fell 3%" / "B fell 3% and A rose 3%": every move of that figure there is opposite
        alike = [o for o in others if same_amount(move.amount, o.amount) and o.amount.unit == move.amount.unit]
        return bool(alike) and all(_opposite_moves(move.verb, o.verb) for o in alike)

    found = []
    for x in moves_a:
        for y in moves_b:
            if same_amount(x.amount, y.amount) and x.amount.unit == y.amount.unit and x.subject & y.subject and (
                only_the_other_way(x, moves_b) and only_the_other_way(y, moves_a)
            ):
                span_a, span_b = a.text[x.start : x.amount.span.end], b.text[y.start : y.amount.span.end]
                found.append(Divergence("contradiction", span_a, span_b,
                                        f"The same figure moved the other way: {span_a!r} against {span_b!r}."))
    return found


@dataclass(frozen=True)
class _Move:
    amount: Quantity
    verb: str
    start: int  # where the verb starts
    subject: frozenset[str]  # the words just before the verb: what moved


def _moves(text: str, facts: Facts) -> list[_Move]:
    found = []
    for amount in facts.quantities:
        verb = _MOVED_BY_VERB.search(text[max(0, amount.span.start - 30) : amount.span.start])
        if verb is None:
            continue
        start = amount.span.start - len(verb.group(0))
        clause = re.split(r"[,;:(]", text[:start])[-1]
        if re.search(r"\b(?:which|who|that|after|before|since)\b", clause, re.IGNORECASE):
            continue  # a move the claim recalls in a clause of its own
        subject = frozenset(re.sub(r"['’]s?$", "", w.lower()) for w in re.findall(r"[\w'’-]+", clause)[-4:]
                            if len(w) >= 4 and w.lower() not in _NOT_WHAT_MOVED)
        found.append(_Move(amount, verb.group(1), start, subject))
    return found


_NOT_WHAT_MOVED = frozenset({"their", "while", "with", "also", "have", "been", "than", "about", "last", "this"})


def _opposite_moves(first: str, second: str) -> bool:
    """"fell" / "climbed", "rose" / "fell", "dropped" / "jumped", "raised" / "cut": words of moving a figure up and
    down."""
    def forms(word: str) -> set[str]:
        word = _IRREGULAR.get(word.lower(), word.lower())
        undoubled = re.sub(r"([b-df-hj-np-tv-z])\1ed$", r"\1ed", word)  # "dropped" -> "droped" -> "drop"
        return stems(word, False) | stems(undoubled, False)

    raised = {"raise", "lift", "boost", "hike", "gain"}
    lowered = {"cut", "lower", "reduce", "trim", "slash", "lose"}
    return any(move_opposite_ways(x, y) or {x, y} & raised and {x, y} & lowered
               for x in forms(first) for y in forms(second))


_IRREGULAR = {"rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall", "sank": "sink", "grew": "grow",
              "shrank": "shrink", "slid": "slide", "lost": "lose"}
_MOVED_BY_VERB = re.compile(r"\b([a-z]+(?:ed|ose|ell|ank|ung)|cut|grew|slid|risen|fallen|lost)\s+(?:by\s+)?"
                            r"(?:about\s+|nearly\s+|almost\s+)?$")
