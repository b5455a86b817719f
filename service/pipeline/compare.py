"""Decide whether two aligned claims agree, and if not, how they differ, with verbatim evidence.

A false alarm costs a fact-checker as much trust as a miss, so every check fires only on a clear conflict:
two amounts of the same unit, two dates that resolve to different days, a name replaced by one the other
source never mentions, different speakers, the same predicate affirmed and denied, planned and done.
Something one side has and the other lacks is a detail, not a conflict.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from service.pipeline.amounts import number_divergences
from service.pipeline.antonyms import (
    MODIFIER_RIVALS,
    ORDINALS,
    RIVAL_WORDS,
    are_rivals,
    suspects_and_confirms,
)
from service.pipeline.article_facts import CONTRASTING, WORD, ArticleFacts, next_years_day, words
from service.pipeline.contrasts import contrast_reversed, contrasted_the_other_way
from service.pipeline.dates import TIME_WORDS, same_time
from service.pipeline.denied_acts import denied_in_other_words
from service.pipeline.framing import (
    denied_things,
    framing_divergences,
    reports_the_conviction,
    without_the_dispute_reported,
)
from service.pipeline.moves import moved_the_other_way
from service.pipeline.names import same_name
from service.pipeline.opposite_words import FUNCTION_WORDS, opposite_words
from service.pipeline.periods import period_divergences
from service.pipeline.rewording import reworded
from service.pipeline.scores import score_divergences
from service.pipeline.statuses import predicate_divergences
from service.pipeline.suspected import suspected_against_confirmed
from service.pipeline.swaps import (
    attribution_divergences,
    entity_divergences,
    inside_the_same_words,
    part_of_a_swapped_speaker,
    same_slot,
    shared_neighbours,
)
from service.pipeline.types import (
    Claim,
    DateMention,
    Divergence,
    EntityMention,
    Facts,
    Span,
)
from service.pipeline.vague import vague_divergences
from service.pipeline.winners import doers_swapped, roles_swapped, winners_reversed


def compare_pair(
    a: Claim,
    b: Claim,
    fa: Facts,
    fb: Facts,
    article_a: ArticleFacts,
    article_b: ArticleFacts,
    similarity: float,
    restates: bool = False,
    aligned: bool = True,
    copies: bool = False,
) -> list[Divergence]:
    """Every divergence between two aligned claims, first claim's evidence in `a`, second's in `b`.

    `restates`: one claim belongs to a summary or rewrite of the other's article, so it restates its aligned
    claim however loosely it is worded; opposite words there are a conflict at any similarity. `aligned`: the
    two were aligned on their own wording, not only grouped together (through other members, or for one
    encounter both recall). `copies`: the two articles are copies of one story (an edited version), so opposite
    content words conflict however loosely the two claims are worded, as in a summary."""
    found: list[Divergence] = []
    one_story = copies and not restates  # two tellings of one story at one length, claim for claim
    if not _of_another_year(a.text, fa, article_a, fb) and not _of_another_year(b.text, fb, article_b, fa) and not (
        _of_other_parties(fa, fb, a.text, b.text)
    ):
        days_apart = _days_apart(article_a, article_b)
        scores = score_divergences(a.text, b.text)  # "3-2" / "3-1" whole, not its "2" / "1"
        numbers = [d for d in number_divergences(a, b, fa, fb, days_apart, one_story=one_story)
                   if not any(d.a in s.a and d.b in s.b for s in scores)]
        found += scores + numbers or vague_divergences(a.text, b.text)
    found += _dates(a, b, fa, fb, article_a, article_b)
    found += attribution_divergences(fa, fb, article_a, article_b, (a.text, b.text), summarised=restates)
    found += entity_divergences(a, b, fa, fb, article_a, article_b, aligned)
    found += predicate_divergences(fa, fb, (a.text, b.text))
    if not any(d.kind == "status" for d in found):
        found += suspected_against_confirmed(a.text, b.text)
    articles_convict = (reports_the_conviction(article_a, fb), reports_the_conviction(article_b, fa))
    found += framing_divergences(a.text, b.text, fa, fb, summarised=restates, articles_convict=articles_convict)
    if not any(d.kind == "negation" for d in found):
        found += denied_things(a.text, b.text, fa, fb)
    if one_story and not any(d.kind == "negation" for d in found):
        found += denied_in_other_words(fa, fb, (a.text, b.text))
    found += _quotes(a, b, fa, fb, restates, one_story)
    # "Police confirmed the victim was a teacher. They believe she was killed": each said of its own statement
    suspicions_apart = suspects_and_confirms(article_a.lemmas) or suspects_and_confirms(article_b.lemmas)
    # "Labour, not the Conservatives, won" / "The Conservatives, not Labour, lost": opposite words say the same
    both_reversed = contrasted_the_other_way(a.text, b.text)
    if not both_reversed:
        found += opposite_words(fa, fb, similarity, restates or copies, suspicions_apart)
    # "the third quarter" / "the fourth", "early August" / "late August": a date, not rival or opposite words
    periods = period_divergences(a.text, b.text)
    found += periods or _rival_words(a, b, fa, fb, similarity)
    found += _reversed_route(a, b) + moved_the_other_way(a, b, fa, fb)
    swapped = winners_reversed(a.text, fa, b.text, fb) or roles_swapped(a.text, fa, b.text, fb) or doers_swapped(
        a.text, fa, b.text, fb, (article_a.text, article_b.text))
    # the two parties the other way round, not one doer or speaker for another
    found = [d for d in found if not (d.kind in ("attribution", "entity") and any(
        d.a in s.a and d.b in s.b for s in swapped))] + swapped
    found += _another_institution(a.text, b.text) + contrast_reversed(a.text, fa, b.text, fb,
                                                                       (article_a.text, article_b.text))
    kinds, spans = {d.kind for d in found}, {(d.a, d.b) for d in found}
    found += [d for d in reworded(a, b, fa, fb)
              if d.kind not in kinds and ((d.a, d.b) not in spans or d.kind == "attribution")
              and not (both_reversed and d.kind == "contradiction")]
    found = [d for d in found if not part_of_a_swapped_speaker(d, found, a.text, b.text)]
    found = [d for d in found if not _inside_a_requote(d, found, fa, fb)]
    if any(d.kind == "negation" for d in found):  # a quotation changed only by its negation is that negation
        found = [d for d in found
                 if not (d.kind == "quote" and _a_negator(d.a) and _a_negator(d.b))]
    found = [d for d in found if not _inside_a_changed_quotation(d, found, fa, fb)]
    found = [d for d in found if not (d.kind != "date" and any(d.a in p.a and d.b in p.b for p in periods))]
    found = without_the_dispute_reported(found, (a.text, b.text))
    # A name that is a speaker is reported once, as the changed speaker ("The Ukrainian president said"), and so is
    # the body a replaced speaker was named with ("the chief economist of Vandermeer Bank, Lotte Aarsen" / "the
    # finance minister, Carmen Ibarrola": not also "Vandermeer Bank" / "Carmen Ibarrola").
    credited = [(d.a, d.b) for d in found if d.kind == "attribution"]
    found = [d for d in found if not (d.kind == "entity" and _part_of_a_replaced_speaker(d, credited, a.text, b.text))
             and not _one_pronoun(d)]
    return _merged(_dedupe(found), a.text, b.text)


def _part_of_a_replaced_speaker(d: Divergence, credited: list[tuple[str, str]], text_a: str, text_b: str) -> bool:
    """The changed name is a changed speaker, one side of it, or written beside the speakers on both sides."""
    return any((d.a, d.b) == (said_a, said_b) or (d.b == said_b and d.b) or (d.a == said_a and d.a)
               or (_beside(d.a, said_a, text_a) and _beside(d.b, said_b, text_b)) for said_a, said_b in credited)


def _beside(name: str, speaker: str, text: str) -> bool:
    """The name is written in the words that describe the speaker: "Prague" of "experts at the National Museum
    in Prague", "Vienna" of "specialists at the Vienna auction house Kessler & Sohn"."""
    at, where = text.find(speaker), text.find(name)
    if not name or not speaker or at < 0 or where < 0:
        return False
    between = text[min(at + len(speaker), where + len(name)) : max(at, where)]
    return len(between) <= _DESCRIBING_REACH and not re.search(r"[,;:\"“”]|\b(?:said|says|told)\b", between)


