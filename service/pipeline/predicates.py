"""Predicates of a claim: its content verbs and adjectives, and the gatherings and acts it names as nouns, each
with whether the claim denies it and how it frames it (planned, happened, alleged, ongoing)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from service.pipeline.types import Predicate, Span

_PLAN_HEADS = {"slate", "schedule", "plan", "expect", "set", "due", "intend", "aim", "prepare", "propose", "hope",
               "decide", "seek", "want", "wish", "try", "attempt", "vow", "pledge", "promise", "threaten", "agree",
               # nouns and adjectives that look ahead: "readiness to sign", "ready to sign", "a bid to end"
               "ready", "readiness", "willing", "willingness", "intention", "bid", "desire", "effort", "offer",
               "prepared", "eager", "keen",
               # forecasts: "is projected to win", "is tipped to take", "is likely to win"
               "project", "forecast", "predict", "tip", "likely"}
# Verbs that propose what their gerund or infinitive names: "suggested easing the rules" (not "suggested that").
_PROPOSING_HEADS = {"suggest", "urge", "recommend", "advocate", "favour", "favor", "ask", "request", "petition"}
# Verbs whose complement happened when they did: "has managed to convince" is "has convinced".
_ACHIEVING_HEADS = {"manage", "succeed"}
# Acts a vote does: "voted to reject the offer" rejected it.
_DONE_BY_VOTING = frozenset({"accept", "reject", "approve", "adopt", "ratify", "endorse", "back", "oppose",
                             "support", "elect", "confirm", "pass"})
# the lemmatizer varies ("hoped" -> "hop")
_PLAN_FORMS = {"slated", "scheduled", "planned", "expected", "set", "due", "poised", "going", "about", "hoped",
               "hoping", "hopes", "projected", "forecast", "tipped", "likely"}
ALLEGE_HEADS = {"allege", "accuse", "claim", "suspect", "rumor", "rumour", "argue", "contend"}
_FRAMING_HEADS = _PLAN_HEADS | ALLEGE_HEADS | _PROPOSING_HEADS
ALLEGED_MODIFIERS = {"allegedly", "reportedly", "purportedly", "supposedly", "apparently"}
# Verbs that deny what they govern: "refused to do more", "failed to express gratitude", "denied that it is ready".
_NEGATING_HEADS = {"refuse", "fail", "decline", "deny", "dispute", "neglect", "unwilling", "unable"}


@cache
def verb_lemmas(nlp: Any) -> frozenset[str]:
    """Every verb the spaCy model's lemmatizer knows: what a noun like "appearance" may be the act of."""
    return frozenset(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"])


def find_predicates(doc: Any, tokens: Sequence[Any], verbs: frozenset[str]) -> list[Predicate]:
    """`verbs`: the verbs an act named by a noun may be ("made an appearance" is "appear")."""
    found: list[Predicate] = []
    for token in tokens:
        # Not "a fallen tree"; but ", halting container traffic" is a clause the parser took for a modifier.
        is_verb = token.pos_ == "VERB" and (token.dep_ not in ("amod", "compound") or _gerund_read_as_modifier(token))
        is_state = (token.pos_ == "ADJ" and token.dep_ in ("acomp", "oprd", "ROOT")) or _named_by_copula(token) or (
            _small_clause(token))
        if not (is_verb or is_state) or token.is_punct:  # the parser tags the "-" of "re-evaluate" a verb at times
            continue
        if _subject_contrasted(token):
            continue  # "The government, not the airline, will pay": done by one and denied of the other at once
        span = Span(token.text, token.idx, token.idx + len(token.text))
        status = _status(token)
        bounded = _time_bounded(token)
        purpose = token.dep_ == "advcl" and token.lemma_.lower() not in _FOUND_OUT and any(
            c.dep_ == "aux" and c.tag_ == "TO" and not (c.i > 0 and c.nbor(-1).lower_ == "only")
            for c in token.children)
        agent = next((_phrase(o) for a in token.children if a.dep_ == "agent"
                      for o in a.children if o.dep_ == "pobj"), "")  # "was approved by the council"
        found.append(Predicate(span, _lemma(token), _negated(token), status, _evidence(doc, token, status), bounded,
                               _subject_of(token), purpose, agent))
    return found + _events(doc, tokens) + _acts(doc, tokens, verbs)


_ACT_PREFIXES = {"re", "pre", "co"}
_TIME_BOUNDS = {"until", "till", "before"}


def _time_bounded(token: Any) -> bool:
    """Said with a time bound, on the verb or on the act it keeps someone from: "will not open until mid-2027",
    "barred him from coaching until November 8"."""
    kept_from = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "from"
                 for g in c.children if g.dep_ == "pcomp"]
    if any((c.dep_ == "prep" and c.lower_ in _TIME_BOUNDS) or _ahead_of(c) for t in [token, *kept_from]
           for c in t.children):
        return True
    # A denial for a span of time: "failed to report the fall for nearly two days" reported it after them.
    return _negated(token) and any(c.dep_ == "prep" and c.lower_ == "for" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _SPANS_OF_TIME and not any(g.dep_ in ("prep", "npadvmod")
                                                                              for g in o.children)
        for o in c.children) for c in token.children)  # not "for years of support", "for 12 hours a day"


_SPANS_OF_TIME = frozenset({"minute", "hour", "day", "week", "month", "year", "decade"})


def _ahead_of(token: Any) -> bool:
    """"ahead of next month's championships", which bounds the act as "before" does."""
    return token.lower_ == "ahead" and any(c.lower_ == "of" for c in token.children)


def _complement(token: Any) -> bool:
    """An adjective or noun its verb carries: "is not ready", "pleaded guilty", "were not the fault of"."""
    return token.dep_ in ("acomp", "oprd") or _named_by_copula(token)


def _small_clause(token: Any) -> bool:
    """An adjective said of its verb's object with no verb of its own: "found former coach Darren Ellery guilty",
    "declared the bridge unsafe"."""
    return token.pos_ == "ADJ" and token.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in token.children) and not (
        any(c.dep_ in ("aux", "auxpass", "cop") for c in token.children))


def _named_by_copula(token: Any) -> bool:
    """A common noun that says what the subject is: "the delays were (not) the fault of paramedics"."""
    return token.pos_ == "NOUN" and token.dep_ == "attr" and token.head.lemma_.lower() == "be" and not any(
        c.dep_ == "expl" for c in token.head.children)  # not "there were no plans": what there is, said of nothing


def _gerund_read_as_modifier(token: Any) -> bool:
    """A gerund the parser took for a modifier: ", halting container traffic", "in favour of approving the drug"."""
    return token.dep_ == "amod" and token.tag_ == "VBG" and token.i > 0 and (
        token.nbor(-1).text == "," or token.nbor(-1).lower_ in ("of", "for", "against", "without", "by"))


def _putting_pen_to_paper(token: Any) -> bool:
    return token.lemma_.lower() == "put" and token.doc[token.i + 1 : token.i + 4].text.lower() == "pen to paper"


def _reaching_agreement(token: Any) -> bool:
    """"reached agreement", "reached an agreement" (not "reached an agreement's deadline")."""
    following = [t.lower_ for t in token.doc[token.i + 1 : token.i + 3]]
    return token.lemma_.lower() == "reach" and (following[:1] == ["agreement"] or (
        following[:1] in (["an"], ["a"]) and following[1:] == ["agreement"]
        and token.i + 3 < len(token.doc) and token.doc[token.i + 3].lower_ != "'s"))


