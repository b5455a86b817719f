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
    COMPARATIVES,
    MODIFIER_RIVALS,
    RIVAL_WORDS,
    VERB_ONLY_OPPOSITES,
    are_converses,
    are_opposites,
    are_rivals,
    both_ways,
    compared_opposite_ways,
    direction,
    move_opposite_ways,
    negates_by_prefix,
    opposite_kind,
    suspected_against_confirmed,
    suspects_and_confirms,
    with_phrases,
)
from service.pipeline.article_facts import WORD, ArticleFacts, next_years_day, words
from service.pipeline.dates import TIME_WORDS, same_time
from service.pipeline.denied_acts import denied_in_other_words
from service.pipeline.framing import (
    denied,
    denied_things,
    framing_divergences,
    negated_uses,
    reports_the_conviction,
    stopped,
    without_the_dispute_reported,
)
from service.pipeline.moves import moved_the_other_way
from service.pipeline.names import same_name
from service.pipeline.predicates import same_act
from service.pipeline.rewording import reworded
from service.pipeline.statuses import predicate_divergences
from service.pipeline.surroundings import (
    a_season,
    a_state_against_an_act,
    an_age,
    attributive,
    content_after,
    crossed_things,
    describes_a_noun,
    figures_moved,
    in_an_idiom,
    left_in_a_state,
    names_a_group,
    near,
    other_doers,
    other_things,
    said_the_other_way_of_it,
    same_doers,
)
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
        found += number_divergences(a, b, fa, fb, days_apart, one_story=one_story) or (
            vague_divergences(a.text, b.text))
    found += _dates(a, b, fa, fb, article_a, article_b)
    found += attribution_divergences(fa, fb, article_a, article_b, (a.text, b.text), summarised=restates)
    found += entity_divergences(a, b, fa, fb, article_a, article_b, aligned)
    found += predicate_divergences(fa, fb, (a.text, b.text))
    articles_convict = (reports_the_conviction(article_a, fb), reports_the_conviction(article_b, fa))
    found += framing_divergences(a.text, b.text, fa, fb, summarised=restates, articles_convict=articles_convict)
    if not any(d.kind == "negation" for d in found):
        found += denied_things(a.text, b.text, fa, fb)
    if one_story and not any(d.kind == "negation" for d in found):
        found += denied_in_other_words(fa, fb, (a.text, b.text))
    found += _quotes(a, b, fa, fb, restates, one_story)
    # "Police confirmed the victim was a teacher. They believe she was killed": each said of its own statement
    suspicions_apart = suspects_and_confirms(article_a.lemmas) or suspects_and_confirms(article_b.lemmas)
    found += _antonyms(fa, fb, similarity, restates or copies, suspicions_apart)
    found += _rival_words(a, b, fa, fb, similarity) + _reversed_route(a, b) + moved_the_other_way(a, b, fa, fb)
    found += _another_institution(a.text, b.text)
    kinds, spans = {d.kind for d in found}, {(d.a, d.b) for d in found}
    found += [d for d in reworded(a, b, fa, fb)
              if d.kind not in kinds and ((d.a, d.b) not in spans or d.kind == "attribution")]
    found = [d for d in found if not part_of_a_swapped_speaker(d, found, a.text, b.text)]
    found = [d for d in found if not _inside_a_requote(d, found, fa, fb)]
    if any(d.kind == "negation" for d in found):  # a quotation changed only by its negation is that negation
        found = [d for d in found
                 if not (d.kind == "quote" and {d.a.lower().strip(), d.b.lower().strip()} <= _NEGATORS)]
    found = without_the_dispute_reported(found, (a.text, b.text))
    # A name that is a speaker is reported once, as the changed speaker ("The Ukrainian president said").
    credited = {(d.a, d.b) for d in found if d.kind == "attribution"}
    return _merged(_dedupe([d for d in found if not (d.kind == "entity" and (d.a, d.b) in credited)]), a.text, b.text)


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
        return [e for e in facts.entities if e.label in ("PERSON", "ORG") and set(e.key.split()) <= subjects]

    def written(entity: EntityMention, text: str) -> bool:  # "Tessellate Inc." in "Tessellate Chief Executive ..."
        first = entity.span.text.split()[0] if entity.span.text.split() else ""
        return first[:1].isupper() and re.search(rf"\b{re.escape(first)}\b", text) is not None

    return bool(doers(fa)) and bool(doers(fb)) and not any(
        same_name(x.key, y.key) for x in fa.entities for y in fb.entities
    ) and not any(written(x, text_b) for x in fa.entities) and not any(written(y, text_a) for y in fb.entities)


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
    lonely_a = [d for d in fa.dates if not any(same_time(d, o) for o in fb.dates)]
    lonely_b = [d for d in fb.dates if not any(same_time(d, o) for o in fa.dates)]
    # A year against a year first: "since 1959" / "since 1961", not "since 1959" / "last month".
    pairs = sorted(((da, db) for da in lonely_a for db in lonely_b), key=lambda p: _a_year(p[0]) != _a_year(p[1]))
    for da, db in pairs:
        if not shared_neighbours(a.text, da.span, b.text, db.span, ignore=_REPORTING) and (
            article_a.dates_it(db) or article_b.dates_it(da)
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
            ):
                return [Divergence("contradiction", span_a.text, span_b.text,
                                   f"Different words in the same place: {span_a.text!r} against {span_b.text!r}.")]
    return []


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def _before_the_same_noun(text_a: str, span_a: Span, text_b: str, span_b: Span) -> bool:
    """Two colours before the same word: "with the black pieces" / "with the white pieces"."""
    first, second = (w.lower().replace("gray", "grey") for w in (span_a.text, span_b.text))
    if first not in MODIFIER_RIVALS or second not in MODIFIER_RIVALS or first == second:
        return False  # "grey" / "gray"
    next_a, next_b = _NEXT_WORD.match(text_a, span_a.end), _NEXT_WORD.match(text_b, span_b.end)
    return bool(next_a and next_b and next_a.group(1).lower() == next_b.group(1).lower()
                and next_a.group(1).lower() not in _FUNCTION_WORDS)


