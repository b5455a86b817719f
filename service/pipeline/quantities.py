"""Numbers with their scale, unit and currency, and whether two of them state the same amount."""

from __future__ import annotations

import re
from collections.abc import Iterable

from service.pipeline.types import Quantity, Span

WORD_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "dozen": 12,
    "half": 0.5, "a third": 1 / 3, "one-third": 1 / 3, "two-thirds": 2 / 3, "a quarter": 0.25,
    "three-quarters": 0.75, "twice": 2, "thrice": 3, "a hundred": 100, "a thousand": 1000, "a million": 1e6,
    "one million": 1e6, "one billion": 1e9, "one hundred": 100, "one thousand": 1000, "half a dozen": 6, "half a": 0.5,
}
_UNITS_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
WORD_NUMBERS |= {  # "forty-one"
    f"{tens}-{unit}": WORD_NUMBERS[tens] + i for tens in _TENS_WORDS for i, unit in enumerate(_UNITS_WORDS, 1)
}
_SCALES = {
    "trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9, "million": 1e6, "mn": 1e6, "m": 1e6,
    "thousand": 1e3, "k": 1e3, "hundred": 100,
    "lakh crore": 1e12, "crore": 1e7, "lakh": 1e5,  # Indian English: "4.1 lakh", "Rs 1.2 lakh crore"
}
_CURRENCIES = {"£": "GBP", "$": "USD", "€": "EUR", "us$": "USD", "usd": "USD", "gbp": "GBP", "eur": "EUR",
               "dollars": "USD", "dollar": "USD", "pounds": "GBP", "euros": "EUR", "euro": "EUR", "¥": "JPY"}
_APPROXIMATE = re.compile(
    r"\b(?:about|around|roughly|nearly|almost|approximately|some|over|more than|less than|fewer than|up to|"
    r"at least|at most|close to|just over|just under|an estimated|estimated)\s+$",
    re.IGNORECASE,
)
_WORD_ALTERNATION = (
    "|".join(sorted((re.escape(w) for w in WORD_NUMBERS), key=len, reverse=True)) + "|one(?=-)"
    + r"|an?(?=\s+(?:year|month|week|day|hour|decade|century)\b)"  # "over a year": one year
)
_NUMBER = re.compile(
    rf"(?P<currency>£|\$|€|US\$|¥)?\s?"
    rf"(?:(?<![A-Za-z])(?P<digits>\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.(?P<decimals>\d+))?|(?P<word>\b(?:{_WORD_ALTERNATION})\b))"
    rf"(?:\s?(?P<scale>trillion|billion|million|thousand|hundred|lakh crore|crore|lakh|bn|tn|mn|[mbk])\b)?"
    rf"(?P<percent>\s?%|\s(?:percent|per cent)\b)?"
    rf"(?:[-\s](?P<unit>[A-Za-z]+))?",
    re.IGNORECASE,
)
_NOT_UNITS = {
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "as", "that", "who",
    "which", "than", "more", "after", "before", "since", "ago", "later", "earlier", "is", "was", "were", "are",
    "have", "has", "had", "will", "would", "said", "told", "times", "its", "their", "his", "her",
}