def _lemma(token: Any) -> str:
    """The verb's lemma with a hyphenated prefix the tokenizer split off: "re-evaluate" is another act than
    "evaluate" ("failed to evaluate the bids" and "recommended that it re-evaluate them" agree)."""
    lemma = same_act(token.lemma_.lower())
    if lemma == "sign" and any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children):
        return "approve"  # "has signed off on the sale"
    if _putting_pen_to_paper(token):
        return "sign"  # "has put pen to paper on a three-year contract"
    if _reaching_agreement(token):
        return "agree"  # "reached agreement on new rules" / "failed to agree on new rules"
    particle: str = next((c.lower_ for c in token.children if c.dep_ in ("prt", "prep", "advmod")
                          and c.lower_ in ("down", "off") and c.i == token.i + 1), "")
    if (lemma, particle) in _PHRASAL_ACTS:
        return _PHRASAL_ACTS[(lemma, particle)]  # "would step down" resigns
    if token.i >= 2 and token.nbor(-1).text == "-" and token.nbor(-1).idx == token.idx - 1:
        prefix = token.nbor(-2)
        if prefix.lower_ in _ACT_PREFIXES and prefix.idx + len(prefix.text) == token.idx - 1:
            return f"{prefix.lower_}-{lemma}"
    return lemma


_PHRASAL_ACTS = {("step", "down"): "resign", ("call", "off"): "cancel"}
_NEAR_TO = frozenset({"close", "near", "verge", "brink"})
_AMOUNT_VERBS = frozenset({"double", "triple", "halve", "quadruple", "rise", "fall", "grow", "drop", "climb",
                           "increase", "decrease", "decline", "jump", "total", "exceed"})
# Verbs that name one act, compared as one: "has been released" / "is expected to be freed".
_SAME_ACT = {"free": "release", "sack": "fire", "quit": "resign", "purchase": "buy", "acquire": "buy", "slash": "cut",
             "reduce": "cut", "hike": "raise", "function": "work", "prolong": "extend", "detain": "arrest",
             "postpone": "delay", "scrap": "cancel", "commence": "begin", "start": "begin", "halt": "stop",
             "shut": "close", "obtain": "receive", "contest": "challenge", "deploy": "send", "dispatch": "send",
             "phone": "call", "telephone": "call", "ink": "sign", "axe": "cut", "probe": "investigate",
             "request": "ask", "recruit": "hire", "construct": "build", "trim": "cut", "back": "support",
             "permit": "allow", "stag": "stage"}  # the lemmatizer reads "staged" as "stag"


# "returned home to discover their houses looted", "led 2-0 only to lose": what followed, not a purpose.
_FOUND_OUT = frozenset({"find", "discover", "learn", "see", "realize", "realise", "hear", "watch"})


def a_purpose(predicate: Predicate) -> bool:
    """An act named as what another is for ("doctored statements to support the numbers"): no fact of its own."""
    return predicate.purpose and predicate.status == "ongoing"


def same_act(lemma: str) -> str:
    """The lemma predicates store for a verb: one of several verbs of one act stands for them all."""
    return _SAME_ACT.get(lemma, lemma)


# Verbs that only carry the act their object names: "made a joint appearance", "paid a visit", "gave a speech".
_LIGHT_VERBS = {"make", "pay", "give", "deliver", "issue", "stage", "conduct", "hold", "launch", "file", "lodge",
                "mount", "complete", "finalise", "finalize"}  # "completed the sale" is "sell", done
_LAUNCHED = frozenset({"challenge", "appeal", "bid"})
_PAID = frozenset({"visit", "tribute", "homage"})
# Verbs that work towards the act their object names: "is negotiating a settlement" has not settled yet.
_APPROACHING = {"negotiate"}
_DELIBERATING = {"consider", "weigh", "mull", "contemplate", "explore"}
# Inquiries into whether something happened: what they look into is in question until they find it.
_INQUIRING = frozenset({"investigate", "investigation", "inquiry", "probe", "examine", "study", "determine", "test",
                        "assess", "review", "establish", "inquire", "analyse", "analyze", "evaluate"})
# What one asks for ("the company's request to block the strike"), and the verbs that win it.
_REQUEST_NOUNS = frozenset({"request", "bid", "call", "demand", "application", "attempt", "motion", "plea", "offer",
                            "proposal", "push", "effort", "injunction"})
_OBTAINING = frozenset({"win", "obtain", "secure", "get", "gain"})
_NOMINAL_SUFFIXES = ("ance", "ence", "ment", "al", "ure", "ing")


def _acts(doc: Any, tokens: Sequence[Any], verbs: frozenset[str]) -> list[Predicate]:
    """An act named by the object of a light verb, as the verb it is the act of, framed by the light verb: "made
    a joint appearance" is "appear", happened, as "were due to appear" is "appear", planned. An act a verb of
    deliberation governs is only considered: "was considering a red warning" against "had issued a red warning"."""
    found: list[Predicate] = []
    for token in tokens:
        governor = token.head
        # "was considering a warning" (its own), not "weighs a proposal" (someone else's, made already)
        deliberated = governor.lemma_.lower() in _DELIBERATING and token.lemma_.lower() not in _REQUEST_NOUNS | {
            "plan"}
        approached = governor.lemma_.lower() in _APPROACHING and _status(governor) == "ongoing"
        completer = _completer(governor, token) if token.dep_ in ("nsubj", "nsubjpass") else None
        completed = completer is not None
        governor = completer or governor
        if not (token.pos_ == "NOUN" and (completed or token.dep_ == "dobj" and (
                governor.lemma_.lower() in _LIGHT_VERBS or deliberated or approached))):
            continue
        if not any(c.dep_ in ("det", "poss") for c in token.children):  # "took place", "made sure": idioms
            continue
        act = _act_noun(token)
        verb = _verb_of(act.lemma_.lower(), verbs)
        if verb is None:
            continue
        # "launched a legal challenge" made one; "launched an investigation" or "a restructuring" began one, under
        # way, against one only considered
        begun = governor.lemma_.lower() == "launch" and verb not in _LAUNCHED
        if governor.lemma_.lower() == "pay" and verb not in _PAID:
            continue  # "paid a visit" visited; "will not pay the ransom demand" says nothing of demanding
        if approached and _negated(governor):
            continue  # "denied it was negotiating the sale" says nothing of the sale itself
        status = "considered" if deliberated else "near" if approached else _status(governor)
        if begun and status == "happened":
            status = "ongoing"
        elif begun:
            continue  # "will launch an investigation": the launch's own status says it
        evidence = _evidence(doc, governor, status)
        start, end = min(evidence.start, token.idx), max(evidence.end, act.idx + len(act.text))
        if completed:  # "took effect", not "took"
            end = max([end, *(c.idx + len(c.text) for c in governor.children if c.dep_ == "dobj")])
            if "," in doc.text[token.idx : evidence.start]:
                start = evidence.start  # "The sale, which was announced in March ..., is expected to close"
        span = Span(token.text, token.idx, token.idx + len(token.text))
        denied = _negated(governor) or any(_no(c) for c in token.children)  # "made no commitment"
        bounded = completed and _time_bounded(governor)  # "the ban will not take effect until September"
        found.append(Predicate(span, verb, denied, status, Span(doc.text[start:end], start, end), bounded))
    return found + _consents(doc, tokens) + _deals(doc, tokens)


# Deals named by their noun, as the act they are: "in talks about a possible merger" weighs merging.
_DEAL_ACTS = {"merger": "merge", "takeover": "buy", "acquisition": "buy", "purchase": "buy", "sale": "sell"}
_TALKS = frozenset({"talk", "negotiation"})


def _deals(doc: Any, tokens: Sequence[Any]) -> list[Predicate]:
    """A deal only talked of ("are in talks about a possible merger", "are in merger talks"), considered, against
    one agreed ("have agreed to a merger"), planned by a decision."""
    found: list[Predicate] = []
    for token in tokens:
        verb = _DEAL_ACTS.get(token.lemma_.lower())
        if verb is None or token.pos_ != "NOUN":
            continue
        head = token.head
        talks = head if token.dep_ == "compound" else head.head if (
            token.dep_ == "pobj" and head.lower_ in ("about", "on", "over")) else None
        end = token.idx + len(token.text)
        if talks is not None and _in_talks_now(talks):
            status, start = "considered", talks.head.idx
            end = max(end, talks.idx + len(talks.text))  # "in merger talks"
        elif token.dep_ == "pobj" and head.lower_ == "to" and _agreed(head.head):
            status, start = "planned", _evidence(doc, head.head, "planned").start
        else:
            continue
        evidence = Span(doc.text[start:end], start, end)
        found.append(Predicate(Span(token.text, token.idx, end), verb, False, status, evidence))
    return found