_FUNCTION_WORDS = frozenset({"and", "or", "of", "in", "on", "to", "the", "a", "an", "for", "with", "at", "by", "than",
                            "as", "from", "after", "before", "since", "be", "that"})


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
            if added is not None:
                found.append(Divergence("quote", *added, f"The same quotation ends otherwise: {added[0]!r} against "
                                                         f"{added[1]!r}."))
                continue
            shortened = " ".join(wa) in " ".join(wb) or " ".join(wb) in " ".join(wa)  # "disappointing" of it
            if max(len(wa), len(wb)) <= 4 and not shortened and inside_the_same_words(a.text, qa, b.text, qb):
                # Short quotations in the same words: one quotes another phrase ("a significant portion" / "nearly
                # all"), whose words need not look alike.
                found.append(Divergence("quote", qa.text, qb.text,
                                        f"The same quotation is worded differently: {qa.text!r} against {qb.text!r}."))
                continue
            if min(len(wa), len(wb)) < 3:
                continue
            joined_a, joined_b = " ".join(wa), " ".join(wb)
            shorter, longer = sorted((len(joined_a), len(joined_b)))
            part, changed = shorter < 0.8 * longer, False
            if part:
                # One quotes a part of the other: its words against the stretch of the other they match.
                overlap = fuzz.partial_ratio(joined_a, joined_b)
                if overlap >= 97:
                    continue  # the same words
                if overlap < 75 or len(set(wa) & set(wb)) < 0.6 * min(len(set(wa)), len(set(wb))):
                    continue  # a different quotation
            elif fuzz.ratio(joined_a, joined_b) < 70 and not _short_and_alike(wa, wb):
                if not (one_story and _framed_alike(a.text, qa, b.text, qb)):
                    continue  # a different quotation
                changed = True
            differing = _differing_words(qa.text, qb.text, within_shared=part)
            if differing is None or (changed and not all(differing)):
                continue  # one only leaves out the other's first or last words
            span_a, span_b = differing
            found.append(Divergence("quote", span_a, span_b,
                                    f"The same quotation is worded differently: {span_a!r} against {span_b!r}."))
    return found


