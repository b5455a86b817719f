"""Words of opposite meaning, as news text swaps them: "rose" / "fell", "easing" / "tightening"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

_PAIRS = [
    ("rise", "fall"), ("ease", "intensify"), ("weaken", "intensify"), ("increase", "decrease"),
    ("increase", "cut"), ("increase", "reduce"), ("gain", "lose"), ("earn", "lose"),
    ("win", "lose"), ("beat", "lose"), ("accept", "reject"), ("accept", "appeal"),
    ("accept", "contest"),
    ("approve", "reject"), ("agree", "refuse"), ("agree", "disagree"),
    ("support", "oppose"), ("like", "oppose"), ("favour", "oppose"), ("favor", "oppose"), ("like", "dislike"),
    ("allow", "ban"), ("allow", "forbid"), ("allow", "prohibit"), ("permit", "ban"), ("permit", "forbid"),
    ("permit", "prohibit"), ("allow", "refuse"), ("permit", "refuse"), ("open", "close"),
    ("high", "low"), ("higher", "lower"), ("more", "less"), ("more", "fewer"), ("most", "least"),
    ("strengthen", "weaken"), ("success", "failure"), ("succeed", "fail"), ("successful", "unsuccessful"),
    ("legal", "illegal"), ("guilty", "innocent"), ("victory", "defeat"), ("ally", "enemy"), ("ally", "adversary"),
    ("ally", "rival"),
    ("improve", "worsen"), ("improve", "deteriorate"), ("improve", "decline"), ("raise", "lower"),
    ("praise", "criticize"),
    ("praise", "criticise"), ("praise", "condemn"), ("lift", "impose"), ("boost", "reduce"), ("boost", "cut"),
    ("easy", "difficult"), ("easy", "hard"), ("strong", "weak"), ("warm", "cold"), ("mild", "severe"),
    ("friendly", "hostile"),
    ("calm", "tense"), ("convivial", "tense"), ("cordial", "tense"), ("relaxed", "tense"), ("calm", "heated"),
    ("friendly", "heated"), ("cordial", "heated"), ("early", "late"), ("earlier", "later"),
    ("before", "after"), ("first", "last"), ("maximum", "minimum"), ("expand", "shrink"), ("expand", "contract"),
    ("grow", "shrink"),
    ("up", "down"), ("largest", "smallest"), ("biggest", "smallest"), ("best", "worst"), ("better", "worse"),
    ("positive", "negative"), ("confirm", "deny"), ("welcome", "condemn"), ("welcome", "reject"),
    ("grateful", "ungrateful"), ("arrive", "leave"), ("arrive", "depart"), ("end", "begin"), ("end", "start"),
    ("resume", "halt"), ("resume", "suspend"), ("continue", "stop"), ("continue", "halt"), ("export", "import"),
    ("buy", "sell"), ("north", "south"), ("east", "west"), ("old", "young"), ("long", "short"), ("hot", "cold"),
    ("full", "empty"), ("public", "private"), ("strengthen", "undermine"), ("ease", "tighten"),
    ("loosen", "tighten"), ("relax", "tighten"), ("diverge", "converge"), ("divergence", "convergence"),
    ("deteriorate", "improve"), ("escalate", "de-escalate"), ("escalate", "ease"), ("attack", "defend"),
    ("ceasefire", "offensive"), ("withdraw", "deploy"), ("withdraw", "send"),
    ("release", "detain"), ("release", "arrest"), ("acquit", "convict"), ("acquit", "guilty"), ("include", "exclude"),
    ("join", "leave"), ("hire", "fire"), ("hire", "lay off"), ("profit", "loss"), ("surplus", "deficit"),
    ("rich", "poor"), ("wealthy", "poor"), ("majority", "minority"), ("all", "none"), ("always", "never"),
    ("everyone", "no one"), ("true", "false"), ("correct", "incorrect"), ("right", "wrong"),
    ("present", "absent"), ("alive", "dead"), ("survive", "die"), ("abundant", "scarce"), ("add", "remove"),
    ("mend", "break"), ("repair", "damage"), ("build", "destroy"), ("create", "destroy"), ("safe", "dangerous"),
    ("against", "favour"), ("against", "favor"), ("former", "current"), ("former", "incumbent"),
    ("mandatory", "optional"), ("compulsory", "optional"),
    ("mandatory", "voluntary"), ("compulsory", "voluntary"),
    ("rare", "routine"), ("rare", "common"), ("unusual", "routine"), ("rare", "frequent"), ("rarely", "often"),
    ("cheap", "expensive"), ("fast", "slow"), ("quick", "slow"), ("quickly", "slowly"), ("heavy", "light"),
    ("far", "near"), ("inside", "outside"), ("above", "below"), ("over", "under"), ("same", "different"),
    ("similar", "different"), ("certain", "uncertain"), ("likely", "unlikely"), ("possible", "impossible"),
    ("willing", "unwilling"), ("able", "unable"), ("ready", "unready"), ("clear", "unclear"),
    ("decline", "increase"), ("decline", "rise"), ("decline", "grow"), ("decline", "growth"), ("drop", "rise"),
    ("drop", "increase"), ("fall", "increase"), ("fall", "grow"), ("gain", "loss"), ("struggle", "thrive"),
    ("struggling", "thriving"), ("struggling", "booming"), ("surge", "slump"), ("surge", "plunge"),
    ("deferential", "defiant"), ("conciliatory", "defiant"), ("united", "divided"), ("unity", "division"),
    ("cordial", "contentious"), ("cordial", "acrimonious"), ("cordial", "hostile"), ("amicable", "hostile"),
    ("embrace", "reject"), ("embrace", "oppose"), ("embrace", "resist"), ("maintain", "ease"),
    ("maintain", "lift"), ("lift", "reimpose"), ("end", "extend"), ("lift", "reinstate"), ("slow", "pick up"),
    ("maintain", "abandon"), ("celebrate", "lament"), ("celebrate", "mourn"),
    ("optimistic", "pessimistic"), ("approve", "veto"), ("confirm", "dispute"), ("agree", "reject"),
    ("advantage", "disadvantage"), ("benefit", "harm"), ("accelerate", "slow"), ("strengthen", "erode"),
    ("endorse", "oppose"), ("endorse", "reject"), ("acknowledge", "deny"), ("admit", "deny"), ("maintain", "loosen"),
    ("support", "reject"), ("celebrate", "deplore"), ("celebrate", "condemn"), ("praise", "deplore"),
    ("welcome", "deplore"), ("welcome", "criticize"), ("welcome", "criticise"), ("aggressive", "cautious"),
    ("support", "criticize"), ("support", "criticise"), ("warm", "tense"),
    ("break", "reconciliation"), ("rift", "reconciliation"), ("rupture", "reconciliation"), ("frosty", "warm"),
    ("frosty", "friendly"), ("frosty", "convivial"), ("frosty", "cordial"), ("shaken", "composed"),
    ("sour", "improve"), ("divergence", "converge"), ("following", "before"), ("prior", "after"),
    ("prior", "following"), ("prior", "since"), ("begin", "conclude"), ("start", "conclude"),
    ("cut", "raise"), ("reduce", "raise"), ("lower", "increase"), ("small", "large"), ("smaller", "larger"),
    ("minor", "serious"), ("minor", "major"), ("secretly", "openly"), ("premium", "discount"), ("pass", "reject"),
    ("support", "opposition"), ("approval", "rejection"), ("acceptance", "rejection"), ("praise", "criticism"),
    ("support", "criticism"), ("optimism", "pessimism"), ("backing", "rejecting"), ("backing", "opposing"),
    ("backed", "rejected"), ("backed", "opposed"), ("free", "detain"), ("free", "arrest"), ("free", "imprison"),
    ("release", "imprison"),
    ("hasten", "delay"), ("accelerate", "delay"), ("speed up", "slow"), ("speed up", "delay"), ("boost", "trim"),
    ("increase", "trim"), ("raise", "trim"),
    ("rise", "slip"), ("dry", "wet"), ("driest", "wettest"), ("intensify", "subside"), ("escalate", "subside"),
    ("intensify", "abate"), ("close", "reopen"), ("closed", "reopen"), ("shut", "reopen"),
    ("temporary", "permanent"), ("widen", "narrow"), ("rise", "retreat"),
    ("climb", "retreat"), ("advance", "retreat"), ("uphold", "overturn"), ("uphold", "quash"),
    ("forfeit", "keep"), ("pay rise", "pay cut"), ("worsen", "ease"), ("within", "outside"),
    ("disappointed", "pleased"), ("disappointed", "delighted"), ("disappointed", "satisfied"),
    ("disappointed", "welcome"), ("disappoint", "welcome"), ("disappoint", "pleased"), ("disappoint", "delighted"),
    ("lengthen", "shorten"), ("increase", "reduction"),
    ("opponent", "supporter"), ("critic", "supporter"), ("critic", "ally"), ("approval", "refusal"),
    ("double", "halve"), ("backed", "criticised"), ("backed", "criticized"),
    ("faster", "slower"), ("faster", "slowly"), ("accidental", "deliberate"), ("accidental", "intentional"),
    ("accidentally", "deliberately"), ("accidentally", "intentionally"), ("defend", "criticise"),
    ("defend", "criticize"), ("defend", "condemn"), ("boost", "setback"), ("boost", "blow"),
    # a proposal and its adoption: a status ("lawmakers proposed $12 million" / "approved $12 million")
    ("propose", "approve"), ("propose", "adopt"), ("propose", "enact"),
    # suspected or suggested, and confirmed: a status ("investigators suspect" / "investigators have confirmed")
    ("suspect", "confirm"), ("suggest", "confirm"), ("believe", "confirm"), ("suspect", "establish"),
    ("suggest", "establish"), ("suspect", "prove"), ("suggest", "prove"),
    # results not yet confirmed, and confirmed ones: a status too
    ("unofficial", "official"), ("unofficial", "certified"), ("preliminary", "certified"),
    ("provisional", "certified"), ("preliminary", "official"), ("preliminary", "final"), ("provisional", "final"),
    ("interim", "final"),
    # phrases, read from two words in a row ("pushed back on", "cast doubt on", "played down")
    ("push back", "welcome"), ("push back", "embrace"), ("push back", "endorse"), ("push back", "support"),
    ("vote for", "vote against"), ("phase out", "expand"), ("go ahead", "postpone"), ("go ahead", "cancel"),
    ("cast doubt", "reaffirm"), ("cast doubt", "acknowledge"),
    ("cast doubt", "confirm"), ("play down", "underscore"), ("play down", "emphasize"), ("play down", "stress"),
    ("downplay", "underscore"), ("downplay", "emphasize"), ("downplay", "stress"), ("stay away", "attend"),
    ("away from", "toward"), ("away from", "towards"), ("uncertain", "assured"), ("uncertain", "assure"),
    ("switch off", "switch on"), ("switch off", "turn on"), ("switch off", "leave on"), ("turn off", "turn on"),
    ("turn off", "switch on"), ("turn off", "leave on"), ("shut off", "leave on"), ("shut off", "turn on"),
    ("ahead of schedule", "behind schedule"), ("accept", "turn down"), ("approve", "turn down"),
    ("sack", "appoint"), ("fire", "appoint"), ("ahead of", "behind"), ("ahead of", "trail"),
]
# Not "im" / "ex": "impose" / "expose", "impress" / "express" ("import" / "export" is listed above).
_SWAPPED_PREFIXES = [("con", "di"), ("in", "de"), ("in", "ex"), ("over", "under"), ("pro", "anti"),
                     ("pre", "post"), ("max", "min"), ("up", "down"), ("en", "dis")]
# A negating prefix and the shortest word it may negate: "in", "im", "dis" and "mis" begin many words that negate
# nothing ("income", "inform", "display", "mistake"), so they need a longer word ("inaccurate", "dishonest").
# "im" needs a longer word still: "imprisoned" does not negate "prison".
_NEGATING_PREFIXES = {"un": 4, "non": 4, "non-": 4, "il": 4, "ir": 4, "in": 6, "im": 7, "dis": 6, "mis": 6}


def stems(word: str, doers: bool = True) -> set[str]:
    """The word and its plausible base forms, enough to look it up in the pair list. `doers`: "-er" may be
    dropped, reading "exporter" as "export" and "higher" (where the lemmatizer kept the comparative) as "high"."""
    word = word.lower()
    forms = {word}
    for suffix, replacement in (("ies", "y"), ("ied", "y"), ("ier", "y"), ("iest", "y"), ("es", ""), ("s", ""),
                                ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("er", ""),
                                ("est", ""), ("ly", "")):
        if suffix == "er" and not doers:
            continue
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            forms.add(word[: -len(suffix)] + replacement)
    if word in _IRREGULAR:
        forms.add(_IRREGULAR[word])
    return forms


_IRREGULAR = {"fell": "fall", "fallen": "fall", "rose": "rise", "risen": "rise", "won": "win", "lost": "lose",
              "began": "begin", "begun": "begin", "left": "leave", "sold": "sell", "bought": "buy", "built": "build",
              "broke": "break", "broken": "break", "died": "die", "better": "better", "paid": "pay", "spent": "spend",
              "seen": "see", "known": "know"}


@lru_cache(maxsize=1)
def _pair_set() -> frozenset[frozenset[str]]:
    return frozenset(frozenset(pair) for pair in _PAIRS)


# Words for a figure's moving up and moving down. Any of the one against any of the other is a contradiction
# only where both move the same figure ("shares rose 14%" / "shares tumbled 14%"): "sales slumped" and "an
# increase in prices" move two things.
_MOVING_UP = frozenset({"rise", "climb", "jump", "surge", "soar", "rally", "rebound", "increase", "grow", "gain",
                        "high"})  # "closed 2.1% higher"
_MOVING_DOWN = frozenset({"fall", "drop", "decline", "tumble", "plunge", "slump", "sink", "slide", "dip",
                          "decrease", "shrink", "plummet", "sag", "low"})


def move_opposite_ways(first: str, second: str) -> bool:
    return bool({first, second} & _MOVING_UP) and bool({first, second} & _MOVING_DOWN)


# Words that set a figure above or below a yardstick ("12 per cent more than current tariffs"): opposed to each
# other only, not to words of moving ("1,100 fewer beds than they need" / "the shortfall has grown to 1,100").
_MORE = frozenset({"more", "above"})
_LESS = frozenset({"less", "few", "fewer", "below"})
COMPARATIVES = _MORE | _LESS


def compared_opposite_ways(first: str, second: str) -> bool:
    return bool({first, second} & _MORE) and bool({first, second} & _LESS)


def direction(lemma: str) -> int:
    """+1 for a word of moving up ("rise", "up" of "up from 853,000"), -1 for one of moving down, else 0."""
    return 1 if lemma in _MOVING_UP or lemma == "up" else -1 if lemma in _MOVING_DOWN or lemma == "down" else 0


# Opposites only as verbs: "would appeal the decision" / "would accept it", not "accepted an offer, rejecting an
# appeal from parishioners".
VERB_ONLY_OPPOSITES = frozenset({"appeal", "contest", "building", "opening", "closing",  # "a living building"
                                 "double",  # "double-digit inflation"
                                 "fire"})  # "the inquiry into the Grenfell Tower fire"


# Opposites too loose to flag on their own ("back" is also "came back"), but enough to show that a claim moves two
# things opposite ways: "backed the deal, ... which had rejected an earlier offer".
_LOOSE_PAIRS = frozenset(frozenset(pair) for pair in (("back", "reject"), ("back", "turn down")))


@lru_cache(maxsize=65_536)  # asked for every pair of words of every aligned pair
def are_opposites(first: str, second: str, loosely: bool = False) -> bool:
    """True when the two words say opposite things ("easing" / "tightening", "able" / "unable"). A word read
    without its "-er" is opposed only to another so read ("exporter" / "importer", "higher" / "lower"), not to a
    verb ("growers" / "fell"; nor, a loss, "seller" / "bought"), unless `loosely` (as `both_ways` asks, where a
    wrong opposite only keeps a claim from being flagged)."""
    doers = loosely or (first.lower().endswith("er") and second.lower().endswith("er"))
    a_forms, b_forms = stems(first, doers), stems(second, doers)
    pairs = _pair_set() | (_LOOSE_PAIRS if loosely else frozenset())
    if any(frozenset((x, y)) in pairs for x in a_forms for y in b_forms if x != y):
        return True
    if negates_by_prefix(first, second, doers):
        return True
    for x in a_forms:
        for y in b_forms:
            for p, q in _SWAPPED_PREFIXES:
                for left, right in ((x, y), (y, x)):
                    if left.startswith(p) and right.startswith(q) and left[len(p) :] == right[len(q) :]:
                        if len(left) - len(p) >= 4:
                            return True
    return False


# "shortly after" / "in the hours before", "prior to the invasion" / "since the invasion": the order in time.
_ORDER_IN_TIME = frozenset({"before", "after", "earlier", "later", "following", "prior", "since"})
# Against "acknowledge", "confirm", "admit" or "attended": a denial, or an act that did not happen.
_DENYING = frozenset({"deny", "stay away"})
_REFUSING = frozenset({"refuse"})  # the verb: "recommended refusal" / "recommended approval" is a contradiction
_PROPOSING = frozenset({"propose"})
_PROVISIONAL = frozenset({"unofficial", "preliminary", "provisional", "interim"})
_SUSPECTING = frozenset({"suspect", "suggest", "believe"})


def suspected_against_confirmed(first: str, second: str) -> bool:
    """"suspect" / "confirm": opposed only of one statement, which a summary's sentence restated in part may not
    be ("Police confirmed the victim was a teacher" / "Police suspect she was killed")."""
    return bool((stems(first) | stems(second)) & _SUSPECTING)


def suspects_and_confirms(lemmas: frozenset[str]) -> bool:
    """The claim both suspects and confirms, each of its own statement: "Police confirmed the victim was a
    teacher. They believe she was killed"."""
    return bool(lemmas & _SUSPECTING) and bool(lemmas & _CONFIRMING)


