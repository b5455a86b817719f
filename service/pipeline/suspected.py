"""A thing called suspected in one claim and confirmed in the other: "are investigating a suspected outbreak" /
"have confirmed an outbreak", "two suspected Ebola cases" / "confirmed two cases". Not where one claim has both
("two confirmed cases and three suspected ones"), nor a confirmation denied ("no cases have been confirmed").
"Possible" is no such hedge: "the earliest possible date", "made possible by", "a possible sale" that talks are
confirmed over. So is an act its doer is suspected or accused of in one claim and admits in the other:
"suspected of running a scam" / "has confessed to running it"; and a deal agreed in principle in one and signed in
the other."""

from __future__ import annotations

import re

from service.pipeline.types import Divergence

# The hedging word and the (up to three) words after it, one of which is the thing: "two suspected Ebola cases".
_HEDGED = re.compile(r"\b(?:suspected|presumed|presumptive)((?:\s+[\w-]+){1,3})", re.IGNORECASE)
# Between "confirmed" and the thing, only a determiner, a number or a describing word: not "confirmed talks over a
# sale".
_DESCRIBING = r"(?:(?!(?:of|over|for|in|on|at|to|with|about|into|by|that)\b)[\w-]+\s+){0,3}?"
_DENIED = re.compile(r"\b(?:not|no|never|yet\s+to|unable\s+to)\b", re.IGNORECASE)


# "suspected of running a scam" / "has confessed to running it": an act alleged, and one its doer admits.
# The evidence is the words up to the act's verb; the thing it is done to must match too ("taking bribes" is not
# "taking gifts").
_SUSPECTED_OF = re.compile(r"(?P<said>\b(?:suspected|accused)\s+of\s+(?P<verb>(?!being\b|having\b)[a-z]+ing))\s+"
                           r"(?P<object>(?:(?:an?|the|his|her|their|its)\s+)?[a-z-]+)", re.IGNORECASE)
_ADMITTED = r"(?P<said>\b(?:confessed|confesses|confessing|admitted|admits|admitting)\s+(?:to\s+)?{verb})\s+{object}\b"
_CONNECTING = frozenset({"who", "whom", "that", "has", "have", "later", "also", "since", "then", "after", "and",
                         "the", "a", "an", "he", "she", "they", "it", "is", "was", "were", "had", "already", "now"})
_DENYING_ALSO = re.compile(r"\b(?:denied|denies|denying)\b", re.IGNORECASE)


def suspected_against_confirmed(text_a: str, text_b: str) -> list[Divergence]:
    return _hedged_against_confirmed(text_a, text_b) or _alleged_against_admitted(text_a, text_b) or (
        _in_principle_against_signed(text_a, text_b)) or _arrested_against_charged(text_a, text_b) or (
        _agreed_against_completed(text_a, text_b)) or _in_talks_against_signed(text_a, text_b) or (
        _weighing_whether_against_confirmed(text_a, text_b))


# "is considering whether its production will transfer" / "has confirmed that its production will transfer": a
# question still open, and one settled, about the same thing (two of the first words after each say so).
_WEIGHING_WHETHER = re.compile(r"\b(?:considering|deciding|weighing|discussing|debating|studying|examining)\s+"
                               r"whether\b", re.IGNORECASE)
_SETTLED_THAT = re.compile(r"\b(?:confirmed|announced|decided|agreed)\s+that\b", re.IGNORECASE)


def _weighing_whether_against_confirmed(text_a: str, text_b: str) -> list[Divergence]:
    for open_text, other_text, open_first in ((text_a, text_b, True), (text_b, text_a, False)):
        weighing, settled = _WEIGHING_WHETHER.search(open_text), _SETTLED_THAT.search(other_text)
        denied = _DENIED.search(other_text[max(0, settled.start() - 25) : settled.start()]) if settled else None
        if weighing is None or settled is None or denied or _WEIGHING_WHETHER.search(other_text) or (
                _SETTLED_THAT.search(open_text)):
            continue
        about = re.findall(r"[a-z]{4,}", open_text[weighing.end() :].lower())[:6]
        settled_about = set(re.findall(r"[a-z]{4,}", other_text[settled.end() :].lower())[:6])
        if len([w for w in about if w in settled_about]) < 2:
            continue
        pair = (weighing.group(0), settled.group(0)) if open_first else (settled.group(0), weighing.group(0))
        return [Divergence("status", *pair, f"One source reports a question still weighed, the other one settled: "
                                            f"{pair[0]!r} against {pair[1]!r}.")]
    return []


# "arrested on suspicion of the murder" / "charged with the murder", "arrested in connection with the theft" /
# "charged over the theft": held as a suspect, and charged with the same offence (its first word of substance
# matches). Not a claim that tells both ("arrested on suspicion of murder and later charged").
# Whom, between the verb and its offence: "arrested a 27-year-old woman on suspicion of setting fire".
_WHOM = r"(?:[\w'’-]+\s+){0,10}?"
_ARRESTED_ON_SUSPICION = re.compile(
    rf"\barrested\s+{_WHOM}(?:on\s+suspicion\s+of|in\s+connection\s+with|over|for)\s+(?:the\s+|an?\s+)?"
    r"(?P<offence>[a-z-]+)", re.IGNORECASE)