def _in_talks_now(talks: Any) -> bool:
    """"are in (merger) talks": not "denied talks", "after talks", "had been in merger talks since March"."""
    if talks.lemma_.lower() not in _TALKS or talks.dep_ != "pobj" or talks.head.lower_ != "in":
        return False
    being = talks.head.head
    return being.lemma_.lower() == "be" and being.tag_ in ("VBP", "VBZ") and not any(
        c.lower_ == "since" for c in being.subtree)


def _agreed(verb: Any) -> bool:
    """"have agreed (to a merger)": not "could agree", "are expected to agree" or "did not agree"."""
    return verb.lemma_.lower() == "agree" and not _negated(verb) and _status(verb) == "happened"


def passive(predicate: Predicate) -> bool:
    """"will be approved by shareholders": a form of "be" right before the verb (an adverb between)."""
    at = predicate.evidence.text.find(predicate.span.text)
    before = predicate.evidence.text[: max(at, 0)].split()
    before = [w for w in before if not w.lower().endswith("ly")]
    return bool(before) and before[-1].lower() in ("be", "been", "being", "is", "are", "was", "were")


def _act_noun(noun: Any) -> Any:
    """The noun that names the act: what a notice is "of" ("filed a notice of appeal", "a notice of termination"),
    else the noun itself."""
    if noun.lemma_.lower() != "notice":
        return noun
    for preposition in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        named = next((o for o in preposition.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
        if named is not None:
            return named
    return noun


# Verbs an act is the subject of when it is done: "the acquisition was completed", "the ban took effect", which
# tell of acquiring and banning in their own status; a deal "closes" when it is done ("the sale is expected to
# close"), where an offer or a consultation that closes only ends.
_COMPLETING = frozenset({"complete", "conclude", "finalise", "finalize"})
_DEALS = frozenset({"sale", "acquisition", "purchase", "merger", "takeover", "deal", "transaction"})


def _completer(verb: Any, subject: Any) -> Any:
    """The verb that completes the act `subject` names: `verb` itself, or the verb it governs as its complement
    ("is expected to close", "failed to close"); None when there is none."""
    for candidate in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
        lemma = candidate.lemma_.lower()
        if lemma == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() == "effect" for c in candidate.children):
            return candidate
        if candidate.pos_ == "VERB" and (lemma in _COMPLETING or (
                lemma == "close" and subject.lemma_.lower() in _DEALS)):
            return candidate
    return None


# A consent one still waits for ("still needs approval from regulators") against one given ("has received
# approval", "have approved"): the act of approving, not yet done in the first.
CONSENTS = {"approval": "approve", "authorisation": "authorise", "authorization": "authorize",
             "ratification": "ratify", "endorsement": "endorse", "consent": "approve", "clearance": "approve",
             "permission": "permit", "confirmation": "confirm"}
_AWAITING = frozenset({"need", "require", "await"})
_GIVEN = _OBTAINING | {"receive", "grant", "give"}


def _consents(doc: Any, tokens: Sequence[Any]) -> list[Predicate]:
    found: list[Predicate] = []
    for token in tokens:
        verb = CONSENTS.get(token.lemma_.lower())
        governor = token.head
        if verb is None or token.pos_ != "NOUN" or _negated(governor):
            continue
        pending = token.dep_ == "pobj" and (governor.lower_ in ("pending", "awaiting") or (
            governor.lower_ == "to" and governor.head.lower_ == "subject"))  # "subject to approval by"
        if pending or (token.dep_ in ("dobj", "nsubjpass") and governor.lemma_.lower() in _AWAITING):
            status = "planned"
        elif token.dep_ in ("dobj", "nsubjpass") and governor.lemma_.lower() in _GIVEN:
            status = _status(governor)
        else:
            continue
        evidence = _evidence(doc, governor, status)
        start, end = min(evidence.start, token.idx), max(evidence.end, token.idx + len(token.text))
        found.append(Predicate(Span(token.text, token.idx, token.idx + len(token.text)), verb, False, status,
                               Span(doc.text[start:end], start, end), agent=_consenting(token, governor)))
    return found


def _consenting(noun: Any, governor: Any) -> str:
    """Who gives the consent: "approval from the Federal Reserve", "needs approval by regulators"."""
    for holder in (noun, governor):
        for preposition in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")):
            party = next((o for o in preposition.children if o.dep_ == "pobj"), None)
            if party is not None:
                return _phrase(party)
    return ""


def _phrase(token: Any) -> str:
    """The token's whole phrase, lowercased: "the federal reserve" for "Reserve"."""
    return " ".join(t.lower_ for t in token.subtree)


# Acts whose noun no suffix rule undoes: "the sale of its online business" is selling it.
_NOUN_ACTS = {"sale": "sell", "acquisition": "buy", "purchase": "buy", "decision": "decide", "resignation": "resign",
              "expansion": "expand", "extension": "extend", "suspension": "suspend", "cancellation": "cancel",
              "investigation": "investigate", "election": "elect", "completion": "complete", "lawsuit": "sue",
              "suit": "sue", "countersuit": "countersue"}


def _verb_of(noun: str, verbs: frozenset[str]) -> str | None:
    """The verb a noun names the act of: "appearance" -> "appear", "arrival" -> "arrive", "visit" -> "visit",
    "warning" -> "warn" (not a gathering: "held a meeting" is an event, compared as one)."""
    if noun in GATHERINGS:
        return None
    if noun in _NOUN_ACTS:
        return _NOUN_ACTS[noun]
    candidates = [noun]
    for suffix in _NOMINAL_SUFFIXES:
        if noun.endswith(suffix) and len(noun) > len(suffix) + 2:
            stem = noun[: -len(suffix)]
            candidates += [stem, stem + "e"]
    return next((c for c in candidates if c in verbs), None)


# Gatherings one source may report as coming and another as held: compared as one predicate, "event:meeting".
EVENT = "event:meeting"
GATHERINGS = {"summit", "meeting", "talks", "talk", "discussion", "conference", "negotiation", "session"}
_AHEAD = {"ahead", "before", "prior"}
_COMING = {"upcoming", "forthcoming", "planned", "scheduled", "next", "expected"}
# Verbs that hold a gathering or take part in it ("attended a summit", "came at a summit"); "cancelled the summit"
# or "rejected talks" say nothing of its having been held.
_CONVENING = {"attend", "hold", "host", "join", "open", "chair", "convene", "come", "take", "conclude", "end",
              "begin", "start", "meet", "speak", "address", "wrap", "finish"}
_SCHEDULING = {"schedule", "set", "due", "slate", "expect", "plan"}
# ... and the verbs a gathering is the subject of when held: "the talks had wrapped up", "the summit ended".
_UNFOLDING = {"conclude", "end", "begin", "start", "open", "wrap", "finish", "close", "resume"}


def _events(doc: Any, tokens: Sequence[Any]) -> list[Predicate]:
    """A gathering (summit, talks, meeting) as coming ("prepare for further discussions", "ahead of a summit",
    "the upcoming talks") or as held ("attended a summit", "the announcement came at a summit")."""
    found: list[Predicate] = []
    for token in tokens:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in GATHERINGS:
            continue
        governor = token.head.head if token.dep_ == "pobj" else token.head
        preposition = token.head.lower_ if token.dep_ == "pobj" else ""
        coming = [c for c in token.children if c.lower_ in _COMING]
        if coming:
            status, words = "planned", [token, *coming]
        elif (preposition == "of" and governor.lower_ in _AHEAD) or (
            preposition == "for" and governor.lemma_.lower() in _PLAN_HEADS
        ) or (token.dep_ in ("nsubj", "nsubjpass") and governor.lemma_.lower() in _SCHEDULING):
            status, words = "planned", [token, governor]  # "A first meeting of creditors is scheduled for July 5"
        elif (governor.lemma_.lower() in _CONVENING and token.dep_ in ("dobj", "pobj", "nsubjpass")) or (
            governor.lemma_.lower() in _UNFOLDING and token.dep_ == "nsubj"
        ):
            status = _status(governor)
            if status not in ("planned", "happened"):
                continue
            words = [token, governor, *(c for c in governor.children if c.dep_ in ("aux", "auxpass"))]
        else:
            continue
        start = min(t.idx for t in words)
        end = max(t.idx + len(t.text) for t in words)
        span = Span(token.text, token.idx, token.idx + len(token.text))
        found.append(Predicate(span, EVENT, False, status, Span(doc.text[start:end], start, end)))
    return found


def _evidence(doc: Any, token: Any, status: str) -> Span:
    """The words that carry the predicate's polarity and status: "is not ready", "is slated to meet"."""
    tokens = [token]
    tokens += [c for c in token.children if c.dep_ in ("aux", "auxpass", "neg") or c.lower_ == "never"]
    if _putting_pen_to_paper(token):
        tokens.append(token.doc[token.i + 3])  # "has put pen to paper": the whole idiom
    if _reaching_agreement(token):
        tokens.append(next(t for t in token.doc[token.i + 1 : token.i + 3] if t.lower_ == "agreement"))
    if token.dep_ == "pcomp" and token.head.lower_ in ("without", "against"):
        tokens.append(token.head)  # "without agreeing", "(recommended) against approving"
    elif _avoided(token):
        tokens.append(token.head)  # "avoid clashing"
    elif _gerund_read_as_modifier(token) and token.nbor(-1).lower_ in ("without", "against"):
        tokens.append(token.nbor(-1))
    if token.lemma_.lower() in ADVISING:  # "recommended against", "recommended that it not be approved"
        tokens += [c for c in token.children if c.dep_ == "prep" and c.lower_ == "against"]
        tokens += [g for c in token.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "neg"]
    evidence = _evidence_noun(token)
    if evidence is not None:
        tokens += [evidence, *(c for c in evidence.children if c.dep_ == "det")]  # "no evidence that ..."
        if evidence.dep_ == "attr":  # "there was no evidence that ..."
            tokens += [evidence.head, *(c for c in evidence.head.children if c.dep_ == "expl")]
    if (denying := _denied_charge(token)) is not None:
        tokens.append(denying)  # "denies charges of embezzling", against "embezzled"
    if (refusing := _refused_request(token)) is not None:
        tokens.append(refusing)  # "refused the council's bid to stop", against "granted the council's bid to stop"
    # "found no microplastics", "injuring nobody": the denied object carries the polarity, not a finding's head
    denied_object = next((c for c in token.children if c.dep_ == "dobj" and (
        _denying_pronoun(c) or any(_denying_no(d) for d in c.children))), None)
    if denied_object is not None:
        tokens += [denied_object, *(d for d in denied_object.children if _denying_no(d))]
    framed_by_head = token.head.lemma_.lower() in _FRAMING_HEADS or token.head.lower_ in _PLAN_FORMS
    if _complement(token) or (
        token.dep_ in ("xcomp", "ccomp") and (status in ("planned", "alleged") and framed_by_head
                                               or status == "considered" and token.head.lemma_.lower() in _DELIBERATING
                                               or status == "questioned"
                                               or _found_by_head(token, status) and denied_object is None
                                               or _denied_by_head(token))
    ):
        head = token.head
        tokens += [head] + [c for c in head.children if c.dep_ in ("aux", "auxpass", "neg")]
    for subject in (c for t in list(tokens) for c in t.children if c.dep_ in ("nsubj", "nsubjpass")):
        if any(g.dep_ == "neg" or g.lower_ in ("all", "every") or _denying_no(g) for g in subject.children):
            # "not all countries will be able", against "all countries"; "no payments had been affected"
            tokens += [subject, *subject.children]
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return Span(doc.text[start:end], start, end)


# Verbs by which an inquiry states what it found: "had established that a motorbike had contributed".
_FINDING = frozenset({"establish", "find", "conclude", "determine", "confirm", "prove", "show"})


def _under_a_denied_finding(token: Any) -> bool:
    """What a denied finding or allegation governs is not asserted either: "did not find that the bank had
    facilitated money laundering", "was not accused of facilitating it"."""
    head = token.head
    if token.dep_ == "pcomp" and head.dep_ == "prep":  # "accused of facilitating"
        head = head.head
    elif token.dep_ not in ("ccomp", "xcomp"):
        return False
    return head.i < token.i and head.lemma_.lower() in _FINDING | ALLEGE_HEADS and any(
        c.dep_ == "neg" for c in head.children)


def _denied_charge(token: Any) -> Any | None:
    """The verb that denies a charge of the act: "denies charges of embezzling public funds", "rejected
    allegations of having lied" (not "did not deny accusations of ..."). None when there is none."""
    if token.dep_ != "pcomp" or token.head.lower_ != "of":
        return None
    charge = token.head.head
    if charge.lemma_.lower() not in _CHARGES or charge.dep_ != "dobj":
        return None
    verb = charge.head
    denying = verb.lemma_.lower() in ("deny", "reject", "dispute", "contest")
    return verb if denying and not any(c.dep_ == "neg" for c in verb.children) else None


_CHARGES = frozenset({"charge", "accusation", "allegation", "claim"})


def _avoided(token: Any) -> bool:
    """The act a verb of avoiding governs: "clashing" of "to avoid clashing"."""
    return token.tag_ == "VBG" and token.dep_ in ("xcomp", "dobj") and token.head.lemma_.lower() == "avoid"


def _found_by_head(token: Any, status: str) -> bool:
    return status == "happened" and token.dep_ == "ccomp" and token.head.lemma_.lower() in _FINDING


def _negated(token: Any) -> bool:
    # "is not ready", "did not plead guilty": `not` hangs on the verb
    holders = [token, token.head] if _complement(token) else [token]
    if any((c.dep_ == "neg" or c.lower_ == "never") and not (_named_by_copula(token) and c.i > token.i)
           for holder in holders for c in holder.children):
        return True  # but "are workers, not contractors" denies the contractors
    if any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for h in holders for c in h.children):
        return True  # "he no longer believed"
    if any(c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "neg" for g in c.children)
           for h in holders for c in h.children):
        return True  # "not all countries will be able to"
    if _denied_by_head(holders[-1]) or _denied_alternative(token) or _disputed_as_a_noun(token):
        return True
    if _under_a_denied_finding(token) or _denied_charge(token) is not None:
        return True
    if token.tag_ == "VBN" and {"should", "ought"} & {c.lower_ for c in token.children} and any(
        c.lower_ == "have" for c in token.children
    ) and not any(c.dep_ == "prep" and c.lower_ == "by" or c.lower_ in ("earlier", "sooner") for c in token.subtree):
        return True  # "transactions that should have been reported" were not; not "... by May", "hours earlier"
    if token.dep_ == "pcomp" and token.head.lower_ == "without":  # "ended without agreeing to extend"
        return True
    if token.dep_ == "xcomp" and token.head.lemma_.lower() == "have" and token.head.dep_ == "pcomp" and (
        token.head.head.lower_ == "without"
    ):
        return True  # "could absorb it without having to raise fares"
    evidence = _evidence_noun(token)
    if evidence is not None and any(c.dep_ == "det" and _no(c) for c in evidence.children):
        return True  # "there was no evidence that records had been stolen", "no sign the doors had been forced"
    if token.i >= 2 and token.doc[token.i - 2].lower_ == "rather" and token.doc[token.i - 1].lower_ == "than":
        return True  # "should leave immediately rather than wait"
    if _avoided(token):
        return not any(c.dep_ == "neg" or c.lower_ == "never" for c in token.head.children)  # "to avoid clashing"
    if token.dep_ == "xcomp" and token.tag_ == "VBG" and token.head.lemma_.lower() in ("stop", "cease", "quit"):
        # "have stopped delivering beans": they deliver none now; "has not stopped delivering": they still do
        return not any(c.dep_ == "neg" or c.lower_ == "never" for c in token.head.children)
    if token.dep_ == "pcomp" and _held_back_from(token.head):  # "would hold off on declaring an emergency"
        return True
    if _gerund_read_as_modifier(token) and token.nbor(-1).lower_ == "without":  # the same, misread as a modifier
        return True
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in ("have", "be") and any(
        c.lower_ == "yet" and token.head.i < c.i < token.i for c in token.head.children
    ):
        return True  # "remedies have yet to be decided", "is yet to sign"
    if any(c.dep_ == "dobj" and (_denying_pronoun(c) or any(_denying_no(d) for d in c.children))
           for c in token.children):
        return True  # "admitted no wrongdoing", "found no evidence", "injuring nobody"
    if _content_of_denied_report(holders[-1]) or _refused_request(token) is not None:
        return True
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in _ACHIEVING_HEADS and _negated(token.head):
        return True  # "had not managed to stop riders": not stopped, as "failed to stop"
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in _PERSUADING and _negated(token.head):
        return True  # "failed to persuade the judge to block the strike": not blocked
    if token.dep_ == "xcomp" and _content_of_denied_report(token.head):
        return True  # "rejected a report that it planned to hold talks": no talks held either
    if _advised_against(token):
        return True
    before = token.doc[token.i - 1] if token.i > 0 else None
    if token.tag_ == "VBN" and (
        (token.dep_ == "acl" and any(_denying_no(c) for c in token.head.children)
         and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in token.children))
        or any(c.dep_ == "nsubj" and any(_denying_no(d) for d in c.children) for c in token.children)
        or (before is not None and before.pos_ == "NOUN" and any(_denying_no(c) for c in before.children))
    ):
        return True  # "no injuries reported", "with no injuries reported"
    if token.head.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.head.children):
        # "ruled out resigning"; "has not ruled out resigning" leaves it open; "ruled out because the permits
        # were tied to it", "before the monsoon ends" give its reason or time
        reason = any(c.dep_ == "mark" and c.lower_ in ("because", "since", "as", "after", "before", "until", "when",
                                                      "while", "if", "unless")
                     for c in token.children)
        return token.dep_ in ("advcl", "xcomp", "pcomp", "ccomp") and not reason and not any(
            c.dep_ == "neg" or c.lower_ == "never" for c in token.head.children)
    if token.dep_ in ("relcl", "acl") and any(c.dep_ == "nsubj" and c.lower_ in _ANY_ONE for c in token.children) and (
        token.head.dep_ == "attr" and any(c.dep_ == "neg" for c in token.head.head.children)
    ):
        return True  # "this was not a decision anybody on the board wanted to make": nobody wanted it
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in _CARRYING_ON and any(
        c.dep_ == "neg" for c in token.head.children
    ):
        return True  # "are not going to reopen", "cannot keep asking taxpayers"
    if token.dep_ in ("xcomp", "ccomp") and token.head.pos_ in ("AUX", "VERB", "ADJ"):
        # but "said no rules had been broken", "contracts 'that nobody is enforcing'"
        return token.dep_ == "ccomp" and any(
            c.dep_ in ("nsubj", "nsubjpass") and _no_one(c)
            or c.dep_ == "nsubjpass" and any(_denying_no(d) for d in c.children) for c in token.children)
    # "nobody came", "no one came", "no limit has been set" (not "no fewer than 14 were killed")
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and (_no_one(c) or (c.dep_ == "nsubjpass" and any(_denying_no(d) for d in c.children)))
        for c in token.children
    )


