"""Amounts that differ between two aligned claims: of one kind, counted from the same moment, not one worked out
of the other's, an age only against an age."""

from __future__ import annotations

import re
from collections.abc import Sequence

from service.pipeline.quantities import (
    CLOCK,
    CURRENCY_UNITS,
    TIME_UNITS,
    a_round_floor_holding,
    a_share_bounding,
    bounds_apart,
    comparable,
    half_a_place_above,
    is_a_count,
    is_approximate,
    is_bound,
    measures_other_things,
    over_its_cap,
    same_amount,
    singular,
    within_rounding,
    worked_out,
)
from service.pipeline.swaps import same_slot
from service.pipeline.types import Claim, Divergence, Facts, Quantity

# Articles this many days apart or fewer report one news cycle: "two days ago" counts from nearly the same day.
SAME_NEWS_CYCLE_DAYS = 7


def number_divergences(
    a: Claim, b: Claim, fa: Facts, fb: Facts, days_apart: int | None, one_story: bool = False
) -> list[Divergence]:
    """Amounts of one kind that differ. Spans of time counted from different moments are not compared: "two
    days ago" in articles of different days, or "two days after" and "six months after", which in articles
    weeks apart count from different events. `one_story`: the two articles tell one story at one length (an
    edited copy, a rewrite), claim for claim."""

    def matched(q: Quantity, others: Sequence[Quantity], own_text: str, other_text: str) -> bool:
        # Not a span of time for a count: "three years" is not "three players"; nor a share for a count or an
        # age ("shrank by 15%" is not "the under-15 age group"), nor a sum in one currency for one in another,
        # nor a measure for one side of a score that both claims write ("a three-point lead" is no "3" of "won
        # 3-1"; "by three goals to one" is)
        return any(same_amount(q, o) and not (q.unit and o.unit and (
            (q.unit in TIME_UNITS) != (o.unit in TIME_UNITS) or (q.unit == "%") != (o.unit == "%")
            or _in_two_currencies(q, o))) and not (
                q.unit and not o.unit and _in_a_score(other_text, o) and _a_score_with(own_text, o.value))
            for o in others)

    bounds = [Divergence("contradiction", *spans, f"One source gives the figure as a floor, the other as a "
                                                  f"ceiling: {spans[0]!r} against {spans[1]!r}.")
              for qa in fa.quantities for qb in fb.quantities
              if (spans := _bounded_from_opposite_sides(a.text, qa, b.text, qb)) is not None][:1]
    lonely_a = [q for q in fa.quantities
                if not (matched(q, fb.quantities, a.text, b.text) or worked_out(q, a.text, fb.quantities, b.text))]
    lonely_b = [q for q in fb.quantities
                if not (matched(q, fa.quantities, b.text, a.text) or worked_out(q, b.text, fa.quantities, a.text))]
    # "more than C$85,000" / "more than C$86,000": a bound or a round figure that bears the other out is its
    # match, and neither is left to be held against a third amount
    for qa in list(lonely_a):
        qb_alike = next((qb for qb in lonely_b if comparable(qa, qb) and _rounded_or_bounded(a.text, qa, b.text, qb)),
                        None)
        if qb_alike is not None:
            lonely_a.remove(qa)
            lonely_b.remove(qb_alike)
    # "27 people died and 14 remain missing" / "27 people dead and 41 still unaccounted for": in one story told
    # twice, with the rest of their figures shared, the one count each claim has left counts the same thing,
    # however it is worded (a summary packs figures of several sentences into one claim, so not there)
    counts_a = [q for q in lonely_a if _bare_or_a_count(q, a.text)]
    counts_b = [q for q in lonely_b if _bare_or_a_count(q, b.text)]
    one_count_left = (
        one_story and len(counts_a) == len(counts_b) == 1
        and len(lonely_a) < len(fa.quantities) and len(lonely_b) < len(fb.quantities)
        # at least one a bare figure, which counts whatever the claim counts: not "40 stores" / "15 warehouses"
        and not (counts_a[0].unit and counts_b[0].unit) and counts_a[0].span.text != counts_b[0].span.text
    )
    found = []
    for qa in lonely_a:
        for qb in lonely_b:
            if not (
                comparable(qa, qb)
                or _one_sum_in_two_currencies(qa, qb)  # "10 billion Danish crowns" / "10 billion Swedish crowns"
                or (one_count_left and qa is counts_a[0] and qb is counts_b[0])
                or _one_count_in_other_words(a.text, qa, b.text, qb)
                or _added_in_other_words(a.text, qa, b.text, qb) or _added_in_other_words(b.text, qb, a.text, qa)
                or _a_bare_figure_for_a_count(a.text, qa, b.text, qb, len(lonely_a) == len(lonely_b) == 1)
                or (_an_age(a.text, qa) and _an_age(b.text, qb))  # "34-year-old Curtis Vane" / "Curtis Vane, 36,"
                or _counted_together(a.text, qa, b.text, qb)
                or _bare_figures_in_one_slot(a.text, qa, b.text, qb)
            ) or _counted_from_different_moments(a.text, qa, b.text, qb, days_apart):
                continue
            # "the 4,500-hectare blaze" / "the 5,400-hectare fire": both measures written as modifiers, each of a
            # thing the other claim names otherwise (not "the blaze ... near a 300-hectare nature reserve")
            both_modifiers = qa.unit == qb.unit and "-" in qa.span.text and "-" in qb.span.text and (
                _names_otherwise(a.text, qa, b.text) and _names_otherwise(b.text, qb, a.text))
            if not both_modifiers and (measures_other_things(a.text, qa, b.text)
                                       or measures_other_things(b.text, qb, a.text)):
                continue
            if _an_age(a.text, qa) != _an_age(b.text, qb) and not (_elapsed(a.text, qa) or _elapsed(b.text, qb)):
                continue  # "the 22-year-old" / "a four-year contract"; not "the 50-year-old law" / "60 years ago"
            if _one_as_a_word(qa, qb) and _word_after(a.text, qa) != _word_after(b.text, qb):
                continue  # "from a year earlier" / "in three years": "a year" is compared in the same words only
            if _rounded_or_bounded(a.text, qa, b.text, qb):
                continue  # "about $210" / "about $240" differ; "more than 240" / "214" are left to the bound
            what = "The same figure in another currency" if _one_sum_in_two_currencies(qa, qb) else (
                "The times of day differ" if qa.unit == CLOCK else "The amounts differ")
            found.append(Divergence("number", qa.span.text, qb.span.text,
                                    f"{what}: {qa.span.text!r} against {qb.span.text!r}."))
            lonely_b.remove(qb)
            break
    if not found:
        spans = _one_against_several(a.text, lonely_a, b.text)
        reverse = None if spans else _one_against_several(b.text, lonely_b, a.text)
        if reverse:
            spans = reverse[1], reverse[0]  # the other claim counts more: its amount is the b side
        if spans:
            return bounds + [Divergence("number", *spans, f"The counts differ: {spans[0]!r} against {spans[1]!r}.")]
    return bounds + found


