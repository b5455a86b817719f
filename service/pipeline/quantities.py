"""Numbers with their scale, unit and currency, and whether two of them state the same amount."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from service.pipeline.types import Quantity, Span

WORD_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "dozen": 12,
    "half": 0.5, "a third": 1 / 3, "one-third": 1 / 3, "two-thirds": 2 / 3, "a quarter": 0.25,
    "three-quarters": 0.75, "twice": 2, "thrice": 3, "a hundred": 100, "a thousand": 1000, "a million": 1e6,
    "one million": 1e6, "one billion": 1e9, "one hundred": 100, "one thousand": 1000, "half a dozen": 6, "half a": 0.5,
    "a fifth": 0.2, "one-fifth": 0.2, "two-fifths": 0.4, "three-fifths": 0.6, "four-fifths": 0.8, "a tenth": 0.1,
    "one-tenth": 0.1, "one-quarter": 0.25,
}
# The shares news writes most ("a third", "three-quarters"): a percentage nearest one of them is that share.
_COMMON_SHARE_PERCENTAGES = frozenset(round(v * 100, 6) for w, v in WORD_NUMBERS.items() if v < 1 and w != "half a")
_FRACTIONS = {"third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10}
_UNITS_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
WORD_NUMBERS |= {  # "three-tenths", "five-eighths", "an eighth"
    f"{numerator}-{name}" + ("s" if n > 1 else ""): n / parts
    for name, parts in _FRACTIONS.items() for n, numerator in enumerate(_UNITS_WORDS, 1) if n < parts
} | {("an " if name[0] == "e" else "a ") + name: 1 / parts for name, parts in _FRACTIONS.items()}
# "a third of households", "half the staff": a share, as a percentage would state it ("31% of households").
_SHARES = frozenset(w for w, v in WORD_NUMBERS.items() if v < 1 and w != "half a")
# A share where what follows is what it is a share of, how far done ("a quarter contained"), or nothing ("up nearly
# a fifth since 2011"); not "a third straight year", "a third-quarter loss", "a quarter point", "three-quarters of a
# percentage point".
_SHARE_FOLLOWS = re.compile(
    r"(?:\s+(?:of\s+(?!an?\s)|the|its|his|her|their|our|my|your|all|what|since|from|over|following|"
    r"[a-z]+ed|complete|full|empty|done)\b|\s*(?:[,.;:)]|$)|"
    r"\s+(?:and|to|or)\s+(?:an?\s+|[a-z]+-)?(?:half|(?:third|quarter|fifth|sixth|eighth|tenth)s?)\b)",
    re.IGNORECASE,
)
# "cut bag use by more than nine-tenths within a year": what something grew or shrank by
_BY_A_SHARE = re.compile(r"\bby\s+(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|about\s+|roughly\s+|some\s+)?$",
                         re.IGNORECASE)
# "more than a tenth has already died": a share hedged is a share whatever follows (no ordinal is "more than a third")
_HEDGED_SHARE = re.compile(r"\b(?:(?:more|less|fewer)\s+than|nearly|almost|roughly|about|around|over|under)\s+$",
                           re.IGNORECASE)
_A_UNIT_AFTER = re.compile(r"[\s-]+(?:centur|mile|hour|minute|second|day|week|month|year|decade|inch|f[oe]{2}t|pound|"
                           r"point|kilomet|met(?:er|re)|acre|hectare|ton)", re.IGNORECASE)  # "nearly a quarter century"
_FEWER = re.compile(r"\s+(?:[a-z]+\s+)?([a-z]{2,}[^su\W]s)\b")  # "1,100 fewer beds", "3,000 fewer new jobs"
_OF_A_UNIT = re.compile(r"\s+(?:of\s+)?an?\s")  # "by three-quarters of a percentage point", "by half an hour"
# What follows an ordinal read as a fraction: "a third consecutive dry winter", "a fifth straight month"
_IN_A_ROW = re.compile(r"\s+(?:consecutive|straight|successive)\s+(?:[a-z]+\s+)?([a-z]+)\b", re.IGNORECASE)
_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|third|fourth|last|the)\s+$", re.IGNORECASE)  # "the first half"
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
               "dollars": "USD", "dollar": "USD", "pounds": "GBP", "euros": "EUR", "euro": "EUR", "¥": "JPY",
               "c$": "CAD", "ca$": "CAD", "a$": "AUD", "au$": "AUD", "hk$": "HKD", "nz$": "NZD", "s$": "SGD"}
# "150,000 Swiss francs" and "CHF 150,000": a currency named by its country, or by its code before the amount.
_NAMED_CURRENCIES = {
    "swiss francs": "CHF", "swiss franc": "CHF", "canadian dollars": "CAD", "australian dollars": "AUD",
    "japanese yen": "JPY", "chinese yuan": "CNY", "indian rupees": "INR", "mexican pesos": "MXN",
    "south african rand": "ZAR", "swedish kronor": "SEK", "norwegian kroner": "NOK", "danish kroner": "DKK",
    "hong kong dollars": "HKD", "new zealand dollars": "NZD",
    # crowns, as English often writes the Nordic and Czech currencies ("100,000 Norwegian crowns")
    "norwegian crowns": "NOK", "swedish crowns": "SEK", "danish crowns": "DKK", "czech crowns": "CZK",
    "norwegian krone": "NOK", "swedish krona": "SEK", "danish krone": "DKK", "czech koruna": "CZK",
    "icelandic krona": "ISK", "icelandic kronur": "ISK", "brazilian real": "BRL", "brazilian reais": "BRL",
    "south korean won": "KRW", "singapore dollars": "SGD", "turkish lira": "TRY", "polish zlotys": "PLN",
    "russian roubles": "RUB", "russian rubles": "RUB",
}
_NAMED_CURRENCIES |= {name[:-1]: code for name, code in _NAMED_CURRENCIES.items() if name.endswith("s")}
CURRENCY_UNITS = frozenset({"USD", "GBP", "EUR", "CHF", "CAD", "AUD", "JPY", "CNY", "INR", "MXN", "ZAR", "SEK", "NOK",
                            "DKK", "HKD", "NZD", "BRL", "KRW", "SGD", "TRY", "PLN", "RUB", "CZK", "ISK"})
_NAMED_CURRENCY = re.compile(
    "|".join(r"\s+".join(map(re.escape, name.split())) + r"\b"
             for name in sorted(_NAMED_CURRENCIES, key=len, reverse=True)),
    re.IGNORECASE,
)
_APPROXIMATE = re.compile(
    r"\b(?:about|around|roughly|nearly|almost|approximately|some|over|above|below|no more than|no less than|"
    r"no fewer than|"
    r"more than|less than|fewer than|up to|as much as|as many as|as high as|"
    r"at least|at most|close to|just over|just under|an estimated|estimated)\s+$",
    re.IGNORECASE,
)
_WORD_ALTERNATION = (
    "|".join(sorted((re.escape(w) for w in WORD_NUMBERS), key=len, reverse=True)) + "|one(?=-)"
    + r"|an?(?=\s+(?:year|month|week|day|hour|decade|century)\b)"  # "over a year": one year
)
_NUMBER = re.compile(
    rf"(?P<currency>£|US\$|CA?\$|AU?\$|HK\$|NZ\$|S\$|\$|€|¥)?\s?"
    rf"(?:(?<![A-Za-z])(?P<digits>\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.(?P<decimals>\d+))?|(?P<word>\b(?:{_WORD_ALTERNATION})\b))"
    rf"(?:(?:\s|-(?=(?:trillion|billion|million|thousand|bn|mn|tn)\b))?"  # "14.6-billion-euro"
    rf"(?P<scale>trillion|billion|million|thousand|hundred|lakh crore|crore|lakh|bn|tn|mn|[mbk])\b)?"
    rf"(?P<percent>\s?%|\s(?:percent|per cent)\b)?"
    # "2,000 e-bikes": a one-letter prefix is the unit's (not "5-a-side", "a 10-m-long wall")
    rf"(?:[-\s](?P<unit>(?!(?:an?|[mkg])-)[A-Za-z]-[A-Za-z]+|[A-Za-z]+))?",
    re.IGNORECASE,
)
_NOT_UNITS = {
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "as", "that", "who",
    "which", "than", "more", "after", "before", "since", "ago", "later", "earlier", "is", "was", "were", "are",
    "have", "has", "had", "will", "would", "said", "told", "times", "its", "their", "his", "her", "following",
    "remained", "remain", "remains", "still", "also",  # "two remained in hospital": the count of a noun before
    "because", "but", "while", "when", "if", "though", "although", "despite", "amid", "until", "unless",
    "last", "next", "this",  # "up from 51,000 last year": a date follows, not what is counted
}


# A vote or a score: two small numbers joined by a dash, after a verb of voting or winning or before the result.
TALLY = "tally"
# "9-4", "5-to-2", "by 31 votes to 24", "voted eight to five"
_TALLY_NUMBER = r"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_TALLY = re.compile(rf"(?<![\w.,/-])({_TALLY_NUMBER})(?:[-–]|-to-|\s+(?:votes?\s+)?to\s+)({_TALLY_NUMBER})"
                    r"(?![\w/]|[.,]\d|-\w)", re.IGNORECASE)
_TALLY_BEFORE = re.compile(r"\b(?:(?!(?:aged|ranged|varied)\b)[a-z]+ed|votes?|won|wins?|lost|beat|beating|drew|led|"
                           r"winning|losing|victory|defeat)\s+(?:by\s+)?(?:a\s+)?$", re.IGNORECASE)
# A vote told as its two sides, for first: "with nine councillors in favour and five against", "7 in favour of a
# ban and 2 against", "9 votes for, 4 against" (not "jailed for 12 years for 3 attacks against women").
_FOR_AND_AGAINST = re.compile(
    rf"(?<![\w.,/-])({_TALLY_NUMBER})\s+(?:[a-z]+\s+)?(?:in\s+favou?r(?:\s+of(?:\s+[\w-]+){{1,3}}?)?|votes?\s+for"
    rf"|for(?=\s*,|\s+(?:and|with)\b))\s*(?:,\s*|\s+)(?:and\s+|with\s+)?({_TALLY_NUMBER})\s+(?:[a-z]+\s+)?"
    rf"against\b", re.IGNORECASE)
# Before a tally written out with "to": "voted eight to five", "ruled 6 to 3" (not "won 40 to 45 seats").
_VOTED_BEFORE = re.compile(r"\b(?:voted|ruled)\s+$", re.IGNORECASE)
_MEASURED = re.compile(r"\s*(?:%|percent|per\s*cent|points?|million|billion|thousand|times|years?|days?|weeks?|"
                       r"months?|hours?|minutes?|degrees?|kilo\w+|miles?|met(?:er|re)s?|feet|pounds?|euros?|dollars?)\b",
                       re.IGNORECASE)
_TALLY_AFTER = re.compile(r"\s+(?:decision|vote|votes|win|victory|defeat|loss|margin|majority|ruling|verdict|draw|"
                          r"home|away|scoreline|thrashing|rout)\b", re.IGNORECASE)


_AND_A_HALF = re.compile(r"\b(an?|\w+)\s+(?:(?P<unit>year|month|week|day|hour|minute)s?\s+and\s+a\s+half\b|"
                         r"and\s+a\s+half\s+(?P<after>year|month|week|day|hour|minute)s?\b)", re.IGNORECASE)
_RATIO = re.compile(r"\b(\w+)\s+(?:in|out\s+of)\s+(?:every\s+)?(\w+)\b(?=\s+[a-z])", re.IGNORECASE)


def small_number(word: str) -> float | None:
    """A whole number written in digits or in words: "4", "four"."""
    word = word.lower()
    return float(word) if re.fullmatch(r"[0-9]+", word) else 1.0 if word == "one" else WORD_NUMBERS.get(word)


def _tally(match: re.Match[str], first: float, second: float) -> Quantity:
    return Quantity(span=Span(match.group(0), match.start(), match.end()), value=first * 1000.0 + second, unit=TALLY)


def tally_parts(tally: Quantity) -> tuple[float, float]:
    """The two numbers of a tally: the larger first, (5, 4) for "4-5", or for and against as a vote is told."""
    return float(tally.value // 1000), float(tally.value % 1000)


def tally_written(tally: Quantity, text: str) -> bool:
    """The text writes the tally's two numbers joined by a dash, in either order ("5-4", "4-5")."""
    high, low = (int(part) for part in tally_parts(tally))
    return any(re.search(rf"(?<![\w.,]){x}[-–]{y}(?!\d)", text) for x, y in ((high, low), (low, high)))


