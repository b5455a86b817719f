"""Decide whether two aligned claims agree, and if not, how they differ, with verbatim evidence.

A false alarm costs a fact-checker as much trust as a miss, so every check fires only on a clear conflict:
two amounts of the same unit, two dates that resolve to different days, a name replaced by one the other
source never mentions, different speakers, the same predicate affirmed and denied, planned and done.
Something one side has and the other lacks is a detail, not a conflict.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz

from service.pipeline.antonyms import RIVAL_WORDS, are_opposites, are_rivals, negates_by_prefix
from service.pipeline.dates import same_time
from service.pipeline.names import DescriptorResolver, country_and_city, entity_kind, same_key, same_name
from service.pipeline.quantities import comparable, is_approximate, same_amount
from service.pipeline.rewording import reworded
from service.pipeline.types import (
    INFERRED,
    NOUN_PHRASE,
    Claim,
    DateMention,
    Divergence,
    EntityMention,
    Facts,
    Quantity,
    Span,
)

# What one source may report as done and another as only planned, alleged or possible ("might withdraw").
_STATUS_CONFLICTS = ({"planned", "happened"}, {"alleged", "happened"}, {"possible", "happened"})
_IGNORED_PREDICATES = {"be", "have", "do", "say", "tell", "add", "state", "make", "get", "go", "come", "take"}
_WORD = re.compile(r"\w+(?:['’]\w+)?")


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
            names=frozenset(e.key for f in facts for e in (*f.entities, *f.speakers)),
            titles=DescriptorResolver(text),
            amounts=tuple(q for f in facts for q in f.quantities),
            dates=tuple(d for f in facts for d in f.dates),
            text=text,
            facts=facts,
            published=published,
        )

    # Only a summary is held to its source's words, so these are worked out when one asks.
    @functools.cached_property
    def words(self) -> frozenset[str]:
        """Every word of the text, lowercased."""
        return frozenset(w.lower() for w in TERM.findall(self.text))

    @functools.cached_property
    def lemmas(self) -> frozenset[str]:
        """Every word's lemma in the informative claims."""
        return frozenset(lemma for f in self.facts for lemma in f.lemmas)

    @functools.cached_property
    def content_lemmas(self) -> tuple[str, ...]:
        """Their nouns, names, verbs, adjectives and numbers, sorted."""
        return tuple(sorted({lemma for f in self.facts for lemma in f.content_lemmas}))

    def mentions(self, key: str) -> bool:
        return any(same_key(key, other) for other in self.names)

    def states(self, amount: Quantity) -> bool:
        return any(same_amount(amount, other) for other in self.amounts)

    def dates_it(self, when: DateMention) -> bool:
        return any(same_time(when, other) for other in self.dates)


TERM = re.compile(r"[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)*")  # a word, with its hyphens and apostrophes


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
) -> list[Divergence]:
    """Every divergence between two aligned claims, first claim's evidence in `a`, second's in `b`.

    `restates`: one claim belongs to a summary or rewrite of the other's article, so it restates its aligned
    claim however loosely it is worded; opposite words there are a conflict at any similarity. `aligned`: the
    two were aligned on their own wording, not only grouped together (through other members, or for one
    encounter both recall)."""
    found: list[Divergence] = []
    found += _numbers(a, b, fa, fb, _days_apart(article_a, article_b))
    found += _dates(a, b, fa, fb, article_a, article_b)
    found += _attribution(fa, fb, article_a, article_b)
    found += _entities(a, b, fa, fb, article_a, article_b, similarity, aligned)
    found += _predicates(fa, fb)
    found += _quotes(fa, fb)
    found += _antonyms(fa, fb, similarity, restates)
    found += _rival_words(a, b)
    kinds = {d.kind for d in found}
    found += [d for d in reworded(a, b, fa, fb) if d.kind not in kinds]
    found = [d for d in found if not _part_of_a_swapped_speaker(d, found, a.text, b.text)]
    return _dedupe([d for d in found if not _inside_a_requote(d, found)])


def _inside_a_requote(divergence: Divergence, found: Sequence[Divergence]) -> bool:
    """A word changed inside a quotation ("a disadvantage" / "an advantage", "three years ago" / "two years
    ago") is reported once, as the quotation worded differently."""

    def overlap(x: str, y: str) -> bool:
        # Whole words: "the" is not in "Catherine".
        wx, wy = f" {' '.join(_words(x))} ", f" {' '.join(_words(y))} "
        return bool(x.strip()) and bool(y.strip()) and (wx in wy or wy in wx)

    return divergence.kind != "quote" and any(
        d.kind == "quote" and overlap(d.a, divergence.a) and overlap(d.b, divergence.b) for d in found
    )