_CONFIRMING = frozenset({"confirm", "establish", "prove"})


def opposite_kind(first: str, second: str) -> tuple[str, str]:
    """The divergence kind two opposite words make, and why: mostly a contradiction, but "before" / "after" is
    a date (the order in time) and "deny" / "acknowledge" a negation."""
    forms = stems(first) | stems(second)
    if forms & _ORDER_IN_TIME:
        return "date", "The order in time differs"
    if forms & _DENYING or forms & _REFUSING:  # "has refused to sign" / "has agreed to" the contract
        return "negation", "One source denies what the other affirms"
    if forms & _PROPOSING:
        return "status", "One source reports as proposed what the other reports as adopted"
    if forms & _PROVISIONAL:
        return "status", "One source reports as provisional what the other reports as confirmed"
    if forms & _SUSPECTING:
        return "status", "One source reports as suspected what the other reports as confirmed"
    return "contradiction", "The sources use opposite words of the same thing"


@lru_cache(maxsize=65_536)
def negates_by_prefix(first: str, second: str, doers: bool = True) -> bool:
    """One word is the other with a negating prefix: "signed" / "unsigned", "able" / "unable". `doers`: as for
    `stems` ("refiners" is no form of "refine" beside "unrefined")."""
    if stems(first) & _REVEALING or stems(second) & _REVEALING:
        return False
    for x in stems(first, doers):
        for y in stems(second, doers):
            for prefix, shortest in _NEGATING_PREFIXES.items():
                if (y == prefix + x or x == prefix + y) and min(len(x), len(y)) >= shortest:
                    return True
                # "paid" read as "pay" beside "unpaid": an irregular past after the prefix
                for plain, prefixed in ((x, y), (y, x)):
                    if prefixed.startswith(prefix) and _IRREGULAR.get(prefixed[len(prefix) :]) == plain:
                        return True
    return False


