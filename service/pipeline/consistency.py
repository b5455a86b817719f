"""One answer per group: a figure or a date that two claims give alike conflicts with a third claim's in both
pairs, not in one only."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from service.pipeline.dates import same_time
from service.pipeline.quantities import same_amount
from service.pipeline.types import Claim, DateMention, Divergence, Facts, PairResult, Quantity

Mention = Quantity | DateMention


def held_alike(pairs: Sequence[PairResult], claims: Sequence[Claim], facts: Sequence[Facts]) -> list[PairResult]:
    """Where claims x and y differ in a figure ("lost 45,000 mobile subscribers" / "fell by 54,000"), a claim z
    that agrees with x and gives x's figure of the same thing ("lost 45,000 mobile customers") differs from y
    too, though its own pair with y found nothing (worded further apart, it was compared more cautiously): the
    difference is reported there as well, so that a group never says x = z and z = y but x != y. The same for
    dates. Only where z gives that figure once and neither z nor y gives the other's."""
    by_claims = {(p.a, p.b): p for p in pairs}
    members = sorted({m for p in pairs for m in (p.a, p.b)})
    carried: dict[tuple[int, int], Divergence] = {}
    for found in pairs:
        for divergence in found.divergences:
            if divergence.kind not in ("number", "date") or not (divergence.a and divergence.b):
                continue
            for x, y, said_x, said_y in ((found.a, found.b, divergence.a, divergence.b),
                                         (found.b, found.a, divergence.b, divergence.a)):
                told = _Told.of(divergence.kind, facts, x, y, said_x, said_y)
                if told is None:
                    continue
                for z in members:
                    with_x, with_y = by_claims.get(_ordered(z, x)), by_claims.get(_ordered(z, y))
                    if z in (x, y) or with_x is None or with_y is None or with_x.divergences or any(
                        d.kind == divergence.kind for d in with_y.divergences
                    ):
                        continue
                    aligned_texts = (claims[x].text, claims[z].text) if with_x.aligned else None
                    given = told.given_by(facts[z], facts[y], aligned_texts)
                    if given is None:
                        continue
                    first, second = (given, said_y) if z < y else (said_y, given)
                    written = "" if {first, second} == {said_x, said_y} else f" ({said_x!r} against {said_y!r})"
                    carried.setdefault(_ordered(z, y), Divergence(
                        divergence.kind, first, second,
                        f"{_DIFFER[divergence.kind]}: {first!r} against {second!r}, as another pair of this group "
                        f"finds{written}."))
    return [replace(p, divergences=(*p.divergences, carried[(p.a, p.b)])) if (p.a, p.b) in carried else p
            for p in pairs]


@dataclass(frozen=True)
class _Told:
    """A figure or date x gives and y's different one."""

    kind: str
    by_x: Mention
    by_y: Mention

    @classmethod
    def of(cls, kind: str, facts: Sequence[Facts], x: int, y: int, said_x: str, said_y: str) -> _Told | None:
        by_x = next((m for m in _mentions(kind, facts[x]) if m.span.text == said_x), None)
        by_y = next((m for m in _mentions(kind, facts[y]) if m.span.text == said_y), None)
        return None if by_x is None or by_y is None else cls(kind, by_x, by_y)

    def given_by(self, third: Facts, other: Facts, aligned_texts: tuple[str, str] | None) -> str | None:
        """How a third claim writes x's figure, when it gives it once and neither it nor y gives the other's.
        `aligned_texts`: x's and the third claim's texts where the two were aligned on their wording."""
        mentions = _mentions(self.kind, third)
        # of the same thing: the same noun, or, in claims aligned on their wording, after the same word ("lost
        # 45,000 mobile subscribers" / "lost 45,000 mobile customers"; "Twelve officers were injured" gives no
        # figure of "arrested 12 people"); the figures that rule a difference out count whatever they count
        given = [m for m in mentions if _alike(self.by_x, m) and _counts_one_thing(self.by_x, m, aligned_texts)]
        if len(given) != 1 or any(_alike(m, self.by_y) for m in mentions) or any(
            _alike(m, given[0]) for m in _mentions(self.kind, other)
        ):
            return None
        return given[0].span.text


def _mentions(kind: str, facts: Facts) -> Sequence[Mention]:
    return facts.quantities if kind == "number" else facts.dates


def _alike(first: Mention, second: Mention) -> bool:
    if isinstance(first, Quantity) and isinstance(second, Quantity):
        return same_amount(first, second)
    if isinstance(first, DateMention) and isinstance(second, DateMention):
        return same_time(first, second) is True
    return False


def _counts_one_thing(first: Mention, second: Mention, aligned_texts: tuple[str, str] | None) -> bool:
    if not isinstance(first, Quantity) or not isinstance(second, Quantity) or first.unit == second.unit:
        return True
    if aligned_texts is None:
        return False
    before_first, before_second = _word_before(aligned_texts[0], first.span.start), _word_before(
        aligned_texts[1], second.span.start)
    return before_first != "" and before_first == before_second


def _word_before(text: str, position: int) -> str:
    words = re.findall(r"[a-z]+", text[:position].lower())
    return words[-1] if words else ""


def _ordered(i: int, j: int) -> tuple[int, int]:
    return min(i, j), max(i, j)


_DIFFER = {"number": "The amounts differ", "date": "The dates differ"}