_DESCRIBING_REACH = 30  # characters between a speaker's name and a place or body describing it


def _one_pronoun(divergence: Divergence) -> bool:
    """"He will rise to number three" / "He will climb to third": the same pronoun on both sides, read as two
    people from each article's earlier sentences, shows a reader no difference; where the names differ, the
    claims that name them say so. Nor does a pronoun against a name in another role ("He replaces Gary Hollins"
    / "previously in charge of Ghent Athletic"), which is no speaker: only who said it may stand as a pronoun
    ("She accused" / "Kremlin spokesman Dmitry Peskov accused")."""
    said_a, said_b = divergence.a.strip().lower(), divergence.b.strip().lower()
    if divergence.kind == "entity":
        return said_a in _PRONOUNS or said_b in _PRONOUNS
    return divergence.kind == "attribution" and said_a in _PRONOUNS and said_a == said_b


_PRONOUNS = frozenset({"he", "she", "they", "it", "him", "her", "them", "his", "its", "their"})


_NEGATORS = frozenset({"", "not", "never", "no", "n't", "cannot"})


def _a_negator(evidence: str) -> bool:
    """Nothing, or a negator alone: "not", "never", "don't", "won’t"."""
    said = evidence.lower().strip().replace("’", "'")
    return said in _NEGATORS or (said.endswith("n't") and " " not in said)


def _inside_a_changed_quotation(divergence: Divergence, found: Sequence[Divergence], fa: Facts, fb: Facts) -> bool:
    """A negation or opposite words inside two quotations that also differ otherwise are part of the quotation's
    change: "The bridge is completely safe for all vehicles" / "The bridge is safe for cars but not for heavy
    lorries" is one quotation reworded, not a denial besides (a quotation changed only by its negation is that
    negation)."""
    if divergence.kind not in ("negation", "contradiction") or not any(
            d.kind == "quote" and not (_a_negator(d.a) and _a_negator(d.b)) for d in found):
        return False
    return any(divergence.a in qa.text and divergence.b in qb.text for qa in fa.quotes for qb in fb.quotes)

_PLACE = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
_ROUTE = re.compile(rf"\bfrom\s+(?:the\s+)?({_PLACE})\s+to\s+(?:the\s+)?({_PLACE})")