def _words_added_at_the_end(a: str, b: str) -> tuple[str, str] | None:
    """Two whole quoted sentences, one of which goes on with a few words: "and we will fly again," / "and we will
    fly again before March." A quotation that is not a whole sentence may be cut anywhere, so only whole ones."""
    if not all(re.match(r"[A-Z]", text) and text.rstrip()[-1:] in ".,!?" for text in (a, b)):
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
    said_a, said_b = words(quote_a.text), words(quote_b.text)
    opening = []
    for x, y in zip(said_a, said_b, strict=False):
        if x != y:
            break
        opening.append(x)
    substantial = sum(len(w) >= 4 and w not in _STOCK_WORDS for w in opening)
    return substantial >= 2 and len(opening) >= _SHARED_OPENING * min(len(said_a), len(said_b))


_SHARED_OPENING = 0.45  # of the shorter quotation's words


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
        span_a = a[ta[i1].start() : ta[i2 - 1].end()] if i2 > i1 else ""
        span_b = b[tb[j1].start() : tb[j2 - 1].end()] if j2 > j1 else ""
        return span_a, span_b
    return None


def _antonyms(
    fa: Facts, fb: Facts, similarity: float, restates: bool, suspicions_apart: bool = False
) -> list[Divergence]:
    """Opposite words in two claims that otherwise say the same thing, or, loosely worded, in a summary and
    the claim it restates: then content words only ("after" and "before" may frame different things).
    `suspicions_apart`: an article both suspects and confirms, each of its own statement, so that "suspect" /
    "confirm" says nothing."""
    if similarity >= 0.6:
        lemmas_a = fa.lemmas | with_phrases([lem for lem, _ in fa.surface])
        lemmas_b = fb.lemmas | with_phrases([lem for lem, _ in fb.surface])
        only_a, only_b = lemmas_a - lemmas_b, lemmas_b - lemmas_a
    elif restates:  # content words, and words that move or compare a figure ("12 per cent more than")
        only_a = fa.content_lemmas - fb.content_lemmas | _moving_a_figure(fa, fb)
        only_b = fb.content_lemmas - fa.content_lemmas | _moving_a_figure(fb, fa)
    else:
        return []
    found: list[tuple[int, Divergence]] = []
    for wa in sorted(only_a):
        for wb in sorted(only_b):
            # "jumped 38%" / "fell 38%", said of one thing: by the same doer, or in claims worded alike ("Shares
            # of Calverra jumped" / "Calverra stock fell"), not "Brekke tumbled 14%" against "Halvorsen climbed 14%"
            opposite_ways = move_opposite_ways(wa, wb) or compared_opposite_ways(wa, wb) or (
                _moved_or_compared_with_a_time(fa, wa, fb, wb))
            moved = opposite_ways and bool(figures_moved(fa, wa) & figures_moved(fb, wb)) and (
                similarity >= _ALIKE or not other_doers(fa, wa, fb, wb))
            if are_opposites(wa, wb) or moved:
                if (both_ways(wa, fa.lemmas) or both_ways(wb, fb.lemmas)) and not _of_the_same_things(fa, wa, fb, wb) \
                        and not _each_on_its_own_thing(fa, wa, fb, wb):
                    continue  # "raising water rates and cutting library hours": its "cut" may be the other's
                # "preventing the signing" says what "unsigned" says, and "failed to detect" what "undetected"
                # does: a verb that stops or denies what follows undoes a prefix.
                if negates_by_prefix(wa, wb) and (stopped(fa, wa) or stopped(fb, wb) or denied(fa, wa)
                                                  or denied(fb, wb)):
                    continue
                if negates_by_prefix(wa, wb) and a_state_against_an_act(fa, wa, fb, wb):
                    continue  # "unprocessed indium" / "to process the metal": the state of one, an act on another
                if crossed_things(fa, wa, fb, wb):
                    continue  # "reduced competition and pushed up prices" / "hurt competition and raised prices"
                if said_the_other_way_of_it(fa, wa, fb, wb) or said_the_other_way_of_it(fb, wb, fa, wa):
                    continue  # "exports increased 5% while imports fell 5%" / "imports saw a 5% decrease"
                function_words = wa not in fa.content_lemmas and wb not in fb.content_lemmas
                if function_words and (_next_lemma(fa, wa) != _next_lemma(fb, wb) or other_things(fa, wa, fb, wb)) and (
                    not _manner(fa, wa, fb, wb)
                ):
                    continue  # "after their last appearance" / "before holding talks": two different things; but
                    # "melting faster" / "melting more slowly" say how one thing goes
                wished = _infinitive(fa, wa) != _infinitive(fb, wb)  # one side only: a wish against another's act
                loose = similarity < 0.6  # a summary's sentence and one it restates in part
                if (are_converses(wa, wb) or wished or loose) and other_doers(fa, wa, fb, wb):
                    continue  # "Kessler agreed to buy the club" / "Pell agreed to sell it to Kessler"; "residents
                    # urged members to reject it" / "a deal the commission must still approve"
                if suspected_against_confirmed(wa, wb) and (loose or suspicions_apart):
                    continue  # "confirmed the victim was a teacher" / "suspect she was killed": in a sentence
                    # restated in part, or an article that does both, each may be said of its own statement
                if loose and are_converses(wa, wb) and not same_doers(fa, wa, fb, wb):
                    continue  # "a collector, who bought three of the works" / "Accused of selling 14 forged
                    # paintings, dealer Lukas Brenner": in a sentence restated in part, the two parties' acts
                if loose and _describe_other_things(fa, wa, fb, wb):
                    continue  # "softening the cut for large companies" / "small-scale fishermen"
                if _not_as_a_verb(fa, wa) or _not_as_a_verb(fb, wb):
                    continue  # "rejecting an appeal from parishioners" / "accepted an offer"
                if names_a_group(fa, wa) != names_a_group(fb, wb) or in_an_idiom(fa, wa) or in_an_idiom(fb, wb):
                    continue  # "keeping the surviving whales cool" / "102 of the 143 died" (not "the losing
                    # bidder" / "the winning bidder"); "fell short of"
                if _of_a_thing_alone(fa, wa, fb) or _of_a_thing_alone(fb, wb, fa):
                    continue  # "the southwestern growing region" / "arrivals have fallen": the region grows nothing
                if _what_is_left(fa, wa) or _what_is_left(fb, wb) or left_in_a_state(fa, wa, fb, wb):
                    continue  # "with two years left on his contract": what remains, not who left
                if _degrees_of_other_things(fa, wa, fb, wb):
                    continue  # "a smaller traditional pension" / "the state's largest teachers' union"
                if _a_time_against_a_thing(fa, wa, fb, wb):
                    continue  # "early models suggest" / "visible in late April": an early model is no time
                if " " in wa + wb and denied(fa, wa) != denied(fb, wb):
                    continue  # "refused to postpone the trial" / "the trial will go ahead"
                if an_age(fa, wa) or an_age(fb, wb):
                    continue  # "the 19-year-old grandmaster" / "a young opponent": an age, no opposite
                if _names_a_period(fa, wa) or _names_a_period(fb, wb) or a_season(fa, wa) or a_season(fb, wb):
                    continue  # "over the prior year", "the following day": which period, not what came first
                if None not in (_than(fa, wa), _than(fb, wb)) and _than(fa, wa) != _than(fb, wb):
                    continue  # "far more than the ice can sustain" / "less than in 2022": other yardsticks
                if _compared_the_other_way(fa, wa, fb, wb) or _compared_the_other_way(fb, wb, fa, wa):
                    continue  # "an inland route that would have been cheaper" / "more expensive than the inland one"
                if any(negated_uses(fa, wa)) != any(negated_uses(fb, wb)):
                    continue  # "not being grateful" / "being ungrateful": the same thing said twice over
                if (_infinitive(fa, wa) and _happened(fb, wb)) or (_happened(fa, wa) and _infinitive(fb, wb)):
                    continue  # "Trump's desire to end the war" / "the war began": a wish, and what happened
                if (_only_planned(fa, wa) and _long_done_or_held(fb, wb)) or (
                    _only_planned(fb, wb) and _long_done_or_held(fa, wa)
                ):
                    continue  # "will shut down for good" / "opened in 1968", "have kept the canal open": what will
                    # happen, and what happened years ago or holds until then
                span_a, span_b = _surface(fa, wa), _surface(fb, wb)
                if _in_a_name(fa, span_a) or _in_a_name(fb, span_b):
                    continue  # "at Churchill Downs" / "up": a name's word means nothing of its own
                if span_a and span_b:
                    kind, reason = opposite_kind(wa, wb)
                    if _refusal_of_the_act(fa, wa, fb, wb):
                        kind, reason = "negation", "One source denies what the other affirms"
                    if kind == "status" and (describes_a_noun(fa, wa) or describes_a_noun(fb, wb)):
                        continue  # "Riverton's proposed sale" names the sale, whatever has become of it
                    shared = len(_around(fa, wa) & _around(fb, wb))
                    explanation = f"{reason}: {span_a!r} against {span_b!r}."
                    found.append((shared, Divergence(kind, span_a, span_b, explanation)))
    # A pair of phrases over the pair of words inside them ("pay rise" / "pay cut", not "rise" / "cut"); then the
    # pair said of the most alike words: "profit rose" / "profit fell", not "price increases" / "fell".
    found = [(n, d) for n, d in found
             if not any(o is not d and d.a in o.a and d.b in o.b and len(o.a + o.b) > len(d.a + d.b) for _, o in found)]
    return [max(found, key=lambda item: item[0])[1]] if found else []