# "un-" that brings to light rather than negates: a ceiling "uncovered" in a restoration had been "covered".
_REVEALING = frozenset({"uncover", "unveil", "unearth", "unfold", "unravel", "unleash", "unpack", "unwrap"})


ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"})
# Closed sets whose members exclude each other in one slot: "yellow and blue paint" / "yellow and white paint".
_RIVAL_SETS = [
    {"red", "orange", "yellow", "green", "blue", "purple", "pink", "white", "black", "brown", "grey", "gray",
     "violet", "gold", "silver"},
    {*ORDINALS, "last"},
    # Not "chief": news writes "Commission chief" for "Commission President", "NATO chief" for its Secretary General.
    {"founder", "co-founder", "ceo", "chairman", "chairwoman", "president", "director", "owner", "manager",
     "editor", "spokesman", "spokeswoman", "treasurer", "secretary"},
    {"murder", "manslaughter", "assault", "theft", "robbery", "fraud", "burglary", "kidnapping"},
    {"husband", "wife", "son", "daughter", "brother", "sister", "father", "mother", "uncle", "aunt", "cousin"},
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western"},
    {"front", "rear"},
    {"northbound", "southbound", "eastbound", "westbound"},
    {"inbound", "outbound"},
]
# Colours describe the noun after them ("the black pieces" / "the white pieces"): a different one before the same
# noun conflicts whatever stands before it (not medals, which rank two winners).
MODIFIER_RIVALS = _RIVAL_SETS[0] - {"gold", "silver"}


