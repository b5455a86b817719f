"""Amounts said in words rather than figures: how often ("repeatedly", "once"), how many ("several leaders",
"a single post", "both leaders"), what share ("most", "a handful"). Each is read as a range, and two ranges that
cannot overlap are a number divergence: "said repeatedly" / "said once", "a series of posts" / "a single post"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.pipeline.quantities import singular
from service.pipeline.types import Divergence

_MANY = float(10**6)  # no upper bound
_Ranges = list[tuple[str, float, float]]  # a pattern, and the least and most it may mean


@dataclass(frozen=True)
class VagueAmount:
    text: str
    low: float
    high: float
    what: frozenset[str]  # {"times"} for how often, else the next words, singular ("senior", "official")


# How often. "once" alone also means "formerly" or "as soon as" ("Once in office"), so only in lower case where
# it ends the phrase or comes before "for" or "that" ("thanked them once for", "said once that").
_OFTEN: _Ranges = [
    (r"\b(?:only|just) once\b|\bon (?:one|a single) occasion\b|\ba single time\b|\bone time\b"
     r"|(?<!than )(?<!at )\b(?-i:once)(?= *(?:[,.;:]|$|\b(?:for|that)\b))", 1, 1),
    (r"\btwice\b|\btwo times\b", 2, 2),
    (r"\bmore than once\b|\brepeatedly\b|\b(?:several|multiple|many|numerous) times\b|\bagain and again\b"
     r"|\btime and (?:time )?again\b|\bon (?:several|multiple|many|numerous) occasions\b", 2, _MANY),
]
# How many of a thing: the phrase, then the counted noun.
_HOW_MANY: _Ranges = [
    (r"\bnot a single\b|\bnot one\b", 0, 0),
    (r"\b(?:only|just) one\b|(?<!not )\ba single\b", 1, 1),
    (r"\bboth\b", 2, 2),
    (r"\ball three\b", 3, 3),
    (r"\b(?:several|multiple|a series of|a number of|numerous|a string of|a flurry of)\b", 2, _MANY),
    (r"\b(?:a few|a handful of)\b", 2, 9),
    (r"\b(?:many|dozens of|scores of|a host of)\b", 3, _MANY),
]
# What share of a whole.
_SHARE: _Ranges = [
    (r"\b(?:most|the majority of|a majority of|nearly all|almost all)\b", 0.5, 1.0),
    (r"\b(?:a few|a handful of|a minority of|few)\b", 0.0, 0.3),
    (r"\ball\b", 1.0, 1.0),
]
_WORDS_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+)?)?((?:[A-Za-z]+\s+){0,2}[A-Za-z]+)")


_NOT_COUNTED = frozenset({"the", "and", "for", "with", "said", "say", "says", "were", "was", "are", "have", "has",
                          "had", "who", "that", "which", "from", "into", "will", "would", "its", "their", "his", "her"})


def vague_amounts(text: str) -> list[VagueAmount]:
    """Every amount in words in the text, with the thing it counts."""
    found: list[VagueAmount] = []
    for pattern, low, high in _OFTEN:
        found += [VagueAmount(m.group(0), low, high, frozenset({"times"}))
                  for m in re.finditer(pattern, text, re.IGNORECASE)]
    for patterns, share in ((_HOW_MANY, False), (_SHARE, True)):
        for pattern, low, high in patterns:
            for match in re.finditer(pattern, text, re.IGNORECASE):
                after = _WORDS_AFTER.match(text, match.end())
                if after is not None:  # the counted noun is among the next words: "several senior officials"
                    words = {("share:" if share else "") + singular(w) for w in after.group(1).split()
                             if len(w) > 2 and w.lower() not in _NOT_COUNTED}
                    found.append(VagueAmount(match.group(0), low, high, frozenset(words)))
    return found


def vague_divergences(text_a: str, text_b: str) -> list[Divergence]:
    """Ranges of the same thing that cannot overlap, each stated in words only one of the claims uses, and not both
    borne out by the other claim ("Only one company bid, though several companies were interested" / "Just one
    company bid, though multiple companies were interested": each amount has its like on the other side)."""
    in_a, in_b = vague_amounts(text_a), vague_amounts(text_b)
    words_a, words_b = {v.text.lower() for v in in_a}, {v.text.lower() for v in in_b}
    for x in in_a:
        for y in in_b:
            if not x.what & y.what or x.text.lower() in words_b or y.text.lower() in words_a:
                continue
            if _borne_out(x, in_b) and _borne_out(y, in_a):
                continue
            if x.high < y.low or y.high < x.low:
                return [Divergence("number", x.text, y.text,
                                   f"The amounts differ: {x.text!r} against {y.text!r}.")]
    return []


def _borne_out(amount: VagueAmount, others: list[VagueAmount]) -> bool:
    return any(amount.what & o.what and not (amount.high < o.low or o.high < amount.low) for o in others)
