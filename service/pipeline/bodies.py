"""Speakers named as kinds of body ("prosecutors", "the insurer") that no rewording turns into one another."""

from __future__ import annotations

import re
from collections.abc import Sequence

from service.pipeline.names import LEGAL_FORM, OFFICES
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
    **dict.fromkeys(("university", "college"), "university"),
    **dict.fromkeys(("company", "firm", "cooperative", "airline", "shipping", "carmaker", "automaker", "drugmaker",
                     "chipmaker", "planemaker", "manufacturer", "retailer", "supermarket", "brewer"),
                    "company"),
    "council": "council",
    "governor": "governor's office",
    "mayor": "mayor's office",
    # a country's government by its offices: "Ghana's foreign ministry", "Kenya's agriculture minister"
    **dict.fromkeys(("ministry", "minister", "presidency", "embassy", "cabinet"), "government"),
    "ombudsman": "ombudsman",
    **dict.fromkeys(("association", "associations"), "association"),
    **dict.fromkeys(("charity", "cross", "crescent"), "charity"),  # "the British Red Cross", "the Red Crescent"
    "tank": "think tank",
    **dict.fromkeys(("commissioner", "commission"), "government agency"),  # "the data protection commissioner"
    "nations": "international body",  # "the United Nations"
    **dict.fromkeys(("auditor", "auditors"), "auditors"),
    **dict.fromkeys(("regulator", "regulators"), "regulator"),  # not "watchdog": "the spending watchdog" is the NAO
    "club": "club",
    **dict.fromkeys(("laboratory", "laboratories", "lab", "labs"), "laboratory"),
    # people who speak for themselves or their own: "relatives", "a neighbour", "passengers" (not a son or a
    # daughter, who may run the family's company, nor an owner, who may be a council or a company)
    **dict.fromkeys(("relative", "relatives", "family", "families", "neighbour", "neighbours", "neighbor",
                     "neighbors", "witness", "witnesses", "eyewitness", "eyewitnesses", "resident", "residents",
                     "passenger", "passengers"), "private person"),
}
# Bodies known by their names: United Nations agencies and the best-known aid groups.
_NAMED_BODIES = {
    **dict.fromkeys(("un", "u n", "united nations", "unicef", "unhcr", "who", "wfp", "unesco", "undp", "unfpa",
                     "iaea", "ocha", "unrwa", "imf", "world health organization", "world health organisation",
                     "world food programme", "international monetary fund", "world bank"), "international body"),
    "buckingham palace": "royal household",  # not any palace: "the presidential palace" is the presidency's
    **dict.fromkeys(("oxfam", "amnesty international", "human rights watch", "doctors without borders", "msf",
                     "medecins sans frontieres", "save the children", "icrc"), "charity"),
}
# Words before "department" that make it a government's: "the state health department" (not "the fire department",
# "the company's legal department").
_GOVERNMENT_DEPARTMENTS = frozenset({"state", "federal", "health", "transport", "transportation", "education",
                                     "environment", "environmental", "agriculture", "treasury", "interior", "labour",
                                     "labor", "housing", "energy", "finance", "trade", "commerce", "corrections",
                                     "immigration", "foreign", "defence", "defense"})
# Agencies that are no government's: "the aid agency", "a news agency".
_OTHER_AGENCIES = frozenset({"aid", "relief", "humanitarian", "funding", "news", "travel", "advertising", "talent",
                             "rating", "ratings", "credit", "recruitment", "employment", "marketing", "dating"})
# Words before "Council" that make it a local government's: "Shetland Islands Council", "Leeds City Council".
_LOCAL = frozenset({"city", "county", "district", "borough", "town", "parish", "islands", "island", "regional",
                    "municipal", "village", "metropolitan", "shire", "state"})
# Kinds of body whose noun may stand before its name: "club Lens", "the charity Oxfam".
_BODIES_A_NAME_FOLLOWS = frozenset({"club", "company", "union", "charity", "association", "university", "insurer",
                                    "laboratory"})
# Words before "official" that make the speaker a town's: "a local official", "city officials".
_LOCAL_OFFICIALS = frozenset({"local", "city", "town", "municipal", "county", "village"})
# Nouns of bodies that a title after them serves: "Company lawyer John Reed", "the hospital's lawyer".
_BODY_NOUNS = frozenset({*_INSTITUTIONS, "club", "bank", "school", "city", "county", "state", "government",
                         "ministry", "department", "board", "trust", "group", "team", "league", "federation", "party",
                         "museum", "charity"})
