"""Decide whether two aligned claims agree, and if not, how they differ, with verbatim evidence.

A false alarm costs a fact-checker as much trust as a miss, so every check fires only on a clear conflict:
two amounts of the same unit, two dates that resolve to different days, a name replaced by one the other
source never mentions, different speakers, the same predicate affirmed and denied, planned and done.
Something one side has and the other lacks is a detail, not a conflict.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from service.pipeline.dates import same_time
from service.pipeline.names import same_key
from service.pipeline.quantities import comparable, is_approximate, same_amount
from service.pipeline.types import Claim, Divergence, EntityMention, Facts, Predicate

_IGNORED_PREDICATES = {"be", "have", "do", "say", "tell", "add", "state", "make", "get", "go", "come", "take"}
_ANTONYMS = {
    frozenset(pair)
    for pair in [
        ("rise", "fall"), ("increase", "decrease"), ("increase", "cut"), ("gain", "lose"), ("win", "lose"),
        ("accept", "reject"), ("approve", "reject"), ("agree", "refuse"), ("support", "oppose"),
        ("allow", "ban"), ("allow", "forbid"), ("open", "close"), ("higher", "lower"), ("more", "less"),
        ("strengthen", "weaken"), ("success", "failure"), ("legal", "illegal"), ("guilty", "innocent"),
        ("victory", "defeat"), ("ally", "enemy"), ("improve", "worsen"), ("raise", "lower"),
        ("praise", "criticize"), ("praise", "condemn"), ("lift", "impose"), ("boost", "reduce"),
        ("easy", "difficult"), ("strong", "weak"), ("warm", "cold"), ("friendly", "hostile"),
        ("calm", "tense"), ("convivial", "tense"), ("early", "late"), ("before", "after"), ("first", "last"),
        ("maximum", "minimum"), ("expand", "shrink"), ("up", "down"), ("largest", "smallest"),
        ("best", "worst"), ("positive", "negative"), ("confirm", "deny"), ("welcome", "condemn"),
        ("grateful", "ungrateful"), ("success", "fail"), ("succeed", "fail"), ("arrive", "leave"),
        ("end", "begin"), ("end", "start"), ("resume", "halt"), ("continue", "stop"), ("export", "import"),
        ("buy", "sell"), ("north", "south"), ("east", "west"), ("old", "young"), ("long", "short"),
        ("hot", "cold"), ("full", "empty"), ("public", "private"), ("strengthen", "undermine"),
    ]
}
_WORD = re.compile(r"\w+(?:['’]\w+)?")


@dataclass(frozen=True)
class ArticleFacts:
    """Everything one article names anywhere: a name the other source never uses is evidence of a swap."""

    names: frozenset[str]

    @classmethod
    def collect(cls, facts: Iterable[Facts]) -> ArticleFacts:
        return cls(names=frozenset(e.key for f in facts for e in (*f.entities, *f.speakers)))

    def mentions(self, key: str) -> bool:
        return any(same_key(key, other) for other in self.names)


def compare_pair(
    a: Claim, b: Claim, fa: Facts, fb: Facts, article_a: ArticleFacts, article_b: ArticleFacts, similarity: float
) -> list[Divergence]:
    """Every divergence between two aligned claims, first claim's evidence in `a`, second's in `b`."""
    found: list[Divergence] = []
    found += _numbers(a, b, fa, fb)
    found += _dates(fa, fb)
    found += _attribution(fa, fb)
    found += _entities(fa, fb, article_a, article_b, similarity)
    found += _predicates(fa, fb)
    found += _quotes(fa, fb)
    found += _antonyms(fa, fb)
    return _dedupe(found)


def _numbers(a: Claim, b: Claim, fa: Facts, fb: Facts) -> list[Divergence]:
    def matched(q: object, others: Sequence[object]) -> bool:
        return any(same_amount(q, o) for o in others)  # type: ignore[arg-type]

    lonely_a = [q for q in fa.quantities if not matched(q, fb.quantities)]
    lonely_b = [q for q in fb.quantities if not matched(q, fa.quantities)]
    found = []
    for qa in lonely_a:
        for qb in lonely_b:
            if not comparable(qa, qb):
                continue
            rough = is_approximate(a.text, qa) or is_approximate(b.text, qb)
            if rough and same_amount(qa, qb, tolerance=0.15):
                continue
            found.append(Divergence("number", qa.span.text, qb.span.text,
                                    f"The amounts differ: {qa.span.text!r} against {qb.span.text!r}."))
            lonely_b.remove(qb)
            break
    return found


def _dates(fa: Facts, fb: Facts) -> list[Divergence]:
    lonely_a = [d for d in fa.dates if not any(same_time(d, o) for o in fb.dates)]
    lonely_b = [d for d in fb.dates if not any(same_time(d, o) for o in fa.dates)]
    for da in lonely_a:
        for db in lonely_b:
            if same_time(da, db) is False:
                when_a = f" ({da.day:%A %-d %B %Y})" if da.day else ""
                when_b = f" ({db.day:%A %-d %B %Y})" if db.day else ""
                return [Divergence("date", da.span.text, db.span.text,
                                   f"The dates differ: {da.span.text!r}{when_a} against {db.span.text!r}{when_b}.")]
    return []


def _attribution(fa: Facts, fb: Facts) -> list[Divergence]:
    if not fa.speakers or not fb.speakers:
        return []
    if any(same_key(x.key, y.key) for x in fa.speakers for y in fb.speakers):
        return []
    sa, sb = fa.speakers[0], fb.speakers[0]
    return [Divergence("attribution", sa.span.text, sb.span.text,
                       f"The sources credit different people: {sa.span.text!r} against {sb.span.text!r}.")]


def _entities(
    fa: Facts, fb: Facts, article_a: ArticleFacts, article_b: ArticleFacts, similarity: float
) -> list[Divergence]:
    speakers = [s.key for s in (*fa.speakers, *fb.speakers)]

    def lonely(mine: Sequence[EntityMention], theirs: Sequence[EntityMention]) -> list[EntityMention]:
        return [
            e for e in mine
            if not any(same_key(e.key, o.key) for o in theirs) and not any(same_key(e.key, s) for s in speakers)
        ]

    for ea in lonely(fa.entities, fb.entities):
        for eb in lonely(fb.entities, fa.entities):
            if _kind(ea) != _kind(eb) or article_a.mentions(eb.key):
                continue
            # A near-identical sentence with one name changed is a swap even when the other article
            # mentions the first name elsewhere; otherwise that name must be foreign to it too.
            if similarity < 0.85 and article_b.mentions(ea.key):
                continue
            return [Divergence("entity", ea.span.text, eb.span.text,
                               f"A different {_kind(ea)} in the same role: "
                               f"{ea.span.text!r} against {eb.span.text!r}.")]
    return []


def _kind(entity: EntityMention) -> str:
    """spaCy's small model often tags a person as an organisation, so the two compare as one kind."""
    return {"PERSON": "person or organisation", "ORG": "person or organisation", "GPE": "country or city",
            "NORP": "nationality or group", "LOC": "place"}.get(entity.label, entity.label.lower())


