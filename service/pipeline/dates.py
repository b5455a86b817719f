"""Dates and weekdays in a claim, resolved against the article's publication date."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from service.pipeline.quantities import WORD_NUMBERS
from service.pipeline.types import DateMention, Span

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
TIME_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)  # "Sept", "Monday": no names
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|" \
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH2}(?:,?\s+(?P<year2>\d{{4}}))?)\b"
)
_WEEKDAY = re.compile(r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?\b")
_RELATIVE = re.compile(r"\b(?P<relative>yesterday|today|tomorrow|tonight|last night)\b", re.IGNORECASE)
# "last week", not "the last week of February" or "over the last week" (the seven days before).
_RELATIVE_PERIOD = re.compile(
    r"(?<!the\s)\b(?P<which>last|this|next)\s+(?P<period>week|month|year)\b(?!\s+of\b)", re.IGNORECASE
)
_PERIOD_OFFSETS = {"last": -1, "this": 0, "next": 1}
_WEEKEND = re.compile(r"\b(?:(?:over|during|at|on)\s+the|last|this\s+past)\s+weekend\b", re.IGNORECASE)
_SEASON = re.compile(r"\b(?P<which>last|this(?:\s+past)?|next)\s+(?P<season>spring|summer|autumn|fall|winter)\b",
                     re.IGNORECASE)
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}  # months, as news in the north counts them
# "in recent days", "over the past few months": a span of time up to publication, told apart by its unit.
_RECENT = re.compile(
    r"\b(?:in|over|during|for)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|several\s+|couple\s+of\s+)?"
    r"(?P<unit>days|weeks|months|years|decades)\b",
    re.IGNORECASE,
)
_A_GOVERNMENT = re.compile(r"\s+(?:government|administration|cabinet|era|ministry)\b", re.IGNORECASE)
_WHICH_YEAR = re.compile(r"\s+(last|this|next)\s+year\b", re.IGNORECASE)
_MONTH_ONLY = re.compile(
    rf"\b(?:(?:(?:(?:in|since|from|until|by)\s+)?mid-\s*"  # "in mid-August"
    rf"|(?:(?i:in|since|from|until|by|early|late)|mid-|(?P<which>last|this|next)|"  # "In March, ..." too
    rf"(?P<counted>(?i:the\s+(?:following|previous|preceding)))|"  # "the following November": of a year named before
    rf"(?:planned|scheduled|slated|set|due|expected)\s+for"
    rf"|(?:end|beginning|start|middle)\s+of)\s+)"
    rf"{_MONTH}(?:\s+(?P<year>\d{{4}}))?"
    rf"|{_MONTH2}\s+(?P<year2>(?:19|20)\d{{2}}))\b"  # "a March 2023 crash"
)
_YEAR = re.compile(
    r"\b(?:(?:(?:in|since|from|until|by|of|the)\s+|(?:early|late|mid)[\s-]|"
    r"(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?)(?P<year>(?:19|20)\d{2})\b"  # "in spring 2025": its year
    r"(?!-[A-Za-z])"
    # "between 2019 and 2022", not "between 2000 and 3000 people": the second year counts nothing after it
    r"|\bbetween\s+(?P<year4>(?:19|20)\d{2})(?=\s+and\s+(?:19|20)\d{2}(?:\s*[,.;:)]|\s*$|\s+(?:was|were|is|are|"
    r"has|had|would|will|when|while|and|or|but|to|in|at|on|for|by|that|which|as|after|before|under|with)\b))"
    # After "a" or "its", a year only before a word it dates, not one it counts: "a 2023 crash", "its 2022
    # fiscal year", not "its 2000 employees" or "a 2000 euro fine".
    r"|(?:a|its|their|his|her)\s+(?P<year2>(?:19|20)\d{2})(?=\s+(?!(?:euros?|dollars?|pounds?|yen|rupees?)\b)"
    r"\w+(?<!s)\b))"
    # After "to" or "through", a year only where nothing it could count follows and a delay or a span says it is
    # one (`_SCHEDULED`): "pushed back the release to 2025 from this fall", not "headcount rose to 2000, it said".
    r"|\b(?:to|through)\s+(?P<year3>(?:19|20)\d{2})(?=\s*(?:[,.;:)]|$|(?:from|and|or|when|after|before)\b))"
    # An older year only after "in", "since" or "until" and where nothing it could count follows: "an expedition
    # in 1874", not "in 1500 homes", "a fine of 1500", "up from 1300 in 2019".
    r"|\b(?:in|since|until)\s+(?P<year5>1[0-8]\d{2})(?=\s*(?:[,.;:)]|$)|\s+(?:and|when|while|after|before|"
    r"during|under|by)\b)",
    re.IGNORECASE,
)
_SCHEDULED = re.compile(r"\b(?:delay|postpone|push(?:ed|ing|es)?\s+back|mov|extend|defer|put\s+off|brought\s+forward|"
                        r"runs?|lasts?|until)\w*\b", re.IGNORECASE)
# The years after a year in a list: "in 2022 and 2023".
_NEXT_YEAR = re.compile(r"(?<=\b(?:19|20)\d{2})(?:,|\s+(?:and|or|to|through))\s+(?P<year>(?:19|20)\d{2})\b")
# Words that put what follows them in the future; "plan to" only as a verb ("a peace plan to present" is a noun).
_FUTURE = re.compile(
    r"\b(?:will|slated|scheduled|set to|due to|plans to|(?:we|they|i|you|to|also|and)\s+plan to|next|upcoming|"
    r"expected to|take effect|takes effect)\b",
    re.I,
)
# Where the words a weekday belongs with begin: a clause boundary before it.
_CLAUSE_START = re.compile(r"[,;:—–]\s*|\s(?:and|but|while|who|which|that|after|before|as)\s", re.I)
_RELATIVE_DAYS = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "tomorrow": 1}
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1} | {
    word: int(value) for word, value in WORD_NUMBERS.items() if " " not in word and float(value).is_integer()
}
# "six months after their last appearance", "two years ago": what they recall lies that long before publication.
_TIME_AGO = re.compile(
    rf"\b(?P<count>\d{{1,2}}|{'|'.join(sorted(_COUNT_WORDS, key=len, reverse=True))})\s+"
    r"(?P<unit>months?|years?)\s+(?:ago|after)\b",
    re.I,
)
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}
# "the 12th century", "a 19th-century church", "the fifth century BC": a hundred years, as news counts them
# (the 12th century from 1100 to 1199, as "the 1100s").
_CENTURY = re.compile(
    rf"\b(?P<nth>\d{{1,2}}(?:st|nd|rd|th)|{'|'.join(sorted(_ORDINAL_WORDS, key=len, reverse=True))})[\s-]+"
    r"century\b(?:\s+(?P<bc>BCE?\b|B\.C\.))?",
    re.IGNORECASE,
)
# "the 1990s", "the mid-1980s": a decade; "the 1100s", whose figure ends in two zeros, a century. Only after "the",
# which "1000s of people" does not follow.
_DECADE = re.compile(r"\bthe\s+(?:(?:early|mid|late)[\s-]+)?(?P<first>[1-9]\d{1,2}0)['’]?s\b(?!\s+of\b)",
                     re.IGNORECASE)  # not "the 1000s of people"


# Dates are counted from the publication date by up to a few years either way ("March 21 last year", "next week",
# the season two years back); one nearer the calendar's ends than that (years 1 and 9999) anchors nothing.
_ANCHORABLE = (date(3, 1, 1), date(9997, 12, 31))


def _anchorable(published: date | None) -> date | None:
    """`published`, if dates can be counted from it."""
    return published if published is not None and _ANCHORABLE[0] <= published <= _ANCHORABLE[1] else None


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """Every date mention in `text`, resolved to a calendar day where the text and `published` allow it."""
    published = _anchorable(published)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(mention: DateMention) -> None:
        if any(s < mention.span.end and mention.span.start < e for s, e in taken):
            return
        taken.append((mention.span.start, mention.span.end))
        found.append(mention)

    for match in _DATE.finditer(text):
        month = MONTHS[(match.group("month") or match.group("month2")).lower().rstrip(".")]
        day_number = int(match.group("day") or match.group("day2"))
        year_text = match.group("year") or match.group("year2")
        year = int(year_text) if year_text else (published.year if published else None)
        span = _span(match, text)
        which_year = None if year_text else _WHICH_YEAR.match(text, match.end())
        if which_year and published:  # "on March 21 last year"
            year = published.year + _PERIOD_OFFSETS[which_year.group(1).lower()]
            span = Span(text[span.start : which_year.end()], span.start, which_year.end())
        day = _safe_date(year, month, day_number) if year else None
        if day and not year_text and not which_year and published and day > published + timedelta(days=180):
            day = _safe_date(published.year - 1, month, day_number)  # "December 30" in a January article
        guessed = not year_text and not which_year
        add(DateMention(span, day=day, weekday=day.weekday() if day else None, month=month, year_guessed=guessed,
                        passed=bool(guessed and day and published and day < published)))
    for match in _WEEKDAY.finditer(text):
        weekday = WEEKDAYS[match.group("weekday").lower()]
        future = _in_future(text, match.start()) or _from_then_on(text, match.start())
        if any(m.day and text[match.end() : m.span.start] in (", ", " ") for m in found):
            continue  # "on Sunday, Sept. 3": the date says which Sunday
        day = _resolve_weekday(weekday, published, future)
        add(DateMention(_span(match, text), day=day, weekday=weekday, bare_weekday=True))
    for match in _RECENT.finditer(text):
        start = match.start()
        add(DateMention(Span(text[start : match.end()], start, match.end()), None, None,
                        recent=match.group("unit").lower().rstrip("s")))
    for match in _WEEKEND.finditer(text):
        if published is None:
            continue
        saturday = published - timedelta(days=(published.weekday() - 5) % 7)  # the last one, or today's
        if match.group(0).lower().startswith(("last", "this past")) and published.weekday() >= 5:
            saturday -= timedelta(weeks=1)  # "last weekend", said on a Saturday or Sunday, is the one before
        elif _in_future(text, match.start()) and not match.group(0).lower().startswith("this"):
            saturday = published + timedelta(days=(5 - published.weekday()) % 7)  # "will meet at the weekend"
        add(DateMention(_span(match, text), None, None, week=saturday, week_days=2))
    for match in _SEASON.finditer(text):
        season = match.group("season").lower().replace("fall", "autumn")
        add(DateMention(_span(match, text), None, None, season=_which_season(match.group("which"), season, published)))
    for match in _RELATIVE.finditer(text):
        offset = _RELATIVE_DAYS[match.group("relative").lower()]
        day = published + timedelta(days=offset) if published else None
        add(DateMention(_span(match, text), day=day, weekday=day.weekday() if day else None))
    for match in _RELATIVE_PERIOD.finditer(text):
        if published is None:
            continue
        offset = _PERIOD_OFFSETS[match.group("which").lower()]
        period = match.group("period").lower()
        if period == "week":
            monday = published - timedelta(days=published.weekday()) + timedelta(weeks=offset)
            # On a Sunday, "next week" may begin the next day or, counting weeks from Sunday, a week later.
            days = 14 if published.weekday() == 6 else 7
            add(DateMention(_span(match, text), None, None, week=monday, week_days=days))
        elif period == "year":
            add(DateMention(_span(match, text), None, None, year=published.year + offset))
        else:
            index = published.year * 12 + published.month - 1 + offset
            add(DateMention(_span(match, text), None, None, year=index // 12, month=index % 12 + 1))
    for match in _MONTH_ONLY.finditer(text):
        if match.group("counted") and _A_GOVERNMENT.match(text, match.end()):
            continue  # "the previous May government": Theresa May's
        month = MONTHS[(match.group("month") or match.group("month2")).lower().rstrip(".")]
        year_text = match.group("year") or match.group("year2")
        year = int(year_text) if year_text else None if match.group("counted") else _year_of_month(
            match.group("which"), month, published)
        start = match.start("month") if match.group("month") else match.start("month2")
        if match.group("which") and not year_text:
            start = match.start("which")  # "last October": the one before publication
        add(DateMention(Span(text[start : match.end()], start, match.end()), None, None, year=year, month=month))
    for match in _CENTURY.finditer(text):
        nth = match.group("nth").lower()
        number = _ORDINAL_WORDS.get(nth) or int(nth[:-2])
        first_year = -100 * number if match.group("bc") else max(100 * (number - 1), 1)  # no year 0
        add(DateMention(_span(match, text), None, None, year=first_year, years=100))
    for match in _DECADE.finditer(text):  # before a year: "the 1990's" is no year 1990
        first_year = int(match.group("first"))
        start = match.start("first")
        add(DateMention(Span(text[start : match.end()], start, match.end()), None, None, year=first_year,
                        years=100 if first_year % 100 == 0 and first_year % 1000 else 10))  # "the 2000s": a decade
    for match in _YEAR.finditer(text):
        group = next(name for name in ("year", "year2", "year3", "year4", "year5") if match.group(name))
        if group == "year3" and not (_SCHEDULED.search(text[max(0, match.start() - 100) : match.start()])
                                     or re.match(r"\s+from\b", text[match.end(group) :])):
            continue
        start = match.start(group)
        add(DateMention(Span(match.group(group), start, match.end(group)), None, None, year=int(match.group(group))))
    for match in _NEXT_YEAR.finditer(text):
        if any(m.span.end == match.start() and m.year for m in found):
            start = match.start("year")
            add(DateMention(Span(match.group("year"), start, match.end()), None, None, year=int(match.group("year"))))
    if any(m.week_days == 2 for m in found) and any(m.day for m in found):
        # "his meetings over the weekend, ... said Saturday": the day is what the claim dates
        found = [m for m in found if m.week_days != 2]
    return sorted(found, key=lambda m: m.span.start)


def _which_season(which: str, season: str, published: date | None) -> str:
    """"summer 2023" for "last summer" said in January 2024 or "this summer" said in December 2023; the words
    themselves when the publication date is unknown."""
    which = " ".join(which.lower().split())
    if published is None:
        return f"{which} {season}"
    now = published.year * 12 + published.month - 1
    starts = [year * 12 + _SEASON_START[season] - 1 for year in range(published.year - 2, published.year + 3)]
    if which == "next":
        start = min(s for s in starts if s > now)
    elif which == "last" or which == "this past":
        start = max(s for s in starts if s + 3 <= now)  # the last one over
    else:  # "this summer": the one under way, or the nearer of the last one over and the next one to come
        past = max(s for s in starts if s <= now)
        following = min(s for s in starts if s > now)
        start = past if now < past + 3 or now - (past + 3) <= following - now else following
    return f"{season} {start // 12}"


def months_recalled(text: str, published: date | None) -> set[tuple[int, int]]:
    """(year, month) of what "six months after ..." or "a year ago" looks back to from the publication date;
    months and years only, since a count of days from an unknown reference time is no day."""
    published = _anchorable(published)
    if published is None:
        return set()
    found = set()
    for match in _TIME_AGO.finditer(text):
        count_text = match.group("count").lower()
        count = int(count_text) if count_text.isdigit() else _COUNT_WORDS[count_text]
        months = count * (12 if match.group("unit").lower().startswith("year") else 1)
        index = published.year * 12 + published.month - 1 - months
        found.add((index // 12, index % 12 + 1))
    return found


def _from_then_on(text: str, position: int) -> bool:
    """"must be housed indoors from Monday", "must register starting Monday": an obligation that begins on the
    day, which is to come (not "were told on Sunday they must leave", nor "the starting quarterback")."""
    before = text[:position]
    return re.search(r"\b(?:from|starting|beginning)\s+(?:on\s+)?$", before, re.IGNORECASE) is not None and (
        re.search(r"\bmust\b(?!\s+have)[^,;]*$", before, re.IGNORECASE) is not None)


def _year_of_month(which: str | None, month: int, published: date | None) -> int | None:
    """"last October": the latest October before publication; "next March": the first after it; "this June":
    the publication year's."""
    if which is None or published is None:
        return None
    which = which.lower()
    if which == "last":
        return published.year if month < published.month else published.year - 1
    if which == "next":
        return published.year if month > published.month else published.year + 1
    return published.year