_FLOOR = re.compile(r"\b(?:at\s+least|(?<!\bno\s)(?<!\bnot\s)more\s+than|not?\s+(?:less|fewer)\s+than)\s+$",
                    re.IGNORECASE)
_CEILING = re.compile(r"\b(?:at\s+most|up\s+to|as\s+(?:much|many|high)\s+as|not?\s+more\s+than|"
                      r"(?<!\bno\s)(?<!\bnot\s)(?:less|fewer)\s+than)\s+$", re.IGNORECASE)


_OPENING_A_CLAUSE = frozenset({"", "that", "and", "but", "while", "with", "as"})  # "found that fewer than 9,300"


def _in_a_score(text: str, figure: Quantity) -> bool:
    """A bare figure that is one side of a score or a tally: "3" of "beat Almonte City 3-1"."""
    return bool(re.search(r"\d\s?[-–]\s?$", text[: figure.span.start])) or bool(
        re.match(r"\s?[-–]\s?\d", text[figure.span.end :]))


def _a_score_with(text: str, value: float) -> bool:
    """The text writes a score in figures with the value on one side: "3-1" for 3."""
    figure = re.escape(f"{value:g}")
    return re.search(rf"(?<![\d.]){figure}\s?[-–]\s?\d|\d\s?[-–]\s?{figure}(?![\d.])", text) is not None