# Capitals and a hyphen right before a figure name a road, a plane or a rocket with it.
_DESIGNATION = re.compile(r"(?<![\w-])(?!YES-|NO-)[A-Z]{1,3}-$")  # not a tally's "YES-62, NO-38"


def find_quantities(text: str, taken: Iterable[tuple[int, int]] = ()) -> list[Quantity]:
    """Every amount in `text` outside the `taken` spans (dates), with its value normalised."""
    blocked = list(taken)
    found: list[Quantity] = []
    for clock in _RACE_TIME.finditer(text):  # "2:09:31": a race time, in seconds, as "2 hours 9 minutes 31 seconds"
        if not any(s < clock.end() and clock.start() < e for s, e in blocked):
            hours, minutes, seconds = (int(part) for part in clock.groups())
            span = Span(clock.group(0), clock.start(), clock.end())
            found.append(Quantity(span=span, value=hours * 3600.0 + minutes * 60 + seconds, unit="second"))
            blocked.append((clock.start(), clock.end()))
    for lap in _LAP_TIME.finditer(text):  # "1:56.24": minutes, seconds and hundredths
        if not any(s < lap.end() and lap.start() < e for s, e in blocked):
            span = Span(lap.group(0), lap.start(), lap.end())
            found.append(Quantity(span=span, value=int(lap.group(1)) * 60.0 + float(lap.group(2)), unit="second"))
            blocked.append((lap.start(), lap.end()))
    for time_of_day in _TIME_OF_DAY.finditer(text):  # "3am", "9.40pm", "10:40 p.m.", "06:42": a time, not a count
        if not any(s < time_of_day.end() and time_of_day.start() < e for s, e in blocked):
            hour = int(time_of_day.group("hour") or time_of_day.group("hour24"))
            minutes = int(time_of_day.group("minutes") or time_of_day.group("minutes24") or 0)
            half = (time_of_day.group("half") or "").lower()
            if half:
                hour = hour % 12 + (12 if half == "p" else 0)
            span = Span(time_of_day.group(0).rstrip("."), time_of_day.start(), time_of_day.start() + len(
                time_of_day.group(0).rstrip(".")))
            found.append(Quantity(span=span, value=hour * 60.0 + minutes, unit=CLOCK))
            blocked.append((time_of_day.start(), time_of_day.end()))
    for span_of_time in _AND_A_HALF.finditer(text):  # "a year and a half", "five and a half years": no "half" alone
        whole = 1.0 if span_of_time.group(1).lower() in ("a", "an") else small_number(span_of_time.group(1))
        if whole is not None and not any(s < span_of_time.end() and span_of_time.start() < e for s, e in blocked):
            span = Span(span_of_time.group(0), span_of_time.start(), span_of_time.end())
            unit = (span_of_time.group("unit") or span_of_time.group("after")).lower()
            found.append(Quantity(span=span, value=whole + 0.5, unit=unit))
            blocked.append((span_of_time.start(), span_of_time.end()))
    for ratio in _RATIO.finditer(text):  # "four in five faculty members": a share, 80%
        part, whole = (small_number(ratio.group(k)) for k in (1, 2))
        counted = ratio.group(1).lower() not in _TIMES_WORDS and not _MEASURED.match(text, ratio.end())
        if counted and part is not None and whole is not None and 0 < part < whole <= 100:
            span = Span(ratio.group(0), ratio.start(), ratio.end())
            found.append(Quantity(span=span, value=100.0 * part / whole, unit="%"))
            blocked.append((ratio.start(), ratio.end()))
    for tally in _FOR_AND_AGAINST.finditer(text):  # the order is stated: "five in favour and nine against" failed
        in_favour, against = (small_number(tally.group(k)) for k in (1, 2))
        if in_favour is not None and against is not None:
            found.append(_tally(tally, in_favour, against))
            blocked.append((tally.start(), tally.end()))
    for tally in _TALLY.finditer(text):  # "in a 9-4 decision", "won 3-1": one result, not two numbers
        numbers = [small_number(tally.group(k)) for k in (1, 2)]
        before = text[max(0, tally.start() - 16) : tally.start()]
        written_out = re.search(r"\bto\b", tally.group(0)) is not None
        voted = re.search(r"\bvotes?\b", tally.group(0)) is not None or _TALLY_AFTER.match(text, tally.end())
        if None in numbers or _MEASURED.match(text, tally.end()) or re.search(r"\bfrom\s+$", before):
            continue  # "rose 5-7 percent", "two to three weeks", "narrowed from 71 votes to 64": a range
        if not written_out and not tally.group(1).isdigit():
            continue  # "a one-two finish"
        if voted or (_VOTED_BEFORE if written_out else _TALLY_BEFORE).search(before):
            high, low = sorted((n for n in numbers if n is not None), reverse=True)
            found.append(_tally(tally, high, low))
            blocked.append((tally.start(), tally.end()))
    for match in _NUMBER.finditer(text):
        start, end = match.start(), match.end()
        value = _value(match)
        if value is None:
            continue
        unit_word = (match.group("unit") or "").lower()
        priced = bool(match.group("currency") or match.group("percent"))
        # "4.6 million Kestrel customer records": a name after the number is not what it counts
        named = (  # "Five Americans" counts, "11,200 MW" measures
            (match.group("unit") or "")[:1].isupper() and not unit_word.endswith("s") and unit_word not in _MEASURES
        )
        counted = bool(unit_word) and unit_word not in _NOT_UNITS and not priced and not named
        word = (match.group("word") or "").lower()
        if word in _TIMES_WORDS:  # "spoken with him twice following the meeting": how many times, no noun
            counted, unit_word = False, ""
        before_unit = match.start("unit") - 1 if match.group("unit") else end  # the amount without its next word
        if match.group("unit") and not counted and unit_word != "times":
            end = before_unit  # "£2.26 billion loan": the currency is the unit, not "loan"
        unit = "time" if word in _TIMES_WORDS or unit_word == "times" else _unit(match, unit_word if counted else "")
        # "a third of households", "up a fifth"; not "a half-hour", "three-quarters of a percentage point"
        if word in _SHARES and (
            _SHARE_FOLLOWS.match(text, match.end("word"))
            or (_BY_A_SHARE.search(text[: match.start("word")]) and not _OF_A_UNIT.match(text, match.end("word")))
            or (_HEDGED_SHARE.search(text[: match.start("word")]) and not _OF_A_UNIT.match(text, match.end("word"))
                and not _A_UNIT_AFTER.match(text, match.end("word")))
        ) and not _ORDINAL_BEFORE.search(text[max(0, match.start("word") - 12) : match.start("word")]):
            value, unit = value * 100, "%"
            end = before_unit  # "half what it asked for"
        if word and word.split()[-1] in _FRACTIONS and (in_a_row := _IN_A_ROW.match(text, match.end("word"))):
            # "a third consecutive dry winter" is the third of three: a count, as "three consecutive dry winters"
            value, unit = float(_FRACTIONS[word.split()[-1]]), singular(in_a_row.group(1).lower())
            end = in_a_row.end()
        if unit_word == "of" and not priced and word not in _SHARES:  # "241 of its flights" counts flights
            counted_of = _COUNTED_OF.match(text, match.start("unit") - 1)
            unit = singular(counted_of.group(1)) if counted_of else unit
        fewer = _FEWER.match(text, match.end()) if unit_word == "fewer" else None
        if fewer and fewer.group(1) in _NOT_UNITS | {"this", "has", "does", "was", "thus"}:
            fewer = None
        if fewer:  # "1,100 fewer beds than they need": a count of beds
            unit, end = singular(fewer.group(1)), fewer.end()
        if unit == "other":  # "40 others injured" count the injured, as "14 injured" does
            participle = re.match(r"\s+([a-z]+ed)\b", text[match.end() :])
            unit = participle.group(1) if participle else unit
        points = re.match(r"[-\s]+points?\b", text[match.end() :]) if unit_word == "basis" else None
        if points:
            value, unit = value / 100, "percentage"  # "50 basis points" is half a percentage point
            end = match.end() + len(points.group(0))
        named_currency = _NAMED_CURRENCY.match(text, match.start("unit")) if match.group("unit") else None
        if named_currency and not match.group("currency") and not match.group("percent"):
            unit = _NAMED_CURRENCIES[" ".join(named_currency.group(0).lower().split())]
            end = named_currency.end()
        figure_start = match.start("digits") if match.group("digits") else match.start("word")
        figure_end = match.end("digits") if match.group("digits") else match.end("word")
        if match.group("digits") and _DESIGNATION.search(text, max(0, figure_start - 4), figure_start):
            continue  # "the A-2 motorway", "I-95", "an F-35": a name, nothing counted
        if unit == "GBP" and re.match(r"\W*pounds?\b", text[figure_end:]) and _WEIGHED.search(
            text[max(0, start - 60) : start]
        ):
            unit = "lb"  # "weighed an average of about 7 pounds"
        if unit == "pound" and match.group("scale") and not match.group("scale").lower() == "hundred":
            unit = "GBP"  # "a 31 million pound budget gap": no weight comes in millions
        if unit in ("GBP", "pound") and re.match(r"-pounds?\b(?!\s+(?:note|coin|fine|fee|bill|charge|ticket|prize|"
                                                  r"reward|bonus|payment|voucher|levy|tax))", text[before_unit:]):
            unit = "lb"  # "a 9.9-pound instrument package"
        per_hour = re.match(r"/h\b|\s+(?:per|an)\s+hour\b(?!\s+(?:later|earlier|before|after|ago))", text[end:]) if (
            unit in _DISTANCES) else None
        if per_hour:  # "24 km/h", "40 miles per hour": a speed
            unit, end = ("mph" if unit == "mile" else "km/h"), end + per_hour.end()
        code = re.search(r"\b([A-Z]{3})\s+$", text[max(0, figure_start - 5) : figure_start])
        if code and code.group(1) in CURRENCY_UNITS and not match.group("currency") and not match.group("percent"):
            unit, start = code.group(1), figure_start - len(code.group(0))  # "CHF 150,000 over grants"
            end = before_unit
        square = _SQUARE.match(text, match.end()) if unit_word in ("square", "sq") else None
        if square:  # "140 square kilometers"
            unit, end = "square " + singular(square.group(1).lower()).replace("feet", "foot"), square.end()
        measured = None if priced else _unit_after(text, match.end("scale") if match.group("scale") else figure_end)
        if measured:  # "60 degrees Celsius", "-20°C", "40 cubic metres", "40 m3"
            unit, end = measured
        span_text = text[start:end].strip()
        start = text.index(span_text, start)
        if any(s < start + len(span_text) and start < e for s, e in blocked):
            continue
        found.append(Quantity(span=Span(span_text, start, start + len(span_text)), value=value, unit=unit))
        if per_hour:
            blocked.append((start, start + len(span_text)))  # "an hour" is the speed's, no span of time
    found.sort(key=lambda q: q.span.start)
    found = _shares_of_a_scale(text, found)
    return _signed_temperatures(text, _ranges_share_units(text, _durations_joined(text, found)))