RIVAL_WORDS = frozenset().union(*_RIVAL_SETS)  # every word that has a rival


def are_rivals(first: str, second: str) -> bool:
    """Two different members of one closed set ("blue" / "white", "founder" / "ceo"); a direction and its
    adjective are one ("eastern England" / "the east of England")."""
    a, b = (_COMPASS_ADJECTIVES.get(w.lower(), w.lower()) for w in (first, second))
    return a != b and any(a in rivals and b in rivals for rivals in _RIVAL_SETS)


_COMPASS_ADJECTIVES = {"northern": "north", "southern": "south", "eastern": "east", "western": "west"}


PHRASES = frozenset(word for pair in _PAIRS for word in pair if " " in word)
# One deal or contest told from either side: "A agreed to buy a stake from B" is "B agreed to sell it to A".
_CONVERSES = [frozenset(pair) for pair in (("buy", "sell"), ("purchase", "sell"), ("acquire", "sell"),
                                           ("lend", "borrow"), ("win", "lose"), ("beat", "lose"))]


def are_converses(first: str, second: str) -> bool:
    """Opposite words that report one event from its two parties' sides ("buy" / "sell")."""
    return any(frozenset((x, y)) in _CONVERSES for x in stems(first) for y in stems(second))


def with_phrases(lemmas: Sequence[str]) -> set[str]:
    """The lemmas, and the phrases of two or three words among them that have opposites ("push back", "cast
    doubt", "ahead of schedule")."""
    found = set(lemmas)
    found.update(f"{x} {y}" for x, y in zip(lemmas, lemmas[1:], strict=False) if f"{x} {y}" in PHRASES)
    found.update(f"{x} {y} {z}" for x, y, z in zip(lemmas, lemmas[1:], lemmas[2:], strict=False)
                 if f"{x} {y} {z}" in PHRASES)
    return found