def _bounded_from_opposite_sides(text_a: str, qa: Quantity, text_b: str, qb: Quantity) -> tuple[str, str] | None:
    """One figure as a floor in one claim and as a ceiling in the other: "delayed by at least six weeks" / "by at
    most six weeks". The two spans, hedge and figure, verbatim; None otherwise."""
    if not same_amount(qa, qb):
        return None
    bounds = []
    for text, amount in ((text_a, qa), (text_b, qb)):
        before = text[max(0, amount.span.start - 24) : amount.span.start]
        floor, ceiling = _FLOOR.search(before), _CEILING.search(before)
        bounds.append((floor, ceiling))
    (floor_a, ceiling_a), (floor_b, ceiling_b) = bounds
    hedge_a, hedge_b = (floor_a or ceiling_a), (floor_b or ceiling_b)
    if hedge_a is None or hedge_b is None or bool(floor_a) == bool(floor_b):
        return None
    start_a = qa.span.start - (len(text_a[max(0, qa.span.start - 24) : qa.span.start]) - hedge_a.start())
    start_b = qb.span.start - (len(text_b[max(0, qb.span.start - 24) : qb.span.start]) - hedge_b.start())
    # said of one thing: "delayed by at least" / "pushed back by at most", "eliminating up to" / "eliminate at
    # least", a clause opened on it; not "solitary confinement for more than 15 days" (what the rules call torture) /
    # "restrict it to no more than 15 days"
    before_a, before_b = (next(iter(re.findall(r"\w+", text[:start].lower())[-1:]), "")
                          for text, start in ((text_a, start_a), (text_b, start_b)))
    if before_a[:5] != before_b[:5] and not {before_a, before_b} & _OPENING_A_CLAUSE:
        return None
    return text_a[start_a : qa.span.end], text_b[start_b : qb.span.end]


def _rounded_or_bounded(text_a: str, qa: Quantity, text_b: str, qb: Quantity) -> bool:
    """One figure, hedged, rounds the other or bounds it ("about 880" / "some 900", "more than 240" / "214", which
    may count more things), but not past a ceiling ("no more than 46 percent" / "48 percent")."""
    if qa.unit == qb.unit == CLOCK:  # "shortly before 7am" / "06:42"; not "about 9.40pm" / "about 10.40pm"
        return abs(qa.value - qb.value) <= _CLOCK_LEEWAY_MINUTES and (
            _ROUGH_TIME.search(text_a[: qa.span.start]) is not None
            or _ROUGH_TIME.search(text_b[: qb.span.start]) is not None)
    if a_share_bounding(text_a, qa, qb) or a_share_bounding(text_b, qb, qa):
        return True
    if a_round_floor_holding(text_a, qa, qb) or a_round_floor_holding(text_b, qb, qa):
        return True
    if bounds_apart(text_a, qa, text_b, qb):
        return False
    rough = is_approximate(text_a, qa) or is_approximate(text_b, qb)
    if rough and not (is_bound(text_a, qa) or is_bound(text_b, qb)) and half_a_place_above(qa, qb):
        return False  # "about 40 percent" / "roughly 45%"; but "more than 1,100" holds for 1,150
    return rough and same_amount(qa, qb, tolerance=0.15) and (
        within_rounding(qa, qb) or is_bound(text_a, qa) or is_bound(text_b, qb)
    ) and not (over_its_cap(text_a, qa, qb) and not is_approximate(text_b, qb)) and not (
        over_its_cap(text_b, qb, qa) and not is_approximate(text_a, qa))  # "nearly 29 years" / "almost three decades"


_CLOCK_LEEWAY_MINUTES = 30
# A time of day given roughly or as a bound: "at about 3am", "shortly before 7am", "just after 10pm", "by 6pm".
_ROUGH_TIME = re.compile(r"\b(?:about|around|approximately|roughly|some|shortly|just|soon|nearly|almost|before|after|"
                         r"by|until|till)\s+(?:before\s+|after\s+)?$", re.IGNORECASE)


def _in_two_currencies(first: Quantity, second: Quantity) -> bool:
    return first.unit in CURRENCY_UNITS and second.unit in CURRENCY_UNITS and first.unit != second.unit


