"""Encounters between named people a claim mentions: "Zelenskyy's fiery Friday meeting with Trump", "following a
heated exchange with US President Donald Trump", "Zelensky clashed with Trump".

Every article of a story recalls its key events in passing, each in its own words ("a tense Oval Office meeting",
"a heated exchange", "clashed with"), and sentence embeddings put those mentions far apart because the rest of
each sentence differs. Who met whom does not differ, so the alignment stage matches two mentions of an encounter
between the same two people (on the same day, when both say which).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from service.pipeline.types import Encounter, EntityMention, Span

_ENCOUNTER_NOUNS = {
    "meeting", "exchange", "clash", "confrontation", "encounter", "spat", "row", "showdown", "standoff",
    "argument", "quarrel", "talk", "talks", "discussion", "conversation", "call", "summit", "appearance",
}
_ENCOUNTER_VERBS = {"meet", "clash", "spar", "quarrel", "argue", "confront", "talk", "speak", "host"}
_PARTNER_PREPOSITIONS = {"with", "between", "among"}
_PREPOSITION_LIKE = {"following", "after", "amid", "during", "regarding", "concerning"}  # at times tagged verbs


def find_encounters(
    tokens: Sequence[Any],
    entities: Sequence[EntityMention],
    speakers: Sequence[EntityMention],
    subject_of_sentence: EntityMention | None,
) -> list[Encounter]:
    """Encounters whose participants the claim names: at least two people, from the trigger's own arguments
    (possessor, subject, object, "with"/"between" phrase; for "their", everyone the claim names) and, for a
    clause cut from a sentence, the person the sentence is about. An encounter someone else reports or watches
    ("Starmer described watching the spat between Zelensky and Trump") is that person's claim, not a mention of
    the encounter, so it is left out."""
    people = [e for e in entities if e.label == "PERSON"]
    found: list[Encounter] = []
    for token in tokens:
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma in _ENCOUNTER_NOUNS:
            slots = [c for c in token.children if c.dep_ == "poss"]
        elif token.pos_ == "VERB" and lemma in _ENCOUNTER_VERBS:
            slots = [c for c in token.children if c.dep_ in ("nsubj", "dobj")]
        else:
            continue
        partners = [
            p for c in token.children if c.dep_ == "prep" and c.lower_ in _PARTNER_PREPOSITIONS
            for p in c.children if p.dep_ == "pobj"
        ]
        if any(t.lower_ == "their" for t in slots):
            # "their last appearance there descended into disaster when Trump and Vance upbraided Zelenskiy":
            # theirs are the people the claim names.
            keys = {p.key for p in people} | ({subject_of_sentence.key} if subject_of_sentence else set())
        elif partners or token.pos_ == "VERB":
            keys = {k for t in [*slots, *partners] for k in _people_in(t, people)}
        else:
            continue  # "the meeting", "Friday's meeting": no one named it could be matched on
        if token.pos_ == "NOUN" and not slots:
            agents = _agents_of(token, people)
            if agents is None and subject_of_sentence is not None:
                agents = {subject_of_sentence.key}
            keys |= agents or set()
        if len(keys) < 2 or any(s.key not in keys for s in speakers):
            continue
        found.append(Encounter(Span(token.text, token.idx, token.idx + len(token.text)), frozenset(keys)))
    return found


def _people_in(token: Any, people: Sequence[EntityMention]) -> set[str]:
    """People named in the token's phrase ("Trump and Vice President JD Vance", "Putin, Zelenskiy and himself")."""
    starts = {t.idx for t in token.subtree}
    return {p.key for p in people if any(p.span.start <= i < p.span.end for i in starts)}


def _agents_of(token: Any, people: Sequence[EntityMention]) -> set[str] | None:
    """The people named as subject of the verb an encounter noun hangs on ("Zelensky attended a meeting with
    Trump", "Zelensky urged ... following a heated exchange with Trump"); empty when that subject names no one,
    None when the claim has no such verb (a clause cut from its sentence)."""
    current = token
    for _ in range(4):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX") and current.lower_ not in _PREPOSITION_LIKE:
            subject = next((c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            # The nearest verb only: in "Starmer described watching the spat", Starmer is not in the spat.
            return _people_in(subject, people) if subject is not None else set()
    return None