def _part_of_a_swapped_speaker(divergence: Divergence, found: Sequence[Divergence], text_a: str, text_b: str
                               ) -> bool:
    """"Polish" against "Italian" when "Polish Prime Minister Donald Tusk" became "Italian Prime Minister Giorgia
    Meloni": the nationality is the speaker's, whose change is reported already."""
    if divergence.kind != "entity":
        return False

    def titles(word: str, name: str, text: str) -> bool:
        return bool(re.search(rf"{re.escape(word)}(?:\s+[A-Z][\w.'’-]*)*\s+{re.escape(name)}", text))

    return any(
        d.kind == "attribution" and titles(divergence.a, d.a, text_a) and titles(divergence.b, d.b, text_b)
        for d in found
    )


def _numbers(a: Claim, b: Claim, fa: Facts, fb: Facts, days_apart: int | None) -> list[Divergence]:
    """Amounts of one kind that differ. Spans of time counted from different moments are not compared: "two
    days ago" in articles of different days, or "two days after" and "six months after", which in articles
    weeks apart count from different events."""

    def matched(q: object, others: Sequence[object]) -> bool:
        return any(same_amount(q, o) for o in others)  # type: ignore[arg-type]

    lonely_a = [q for q in fa.quantities if not matched(q, fb.quantities)]
    lonely_b = [q for q in fb.quantities if not matched(q, fa.quantities)]
    found = []
    for qa in lonely_a:
        for qb in lonely_b:
            if not comparable(qa, qb) or _counted_from_different_moments(a.text, qa, b.text, qb, days_apart):
                continue
            rough = is_approximate(a.text, qa) or is_approximate(b.text, qb)
            if rough and same_amount(qa, qb, tolerance=0.15):
                continue
            found.append(Divergence("number", qa.span.text, qb.span.text,
                                    f"The amounts differ: {qa.span.text!r} against {qb.span.text!r}."))
            lonely_b.remove(qb)
            break
    return found


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
    return days_apart > _SAME_NEWS_CYCLE_DAYS or (from_a == from_b == "ago" and days_apart > 0)


_SAME_NEWS_CYCLE_DAYS = 7


def _days_apart(a: ArticleFacts, b: ArticleFacts) -> int | None:
    return abs((a.published - b.published).days) if a.published and b.published else None


def _dates(a: Claim, b: Claim, fa: Facts, fb: Facts, article_a: ArticleFacts, article_b: ArticleFacts
           ) -> list[Divergence]:
    """Two dates for one event: they stand in the same words, or neither article dates anything at the other's.
    A claim that packs two facts ("sales fell in the quarter and are guided at $5bn in 2023") may meet one that
    dates only the first; the second's date, stated elsewhere in the other article, is no conflict."""
    lonely_a = [d for d in fa.dates if not any(same_time(d, o) for o in fb.dates)]
    lonely_b = [d for d in fb.dates if not any(same_time(d, o) for o in fa.dates)]
    for da in lonely_a:
        for db in lonely_b:
            if not _same_slot(a.text, da.span, b.text, db.span) and (
                article_a.dates_it(db) or article_b.dates_it(da)
            ):
                continue
            if same_time(da, db) is False:
                when_a = f" ({da.day:%A %-d %B %Y})" if da.day else ""
                when_b = f" ({db.day:%A %-d %B %Y})" if db.day else ""
                return [Divergence("date", da.span.text, db.span.text,
                                   f"The dates differ: {da.span.text!r}{when_a} against {db.span.text!r}{when_b}.")]
    return []