# Words that say who speaks for a body, not which: "a police statement", "a court spokesman".
_VOICES = frozenset({"statement", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "source",
                     "sources", "representative", "representatives", "investigators"})  # "police investigators"
# Words for what a public body publishes, and so speaks for it: "trade ministry data" (not "hospital data", which is
# data about hospitals).
_PUBLISHED = frozenset({"data", "figures", "statistics"})
_PUBLISHERS = frozenset({"ministry", "agency", "government", "department", "office", "bureau"})
# The last word of a body's name that makes it a public agency: "the National Highway Traffic Safety
# Administration", "the Civil Aviation Authority", "the Federal Trade Commission" (names only: "the local
# authority" is a council).
_AGENCY_NAMES = frozenset({"administration", "authority", "commission"})
# A person's title after a body's noun: "farmers' union leader Karin Lund", "hospital spokesman Tom Reed".
_HOLDER_TITLES = frozenset({"leader", "chief", "head", "boss", "chairman", "chairwoman", "chair", "president",
                            "spokesman", "spokeswoman", "spokesperson", "director", "secretary"})
# Titles before a name that say which kind of body the person speaks for.
_TITLED = {
    **{word: kind for word, kind in _INSTITUTIONS.items() if kind in ("lawyers", "police", "prosecution")},
    "minister": "government",
    "judge": "court",
    # police ranks before a name: "Detective Inspector Laura Finch", "Sergeant Tom Ure"
    **dict.fromkeys(("inspector", "sergeant", "superintendent", "constable"), "police"),
}


def bodies_apart(
    first: Sequence[EntityMention], second: Sequence[EntityMention], texts: tuple[str, str] = ("", "")
) -> list[Divergence]:
    """A speaker named as a kind of body in one claim and as another kind in the other, neither claim crediting
    the other's: "State prosecutors said" / "Police said", "their lawyers said" / "the insurer said", "Halloway
    University said" / "federal prosecutors said", "Education Minister Daniel Rourke denied" / "The university
    denied". Either article may mention the other body (the insurer being sued); it still does not speak here.
    `texts`, the two claims, give a named speaker the title written before the name."""
    # not a speaker both claims credit: "his lawyer, Nadia Brenner," / "his lawyer Nadia Brenner"
    both = {s.key for s in first} & {s.key for s in second}
    kinds_a = {s.span.text: institution(s, texts[0]) for s in first if s.key not in both}
    kinds_b = {s.span.text: institution(s, texts[1]) for s in second if s.key not in both}
    # every kind a claim's speakers name, in any of their words: "Prosecution lawyers" / "Prosecutors", "The
    # insurer's lawyers" / "The insurer" may be one side
    named_a = {_INSTITUTIONS.get(w) for s in first for w in _spoken_for(s, texts[0])} | set(kinds_a.values())
    named_b = {_INSTITUTIONS.get(w) for s in second for w in _spoken_for(s, texts[1])} | set(kinds_b.values())
    for name_a, kind_a in kinds_a.items():
        for name_b, kind_b in kinds_b.items():
            if kind_a and kind_b and kind_a not in named_b and kind_b not in named_a and not compatible(
                kind_a, kind_b
            ):
                return [Divergence("attribution", name_a, name_b,
                                   f"The sources credit different bodies: {name_a!r} against {name_b!r}.")]
    return []


# Kinds one body may be called by in turn: an insurer is a company; the mayor's office speaks for the council,
# a governor's office for the state's agencies.
_COMPATIBLE = frozenset({frozenset({"company", "insurer"}), frozenset({"mayor's office", "council"}),
                         frozenset({"mayor's office", "government agency"}),
                         frozenset({"governor's office", "government agency"}),
                         # a ministry speaks for its forces and agencies; a teachers' association may be their union
                         *(frozenset({"government", kind}) for kind in (
                             "military", "police", "prosecution", "government agency", "governor's office",
                             "mayor's office", "council", "fire service", "coast guard")),
                         # a city's or a port's own services: "the state fire agency", "the mayor's office" for its
                         # fire department, "the Port Authority" for its police
                         *(frozenset({"fire service", kind}) for kind in ("government agency", "mayor's office",
                                                                          "council")),
                         frozenset({"police", "government agency"}),
                         # the coast guard is a navy's, a police force's or an agency, country by country
                         *(frozenset({"coast guard", kind}) for kind in ("military", "police", "government agency")),
                         frozenset({"international body", "government agency"}),  # "the agency" for the WHO
                         frozenset({"charity", "association"}), frozenset({"auditors", "company"}),  # "firm KPMG"
                         frozenset({"campaign group", "charity"}), frozenset({"campaign group", "association"}),
                         frozenset({"ombudsman", "government agency"}),  # "the state human rights agency"
                         frozenset({"association", "union"}),
                         frozenset({"club", "company"}),  # a football club is run as a company
                         # a regulator is a public agency, a ministry's or an international one
                         *(frozenset({"regulator", kind}) for kind in (
                             "government agency", "government", "international body", "local government")),
                         frozenset({"lawyers", "private person"}),  # "law firm Hausfeld, representing the families"
                         # a laboratory is a public agency's, a university's, a company's, a hospital's or the police's
                         *(frozenset({"laboratory", kind}) for kind in (
                             "government agency", "government", "university", "company", "hospital", "police")),
                         # a town's officials may speak for any of its offices and services
                         *(frozenset({"local government", kind}) for kind in (
                             "council", "mayor's office", "police", "fire service", "government agency", "government",
                             "governor's office", "hospital", "coast guard", "company"))})  # "the city's water company"