def _in_future(text: str, position: int) -> bool:
    """Whether the clause a date stands in looks ahead ("will attend the summit on Sunday"); another clause of
    the sentence may ("Starmer, who greeted him on Friday, will form a coalition") without moving the date."""
    boundaries = [m.end() for m in _CLAUSE_START.finditer(text, 0, position)]
    start = boundaries[-1] if boundaries else 0
    following = _CLAUSE_START.search(text, position)
    end = following.start() if following else len(text)
    return bool(_FUTURE.search(text, start, end))


def _resolve_weekday(weekday: int, published: date | None, future: bool) -> date | None:
    """News convention: "on Saturday" is the last Saturday up to publication, or the next one for plans."""
    if published is None:
        return None
    if future:
        return published + timedelta(days=(weekday - published.weekday()) % 7)
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _span(match: re.Match[str], text: str) -> Span:
    return Span(text[match.start() : match.end()], match.start(), match.end())


def at_other_times(first: Sequence[DateMention], second: Sequence[DateMention]) -> bool:
    """One claim dates itself by a year before every date of the other, and no date of one may be a date of the
    other: "closed its schools ... in May last year" reports another closing than "would close for a week from
    Monday" (not "opened on Wednesday, has already doubled its output" / "plans to double it by 2028")."""
    pairs = [(a, b) for a in first for b in second]
    return (_a_year_before(first, second) or _a_year_before(second, first)) and not any(
        may_be_same_time(*pair) for pair in pairs)