def _attribution(fa: Facts, fb: Facts, article_a: ArticleFacts, article_b: ArticleFacts) -> list[Divergence]:
    """Different speakers for one statement: the same quotation credited to two people, or a speaker replaced
    by one the other claim never mentions. A claim that names both ("the Kremlin ..., with Zakharova calling")
    credits no one else unless they quote the same words."""

    def identities(speaker: EntityMention) -> set[str]:
        found = {speaker.key}
        for titles in (article_a.titles, article_b.titles):
            found |= {person for _, _, person in titles.find(speaker.span.text)}
        return found

    def same_speaker(x: EntityMention, y: EntityMention) -> bool:
        # same_name: spaCy tags a person as an organisation at times, and then "Olaf Scholz" keeps his first name.
        return any(same_name(p, q) for p in identities(x) for q in identities(y))

    # A noun phrase with no name in it ("the measure", "the president") is no evidence of another speaker.
    lonely_a = [x for x in fa.speakers if x.label != NOUN_PHRASE and not any(same_speaker(x, y) for y in fb.speakers)]
    lonely_b = [y for y in fb.speakers if y.label != NOUN_PHRASE and not any(same_speaker(x, y) for x in fa.speakers)]
    if not lonely_a or not lonely_b:
        return []
    same_quote = any(
        fuzz.partial_ratio(" ".join(_words(qa.text)), " ".join(_words(qb.text))) >= 90
        for qa in fa.quotes
        for qb in fb.quotes
    )

    def mentions(facts: Facts, key: str) -> bool:
        return any(same_key(key, e.key) for e in facts.entities)

    replaced = not any(mentions(fb, s.key) for s in lonely_a) and not any(mentions(fa, s.key) for s in lonely_b)
    if not (same_quote or replaced):
        return []
    # A named speaker is evidence; two pronouns are not (the named divergence sits in a neighbouring claim).
    sa = min(lonely_a, key=lambda m: _is_pronoun(m))
    sb = min(lonely_b, key=lambda m: _is_pronoun(m))
    if _is_pronoun(sa) and _is_pronoun(sb):
        return []
    def who(speaker: EntityMention) -> str:
        return f"{speaker.span.text!r} ({speaker.key})" if _is_pronoun(speaker) else repr(speaker.span.text)

    return [Divergence("attribution", sa.span.text, sb.span.text,
                       f"The sources credit different people: {who(sa)} against {who(sb)}.")]


_WORD_SPAN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?")


def _rival_words(a: Claim, b: Claim) -> list[Divergence]:
    """One member of a closed set replaced by another in the same words: "blue paint" / "white paint"."""
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
            if _same_slot(a.text, span_a, b.text, span_b):
                return [Divergence("contradiction", span_a.text, span_b.text,
                                   f"Different words in the same place: {span_a.text!r} against {span_b.text!r}.")]
    return []


def _is_pronoun(mention: EntityMention) -> bool:
    """A speaker known from the context, not named here: "he", or the verb of a clause cut from its subject."""
    return mention.span.text.lower() in ("he", "she", "they", "it") or mention.label == INFERRED


def _entities(
    a: Claim,
    b: Claim,
    fa: Facts,
    fb: Facts,
    article_a: ArticleFacts,
    article_b: ArticleFacts,
    similarity: float,
    aligned: bool,
) -> list[Divergence]:
    """A name replaced by another of the same kind: either the two stand in the same words ("U.K. activists" /
    "U.S. activists", "the London embassy" / "the Moscow embassy"), or each is foreign to the other article."""
    speakers = [s.key for s in (*fa.speakers, *fb.speakers)]

    def lonely(mine: Sequence[EntityMention], theirs: Sequence[EntityMention]) -> list[EntityMention]:
        return [
            e for e in mine
            if not any(same_name(e.key, o.key) for o in theirs)
            and not any(same_key(e.key, s) for s in speakers)
        ]

    near_copy = fuzz.ratio(a.text, b.text) >= 90  # one sentence with a word or two changed
    for ea in lonely(fa.entities, fb.entities):
        # The name in the most alike words first ("told CNN" / "told Fox News"), then one of the same label
        # ("JD Vance" against "Pete Hegseth", not the "Defense" tagged beside him).
        candidates = sorted(
            lonely(fb.entities, fa.entities),
            key=lambda e: (-_shared_neighbours(a.text, ea.span, b.text, e.span), e.label != ea.label),
        )
        for eb in candidates:
            if entity_kind(ea.label) != entity_kind(eb.label) or country_and_city(ea, eb):
                continue
            same_slot = _same_slot(a.text, ea.span, b.text, eb.span)
            if not same_slot:
                # Names stand in each other's place by elimination only in claims aligned on their wording
                # (claims grouped for one shared detail, an encounter both recall, say more besides), and not
                # buildings, which a second outlet names by the room or the house ("Oval Office" / "White House";
                # the tagger calls them organisations). In the same words they are still compared.
                if not aligned or _building(ea) or _building(eb) or article_a.mentions(eb.key):
                    continue
                # A near-identical sentence with one name changed is a swap even when the other article
                # mentions the first name elsewhere; otherwise that name must be foreign to it too.
                if not near_copy and article_b.mentions(ea.key):
                    continue
            return [Divergence("entity", ea.span.text, eb.span.text,
                               f"A different {entity_kind(ea.label)} in the same role: "
                               f"{ea.span.text!r} against {eb.span.text!r}.")]
    return []