def compatible(first: str, second: str) -> bool:
    return frozenset({first, second}) in _COMPATIBLE


_COUNSEL_FOR = re.compile(r"\b(defen[cs]e\s+)?(?:lawyers?|attorneys?|solicitors?|barristers?|counsel)\s+"
                          r"(?:for|representing)\s+$", re.IGNORECASE)
_A_PUBLIC_BODY = re.compile(r"\b(?:state|government|city|county|council|crown|department|ministry|commonwealth|"
                           r"people|prosecution|prosecutors?|authority|agency|commission)\b", re.IGNORECASE)
_CHAMBER_OF_COMMERCE = re.compile(r"\bchambers?\s+of\s+(?:commerce|industry|trade)\b", re.IGNORECASE)


def institution(speaker: EntityMention, text: str) -> str | None:
    """The kind of body the speaker names: by a common noun's last word ("State prosecutors" -> "prosecution"),
    or the word before one that only says who speaks for it ("a police statement"); by a body's name ("Halloway
    University"); or by a person's title right before the name ("Education Minister Daniel Rourke")."""
    words = _words(speaker.span.text)
    if not words or speaker.label not in (NOUN_PHRASE, "ORG", "PERSON"):
        return None  # a speaker known from an earlier sentence: its words stand in another text
    if _CHAMBER_OF_COMMERCE.search(speaker.span.text):
        return "association"  # "the local chamber of commerce", "the Hollins Bay Chamber of Commerce"
    counsel = _COUNSEL_FOR.search(text[: speaker.span.start]) if speaker.label != NOUN_PHRASE else None
    if counsel and (counsel.group(1) or not _A_PUBLIC_BODY.search(speaker.span.text)):
        return "lawyers"  # "Defence lawyers for Marcus Hale argued": his lawyers speak (not "lawyers for the state")
    if _POSSESSIVE.search(speaker.span.text):  # "Eastmoor University's governing council": its office speaks
        return next(filter(None, map(_INSTITUTIONS.get, reversed(_spoken_for(speaker, text)))), None)
    if speaker.label == NOUN_PHRASE:
        if _CAMPAIGN_GROUP.search(speaker.span.text):
            return "campaign group"  # "the environmental group Clean Air", its name cut short by the parser
        possessor = _POSSESSOR.search(speaker.span.text)
        if possessor and possessor.group(1).lower() in _INSTITUTIONS and words[-1] in _HOLDERS:
            return _INSTITUTIONS[possessor.group(1).lower()]  # "the company's chief executive", not its "pilots"
        if words[-1] in _VOICES and len(words) >= 2:
            # "a local official", "city officials": the town's government, of whichever office
            return "local government" if words[-2] in _LOCAL_OFFICIALS else _INSTITUTIONS.get(words[-2])
        if words in (["his", "agent"], ["her", "agent"], ["their", "agent"]):
            return "private person"  # a player's agent, not "an FBI agent"
        if words[-1] in _PUBLISHED and len(words) >= 2 and words[-2] in _PUBLISHERS:
            return _of_its_kind(words[:-1]) or ("government" if words[-2] == "government" else None)
        return _named_at_the_end(words) or _kind_before_a_name(speaker.span.text) or _of_its_kind(words)
    if speaker.label == "ORG":
        if LEGAL_FORM.search(speaker.span.text) or _LEGAL_FORM_BEFORE.search(text[: speaker.span.start]):
            return "company"  # "Desert Crest Residential LLC", "PT Samudra Logistik"
        known = " ".join(words).removeprefix("the ")
        if known in _NAMED_BODIES:
            return _NAMED_BODIES[known]
        named = _of_its_kind(words) or ("government agency" if _an_agency_by_name(words) else None) or (
            _headed_before_of(words))
        if named == "council" and (len(words) < 2 or words[-2] not in _LOCAL):
            named = None  # "the Norwegian Refugee Council", "the Medical Research Council": not a local council
        if named:
            return named
        if _CAMPAIGN_GROUP_BEFORE.search(text[: speaker.span.start]):
            return "campaign group"  # "the environmental group Clean Air Now"
        # the kind written before the name: "the think tank Centre for Urban Mobility", "the charity Oxfam" (not
        # "talent agency WME")
        title = _title_before(speaker, text)
        return (_INSTITUTIONS.get(title) if title != "agency" else None) or _TITLED.get(title) or (
            _described_after(speaker, text))
    title = _title_before(speaker, text)
    if speaker.span.text.isupper() and title != "agency":  # "grain exporters' association ANEC", tagged a person
        return _INSTITUTIONS.get(title) or _TITLED.get(title)
    if title == "firm" and re.search(r"\blaw\s+firm\s+$", text[: speaker.span.start], re.IGNORECASE):
        return "lawyers"  # "law firm Clifford Chance", taken for a person
    if _INSTITUTIONS.get(title) in _BODIES_A_NAME_FOLLOWS:
        return _INSTITUTIONS[title]  # "his club Lens", the tagger taking the club for a person
    return _TITLED.get(title) or _body_of_the_title(speaker, text) or _described_after(speaker, text)


