"""Speakers named as kinds of body ("prosecutors", "the insurer") that no rewording turns into one another."""

from __future__ import annotations

import re
from collections.abc import Sequence

from service.pipeline.types import NOUN_PHRASE, Divergence, EntityMention

# Kinds of body a speaker named by a common noun may be, which no rewording turns into one another. Words that
# may name several ("officials", "investigators", "authorities", "organisers") are left out.
_INSTITUTIONS = {
    **dict.fromkeys(("police", "policeman", "policemen", "detective", "detectives", "constabulary"), "police"),
    **dict.fromkeys(("prosecutor", "prosecutors", "prosecution"), "prosecution"),
    **dict.fromkeys(("lawyer", "lawyers", "solicitor", "solicitors", "barrister", "barristers"), "lawyers"),
    **dict.fromkeys(("court", "judge", "judges", "tribunal"), "court"),
    **dict.fromkeys(("firefighters", "firefighter", "brigade"), "fire service"),
    "hospital": "hospital",
    **dict.fromkeys(("union", "unions"), "union"),
    **dict.fromkeys(("insurer", "insurers"), "insurer"),
    **dict.fromkeys(("army", "military"), "military"),
    # "the government's transport agency"; not "ministry" or "department", which may be the military ("the
    # defence ministry"), the prosecution ("the justice department") or the fire service ("the fire department")
    "agency": "government agency",
}


def bodies_apart(first: Sequence[EntityMention], second: Sequence[EntityMention]) -> list[Divergence]:
    """A speaker named as a kind of body in one claim and as another kind in the other, neither claim crediting
    the other's: "State prosecutors said" / "Police said", "their lawyers said" / "the insurer said". Either
    article may mention the other body (the insurer being sued); it still does not speak here."""
    kinds_a = {s.span.text: _institution(s) for s in first if s.label == NOUN_PHRASE}
    kinds_b = {s.span.text: _institution(s) for s in second if s.label == NOUN_PHRASE}
    # every kind a claim's speakers name, in any of their words: "Prosecution lawyers" / "Prosecutors", "The
    # insurer's lawyers" / "The insurer" may be one side
    named_a = {_INSTITUTIONS.get(word) for s in first for word in _words(s.span.text)}
    named_b = {_INSTITUTIONS.get(word) for s in second for word in _words(s.span.text)}
    for name_a, kind_a in kinds_a.items():
        for name_b, kind_b in kinds_b.items():
            if kind_a and kind_b and kind_a not in named_b and kind_b not in named_a:
                return [Divergence("attribution", name_a, name_b,
                                   f"The sources credit different bodies: {name_a!r} against {name_b!r}.")]
    return []


def _institution(speaker: EntityMention) -> str | None:
    """The kind of body the speaker's last word names: "State prosecutors" -> "prosecution"."""
    words = _words(speaker.span.text)
    return _INSTITUTIONS.get(words[-1]) if words else None


def _words(name: str) -> list[str]:
    return re.findall(r"[a-z]+", re.sub(r"['’]s?\b", "", name.lower()))
