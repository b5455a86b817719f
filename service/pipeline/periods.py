"""Quarters and halves of a year: "before the third quarter of 2024" / "before the final quarter of 2024", "in
the second half of the year" / "during the first half of the year". The date parser resolves days, months and
years, not these periods, so two claims naming another quarter of one year are compared here."""

from __future__ import annotations

import re

from service.pipeline.types import Divergence

_ORDER = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
# A quarter or half of a year, not of a match ("scored in the first half", "trailed in the third quarter"): "of"
# a year after it, or a quarter written as an adjective of results ("third-quarter profit") or in letters ("Q3").
_WHICH = r"first|1st|second|2nd|third|3rd|fourth|4th|final|last"
_PERIOD = re.compile(
    rf"\b(?P<which>{_WHICH})\s+(?P<unit>quarter|half)"
    r"(?=\s+of\s+(?P<year>(?:the\s+|this\s+|next\s+|last\s+)?(?:year|\d{4}))\b)"
    rf"|\b(?P<which_joined>{_WHICH})-(?P<unit_joined>quarter)\b"  # "third-quarter profit", not "a first-half goal"
    r"|\b(?P<short>Q)(?P<number>[1-4])\b"
)


def period_divergences(text_a: str, text_b: str) -> list[Divergence]:
    """One quarter or half of the year, one season, or one part of a month in each claim, another in each: a date
    divergence, the periods verbatim. "final" and "last" are the fourth quarter or the second half ("the final
    quarter" / "Q4" agree); "fall" is autumn; "early August" / "late August" and "early 2026" / "late 2026"
    differ."""
    for find in (_periods, _seasons, _parts_of_a_month):
        periods_a, periods_b = find(text_a), find(text_b)
        if len(periods_a) != 1 or len(periods_b) != 1:
            continue
        (span_a, unit_a, number_a), (span_b, unit_b, number_b) = periods_a[0], periods_b[0]
        if unit_a == unit_b and number_a != number_b:
            return [Divergence("date", span_a, span_b,
                               f"The period of the year differs: {span_a!r} against {span_b!r}.")]
    return []


_SEASONS = {"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4}
# "in the autumn", "by the spring"; "fall" only so ("prices fall in the spring"). "Last autumn" and "next spring"
# the date parser resolves.
_SEASON = re.compile(r"\b(?:in|by)\s+(?:the\s+)?(spring|summer|autumn|fall|winter)\b", re.IGNORECASE)
# Or of a year: "early 2026" / "late 2026".
_PART_OF_A_MONTH = re.compile(r"\b(early|mid|late)[-\s](January|February|March|April|May|June|July|August|September|"
                              r"October|November|December|(?:19|20)\d{2})\b")
_PARTS = {"early": 1, "mid": 2, "late": 3}


def _seasons(text: str) -> list[tuple[str, str, int]]:
    found = {_SEASONS[m.group(1).lower()]: m.group(1) for m in _SEASON.finditer(text)}
    return [(span, "season", number) for number, span in found.items()]


def _parts_of_a_month(text: str) -> list[tuple[str, str, int]]:
    found = {(m.group(2), _PARTS[m.group(1)]): m.group(0) for m in _PART_OF_A_MONTH.finditer(text)}
    return [(span, month, part) for (month, part), span in found.items()]


def _periods(text: str) -> list[tuple[str, str, int]]:
    """(the words as written, "quarter" or "half" with the year it is of, which one) for each period named, each
    period once."""
    found: dict[tuple[str, int], str] = {}
    for match in _PERIOD.finditer(text):
        if match.group("short"):  # "Q3"
            unit, number = "quarter", int(match.group("number"))
        else:
            unit = (match.group("unit") or match.group("unit_joined")).lower()
            which = (match.group("which") or match.group("which_joined")).lower()
            number = _ORDER.get(which) or (4 if unit == "quarter" else 2)  # "final", "last"
            if unit == "half" and number > 2:
                continue
        # the year it is of is part of its kind: "the first half of the year" / "the second half of last year"
        year = " ".join((match.group("year") or "").lower().replace("the ", "this ").split())
        found.setdefault((f"{unit} {year}", number), match.group(0))
    return [(span, unit, number) for (unit, number), span in found.items()]