_CHARGED_WITH = rf"\bcharged\s+{_WHOM}(?:with|over|in\s+connection\s+with)\s+(?:the\s+|an?\s+)?"  # and the offence


def _arrested_against_charged(text_a: str, text_b: str) -> list[Divergence]:
    for arrested_text, other_text, arrested_first in ((text_a, text_b, True), (text_b, text_a, False)):
        arrested = _ARRESTED_ON_SUSPICION.search(arrested_text)
        if arrested is None or re.search(r"\bcharged\b", arrested_text, re.IGNORECASE) or (
                _ARRESTED_ON_SUSPICION.search(other_text)):
            continue
        charged = re.search(_CHARGED_WITH + r"(?:[\w'’-]+\s+){0,2}?" + re.escape(arrested.group("offence")) + r"\b",
                            other_text, re.IGNORECASE)  # "charged over Saturday's fatal stabbing"
        if charged is None or _DENIED.search(other_text[max(0, charged.start() - 25) : charged.start()]):
            continue  # "has not been charged with murder"
        pair = (arrested.group(0), charged.group(0)) if arrested_first else (charged.group(0), arrested.group(0))
        return [Divergence("status", *pair, f"One source reports an arrest on suspicion, the other a charge: "
                                            f"{pair[0]!r} against {pair[1]!r}.")]
    return []


# "agreed in principle on a free-trade pact" / "signed a free-trade agreement": a deal not yet made, and one made.
_IN_PRINCIPLE = re.compile(r"\b(?:agreed|agree|agrees|agreement|deal|approved|approval)\s+in\s+principle\b",
                           re.IGNORECASE)
_SIGNED = re.compile(r"\b(?:signed|sealed|finalised|finalized|concluded)\b", re.IGNORECASE)


def _in_principle_against_signed(text_a: str, text_b: str) -> list[Divergence]:
    for tentative_text, other_text, tentative_first in ((text_a, text_b, True), (text_b, text_a, False)):
        tentative = _IN_PRINCIPLE.search(tentative_text)
        signed = _SIGNED.search(other_text)
        if tentative is None or signed is None or _IN_PRINCIPLE.search(other_text) or _SIGNED.search(tentative_text):
            continue
        if _DENIED.search(other_text[max(0, signed.start() - 25) : signed.start()]):
            continue  # "has not yet signed"
        pair = (tentative.group(0), signed.group(0)) if tentative_first else (signed.group(0), tentative.group(0))
        return [Divergence("status", *pair, f"One source reports a deal agreed in principle, the other one made: "
                                            f"{pair[0]!r} against {pair[1]!r}.")]
    return []


# "has agreed a £340 million takeover of rival chain HomeStyle" / "has completed its £340 million takeover": a deal
# struck, and one done.
_DEALS = r"(?:takeover|acquisition|purchase|merger|sale|buyout|deal)"
_AGREED_DEAL = re.compile(rf"\bagreed\s+(?:(?:a|an|the|its|their)\s+(?:[^\s;]+\s+){{0,4}}?{_DEALS}\b"
                          r"|to\s+(?:buy|acquire|sell|merge)\b)", re.IGNORECASE)
_COMPLETED_DEAL = re.compile(rf"\b(?:completed|closed|finalised|finalized)\s+(?:a|an|the|its|their)\s+"
                             rf"(?:[^\s;]+\s+){{0,4}}?{_DEALS}\b", re.IGNORECASE)


_AGREEING = re.compile(r"\bagreed\b", re.IGNORECASE)
_COMPLETING = re.compile(r"\b(?:completed|closed|finalised|finalized)\b", re.IGNORECASE)


def _agreed_against_completed(text_a: str, text_b: str) -> list[Divergence]:
    for agreed_text, other_text, agreed_first in ((text_a, text_b, True), (text_b, text_a, False)):
        agreed, completed = _AGREED_DEAL.search(agreed_text), _COMPLETED_DEAL.search(other_text)
        if agreed is None or completed is None or _COMPLETING.search(agreed_text) or _AGREEING.search(other_text):
            continue  # each claim tells it one way only: not "agreed a takeover in March and completed it"
        if _DENIED.search(other_text[max(0, completed.start() - 25) : completed.start()]) or _DENIED.search(
                agreed_text[max(0, agreed.start() - 25) : agreed.start()]):
            continue  # "has not yet completed the takeover"
        if re.fullmatch(r"closed\b.*\bdeal", completed.group(0), re.IGNORECASE):
            continue  # "closed a deal" is often only struck
        said = (agreed.group(0).split()[0], completed.group(0).split()[0])
        pair = said if agreed_first else said[::-1]
        return [Divergence("status", *pair, f"One source reports a deal agreed, the other one completed: "
                                            f"{pair[0]!r} against {pair[1]!r}.")]
    return []


