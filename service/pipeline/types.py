"""Plain data passed between pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


@dataclass(frozen=True)
class Article:
    id: str
    source: str
    text: str
    published_at: date | None = None
    title: str | None = None
    url: str | None = None


class ClaimKind(StrEnum):
    CLAIM = "claim"
    QUOTE = "quote"
    HEADLINE = "headline"
    CAPTION = "caption"
    CREDIT = "credit"

    @property
    def informative(self) -> bool:
        """Claims that can be aligned with each other or reported as unique details."""
        return self in (ClaimKind.CLAIM, ClaimKind.QUOTE)

    @property
    def compared(self) -> bool:
        """Claims read, embedded and aligned: the informative ones, and captions, which align only with captions
        (a story and its edited copy share a photo; a caption that changed its date is a divergence)."""
        return self.informative or self is ClaimKind.CAPTION


@dataclass(frozen=True)
class Claim:
    id: str
    article_id: str
    article_index: int
    text: str
    start: int
    end: int
    kind: ClaimKind
    # [start, end) of the sentence a clause was cut from ("Starmer, who welcomed Zelensky, stated that ..."), so
    # its meaning can be read in context; None when the claim is a whole sentence.
    sentence: tuple[int, int] | None = None


@dataclass(frozen=True)
class Span:
    """A verbatim stretch of a claim: claim.text[start:end] == text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Quantity:
    span: Span
    value: float
    unit: str  # currency code, "%", or the counted noun's lemma ("post", "year"); "" when bare


@dataclass(frozen=True)
class DateMention:
    span: Span
    day: date | None  # resolved calendar day, when it can be resolved
    weekday: int | None  # 0 = Monday, for "on Saturday" style mentions
    year: int | None = None  # a bare year ("in 2022"), or the first of a decade's or a century's
    years: int = 1  # how many years from `year` it names: 10 for "the 1990s", 100 for "the 12th century"
    month: int | None = None
    week: date | None = None  # the Monday of the week meant ("last week"), when no day is named
    week_days: int = 7  # how many days from that Monday it may mean (14 when said on a Sunday: weeks differ)
    bare_weekday: bool = False  # "on Sunday": last Sunday or next, read by tense
    year_guessed: bool = False  # "on April 1" with no year: this year's, or the next's in a plan
    passed: bool = False  # with its year guessed, the day had passed at publication: a plan may mean next year's
    recent: str | None = None  # "in recent days": the unit of a recent span of time ("day", "week", ...)
    season: str | None = None  # "last autumn" (and "last fall"), "next spring": which season, counted how


NOUN_PHRASE = "NP"  # the label of a speaker that is a noun phrase with no name in it
INFERRED = "INFERRED"  # the label of a speaker known only from the sentence a clause was cut from


@dataclass(frozen=True)
class EntityMention:
    span: Span
    key: str  # normalised identity: spelling variants and titles folded together
    label: str  # PERSON, ORG, GPE (countries, cities), NORP (nationalities, groups), LOC (regions), FAC (buildings);
    # NP for a speaker that is a noun phrase with no name in it ("the measure")


@dataclass(frozen=True)
class Predicate:
    """A content verb or adjective with how the claim frames it."""

    span: Span
    lemma: str
    negated: bool
    # "happened", "planned", "alleged", "possible" (may, might), "ongoing", "open" (whether it ...), "considered"
    # (an act weighed: "is considering a recall"), "near" (not yet done: "close to reaching"),
    # "almost" ("almost reached", "had all but collapsed": not quite done, or done in effect), "questioned" (what
    # an inquiry looks into: "investigating whether it contributed"), "voted" (an act a vote decided: "voted to
    # accept the offer")
    status: str
    evidence: Span  # the predicate with its auxiliaries, negation and planning verb: "is slated to meet"
    bounded: bool = False  # said with a time bound: "will not open until mid-2027" is when it opens
    subject: str = ""  # who does it, lowercased ("lakeshore financial corp.", "consortium"), when known
    purpose: bool = False  # what another act is for: "doctored statements to support the numbers"
    agent: str = ""  # who gives a consent ("approval from the central bank") or does a passive act ("by the council")


@dataclass(frozen=True)
class Encounter:
    """Named people meeting, talking or clashing: "Zelenskyy's fiery Friday meeting with Trump"."""

    trigger: Span  # the noun or verb: "meeting", "clashed"
    participants: frozenset[str]  # person keys, two or more


@dataclass(frozen=True)
class Facts:
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[DateMention, ...] = ()
    entities: tuple[EntityMention, ...] = ()
    speakers: tuple[EntityMention, ...] = ()  # who said or did it
    predicates: tuple[Predicate, ...] = ()
    quotes: tuple[Span, ...] = ()
    encounters: tuple[Encounter, ...] = ()
    content_lemmas: frozenset[str] = frozenset()  # nouns, names, verbs, adjectives, numbers: for alignment
    lemmas: frozenset[str] = frozenset()  # every word's lemma, lowercased: for antonyms
    surface: tuple[tuple[str, str], ...] = ()  # (lemma, the word as written), to quote evidence verbatim
    numerals: tuple[tuple[str, int], ...] = ()  # (a word with digits, how many surface words come before it)


@dataclass(frozen=True)
class Divergence:
    kind: str
    a: str
    b: str
    explanation: str


@dataclass(frozen=True)
class PairResult:
    a: int  # index into the claims list
    b: int
    similarity: float
    divergences: tuple[Divergence, ...] = ()
    # Aligned on their own wording (similarity at the match threshold or above), not only grouped through other
    # claims; such a pair is compared more cautiously, so its agreement says less.
    aligned: bool = True

    @property
    def relation(self) -> str:
        return "divergence" if self.divergences else "agreement"


@dataclass(frozen=True)
class Group:
    members: tuple[int, ...]  # claim indices, in article order
    pairs: tuple[PairResult, ...]

    @property
    def status(self) -> str:
        return "divergence" if any(p.divergences for p in self.pairs) else "agreement"


@dataclass
class Comparison:
    articles: list[Article]
    claims: list[Claim]
    groups: list[Group]
    unique: list[int]  # claim indices, most informative first
