"""Results written as two figures joined by a dash: "beat Sorvena 3-2" / "defeat Sorvena 3-1", "voted 54-38". The
figure parser reads each side as a bare number of its own, so a changed score is compared here, as a whole."""

from __future__ import annotations

import re

from service.pipeline.types import Divergence

_SCORE = re.compile(r"(?<![\d.,/-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\d.,/%-])"
                    r"(?!\s*(?:[a-z]+\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?|people|per\s?cent|percent)\b)")
# Words of a contest in the claim: a dash between two figures there is a result, not a range ("3-5 days").
_CONTEST = re.compile(r"\b(?:beat|beats|beating|defeat\w*|won|wins?|winning|lost|loses?|losing|draw|drew|victory|"
                      r"scored?|voted?|votes|margin|lead|led|trail\w*|final|semi-final|match|game)\b", re.IGNORECASE)


def score_divergences(text_a: str, text_b: str) -> list[Divergence]:
    """One result in each claim of a contest, another in each: "3-2" / "3-1" (and "2-3" against "3-2" is the same
    result told from the other side)."""
    scores_a, scores_b = _scores(text_a), _scores(text_b)
    if len(scores_a) != 1 or len(scores_b) != 1:
        return []
    (span_a, pair_a), (span_b, pair_b) = scores_a[0], scores_b[0]
    if sorted(pair_a) == sorted(pair_b):
        return []
    return [Divergence("number", span_a, span_b, f"The scores differ: {span_a!r} against {span_b!r}.")]


def _scores(text: str) -> list[tuple[str, tuple[int, int]]]:
    if not _CONTEST.search(text):
        return []
    return [(m.group(0), (int(m.group(1)), int(m.group(2)))) for m in _SCORE.finditer(text)
            if not (_ON_THE_WAY_AFTER.match(text, m.end()) or _ON_THE_WAY_BEFORE.search(text[: m.start()]))]


# A score on the way to the result: "were 1-0 down at half-time", "led 2-0", "trailing 3-1 at the break".
_ON_THE_WAY_AFTER = re.compile(r"\s*(?:down|up|ahead|behind|at\s+(?:half-?time|the\s+(?:break|interval)))\b",
                               re.IGNORECASE)
_ON_THE_WAY_BEFORE = re.compile(r"\b(?:led|leading|trailed|trailing|were|was)\s+$", re.IGNORECASE)
