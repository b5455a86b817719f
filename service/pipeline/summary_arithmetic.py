"""Amounts a derived text (a summary, a rewrite) works out of its source's: a sum or a difference of two it states, a
change "by" the difference of two, the years between two it names, a multiplier its own figures bear out, what a
part leaves of a whole, and a year the source dates things by."""

from __future__ import annotations

import re
from collections.abc import Sequence

from service.pipeline.article_facts import ArticleFacts
from service.pipeline.quantities import (
    find_quantities,
    is_a_count,
    is_approximate,
    same_amount,
    small_number,
    worked_out,
)
from service.pipeline.types import Facts, Quantity


def a_year_of(amount: Quantity, source: ArticleFacts) -> bool:
    """A figure that is a year of the source's ("its 2023 deliveries" in an article of 2023): news writes
    counts in the thousands with a comma, never years."""
    year = amount.span.text.split()[0]
    if not re.fullmatch(r"(?:19|20)\d\d", year):
        return False
    years = {d.year or (d.day.year if d.day else None) for d in source.dates}
    return int(year) in years | ({source.published.year} if source.published else set())


_MULTIPLIERS = {"double": 2.0, "twice": 2.0, "triple": 3.0, "treble": 3.0, "thrice": 3.0, "quadruple": 4.0,
                "half": 0.5}


def a_multiplier_written(word: str, text: str, source_text: str) -> bool:
    """"almost double its licensed load" for the source's "nearly twice its licensed number": the same multiplier
    in another word, before a word the summary's has after it too (not "arrested twice before" for "double the
    usual penalty")."""
    ratio = _MULTIPLIERS.get(word.lower())
    at = re.search(rf"\b{re.escape(word)}\b", text)
    if ratio is None or at is None:
        return False
    mine = _words_after(text, at.end())
    return any(
        _MULTIPLIERS[other.group(0).lower()] == ratio and mine & _words_after(source_text, other.end())
        for other in re.finditer(r"\b(?:" + "|".join(_MULTIPLIERS) + r")\b", source_text, re.IGNORECASE)
    )


def _words_after(text: str, end: int) -> set[str]:
    """The words of four letters or more among the three after a position: "its licensed number" -> {"licensed",
    "number"}."""
    return {w.lower() for w in re.findall(r"[A-Za-z]+", text[end:])[:3] if len(w) >= 4}


def a_ratio_of_its_own(word: str, text: str) -> bool:
    """"a nine percent pay increase, double management's 4.5 percent offer": a multiplier that two amounts of the
    text itself bear out."""
    ratio = _MULTIPLIERS.get(word.lower())
    at = re.search(rf"\b{re.escape(word)}\b", text)
    amounts = [q for q in find_quantities(text) if q.value]
    if ratio is None or at is None:
        return False
    # The amount before the word is that many times the one after it ("9%, double the 4.5% offer").
    before = [q for q in amounts if q.span.end <= at.start()]
    after = [q for q in amounts if q.span.start >= at.end()]
    hedge = re.search(r"\b(more than|over|nearly|almost|about|roughly|around)\s+$", text[: at.start()], re.IGNORECASE)
    low, high = {"more than": (1.0, 1e9), "over": (1.0, 1e9), "nearly": (0.85, 1.0), "almost": (0.85, 1.0)}.get(
        hedge.group(1).lower() if hedge else "", (0.9, 1.1) if hedge else (0.99, 1.01))  # "more than double"
    return any(x.unit == y.unit and low * ratio <= x.value / y.value <= high * ratio for x in before for y in after)


def a_ratio_the_source_bears_out(word: str, text: str, source: ArticleFacts) -> bool:
    """"the fine will triple to 1,500 kronor" where a source sentence states the fine rising from 500 to 1,500
    kronor: a multiplier that two amounts of one source sentence bear out, the larger the summary's, after "to"."""
    ratio = _MULTIPLIERS.get(word.lower())
    if ratio is None:
        return False
    amounts = find_quantities(text)
    results = [next((q for q in amounts if q.span.start == moved.end() and q.value), None)
               for moved in re.finditer(rf"\b{re.escape(word)}\w*\s+to\s+", text, re.IGNORECASE)]
    moves = [(find_quantities(m.group(1)), find_quantities(m.group(2))) for m in _FROM_TO.finditer(source.text)]
    starts_and_ends = [(before[0], after[0]) for before, after in moves if before and after and before[0].value]
    return bool(results) and all(result is not None and any(
        same_amount(result, end) and (end.unit == start.unit or not start.unit)
        and 0.99 * ratio <= end.value / start.value <= 1.01 * ratio
        for start, end in starts_and_ends) for result in results)


_FROM_TO = re.compile(r"\bfrom\s+([^;]{1,30}?)\s+to\s+([^;]{1,30}?)"
                      r"(?=,\s|;|\.(?:\s|$)|\s+(?:in|on|from|by|next|this|over|and)\b|$)")


def worked_out_of_source(amount: Quantity, text: str, derived: Facts, source: ArticleFacts) -> bool:
    """The derived claim's amount is worked out of two that one source sentence states (`text`: the claim's), or
    of amounts and years the source states anywhere."""
    return _the_rest_of(amount, text, source.text) or any(
        worked_out(amount, text, f.quantities, source.text) or _added_up(amount, derived.quantities, f.quantities, text)
        for f in source.facts
    ) or _moved_by_the_difference(amount, text, derived, source) or _years_since(amount, text, source)