def _moved_or_compared_with_a_time(fa: Facts, wa: str, fb: Facts, wb: str) -> bool:
    """A word of moving against a comparative with an earlier time: "rose 6% last year" / "6% fewer than the year
    before" (not "1,100 fewer beds than they need" / "the shortfall has grown")."""
    for move, f_compared, compared in ((wa, fb, wb), (wb, fa, wa)):
        way = direction(move)
        if way and compared in COMPARATIVES and compared_opposite_ways(compared, "more" if way > 0 else "less"):
            lemmas = [lemma for lemma, _ in f_compared.surface]
            at = lemmas.index(compared)
            if lemmas[at + 1 : at + 2] == ["than"] and set(lemmas[at + 2 : at + 6]) & _EARLIER:
                return True
    return False


_EARLIER = frozenset({"year", "month", "week", "quarter", "before", "earlier", "ago", "previous", "prior", "last"})


def _moving_a_figure(facts: Facts, other: Facts) -> set[str]:
    return {lemma for lemma in facts.lemmas - other.lemmas
            if (direction(lemma) or lemma in COMPARATIVES) and figures_moved(facts, lemma)}


def _not_as_a_verb(facts: Facts, lemma: str) -> bool:
    """A word opposed to another only as a verb ("appeal") that the claim uses as no verb."""
    return lemma in VERB_ONLY_OPPOSITES and not any(p.lemma == same_act(lemma) for p in facts.predicates)