def _reversed_route(a: Claim, b: Claim) -> list[Divergence]:
    """The same two places the other way round: "from Singapore to Rotterdam" / "from Rotterdam to Singapore";
    not where a claim names both ways ("flights from London to Paris ... and from Paris to London"), nor spans
    of time ("from Monday to Friday")."""
    def routes(text: str) -> dict[tuple[str, str], str]:
        return {(m.group(1), m.group(2)): m.group(0) for m in _ROUTE.finditer(text)
                if not {m.group(1).lower(), m.group(2).lower()} & TIME_WORDS}

    routes_a, routes_b = routes(a.text), routes(b.text)
    for (origin, destination), written in routes_a.items():
        both_ways = (destination, origin) in routes_a or (origin, destination) in routes_b
        if origin != destination and (destination, origin) in routes_b and not both_ways:
            m_text = written
            other = routes_b[(destination, origin)]
            return [Divergence("contradiction", m_text, other,
                               f"The same places the other way round: {m_text!r} against {other!r}.")]
    return []


def _another_institution(text_a: str, text_b: str) -> list[Divergence]:
    """One sentence with one body named by common nouns put for another: "sign-off from the Dutch central bank" /
    "from the Dutch finance ministry"."""
    differing = _differing_words(text_a, text_b)
    if differing is None or not all(differing) or text_a.replace(differing[0], differing[1], 1) != text_b:
        return []  # the one difference between the two
    heads = [side.split()[-1].lower() for side in differing]
    if heads[0] == heads[1] or not set(heads) <= _INSTITUTIONS:
        return []
    if {"army", "navy"} & set(heads) and any(re.search(r"\bdefen[cs]e\b", side, re.IGNORECASE) for side in differing):
        return []  # "the defence ministry" speaks for its army
    return [Divergence("entity", *differing, f"A different body in the same role: {differing[0]!r} against "
                                             f"{differing[1]!r}.")]


# Bodies no rewording of one sentence calls by each other's name (not "ministry" / "department", "the Senate" /
# "parliament", which a rewording may put for each other).
_INSTITUTIONS = frozenset({"bank", "ministry", "court", "regulator", "treasury", "police", "army", "navy",
                           "tribunal"})


def _inside_a_requote(divergence: Divergence, found: Sequence[Divergence], fa: Facts, fb: Facts) -> bool:
    """A word changed inside a quotation ("a disadvantage" / "an advantage", "we must continue" / "we cannot
    continue") is reported once, as the quotation worded differently."""

    def overlap(x: str, y: str) -> bool:
        # Whole words: "the" is not in "Catherine".
        wx, wy = f" {' '.join(words(x))} ", f" {' '.join(words(y))} "
        return bool(x.strip()) and bool(y.strip()) and (wx in wy or wy in wx)

    def quoted_with(evidence: str, requoted: str, quotes: Sequence[Span]) -> bool:
        return any(overlap(q.text, evidence) and overlap(q.text, requoted) for q in quotes)

    def one_side_quoted(d: Divergence) -> bool:  # "not weeks" against nothing, in "within days, not weeks"
        return (not divergence.b.strip() and quoted_with(divergence.a, d.a, fa.quotes)) or (
            not divergence.a.strip() and quoted_with(divergence.b, d.b, fb.quotes))

    return divergence.kind != "quote" and any(
        d.kind == "quote"
        and (
            (overlap(d.a, divergence.a) and overlap(d.b, divergence.b))
            or (quoted_with(divergence.a, d.a, fa.quotes) and quoted_with(divergence.b, d.b, fb.quotes))
            or one_side_quoted(d)
        )
        for d in found
    )


def _of_another_year(text: str, facts: Facts, article: ArticleFacts, other: Facts) -> bool:
    """The claim opens on a year before its article's, written out, that the other claim does not name:
    background ("In February 2017, more than 600 pilot whales beached there"), whose figures are not the news's
    (not "Pell, who has owned the club since 2009", which dates a detail, nor "Since 2020, the charity has
    resettled 4,000", a running total)."""
    if article.published is None:
        return False
    opening = [d for d in facts.dates if d.span.start <= _OPENING_CHARS and _YEAR_WRITTEN.search(d.span.text)]
    if any(re.search(r"\bsince\s+$", text[: d.span.start], re.IGNORECASE) for d in opening):
        return False
    past = {y for y in map(_year, opening) if y is not None and y < article.published.year}
    return bool(past) and not past & {_year(d) for d in other.dates}


_YEAR_WRITTEN = re.compile(r"\b(?:1[89]|20)\d{2}\b")
_OPENING_CHARS = 12  # "In February 2017, ...", "Back in 2019, ..."


def _year(when: DateMention) -> int | None:
    if when.year_guessed:
        return None
    return when.day.year if when.day else when.year