_ANY_ONE = frozenset({"anybody", "anyone"})


def _subject_contrasted(token: Any) -> bool:
    """The verb's subject sets one party against another: "A software update, not a cyberattack, caused it"."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(
        g.dep_ == "neg" and g.i > 0 and g.doc[g.i - 1].text == "," for g in c.children) for c in token.children)


def _no_one(token: Any) -> bool:
    """"nobody", "none", "no one"."""
    return token.lower_ in ("nobody", "none") or (
        token.lower_ == "one" and any(c.lower_ == "no" for c in token.children))


def _accused_of(preposition: Any) -> bool:
    """The "of" of "accused of", "suspected of", also where the parser hangs it on the accuser ("accused by
    Spanish officials of removing")."""
    holder = preposition.head
    for _ in range(3):
        if holder.lemma_.lower() in ("accuse", "suspect"):
            return True
        if holder.dep_ not in ("pobj", "agent") or holder.head is holder:
            return False
        holder = holder.head
    return False


_CARRYING_ON = frozenset({"go", "keep", "continue"})


def _held_back_from(preposition: Any) -> bool:
    """"hold off on", "refrain from", "stop short of": the act after it is not done."""
    verb = preposition.head
    lemma = verb.lemma_.lower()
    particle = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "acomp")}
    return (preposition.lower_ == "on" and lemma == "hold" and "off" in particle) or (
        preposition.lower_ == "from" and lemma in ("refrain", "abstain", "desist")) or (
        preposition.lower_ == "of" and lemma == "stop" and "short" in particle)