def _one_sum_in_two_currencies(first: Quantity, second: Quantity) -> bool:
    return _in_two_currencies(first, second) and same_amount(first, second)


def _one_count_in_other_words(text_a: str, qa: Quantity, text_b: str, qb: Quantity) -> bool:
    """Two counts of things named differently in the same words count one thing: "two points from eight games"
    / "two points from nine matches"."""
    return is_a_count(qa) and is_a_count(qb) and same_slot(text_a, qa.span, text_b, qb.span, phrase_ends=True)


def _added_in_other_words(text_a: str, qa: Quantity, text_b: str, qb: Quantity) -> bool:
    """"about 2,300 additional delivery vans" / "would add some 3,200 delivery vans": a count of things added,
    told once by its adjective and once by the verb "add" before the count."""
    if qa.unit not in _ADDED:
        return False
    nouns = re.findall(r"[a-z]+", text_a[qa.span.end :].lower())[:2]  # "vans", or "delivery vans"
    return qb.unit in map(singular, nouns) and _ADDING_BEFORE.search(text_b[: qb.span.start]) is not None


_ADDED = frozenset({"additional", "extra", "further"})  # not "new": "has 120 new planes on order"
_ADDING_BEFORE = re.compile(r"\badd(?:s|ed|ing)?\s+(?:(?:some|about|around|roughly|nearly|almost|another|an?\s+"
                            r"(?:extra|additional|further))\s+)?$", re.IGNORECASE)


def _names_otherwise(text: str, modifier: Quantity, other_text: str) -> bool:
    """The other claim never writes the word the measure modifies ("blaze" where it writes "fire")."""
    noun = re.match(r"\s+([a-z]+)", text[modifier.span.end :])
    return noun is not None and re.search(rf"\b{noun.group(1)}s?\b", other_text, re.IGNORECASE) is None


def _bare_or_a_count(amount: Quantity, text: str) -> bool:
    """"14", "22 injured", "11 illnesses"; not a modifier ("a three-way summit", "a two-week campaign"), a number
    that names something ("Flight 370", "Article 5") or one end of a range ("3 to 4 million")."""
    if (amount.unit and not is_a_count(amount)) or "-" in amount.span.text:
        return False
    return _NAMED_BY_NUMBER.search(text[: amount.span.start]) is None and _RANGE_AFTER.match(
        text, amount.span.end) is None


_NAMED_BY_NUMBER = re.compile(r"\b[A-Z][\w-]*\s+$")
_RANGE_AFTER = re.compile(r"\s*(?:to|-|–|or|and)\s*\d")


def _counted_together(text_a: str, qa: Quantity, text_b: str, qb: Quantity) -> bool:
    """One count of two kinds of things, named in either order: "60 directors and actors" / "160 actors and
    directors"."""
    group_a, group_b = _counted_pair(text_a, qa), _counted_pair(text_b, qb)
    return len(group_a) == 2 and group_a == group_b


def _counted_pair(text: str, amount: Quantity) -> frozenset[str]:
    if not is_a_count(amount) or " " not in amount.span.text:
        return frozenset()
    other = re.match(r"\s+(?:and|or)\s+([a-z]+)\b", text[amount.span.end :])
    return frozenset({amount.unit, singular(other.group(1))}) if other else frozenset()


def _a_bare_figure_for_a_count(text_a: str, qa: Quantity, text_b: str, qb: Quantity, alone: bool) -> bool:
    """A figure with no noun against a count of the same size of a thing the figure's claim names, each the one
    amount its claim does not share: "the number of people waiting ... rose to 847,000" / "the waiting list
    climbed to 874,000 people"; not "the mine, which employs 1,200" / "the loss of 900 jobs"."""
    (bare, bare_text), count = ((qa, text_a), qb) if not qa.unit else ((qb, text_b), qa)
    if bare.unit or not is_a_count(count) or not alone or min(qa.value, qb.value) < 10:
        return False
    named = re.search(rf"\b{re.escape(count.unit)}", bare_text, re.IGNORECASE) is not None
    return named and max(qa.value, qb.value) <= 1.25 * min(qa.value, qb.value)