def _of_other_parties(fa: Facts, fb: Facts, text_a: str, text_b: str) -> bool:
    """Each claim names a person or organisation, and the two name nothing in common: "rival Castlegate Bank said
    it would close 40 branches" and "Northbridge Bank plans to close 64 of its 310 branches" count different
    banks' branches, so their amounts do not conflict."""
    def doers(facts: Facts) -> list[EntityMention]:
        # the named subjects of its verbs, not of "said" (a source), unless it says what "it" did: "Castlegate Bank
        # said it would close 40 branches"
        sources = {word for p in facts.predicates if p.lemma in _REPORTING_VERBS for word in p.subject.split()}
        subjects = {word for p in facts.predicates if p.lemma not in _REPORTING_VERBS
                    for word in (sources if p.subject in ("it", "they", "he", "she") else p.subject.split())}
        return [e for e in facts.entities if e.label in ("PERSON", "ORG") and set(e.key.split()) <= subjects
                and not (e.span.start == 0 and _PEOPLE_OF_A_KIND.fullmatch(e.span.text))]

    def written(entity: EntityMention, text: str) -> bool:  # "Tessellate Inc." in "Tessellate Chief Executive ..."
        first = entity.span.text.split()[0] if entity.span.text.split() else ""
        return first[:1].isupper() and re.search(rf"\b{re.escape(first)}\b", text) is not None

    return bool(doers(fa)) and bool(doers(fb)) and not any(
        same_name(x.key, y.key) for x in fa.entities for y in fb.entities
    ) and not any(written(x, text_b) for x in fa.entities) and not any(written(y, text_a) for y in fb.entities)


# A plural noun for people that opens a sentence, which the tagger takes for a name: "Councillors agreed".
_PEOPLE_OF_A_KIND = re.compile(r"[A-Z][a-z]+(?:ors|ers|ants|ents|ists|ians|ives|ees)")
_REPORTING_VERBS = frozenset({"say", "tell", "add", "state", "announce", "warn", "claim", "insist", "report", "note",
                              "explain", "write", "estimate", "confirm"})


def _days_apart(a: ArticleFacts, b: ArticleFacts) -> int | None:
    return abs((a.published - b.published).days) if a.published and b.published else None


def _dates(a: Claim, b: Claim, fa: Facts, fb: Facts, article_a: ArticleFacts, article_b: ArticleFacts
           ) -> list[Divergence]:
    """Two dates for one event: they stand by one of the same words ("began a strike on Monday, leaving ..." /
    "began a strike on Tuesday after ..."), or neither article dates anything at the other's.
    A claim that packs two facts ("sales fell in the quarter and are guided at $5bn in 2023") may meet one that
    dates only the first; the second's date, stated elsewhere in the other article, is no conflict."""
    # The day both claims say it was said ("the agency said on Wednesday") dates no other event: neither "this week"
    # nor "this month" is borne out by it.
    said_a, said_b = _said_on_one_day(a.text, fa, b.text, fb), _said_on_one_day(b.text, fb, a.text, fa)
    # "Today Norland became ..." quoted by articles of two days: the speaker's day, in the same words on both sides
    lonely_a = [d for d in fa.dates if d not in said_a and not any(
        same_time(d, o) or _quoted_alike(d, fa, o, fb) for o in fb.dates if o not in said_b)]
    lonely_b = [d for d in fb.dates if d not in said_b and not any(
        same_time(d, o) or _quoted_alike(d, fb, o, fa) for o in fa.dates if o not in said_a)]
    # A year against a year first: "since 1959" / "since 1961", not "since 1959" / "last month".
    pairs = sorted(((da, db) for da in lonely_a for db in lonely_b), key=lambda p: _a_year(p[0]) != _a_year(p[1]))
    said_on = said_a + said_b
    for da, db in pairs:
        if not shared_neighbours(a.text, da.span, b.text, db.span, ignore=_REPORTING) and (
            article_a.dates_it(db, besides=said_on) or article_b.dates_it(da, besides=said_on)
        ):
            continue  # each may date another event the other article dates too
        if next_years_day(a.text, da, db, article_a.published) or next_years_day(b.text, db, da, article_b.published):
            continue  # "from January 1", written in October, against "next year"
        if (_dates_the_saying(a.text, da) and not _SAYING.search(b.text)) or (
            _dates_the_saying(b.text, db) and not _SAYING.search(a.text)
        ):
            continue  # "said on Wednesday it would raise tolls" / "will raise tolls next year": two events
        if same_time(da, db) is False:
            when_a = f" ({da.day:%A %-d %B %Y})" if da.day else ""
            when_b = f" ({db.day:%A %-d %B %Y})" if db.day else ""
            return [Divergence("date", da.span.text, db.span.text,
                               f"The dates differ: {da.span.text!r}{when_a} against {db.span.text!r}{when_b}.")]
    return []


def _said_on_one_day(text: str, facts: Facts, other_text: str, other: Facts) -> list[DateMention]:
    """The claim's dates of a statement that the other claim dates on the same day."""
    def said(text: str, when: DateMention) -> bool:
        return _dates_the_saying(text, when) or _ANNOUNCED_BEFORE.search(text[: when.span.start]) is not None

    return [d for d in facts.dates if said(text, d) and any(same_time(d, o) and said(other_text, o)
                                                          for o in other.dates)]


_ANNOUNCED_BEFORE = re.compile(r"\b(?:announced|confirmed|stated)\s+(?:on\s+)?$", re.IGNORECASE)


def _quoted_alike(when: DateMention, facts: Facts, other: DateMention, other_facts: Facts) -> bool:
    """The same words of time, each inside a quotation: whichever day the speaker meant, both quote it."""
    return when.span.text.lower() == other.span.text.lower() and _quoted(facts, when) and _quoted(other_facts, other)


