"""What one whole article states, for judging a claim of it against another source: the names it uses anywhere,
who its titles stand for, its amounts and dates, and (for summaries) its words."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from service.pipeline.dates import may_be_same_time, same_time
from service.pipeline.names import (
    DescriptorResolver,
    aliases_of,
    org_key,
    place_key,
    same_key,
    stands_for,
    without_accents,
)
from service.pipeline.quantities import (
    CURRENCY_UNITS,
    TALLY,
    bounds,
    comparable,
    is_a_count,
    is_approximate,
    same_amount,
    tally_parts,
    tally_written,
    within_rounding,
)
from service.pipeline.segment import dateline_places
from service.pipeline.types import DateMention, Facts, Quantity

WORD = re.compile(r"\w+(?:['’]\w+)?")  # a word, with an apostrophe inside
# "National Forest Corporation (CONAF)": capitalised words (and the small words inside names), then a short form.
_DECLARED_SHORT_FORM = re.compile(
    r"(?P<name>[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|and|on|the|de|del|des|la|du)\s+)*[A-Z][\w'’.&-]*){1,7})"
    r"\s+\((?P<short>[A-Z][A-Za-z&]{1,9})\)"
)


@dataclass(frozen=True)
class ArticleFacts:
    """Everything one article names anywhere (a name the other source never uses is evidence of a swap), and
    who its titles stand for ("NATO Secretary General Mark Rutte" lets "NATO's Secretary General" be Rutte)."""

    names: frozenset[str]
    titles: DescriptorResolver
    amounts: tuple[Quantity, ...] = ()
    dates: tuple[DateMention, ...] = ()
    text: str = ""
    facts: tuple[Facts, ...] = ()
    published: date | None = None

    @classmethod
    def collect(cls, facts: Iterable[Facts], text: str = "", published: date | None = None) -> ArticleFacts:
        facts = tuple(facts)
        return cls(
            names=frozenset(e.key for f in facts for e in (*f.entities, *f.speakers))
            | {place_key(place) for place in dateline_places(text)},
            titles=DescriptorResolver(text),
            amounts=tuple(q for f in facts for q in f.quantities),
            dates=tuple(d for f in facts for d in f.dates),
            text=text,
            facts=facts,
            published=published,
        )

    @functools.cached_property
    def short_forms(self) -> tuple[tuple[str, str], ...]:
        """(name, short form) for each "Name (SHORT)" the article writes: "Chile's National Forest Corporation
        (CONAF)" gives ("National Forest Corporation", "CONAF"), whose forms one speaker may take in each source."""
        return tuple((re.split(r"['’]s\s+", m.group("name"))[-1].strip(), m.group("short"))
                     for m in _DECLARED_SHORT_FORM.finditer(self.text))

    def also_named(self, name: str) -> list[str]:
        """The other form of a name the article gives a short form for, as written there: "CONAF" for "National
        Forest Corporation" and the other way round."""
        key = org_key(name)
        return [other for full, short in self.short_forms for mine, other in ((full, short), (short, full))
                if org_key(mine) == key]

    # Only a summary is held to its source's words, so these are worked out when one asks.
    @functools.cached_property
    def words(self) -> frozenset[str]:
        """Every word of the text, lowercased, and without its possessive ("the bloc's" writes "bloc"); a
        hyphenated name and its parts ("Skarv-1" writes "skarv" too; "pro-Russian" does not write "Russian")."""
        terms = TERM.findall(self.text)
        found = {w.lower() for w in terms}
        found |= {part.lower() for w in terms if "-" in w and all(p[:1].isupper() or p.isdigit() for p in w.split("-"))
                  for part in w.split("-") if part[:1].isupper()}  # not "pro-Russian"
        found |= {re.sub(r"['’]s$", "", w) for w in found}
        return frozenset(found | {without_accents(w) for w in found})

    @functools.cached_property
    def lemmas(self) -> frozenset[str]:
        """Every word's lemma in the informative claims."""
        return frozenset(lemma for f in self.facts for lemma in f.lemmas)

    @functools.cached_property
    def content_lemmas(self) -> tuple[str, ...]:
        """Their nouns, names, verbs, adjectives and numbers, sorted."""
        return tuple(sorted({lemma for f in self.facts for lemma in f.content_lemmas}))

    def mentions(self, key: str, as_actor: bool = True) -> bool:
        """The article names `key` under some spelling, or writes one of its aliases where the tagger saw no name
        ("the bloc" for the EU); `as_actor`: or names the country a capital stands for when it acts ("Washington
        urged", "Moscow derided"), which "an embassy in Moscow" does not."""
        country = stands_for(key) if as_actor else None
        return (
            any(same_key(key, other) or (country and stands_for(other) == country) for other in self.names)
            or bool(aliases_of(country or key) & self.words)
        )

    def states(self, amount: Quantity, rough: bool = False) -> bool:
        """The article states the amount, in the same currency if both name one; `rough`: the other side says
        "about" it, so within 15%. A vote's tally ("5-4") where the article writes it in any context."""
        tallies = [other for other in self.amounts if other.unit == TALLY]
        if amount.unit == TALLY and (tally_written(amount, self.text) or all(
            any(other.value == part and other.unit != TALLY for other in self.amounts) for part in tally_parts(amount)
        )):
            return True  # "5-4", or "38 votes to 12" for "38-12"
        if amount.unit != TALLY and (not amount.unit or is_a_count(amount)) and any(
            amount.value in tally_parts(tally) for tally in tallies
        ):
            return True  # "by 38 votes to 12" for the source's "voted 38-12"
        return any(
            same_amount(amount, other, tolerance=0.15 if rough else 0.02)
            and not (amount.unit in CURRENCY_UNITS and other.unit in CURRENCY_UNITS and amount.unit != other.unit)
            for other in self.amounts
        )

    def rounds(self, amount: Quantity, text: str) -> bool:
        """The article states an amount of the same unit that `amount`, hedged in `text` (its claim's), rounds
        or bounds: "nearly $400" for $395, "about C$20 million" for C$19 million, "more than 800,000" for
        860,000; not "about 340 residents" for "about 300 yards", nor "about 450,000" for 412,000."""
        return any(
            (is_approximate(text, amount) and same_amount(amount, other, tolerance=0.15)
             and within_rounding(amount, other)
             or bounds(text, amount, other) and amount.unit == other.unit
             and 0 < min(amount.value, other.value) * (1.5 if amount.value < other.value else 1.15) >= max(
                 amount.value, other.value))  # "more than $1 million" holds $1.2 million; "nearly 1,000" not 700
            and (comparable(amount, other) or not amount.unit)
            # a count of the same things by another noun, bound closely: "more than 140 migrants" for "143 people"
            or bounds(text, amount, other) and {amount.unit, other.unit} <= _PEOPLE
            and 0 < min(amount.value, other.value) * 1.1 >= max(amount.value, other.value)
            for other in self.amounts
        )

    def dates_it(self, when: DateMention, besides: Sequence[DateMention] = ()) -> bool:
        """The article names the time, or, for a month alone ("in January"), a day in it ("on the night of Jan. 22");
        a month does not bear out a day, nor does a week ("late last week" is no "Sunday"). `besides`: times
        left out (the day a statement was made, which dates no event of its own)."""
        return any(
            (may_be_same_time(when, other) and not (when.day is not None and other.day is None and other.week))
            or _a_day_in(other, when)
            for other in self.dates if not any(same_time(other, left_out) for left_out in besides)
        )