# After "no", words that bound a number rather than deny: "no fewer than 14" says "at least 14".
NUMBER_BOUNDS = frozenset({"fewer", "more", "less"})


def _denying_pronoun(token: Any) -> bool:
    """"injuring nobody", "changed nothing"; not "demanded nothing less than an apology", nor "found almost
    nothing" or "next to nothing" (a little)."""
    following = token.nbor().lower_ if token.i + 1 < len(token.doc) else ""
    before = token.doc[max(0, token.i - 2) : token.i].text.lower()
    if before.endswith(("almost", "nearly", "virtually", "practically", "next to")):
        return False
    return token.lower_ in ("nobody", "nothing") and following not in ("less", "more", "short", "but", "else")


def _denying_no(token: Any) -> bool:
    """A "no" that denies its noun ("no limit"), not one that bounds a number ("no fewer than 14")."""
    following = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    return token.dep_ == "det" and _no(token) and following not in (*NUMBER_BOUNDS, "longer")


# "No" for "number" before a figure, in text: "the No 9 shirt", "No. 10" (a lowercase "no 999 calls" denies).
NUMBERED_NO = re.compile(r"\bNo\.?\s*\d")


def _no(token: Any) -> bool:
    """The word "no", not "No" for "number" before a figure ("the No 9 shirt"; "received no 999 calls" denies)."""
    return token.lower_ == "no" and not (
        token.text in ("No", "No.") and token.i + 1 < len(token.doc) and token.nbor(1).text[:1].isdigit())


_REPORT_NOUNS = {"report", "claim", "allegation", "suggestion", "rumor", "rumour", "accusation", "assertion", "idea",
                 "notion", "speculation", "charge"}
_SAYING = frozenset({"say", "claim", "suggest", "allege", "state"})
# "denied the allegations saying he had acted in self-defence" is the denier's word, punctuation or not.
_MEDIA_REPORTS = frozenset({"report", "article", "story"})


# Not "figures" or "data", which "suggest" as a routine hedge: "official figures suggested the economy grew 0.3%".
_FINDINGS = frozenset({"finding", "evidence", "result", "test", "analysis", "study", "report", "inquiry",
                       "investigation", "review", "footage", "research"})


def _a_finding_suggests(head: Any) -> bool:
    """"Preliminary findings suggested ...", "early evidence indicates ...": what a finding points to, not yet
    established (not "the minister suggested", a proposal)."""
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return head.lemma_.lower() in ("suggest", "indicate", "point") and subject is not None and (
        subject.lemma_.lower() in _FINDINGS)