_MOVED_BY = re.compile(r"\bby\s+(?:(?:about|around|roughly|some|nearly|almost|approximately)\s+)?$", re.IGNORECASE)


def _moved_by_the_difference(amount: Quantity, text: str, derived: Facts, source: ArticleFacts) -> bool:
    """"cut its quota by roughly 65,000 tonnes, to 145,000 tonnes" where the source states the 145,000 tonnes and,
    in another sentence, the 210,000 tonnes it stood at: a change by the difference of the two."""
    moved = _MOVED_BY.search(text[max(0, amount.span.start - 24) : amount.span.start])
    if not amount.unit or not moved:
        return False
    before = text[max(0, amount.span.start - 60) : amount.span.start - len(moved.group(0))].lower()
    down, up = _FELL.search(before) is not None, _ROSE.search(before) is not None
    if down == up:
        return False  # which way it moved decides which figure it moved from
    tolerance = 0.05 if is_approximate(text, amount) else 0.005
    # the figure it moved to, right after it ("by roughly 65,000 tonnes, to 145,000 tonnes"), as the source states it
    ends = [q for q in derived.quantities if q.unit == amount.unit and source.states(q)
            and re.fullmatch(r"\W*to\s+(?:\w+\s+)?", text[amount.span.end : q.span.start])]
    starts = [q for q in source.amounts if q.unit == amount.unit]
    return any(abs((y.value - x.value if down else x.value - y.value) - amount.value) <= tolerance * amount.value
               for x in ends for y in starts)


_FELL = re.compile(r"\b(?:cut|cuts|cutting|fell|fall|falls|falling|dropped|drop|drops|declined|decline|reduced|reduce|"
                   r"lowered|lower|slashed|slash|shrank|shrink|down|lost|lose|trimmed|trim)\b\W*(?:\w+\W+){0,5}$")
_ROSE = re.compile(r"\b(?:rose|rise|rises|rising|raised|raise|increased|increase|up|grew|grow|climbed|climb|jumped|"
                   r"jump|lifted|lift|gained|gain|added|add|boosted|boost)\b\W*(?:\w+\W+){0,5}$")


_SINCE = re.compile(r"\s+(?:after|since|ago|later|before|earlier)\b", re.IGNORECASE)


def _years_since(amount: Quantity, text: str, source: ArticleFacts) -> bool:
    """"four years after a city study warned" in a story of 2023 whose source dates the study 2019: the years
    between a year the source names and the story's."""
    if amount.unit != "year" or not amount.value.is_integer() or not _SINCE.match(text, amount.span.end):
        return False
    named = {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", source.text)}
    now = {source.published.year} if source.published else set()
    return any(abs(x - y) == amount.value for x in named | now for y in named)


_PART_OF_WHOLE = re.compile(r"(?<![\d,.])\b(\w+)\s+(?:out\s+)?of\s+(?:the|its|their|all)\s+(\w+)\b", re.IGNORECASE)
_LEFT_OUT = re.compile(r"\b(?:leaving|left|leave|leaves|shutting|shut|keeping|kept)\s+out\s+$|\b(?:excluding|excluded|"
                       r"excludes|exclude|omitting|omitted|without|remaining|other|rest\s+of\s+the)\s+$", re.IGNORECASE)


def _the_rest_of(amount: Quantity, text: str, source_text: str) -> bool:
    """A count of what the source's "four of the seven parties" leaves, said as left out: "for leaving out
    three parties" (not "seven jurors voted to convict" for the source's "five of the 12")."""
    if (amount.unit and not is_a_count(amount)) or not _LEFT_OUT.search(text[max(0, amount.span.start - 24) :
                                                                              amount.span.start]):
        return False
    for match in _PART_OF_WHOLE.finditer(source_text):
        part, whole = (small_number(match.group(k)) for k in (1, 2))
        if part is not None and whole is not None and 0 < part < whole and whole - part == amount.value:
            return True
    return False




def _added_up(amount: Quantity, own: Sequence[Quantity], theirs: Sequence[Quantity], text: str) -> bool:
    """The sum or the difference of two amounts one source sentence states, both of which the derived claim states
    too: "68 people dead or missing, 27 confirmed dead and 41 missing". Counts of any things add up ("214
    passengers and 31 crew" are 245 people); money and shares only in one unit."""
    def compatible(other: Quantity) -> bool:
        counts = [q for q in (amount, other) if not q.unit or is_a_count(q)]
        return other.unit == amount.unit or len(counts) == 2

    stated = [q for q in theirs if q.value and compatible(q)]
    also_mine = [q for q in stated if any(m is not amount and same_amount(q, m) for m in own)]
    # Both parts stated beside the total, as a total is written ("68 dead or missing, 27 dead and 41 missing"):
    # not "30 of the 42 passengers were killed" for the source's 42 aboard and 12 killed.
    # Or two counts of the thing it counts: "63,000 public and private schools" for "52,000 public schools and
    # 11,000 private schools".
    both_kinds = re.match(r"[\d,.]+\s+[\w-]+\s+(?:and|or)\s", text[amount.span.start :]) is not None
    same_things = [q for q in stated if both_kinds and amount.unit and q.unit == amount.unit and is_a_count(q)]
    return amount.value > 0 and any(
        abs(x.value + y.value - amount.value) <= 0.005 * amount.value
        or abs(abs(x.value - y.value) - amount.value) <= 0.005 * amount.value
        for x in also_mine for y in also_mine if y is not x
    ) or any(abs(x.value + y.value - amount.value) <= 0.005 * amount.value
             for x in same_things for y in same_things if y is not x)