def _shares_of_a_scale(text: str, found: list[Quantity]) -> list[Quantity]:
    """"a third of a million people" is one amount, 333,333 people, not a share and a million."""
    joined: list[Quantity] = []
    for quantity in found:  # in order of place
        previous = joined[-1] if joined else None
        if previous is not None and previous.unit == "" and 0 < previous.value < 1 and (
            previous.span.text.lower() in _SHARES
            and re.fullmatch(r"\s+of\s+", text[previous.span.end : quantity.span.start])
            and re.match(r"an?\s+(?:thousand|million|billion)\b", quantity.span.text, re.IGNORECASE)
        ):
            span = Span(text[previous.span.start : quantity.span.end], previous.span.start, quantity.span.end)
            joined[-1] = Quantity(span=span, value=previous.value * quantity.value, unit=quantity.unit)
        else:
            joined.append(quantity)
    return joined


# A temperature's scale after its figure: "60 degrees Celsius", "38 Celsius", "-20°C", "68 degrees F"; a lone "C" or
# "F" set against the figure ("a 40C heatwave"), or apart from it before a bracket or a clause's end ("minus 9 C (16
# F)").
_TEMPERATURE = re.compile(r"(?:\s?[°º]\s?|\s+degrees?\s+|\s*)(?P<name>(?i:celsius|centigrade|fahrenheit))\b"
                          r"|(?:\s?[°º]\s?|\s+degrees?\s+|)(?P<letter>C|F)\b(?!-\d)"
                          r"|\s(?P<apart>C|F)(?=\s*[(),;:]|\.?\s*$|\.\s)")