_SLOT_WORD = re.compile(r"[A-Za-z]+")
_FILLER = {"the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "s", "by", "for", "with", "from", "as",
           "that", "this", "his", "her", "their", "its", "is", "was", "were", "are", "has", "had", "have", "be"}


_SITE_WORDS = frozenset({"office", "house", "palace", "hall", "street", "square", "estate", "castle", "building",
                         "tower", "airport", "base", "stadium", "bridge", "cathedral", "embassy"})


def _building(entity: EntityMention) -> bool:
    return entity.label == "FAC" or entity.span.text.split()[-1].lower() in _SITE_WORDS


def _neighbours(text: str, span: Span) -> tuple[str | None, str | None]:
    """The content words right before and right after a span."""
    before = [w.lower() for w in _SLOT_WORD.findall(text[: span.start])]
    after = [w.lower() for w in _SLOT_WORD.findall(text[span.end :])]
    before = [w for w in before if w not in _FILLER]
    after = [w for w in after if w not in _FILLER]
    return (before[-1] if before else None, after[0] if after else None)


def _same_slot(text_a: str, span_a: Span, text_b: str, span_b: Span) -> bool:
    """Two names fill the same slot when the content words right before and right after them are the same."""
    prev_a, next_a = _neighbours(text_a, span_a)
    prev_b, next_b = _neighbours(text_b, span_b)
    if next_a is None or next_a != next_b:
        return False
    return prev_a == prev_b  # both absent (the sentence starts with the name) counts as the same


def _shared_neighbours(text_a: str, span_a: Span, text_b: str, span_b: Span) -> int:
    """How many of the two content words around a name (before, after) are the same around the other."""
    around_a, around_b = _neighbours(text_a, span_a), _neighbours(text_b, span_b)
    return sum(x is not None and x == y for x, y in zip(around_a, around_b, strict=True))


def _predicates(fa: Facts, fb: Facts) -> list[Divergence]:
    """The same verb or adjective affirmed in one claim and denied in the other, or planned in one and done in
    the other. A claim that uses the word both ways ("we haven't felt ... we are grateful") conflicts with no one."""
    found: list[Divergence] = []
    for lemma in sorted({p.lemma for p in fa.predicates} & {p.lemma for p in fb.predicates} - _IGNORED_PREDICATES):
        in_a = [p for p in fa.predicates if p.lemma == lemma]
        in_b = [p for p in fb.predicates if p.lemma == lemma]
        polarity_a, polarity_b = {p.negated for p in in_a}, {p.negated for p in in_b}
        if len(polarity_a) == 1 and len(polarity_b) == 1 and polarity_a != polarity_b:
            pa, pb = in_a[0], in_b[0]
            found.append(Divergence("negation", pa.evidence.text, pb.evidence.text,
                                    f"One source affirms what the other denies: {pa.evidence.text!r} "
                                    f"against {pb.evidence.text!r}."))
            continue
        status_a, status_b = {p.status for p in in_a}, {p.status for p in in_b}
        if status_a & status_b:
            continue
        conflicts = [(pa, pb) for pa in in_a for pb in in_b
                     if {pa.status, pb.status} in _STATUS_CONFLICTS]
        if conflicts:
            pa, pb = conflicts[0]
            found.append(Divergence("status", pa.evidence.text, pb.evidence.text,
                                    f"One source reports as {pa.status} what the other reports as {pb.status}: "
                                    f"{pa.evidence.text!r} against {pb.evidence.text!r}."))
    return found