def _by_a_time_to_come(token: Any) -> bool:
    """The verb is dated by a time to come: "could reopen by Saturday" (not "could only leave once the fire was
    out", "tenants could stay if they paid", which tell what was possible then)."""
    return any(child.dep_ == "prep" and child.lower_ in ("by", "until")
               and _BY_A_TIME_TO_COME.match(token.doc[child.i : child.i + 4].text) for child in token.children) or (
        _AS_EARLY_AS.match(token.doc.text, token.idx + len(token.text)) is not None)  # "as early as Monday"


_AS_EARLY_AS = re.compile(r"\s+as\s+(?:early|soon)\s+as\s+(?:next\b|this\b|[A-Z][a-z]+day\b|the\s+end\b)")


_BY_A_TIME_TO_COME = re.compile(r"\b(?:by|until)\s+(?:the\s+end\s+of\s+|then|next|20\d\d|[A-Z][a-z]+day)|\bif\b",
                                re.IGNORECASE)
_EVIDENCE_NOUNS = frozenset({"evidence", "sign", "indication", "proof", "trace", "suggestion", "hint"})


def _evidence_noun(token: Any) -> Any | None:
    """The noun of evidence the clause says the content of: "evidence that records had been stolen", also past
    an adverb the parser hangs the clause on ("no evidence so far that ...")."""
    if token.dep_ not in ("acl", "relcl", "ccomp"):
        return None
    head = token.head
    if head.pos_ == "ADV":
        head = head.head
    if head.pos_ in ("VERB", "AUX"):  # "there was no evidence so far that ...", "so far" hung on "was"
        head = next((c for c in head.children if c.dep_ in ("attr", "nsubj") and c.i < token.i), head)
    return head if head.lemma_.lower() in _EVIDENCE_NOUNS and head.pos_ == "NOUN" else None


def _content_of_denied_report(token: Any) -> bool:
    """The clause says what a denied report says: "denied a report that he had pulled out", also when the
    parser hangs the clause on a noun inside the report's phrase ("a report by an Austrian newspaper that")."""
    verb = _report_judged(token)
    return verb is not None and not any(c.dep_ == "neg" for c in verb.children)


def _content_of_undenied_report(token: Any) -> bool:
    """The clause says what a report says that is not denied ("did not deny reports that its line had sparked
    the blaze"): neither affirmed nor denied, only reported."""
    verb = _report_judged(token)
    return verb is not None and any(c.dep_ == "neg" for c in verb.children)


def _undenied(token: Any) -> bool:
    """The clause a denial that is itself denied governs: "did not deny that it had agreed"."""
    head = token.head
    return token.dep_ == "ccomp" and head.i < token.i and head.lemma_.lower() == "deny" and any(
        c.dep_ == "neg" for c in head.children)


def _report_judged(token: Any) -> Any | None:
    """The verb of denying or rejecting whose report ("a report", "claims", "suggestions") the clause says."""
    saying = token.head
    if token.dep_ == "ccomp" and saying.lemma_.lower() in _SAYING and saying.dep_ in ("advcl", "acl") and (
        saying.i > 0 and saying.nbor(-1).text != ","
    ):
        # "denied a report last week saying it had held talks" (the parser may hang "saying" on the verb); not
        # "denied the report, saying it had never held talks" or "denied the allegations saying he had acted in
        # self-defence", the denier's own word.
        judged = saying.head if saying.dep_ == "advcl" else saying.head.head
        said_of = any(c.dep_ == "dobj" and _a_media_report(c) for c in judged.children)
        return judged if said_of and judged.lemma_.lower() in _NEGATING_HEADS | {"reject", "dismiss"} else None
    if token.dep_ not in ("acl", "ccomp", "relcl") or not any(c.lower_ == "that" for c in token.children):
        return None
    if token.dep_ == "relcl" and not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that"
                                         for c in token.children):
        return None  # "a report that appeared in the Kurier": what the report did, not what it says
    noun = token.head
    for _ in range(4):
        if noun.lemma_.lower() in _REPORT_NOUNS and noun.dep_ in ("dobj", "nsubjpass"):  # "a report ... was denied"
            verb = noun.head
            return verb if verb.lemma_.lower() in _NEGATING_HEADS | {"reject", "dismiss"} else None
        if noun.head is noun or noun.dep_ not in ("pobj", "prep", "agent", "acl", "dobj"):
            return None
        noun = noun.head
    return None


def _a_media_report(noun: Any) -> bool:
    """"a report", "reports" (what others published); not "the report", which the denier may answer in its own
    words."""
    return noun.lemma_.lower() in _MEDIA_REPORTS and not any(c.lower_ == "the" for c in noun.children)


def said_when(first: Predicate, second: Predicate) -> bool:
    """One denies the act only until a time the other does not bound it by: "will not open until mid-2027" and
    "will open in mid-2027" agree ("would not return before April" still denies "would return before April")."""
    denied, affirmed = (first, second) if first.negated else (second, first)
    return denied.negated and not affirmed.negated and denied.bounded and not affirmed.bounded


_PERSUADING = frozenset({"persuade", "convince"})
_WANTING = frozenset({"want", "wish"})
ADVISING = frozenset({"recommend", "advise", "counsel", "urge"})


def _advised_against(token: Any) -> bool:
    """What advice is against is not to be done: "recommended against approving the drug" denies "approving"
    (the advice itself is judged by `denies`)."""
    against = token.head if token.dep_ == "pcomp" else token.nbor(-1) if _gerund_read_as_modifier(token) else None
    return against is not None and against.lower_ == "against" and against.head.lemma_.lower() in ADVISING


def denies(predicate: Predicate) -> bool:
    """The predicate is denied, or is advice against ("recommended against approving it", "recommended that it
    not be approved"), which says what advice not given ("did not recommend approving it") says, and the
    opposite of "recommended approving it"."""
    advice = set(predicate.evidence.text.lower().replace("n't", " not").split())
    against = predicate.lemma in ADVISING and bool({"against", "not"} & advice)
    return predicate.negated or against


def _refused_request(token: Any) -> Any | None:
    """What a refused request asked for is not done: "refused the company's request to block the strike",
    "rejected a bid to halt it", "turned down an offer to buy it". The verb that refuses it, or None."""
    to_do = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    # "refused calls to resign": the parser reads the infinitive as a relative clause at times
    if not ((token.dep_ == "acl" and (token.tag_ == "VBG" or to_do)) or (token.dep_ == "relcl" and to_do)):
        return None
    noun = token.head
    for _ in range(2):  # "an application for an injunction to stop it"
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.lemma_.lower() in _REQUEST_NOUNS:
            noun = noun.head.head
    # the object of the refusal, or its subject in the passive ("the bid ... was rejected")
    if noun.lemma_.lower() not in _REQUEST_NOUNS or noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = noun.head
    lemma = verb.lemma_.lower()
    if lemma in _OBTAINING:  # "failed to win an injunction stopping it"
        return verb if _negated(verb) else None
    refusing = lemma in _NEGATING_HEADS | {"reject", "dismiss", "deny"} or (
        lemma == "turn" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    )
    return verb if refusing and not any(c.dep_ == "neg" for c in verb.children) else None


def _denied_alternative(token: Any) -> bool:
    """The second of two verbs a denial governs together: "denied that it had paid or would pay a ransom"."""
    first = token.head
    return token.dep_ == "conj" and any(c.lower_ in ("or", "nor") for c in first.children) and (
        first.dep_ == "ccomp" and first.head.lemma_.lower() == "deny" and _denied_by_head(first)
    )  # not "can refuse to license the drug or approve it": two courses, one refused


def _denied_by_head(token: Any) -> bool:
    """The clause is what a verb like "refused" or "denied" governs, and that verb is not itself negated."""
    head = token.head
    # Only a denial governs a clause with a subject of its own ("denied that the line had failed"); under "refused"
    # or "failed" such a clause, or one beside the verb it governs, is a misreading ("refused to dismiss the suit,
    # finding ... his claims were false").
    misread = (
        token.dep_ == "ccomp"
        and head.lemma_.lower() not in _DENYING_A_CLAUSE
        and (any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)
             or any(c.dep_ == "xcomp" for c in head.children))
    )
    return (
        token.dep_ in ("xcomp", "ccomp")
        and head.i < token.i  # "sued ...; the utility denied the allegations" denies nothing of the suit
        and head.lemma_.lower() in _NEGATING_HEADS
        and not misread
        and not any(c.dep_ == "neg" for c in head.children)
    )