_LABELLED = re.compile(r"\b(?:seat|row|apartment|flat|grade|category|gate|room|platform|terminal|block|unit|level|"
                       r"floor|route|vitamin|hepatitis|type|class|section|zone|suite|pier|stand|bay)\s+\d+(?:\.\d+)?$",
                       re.IGNORECASE)
_OF_TEMPERATURE = re.compile(r"\b(?:temperatures?|degrees?|heat\w*|cold|freez\w*|highs?|lows?|warm\w*|cool\w*|"
                             r"thermometers?|celsius|fahrenheit|frost|chill\w*|hot|mercury|weather|forecast\w*)\b",
                             re.IGNORECASE)
_SCALES_OF_TEMPERATURE = {"c": "celsius", "celsius": "celsius", "centigrade": "celsius", "f": "fahrenheit",
                          "fahrenheit": "fahrenheit"}
_TEMPERATURE_UNITS = frozenset({"celsius", "fahrenheit", "degree"})  # "degree": of a scale not named
# A volume as a length cubed: "40 cubic metres", "cu ft", "40 m3", "40m³".
_CUBIC = re.compile(r"\s+(?:cubic|cu\.?)\s+(?P<length>[a-z]+)\b|\s?(?P<short>k?m|cm|ft)[3³](?!\w)", re.IGNORECASE)


def _unit_after(text: str, position: int) -> tuple[str, int] | None:
    """A unit of temperature or of volume written after a figure ending at `position`, which the figure's next word
    does not give alone, and where it ends: ("celsius", 19) for "60 degrees Celsius"."""
    temperature = _TEMPERATURE.match(text, position)
    if temperature and not temperature.group("name") and not re.search(r"[°º]|degree", temperature.group(0)) and (
        (temperature.group("apart") and not _OF_TEMPERATURE.search(text))
        or _LABELLED.search(text[max(0, position - 40) : position])
    ):
        temperature = None  # "seat 12F", "Apartment 5C", "Grade 5 C": a letter is a scale only where heat is meant
    if temperature:
        scale = temperature.group("name") or temperature.group("letter") or temperature.group("apart")
        return _SCALES_OF_TEMPERATURE[scale.lower()], temperature.end()
    cubic = _CUBIC.match(text, position)
    length = singular((cubic.group("length") or cubic.group("short")).lower()).replace("feet", "foot") if cubic else ""
    return ("cubic " + length, cubic.end()) if cubic and "cubic " + length in _MEASURES else None


# A range's bare end before a temperature: "between minus 90 and minus 60 degrees Celsius", "-5 to 10C".
_TO_A_TEMPERATURE = re.compile(r"\s*(?:[-–]|to|and|or)\s*(?:minus\s+|[-−–]\s?)?", re.IGNORECASE)
# "minus 60", "-60°C"; not the dash of a range or a score ("30 – 35C", "3 - 2 C", "10-15C")
_MINUS = re.compile(r"(?:\bminus\s+|(?<![\w.,%)\]])(?<![\d.,%)\]]\s)[-−–])$", re.IGNORECASE)


def _signed_temperatures(text: str, found: list[Quantity]) -> list[Quantity]:
    """Temperatures below zero, "minus 60 degrees" and "-60°C", negative and with their sign in their span; a
    range's bare end takes its other end's scale ("minus 130 to minus 76 degrees Fahrenheit"). Only temperatures:
    elsewhere "minus" and a dash are arithmetic and punctuation more often than a sign."""
    signed = list(found)
    for k in range(len(signed) - 1, 0, -1):
        first, second = signed[k - 1], signed[k]
        if second.unit in _TEMPERATURE_UNITS and not first.unit and _TO_A_TEMPERATURE.fullmatch(
            text, first.span.end, second.span.start
        ):
            signed[k - 1] = replace(first, unit=second.unit)
    for k, amount in enumerate(signed):
        sign = _MINUS.search(text, 0, amount.span.start) if amount.unit in _TEMPERATURE_UNITS else None
        if sign and amount.value > 0:
            start = sign.start()
            signed[k] = replace(amount, value=-amount.value,
                                span=Span(text[start : amount.span.end], start, amount.span.end))
    return signed


def names_a_temperature_scale(text: str, start: int, end: int) -> bool:
    """The words from `start` to `end` are a scale of temperature after its figure: "Fahrenheit" in "minus 76
    degrees Fahrenheit", no name of anyone."""
    return text[start:end].lower() in _SCALES_OF_TEMPERATURE and re.search(
        r"(?:\d|\bdegrees?|[°º])\s*$", text[:start], re.IGNORECASE) is not None


_RACE_TIME = re.compile(r"\b(\d{1,2}):([0-5]\d):([0-5]\d)\b(?!\s*[ap]\.?m\b)", re.IGNORECASE)
_LAP_TIME = re.compile(r"\b(\d{1,2}):([0-5]\d\.\d{1,3})\b")


# A time of day, in minutes after midnight: "3am", "9.40pm", "10:40 p.m.", "6:42 a.m."; in 24-hour form only with
# two digits of minutes ("06:42", not the "3:1" of a ratio).
CLOCK = "clock"
_TIME_OF_DAY = re.compile(
    r"(?<![\w.:,])(?:(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minutes>[0-5]\d))?\s?(?P<half>[ap])\.?\s?m\b\.?"
    r"|(?P<hour24>[01]\d|2[0-3]):(?P<minutes24>[0-5]\d)\b(?!:\d))",
    re.IGNORECASE,
)

_CLOCK_SECONDS = {"hour": 3600, "minute": 60, "second": 1}
_SECONDS = {**_CLOCK_SECONDS, "day": 86400, "week": 604800}


def _in_seconds(q: Quantity) -> float | None:
    return q.value * _SECONDS[q.unit] if q.unit in _SECONDS else None


def _clock(q: Quantity) -> bool:
    """A span of time written as a race time ("2:09:31") or in parts ("1 minute 42 seconds")."""
    return q.unit == "second" and (":" in q.span.text or len(_TIME_PARTS.findall(q.span.text)) > 1)


_TIME_PARTS = re.compile(r"\b(hour|minute|second)s?\b", re.IGNORECASE)


def _durations_joined(text: str, found: list[Quantity]) -> list[Quantity]:
    """"1 minute 42 seconds", "2 hours 9 minutes 31 seconds": one span of time, in seconds."""
    joined: list[Quantity] = []
    last_part: list[str] = []  # the unit of the last part of each joined amount
    for quantity in found:
        if (
            joined and last_part[-1] in _CLOCK_SECONDS and quantity.unit in _CLOCK_SECONDS
            and _CLOCK_SECONDS[quantity.unit] < _CLOCK_SECONDS[last_part[-1]]
            and re.fullmatch(r"\s*(?:,|and|,\s*and)?\s*", text[joined[-1].span.end : quantity.span.start])
        ):
            last = joined[-1]
            seconds = last.value * _CLOCK_SECONDS[last.unit]
            span = Span(text[last.span.start : quantity.span.end], last.span.start, quantity.span.end)
            joined[-1] = Quantity(span=span, value=seconds + quantity.value * _CLOCK_SECONDS[quantity.unit],
                                  unit="second")
            last_part[-1] = quantity.unit
            continue
        joined.append(quantity)
        last_part.append(quantity.unit)
    return joined


def _ranges_share_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """The bare end of a range takes the unit of the other: "from two days to four", "from 2 to 4 days"; and its
    scale: "45-55 million euros" runs from 45 million euros."""
    shared = list(found)
    for k in range(len(shared) - 1):
        first, second = shared[k], shared[k + 1]
        dashed = re.fullmatch(r"[-–]", text[first.span.end : second.span.start]) is not None and (
            _SCALE_WORD.search(second.span.text) is not None or second.unit in CURRENCY_UNITS | {"%"})
        if not dashed and not (
            re.fullmatch(r"\s+to\s+", text[first.span.end : second.span.start])
            and re.search(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+)?$", text[: first.span.start])
        ):
            continue
        if first.unit and not second.unit and first.value != second.value:
            shared[k + 1] = replace(second, unit=first.unit)
        elif not first.unit and first.value != second.value:  # "450-500 million": no unit, but the scale
            scale = _SCALE_WORD.search(second.span.text)
            bare = re.fullmatch(r"\d{1,3}(?:\.\d+)?", first.span.text) is not None  # not "900,000-1 million"
            factor = _SCALES.get(scale.group(0).lower(), 1.0) if scale and bare else 1.0
            shared[k] = replace(first, unit=second.unit, value=first.value * factor)
    return shared


