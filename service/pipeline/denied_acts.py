"""An act one telling of a story denies and the other affirms in another verb: "would limit uptake" / "would not
restrict uptake", "had suspended operations" / "had not halted work"."""

from __future__ import annotations

import re

from service.pipeline.article_facts import words_after
from service.pipeline.done_or_planned import SAYING_LEMMAS
from service.pipeline.rewording import complements
from service.pipeline.types import Divergence, Facts, Predicate

_AUXILIARIES = frozenset({"would", "will", "had", "has", "have", "is", "was", "are", "were", "could", "can",
                          "should", "shall"})
_NOT = frozenset({"not", "n't", "never"})
# Reported speech shifts the tense ("will not go ahead" / "said it would proceed"): the past of each auxiliary.
_BACKSHIFTED = {"would": "will", "could": "can", "was": "is", "were": "are", "had": "has"}
_REPORTED_SPEECH = re.compile(r"\b(?:said|told|announced|added|stated|confirmed|insisted|explained|wrote|warned|"
                              r"promised|pledged|according\s+to)\b", re.IGNORECASE)
_SAYING = SAYING_LEMMAS | {"accord", "report", "claim"}  # "according to", "reported", "claimed"
_DENYING = re.compile(r"\b(?:not|never|no|none|nothing|without|fail(?:s|ed)?|refuse[sd]?|decline[sd]?|"
                      r"den(?:y|ies|ied)|reject(?:s|ed)?)\b|n't\b", re.IGNORECASE)


def denied_in_other_words(fa: Facts, fb: Facts, texts: tuple[str, str]) -> list[Divergence]:
    """In one story told twice (an edited copy, a rewrite), the one act a claim denies, under the auxiliary
    with which the other claim affirms another act in the same frame ("is ready to sign" / "is not prepared to
    sign"), each followed by a word the other's is ("an independent audit"). Only where the other claim denies
    nothing at all, and not two verbs of which denying one affirms the other ("would not withdraw" / "would
    keep")."""
    denied_a = [p for p in fa.predicates if p.negated]
    denied_b = [p for p in fb.predicates if p.negated]
    if bool(denied_a) == bool(denied_b) or len(denied_a + denied_b) != 1:
        return []
    denied, affirmed, other_text = (
        (denied_b[0], fa.predicates, texts[0]) if denied_b else (denied_a[0], fb.predicates, texts[1]))
    denying_text = texts[1] if denied_b else texts[0]
    also_affirmed = [p for p in (fb.predicates if denied_b else fa.predicates) if not p.negated]
    auxiliary = _denied_under(denied)
    if auxiliary is None or _DENYING.search(other_text) or denied.lemma in {p.lemma for p in affirmed}:
        return []
    for act in affirmed:
        if act.lemma in _SAYING or act.status != denied.status or complements(act.lemma, denied.lemma):
            continue
        if _refrains(act, other_text) and denied.lemma not in _REFRAINING:
            continue  # "would not attempt another flight" / "will hold off on further flights", though "had
            # suspended operations" / "had not halted work" conflict
        if not _one_frame(_affirmed_under(act), other_text, auxiliary, denying_text):
            continue
        if any(_affirmed_under(p) == _affirmed_under(act) and p.lemma not in _SAYING
               and words_after(denying_text, p.evidence.end) & words_after(other_text, act.evidence.end)
               for p in also_affirmed):
            continue  # "has withdrawn from next week's Open" / "has never won ..., has pulled out of next week's
            # edition": the denying claim has its own act in the same frame and words, the other's in other words
        # said of the same thing: "would require an independent audit" / "would not demand an independent audit"
        if not words_after(other_text, act.evidence.end) & words_after(denying_text, denied.evidence.end):
            continue
        a, b = (act.evidence.text, denied.evidence.text) if denied_b else (denied.evidence.text, act.evidence.text)
        return [Divergence("negation", a, b, f"One source denies what the other affirms: {a!r} against {b!r}.")]
    return []


def _refrains(act: Predicate, text: str) -> bool:
    """An act that is itself holding back from another: "will hold off", "would wait", "will postpone"."""
    particle = re.match(r"\s*(\w+)", text[act.evidence.end :])
    return act.lemma in _REFRAINING or (act.lemma == "hold" and particle is not None and particle.group(1) == "off")


_REFRAINING = frozenset({"refrain", "stop", "halt", "suspend", "pause", "postpone", "delay", "defer", "avoid",
                         "abstain", "forgo", "forego", "cease", "wait", "shelve", "freeze"})


def _denied_under(predicate: Predicate) -> str | None:
    """"would not restrict" -> "would", "won't demand" -> "will"; None when not so framed, denied with "do"
    ("did not stop" may deny what any verb affirms: "kept flying", "frees the city from paying") or in progress
    ("is not smiling")."""
    words = re.findall(r"n't|[a-z]+", predicate.evidence.text.lower().replace("n't", " n't"))
    auxiliary = _CONTRACTED.get(words[0], words[0]) if words else ""
    if len(words) >= 3 and auxiliary in _AUXILIARIES and words[1] in _NOT and not words[-1].endswith("ing"):
        return auxiliary
    return None


_CONTRACTED = {"wo": "will", "ca": "can", "sha": "shall"}  # "won't", "can't", "shan't"


def _affirmed_under(predicate: Predicate) -> str | None:
    """"would limit" -> "would"; None for anything else, and for an act in progress ("is standing" / "is not
    smiling" describe two acts of one scene, not one act affirmed and denied)."""
    words = re.findall(r"[a-z]+", predicate.evidence.text.lower())
    return words[0] if len(words) == 2 and words[0] in _AUXILIARIES and not words[1].endswith("ing") else None


def _one_frame(affirmed: str | None, affirming_text: str, denied: str, denying_text: str) -> bool:
    """The same auxiliary, or its past in reported speech: "the group would proceed, he told staff" / "will not
    go ahead, he said" (not a habit, "would swamp the road every winter" / "will not flood the road")."""
    if affirmed is None or affirmed == denied:
        return affirmed is not None
    if _BACKSHIFTED.get(affirmed, affirmed) != _BACKSHIFTED.get(denied, denied):
        return False
    shifted_text = affirming_text if affirmed in _BACKSHIFTED else denying_text
    return _REPORTED_SPEECH.search(shifted_text) is not None