def _described_after(speaker: EntityMention, text: str) -> str | None:
    """The kind of body the words set after the name between commas call it: "Seaguard, the company operating the
    pipeline, said", "Harbourline, the largest home insurer in the region, said"."""
    described = _APPOSITION.match(text, speaker.span.end)
    if described is None:
        return None
    return next((_INSTITUTIONS[w] for w in described.group(1).lower().split()[:4] if w in _INSTITUTIONS), None)


_APPOSITION = re.compile(r",\s+(?:the|a|an|its|their)\s+([^,;.\"“”]{1,60}?),")


def _headed_before_of(words: list[str]) -> str | None:
    """The kind a name says before "of": "the Ministry of Health", "the University of Tarrow", "the Court of
    Appeal"."""
    named = [w for w in words if w != "the"]
    return _INSTITUTIONS.get(named[0]) if len(named) >= 3 and named[1] == "of" else None


def _of_its_kind(words: list[str]) -> str | None:
    """The kind the last word names: not a government agency where the word before says it is none ("the aid
    agency", "Xinhua News Agency")."""
    if words[-1] == "agency" and len(words) >= 2 and words[-2] in _OTHER_AGENCIES:
        return None
    if words[-1] == "agency" and _INTERNATIONAL.search(" ".join(words)):
        return "international body"  # "the U.N. health agency", "the EU's border agency"
    if len(words) >= 2 and words[-2] == "fire" and words[-1] in ("service", "department"):
        return "fire service"  # "the city's fire service", "the county fire department"
    if words[-2:] == ["ambulance", "service"]:
        return "ambulance service"
    if words[-2:] in (["hospital", "trust"], ["hospitals", "trust"], ["health", "trust"]):
        return "hospital"  # "the regional hospital trust" runs hospitals
    if words[-2:] == ["health", "board"]:
        return "government agency"  # "the regional health board"
    if words[-2:] == ["central", "bank"]:
        return "central bank"
    if words[-2:] == ["coast", "guard"]:
        return "coast guard"  # not "the Civil Guard" or "the Border Guard", police forces
    if words[-1] == "department":
        return "government" if len(words) >= 2 and words[-2] in _GOVERNMENT_DEPARTMENTS else None
    if words[-1] == "office" and len(words) >= 2:  # "Colombia's ombudsman's office"
        if words[-2] in ("audit", "auditor"):
            return "auditors"  # "the state audit office", "the National Audit Office"
        return _INSTITUTIONS.get(words[-2]) if words[-2] in ("ombudsman", "governor", "mayor") else None
    return _INSTITUTIONS.get(words[-1])


def _named_at_the_end(words: list[str]) -> str | None:
    """A known body's name that ends the phrase: "medical charity Doctors Without Borders"."""
    return next((_NAMED_BODIES[name] for k in range(len(words)) if (name := " ".join(words[k:])) in _NAMED_BODIES),
                None)


def _kind_before_a_name(phrase: str) -> str | None:
    """The kind written before a name inside the phrase: "the environmental charity Green Shores"."""
    found = _KIND_BEFORE_A_NAME.search(phrase)
    return _INSTITUTIONS.get(found.group(1).split()[-1].lower()) if found else None