def _a_year_before(first: Sequence[DateMention], second: Sequence[DateMention]) -> bool:
    """A year alone in the first claim ("last year", "in 2019") before every year the second claim dates."""
    years = [d.day.year if d.day is not None else d.year for d in second]
    known = [y for y in years if y is not None]
    return bool(known) and len(known) == len(years) and any(
        d.year is not None and d.day is None and d.year < min(known) for d in first)


def may_be_same_time(a: DateMention, b: DateMention) -> bool:
    """The same time, or a bare weekday that, read as the other week, is the other's day."""
    return same_time(a, b) is True or _a_week_away(a, b)


def _a_week_away(a: DateMention, b: DateMention) -> bool:
    """A bare "Sunday" is last Sunday or next: read as one, it may be the other's day."""
    return bool(a.day and b.day and abs((a.day - b.day).days) == 7 and (a.bare_weekday or b.bare_weekday))


def _in_the_same_years(a: DateMention, b: DateMention) -> bool | None:
    """A decade or a century against another time: True where one lies inside the other ("the 1100s" / "the 12th
    century", "in 1995" / "the 1990s"), as a month lies in its year; False where their years are apart."""
    years_a, years_b = _years_of(a), _years_of(b)
    if years_a is None or years_b is None:
        return None
    if years_a[0] <= years_b[0] <= years_b[1] <= years_a[1] or years_b[0] <= years_a[0] <= years_a[1] <= years_b[1]:
        return True
    return False if years_a[1] < years_b[0] or years_b[1] < years_a[0] else None


