"""A thing called suspected in one claim and confirmed in the other: "are investigating a suspected outbreak" /
"have confirmed an outbreak", "two suspected Ebola cases" / "confirmed two cases". Not where one claim has both
("two confirmed cases and three suspected ones"), nor a confirmation denied ("no cases have been confirmed").
"Possible" is no such hedge: "the earliest possible date", "made possible by", "a possible sale" that talks are
confirmed over."""

from __future__ import annotations

import re

from service.pipeline.types import Divergence

# The hedging word and the (up to three) words after it, one of which is the thing: "two suspected Ebola cases".
_HEDGED = re.compile(r"\b(?:suspected|presumed|presumptive)((?:\s+[\w-]+){1,3})", re.IGNORECASE)
# Between "confirmed" and the thing, only a determiner, a number or a describing word: not "confirmed talks over a
# sale".
_DESCRIBING = r"(?:(?!(?:of|over|for|in|on|at|to|with|about|into|by|that)\b)[\w-]+\s+){0,3}?"
_DENIED = re.compile(r"\b(?:not|no|never|yet\s+to|unable\s+to)\b", re.IGNORECASE)


def suspected_against_confirmed(text_a: str, text_b: str) -> list[Divergence]:
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