def both_ways(lemma: str, lemmas: Iterable[str], by_direction: bool = False) -> bool:
    """The claim also uses a word opposite to `lemma`: it moves two things in opposite directions ("raising
    water rates and cutting library hours", "up five per cent ..., adding that cargo fell 3%"), so its word may stand
    for the other claim's opposite. `by_direction`: words of moving up and down count too ("up" / "fell"), not only
    listed opposites."""
    way = direction(lemma) if by_direction else 0
    return any(are_opposites(lemma, other, loosely=True) or (way and direction(other) == -way)
               for other in lemmas if other != lemma)


_CLOSING = frozenset({"close", "closed", "shut", "closure"})
_REOPENING = frozenset({"reopen", "reopens", "reopened", "reopening"})
_DAY_OR_MONTH = ("monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|"
                 "july|august|september|october|november|december")
# A day or a month named after "until" or "on": "until Wednesday", "until 12 June", "on June 12", "from May".
_WHEN = (rf"(?P<when>\d{{1,2}}\s+(?:{_DAY_OR_MONTH})|(?:{_DAY_OR_MONTH})(?:\s+\d{{1,2}}(?!\d))?)\b")
_CLOSED_UNTIL = re.compile(rf"\b(?:closed|shut)\b(?:\s+[\w-]+){{0,3}}?\s+until\s+{_WHEN}", re.IGNORECASE)
_REOPENED_AT = re.compile(rf"\bre-?open(?:s|ed|ing)?\b(?:\s+[\w-]+){{0,3}}?\s+(?:on|from|in)\s+{_WHEN}", re.IGNORECASE)


def closed_until_reopened(word_a: str, word_b: str, text_a: str, text_b: str) -> bool:
    """The two words are closing and reopening, and one text has the thing closed "until" the day or month at
    which the other has it reopen: "will remain closed until Wednesday" / "would reopen on Wednesday" (not "until
    further notice" / "next week")."""
    words = {word_a.lower(), word_b.lower()}
    if not (words & _CLOSING and words & _REOPENING):
        return False
    for closed, reopened in ((text_a, text_b), (text_b, text_a)):
        until, at = _CLOSED_UNTIL.search(closed), _REOPENED_AT.search(reopened)
        if until and at and sorted(until.group("when").lower().split()) == sorted(at.group("when").lower().split()):
            return True  # "12 June" and "June 12" alike
    return False