def _quotes(fa: Facts, fb: Facts) -> list[Divergence]:
    found = []
    for qa in fa.quotes:
        for qb in fb.quotes:
            wa, wb = _words(qa.text), _words(qb.text)
            if wa == wb or min(len(wa), len(wb)) < 3:
                continue
            joined_a, joined_b = " ".join(wa), " ".join(wb)
            shorter, longer = sorted((len(joined_a), len(joined_b)))
            part = shorter < 0.8 * longer
            if part:
                # One quotes a part of the other: its words against the stretch of the other they match.
                overlap = fuzz.partial_ratio(joined_a, joined_b)
                if overlap >= 97 or overlap < 75 or len(set(wa) & set(wb)) < 0.6 * min(len(set(wa)), len(set(wb))):
                    continue  # the same words, or a different quotation
            elif fuzz.ratio(joined_a, joined_b) < 70:
                continue  # a different quotation
            span_a, span_b = _differing_words(qa.text, qb.text, within_shared=part)
            found.append(Divergence("quote", span_a, span_b,
                                    f"The same quotation is worded differently: {span_a!r} against {span_b!r}."))
    return found


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def _differing_words(a: str, b: str, within_shared: bool = False) -> tuple[str, str]:
    """The first stretch where two wordings part, as verbatim text of each. `within_shared`: one quotes a part
    of the other, so words only one side has before the first or after the last shared word are the part left
    out, not a difference."""
    ta, tb = list(_WORD.finditer(a)), list(_WORD.finditer(b))
    matcher = difflib.SequenceMatcher(a=[m.group(0).lower() for m in ta], b=[m.group(0).lower() for m in tb])
    opcodes = matcher.get_opcodes()
    shared = [k for k, op in enumerate(opcodes) if op[0] == "equal"]
    for k, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            continue
        at_edge = bool(shared) and not shared[0] < k < shared[-1]
        # At the edge of the shared stretch, words on one side only are the part left out, and a long stretch
        # against a short one is where the quotation begins or ends ("... is" / "really"), not a changed word.
        if within_shared and at_edge and (tag != "replace" or max(i2 - i1, j2 - j1) > 3):
            continue
        span_a = a[ta[i1].start() : ta[i2 - 1].end()] if i2 > i1 else ""
        span_b = b[tb[j1].start() : tb[j2 - 1].end()] if j2 > j1 else ""
        return span_a, span_b
    return a, b


def _antonyms(fa: Facts, fb: Facts, similarity: float, restates: bool) -> list[Divergence]:
    """Opposite words in two claims that otherwise say the same thing, or, loosely worded, in a summary and
    the claim it restates: then content words only ("after" and "before" may frame different things)."""
    if similarity >= 0.6:
        only_a, only_b = fa.lemmas - fb.lemmas, fb.lemmas - fa.lemmas
    elif restates:
        only_a, only_b = fa.content_lemmas - fb.content_lemmas, fb.content_lemmas - fa.content_lemmas
    else:
        return []
    for wa in sorted(only_a):
        for wb in sorted(only_b):
            if are_opposites(wa, wb):
                # "preventing the signing" says what "unsigned" says: a verb that stops what follows undoes a prefix.
                if negates_by_prefix(wa, wb) and (_stopped(fa, wa) or _stopped(fb, wb)):
                    continue
                function_words = wa not in fa.content_lemmas and wb not in fb.content_lemmas
                if function_words and _next_lemma(fa, wa) != _next_lemma(fb, wb):
                    continue  # "after their last appearance" / "before holding talks": two different things
                span_a, span_b = _surface(fa, wa), _surface(fb, wb)
                if span_a and span_b:
                    return [Divergence("contradiction", span_a, span_b,
                                       f"Opposite words in the same claim: {span_a!r} against {span_b!r}.")]
    return []


_STOPPING = frozenset({"prevent", "block", "stop", "halt", "thwart", "derail", "scuttle", "avert", "forestall"})


def _stopped(facts: Facts, lemma: str) -> bool:
    """The word comes within three words after a verb that stops it ("preventing the signing of")."""
    lemmas = [lem for lem, _ in facts.surface]
    return any(
        lem == lemma and any(before in _STOPPING for before in lemmas[max(0, k - 3) : k])
        for k, lem in enumerate(lemmas)
    )


def _next_lemma(facts: Facts, lemma: str) -> str | None:
    """The word after the first use of `lemma` in the claim, lemmatised."""
    lemmas = [lem for lem, _ in facts.surface]
    return lemmas[lemmas.index(lemma) + 1] if lemma in lemmas[:-1] else None


def _surface(facts: Facts, lemma: str) -> str:
    return next((word for lem, word in facts.surface if lem == lemma), "")


def _dedupe(found: list[Divergence]) -> list[Divergence]:
    seen: set[tuple[str, str, str]] = set()
    unique = []
    for divergence in found:
        key = (divergence.kind, divergence.a, divergence.b)
        if key not in seen:
            seen.add(key)
            unique.append(divergence)
    return unique