_NEGATORS = frozenset({"", "not", "never", "no", "n't"})
_ALIKE = 0.85  # a pair score at which two claims say one thing in other words


def _around(facts: Facts, lemma: str) -> set[str]:
    return near(facts, lambda other, _: other == lemma, 3)


_PERIODS = frozenset({"day", "week", "month", "quarter", "year", "season", "decade", "night", "morning", "evening"})


_EARLY_OR_LATE = frozenset({"early", "late", "earlier", "later"})


def _a_time_against_a_thing(fa: Facts, wa: str, fb: Facts, wb: str) -> bool:
    """"early" or "late" before a time in one claim and before a thing in the other: "in late April" places
    something in time, "early models" tells which models."""
    if not {wa, wb} <= _EARLY_OR_LATE:
        return False
    times = [_next_lemma(f, w) in _TIMES for f, w in ((fa, wa), (fb, wb))]
    things = [(_next_lemma(f, w) or "") in f.content_lemmas for f, w in ((fa, wa), (fb, wb))]
    return times[0] != times[1] and things[0] and things[1]


_TIMES = TIME_WORDS | _PERIODS | {"spring", "summer", "autumn", "fall", "winter", "century", "hour"}


def _names_a_period(facts: Facts, lemma: str) -> bool:
    """"prior" or "following" before a period of time: an adjective ("the prior year"), not "prior to"; or
    "allowed" after one: "within the 30 days allowed" is a time, permitting nothing."""
    if lemma == "allow":
        surface = [lem for lem, _ in facts.surface]
        return any(k and surface[k - 1] in _PERIODS | {"time", "hour", "minute"}
                   for k, lem in enumerate(surface) if lem == lemma)
    if lemma in ("last", "next") and _next_lemma(facts, lemma) in _PERIODS:
        # "launched in March last year": a time counted from today, not the last of a series ("its first year")
        surface = [lem for lem, _ in facts.surface]
        return all(k == 0 or surface[k - 1] not in _SERIES_OPENERS for k, lem in enumerate(surface) if lem == lemma)
    return lemma in ("prior", "following") and _next_lemma(facts, lemma) in _PERIODS