_SCALE_WORD = re.compile(r"\b(?:thousand|million|billion|trillion)\b", re.IGNORECASE)


_COUNTED_OF = re.compile(r"\s+of\s+(?:its|the|their|his|her|our)\s+([a-z]+s)\b")
_TIMES_WORDS = {"twice", "thrice"}  # as many times as "two times", "three times"


def _value(match: re.Match[str]) -> float | None:
    if match.group("digits"):
        value = float(match.group("digits").replace(",", ""))
        if match.group("decimals"):
            value += float("0." + match.group("decimals"))
    else:
        value = float(WORD_NUMBERS.get(match.group("word").lower(), 1))  # "one-year": the only "one" counted
    scale = (match.group("scale") or "").lower()
    if scale in ("m", "b", "k") and not match.group("currency") and not _counts_in_a_letter_scale(match):
        return value  # "5 m" is a distance more often than a million
    return value * _SCALES.get(scale, 1.0)


# What a figure with a letter for its scale counts, when it counts in thousands or millions: "2.3m customers",
# "2.3m Lumora customers", "410k teachers", "3.6m euros". A letter before anything else stays a measure: "the 400m
# hurdles", "a 10m fall", "rose 2m this morning", "12m ladders".
_COUNTED_AFTER_A_LETTER = re.compile(r"\s+(?:[A-Z][\w'’&.-]*\s+){0,3}(?P<noun>[a-z]+)\b")
_COUNTED_IN_MILLIONS = frozenset({
    "people", "persons", "customers", "users", "subscribers", "viewers", "listeners", "readers", "followers", "fans",
    "visitors", "tourists", "passengers", "travellers", "travelers", "residents", "citizens", "voters", "votes",
    "members", "households", "homes", "houses", "properties", "accounts", "patients", "children", "adults", "women",
    "men", "students", "pupils", "teachers", "workers", "employees", "jobs", "barrels", "tonnes", "tons", "shares",
    "copies", "downloads", "doses", "vaccines", "records", "cases", "deaths", "infections", "calls", "messages",
    "emails", "signatures", "applications", "claims", "complaints", "refugees", "migrants", "vehicles", "cars",
    "devices", "phones", "tickets", "meals", "streams", "views", "acres", "hectares", "diabetics",
    "euros", "dollars", "pounds", "crowns", "kronor", "yen", "rupees", "francs", "pesos", "rand", "yuan",
    "sq", "square", "km", "kilometres", "kilometers", "miles", "litres", "liters", "gallons",  # "17.2m sq km"
})


def _counts_in_a_letter_scale(match: re.Match[str]) -> bool:
    """"2.3m customers": a letter written onto its figure, before a thing counted in millions, is its scale."""
    if match.start("scale") != match.end("decimals" if match.group("decimals") else "digits"):
        return False  # "5 m": a distance
    counted = _COUNTED_AFTER_A_LETTER.match(match.string, match.end("scale"))
    return counted is not None and counted.group("noun") in _COUNTED_IN_MILLIONS


def _unit(match: re.Match[str], unit_word: str) -> str:
    if match.group("currency"):
        return _CURRENCIES[match.group("currency").lower()]
    if match.group("percent"):
        return "%"
    if unit_word in _CURRENCIES:
        return _CURRENCIES[unit_word]
    return singular(unit_word)


_WEIGHED = re.compile(r"\bweigh\w*\b(?:\W+\w+){0,5}\W*$", re.IGNORECASE)


# "it and two other egg producers", "three more cases": a count of some of the things, not of all of them.
_PART_OF_A_WHOLE = frozenset({"other", "more", "additional", "further", "extra", "new", "remaining", "fewer",
                              "rival", "fellow", "separate", "similar"})


def with_counted_nouns(quantities: Sequence[Quantity], tokens: Sequence[Any]) -> list[Quantity]:
    """A count's unit is the noun it counts, past the words that describe it: "23 sham real estate deals" counts
    deals, as "32 bogus property deals" does, not "sham" (the word after the figure, which is its unit otherwise).
    `tokens` are the claim's parsed tokens, offsets into the same text."""
    at = {token.idx: token for token in tokens}
    refined = []
    for quantity in quantities:
        number = at.get(quantity.span.start)
        noun = number.head if number is not None and number.dep_ == "nummod" else None
        if (
            number is not None and noun is not None and is_a_count(quantity) and noun.pos_ == "NOUN"
            and 1 < noun.i - number.i <= 4 and quantity.unit == singular(number.nbor().text.lower())
            and number.nbor().lower_ not in _PART_OF_A_WHOLE
            and all((word.dep_ in ("amod", "compound", "cc", "conj", "npadvmod") or word.tag_ == "HYPH")
                    and noun in word.ancestors  # "colony-forming units", "public and private schools"
                    for word in number.doc[number.i + 1 : noun.i])
        ):
            counted = replace(quantity, unit=singular(noun.text.lower()))
            if counted.unit == "member" and number.doc[noun.i - 1].dep_ == "compound":
                counted = replace(quantity, unit=singular(number.doc[noun.i - 1].lower_))  # "70 crew members": crew
            quantity = counted if is_a_count(counted) else quantity  # not "10 school days" against "two weeks"
        refined.append(quantity)
    return refined


def singular(word: str) -> str:
    """A counted noun's key, the same for both numbers of a word: "companies" / "company", "illnesses" / "illness",
    "crashes" / "crash", "bikes" / "bike". Not always a dictionary's singular: "birdies" / "birdie" are both "birdy"
    (an "-ies" plural may be of "-y" or of "-ie"), and the rarer "-che" nouns part ("headaches" / "headache")."""
    word = word.lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:  # not "virus", "crisis"
        return word[:-1]
    if word.endswith("ie") and len(word) > 3:
        return word[:-2] + "y"
    return word


def currency_code(text: str, word: str, end: int) -> bool:
    """`word`, ending at `end`, is a currency's code before its amount ("EUR 12.4 million", "CHF 150,000"): no
    name, and the amount is judged as one."""
    return word in CURRENCY_UNITS and re.match(r"\s*\d", text[end:]) is not None


def names_a_currency(text: str, start: int, end: int) -> bool:
    """The words from `start` to `end` are part of a currency's name: "Australian" in "3.15 million Australian
    dollars", no nationality of anyone."""
    named = _NAMED_CURRENCY.match(text, start)
    return named is not None and named.end() >= end


def hedged_alike(text_a: str, qa: Quantity, text_b: str, qb: Quantity) -> bool:
    """Two figures one of which is hedged, and the hedge allows the other: "about 880" and "some 900" (within
    15%), "more than 1,000" and "some 1,100", "more than half" and 58%; not "more than 1,000" and "some 880", nor
    "fewer than 200" and "about 225"."""
    if a_share_bounding(text_a, qa, qb) or a_share_bounding(text_b, qb, qa):
        return True
    if not (is_approximate(text_a, qa) or is_approximate(text_b, qb)) or not same_amount(qa, qb, tolerance=0.15):
        return False
    for text, mine, other in ((text_a, qa, qb), (text_b, qb, qa)):
        word = _hedge(text, mine)
        if word in _AT_LEAST and other.value < mine.value * 0.99:
            return False
        if word in _AT_MOST and other.value > mine.value * 1.01:
            return False
    return True


_AT_LEAST = frozenset({"over", "above", "more than", "at least", "just over", "no less than", "no fewer than"})
_AT_MOST = frozenset({"below", "less than", "fewer than", "up to", "at most", "just under", "nearly", "almost",
                      "close to", "no more than", "as much as", "as many as", "as high as"})


def _hedge(text: str, quantity: Quantity) -> str:
    """The hedge written before the figure, lowercased ("more than"), or ""."""
    hedge = _APPROXIMATE.search(text[: quantity.span.start])
    return " ".join(hedge.group(0).lower().split()) if hedge else ""


def over_its_cap(text: str, capped: Quantity, other: Quantity) -> bool:
    """`capped`, a ceiling in `text` ("no more than 46 percent", "nearly two decades"), is exceeded by the other
    figure of its kind: 48 percent, not 18 years."""
    if _hedge(text, capped) not in _AT_MOST:
        return False
    if capped.unit in _DAYS and other.unit in _DAYS:
        return _normalised(other) > _normalised(capped) * 1.01
    return capped.unit == other.unit and other.value > capped.value * 1.01