def _an_agency_by_name(words: list[str]) -> bool:
    """"the National Highway Traffic Safety Administration", "the Dutch National Cyber Security Centre"."""
    national_centre = words[-1] in ("centre", "center") and "national" in words
    return len(words) >= 2 and (words[-1] in _AGENCY_NAMES or national_centre)


def _body_of_the_title(speaker: EntityMention, text: str) -> str | None:
    """The kind of body a person's title names after the body's noun: "farmers' union leader Karin Lund"."""
    before = re.search(r"([A-Za-z]+)\s+([A-Za-z]+)\s+$", text[: speaker.span.start]) if text else None
    if before is None or before.group(2).lower() not in _HOLDER_TITLES or not before.group(1).islower():
        return None  # "farmers' union leader", not "European Union chief" or "Security Council President"
    return _INSTITUTIONS.get(before.group(1))


def _title_before(speaker: EntityMention, text: str) -> str:
    """The word right before a name, lowercased, when nothing parts them: "Minister" in "Education Minister Daniel
    Rourke", "lawyer" in "Lapin Panimo's lawyer Juhani Virtanen". Not a title a body's noun qualifies: "Company
    lawyer John Reed" and "the university's lawyer" speak for the company and the university."""
    before = re.search(r"(?:([A-Za-z]+)(['’]s)?\s+)?([A-Za-z]+)\s+$", text[: speaker.span.start]) if text else None
    if before is None:
        return ""
    qualifier = (before.group(1) or "").lower()
    # "the client's lawyer" serves the client; "Lapin Panimo's lawyer" is a lawyer, against "the judges"
    common_possessor = bool(before.group(2)) and qualifier != "" and before.group(1).islower()
    title = before.group(3).lower()
    kind = _INSTITUTIONS.get(qualifier)
    # "Detective Inspector Laura Finch": a rank of the body named before it; "the shipping company Orvik Lines"
    if qualifier in _BODY_NOUNS and (kind == _TITLED.get(title) or (kind is not None
                                                                    and kind == _INSTITUTIONS.get(title))):
        return title
    return "" if qualifier in _BODY_NOUNS or common_possessor else title


def _spoken_for(speaker: EntityMention, text: str) -> list[str]:
    """The speaker's words, with the words of the office after a possessive name: "Eastmoor University's" in
    "Eastmoor University's governing council confirmed" -> eastmoor, university, governing, council, confirmed."""
    if not text or not _POSSESSIVE.search(speaker.span.text):
        return _words(speaker.span.text)
    office = []
    for word in text[speaker.span.end :].split()[:3]:
        if not word.isalpha() or not word.islower() or word in _SAYING:
            break  # "The council's leader told prosecutors": the office ends at its verb
        office.append(word)
    return _words(speaker.span.text) + office


_POSSESSIVE = re.compile(r"['’]s?$")
_KIND_BEFORE_A_NAME = re.compile(r"\b(charity|association|union|company|university|think\s+tank)\s+"
                                 r"[A-Z][\w'’&.-]*(?:\s+(?:(?:of|the|and|for)\s+)*[A-Z][\w'’&.-]*)*$")
_INTERNATIONAL = re.compile(r"\b(?:u n|un|eu|united nations|european union|world|global|international|who|iaea|"
                            r"geneva)\b")  # "the WHO's cancer agency", "the Geneva-based health agency"
_CAMPAIGN_GROUP = re.compile(r"\b(?:environmental|campaign|campaigning|advocacy|rights|conservation|activist|lobby|"
                             r"pressure|consumer|watchdog)\s+group\b", re.IGNORECASE)
_CAMPAIGN_GROUP_BEFORE = re.compile(_CAMPAIGN_GROUP.pattern + r"\s+$", re.IGNORECASE)
_LEGAL_FORM_BEFORE = re.compile(r"\b(?:PT|JSC|PJSC|OAO|OOO)\s+$")
# The last words of a body's office or its holder: "the company's chief executive", "the governor's office".
_HOLDERS = OFFICES | {"office", "board", "head", "boss", "president", "lawyer", "lawyers", "spokesman",
                      "spokeswoman", "spokesperson", "management", "officer"}  # "the company's chief medical officer"
_POSSESSOR = re.compile(r"\b([A-Za-z]+)['’]s?\s+\w")
_SAYING = frozenset({"said", "says", "told", "tells", "confirmed", "confirms", "announced", "announces", "denied",
                     "denies", "added", "adds", "wrote", "argued", "stated", "warned", "insisted", "claimed"})


def _words(name: str) -> list[str]:
    return re.findall(r"[a-z]+", re.sub(r"['’]s?\b", "", name.lower()))