_SERIES_OPENERS = frozenset({"the", "its", "his", "her", "their", "our", "my", "your", "a"})


def _of_the_same_things(fa: Facts, wa: str, fb: Facts, wb: str) -> bool:
    """The two words act on the same two things, whatever else their claims move: "raising downtown parking rates"
    / "lowering downtown parking rates" (beside "ruling out raising property taxes")."""
    after_a = content_after(fa, wa)[:2]
    return len(after_a) == 2 and after_a == content_after(fb, wb)[:2]


def _each_on_its_own_thing(fa: Facts, wa: str, fb: Facts, wb: str) -> bool:
    """The two words act on the same first thing, and the claim that uses both opposites uses the other on
    another thing: "ban wetsuits and any contact" / "permit wetsuits but prohibit any contact"."""
    first_a, first_b = content_after(fa, wa)[:1], content_after(fb, wb)[:1]
    if not first_a or first_a != first_b:
        return False
    for facts, word in ((fa, wa), (fb, wb)):
        others = [o for o in facts.lemmas if o != word and are_opposites(word, o, loosely=True)]
        if any(content_after(facts, o)[:1] in ([], first_a) for o in others):
            return False
    return True


_SPANS_AND_TURNS = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "game", "match", "lap",
                              "race", "round", "seat", "place", "spot", "ticket"})


def _what_is_left(facts: Facts, lemma: str) -> bool:
    """"two years left", "three games left": "left" is what remains."""
    words = [word.lower() for _, word in facts.surface]
    lemmas = [lem for lem, _ in facts.surface]
    return any(word == "left" and lemmas[k] == lemma and k > 0 and lemmas[k - 1] in _SPANS_AND_TURNS
               for k, word in enumerate(words))


def _degrees_of_other_things(fa: Facts, wa: str, fb: Facts, wb: str) -> bool:
    """A comparative against a superlative, set before other words ("a smaller traditional pension" / "the
    largest teachers' union"): they grade different things."""
    surface_a, surface_b = _surface(fa, wa).lower(), _surface(fb, wb).lower()
    degrees = {surface_a.endswith("est"), surface_b.endswith("est")}
    if degrees != {True, False} or not (surface_a.endswith(("er", "est")) and surface_b.endswith(("er", "est"))):
        return False  # "higher fares" / "lower ticket prices" are one comparison in other words
    next_a, next_b = _next_lemma(fa, wa), _next_lemma(fb, wb)
    if not (next_a and next_a.isalpha() and next_b and next_b.isalpha()) or {next_a, next_b} & _FUNCTION_WORDS:
        return False  # "higher than", "fell lower": graded on their own
    if _another_of_its_kind(*((fa, wa) if surface_b.endswith("est") else (fb, wb))):
        return True  # "relied on a smaller desalination unit" is another than "Chile's largest desalination plant"
    graded_a, graded_b = set(content_after(fa, wa)[:2]), set(content_after(fb, wb)[:2])
    return not graded_a & graded_b