def _quoted(facts: Facts, when: DateMention) -> bool:
    return any(q.start <= when.span.start and when.span.end <= q.end for q in facts.quotes)


def _a_year(when: DateMention) -> bool:
    """A bare year: "in 2022", "since 1959"."""
    return when.year is not None and when.month is None and when.day is None and when.weekday is None


# A date beside "said" dates the saying, which each report may do on another day.
_REPORTING = frozenset({"said", "says", "say", "told", "tells", "announced", "reported", "added"})
_SAID_BEFORE = re.compile(r"\b(?:said|says|told\s+\w+|reported|added)\s+(?:on\s+|late\s+|early\s+)?$",
                          re.IGNORECASE)
_SAID_AFTER = re.compile(r"\s*(?:said|says|told)\b", re.IGNORECASE)  # "announced on Monday a recall" dates it
_SAYING = re.compile(r"\b(?:said|says|say|told|tells|announced|announces|stated|speaking|added|according)\b",
                     re.IGNORECASE)


def _dates_the_saying(text: str, when: DateMention) -> bool:
    """The date is when someone said it: "the authority said on Wednesday", "told reporters on Monday"; not when
    a thing was reported ("The first case was reported on Jan. 28", "the first case, reported on Jan. 23,")."""
    said = _SAID_BEFORE.search(text[: when.span.start])
    if said is not None and said.group(0).lower().startswith("reported") and _REPORTED_THING.search(
        text[: said.start() + len("reported")]
    ):
        return False
    return bool(said or _SAID_AFTER.match(text, when.span.end))


# "The first case was reported on Jan. 28"; not "It was reported on Monday that ...", a report dated
_REPORTED_THING = re.compile(r"(?:(?<!\bit\s)(?<!\bit\shas\s)(?<!\bit\shad\s)\b(?:was|were|been|being|is|are|be)|,)"
                             r"\s+reported$", re.IGNORECASE)


_WORD_SPAN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?")


def _rival_words(a: Claim, b: Claim, fa: Facts, fb: Facts, similarity: float) -> list[Divergence]:
    """One member of a closed set replaced by another in the same words: "blue paint" / "white paint"; or a colour
    before the same noun in two claims alike that share more of their words ("with the black pieces" / "with the
    white pieces"; not "the gold medal" / "the silver medal", said of two runners)."""
    shared = len(fa.content_lemmas & fb.content_lemmas) if similarity >= 0.6 else 0
    matches_a, matches_b = list(_WORD_SPAN.finditer(a.text)), list(_WORD_SPAN.finditer(b.text))
    words_a = {m.group(0).lower() for m in matches_a}
    words_b = {m.group(0).lower() for m in matches_b}
    lonely_a = [m for m in matches_a if m.group(0).lower() in RIVAL_WORDS and m.group(0).lower() not in words_b]
    lonely_b = [m for m in matches_b if m.group(0).lower() in RIVAL_WORDS and m.group(0).lower() not in words_a]
    for ma in lonely_a:
        for mb in lonely_b:
            if not are_rivals(ma.group(0), mb.group(0)):
                continue
            span_a = Span(ma.group(0), ma.start(), ma.end())
            span_b = Span(mb.group(0), mb.start(), mb.end())
            if same_slot(a.text, span_a, b.text, span_b) or (
                shared >= 3 and _before_the_same_noun(a.text, span_a, b.text, span_b)
            ) or _one_ranking(a.text, span_a, b.text, span_b):
                if {ma.group(0).lower(), mb.group(0).lower()} <= ORDINALS:  # "the third increase" / "the fourth"
                    if _PERIOD_AFTER.match(a.text, ma.end()) or _PERIOD_AFTER.match(b.text, mb.end()):
                        continue  # "the first half of the year" / "the second half of last year": two periods
                    return [Divergence("number", span_a.text, span_b.text,
                                       f"The counts differ: {span_a.text!r} against {span_b.text!r}.")]
                return [Divergence("contradiction", span_a.text, span_b.text,
                                   f"Different words in the same place: {span_a.text!r} against {span_b.text!r}.")]
    return []


def _one_ranking(text_a: str, span_a: Span, text_b: str, span_b: Span) -> bool:
    """Two places in one ranking, however the rise to it is worded: "lifting the club to fourth in the Northern
    Premier table" / "climbed to fifth in the Northern Premier table"."""
    ranks = [_RANK.match(text, span.end) for text, span in ((text_a, span_a), (text_b, span_b))]
    # one place in each: not "Fourth-placed Harwick beat Ostley, who sit fifth in the table"
    one_each = all(len([w for w in re.findall(r"[a-z]+", text.lower()) if w in ORDINALS]) == 1
                   for text in (text_a, text_b))
    return bool(ranks[0] and ranks[1] and one_each and span_a.text.lower() in ORDINALS
                and span_b.text.lower() in ORDINALS and ranks[0].group(0).lower() == ranks[1].group(0).lower())