def _predicates(fa: Facts, fb: Facts) -> list[Divergence]:
    found: list[Divergence] = []
    for pa, pb in _shared_predicates(fa.predicates, fb.predicates):
        if pa.negated != pb.negated:
            found.append(Divergence("negation", pa.evidence.text, pb.evidence.text,
                                    f"One source affirms what the other denies: {pa.evidence.text!r} "
                                    f"against {pb.evidence.text!r}."))
        elif {pa.status, pb.status} in ({"planned", "happened"}, {"alleged", "happened"}):
            found.append(Divergence("status", pa.evidence.text, pb.evidence.text,
                                    f"One source reports as {pa.status} what the other reports as {pb.status}: "
                                    f"{pa.evidence.text!r} against {pb.evidence.text!r}."))
    return found


def _shared_predicates(
    a: Sequence[Predicate], b: Sequence[Predicate]
) -> list[tuple[Predicate, Predicate]]:
    pairs = []
    for pa in a:
        if pa.lemma in _IGNORED_PREDICATES:
            continue
        for pb in b:
            if pb.lemma == pa.lemma:
                pairs.append((pa, pb))
                break
    return pairs


def _quotes(fa: Facts, fb: Facts) -> list[Divergence]:
    found = []
    for qa in fa.quotes:
        for qb in fb.quotes:
            wa, wb = _words(qa.text), _words(qb.text)
            if wa == wb or min(len(wa), len(wb)) < 3:
                continue
            joined_a, joined_b = " ".join(wa), " ".join(wb)
            if fuzz.ratio(joined_a, joined_b) < 70 or fuzz.partial_ratio(joined_a, joined_b) >= 97:
                continue  # a different quotation, or one quoting a part of the other
            span_a, span_b = _differing_words(qa.text, qb.text)
            found.append(Divergence("quote", span_a, span_b,
                                    f"The same quotation is worded differently: {span_a!r} against {span_b!r}."))
    return found


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def _differing_words(a: str, b: str) -> tuple[str, str]:
    """The first stretch where two wordings part, as verbatim text of each."""
    ta, tb = list(_WORD.finditer(a)), list(_WORD.finditer(b))
    matcher = difflib.SequenceMatcher(a=[m.group(0).lower() for m in ta], b=[m.group(0).lower() for m in tb])
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        span_a = a[ta[i1].start() : ta[i2 - 1].end()] if i2 > i1 else ""
        span_b = b[tb[j1].start() : tb[j2 - 1].end()] if j2 > j1 else ""
        return span_a, span_b
    return a, b


def _antonyms(fa: Facts, fb: Facts) -> list[Divergence]:
    only_a, only_b = fa.lemmas - fb.lemmas, fb.lemmas - fa.lemmas
    for wa in only_a:
        for wb in only_b:
            if frozenset((wa, wb)) in _ANTONYMS:
                span_a, span_b = _surface(fa, wa), _surface(fb, wb)
                if span_a and span_b:
                    return [Divergence("contradiction", span_a, span_b,
                                       f"Opposite words in the same claim: {span_a!r} against {span_b!r}.")]
    return []


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