# Nouns that count people, which a summary may swap for one another ("140 migrants" for "143 people").
_PEOPLE = frozenset({"people", "person", "migrant", "passenger", "survivor", "resident", "worker", "employee",
                     "refugee", "child", "adult", "inmate", "prisoner", "soldier", "victim", "member", "customer",
                     "student", "patient", "pupil", "player", "fan", "spectator", "tourist", "traveller", "traveler",
                     "villager", "civilian", "protester", "demonstrator", "crew", "staff", "volunteer", "voter"})


def _a_day_in(day: DateMention, month: DateMention) -> bool:
    """A day in the month ("on the night of Jan. 22" in "in January"), or in the year written ("July 14, 2021" in
    "a 2021 fire"; not in "this year", which would date every day of it)."""
    if day.day is None or month.day is not None or month.weekday is not None:
        return False
    if month.month is None:
        return month.year == day.day.year and month.years == 1 and month.span.text.strip().isdigit()
    return day.day.month == month.month and (month.year is None or month.year == day.day.year)


def next_years_day(text: str, day: DateMention, year: DateMention, published: date | None) -> bool:
    """"from January 1", with no year, in an article of October, is next January: it bears out "next year". Only
    a day something starts from, and not one that passed lately ("rose from July 1", written on July 11)."""
    return bool(published and day.day and day.year_guessed and (published - day.day).days > _LATELY
                and _STARTING_FROM.search(text[: day.span.start]) and year.day is None
                and year.year == published.year + 1 and year.month in (None, day.day.month))


_STARTING_FROM = re.compile(r"\b(?:from|starting|beginning|effective|as\s+of)\s+$", re.IGNORECASE)


_LATELY = 60  # days


TERM = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")  # a word in any alphabet, with its hyphens and apostrophes


def words(text: str) -> list[str]:
    """Lowercased words, apostrophes made straight: for comparing wordings."""
    return [w.lower().replace("’", "'") for w in WORD.findall(text)]


def words_after(text: str, end: int, reach: int = 5) -> set[str]:
    """The longer words of the few after a position (a predicate's end): what it acts on, where ("the site")."""
    following = re.findall(r"[a-z]+", text[end:].lower())[:reach]
    return {word for word in following if len(word) >= 4 and word not in _LINKING_WORDS}


# "down" of "taking down its disused cooling towers" is part of the act, not what it acts on
_LINKING_WORDS = frozenset({"that", "this", "with", "from", "into", "than", "their", "they", "which", "would",
                            "about", "down"})


# Words that set what they join against each other: "A, not B", "A rather than B", "no longer A, it is B". The same
# words in another order around one of them say something else.
CONTRASTING = frozenset({"not", "no", "never", "rather", "instead", "than"})  # "no longer a trend, it is a collapse"