def _bare_figures_in_one_slot(text_a: str, qa: Quantity, text_b: str, qb: Quantity) -> bool:
    """Two figures with no noun in the same words: "creating 400 more" / "creating 300 more"."""
    return not qa.unit and not qb.unit and not _an_age(text_a, qa) and not _an_age(text_b, qb) and same_slot(
        text_a, qa.span, text_b, qb.span, phrase_ends=True)


_AGE = re.compile(r"-old\b|\s+old\b")


def _an_age(text: str, amount: Quantity) -> bool:
    """"the 22-year-old", "22 years old", or a bare number set after a name: "Curtis Vane, 36, ..."."""
    if _AGE.match(text, amount.span.end) is not None:
        return True
    if not amount.unit and _AGE_SAID.search(text[: amount.span.start]) is not None:
        return True  # "Perera, who is 31,", "a man aged 45"
    return not amount.unit and 0 < amount.value < 120 and amount.value == int(amount.value) and (
        _AFTER_A_NAME.search(text[: amount.span.start]) is not None and _CLOSES_APPOSITION.match(text, amount.span.end)
        is not None
    )


_AGE_SAID = re.compile(r"\b(?:who\s+(?:is|was)|aged)\s+$", re.IGNORECASE)
_AFTER_A_NAME = re.compile(r"\b[A-Z][\w'’-]+,\s+$")
_CLOSES_APPOSITION = re.compile(r"\s*(?:[,.;)]|$)")


def _elapsed(text: str, amount: Quantity) -> bool:
    """"60 years ago": a time elapsed, which an age ("the 50-year-old law") may be compared with."""
    counted = _ELAPSED.match(text, amount.span.end)
    return counted is not None and counted.group(1).lower() == "ago"


_NOT_COUNTED = TIME_UNITS | CURRENCY_UNITS | {"time"}


def _one_against_several(text: str, amounts: Sequence[Quantity], other_text: str) -> tuple[str, str] | None:
    """An amount of something the other claim counts as one: "two drone strikes" / "a drone strike", "two
    tumultuous weeks" / "a tumultuous week". Returns (the amount, the other's "a ...") verbatim, or None."""
    for amount in amounts:
        if amount.value == 1 or len(amount.unit) < 3 or amount.unit in _NOT_COUNTED:
            continue  # spans of time: "a week after" and "two weeks ago" often count different things
        after = _WORD_AFTER.match(text, amount.span.end)
        # The word written after the figure, which may describe what the unit counts ("two drone strikes").
        written = singular(amount.span.text.split()[-1].lower()) if " " in amount.span.text else amount.unit
        single = next((m for m in _ONE_OF.finditer(other_text) if singular(m.group(1)) == written), None)
        after_single = _WORD_AFTER.match(other_text, single.end()) if single else None
        # The same thing counted: "two drone strikes" / "a drone strike", not "150 drones" / "a drone attack".
        if single and after and after_single and singular(after.group(1)) == singular(after_single.group(1)):
            return amount.span.text, single.group(0)
    return None


_WORD_AFTER = re.compile(r"\s*(\w+)")
_ONE_OF = re.compile(r"\b(?:a single|an?|one)\s+(\w+(?:-\w+)?)\b", re.IGNORECASE)


def _one_as_a_word(*amounts: Quantity) -> bool:
    return any(q.span.text.lower().startswith(("a ", "an ")) for q in amounts)


def _word_after(text: str, amount: Quantity) -> str | None:
    after = _WORD_AFTER.match(text, amount.span.end)
    return after.group(1).lower() if after else None


_ELAPSED = re.compile(r"\s+(after|ago|before|later|earlier)\b", re.I)


def _counted_from_different_moments(
    text_a: str, qa: Quantity, text_b: str, qb: Quantity, days_apart: int | None
) -> bool:
    def counted_from(text: str, amount: Quantity) -> str | None:
        if amount.unit not in ("day", "week", "month", "year"):
            return None
        match = _ELAPSED.match(text, amount.span.end)
        return match.group(1).lower() if match else None

    from_a, from_b = counted_from(text_a, qa), counted_from(text_b, qb)
    if days_apart is None or from_a is None or from_b is None:
        return False
    return days_apart > SAME_NEWS_CYCLE_DAYS or (from_a == from_b == "ago" and days_apart > 0)