# What an ordinal ranks in: "fifth place", "fourth in the Northern Premier table", "third in the world rankings"
_RANK = re.compile(r"\s+(?:place|position|spot|seed)\b|\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:table|standings|"
                   r"rankings?|league|polls?)\b", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_PERIOD_AFTER = re.compile(r"[\s-]+(?:half|quarter)\b")


def _before_the_same_noun(text_a: str, span_a: Span, text_b: str, span_b: Span) -> bool:
    """Two colours before the same word: "with the black pieces" / "with the white pieces"."""
    first, second = (w.lower().replace("gray", "grey") for w in (span_a.text, span_b.text))
    if first not in MODIFIER_RIVALS or second not in MODIFIER_RIVALS or first == second:
        return False  # "grey" / "gray"
    next_a, next_b = _NEXT_WORD.match(text_a, span_a.end), _NEXT_WORD.match(text_b, span_b.end)
    return bool(next_a and next_b and next_a.group(1).lower() == next_b.group(1).lower()
                and next_a.group(1).lower() not in FUNCTION_WORDS)


def _quotes(a: Claim, b: Claim, fa: Facts, fb: Facts, restates: bool = False, one_story: bool = False
            ) -> list[Divergence]:
    """Quotations worded differently; `restates`: one claim summarises the other, and may cut a quotation short.
    `one_story`: the two articles are copies of one story, where a quotation in the same words around it that opens
    alike and goes on otherwise is the same quotation changed (two outlets may each quote another line of a speech)."""
    found = []
    for qa in fa.quotes:
        for qb in fb.quotes:
            wa, wb = words(qa.text), words(qb.text)
            if wa == wb:
                continue
            added = None if restates else _words_added_at_the_end(qa.text, qb.text)
            if _one_of_many(wa, wb):  # "the most diverse in our history" / "one of the most diverse ..."
                found.append(Divergence("quote", qa.text, qb.text, f"One quotation makes it one of many: "
                                                                   f"{qa.text!r} against {qb.text!r}."))
                continue
            if added is not None:
                found.append(Divergence("quote", *added, f"The same quotation ends otherwise: {added[0]!r} against "
                                                         f"{added[1]!r}."))
                continue
            shortened = " ".join(wa) in " ".join(wb) or " ".join(wb) in " ".join(wa)  # "disappointing" of it
            one_phrase_each = one_story and _one_short_quotation_each(fa, fb)
            if max(len(wa), len(wb)) <= 4 and not shortened and (
                inside_the_same_words(a.text, qa, b.text, qb) or one_phrase_each
            ):
                # Short quotations in the same words: one quotes another phrase ("a significant portion" / "nearly
                # all"), whose words need not look alike; or, in one story told twice, the one phrase the speaker is
                # quoted with ("described the performance as 'unacceptable'" / "called the display 'disappointing'").
                found.append(Divergence("quote", qa.text, qb.text,
                                        f"The same quotation is worded differently: {qa.text!r} against {qb.text!r}."))
                continue
            if min(len(wa), len(wb)) < 3:
                continue
            reordered = _between_shared_ends(qa.text, qb.text) if sorted(wa) == sorted(wb) else None
            if reordered is not None:
                # The same words in another order: around a contrast, another meaning ("to cut waiting lists, not
                # to build new hospitals" / "to build new hospitals, not to cut waiting lists"); else a list in
                # another order ("cowardly and senseless" / "senseless and cowardly").
                if CONTRASTING & set(words(reordered[0])):
                    found.append(Divergence("quote", *reordered, f"The same quotation puts its words in another "
                                                                 f"order: {reordered[0]!r} against {reordered[1]!r}."))
                continue
            joined_a, joined_b = " ".join(wa), " ".join(wb)
            shorter, longer = sorted((len(joined_a), len(joined_b)))
            # one quotes a part of the other when it is shorter in letters and in words ("a difficult but
            # manageable year" / "a difficult and possibly unmanageable year" is one phrase changed), and not
            # when both are whole sentences
            whole = _whole_sentences(qa.text, qb.text)
            # one speaker's whole sentence that opens alike and goes on otherwise ("The bridge is safe and will stay
            # open." / "The bridge is safe for now but may have to close.")
            reworded_after_opening = whole and _one_speaker(fa, fb) and _open_alike(wa, wb)
            alike = fuzz.ratio(joined_a, joined_b) >= 70
            part = shorter < 0.8 * longer and not whole
            changed = False
            if shorter < 0.8 * longer:
                # One quotes a part of the other (or, both whole, says less): its words against the stretch of the
                # other they match; or, alike as wholes, one phrase changed ("a difficult but manageable year" / "a
                # difficult and possibly unmanageable year").
                overlap = fuzz.partial_ratio(joined_a, joined_b)
                if overlap >= 97:
                    continue  # the same words
                if overlap < 75 or len(set(wa) & set(wb)) < 0.6 * min(len(set(wa)), len(set(wb))):
                    if not (reworded_after_opening or alike):
                        continue  # a different quotation
                    part, changed = False, not alike
            elif not alike and not _short_and_alike(wa, wb):
                if not ((one_story and _framed_alike(a.text, qa, b.text, qb)) or reworded_after_opening):
                    continue  # a different quotation
                changed = True
            # Two whole quoted sentences are not parts of one: a change at an end is a change ("ready to resume talks
            # without preconditions." / "ready to resume talks, but only if the blockade is lifted.")
            differing = _differing_words(qa.text, qb.text, within_shared=part)
            if differing is None or (changed and not all(differing)):
                continue  # one only leaves out the other's first or last words
            span_a, span_b = differing
            found.append(Divergence("quote", span_a, span_b,
                                    f"The same quotation is worded differently: {span_a!r} against {span_b!r}."))
    return found


def _one_of_many(first: list[str], second: list[str]) -> bool:
    """One quotation is the other with "one of" before it: the best of all against one of the best."""
    shorter, longer = sorted((first, second), key=len)
    return len(shorter) >= 2 and longer[:2] == ["one", "of"] and longer[2:] == shorter


def _words_added_at_the_end(a: str, b: str) -> tuple[str, str] | None:
    """Two whole quoted sentences, one of which goes on with a few words: "and we will fly again," / "and we will
    fly again before March." A quotation that is not a whole sentence may be cut anywhere, so only whole ones."""
    if not _whole_sentences(a, b):
        return None
    wa, wb = words(a), words(b)
    shorter, longer = sorted((wa, wb), key=len)
    if len(shorter) < 4 or longer[: len(shorter)] != shorter or not 0 < len(longer) - len(shorter) <= 6:
        return None
    spans = []
    for text, own in ((a, wa), (b, wb)):
        found = list(WORD.finditer(text))
        start = found[len(shorter) - 3].start()
        spans.append(text[start : found[len(own) - 1].end()])
    return spans[0], spans[1]


def _whole_sentences(*quotations: str) -> bool:
    """Each quotation opens with a capital and ends with a stop or the comma before its speaker: a whole sentence."""
    return all(re.match(r"[A-Z]", text) and text.rstrip()[-1:] in ".,!?" for text in quotations)


def _framed_alike(text_a: str, quote_a: Span, text_b: str, quote_b: Span) -> bool:
    """Quotations in the same words around them (the same speaker, verb and setting, word for word) that open with
    the same words, nearly half the shorter one and two of substance or more: one quotation, changed after its
    opening ("We expect the canal to be fully open again" / "We expect the canal to remain closed"), not two lines
    of one speech on one subject ("Russian forces are shelling ..." / "Russian forces are losing ground") or opening
    in a stock phrase ("I want to thank the firefighters" / "I want to thank the people")."""
    def frame(text: str, quote: Span) -> list[str]:
        return words(text[: quote.start]) + ["<quote>"] + words(text[quote.end :])
    framed = frame(text_a, quote_a)
    if len(framed) < 4 or framed != frame(text_b, quote_b):
        return False
    return _open_alike(words(quote_a.text), words(quote_b.text))


def _open_alike(said_a: Sequence[str], said_b: Sequence[str]) -> bool:
    """Two quotations open with the same words, nearly half the shorter one and two of substance or more."""
    opening = []
    for x, y in zip(said_a, said_b, strict=False):
        if x != y:
            break
        opening.append(x)
    substantial = sum(len(w) >= 4 and w not in _STOCK_WORDS for w in opening)
    return substantial >= 2 and len(opening) >= _SHARED_OPENING * min(len(said_a), len(said_b))


def _one_speaker(fa: Facts, fb: Facts) -> bool:
    return bool({s.key for s in fa.speakers} & {s.key for s in fb.speakers})


_SHARED_OPENING = 0.45  # of the shorter quotation's words


def _one_short_quotation_each(fa: Facts, fb: Facts) -> bool:
    """Each claim quotes the same speaker once, in three words at most, not the same words in another order
    ("deeply regrettable" / "entirely unacceptable"; not "cowardly and senseless" / "senseless and cowardly", nor
    longer phrases, which may be two fragments of one statement: "deeply sorry for the disruption" / "sorry for
    any inconvenience caused")."""
    if len(fa.quotes) != 1 or len(fb.quotes) != 1 or not {s.key for s in fa.speakers} & {s.key for s in fb.speakers}:
        return False
    said_a, said_b = words(fa.quotes[0].text), words(fb.quotes[0].text)
    return max(len(said_a), len(said_b)) <= _SHORT_QUOTATION and set(said_a) != set(said_b)


_SHORT_QUOTATION = 3  # words: the phrase a speaker is quoted with, not a fragment of a longer statement


# Words of the stock openings of a statement: "I want to thank", "We will not rest until", "I don't think".
_STOCK_WORDS = frozenset({"want", "thank", "think", "will", "have", "rest", "believe", "know", "hope", "just", "like",
                          "would", "could", "should", "must", "need", "going", "make", "sure", "very", "really", "this",
                          "that", "there", "what", "with", "from", "they", "them", "their", "been", "were", "about",
                          "today", "tonight", "until", "every", "always", "never", "everything", "everyone",
                          "anyone", "anything", "someone", "something", "nobody", "nothing", "don't", "didn't",
                          "doesn't", "won't", "can't", "cannot"})


def _short_and_alike(wa: Sequence[str], wb: Sequence[str]) -> bool:
    """Two short quotations of about one length that open alike: "meaningful and warm" / "meaningful but tense"."""
    return max(len(wa), len(wb)) <= 5 and abs(len(wa) - len(wb)) <= 1 and wa[0] == wb[0]


def _between_shared_ends(a: str, b: str) -> tuple[str, str] | None:
    """The stretch of each wording between the words both open with and the words both end with, verbatim; None
    when either is empty."""
    ta, tb = list(WORD.finditer(a)), list(WORD.finditer(b))
    la, lb = [m.group(0).lower() for m in ta], [m.group(0).lower() for m in tb]
    head = 0
    while head < min(len(la), len(lb)) and la[head] == lb[head]:
        head += 1
    tail = 0
    while tail < min(len(la), len(lb)) - head and la[-1 - tail] == lb[-1 - tail]:
        tail += 1
    if head >= len(la) - tail or head >= len(lb) - tail:
        return None
    return (a[ta[head].start() : ta[len(la) - tail - 1].end()], b[tb[head].start() : tb[len(lb) - tail - 1].end()])


def _differing_words(a: str, b: str, within_shared: bool = False) -> tuple[str, str] | None:
    """The first stretch where two wordings part, as verbatim text of each; None when they part only at an edge.
    `within_shared`: one quotes a part of the other, so words only one side has before the first or after the
    last shared word are the part left out, not a difference."""
    ta, tb = list(WORD.finditer(a)), list(WORD.finditer(b))
    matcher = difflib.SequenceMatcher(a=[m.group(0).lower() for m in ta], b=[m.group(0).lower() for m in tb])
    opcodes = matcher.get_opcodes()
    shared = [k for k, op in enumerate(opcodes) if op[0] == "equal"]
    for k, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            continue
        at_edge = bool(shared) and not shared[0] < k < shared[-1]
        # At the edge of the shared stretch, words on one side only are the part left out ("And that is why" /
        # "That is why"), and, where one quotes a part of the other, a long stretch against a short one is where
        # the quotation begins or ends ("... is" / "really"), not a changed word.
        if at_edge and tag != "replace":
            continue
        if within_shared and at_edge and max(i2 - i1, j2 - j1) > 3:
            continue
        # one change, with a short shared word inside it: "over a century" / "a decade", not "over" / ""
        while shared and _one_short_word_then_a_change(opcodes, k, shared[-1], ta):
            k += 2
            i2, j2 = opcodes[k][2], opcodes[k][4]
        span_a = a[ta[i1].start() : ta[i2 - 1].end()] if i2 > i1 else ""
        span_b = b[tb[j1].start() : tb[j2 - 1].end()] if j2 > j1 else ""
        return span_a, span_b
    return None


def _one_short_word_then_a_change(opcodes: Sequence[tuple[str, int, int, int, int]], k: int, last_shared: int,
                                  tokens_a: Sequence[re.Match[str]]) -> bool:
    """After the change at `k`, one shared word of three letters at most, then another change: a word changed (at
    any place) or words on one side only (inside the shared stretch)."""
    if k + 2 >= len(opcodes):
        return False
    (between, i1, i2, _, _), (tag, *_) = opcodes[k + 1], opcodes[k + 2]
    changed_next = tag == "replace" or (tag != "equal" and k + 2 < last_shared)
    return between == "equal" and changed_next and i2 - i1 == 1 and len(tokens_a[i1].group(0)) <= 3


def _dedupe(found: list[Divergence]) -> list[Divergence]:
    """Each divergence once, and one change found twice over nested words once, in its shortest words ("would
    not pay" / "has not paid", not also "would not pay the fine" / "has not paid the fine")."""
    seen: set[tuple[str, str, str]] = set()
    unique = []
    for divergence in found:
        key = (divergence.kind, divergence.a, divergence.b)
        if key not in seen:
            seen.add(key)
            unique.append(divergence)
    return [d for d in unique if not any(_nested_in(other, d) for other in unique if other is not d)]


def _nested_in(inner: Divergence, outer: Divergence) -> bool:
    """`inner` reports the same kind of change in words `outer`'s words hold, on both sides, and is shorter."""
    return inner.kind == outer.kind and all((inner.a, inner.b)) and inner.a in outer.a and inner.b in outer.b and (
        len(inner.a) + len(inner.b) < len(outer.a) + len(outer.b))


def _merged(found: list[Divergence], text_a: str, text_b: str) -> list[Divergence]:
    """Two negations found in words that touch on both sides are one change ("denied acting" / "acting" and
    "denied" / "did not deny"): one divergence over both stretches ("denied acting" / "did not deny acting")."""
    merged: list[Divergence] = []
    for divergence in found:
        for k, earlier in enumerate(merged):
            if divergence.kind == earlier.kind == "negation":
                span_a = _joined_span(text_a, earlier.a, divergence.a)
                span_b = _joined_span(text_b, earlier.b, divergence.b)
                if span_a is not None and span_b is not None:
                    merged[k] = Divergence("negation", span_a, span_b, f"One source affirms what the other denies: "
                                                                       f"{span_a!r} against {span_b!r}.")
                    break
        else:
            merged.append(divergence)
    return merged


def _joined_span(text: str, first: str, second: str) -> str | None:
    """The stretch of `text` covering both spans when they overlap or stand at most six words apart within
    one clause ("acknowledged" and "had been flagged" of "acknowledged that the track had been flagged"), else
    None."""
    start_1, start_2 = text.find(first), text.find(second)
    if not first or not second or start_1 < 0 or start_2 < 0:
        return None
    end_1, end_2 = start_1 + len(first), start_2 + len(second)
    gap = text[end_1:start_2] if start_2 >= end_1 else text[end_2:start_1] if start_1 >= end_2 else ""
    if len(gap.split()) > 6 or any(mark in gap for mark in ",;:.\"“”"):
        return None
    return text[min(start_1, start_2) : max(end_1, end_2)]