def _describe_other_things(fa: Facts, wa: str, fb: Facts, wb: str) -> bool:
    """Both words stand before nouns, not the same ones, and one of the nouns is in the other claim too, not so
    described: "softening the cut for large companies" / "small-scale fishermen", where the first also speaks of
    fishermen (not "higher wages" / "lower pay")."""
    things_a, things_b = set(content_after(fa, wa)[:2]), set(content_after(fb, wb)[:2])
    return attributive(fa, wa) and attributive(fb, wb) and not things_a & things_b and bool(
        things_a & fb.content_lemmas or things_b & fa.content_lemmas)


def _another_of_its_kind(facts: Facts, comparative: str) -> bool:
    """"a smaller unit" after a verb or preposition: another thing than the one graded highest; not "is a smaller
    shareholder", "Norges Bank, a smaller shareholder", which say it of the claim's own subject."""
    surface = list(facts.surface)
    at = next((k for k, (lemma, _) in enumerate(surface) if lemma == comparative), 0)
    if at < 2 or surface[at - 1][0] not in ("a", "an"):
        return False
    lemma, word = surface[at - 2]
    return lemma not in ("be", "become", "remain", "stay") and not word[:1].isupper()


def _of_a_thing_alone(facts: Facts, lemma: str, other: Facts) -> bool:
    """The word, a participle, only describes the noun after it, which the other claim never names (not "higher
    fares" / "lower ticket prices")."""
    described = _next_lemma(facts, lemma)
    return (describes_a_noun(facts, lemma) and _surface(facts, lemma).lower().endswith(("ing", "ed", "en"))
            and described in facts.content_lemmas and described not in other.lemmas)


def _refusal_of_the_act(fa: Facts, wa: str, fb: Facts, wb: str) -> bool:
    """"Trump's previous approval" / "Trump's earlier refusal to approve": the refusal denies the act."""
    for (refusing, refusal), other in (((fa, wa), wb), ((fb, wb), wa)):
        if refusal in ("refusal", "refuse") and len(other) >= 6 and any(
            lemma != other and lemma.startswith(other[:5]) for lemma in refusing.lemmas
        ):
            return True
    return False


def _manner(fa: Facts, wa: str, fb: Facts, wb: str) -> bool:
    """Two adverbs of how the same verb goes: "melting faster" / "melting more slowly" (not "arrived before the
    talks" / "arrived after the vote", which place it in time by other things)."""
    adverbs = all(_surface(f, w).lower().endswith(("ly", "er")) and w not in _ORDER_IN_TIME_WORDS
                  for f, w in ((fa, wa), (fb, wb)))
    verb = _verb_before(fa, wa)
    return adverbs and verb is not None and verb == _verb_before(fb, wb)


_ORDER_IN_TIME_WORDS = frozenset({"early", "late", "earlier", "later", "after", "over", "under", "soon", "sooner"})


def _verb_before(facts: Facts, lemma: str) -> str | None:
    """The content word right before the first use of `lemma`, past "more" or "less": "melting" of "melting more
    slowly"."""
    lemmas = [lem for lem, _ in facts.surface]
    if lemma not in lemmas:
        return None
    at = lemmas.index(lemma) - 1
    while at >= 0 and lemmas[at] in ("more", "less", "much", "far"):
        at -= 1
    return lemmas[at] if at >= 0 and lemmas[at] in facts.content_lemmas else None


def _next_lemma(facts: Facts, lemma: str) -> str | None:
    """The word after the first use of `lemma` (a word or a phrase: "away from") in the claim, lemmatised."""
    lemmas = [lem for lem, _ in facts.surface]
    wanted = lemma.split()
    for at in range(len(lemmas) - len(wanted)):
        if lemmas[at : at + len(wanted)] == wanted:
            return lemmas[at + len(wanted)]
    return None


def _than(facts: Facts, lemma: str) -> str | None:
    """What a comparison is made against: the word after "than" right after the first use of `lemma`."""
    lemmas = [lem for lem, _ in facts.surface]
    at = lemmas.index(lemma) if lemma in lemmas else -1
    return lemmas[at + 2] if 0 <= at < len(lemmas) - 2 and lemmas[at + 1] == "than" else None


