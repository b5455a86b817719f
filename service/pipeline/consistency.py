"""One answer per group: a figure or a date that two claims give alike conflicts with a third claim's in both
pairs, not in one only."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from service.pipeline.dates import same_time
from service.pipeline.quantities import CURRENCY_UNITS, TIME_UNITS, same_amount
from service.pipeline.types import DateMention, Divergence, Facts, PairResult, Quantity


def held_alike(pairs: Sequence[PairResult], facts: Sequence[Facts]) -> list[PairResult]:
    """Where claims x and y differ in a figure ("lost 45,000 mobile subscribers" / "fell by 54,000"), a claim z
    that agrees with x and gives x's figure ("lost 45,000 mobile customers") differs from y too, though its own
    pair with y found nothing (the nouns differ there): the difference is reported in that pair as well, so that
    a group never says x = z and z = y but x != y. The same for dates. Only where z gives x's figure once and
    neither z nor y gives the other's."""
    by_claims = {(p.a, p.b): p for p in pairs}
    members = sorted({m for p in pairs for m in (p.a, p.b)})
    carried: dict[tuple[int, int], Divergence] = {}
    for found in pairs:
        for divergence in found.divergences:
            if divergence.kind not in _MENTIONS or not (divergence.a and divergence.b):
                continue
            mentions, alike = _MENTIONS[divergence.kind]
            for x, y, said_x, said_y in ((found.a, found.b, divergence.a, divergence.b),
                                         (found.b, found.a, divergence.b, divergence.a)):
                mx = next((m for m in mentions(facts[x]) if m.span.text == said_x), None)
                my = next((m for m in mentions(facts[y]) if m.span.text == said_y), None)
                if mx is None or my is None:
                    continue
                for z in members:
                    with_x, with_y = by_claims.get(_key(z, x)), by_claims.get(_key(z, y))
                    if z in (x, y) or with_x is None or with_y is None or with_x.divergences or any(
                        d.kind == divergence.kind for d in with_y.divergences
                    ):
                        continue
                    given = [m for m in mentions(facts[z]) if alike(m, mx)]
                    if len(given) != 1 or any(alike(m, my) for m in mentions(facts[z])) or any(
                        alike(m, given[0]) for m in mentions(facts[y])
                    ):
                        continue
                    first, second = (given[0].span.text, said_y) if z < y else (said_y, given[0].span.text)
                    carried.setdefault(_key(z, y), Divergence(
                        divergence.kind, first, second,
                        f"{_DIFFER[divergence.kind]}: {first!r} against {second!r}, as {said_x!r} against "
                        f"{said_y!r} in this group."))
    return [replace(p, divergences=(*p.divergences, carried[(p.a, p.b)])) if (p.a, p.b) in carried else p
            for p in pairs]


def _key(i: int, j: int) -> tuple[int, int]:
    return min(i, j), max(i, j)


def _same_figure(first: Quantity, second: Quantity) -> bool:
    """The same figure of the same kind, whatever noun it counts ("Two babies" / "Two infants"): not a span of
    time for a count, a share for a count or a sum in one currency for one in another."""
    if (first.unit in TIME_UNITS) != (second.unit in TIME_UNITS) or (first.unit == "%") != (second.unit == "%"):
        return False
    currencies = {first.unit, second.unit} & CURRENCY_UNITS
    return not (currencies and first.unit != second.unit) and same_amount(first, second)


def _same_day(first: DateMention, second: DateMention) -> bool:
    return same_time(first, second) is True


_MENTIONS: dict[str, tuple[Callable[[Facts], Sequence[Any]], Callable[[Any, Any], bool]]] = {
    "number": (lambda facts: facts.quantities, _same_figure),
    "date": (lambda facts: facts.dates, _same_day),
}
_DIFFER = {"number": "The amounts differ", "date": "The dates differ"}