def _years_of(when: DateMention) -> tuple[int, int] | None:
    """The first and the last year a time falls in: (1990, 1999) for "the 1990s", (2022, 2022) for "May 2022"."""
    year = when.day.year if when.day else when.year
    return (year, year + when.years - 1) if year is not None else None


def _next_years(guessed: date, other: date) -> bool:
    return other == _safe_date(guessed.year + 1, guessed.month, guessed.day)


# "next week" / "next month", "last week" / "last month": whatever days the two share, a writer calls a time by
# the nearer word; "this week" / "this month", and months within years, nest.
_RELATIVE_GRAIN = re.compile(r"(next|last|the coming|the past)\s+(week|month)", re.IGNORECASE)
_AHEAD = re.compile(r"next|the coming", re.IGNORECASE)


def same_time(a: DateMention, b: DateMention) -> bool | None:
    """True when both name the same time, False when they conflict, None when they cannot be compared."""
    grain_a, grain_b = _RELATIVE_GRAIN.fullmatch(a.span.text.strip()), _RELATIVE_GRAIN.fullmatch(b.span.text.strip())
    if grain_a and grain_b and grain_a.group(2).lower() != grain_b.group(2).lower() and (
        _AHEAD.match(grain_a.group(1)) is None) == (_AHEAD.match(grain_b.group(1)) is None):
        return False  # "next week" / "next month"
    if a.recent or b.recent:
        return a.recent == b.recent if a.recent and b.recent else None
    if a.season or b.season:  # "last autumn" / "last spring"; against a month, the hemisphere is unknown
        return a.season == b.season if a.season and b.season else None
    if a.years > 1 or b.years > 1:
        return _in_the_same_years(a, b)
    if a.day and b.day:
        if _next_years(a.day, b.day) if a.year_guessed else b.year_guessed and _next_years(b.day, a.day):
            return True  # "April 1" against "April 1 next year": a plan may mean next April
        return None if _a_week_away(a, b) else a.day == b.day
    for day, other in ((a.day, b), (b.day, a)):
        # "February 24, 2022" against "February 2023" or "in 2023": the less specific one must contain the day.
        if day and other.year and other.day is None and other.weekday is None and other.week is None:
            passed = (a if day is a.day else b).passed
            if passed and other.year == day.year + 1 and other.month == day.month:
                return True  # "due to begin on April 1" against "will start in April 2026": a plan's next April
            if day.year != other.year or (other.month and day.month != other.month):
                return False
    if a.week and b.week:
        if a.week_days == b.week_days:
            return a.week == b.week
        end_a, end_b = a.week + timedelta(days=a.week_days), b.week + timedelta(days=b.week_days)
        return None if a.week < end_b and b.week < end_a else False  # a weekend inside a week, or not
    weekly, day = (a, b.day) if a.week else (b, a.day)
    if weekly.week:
        if day is None:
            return None
        inside = weekly.week <= day < weekly.week + timedelta(days=weekly.week_days)
        # A weekend holds two days: a day outside it conflicts, but it does not say which day inside it is meant.
        return (None if inside else False) if weekly.week_days == 2 else inside
    if a.weekday is not None and b.weekday is not None:
        return a.weekday == b.weekday
    if a.year and b.year and not (a.day or b.day):
        if a.month and b.month:
            return a.year == b.year and a.month == b.month
        return a.year == b.year
    if a.month and b.month and not (a.weekday is not None or b.weekday is not None):
        if a.day and b.day is None or b.day and a.day is None:
            return a.month == b.month or None
        return a.month == b.month
    return None