def _compared_the_other_way(fa: Facts, wa: str, fb: Facts, wb: str) -> bool:
    """The first claim compares something against what the second says its opposite word of: "X, more expensive
    than the inland option" and "an inland alignment ... that would have been cheaper" agree."""
    lemmas_a, lemmas_b = [lem for lem, _ in fa.surface], [lem for lem, _ in fb.surface]
    if wa not in lemmas_a or wb not in lemmas_b:
        return False
    at_a, at_b = lemmas_a.index(wa), lemmas_b.index(wb)
    if "than" not in lemmas_a[at_a + 1 : at_a + 2] or "than" in lemmas_b[at_b + 1 : at_b + 2]:
        return False  # "more expensive than the inland route" / "cheaper than the inland route" conflict
    # what the first claim compares against, less what it compares ("the coastal route ... than the inland route")
    yardstick = (set(lemmas_a[at_a + 2 : at_a + 6]) & fa.content_lemmas) - set(lemmas_a[max(0, at_a - 8) : at_a])
    return bool(yardstick & set(lemmas_b[max(0, at_b - 8) : at_b]))


def _infinitive(facts: Facts, lemma: str) -> bool:
    """The word is a verb in the infinitive ("to end", "urged members to reject"), which says what someone wants,
    plans or is asked to do."""
    return any(
        p.lemma == same_act(lemma) and (p.evidence.text.lower().startswith("to ") or _ASKED_TO.search(p.evidence.text))
        for p in facts.predicates
    )


_ASKED_TO = re.compile(r"\bto\s+\w+$", re.IGNORECASE)


def _happened(facts: Facts, lemma: str) -> bool:
    return any(p.lemma == same_act(lemma) and p.status == "happened" for p in facts.predicates)


_HELD = re.compile(r"\b(?:kept|keep|keeps|keeping|remain\w*|stay\w*|left)\b", re.IGNORECASE)


def _long_done_or_held(facts: Facts, lemma: str) -> bool:
    """The act happened in a year the claim names ("opened in 1968"), or is a state kept ("kept the canal open")."""
    in_a_year = any(d.year and d.day is None and d.week is None for d in facts.dates)
    return any(
        p.lemma == same_act(lemma) and p.status != "planned" and (
            (in_a_year and p.status == "happened") or _HELD.search(p.evidence.text) is not None)
        for p in facts.predicates
    )


def _only_planned(facts: Facts, lemma: str) -> bool:
    uses = [p for p in facts.predicates if p.lemma == same_act(lemma)]
    return bool(uses) and all(p.status == "planned" for p in uses)


def _in_a_name(facts: Facts, written: str) -> bool:
    """The word is written capitalised after the claim's first word, as names are ("Churchill Downs")."""
    return any(word == written and k > 0 and word[:1].isupper() and not word.isupper()
               for k, (_, word) in enumerate(facts.surface))


def _surface(facts: Facts, lemma: str) -> str:
    """The words as written for a lemma, or for a two-word phrase ("push back" -> "pushed back")."""
    parts = lemma.split()
    surface = facts.surface
    for k in range(len(surface) - len(parts) + 1):
        if [lem for lem, _ in surface[k : k + len(parts)]] == parts:
            return " ".join(word for _, word in surface[k : k + len(parts)])
    return ""


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
    """The stretch of `text` covering both spans when they overlap or stand at most three words apart within
    one clause ("acknowledged" and "had been flagged" of "acknowledged that the track had been flagged"), else
    None."""
    start_1, start_2 = text.find(first), text.find(second)
    if not first or not second or start_1 < 0 or start_2 < 0:
        return None
    end_1, end_2 = start_1 + len(first), start_2 + len(second)
    gap = text[end_1:start_2] if start_2 >= end_1 else text[end_2:start_1] if start_1 >= end_2 else ""
    if len(gap.split()) > 3 or any(mark in gap for mark in ",;:.\"“”"):
        return None
    return text[min(start_1, start_2) : max(end_1, end_2)]