_DENYING_A_CLAUSE = {"deny", "dispute"}


def _subject_of(token: Any) -> str:
    """The verb's subject, or that of the verb it completes ("agreed to buy", "agreed a deal to buy"), or the
    owner of the plan it names ("Aerolis's plan to buy"), lowercased; "" when none."""
    for _ in range(5):
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "poss")), None)
        if subject is None and token.dep_ == "xcomp" and any(c.lower_ == "to" for c in token.children):
            # "urged members to reject it": the members would; "ordered the journalist imprisoned": the court
            subject = next((c for c in token.head.children if c.dep_ == "dobj" and c.i < token.i), None)
        if subject is not None and subject.lower_ in ("that", "which", "who") and token.dep_ == "relcl":
            subject = token.head  # "an advert that claimed": the advert
        if subject is None and token.dep_ == "acl" and token.tag_ == "VBG":
            subject = token.head  # "an advert saying", "a group claiming"
        if subject is not None:  # with the words of its name: "lakeshore financial corp."
            return " ".join(t.lower_ for t in (*(c for c in subject.lefts if c.dep_ == "compound"), subject))
        # "the closure was not a factor": a noun the copula names takes the copula's subject
        if token.dep_ not in ("xcomp", "conj", "acl", "dobj", "advcl", "attr") or token.head is token:
            return ""
        token = token.head
    return ""


def _under_a_misread_allegation(token: Any) -> bool:
    """"after a short-seller alleged it had understated losses", read alone: the parser hangs the allegation on
    the verb it governs (as if "understated" were the main verb), with nothing of its own to allege."""
    for child in token.children:
        if child.dep_ != "advcl" or child.i > token.i or child.lemma_.lower() not in ALLEGE_HEADS:
            continue
        alleges_nothing = not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in child.children)
        between = token.doc[child.i + 1 : token.i]
        if alleges_nothing and all(t.dep_ in _OPENING_A_CLAUSE and t.head.i != child.i for t in between):
            return True
    return False


def _subject_read_as_alleged(token: Any) -> bool:
    """"..., claiming hundreds of valid ballots were improperly rejected": the parser makes "hundreds" what is
    claimed and leaves the verb with no subject; what was claimed is that the ballots were rejected."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in token.children):
        return False
    helpers = [c for c in token.children if c.dep_ in ("aux", "auxpass") and c.i < token.i]
    if not helpers or min(h.i for h in helpers) == 0:
        return False
    word = token.doc[min(h.i for h in helpers) - 1]
    for _ in range(6):
        if word.dep_ == "dobj" and word.head.lemma_.lower() in ALLEGE_HEADS:
            return True
        if word.head is word:
            return False
        word = word.head
    return False


# What may stand between "alleged" and the verb it frames: "it had", "that the bank's auditors had not".
_OPENING_A_CLAUSE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg", "mark", "advmod", "det", "compound",
                               "amod", "poss", "case"})


def _across_semicolon(token: Any, head: Any) -> bool:
    """A semicolon between a verb and the head the parser gave it: two sentences in one ("has ruled ...; the
    company plans an appeal"), the first not framed by the second's verb."""
    low, high = sorted((token.i, head.i))
    return any(t.text == ";" for t in token.doc[low:high])


def _before_subordinate(token: Any, head: Any) -> bool:
    """A clause the parser hung before a head that opens with "so", "but" or "because": the head is the
    subordinate one ("refused to block the strike, so the walkout is set to begin"), and frames nothing."""
    return token.dep_ == "ccomp" and token.i < head.i and any(c.dep_ == "mark" for c in head.children)


_DEADLINE_UNITS = frozenset({"hour", "day", "week", "month"})
_CLAIM_NOUNS = frozenset({"claim", "allegation", "accusation", "charge"})
# "agreed to pay $5 million to settle" is how news reports a settlement made: no plan against "settled".
_SETTLING = frozenset({"settle", "pay"})


def _opens_with_that(token: Any) -> bool:
    """The clause begins "that ..." as a complement ("that it raised prices"), not as its own subject."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)


def _says_that(token: Any) -> bool:
    """A clause that says what its noun claims ("claims that it raised prices"), not a relative clause ("claims
    that were filed")."""
    return _opens_with_that(token) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("that", "which") for c in token.children
    )


def _after_a_claim_noun(token: Any, head: Any) -> bool:
    """"settle claims by 28 states that it raised the price": the parser hangs what the claims say on the verb
    whose object they are."""
    return _opens_with_that(token) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _CLAIM_NOUNS and c.i < token.i for c in head.children
    )