def a_share_bounding(text: str, share: Quantity, percentage: Quantity) -> bool:
    """A share in words given as a floor holds a percentage a little above it: "more than half" holds 58%, not
    80%; "nearly half" or "just over half" stay as close as a rounding (36% and 64% are not)."""
    return (share.span.text.lower() in _SHARES and share.unit == percentage.unit == "%"
            and percentage.span.text.lower() not in _SHARES and _hedge(text, share) in _FLOORS
            and share.value <= percentage.value <= share.value + 15)


_FLOORS = frozenset({"over", "above", "more than", "at least"})


def is_bound(text: str, quantity: Quantity) -> bool:
    """"more than 240", "up to 50", "nearly 47": a figure given as a bound, not as a rounding."""
    return _hedge(text, quantity) in _BOUNDS


def bounds(text: str, amount: Quantity, other: Quantity) -> bool:
    """`amount`, a bound in `text`, holds the other: "more than 800,000" holds 860,000, "up to 50" and "nearly 50"
    hold 46."""
    word = _hedge(text, amount)
    if word in _AT_LEAST:
        return other.value >= amount.value
    return word in _BOUNDS and other.value <= amount.value


_BOUNDS = _AT_LEAST | _AT_MOST  # "nearly 47" for 46.3 approaches from below, as "up to" bounds from above


def bounds_apart(text_a: str, qa: Quantity, text_b: str, qb: Quantity) -> bool:
    """Two floors (or two ceilings) of one kind more than 5% apart state different figures: "at least 17 inmates"
    / "at least 19 inmates" (not "more than C$85,000" / "more than C$86,000"); so do two written to a decimal place,
    which no one rounds: "up to 38.6%" / "as much as 36.8%" (to as many places)."""
    kinds = [_AT_LEAST if _hedge(t, q) in _AT_LEAST else _AT_MOST if _hedge(t, q) in _AT_MOST else None
             for t, q in ((text_a, qa), (text_b, qb))]
    larger = max(abs(qa.value), abs(qb.value))
    # to as many decimal places: "more than 1.47 million" / "more than 1.4 million" rounds the floor down
    places = {len(m.group(1)) if (m := re.search(r"\d\.(\d+)", q.span.text)) else 0 for q in (qa, qb)}
    precise = len(places) == 1 and 0 not in places and qa.value != qb.value
    return kinds[0] is not None and kinds[0] is kinds[1] and larger > 0 and (
        abs(qa.value - qb.value) / larger > 0.05 or precise)


def a_round_floor_holding(text: str, floor: Quantity, other: Quantity) -> bool:
    """"more than £1 billion" for £1.2 billion, "over 200" for 280: a floor written as one round figure holds
    what lies below the next step of its leading digit and half as much again (not "more than £1 billion" for £2.5
    billion, nor "more than 100,000" for 190,000)."""
    if _hedge(text, floor) not in _FLOORS or floor.unit != other.unit or floor.value <= 0:
        return False
    step = 10 ** math.floor(math.log10(floor.value))
    if floor.value % step:
        return False  # "more than 240": a figure of its own, held by `bounds` and rounding
    return floor.value < other.value < min(floor.value + step, 1.5 * floor.value)


def is_approximate(text: str, quantity: Quantity) -> bool:
    """"about 400", "over 400 votes", "for over five months"; not "over seven years" (during them)."""
    before = text[: quantity.span.start]
    hedge = _APPROXIMATE.search(before)
    if hedge is None:
        return False
    during = hedge.group(0).strip().lower() == "over" and quantity.unit in _DAYS
    an_age = re.match(r"\s+(?:old|of\s+age)\b", text[quantity.span.end :]) is not None  # "over 40 years old"
    return not (during and not an_age and not re.search(r"\bfor\s+$", before[: hedge.start()]))


# Spans of time compare across units: "a one-year anniversary" and "a one-month anniversary" conflict.
_DAYS = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25,
         "decade": 3652.5, "century": 36525.0}


def _normalised(q: Quantity) -> float:
    return q.value * _DAYS.get(q.unit, 1.0)


# Measures that convert ("170 feet" is "roughly 52 meters"): each unit's dimension and its size in that
# dimension's base unit. Not "tons" (short or metric), "ounces" (troy for gold), "gallons" (US or imperial), nor
# "m" (a distance or a million).
_MEASURES = {
    **dict.fromkeys(("meter", "metre"), ("length", 1.0)),
    **dict.fromkeys(("kilometer", "kilometre", "km"), ("length", 1000.0)),
    **dict.fromkeys(("centimeter", "centimetre", "cm"), ("length", 0.01)),
    **dict.fromkeys(("millimeter", "millimetre", "mm"), ("length", 0.001)),
    **dict.fromkeys(("foot", "feet", "ft"), ("length", 0.3048)),
    **dict.fromkeys(("inch", "inche"), ("length", 0.0254)),
    "yard": ("length", 0.9144), "mile": ("length", 1609.344),
    **dict.fromkeys(("kilogram", "kg", "kilo"), ("mass", 1.0)), "gram": ("mass", 0.001),
    "tonne": ("mass", 1000.0), **dict.fromkeys(("lb", "lbs"), ("mass", 0.45359237)),
    **dict.fromkeys(("liter", "litre"), ("volume", 1.0)),
    "acre": ("area", 4046.86), "hectare": ("area", 10000.0),
    **dict.fromkeys(("square kilometer", "square kilometre", "square km"), ("area", 1e6)),
    **dict.fromkeys(("square mile", "square mi"), ("area", 2_589_988.0)), "square ft": ("area", 0.092903),
    **dict.fromkeys(("square meter", "square metre"), ("area", 1.0)),
    "square foot": ("area", 0.092903),
    **dict.fromkeys(("watt", "w"), ("power", 1.0)), **dict.fromkeys(("kilowatt", "kw"), ("power", 1e3)),
    **dict.fromkeys(("megawatt", "mw"), ("power", 1e6)), **dict.fromkeys(("gigawatt", "gw"), ("power", 1e9)),
    **dict.fromkeys(("terawatt", "tw"), ("power", 1e12)),
    "kwh": ("energy", 1e3), "mwh": ("energy", 1e6), "gwh": ("energy", 1e9), "twh": ("energy", 1e12),
    "mph": ("speed", 0.44704), **dict.fromkeys(("km/h", "kph"), ("speed", 1 / 3.6)),
    "celsius": ("temperature", 1.0), "fahrenheit": ("temperature", 5 / 9),
}
_MEASURES |= {  # "cubic metre" (1,000 litres), "cubic foot", "cubic m" of "m3": a length cubed
    f"cubic {name}": ("volume", 1000.0 * size**3)
    for name, (dimension, size) in (_MEASURES | {"m": ("length", 1.0)}).items() if dimension == "length"
}
_ZEROS = {"fahrenheit": 32.0}  # where a scale's zero lies on the measure's base unit: 0 degrees Celsius is 32 F
_DEGREE_ROUNDING = 1.0  # a temperature converted is rounded to the degree: "minus 70C (minus 94F)"
_DISTANCES = frozenset({"km", "kilometre", "kilometer", "mile"})
_SQUARE = re.compile(r"\.?\s+(kilomet(?:er|re)s?|km|miles?|mi|met(?:er|re)s?|feet|foot|ft)\b", re.IGNORECASE)
_CONVERSION_TOLERANCE = 0.03  # a converted figure is rounded: "170 feet (about 52 meters)"


def _same_measure(a: Quantity, b: Quantity, tolerance: float) -> bool:
    """Two amounts in different units of one measure, equal as far as the coarser is rounded: "3-mile" and
    "5-kilometer" (4.8 km), "10 kilometers (6 miles)"."""
    size_a, size_b = _MEASURES[a.unit][1], _MEASURES[b.unit][1]
    va, vb = (a.value - _ZEROS.get(a.unit, 0.0)) * size_a, (b.value - _ZEROS.get(b.unit, 0.0)) * size_b
    steps = [step * size for step, size in ((_step(a), size_a), (_step(b), size_b)) if step]
    if _MEASURES[a.unit][0] == "temperature":  # no share of a temperature is its rounding: 0C is 32F
        return abs(va - vb) <= max(max(steps, default=0.0) / 2, _DEGREE_ROUNDING)
    larger = max(abs(va), abs(vb))
    rounding = min(max(steps, default=0.0) / 2, 0.1 * larger)  # "1,000 kilometers" is not 500 miles
    return abs(va - vb) <= max(max(tolerance, _CONVERSION_TOLERANCE) * larger, rounding)


