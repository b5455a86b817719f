"""A figure the two claims move opposite ways: "FreshWay's fell 3%" / "FreshWay's stock climbed 3%"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.pipeline.antonyms import move_opposite_ways, stems
from service.pipeline.dates import same_time
from service.pipeline.quantities import same_amount
from service.pipeline.types import Claim, Divergence, Facts, Quantity


def moved_the_other_way(a: Claim, b: Claim, fa: Facts, fb: Facts) -> list[Divergence]:
    """One figure of one thing moved by opposite verbs right before it: "FreshWay's fell 3%" / "FreshWay's stock
    climbed 3%", however the rest of the claims move other figures ("Hartwell's rose 11%"); not a move a clause of
    its own recalls ("shares, which jumped 5% last week, fell again"), nor one of another thing ("exports fell 8%"
    / "sales rose 8%")."""
    if not _dated_alike(fa, fb):
        return []
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
                span_a, span_b = a.text[x.start : x.end], b.text[y.start : y.end]
                found.append(Divergence("contradiction", span_a, span_b,
                                        f"The same figure moved the other way: {span_a!r} against {span_b!r}."))
    if not found and len(moves_a) == len(moves_b) == 1 and not _another_move_recalled(a.text, b.text):
        # One move on each side, of one thing, the other way by another amount: "Shares rose 8%" / "Lumora's
        # shares fell 3%" differ in direction as well as figure. The thing is named by more than a name they share
        # ("Revenue at Corvex rose 5%" / "Corvex's costs fell 2%" move two things).
        x, y = moves_a[0], moves_b[0]
        names = {w.lower() for text in (a.text, b.text) for w in _NAME_WORD.findall(text)}
        if x.amount.unit == y.amount.unit and (x.subject & y.subject) - names and _opposite_moves(x.verb, y.verb):
            span_a, span_b = a.text[x.start : x.end], b.text[y.start : y.end]
            found.append(Divergence("contradiction", span_a, span_b,
                                    f"The figure moved the other way: {span_a!r} against {span_b!r}."))
    return found


# A capitalised word not opening the text, with its possessive cut: "Corvex" of "Revenue at Corvex", "Corvex's".
_NAME_WORD = re.compile(r"(?<=\S)\s+([A-Z][\w-]*)")


def _dated_alike(fa: Facts, fb: Facts) -> bool:
    """The claims name the same dates, or one names none: moves on other days are two moves ("down 2% on Monday"
    / "rose 2% last week")."""
    if not fa.dates or not fb.dates:
        return True
    return all(any(same_time(x, y) for y in fb.dates) for x in fa.dates) and all(
        any(same_time(y, x) for x in fa.dates) for y in fb.dates)


def _another_move_recalled(text_a: str, text_b: str) -> bool:
    """A claim recalls an earlier move, or another moment of the day: "after shrinking 0.3%", "has since climbed",
    "recovering some of Friday's drop", "at one point"."""
    return any(_ANOTHER_PERIOD.search(text) for text in (text_a, text_b))


_ANOTHER_PERIOD = re.compile(r"(?<![\w-])(?:after|before|since|following|recovering|reversing|at one point|"
                             r"at the close|intraday)(?![\w-])", re.IGNORECASE)  # not "after-hours"


@dataclass(frozen=True)
class _Move:
    amount: Quantity
    verb: str
    start: int  # where the move's words start: the verb, or the figure before a noun
    end: int  # where they end: the figure, or the noun after it
    subject: frozenset[str]  # the words just before the verb (or after the noun): what moved


def _moves(text: str, facts: Facts) -> list[_Move]:
    found = []
    for amount in facts.quantities:
        verb = _MOVED_BY_VERB.search(text[max(0, amount.span.start - 30) : amount.span.start])
        if verb is None:
            noun = _MOVE_NOUN_AFTER.match(text, amount.span.end)
            if noun is not None:  # "a 22 percent rise in property taxes": what moved follows
                subject = frozenset(w.lower() for w in re.findall(r"[\w'’-]+", noun.group(2))
                                    if len(w) >= 4 and w.lower() not in _NOT_WHAT_MOVED)
                found.append(_Move(amount, noun.group(1), amount.span.start, noun.end(1), subject))
            continue
        start = amount.span.start - len(verb.group(0))
        clause = re.split(r"[,;:(]", text[:start])[-1]
        markers = list(_CLAUSE_MARKER.finditer(clause))
        if len(markers) == 1 and markers[0].group(0).lower() == "that" and _SAID.search(clause[: markers[0].start()]):
            clause = clause[markers[0].end() :]  # "said on Friday that Thai exports fell": what was said
        elif markers:
            continue  # a move the claim recalls in a clause of its own
        subject = frozenset(re.sub(r"['’]s?$", "", w.lower()) for w in re.findall(r"[\w'’-]+", clause)[-4:]
                            if len(w) >= 4 and w.lower() not in _NOT_WHAT_MOVED)
        found.append(_Move(amount, verb.group(1).split()[-1], start, amount.span.end, subject))
    return found


_CLAUSE_MARKER = re.compile(r"\b(?:which|who|that|after|before|since)\b", re.IGNORECASE)
_SAID = re.compile(r"\b(?:said|says|say|told|tells|announced|reported|added|stated|showed|shows)\b")
_NOT_WHAT_MOVED = frozenset({"their", "while", "with", "also", "have", "been", "than", "about", "last", "this"})


def _opposite_moves(first: str, second: str) -> bool:
    """"fell" / "climbed", "rose" / "fell", "dropped" / "jumped", "raised" / "cut": words of moving a figure up and
    down."""
    def forms(word: str) -> set[str]:
        word = _IRREGULAR.get(word.lower(), word.lower())
        undoubled = re.sub(r"([b-df-hj-np-tv-z])\1ed$", r"\1ed", word)  # "dropped" -> "droped" -> "drop"
        return stems(word, False) | stems(undoubled, False)

    # raising and lowering a figure, or one that rises and falls ("rose 6.2 percent" / "lost 6.2 percent")
    raised = {"raise", "lift", "boost", "hike", "gain", "rise", "climb", "jump", "increase"}
    lowered = {"cut", "lower", "reduce", "trim", "slash", "lose", "shed", "fall", "drop", "decline"}
    return any(move_opposite_ways(x, y) or {x, y} & raised and {x, y} & lowered
               for x in forms(first) for y in forms(second))


_IRREGULAR = {"rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall", "sank": "sink", "grew": "grow",
              "shrank": "shrink", "slid": "slide", "lost": "lose", "up": "rise", "down": "fall"}
# The verb right before a figure, or "up" / "down" after a form of "be" or "go": "was down 2.3%", "go up by 200 pesos".
_MOVED_BY_VERB = re.compile(r"\b((?:was|were|is|are|go|goes|went)\s+(?:up|down)|[a-z]+(?:ed|ose|ell|ank|ung)|cut|grew|"
                            r"slid|risen|fallen|lost)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+)?$")
# A move named by a noun after the figure, and what moved: "a 22 percent rise in property taxes".
_MOVE_NOUN_AFTER = re.compile(r"\s+(rise|increase|jump|hike|gain|cut|fall|drop|decline|reduction|decrease)\s+in\s+"
                              r"((?:the\s+)?(?:[\w'’-]+\s+){0,2}[\w'’-]+)")