def _words_before_that(token: Any) -> list[Any]:
    """The few words before the "that" opening the clause: what the clause says may hang on them however the
    parser attached it."""
    mark = next((c for c in token.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    return [] if mark is None else list(token.doc[max(mark.i - 3, 0) : mark.i])


def _says_what_a_rumour_says(token: Any) -> bool:
    """"after rumours spread online that the lender had lost money": the parser hangs the clause on the main
    verb (or makes it the root), but it says what the rumours (claims, allegations) say."""
    before = _words_before_that(token)
    for k, word in enumerate(before):
        if word.pos_ == "NOUN" and word.lemma_.lower() in _RUMOUR_NOUNS:
            if any(t.lemma_.lower() in _UPHOLDING for t in before[:k]):
                return False  # "the panel accepted his argument that the sample had been contaminated"
            # only words that spread it may stand between: not "rejected the claim, saying that"
            return all(t.lower_ in _SPREADING for t in before[k + 1 :])
    return False


_UPHOLDING = frozenset({"accept", "uphold", "endorse", "agree", "back", "support", "confirm"})
_SPREADING = frozenset({"spread", "circulated", "circulating", "emerged", "surfaced", "swirled", "online", "widely"})


_RUMOUR_NOUNS = frozenset({"rumor", "rumour", "claim", "allegation", "accusation", "argument", "contention",
                           "assertion"})  # not "the suspect told police"


def _disputed_as_a_noun(token: Any) -> bool:
    """"but disputes that it left food out": a denial the parser read as a noun, right before "that" (not "pay
    disputes meant that")."""
    before = _words_before_that(token)
    return token.dep_ != "relcl" and bool(before) and before[-1].pos_ == "NOUN" and before[-1].lower_ in (
        "denies", "disputes") and len(before) >= 2 and before[-2].lower_ in ("but", "and", "it", "he", "she", "they")


def unless_for_only_if(denying: tuple[str, int], affirming: tuple[str, int]) -> bool:
    """A denial with a condition, and the same act affirmed on it: "would not call off the strike unless ..." is
    "would call it off only if ...". Each side is a claim's text and where its verb ends; the condition must
    follow the verb in its own clause (not "would not resume talks and would not return unless ...")."""
    return _condition_follows(*denying, "unless") and _condition_follows(*affirming, r"only\s+if")


def unless_for_if_not(denying: tuple[str, int], affirming: tuple[str, int]) -> bool:
    """The act itself the condition: "unless the company withdrew its offer" is "if the company does not withdraw
    it". Each side is a claim's text and where its verb ends."""
    # the verb inside the condition, before any main clause ("if it does not raise wages the union will not
    # strike" conditions the strike, not on it)
    inside = r"\s+(?:(?!\b(?:will|would|shall|can|could)\b)[^,;.])*$"
    return re.search(rf"\bif{inside}", denying[0][: denying[1]], re.IGNORECASE) is not None and re.search(
        rf"\bunless{inside}", affirming[0][: affirming[1]], re.IGNORECASE) is not None


def _condition_follows(text: str, end: int, condition: str) -> bool:
    """The condition stands in the verb's own clause: after it, up to the next clause of its own ("and would
    ..."), or before it, opening the sentence ("Unless Congress acts, the agency will not ...")."""
    after = re.split(r";|,?\s+and\s+(?:would|will|could|should|had|has|have|is|was|are|were)\b|\.\s",
                     text[end:])[0]
    before = text[:end].split(". ")[-1]
    opening = re.match(rf"\s*{condition}\b[^;]*?,", before, re.IGNORECASE) is not None
    return opening or re.search(rf"\b{condition}\b", after, re.IGNORECASE) is not None


# Verbs whose past tense is written as their base form, which the tagger may read either way.
_ONE_FORM = frozenset({"cut", "shut", "put", "set", "hit", "cost", "let", "quit", "spread", "cast", "hurt", "split",
                       "bid", "burst", "upset", "broadcast", "forecast"})


def _status(token: Any) -> str:
    infinitive = token.head.dep_ == "xcomp" or (token.head.dep_ == "acl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.head.children))  # "plans to cut ... and shut"
    if token.dep_ == "conj" and infinitive and (token.tag_ == "VB" or token.lower_ in _ONE_FORM) and (
        not any(c.dep_ in ("aux", "nsubj") for c in token.children)
    ):  # "planned to pump out the compartment and tow the ship", "intends to cut 400 posts and shut two
        return _status(token.head)  # departments" (a past tense in form only): the plan holds both
    children = {c.lower_ for c in token.children}
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in _WANTING and any(
        c.dep_ == "neg" or c.lower_ == "never" for c in token.head.children
    ):
        return "open"  # "did not want to risk it", "had not wanted to sell": a wish, which says nothing of the act
    if token.dep_ == "xcomp" and token.head.pos_ in ("ADJ", "ADV") and any(
        c.lower_ == "too" for c in token.head.children
    ):
        return "open"  # "too early to rule out other causes", "too faint to see": not done, not denied either
    if any(c.dep_ == "mark" and c.lower_ == "whether" for c in token.children):
        # "was investigating whether a motorbike contributed": in question, against "established that it did"
        inquiry = token.head.head if token.head.dep_ == "prep" else token.head  # "an inquiry into whether"
        # Not "examining whether the plane crashed because of a bird strike": what is asked is the cause.
        cause = any(c.lower_ in ("because", "due", "after", "following") for c in token.children)
        return "questioned" if inquiry.lemma_.lower() in _INQUIRING and not cause else "open"  # "asked whether"
    holder = token.head if _complement(token) else token
    if _content_of_undenied_report(holder) or _undenied(holder):
        return "open"  # "did not deny reports that ...", "did not deny that it had agreed": only reported
    if children & ALLEGED_MODIFIERS:
        return "alleged"
    if token.dep_ == "pcomp" and token.head.lower_ == "of" and _accused_of(token.head):
        return "alleged"  # "has been accused (by Spanish officials) of removing artefacts"
    if token.dep_ == "pcomp" and token.tag_ == "VBG" and token.head.lower_ in ("to", "of") and (
        token.head.head.lower_ in _NEAR_TO
    ):  # not "close to where the fire started"
        return "near"  # "are close to reaching a settlement", "on the verge of signing": not yet done
    all_but = token.i >= 2 and [t.lower_ for t in token.doc[token.i - 2 : token.i]] == ["all", "but"]
    if (children & {"almost", "nearly"} or all_but) and token.lemma_.lower() not in _AMOUNT_VERBS:
        # "have almost reached a deal", "had all but collapsed" (not "sales nearly doubled"): as good as done in
        # most reports ("had effectively collapsed"), so in conflict with nothing, but no denial's opposite
        return "almost"
    if token.dep_ in ("acl", "relcl") and token.head.lemma_.lower() in _DEADLINE_UNITS and "to" in children and any(
        c.dep_ == "nummod" for c in token.head.children
    ):
        return "planned"  # "has 14 days to lodge its appeal": a deadline still running, the act still to come
    head = token.head
    framed = not _across_semicolon(token, head) and not _before_subordinate(token, head)
    if token.dep_ in ("xcomp", "ccomp", "acl") and head is not token and framed:
        # "a plan to cap payments" plans the capping; "a plan approved on Wednesday" was approved.
        participle = token.dep_ == "acl" and token.tag_ == "VBN"
        if (head.lemma_.lower() in _PLAN_HEADS or head.lower_ in _PLAN_FORMS) and not participle and not (
            head.lemma_.lower() == "agree" and token.lemma_.lower() in _SETTLING
        ) and not (token.dep_ == "ccomp" and token.i < head.i):  # "have banned the march, a decision organisers
            return "planned"  # plan to challenge": a clause before the plan, misread as what is planned
        if head.lemma_.lower() in ALLEGE_HEADS | _CLAIM_NOUNS and (token.dep_ != "acl" or _says_that(token)):
            return "alleged"  # "alleged that it raised", "claims that it raised"; not "the claims it filed"
        if token.dep_ == "ccomp" and _a_finding_suggests(head):
            return "alleged"  # "preliminary findings suggested a keeper had failed to secure a door"
        if token.dep_ == "ccomp" and _after_a_claim_noun(token, head):
            return "alleged"
        if head.lemma_.lower() in _ACHIEVING_HEADS and token.dep_ == "xcomp":
            return _status(head)
        if head.lemma_.lower() == "vote" and token.dep_ == "xcomp" and token.lemma_.lower() in _DONE_BY_VOTING:
            # "voted to accept the offer": decided by the vote, no wish, but no act of its own either ("agreed to
            # accept", "will support the bill when it comes before parliament"), so in conflict with no status
            return "voted"
        if head.lemma_.lower() in _DELIBERATING and token.dep_ == "xcomp" and token.tag_ == "VBG":
            return "considered"  # "is considering recalling the toys", against "is recalling them"
        if head.lemma_.lower() in _PROPOSING_HEADS and token.dep_ == "xcomp":
            return "planned"
        if head.lemma_.lower() in ("need", "require", "have") and head.tag_ in ("VBZ", "VBP") and token.dep_ == "xcomp":
            return "planned"  # "still needs to be approved", "still have to sign off"; not "needed to be rescued"
    if _says_what_a_rumour_says(token) or _under_a_misread_allegation(token) or _subject_read_as_alleged(token):
        return "alleged"
    if children & {"will", "shall", "'ll", "wo"} and token.tag_ == "VBN" and "have" in children and not any(
        c.dep_ == "auxpass" for c in token.children
    ) and not _BY_A_TIME_TO_COME.search(token.sent.text):
        return "happened"  # "a strike that will have kept 28,000 students out of school": done by now; not "by 2030"
    if children & {"will", "shall", "'ll", "wo"}:
        return "planned"
    passive = token.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in token.children)
    if "would" in children and (token.tag_ == "VB" or passive):  # "said he would speak", "would be postponed":
        return "planned"  # the future of a past
    if "must" in children and "have" not in children and (token.tag_ == "VB" or passive):
        return "planned"  # "must still be approved by ministers": not yet done
    if token.dep_ == "acl" and token.head.lemma_.lower() in ("talk", "negotiation") and "to" in children:
        return "considered"  # "was in talks to sell the lease"
    if token.i >= 2 and token.nbor(-1).lower_ == "to" and token.nbor(-2).lemma_.lower() in ("talk", "negotiation"):
        return "considered"  # "was in advanced talks to sign", the verb hung on "was"
    if children & {"may", "might", "potentially", "possibly", "perhaps"}:  # not "could", also the past of "can"
        return "possible"
    if "could" in children and token.tag_ == "VB" and _by_a_time_to_come(token):
        return "possible"  # "one lane could reopen by Saturday if the weather held": not done yet
    if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in token.children):
        return "possible"  # "to help maintain peace if an agreement is reached"; not "asked if he had signed"
    if token.tag_ == "VBD" or (token.tag_ == "VBN" and children & {"has", "have", "had"}):
        return "happened"
    if token.tag_ == "VBN" and children & {"was", "were"}:
        return "happened"
    return "ongoing"