def in_units_alike(a: Quantity, b: Quantity) -> bool:
    """The same unit, or spans of time in any units: "nearly four decades" may state a "38-year" ownership."""
    return a.unit == b.unit or (a.unit in _DAYS and b.unit in _DAYS)


def is_measure(unit: str) -> bool:
    """A unit of length, mass, volume, area, power, energy, speed or temperature ("km", "MW" lowercased)."""
    return unit in _MEASURES


def converts(a: Quantity, b: Quantity) -> bool:
    """Two amounts in different units of one measure: "170 feet" and "52 meters"."""
    first, second = _MEASURES.get(a.unit), _MEASURES.get(b.unit)
    return a.unit != b.unit and first is not None and second is not None and first[0] == second[0]


def same_amount(a: Quantity, b: Quantity, tolerance: float = 0.02) -> bool:
    """Equal within rounding: "$2.8bn" and "$2.83 billion" state the same amount, "61.8 million" and "62.8
    million" do not, nor "410" and "412", nor "4 million" and "4.4 million"; "a third" and 31% do (a share in
    words and the percentages nearer to it than to any other share in words). `tolerance`: for amounts hedged
    ("about 400" for 412), how far apart they may be, as a share of the larger."""
    if TALLY in (a.unit, b.unit):
        return a.unit == b.unit and a.value == b.value  # "9-4" is no rounding of "9-5"
    share_a, share_b = a.span.text.lower() in _SHARES, b.span.text.lower() in _SHARES
    if share_a != share_b and a.unit == b.unit == "%":
        share, percent = (a, b) if share_a else (b, a)
        nearest = min(_COMMON_SHARE_PERCENTAGES | {round(share.value, 6)}, key=lambda p: abs(p - percent.value))
        return nearest == round(share.value, 6) and abs(share.value - percent.value) <= 5  # not 1% for "a tenth"
    timed = a.unit in _DAYS and b.unit in _DAYS
    va, vb = (_normalised(a), _normalised(b)) if timed else (a.value, b.value)
    seconds_a, seconds_b = _in_seconds(a), _in_seconds(b)
    if {a.unit, b.unit} & {"second", "minute"} and seconds_a is not None and seconds_b is not None:
        if tolerance <= 0.02 and (_clock(a) or _clock(b)):
            # a race time: "2:09:31" is not "2:09:13", nor "56.42 seconds" "56.24 seconds"
            return abs(seconds_a - seconds_b) < min(0.5, *(_last_part(q) / 2 for q in (a, b) if _clock(q)))
        va, vb = seconds_a, seconds_b  # "2:00:35" / "just over two hours", "3 hours 20 minutes" / "200 minutes"
        timed = a.unit != b.unit  # figures in other units are not rounded alike
    if converts(a, b):
        return _same_measure(a, b, tolerance)
    if va == vb:
        return True
    larger = max(abs(va), abs(vb))
    if not math.isfinite(larger) or larger == 0 or abs(va - vb) / larger > tolerance:
        return False
    step_a, step_b = _step(a), _step(b)
    if tolerance <= 0.02 and not timed and step_a and step_b:
        coarse = max(step_a, step_b)  # and the more precise figure rounds to the other as that is written
        return math.floor(round(va / coarse, 6) + 0.5) == math.floor(round(vb / coarse, 6) + 0.5)
    return True


_FIGURE = re.compile(r"\d[\d,]*(?:\.(?P<decimals>\d+))?")


def _step(q: Quantity) -> float | None:
    """The last place the figure is written to, in its value's terms: 0.1 million for "61.8 million", 0.01
    for "7.71%", 1 for "410", 100 for "2,300" (a round thousand or more may be rounded); None for words."""
    if _clock(q):
        return _last_part(q)
    figure = _FIGURE.search(q.span.text)
    if figure is None:
        return None
    written = float(figure.group(0).replace(",", ""))
    if written == 0 or not math.isfinite(q.value):
        return None
    decimals = figure.group("decimals") or ""
    digits = figure.group(0).replace(",", "").split(".")[0]
    zeros = len(digits) - len(digits.rstrip("0")) if not decimals and written >= 1000 else 0
    return 10.0 ** (zeros - len(decimals)) * abs(q.value / written)


def within_rounding(a: Quantity, b: Quantity) -> bool:
    """Two figures in the same unit, one hedged, that one rounding could make alike: "about 900" and "some 880"
    (900 is 880 to the nearest hundred), "roughly 4,000" and "4,200"; not "about $210" and "about $240", two
    figures written to the same place that differ by more than it. True where either is written in words."""
    if (a.unit and b.unit and a.unit != b.unit and not _one_thing_counted(a.unit, b.unit)) or (
        a.unit in _DAYS and b.unit in _DAYS
    ):
        return True  # not "around 400 jobs" / "around 520 posts", one thing counted
    steps = [_rounding_step(a), _rounding_step(b)]
    if None in steps:
        return True
    seconds_a, seconds_b = _in_seconds(a), _in_seconds(b)
    va, vb = (seconds_a, seconds_b) if seconds_a is not None and seconds_b is not None else (a.value, b.value)
    return abs(va - vb) <= max(s for s in steps if s is not None) * 0.5001  # to the nearest


def half_a_place_above(a: Quantity, b: Quantity) -> bool:
    """One figure half its rounding place above the other, round, one: "about 40 percent" / "roughly 45%" (45 rounds
    up to 50, not to 40), "about 900" / "about 950"."""
    steps = [_rounding_step(a), _rounding_step(b)]
    if None in steps or (a.unit != b.unit and not (a.unit and b.unit and _one_thing_counted(a.unit, b.unit))):
        return False
    step = max(s for s in steps if s is not None)
    # the rounder figure: the one rounded to the larger place, or a whole multiple of it ("40", not "45")
    rounder, other = sorted((a.value, b.value),
                            key=lambda v: not math.isclose(math.remainder(v, step), 0, abs_tol=step * 1e-6))
    return math.isclose(other - rounder, step / 2, rel_tol=1e-4)


def _rounding_step(q: Quantity) -> float | None:
    """The place a figure is rounded to, in its value's terms: 100 for "900", 10 for "210", 0.1 million for "1.8
    million", 60 seconds for "3 hours and 20 minutes"; twice the place for a whole number of two digits or more
    that ends in five ("750"), which news rounds to as well."""
    if _clock(q):
        return _last_part(q)
    figure = _FIGURE.search(q.span.text)
    if figure is None:
        return None
    digits = figure.group(0).replace(",", "")
    written = float(digits)
    if written == 0 or not math.isfinite(q.value):
        return None
    whole, _, decimals = digits.partition(".")
    decimals = decimals.rstrip("0") or decimals[:1]  # "about $1.60" is rounded to 10 cents
    place = 10.0 ** -len(decimals) if decimals else 10.0 ** (len(whole) - len(whole.rstrip("0")))
    significant = whole.rstrip("0")
    if not decimals and len(significant) >= 2 and significant.endswith("5"):
        place *= 2  # "25,000" for 24,300, "750" for 740: within a place of a round five, not "about 150" for 170
    return place * abs(q.value / written)


def _last_part(q: Quantity) -> float:
    """The unit of the last part of a span of time in parts, in seconds: 60 for "3 hours and 20 minutes"."""
    parts = _TIME_PARTS.findall(q.span.text)
    unit = float(_CLOCK_SECONDS[parts[-1].lower()]) if parts and ":" not in q.span.text else 1.0
    decimals = re.search(r"\.(\d+)\D*$", q.span.text)  # "1 minute 56.42 seconds", "2:09:31.4"
    return unit * 10.0 ** -len(decimals.group(1)) if decimals else unit


def comparable(a: Quantity, b: Quantity) -> bool:
    """Two amounts that measure the same kind of thing, so that a difference means a conflict."""
    if a.unit in _DAYS and b.unit in _DAYS:
        return not _far_apart_in_time(a, b)
    if converts(a, b):
        return True
    if _in_seconds(a) is not None and _in_seconds(b) is not None:
        return not _far_apart_in_time(a, b)  # "2:00:35" / "two hours"
    if a.unit and b.unit:
        return a.unit == b.unit or _one_thing_counted(a.unit, b.unit) or (
            _word_after_figure(a) == _word_after_figure(b) != "")  # "40 stolen cars" / "14 stolen vehicles": counted
        # alike, whatever the noun
    return False