# "is in talks with the operator over 40 new trams" / "has signed a contract with Alstrom Rail for 40 new trams": a
# deal sought, and one made.
_IN_TALKS = re.compile(r"\b(?:in|holding|held|began|begun|opened|started|resumed)\s+(?:advanced\s+|final\s+|"
                       r"exclusive\s+)?talks\b|\bnegotiating\b", re.IGNORECASE)
_SIGNED_DEAL = re.compile(r"\b(?:signed|sealed|struck|inked)\s+(?:a|an|the|its|their)\s+(?:[^\s;]+\s+){0,3}?"
                          r"(?:contract|deal|agreement|accord|order)\b"
                          # or a player: "had signed winger Joel Mbeki"
                          r"|\b(?:has|have|had)\s+signed(?=\s+(?:[a-z-]+\s+){0,2}(?-i:[A-Z]))", re.IGNORECASE)


def _in_talks_against_signed(text_a: str, text_b: str) -> list[Divergence]:
    for talks_text, other_text, talks_first in ((text_a, text_b, True), (text_b, text_a, False)):
        talks, signed = _IN_TALKS.search(talks_text), _SIGNED_DEAL.search(other_text)
        if talks is None or signed is None or re.search(r"\btalks\b|\bnegotiat", other_text, re.IGNORECASE) or (
                re.search(r"\b(?:signed|sealed|struck|inked)\b", talks_text, re.IGNORECASE)):
            continue  # each claim tells it one way only: not "signed a deal after months of talks"
        if _DENIED.search(other_text[max(0, signed.start() - 25) : signed.start()]):
            continue  # "has not yet signed a contract"
        pair = (talks.group(0), signed.group(0)) if talks_first else (signed.group(0), talks.group(0))
        return [Divergence("status", *pair, f"One source reports talks, the other a deal signed: "
                                            f"{pair[0]!r} against {pair[1]!r}.")]
    return []


def _alleged_against_admitted(text_a: str, text_b: str) -> list[Divergence]:
    for alleged_text, other_text, alleged_first in ((text_a, text_b, True), (text_b, text_a, False)):
        for alleged in _SUSPECTED_OF.finditer(alleged_text):
            admitted = re.search(_ADMITTED.format(verb=re.escape(alleged.group("verb")),
                                                  object=re.escape(alleged.group("object"))), other_text, re.IGNORECASE)
            if admitted is None or _DENIED.search(other_text[max(0, admitted.start() - 25) : admitted.start()]):
                continue  # "has not admitted running it"
            admitting = [w for w in re.findall(r"[a-z]+", other_text[: admitted.start()].lower())[-4:]
                         if w not in _CONNECTING]
            if any(w not in alleged_text.lower() for w in admitting):
                continue  # someone else admits it: "after a lorry driver admitted smuggling cocaine"
            if re.search(_ADMITTED.format(verb=r"\w+", object=r"\w+"), alleged_text, re.IGNORECASE) or (
                _DENYING_ALSO.search(other_text)
            ):
                continue  # the alleging claim tells of an admission too, or the other of a denial ("admitted taking
                # gifts but denied taking bribes")
            said, owned = alleged.group("said"), admitted.group("said")
            pair = (said, owned) if alleged_first else (owned, said)
            return [Divergence("status", *pair, f"One source calls alleged what the other says was admitted: "
                                                f"{pair[0]!r} against {pair[1]!r}.")]
    return []


def _hedged_against_confirmed(text_a: str, text_b: str) -> list[Divergence]:
    for hedged_text, other_text, hedged_first in ((text_a, text_b, True), (text_b, text_a, False)):
        if re.search(r"\bconfirm", hedged_text, re.IGNORECASE):
            continue  # the hedged claim confirms something too: "forecasters confirmed it on Monday"
        # the thing is the last of the words after the hedge that the other claim confirms: "suspected measles
        # outbreak", not "suspected measles"
        candidates = ((m, w) for m in _HEDGED.finditer(hedged_text) for w in reversed(m.group(1).lower().split()))
        for hedged, thing in candidates:
            if len(thing) < 4:
                continue
            stem = re.escape(thing[:-1] if thing.endswith("s") else thing)
            confirmed = re.search(rf"\bconfirm(?:ed|s)?\s+{_DESCRIBING}{stem}s?\b|\b{stem}s?\s+(?:(?:was|were|"
                                  rf"has|have|had|been|now|since|officially)\s+){{0,3}}confirmed\b",
                                  other_text, re.IGNORECASE)
            if confirmed is None or _DENIED.search(other_text[max(0, confirmed.start() - 25) : confirmed.end()]) or (
                any(thing[:4] in m.group(1).lower() for m in _HEDGED.finditer(other_text))
            ):
                continue  # the confirmation denied, or the other hedges it too
            thing_ends = re.search(rf"\b{re.escape(thing)}\b", hedged_text[hedged.start(1) :], re.IGNORECASE)
            said = hedged_text[hedged.start() : hedged.start(1) + thing_ends.end()] if thing_ends else hedged.group(0)
            pair = (said, confirmed.group(0)) if hedged_first else (confirmed.group(0), said)
            return [Divergence("status", *pair, f"One source calls suspected what the other calls confirmed: "
                                                f"{pair[0]!r} against {pair[1]!r}.")]
    return []