def find_quantities(text: str, taken: Iterable[tuple[int, int]] = ()) -> list[Quantity]:
    """Every amount in `text` outside the `taken` spans (dates), with its value normalised."""
    blocked = list(taken)
    found: list[Quantity] = []
    for match in _NUMBER.finditer(text):
        start, end = match.start(), match.end()
        value = _value(match)
        if value is None:
            continue
        unit_word = (match.group("unit") or "").lower()
        priced = bool(match.group("currency") or match.group("percent"))
        # "4.6 million Kestrel customer records": a name after the number is not what it counts
        named = (match.group("unit") or "")[:1].isupper() and not unit_word.endswith("s")  # "Five Americans" counts
        counted = bool(unit_word) and unit_word not in _NOT_UNITS and not priced and not named
        word = (match.group("word") or "").lower()
        if word in _TIMES_WORDS:  # "spoken with him twice following the meeting": how many times, no noun
            counted, unit_word = False, ""
        if match.group("unit") and not counted and unit_word != "times":
            end = match.start("unit") - 1  # "£2.26 billion loan": the currency is the unit, not "loan"
        unit = "time" if word in _TIMES_WORDS or unit_word == "times" else _unit(match, unit_word if counted else "")
        points = re.match(r"\s+points?\b", text[match.end() :]) if unit_word == "basis" else None
        if points:
            value, unit = value / 100, "percentage"  # "50 basis points" is half a percentage point
            end = match.end() + len(points.group(0))
        span_text = text[start:end].strip()
        start = text.index(span_text, start)
        if any(s < start + len(span_text) and start < e for s, e in blocked):
            continue
        found.append(Quantity(span=Span(span_text, start, start + len(span_text)), value=value, unit=unit))
    return found


_TIMES_WORDS = {"twice", "thrice"}  # as many times as "two times", "three times"


def _value(match: re.Match[str]) -> float | None:
    if match.group("digits"):
        value = float(match.group("digits").replace(",", ""))
        if match.group("decimals"):
            value += float("0." + match.group("decimals"))
    else:
        value = float(WORD_NUMBERS.get(match.group("word").lower(), 1))  # "one-year": the only "one" counted
    scale = (match.group("scale") or "").lower()
    if scale in ("m", "b", "k") and not match.group("currency"):
        return value  # "5 m" is a distance more often than a million
    return value * _SCALES.get(scale, 1.0)


def _unit(match: re.Match[str], unit_word: str) -> str:
    if match.group("currency"):
        return _CURRENCIES[match.group("currency").lower()]
    if match.group("percent"):
        return "%"
    if unit_word in _CURRENCIES:
        return _CURRENCIES[unit_word]
    return _singular(unit_word)


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def is_approximate(text: str, quantity: Quantity) -> bool:
    return bool(_APPROXIMATE.search(text[: quantity.span.start]))


# Spans of time compare across units: "a one-year anniversary" and "a one-month anniversary" conflict.
_DAYS = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25, "decade": 3652.5,
         "century": 36525.0}


def _normalised(q: Quantity) -> float:
    return q.value * _DAYS.get(q.unit, 1.0)


def same_amount(a: Quantity, b: Quantity, tolerance: float = 0.02) -> bool:
    """Equal within rounding: "$2.8bn" and "$2.83 billion" state the same amount."""
    va, vb = (_normalised(a), _normalised(b)) if a.unit in _DAYS and b.unit in _DAYS else (a.value, b.value)
    if va == vb:
        return True
    larger = max(abs(va), abs(vb))
    return larger > 0 and abs(va - vb) / larger <= tolerance


def comparable(a: Quantity, b: Quantity) -> bool:
    """Two amounts that measure the same kind of thing, so that a difference means a conflict."""
    if a.unit in _DAYS and b.unit in _DAYS:
        return True
    if a.unit and b.unit:
        return a.unit == b.unit
    return False


TIME_UNITS = frozenset(_DAYS)
_MODIFIER = re.compile(r"[\w.,]+-[A-Za-z]+(?:-[A-Za-z]+)*")  # "10-day", "three-year-old"
_NEXT_WORD = re.compile(r"\s*(\w+)")


def measures_other_things(text: str, amount: Quantity, other_text: str) -> bool:
    """A span of time written as a modifier ("a 10-day journey") is said of the noun after it; a claim that
    never names that noun ("operate for six days") measures something else. A count names its thing itself
    ("a 20-post thread" is 20 posts)."""
    if amount.unit not in TIME_UNITS or not _MODIFIER.fullmatch(amount.span.text):
        return False
    after = _NEXT_WORD.match(text, amount.span.end)
    if after is None:
        return False
    noun = after.group(1).lower()
    noun = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    return re.search(rf"\b{re.escape(noun)}", other_text, re.IGNORECASE) is None