# Nouns that count one thing in news wording: "1,200 jobs" / "1,500 positions", "three infants" / "two babies",
# "six fraud charges" / "seven counts of fraud".
_ONE_THING = (frozenset({"job", "post", "position", "role"}), frozenset({"baby", "infant", "newborn"}),
              frozenset({"charge", "count"}), frozenset({"game", "match", "fixture"}),
              frozenset({"home", "household", "house", "dwelling"}),  # "to 9,000 homes" / "19,000 households"
              frozenset({"passenger", "traveller", "traveler"}),
              frozenset({"worker", "employee", "staffer"}),  # "3,400 workers" / "4,300 employees" walked out
              frozenset({"fan", "supporter", "spectator"}))  # "18,400 fans" / "watched by 14,800 supporters"


def _one_thing_counted(first: str, second: str) -> bool:
    return any(first in nouns and second in nouns for nouns in _ONE_THING)


_SPANS_APART = 500


def _far_apart_in_time(a: Quantity, b: Quantity) -> bool:
    """Spans of time in other units and figures, one over 500 times the other, measure two things: "the first
    strike in more than 30 years" and "a 48-hour strike"; "30 days" against "three years" (36 times) is a figure
    and unit written wrong, and a swapped figure or unit ("30 days" for "30 years") keeps the other."""
    if a.unit == b.unit or a.value == b.value:
        return False
    seconds_a, seconds_b = _in_seconds(a), _in_seconds(b)
    if seconds_a is not None and seconds_b is not None:
        low, high = sorted((seconds_a, seconds_b))
    elif a.unit in _DAYS and b.unit in _DAYS:
        low, high = sorted((_normalised(a), _normalised(b)))
    else:
        return False
    return low > 0 and high > _SPANS_APART * low


def _word_after_figure(amount: Quantity) -> str:
    """The word written after a count's figure, when it is not its unit ("stolen" of "40 stolen cars")."""
    words = amount.span.text.lower().split()
    return words[-1] if len(words) == 2 and is_a_count(amount) and singular(words[-1]) != amount.unit else ""


TIME_UNITS = frozenset(_DAYS)


def is_a_count(amount: Quantity) -> bool:
    """A number of things ("eight games", "17 miners"), not money, time, a share or a measure."""
    unit = amount.unit
    return len(unit) >= 3 and unit.isalpha() and unit.islower() and unit not in TIME_UNITS and unit not in _MEASURES \
        and unit != TALLY
_MODIFIER = re.compile(r"[\w.,]+-[A-Za-z]+(?:-[A-Za-z]+)*")  # "10-day", "three-year-old"
_NEXT_WORD = re.compile(r"\s*\)?\s*(?:\([^)]*\)\s*)?(\w+)")  # past a conversion: "a 1,784-meter (5,853-foot) volcano"


def measures_other_things(text: str, amount: Quantity, other_text: str) -> bool:
    """A span of time or a measure written as a modifier ("a 10-day journey", "a 1,784-meter volcano") is said of
    the noun after it; a claim that never names that noun ("operate for six days", "ash four kilometres high")
    measures something else. A count names its thing itself
    ("a 20-post thread" is 20 posts), and an age its person or thing whatever the noun ("the 34-year-old
    driver" / "the 43-year-old motorist")."""
    if (amount.unit not in TIME_UNITS and amount.unit not in _MEASURES) or not _MODIFIER.fullmatch(amount.span.text):
        return False
    if text.startswith("-old", amount.span.end):
        return False
    after = _NEXT_WORD.match(text, amount.span.end)
    if after is None:
        return False
    noun = after.group(1).lower()
    noun = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    return re.search(rf"\b{re.escape(noun)}", other_text, re.IGNORECASE) is None


_ARITHMETIC_AFTER = re.compile(
    r"(?:\s+points?)?\s+(?:(?:more|less|fewer|higher|lower)\s+than|above|below|on\s+top\s+of)\b", re.IGNORECASE
)
_ARITHMETIC_BEFORE = re.compile(
    r"\b(?:a\s+further|another|an\s+extra|an\s+additional|combined|a\s+total\s+of|in\s+all|up|down|add(?:s|ed|ing)?|"
    r"an?\s+(?:increase|rise|jump|drop|fall|decline|cut|gain|loss)\s+of)\s+(?:about\s+|some\s+|roughly\s+)?$",
    re.IGNORECASE,
)


_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)


def _moved_from(start: Quantity, amounts: Sequence[Quantity], text: str) -> bool:
    """A starting point the other text states as where a figure moved "by" an amount "to": "cut by half a
    percentage point to 10.75%" starts from 11.25% (or 10.25%, had it been raised)."""
    def after(word: str, q: Quantity) -> bool:  # wherever the text writes it: a claim's, or an article's
        return re.search(rf"\b{word}\s+{re.escape(q.span.text)}(?![\w])", text) is not None

    moved_by = [q for q in amounts if after("by", q)]
    moved_to = [q for q in amounts if after("to", q)]
    return any(abs(abs(to.value + sign * by.value) - start.value) <= 0.001 * start.value
               for by in moved_by for to in moved_to for sign in (1, -1))


def a_share_of_a_total(amount: Quantity, own_text: str, others: Sequence[Quantity]) -> bool:
    """A part of a total both claims state, given as an amount in one and as a percentage in the other: "would
    cost 14 million euros, of which the province contributed 2.1 million" / "... contributed 15%" (the part may
    leave its currency to the total)."""
    own = find_quantities(own_text)
    totals = [t for t in own if t.value and t.unit not in ("%", "") and any(same_amount(t, o) for o in others)]
    # Each side gives the part one way only: "3,587, or 83%" / "3,587 ..., or 88%" states both, and is compared so.
    if amount.unit == "%":
        shares, parts = [amount], [o for o in others if o.unit != "%" and o.value
                                   and not any(same_amount(o, q) for q in own)]
    else:
        shares = [o for o in others if o.unit == "%" and not any(q.unit == "%" for q in own)]
        parts = [amount]
    return any(
        part.unit in (total.unit, "") and 0 < part.value < total.value
        and abs(100 * part.value / total.value - share.value) <= max(0.5, 0.01 * share.value)
        for total in totals for share in shares for part in parts if not same_amount(part, total)
    )


def worked_out(amount: Quantity, own_text: str, others: Sequence[Quantity], others_text: str) -> bool:
    """The amount is the sum or the difference of two the other claim states in its unit, where one of the
    three is worded as the difference: "risen to £287 million, about £123 million more than first estimated"
    states a first estimate of £164 million; "from £1,738 to £1,809" states "adding about £71"; "rose to $15
    million from $10 million" states no "$5 million"; "cut by half a point, to 6.75%" is stated by "to 6.75% from
    7.25%" (a figure moved "by" an amount is only its own side's difference: "cut by half a point to 10.75%" does not
    state 10.25%)."""
    if a_share_of_a_total(amount, own_text, others):
        return True
    if not amount.unit or amount.value == 0:
        return False
    # Percentage points move a percentage: "cut by half a percentage point to 10.75%" is "from 11.25%".
    def unit_of(q: Quantity) -> str:  # "23 percentage points" may be read as points
        return "%" if q.unit == "percentage" or "percentage" in q.span.text.lower() else q.unit

    unit = unit_of(amount)
    same_unit = [o for o in others if unit_of(o) == unit and o.value]

    def a_difference(q: Quantity, text: str, moved_by: bool = False) -> bool:  # wherever the text writes it
        return any(
            _ARITHMETIC_AFTER.match(text, at.end())
            or _ARITHMETIC_BEFORE.search(text[max(0, at.start() - 24) : at.start()])
            or (moved_by and re.search(r"\bby\s+$", text[max(0, at.start() - 4) : at.start()]))
            for at in re.finditer(rf"(?<![\w.,]){re.escape(q.span.text)}(?![\w])", text)  # not "5" in "25"
        )

    if _FROM.search(own_text[max(0, amount.span.start - 12) : amount.span.start]) and _moved_from(
        amount, same_unit, others_text
    ):
        return True
    for k, x in enumerate(same_unit):
        for y in same_unit[k + 1 :]:
            total = abs(x.value + y.value - amount.value) <= 0.01 * amount.value
            difference = abs(abs(x.value - y.value) - amount.value) <= 0.01 * amount.value
            if (total or difference) and (a_difference(x, others_text) or a_difference(y, others_text)
                                          or (difference and a_difference(amount, own_text, moved_by=True))):
                return True
    return False
