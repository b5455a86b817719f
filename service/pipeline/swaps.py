"""Names one claim has where the other has another: a person, place or body swapped (`entity_divergences`), or a
statement credited to someone else (`attribution_divergences`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from rapidfuzz import fuzz

from service.pipeline.article_facts import ArticleFacts, words
from service.pipeline.bodies import bodies_apart, compatible, institution
from service.pipeline.name_kinds import (
    BODIES_DESCRIBED,
    a_named_place,
    a_natural_feature,
    a_place_by_its_words,
    folded,
    kind_by_the_words_before,
    places_of_one_kind,
    qualifies_a_body,
)
from service.pipeline.names import (
    COUNTRY_KEYS,
    LEGAL_FORM,
    OFFICES,
    PERSONS_ROLES,
    a_common_noun_capitalised,
    another_countrys_capital,
    country_and_city,
    cut_at_a_particle,
    entity_kind,
    former_name_of,
    government,
    initials_of,
    is_country,
    is_nation,
    joined_names,
    joined_names_written,
    name_initials,
    nationalities_joined,
    office_holders,
    one_country,
    only_titles,
    org_key,
    person_key,
    place_key,
    same_key,
    same_name,
    spelled_out,
    without_accents,
    written,
    written_as_its_place,
)
from service.pipeline.names import stands_for as country_of  # a name local to lonely() is called stands_for
from service.pipeline.quantities import names_a_currency, names_a_temperature_scale
from service.pipeline.types import INFERRED, NOUN_PHRASE, Claim, Divergence, EntityMention, Facts, Predicate, Span


def attribution_divergences(
    fa: Facts, fb: Facts, article_a: ArticleFacts, article_b: ArticleFacts, texts: tuple[str, str],
    summarised: bool = False,
) -> list[Divergence]:
    """Different speakers for one statement: the same quotation credited to two people, or a speaker replaced
    by one the other claim never mentions. A claim that names both ("the Kremlin ..., with Zakharova calling")
    credits no one else unless they quote the same words. `texts`, the two claims' texts: where they are the same
    but for their speakers, a speaker named by a common noun is compared too. `summarised`: one claim restates
    the other's article, and may pack what several of its speakers said."""

    def identities(speaker: EntityMention) -> set[str]:
        found = {speaker.key, government(speaker.key)}
        place = place_key(speaker.span.text)  # the tagger's person "Britain" or "London" speaks for the UK
        if is_country(place) or government(place) != place:
            found |= {place, government(place)}
        if speaker.label == "ORG" and _could_be_a_person(speaker.span.text):  # the tagger's "Volodymyr Zelenskyy"
            found.add(person_key(speaker.span.text))
        for titles in (article_a.titles, article_b.titles):
            found |= {person for _, _, person in titles.find(speaker.span.text)}
        for article in (article_a, article_b):
            found |= office_holders(_with_its_office(speaker, texts), article.text)
            found |= {org_key(other) for other in article.also_named(speaker.span.text)}  # "CONAF"
        return found

    def same_speaker(x: EntityMention, y: EntityMention) -> bool:
        # same_name: spaCy tags a person as an organisation at times, and then "Olaf Scholz" keeps his first name.
        # Or one is the other's initials: "GAO" for "the Government Accountability Office".
        return any(same_name(p, q) for p in identities(x) for q in identities(y)) or _shortened(x, y) or (
            initials_of(x.span.text, y.span.text) or initials_of(y.span.text, x.span.text)
        ) or _two_initials(x.span.text, y.span.text) or _two_initials(y.span.text, x.span.text) or (
            _initials_of_a_name_cut_short(x.span.text, y.span.text, texts[1])
            or _initials_of_a_name_cut_short(y.span.text, x.span.text, texts[0]))

    swapped_side = _other_nationality(fa.speakers, fb.speakers) or _other_party_in_the_same_words(fa, fb, texts) or (
        _a_spokesperson_for_a_principal(fa, fb, texts)) or (not summarised and _a_country_against_another(fa, fb))
    if swapped_side:
        return swapped_side
    bodies = [] if summarised else bodies_apart(fa.speakers, fb.speakers, texts)
    if bodies:
        return bodies
    # A noun phrase with no name in it ("the measure", "the president", "its CEO") is no evidence of another
    # speaker.
    def named(speaker: EntityMention, other: ArticleFacts) -> bool:
        if speaker.label == NOUN_PHRASE:
            return _a_party_foreign_to(speaker, other)
        agent = _AGENT.search(_with_its_office(speaker, texts)) if speaker.label == "PERSON" else None
        if agent:  # "Julien Morvan's lawyer said": not Morvan; another's lawyer only where the other article says so
            return _agent_of_another(speaker, agent.group(1), other.text)
        return not only_titles(_DETERMINER.sub("", speaker.span.text), times=False)

    lonely_a = [x for x in fa.speakers if named(x, article_b) and not any(same_speaker(x, y) for y in fb.speakers)]
    lonely_b = [y for y in fb.speakers if named(y, article_a) and not any(same_speaker(x, y) for x in fa.speakers)]
    if not lonely_a or not lonely_b:
        return []
    same_quote = any(
        fuzz.partial_ratio(" ".join(words(qa.text)), " ".join(words(qb.text))) >= 90
        for qa in fa.quotes
        for qb in fb.quotes
    )

    def mentions(facts: Facts, text: str, speaker: EntityMention, agents: Sequence[EntityMention] = ()) -> bool:
        # Or writes its name untagged: "Tessellate Chief Executive Marcus Hale" speaks for "Tessellate Inc.". Not
        # as whom the claim's speaker acts for: "Ferreyra's lawyer, Martín Quiroga, said" is not Ferreyra speaking;
        # nor only as whose thing the claim's speaker talks of: "The FDA said ... Veridane Therapeutics' pill cut".
        if _only_a_possessor_in_what_is_said(text, speaker.span.text, agents):
            return False
        return any(same_key(speaker.key, e.key) and not _for_whom_another_speaks(text, e, texts, agents, article_texts)
                   for e in facts.entities) or (
            speaker.label == "ORG" and _writes(facts, speaker.span.text)
        )

    article_texts = (article_a.text, article_b.text)
    replaced = not any(mentions(fb, texts[1], s, lonely_b) for s in lonely_a) and not any(
        mentions(fa, texts[0], s, lonely_a) for s in lonely_b)
    # Or one act with a named doer on each side that the other claim never mentions, whatever other speakers each
    # names: "Farrow & Kent chairman Sir Alan Pryce said the board had rejected" / "Delmont chief executive Thomas
    # Reilly said Farrow & Kent's board had turned down". A doer the other claim mentions may have said it too
    # ("Mayor Ann Lee and engineer Tom Hale said", "..., a date confirmed by engineer Tom Hale").
    one_act = [] if summarised else [
        (x, y) for x in lonely_a for y in lonely_b
        if not _is_pronoun(x) and not _is_pronoun(y) and _acts_of(x, fa) & _acts_of(y, fb)
        and not mentions(fb, texts[1], x, lonely_b) and not mentions(fa, texts[0], y, lonely_a)]
    if not (same_quote or replaced or one_act):
        return []
    # A named speaker is evidence; two pronouns are not (the named divergence sits in a neighbouring claim).
    if same_quote or replaced:
        verbs_b = {v for m in lonely_b for v in _verbs_of(m, fb)}
        verbs_a = {v for m in lonely_a for v in _verbs_of(m, fa)}
        sa = min(lonely_a, key=lambda m: (_is_pronoun(m), m.label == NOUN_PHRASE, not _verbs_of(m, fa) & verbs_b))
        sb = min(lonely_b, key=lambda m: (_is_pronoun(m), m.label == NOUN_PHRASE, not _verbs_of(m, fb) & verbs_a))
    else:
        sa, sb = min(one_act, key=lambda pair: (pair[0].label == NOUN_PHRASE) + (pair[1].label == NOUN_PHRASE))
    if _is_pronoun(sa) and _is_pronoun(sb):
        return []
    if (sa.label == INFERRED and sb.label != "PERSON") or (sb.label == INFERRED and sa.label != "PERSON"):
        return []  # a speaker known only from an earlier sentence may speak for the body the other names
    if any(represents(x, body, article.text) for x, y in ((sa, sb), (sb, sa)) for article in (article_a, article_b)
           for body in (y, *_by_its_short_forms(y, article_a, article_b))):
        return []  # either article may say whom the person speaks for, by either form of its name
    if _officer_by_title((sa, texts[0]), (sb, article_b.text)) or _officer_by_title(
        (sb, texts[1]), (sa, article_a.text)
    ):
        return []  # "The captain of the Ocean Lifeline said" / "said Lena Hofmann, the ship's captain"
    if _titled_as_described(sa, texts[0], sb) or _titled_as_described(sb, texts[1], sa):
        return []  # "Chief Constable Mark Evans of Cumbria Police" / "Cumbria's chief constable"
    # A party named by a common noun ("their union") may be the one the other names, wherever its own article
    # names that one too; two common nouns ("the measure" / "the resolution") may name one thing.
    common_a, common_b = sa.label == NOUN_PHRASE, sb.label == NOUN_PHRASE
    if (common_a and common_b) or (common_a and _mentioned(article_a, sb)) or (common_b and _mentioned(article_b, sa)):
        return []
    if (common_a or common_b) and not _same_but_the_speakers(texts, sa, sb):
        return []  # in a looser rewording "federal investigators" may well be the NTSB
    if any(s.label == NOUN_PHRASE and _DESCRIBED_BODY.search(s.span.text) for s in (sa, sb)):
        return []  # "the EU's competition watchdog" may be the European Commission

    def who(speaker: EntityMention) -> str:
        return f"{speaker.span.text!r} ({speaker.key})" if _is_pronoun(speaker) else repr(speaker.span.text)

    return [Divergence("attribution", sa.span.text, sb.span.text,
                       f"The sources credit different people: {who(sa)} against {who(sb)}.")]


def _titled_as_described(person: EntityMention, text: str, described: EntityMention) -> bool:
    """A person whose title before the name is the office the other speaker is described by: "Chief Constable
    Mark Evans" and "Cumbria's chief constable"."""
    office = _DESCRIBED_OFFICE.search(described.span.text)
    if person.label != "PERSON" or office is None:
        return False
    return re.search(rf"\b{re.escape(office.group(1))}\s+$", text[: person.span.start], re.IGNORECASE) is not None


# The office at the end of a description: "Cumbria's chief constable", "the club's head coach".
_DESCRIBED_OFFICE = re.compile(r"['’]s?\s+((?:[a-z]+\s+){0,2}[a-z]+)$")


def _two_initials(letters: str, name: str) -> bool:
    """"U.N." or "EU" for "the United Nations", "the European Union" (not "GM" for General Mills: two letters
    stand for too many names to read any others)."""
    return _TWO_LETTER_BODIES.get(letters.replace(".", "")) == _DETERMINER.sub("", name).lower()


_TWO_LETTER_BODIES = {"UN": "united nations", "EU": "european union"}


def _initials_of_a_name_cut_short(letters: str, name: str, text: str) -> bool:
    """"ABARES" for "the Australian Bureau of Agricultural", which the tagger cut from "the Australian Bureau of
    Agricultural and Resource Economics and Sciences": the letters spelled out in the name's claim, the name's
    initials opening or closing them ("MSF" for "Sans Frontières", cut from "Médecins Sans Frontières")."""
    if len(letters) < 3 or not letters.isupper() or not letters.isalpha():
        return False
    initials = name_initials(name)
    return len(initials) >= 2 and (letters.startswith(initials) or letters.endswith(initials)) and spelled_out(
        letters, without_accents(text), capitalised_only=True)


def _for_whom_another_speaks(
    text: str, mention: EntityMention, texts: tuple[str, str], agents: Sequence[EntityMention],
    article_texts: tuple[str, str],
) -> bool:
    """The name is written as whom an agent speaking in the claim acts for ("Ferreyra's lawyer, Martín Quiroga,
    said"), where the other claim names no such agent ("his attorney said Pryor denies it" names one) and the
    other article never names the agent (where it does, the agent speaks there too, maybe in other words)."""
    agent = _AGENT.match(text, mention.span.end)
    other, other_article = (texts[1], article_texts[1]) if text == texts[0] else (texts[0], article_texts[0])
    return agent is not None and _AGENT_NOUN.search(other) is None and not any(
        re.search(rf"\b{re.escape(a.span.text.split()[-1])}\b", other_article) for a in agents if a.span.text.split())


def _verbs_of(speaker: EntityMention, facts: Facts) -> set[str]:
    """The verbs written beside the speaker: of two speakers in one claim, the one who "warned" is the one
    the other claim's "warned" credits to someone else ("Sorensen said ..., and the association warned ..." /
    "the bureau warned ...")."""
    def beside(p: Predicate) -> bool:  # "the association warned", "has also warned", "warned the association"
        after = 0 <= p.span.start - speaker.span.end <= 12
        before = 0 <= speaker.span.start - p.span.end <= 2
        return after or before

    return {p.lemma for p in facts.predicates if beside(p)}


def _acts_of(speaker: EntityMention, facts: Facts) -> set[str]:
    """The verbs beside the speaker and those the parse gives it as subject: "Qatar, which mediated the talks,
    denied"."""
    head = speaker.key.split()[-1] if speaker.key.split() else ""
    return _verbs_of(speaker, facts) | {
        p.lemma for p in facts.predicates if head and p.subject.split()[-1:] == [head]}


def _by_its_short_forms(body: EntityMention, *articles: ArticleFacts) -> list[EntityMention]:
    """The body under the other forms of its name its articles give: "CONAF" for "National Forest Corporation"."""
    return [replace(body, span=Span(other, body.span.start, body.span.end), key=org_key(other))
            for article in articles for other in article.also_named(body.span.text)]


# Who speaks for the person a possessive names: "Julien Morvan's lawyer".
_AGENT_NOUNS = (r"lawyer|attorney|counsel|solicitor|barrister|spokes(?:man|woman|person)|representative|agent|aide|"
                r"adviser|advisor")
_AGENT = re.compile(rf"['’]s\s+(?:[a-z-]+\s+)?({_AGENT_NOUNS})\b(?!\s+general)")  # not "Michigan's attorney general"
_AGENT_NOUN = re.compile(rf"\b(?:{_AGENT_NOUNS})\b", re.IGNORECASE)


def _agent_of_another(possessor: EntityMention, agent: str, other_text: str) -> bool:
    """The other article gives its own such agent to someone else only: "Marr's lawyer" where it writes
    "Brantley's lawyer, Sofia Delgado" (not "his lawyer, Claire Dufresne", which may be Marr's)."""
    owners = [m.group(1) for m in re.finditer(rf"\b([A-Z][\w'-]+)['’]s\s+(?:[a-z-]+\s+)?{agent}\b", other_text)]
    if re.search(rf"\b(?:his|her|their)\s+(?:[a-z-]+\s+)?{agent}\b", other_text, re.IGNORECASE):
        return False  # "His lawyer, Claire Dufresne," may be Morvan's
    return bool(owners) and not any(same_name(person_key(owner), possessor.key) for owner in owners)
_DETERMINER = re.compile(r"^(?:the|its|their|his|her|our)\s+", re.IGNORECASE)
_OFFICE_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?[a-z]+")


def _with_its_office(speaker: EntityMention, texts: tuple[str, str]) -> str:
    """A possessive speaker with the office that follows it in its claim: "Nova Scotia's" -> "Nova Scotia's health
    minister" (the tagger's name stops at the possessive)."""
    for text in texts:
        if text[speaker.span.start : speaker.span.end] != speaker.span.text:
            continue
        # the tagger ends "Bernauer" before its possessive at times
        possessive = speaker.span.text if re.search(r"['’]s$", speaker.span.text) else None
        if possessive is None and re.match(r"['’]s\b", text[speaker.span.end :]):
            possessive = text[speaker.span.start : speaker.span.end + 2]
        if possessive is None:
            break
        office = _OFFICE_AFTER.match(text, speaker.span.start + len(possessive))
        return possessive + office.group(0) if office else possessive
    return speaker.span.text


_ROLE_OF = re.compile(r"\b([a-z]+(?:\s+[a-z]+)?)\s+of\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}$")
_ROLE_AFTER = re.compile(r"['’]s?\s+([a-z]+(?:\s+[a-z]+)?)\b")


def _officer_by_title(body: tuple[EntityMention, str], person: tuple[EntityMention, str]) -> bool:
    """A body's officer, named by title in one claim ("The captain of the Ocean Lifeline", "Andean Brine Minerals'
    chief executive"), whom the other article names with that title ("Lena Hofmann, the ship's captain")."""
    (speaker, text), (other, article_text) = body, person
    at = text.find(speaker.span.text)
    if other.label not in ("PERSON", INFERRED) or at < 0 or same_key(speaker.key, other.key):
        return False  # not "Trump's lawyer" / "Trump"; a person known from an earlier sentence counts by key
    name_end = at + len(re.sub(r"['’]s?$", "", speaker.span.text))  # "Calder Peak's", its possessive taken
    before, after = _ROLE_OF.search(text[:at]), _ROLE_AFTER.match(text, name_end)
    if speaker.label not in ("ORG", NOUN_PHRASE, "GPE"):
        before = None  # a body the tagger took for a person, known by its officer: "Lusavia's chief executive"
        if speaker.label != "PERSON" or after is None or not re.match(r"['’]", text[name_end:]):
            return False
    roles = {w for found in (before, after) if found for w in found.group(1).split() if w in _OFFICERS}
    named = other.key if other.label == INFERRED else other.span.text
    surname = named.split()[-1] if named.split() else ""
    body_word = re.escape(_DETERMINER.sub("", speaker.span.text).split()[-1]) if speaker.span.text.split() else ""
    # the role of the same body, or of one the article does not name there ("the ship's captain", "its chief
    # executive"): not "the mayor of Paris" for "the mayor of Lyon"
    of_whom = rf"(?:\b(?:the\s+[a-z]+['’]s?|its|their)\s+|\b{body_word}['’]?s?\s+|^)(?:[a-z]+\s+)?"
    return bool(roles) and bool(surname) and bool(body_word) and any(
        re.search(rf"{of_whom}{re.escape(role)}\b(?!\s+of\b)|\b{re.escape(role)}\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+)"
                  rf"{{0,3}}{body_word}\b", window, re.IGNORECASE) is not None
        for m in re.finditer(rf"\b{re.escape(surname)}\b", article_text, re.IGNORECASE) for role in roles
        for window in (article_text[max(0, m.start() - 70) : m.end() + 70],))


# A body named by its description alone, which any named body of that description may be.
_DESCRIBED_BODY = re.compile(r"\b(?:" + "|".join(sorted(BODIES_DESCRIBED)) + r")$", re.IGNORECASE)
# Roles that make a person a body's officer: a firm's "managing partner" too.
_OFFICERS = PERSONS_ROLES | {"partner"}


def _other_party_in_the_same_words(fa: Facts, fb: Facts, texts: tuple[str, str]) -> list[Divergence]:
    """Two claims worded alike but for their speakers, two distinct parties named by common nouns: "two days after
    auditors said ..." / "two days after prosecutors said ..." (not "the bank" / "the lender", one party in other
    words)."""
    shared = {s.key for s in fa.speakers} & {s.key for s in fb.speakers}  # a speaker both credit is no party here
    own_a, own_b = ([s for s in f.speakers if s.key not in shared] for f in (fa, fb))
    if len(own_a) != 1 or len(own_b) != 1:
        return []
    sa, sb = own_a[0], own_b[0]
    heads = [_SPEAKER_HEAD.match(s.span.text) for s in (sa, sb)]
    if sa.label != NOUN_PHRASE or sb.label != NOUN_PHRASE or None in heads:
        return []
    nouns = {h.group(1).lower().removesuffix("s") for h in heads if h is not None}
    if len(nouns) != 2 or not _same_but_the_speakers(texts, sa, sb):
        return []
    if not nouns <= _DISTINCT_PARTIES and not _described_apart(sa, sb, texts):
        return []
    return [Divergence("attribution", sa.span.text, sb.span.text,
                       f"The sources credit different parties: {sa.span.text!r} against {sb.span.text!r}.")]


def _a_spokesperson_for_a_principal(fa: Facts, fb: Facts, texts: tuple[str, str]) -> list[Divergence]:
    """An unnamed spokesperson in one claim, and in the other a named person with a principal's title: "a
    spokesperson said" / "co-founder Daniel Osei said" (a spokesperson may be named, but is no co-founder)."""
    if len(fa.speakers) != 1 or len(fb.speakers) != 1:
        return []
    sa, sb = fa.speakers[0], fb.speakers[0]
    for spokesperson, principal, text in ((sa, sb, texts[1]), (sb, sa, texts[0])):
        head = _SPEAKER_HEAD.match(spokesperson.span.text)
        if spokesperson.label != NOUN_PHRASE or head is None or not head.group(1).lower().startswith("spokes"):
            continue
        around = text[max(0, principal.span.start - 30) : principal.span.end + 40]
        if principal.label == "PERSON" and _PRINCIPAL.search(around) and not _SPEAKS_FOR.search(around):
            pair = (sa.span.text, sb.span.text)
            return [Divergence("attribution", *pair, f"The sources credit different people: {pair[0]!r} against "
                                                     f"{pair[1]!r}.")]
    return []


_PRINCIPAL = re.compile(r"\b(?:co-?founder|founder|chief\s+executive|CEO|chair(?:man|woman)?|president|owner|"
                        r"minister|mayor|governor|managing\s+director)\b", re.IGNORECASE)
_SPEAKS_FOR = re.compile(r"\b(?:spokes\w*|speaks|represents|on\s+behalf|press|communications|media)\b",
                         re.IGNORECASE)


# Parties no rewording calls by each other's name: "auditors" are never "prosecutors".
_DISTINCT_PARTIES = frozenset({"auditor", "prosecutor", "judge", "coroner", "regulator", "jury", "police", "union",
                               "employer", "landlord", "tenant", "patient", "teacher", "student", "inspector"})


def _described_apart(first: EntityMention, second: EntityMention, texts: tuple[str, str]) -> bool:
    """Two bodies each described in two words or more, none shared, and not of kinds that speak for each other:
    "the national weather service" / "the regional emergency agency" (not "the bank" / "the lender", which may be
    one, nor "the mayor's office" / "the town council")."""
    words_a, words_b = (set(re.findall(r"[a-z]{3,}", s.span.text.lower())) - _NOT_DESCRIBING for s in (first, second))
    kind_a, kind_b = institution(first, texts[0]), institution(second, texts[1])
    one_kind = kind_a is not None and kind_b is not None and (kind_a == kind_b or compatible(kind_a, kind_b))
    return len(words_a) >= 2 and len(words_b) >= 2 and not words_a & words_b and not one_kind


_NOT_DESCRIBING = frozenset({"the", "and", "for", "its", "their", "his", "her", "spokesman", "spokeswoman",
                             "spokesperson", "official", "officials", "statement"})


def _same_but_the_speakers(texts: tuple[str, str], sa: EntityMention, sb: EntityMention) -> bool:
    """The two claims say the same words once their speakers are left out."""
    rest_a = texts[0][: sa.span.start] + texts[0][sa.span.end :]
    rest_b = texts[1][: sb.span.start] + texts[1][sb.span.end :]
    return bool(rest_a.strip()) and fuzz.ratio(rest_a, rest_b) >= 90


def _a_party_foreign_to(speaker: EntityMention, other: ArticleFacts) -> bool:
    """A speaker named by a common noun the other article never uses ("the shop's owners said", "investigators
    said" where only Boeing spoke) is a party of its own; "police", "officials" or "the union" may be the one
    the other names ("Scotland Yard", "Unite")."""
    head = _SPEAKER_HEAD.match(speaker.span.text)
    if head is None:
        return False
    noun = head.group(1).lower()
    singular = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    return singular not in _ANYONE and not only_titles(noun, times=False) and not (
        {noun, singular, singular + "s"} & other.words
    )


# The head of a speaker's noun phrase: its last word before a preposition or a clause ("officials from the group").
_SPEAKER_HEAD = re.compile(r"(?:[\w'’-]+\s+)*?([A-Za-z]+)(?:\s+(?:of|from|at|in|for|with|on|who|that|which)\b.*)?$",
                           re.IGNORECASE)
# Speakers so general that any named party may be the one meant.
_ANYONE = frozenset({"official", "authority", "source", "spokesperson", "spokesman", "spokeswoman", "representative",
                     "aide", "expert", "analyst", "observer", "people", "person", "statement", "report", "leader",
                     "member", "staff", "worker", "employee", "agency", "government", "administration", "side",
                     "party", "organisation", "organization", "body", "group", "company", "firm", "officer",
                     "executive", "director", "head", "chief", "researcher", "scientist", "study", "document",
                     "lawmaker", "legislator", "politician", "diplomat", "insider", "resident", "witness",
                     # bodies news names by what they are: "police" for Scotland Yard, "the airline" for Ryanair
                     "police", "force", "firefighter", "prosecutor", "union", "utility", "regulator", "airline",
                     "carmaker", "automaker", "club", "team", "ministry", "department", "council", "court",
                     "bank", "insurer", "hospital", "school", "university", "league", "federation", "board"})


# Words that make a name an organisation's: "the Australian Education Union" is no person called "Union".
_BODY_WORDS = frozenset({"union", "council", "department", "ministry", "agency", "association", "party", "court",
                         "bank", "board", "committee", "commission", "office", "authority", "service", "university",
                         "group", "federation", "league", "club", "institute", "foundation", "company", "network"})


def _could_be_a_person(name: str) -> bool:
    words = _DETERMINER.sub("", name).split()
    return 1 <= len(words) <= 3 and not any(w.lower().strip(".,'’s") in _BODY_WORDS for w in words)


def _other_nationality(first: Sequence[EntityMention], second: Sequence[EntityMention]) -> list[Divergence]:
    """Speakers named by the same noun of different countries: "Ukrainian officials" / "Russian officials"."""

    read_a = {m: _country_and_noun(m) for m in first}
    read_b = {m: _country_and_noun(m) for m in second}
    for x, rx in read_a.items():
        for y, ry in read_b.items():
            if rx and ry and rx[1] == ry[1] and rx[0] != ry[0] and rx not in read_b.values() \
                    and ry not in read_a.values():
                return [Divergence("attribution", x.span.text, y.span.text,
                                   f"The sources credit different sides: {x.span.text!r} against {y.span.text!r}.")]
    return []


def _country_and_noun(mention: EntityMention, any_nation: bool = False) -> tuple[str, str] | None:
    """A speaker named by a common noun of a country: "French government" -> ("france", "government"); of the
    commonest countries only, unless `any_nation`."""
    words = mention.key.split()
    country = place_key(words[0]) if len(words) >= 2 else ""
    country = "eu" if country == "europe" else country  # "European officials" are "EU officials"
    known = country in COUNTRY_KEYS or (any_nation and is_nation(country))
    return (country, words[-1]) if mention.label == NOUN_PHRASE and known else None


def _a_country_against_another(fa: Facts, fb: Facts) -> list[Divergence]:
    """One act done by a country on one side and by another country's body on the other, neither of which the
    other side gives a speaking part: "Qatar, which mediated the talks, denied" / "The French government denied
    ..., which were mediated by Qatar"."""

    def country(mention: EntityMention) -> str | None:
        if re.search(r"\band\b|&|,", mention.span.text):
            return None  # "Swedish and Norwegian officials" speak for two
        of_body = _country_and_noun(mention, any_nation=True)
        if of_body:
            return one_country(government(of_body[0]))
        key = place_key(mention.span.text)
        return one_country(government(key)) if mention.label != NOUN_PHRASE and is_nation(key) else None

    of_a = {m: c for m in fa.speakers if (c := country(m))}
    of_b = {m: c for m in fb.speakers if (c := country(m))}
    for x, cx in of_a.items():
        for y, cy in of_b.items():
            if cx in of_b.values() or cy in of_a.values():
                continue
            if (x.label == NOUN_PHRASE or y.label == NOUN_PHRASE) and _acts_of(x, fa) & _acts_of(y, fb):
                return [Divergence("attribution", x.span.text, y.span.text,
                                   f"The sources credit different countries: {x.span.text!r} against {y.span.text!r}.")]
    return []


# "the company's vice president", "the court's chief judge": a person described by the kind of body they speak for.
_BODY_POSSESSIVE = re.compile(r"\b(?:the|its)\s+(?P<kind>[a-z]+)['’]s\b", re.IGNORECASE)
_BUSINESSES = frozenset({"company", "firm", "utility", "carrier", "operator", "insurer", "railroad", "airline",
                         "group", "retailer", "chipmaker", "automaker", "lender", "landlord", "developer"})
_PUBLIC_BODIES = frozenset({"center", "centre", "service", "agency", "department", "ministry", "court", "commission",
                            "council", "board", "police", "university", "hospital", "office", "administration",
                            "authority", "institute", "government", "parliament", "senate", "congress", "union"})


def _of_that_kind(kind: str, body_words: Sequence[str]) -> bool:
    """"the company's" may be "Bayou Power & Light"'s, not "the National Hurricane Center"'s; "the council's"
    is a council's."""
    lowered = [w.lower() for w in body_words]
    if kind in _BUSINESSES:
        return lowered[-1] not in _PUBLIC_BODIES
    return kind in lowered


# Who speaks for a body: "a spokesman for the authority", "Northway Health's chief operating officer".
_ROLES = (r"(?:spokes(?:man|woman|person)|official|officer|executive|director|chair(?:man|woman)?|president|head|"
          r"lawyer|attorney|counsel|secretary|minister|manager|representative|leader|chief|vice-chancellor|administrator|"
          r"commissioner)")

# The roles above and every office: "mayor of Ashcombe", "governor of Kalinga".
_HELD_ROLES = rf"(?:{_ROLES}|{'|'.join(sorted(OFFICES))})"


def _by_its_initials(body: str, described: str) -> bool:
    """The body's initials before a role in the person's title: "MPA chief executive Daniel Koh" speaks for the
    Maritime and Port Authority, "CEWU general secretary" for the Ceylon Estate Workers' Union."""
    return any(initials_of(m.group(1), body) for m in re.finditer(rf"\b([A-Z]{{3,}})\s+(?:[a-z-]+\s+){{0,2}}{_ROLES}\b",
                                                                      described))


def _minister_of(body_words: Sequence[str], title: str) -> bool:
    """"Industry and Trade Minister Silvino Moreno" heads "the Ministry of Industry and Trade"."""
    if not body_words or body_words[0] != "Ministry":
        return False
    portfolio = [w for w in body_words[1:] if w not in ("of", "and", "for")]
    named = re.search(r"((?:[A-Z][\w-]*\s+(?:and\s+|&\s+)?){1,5})Minister\b", title)
    # the portfolio and nothing else: not "Ukrainian Defence Minister" for another country's Ministry of Defence
    return bool(portfolio and named and set(portfolio) == set(re.findall(r"[A-Z][\w-]*", named.group(1))))


_NOT_ABBREVIATED = r"(?<!\bSt)(?<!\bDr)(?<!\bMt)"  # "St. Brendan's chief operating officer" runs on past "St."


def represents(person: EntityMention, body: EntityMention, text: str) -> bool:
    """The person speaks for the body (an organisation) in their article: named beside it ("Kestrel chief
    executive Ana Ruiz"), described by it ("Andre Fontenot, the company's vice president") or, for a court, a
    judge of it ("Justice Miriam Castellano")."""
    body_words = [w for w in _name_words(body.span.text) if w[:1].isupper()]
    if person.label != "PERSON" or body.label not in ("ORG", "GPE") or not body_words:
        return False
    # "He" stands for the person its key names ("farouk"), written with a capital.
    surname = person.key.split()[-1].capitalize() if _is_pronoun(person) else person.span.text.split()[-1]
    for at in (m.start() for m in re.finditer(rf"\b{re.escape(surname)}\b", text)):
        # The title before the name, back to the last punctuation, and the apposition after it, to the next.
        title = re.split(rf"{_NOT_ABBREVIATED}[,.;:!?()\"“”]", text[max(0, at - 70) : at])[-1]
        after = text[at + len(surname) : at + len(surname) + 90]
        apposition = re.split(rf"{_NOT_ABBREVIATED}[.;:!?()\"“”]", after)[0] if after.lstrip().startswith(",") else ""
        described = title + " " + apposition
        if _a_minister_of(body, title):
            return True  # "State Energy Minister Daniel Whitcombe" speaks for "Queensland's government"
        its_role = re.search(rf"\b[Ii]ts\s+(?:[a-z-]+\s+){{0,2}}{_ROLES},?\s+(?:[A-Z][\w'’.-]*\s+){{0,2}}$",
                             text[max(0, at - 60) : at])
        # the body the sentence before opens with
        before = re.split(r"(?<=[.!?])\s+", text[: max(0, at - 60) + its_role.start()].rstrip())[-1] if its_role else ""
        opening = " ".join(re.findall(r"[\w'’-]+", before)[:6])
        if its_role and all(re.search(rf"\b{re.escape(w)}\b", opening) for w in body_words):
            return True  # "The Chamber of Mines said ... Its president, Thomas Banda, said": the body just named
        if len(body_words) < 2:  # a single word tagged as an organisation is often a surname ("Trump said")
            owner = rf"\b{re.escape(body_words[0])}(?:\s+[A-Z]\w*)?(?:['’]s\b|(?<=s)['’])"
            if re.search(rf"{owner}\s+(?:[a-z-]+\s+){{0,2}}{_ROLES}\b", described):
                return True  # "Gregory Tan, Northway Health's chief operating officer"
            titled = rf"\b{re.escape(body_words[0])}\s+(?:[a-z-]+\s+){{0,2}}{_ROLES}\s+(?:[A-Z]\w*\s+)?$"
            if re.search(titled, title) and not re.search(r"\b(?:former|ex-)", title, re.IGNORECASE):
                return True  # "Kremlin spokesman Dmitry Peskov", not "Former Boeing manager Ed Pierson"
            continue
        if re.search(r"\b" + r"\W+".join(re.escape(w) for w in body_words[-2:]) + r"\b", described) and re.search(
            rf"\b{_ROLES}", described, re.IGNORECASE
        ):
            return True  # its last two words at least ("Postal Service" does not name the Weather Service), and a
            # role in it: not "a longtime critic of the European Commission"
        if re.search(rf"{_ROLES}\s+(?:for|of|at)\s+the\s+{re.escape(body_words[-1])}\b", apposition, re.IGNORECASE):
            return True  # "Ahmed Farouk, a spokesman for the authority", not "a longtime critic of the Commission"
        if any(_of_that_kind(m.group("kind").lower(), body_words) for m in _BODY_POSSESSIVE.finditer(apposition)):
            return True
        if "Court" in body_words and re.search(r"\b(?:Justice|Judge)\b", title):
            return True
        if _by_its_initials(body.span.text, described) or _minister_of(body_words, title):
            return True
    # "chief executive Olivia Marr told a news conference", in an article about the company: a role with no other
    # body named beside it is the article's own.
    if re.search(rf"\b{re.escape(body_words[0])}\b", text) is None:
        return False
    # a capital "President" or "Chancellor" heads a country, not the body; a university's "Vice-Chancellor" heads it
    titled = rf"\b(?:[a-z]+\s+)?(?:{_ROLES}|Vice-Chancellor)\s+(?:[A-Z][\w'’-]+\s+)?{re.escape(surname)}\b"
    for role in re.finditer(titled, text):
        before = re.findall(r"[\w'’-]+", text[max(0, role.start() - 30) : role.start()])
        if any(w.lower() in ("former", "ex") for w in [*before[-2:], role.group(0).split()[0]]):
            continue  # "Former Boeing manager Ed Pierson" no longer speaks for Boeing
        unaffiliated = not before or not (before[-1][:1].isupper() or before[-1].lower().endswith(("'s", "’s")))
        if unaffiliated or _titled_by_the_body(before[-1], role.group(0), body_words, text[role.end() :]):
            return True
    return False


def _a_minister_of(body: EntityMention, title: str) -> bool:
    """A minister or premier titled right before the name speaks for "the government" or "<place>'s government";
    not a former, opposition or shadow one, nor a federal or prime minister for a state's government."""
    if not re.search(r"\bgovernment\b", body.span.text, re.IGNORECASE):
        return False
    if not re.search(r"\b(?:[Mm]inister|[Pp]remier)\s+(?:[A-Z][\w'’-]+\s+)?$", title):
        return False
    if re.search(r"\b(?:former|ex-|opposition|shadow)\b", title, re.IGNORECASE):
        return False
    placed = re.sub(r"['’]s?\s+government.*", "", body.span.text, flags=re.IGNORECASE).strip()
    return not (placed and placed.lower() not in ("the", "its") and re.search(r"\b(?:Federal|National|Prime)\b", title))


def _titled_by_the_body(word: str, role: str, body_words: Sequence[str], after: str) -> bool:
    """"Canal administrator Ricardo Montenegro" speaks for "the Panama Canal Authority": a word of the body's name
    before the role; not a minister (of a government, not of "the World Health Organization"), nor one of another
    body named after him ("Port manager Joe Smith of the rival Harbour Board")."""
    return word in body_words and "minister" not in role.lower() and not re.match(
        r"\s*,?\s*(?:of|at|from)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z]", after)


def _shortened(x: EntityMention, y: EntityMention) -> bool:
    """One name is the other's first words: "Desert Crest" for "Desert Crest Residential"."""
    if _is_pronoun(x) or _is_pronoun(y):
        return False
    first, second = (_name_words(m.span.text) for m in (x, y))
    short, full = sorted((first, second), key=len)
    return len(short) >= 2 and short[0][:1].isupper() and full[: len(short)] == short  # not "Washington" / "... Post"


def _name_words(text: str) -> list[str]:
    return [w for w in LEGAL_FORM.sub("", re.sub(r"['’]s$", "", text)).split() if w.lower() != "the"]


def _only_a_possessor_in_what_is_said(text: str, name: str, speakers: Sequence[EntityMention]) -> bool:
    """The name is written, each time, as a possessor in what a named speaker of the claim says: "The FDA said on
    Monday that Veridane Therapeutics' experimental pill cut the risk" writes Veridane as whose pill it is."""
    uses = list(re.finditer(rf"\b{re.escape(name)}(?=['’]s?\b|['’]\s)", text)) if name else []
    if not uses or len(uses) != len(re.findall(rf"\b{re.escape(name)}\b", text)):
        return False
    named = [s for s in speakers if not _is_pronoun(s) and s.span.text]
    return all(any(s.span.end <= use.start() and _SAID_THAT.search(text, s.span.end, use.start()) for s in named)
               for use in uses)


_SAID_THAT = re.compile(r"\b(?:said|says|told|announced|reported|added|stated)\b")


def _writes(facts: Facts, name: str) -> bool:
    """The claim writes the organisation's name, without its legal form, as consecutive words."""
    wanted = _name_words(name)
    written = [word for _, word in facts.surface]
    return bool(wanted) and any(written[k : k + len(wanted)] == wanted for k in range(len(written)))


def _is_pronoun(mention: EntityMention) -> bool:
    """A speaker known from the context, not named here: "he", or the verb of a clause cut from its subject."""
    return mention.span.text.lower() in ("he", "she", "they", "it") or mention.label == INFERRED


def entity_divergences(
    a: Claim,
    b: Claim,
    fa: Facts,
    fb: Facts,
    article_a: ArticleFacts,
    article_b: ArticleFacts,
    aligned: bool,
) -> list[Divergence]:
    """A name replaced by another of the same kind: either the two stand in the same words ("U.K. activists" /
    "U.S. activists", "the London embassy" / "the Moscow embassy"), or each is foreign to the other article."""
    speakers = [s.key for s in (*fa.speakers, *fb.speakers)]
    # A speaker replaced by another is an attribution divergence, found there; a country that speaks in one claim
    # only ("France ... has not reported" / "According to the agency, Sweden ... has not") is a name.
    speakers_a, speakers_b = {s.key for s in fa.speakers}, {s.key for s in fb.speakers}
    credited_apart = bool(speakers_a - speakers_b and speakers_b - speakers_a)

    def lonely(
        mine: Sequence[EntityMention], theirs: Sequence[EntityMention], other_text: str = "", own_text: str = "",
        other_article: str = "",
    ) -> list[EntityMention]:
        keys = {m.key for m in mine}

        def stands_for(e: EntityMention, o: EntityMention) -> bool:
            # "on Russia's terms" / "on Moscow's terms": a capital for its country, unless the claim names both;
            # "Burma" for "Myanmar"
            return (government(e.key) == government(o.key) and o.key not in keys) or former_name_of(e.key, o.key)

        return [
            e for e in mine
            if not cut_at_a_particle(e.span.text)  # "von der", cut from "von der Leyen"
            and not any(same_name(e.key, o.key) or stands_for(e, o) for o in theirs)
            and not (any(same_key(e.key, s) for s in speakers) and (credited_apart or e.label != "GPE"))
            and not written(_without_article(e.span.text), other_text)  # a name the tagger missed there
            # a common noun that opens its sentence: "Stanozolol, which builds muscle" / "tested positive for
            # stanozolol" (not "Apple will cut" / "Samsung will cut ..., where apple growers protested")
            and not (e.span.start == 0 and " " not in e.span.text and not any(o.span.start == 0 for o in theirs)
                     and re.search(rf"\b{re.escape(e.span.text.lower())}\b", other_text) is not None)
            and not any(_abbreviates(e, o) for o in theirs)  # "GCF" for "Global Canoe Federation"
            and not _joined_or_part_of_joined(e, theirs, other_text)  # "Lisbon-Porto" / "Lisbon and Porto"
            and not written_as_its_place(e.span.text, other_text)  # "Alpine" / "the French Alps"
            and not nationalities_joined(e.span.text, other_article)  # "a Dutch-Chilean consortium"
            and not qualifies_a_body(own_text, e.span)  # "The U.N. children's agency" / "UNICEF"
            # "Founder and chief executive Daniel Koh" / "the company's founder and CEO": a word opening the claim
            and not (e.span.start == 0 and own_text and a_common_noun_capitalised(own_text, 0, e.span.end, other_text))
        ]

    near_copy = fuzz.ratio(a.text, b.text) >= 90  # one sentence with a word or two changed
    lonely_b = lonely(fb.entities, fa.entities, a.text, b.text, article_a.text)

    def neighbours_shared(ea: EntityMention) -> int:
        return max((shared_neighbours(a.text, ea.span, b.text, eb.span) for eb in lonely_b), default=0)

    # The name in the most alike words first: "from Bristol to Marrakesh" / "from Bristol to Agadir", before a
    # "Budget" tagged at the head of the sentence.
    lonely_a = lonely(fa.entities, fb.entities, b.text, a.text, article_b.text)
    for ea in sorted(lonely_a, key=lambda e: -neighbours_shared(e)):
        # Against it, the name in the most alike words first ("told CNN" / "told Fox News"), then one of the same
        # label ("JD Vance" against "Pete Hegseth", not the "Defense" tagged beside him).
        candidates = sorted(
            lonely_b, key=lambda e: (-shared_neighbours(a.text, ea.span, b.text, e.span), e.label != ea.label),
        )
        for eb in candidates:
            in_same_words = same_slot(a.text, ea.span, b.text, eb.span)
            # Ending the same words ("between Shanghai and Rotterdam," / "... and Hamburg."), two names foreign to
            # each other's article stand in the same place too.
            ending_alike = same_slot(a.text, ea.span, b.text, eb.span, phrase_ends=True) and not (
                _mentioned(article_a, eb) or _mentioned(article_b, ea)
            ) and not any(is_country(e.key) or country_of(e.key) for e in (ea, eb))  # "by Israel" / "by Netanyahu"
            # The tagger labels a name it does not know at random ("from Brøndby" a person, "from Midtjylland" a
            # place): in the same words, two names are compared whatever their labels, but a nationality only
            # with a nationality ("Norwegian" is "Norway's").
            relabelled = (in_same_words or ending_alike or after_the_same_role(a.text, ea.span, b.text, eb.span)
                          or _before_one_noun(a.text, ea.span, b.text, eb.span)) \
                and not any(  # "Millbrook" tagged a nationality
                e.label == "NORP" and (_a_nationality(e) or _ADJECTIVE_ENDING.search(e.span.text)) for e in (ea, eb)
            ) or places_of_one_kind(a.text, ea.span, b.text, eb.span)
            # A town the tagger took for a person or a body ("diverted to Trapani") is a place by the words around
            # it too: either reading will do.
            kinds = _kind_in(ea, a.text), _kind_in(eb, b.text)
            of_one_kind = kinds[0] == kinds[1] or ("place" in kinds and all(
                kind == "place" or a_place_by_its_words(e, text)
                for e, kind, text in ((ea, kinds[0], a.text), (eb, kinds[1], b.text))))
            if (not of_one_kind and not relabelled) or (
                country_and_city(ea, eb) and not (in_same_words and another_countrys_capital(ea, eb))
            ):
                continue  # in the same words, a country and another's capital are two places
            if ea.label == eb.label == "NORP" and _a_nationality(ea) != _a_nationality(eb):
                continue  # "the Adriatic port of Ancona" / "the Italian port of Ancona": a sea and a country
            if _describes_another_party(a.text, ea.span, b.text, eb.span):
                continue  # each claim names both parties; the two words describe one each
            if not of_one_kind and (_mentioned(article_a, eb) or _mentioned(article_b, ea)) and not (
                near_copy and in_same_words  # one word changed in the same sentence: the tagger's labels aside
            ):
                continue  # "Boston's Orange Line" / "the MBTA's Orange Line": a place and a body both know
            if not in_same_words:
                # Names stand in each other's place by elimination only in claims aligned on their wording
                # (claims grouped for one shared detail, an encounter both recall, say more besides), and not
                # buildings, which a second outlet names by the room or the house ("Oval Office" / "White House";
                # the tagger calls them organisations), unless they are sites of one kind ("Heathrow Airport" /
                # "Gatwick Airport", "Vandenberg Space Force Base" / "Cape Canaveral Space Force Station"). In the
                # same words they are still compared.
                if not aligned or _mentioned(article_a, eb):
                    continue
                if (_building(ea) or _building(eb)) and not _sites_of_one_kind(ea, eb):
                    continue
                # A near-identical sentence with one name changed is a swap even when the other article
                # mentions the first name elsewhere; otherwise that name must be foreign to it too.
                if not near_copy and _mentioned(article_b, ea):
                    continue
            return [_swap(ea, eb, fa, fb)]
    if aligned and not _title_case(a.text) and not _title_case(b.text):
        return _untagged_swap(a, b, fa, fb, article_a, article_b, lonely)
    return []


_NAME_DESCRIBED = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,2}(?:of\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def _before_one_noun(text_a: str, span_a: Span, text_b: str, span_b: Span) -> bool:
    """Both names stand between "the" and one common noun that each claim writes once: "closed the Elm Road
    library" / "shutting the Ash Grove library"."""
    if not all(re.search(r"\bthe\s+$", text[: span.start], re.IGNORECASE) for text, span in (
            (text_a, span_a), (text_b, span_b))):
        return False
    after_a, after_b = _NOUN_AFTER.match(text_a, span_a.end), _NOUN_AFTER.match(text_b, span_b.end)
    if after_a is None or after_b is None or after_a.group(1) != after_b.group(1) or after_a.group(1) in _FILLER:
        return False
    noun = rf"\b{after_a.group(1)}\b"
    return len(re.findall(noun, text_a)) == len(re.findall(noun, text_b)) == 1


_NOUN_AFTER = re.compile(r"\s+([a-z]{4,})\b(?!['’-])")


def _describes_another_party(text_a: str, span_a: Span, text_b: str, span_b: Span) -> bool:
    """Each word describes the name after it, and the names differ though both claims name both: "from French
    club Rivemont" / "to English club Westbridge United" describe the seller and the buyer. Not only for
    nationalities: "the London-based lender Halden" / "the Leeds-based lender Northgate" describe two parties too."""
    described_a, described_b = _NAME_DESCRIBED.match(text_a, span_a.end), _NAME_DESCRIBED.match(text_b, span_b.end)
    if described_a is None or described_b is None:
        return False
    name_a, name_b = described_a.group("name"), described_b.group("name")
    return not (name_a in name_b or name_b in name_a) and written(name_a, text_b) and written(name_b, text_a)


def _joined_or_part_of_joined(entity: EntityMention, theirs: Sequence[EntityMention], other_text: str) -> bool:
    """Names joined by a dash ("the Lisbon-Porto line") against the same names written apart ("between Lisbon and
    Porto"), or one of them against the joined name."""
    if joined_names_written(_without_article(entity.span.text), other_text):
        return True
    name = _without_article(entity.span.text)
    return any(name in joined_names(_without_article(other.span.text)) for other in theirs)


_ADJECTIVE_ENDING = re.compile(r"(?:ern|an|ese|ish|ic|i)\b")  # "Western", "Baltic", "Israeli": no place's name


def _a_nationality(entity: EntityMention) -> bool:
    """"Italian", "Liberian-flagged", "Panamanian": a country's adjective, not a sea's or a region's ("Adriatic")."""
    first = re.split(r"[-\s]", entity.span.text)[0]
    return is_nation(entity.key) or is_nation(place_key(first)) or first.endswith(("an", "ese", "ish"))


def _kind(entity: EntityMention) -> str:
    """What kind of thing a name is; a country is a place however the tagger labels it ("Armenia's Davit
    Hakobian", tagged an organisation, against "Davit Hakobian of Georgia"), and a country's own name tagged a
    nationality ("Togo"), but not a nationality ("Togolese")."""
    country = entity.label != "NORP" or is_country(_without_article(entity.span.text).lower())
    return "place" if country and is_nation(entity.key) else entity_kind(entity.label)


def _kind_in(entity: EntityMention, text: str) -> str:
    """The entity's kind, read from the words before it where they say more than the tagger."""
    return kind_by_the_words_before(entity, text) or _kind(entity)


def _abbreviates(x: EntityMention, y: EntityMention) -> bool:
    """One name is the other's initials: "The GCF's" and "the Global Canoe Federation"."""
    first, second = (re.sub(r"['’]s$", "", _without_article(m.span.text)) for m in (x, y))
    return initials_of(first, second) or initials_of(second, first)


def _mentioned(article: ArticleFacts, entity: EntityMention) -> bool:
    """The article mentions the name, also as a person where the tagger took it for an organisation here
    ("a painting by Margarethe Vollmer" / "Vollmer, who died in 1954")."""
    letters = _without_article(entity.span.text)
    return (
        article.mentions(entity.key)
        or (entity.label == "ORG" and article.mentions(person_key(entity.span.text)))
        # "the ISS" where the article writes "the International Space Station" (capitalised words)
        or (len(letters) >= 3 and letters.isupper() and letters.isalpha()
            and spelled_out(letters, article.text, capitalised_only=True))
        # a name of two words or more that it writes where the tagger missed it ("Championship club Halbury
        # Athletic were deducted ...")
        or (" " in letters and written(letters, article.text))
        # "the NSW Independent Casino Commission" where it writes "the state's Independent Casino Commission"
        or (len(entity.key.split()) >= 2
            and any(len(other.split()) >= 2 and same_name(entity.key, other) for other in article.names))
    )


def _swap(ea: EntityMention, eb: EntityMention, fa: Facts, fb: Facts) -> Divergence:
    """One name in place of another: an attribution when both name the speaker ("NATO's Secretary General" /
    "the EU's foreign chief"), otherwise an entity divergence."""
    name_a, name_b = _without_article(ea.span.text), _without_article(eb.span.text)
    if _in_speaker(ea, fa) and _in_speaker(eb, fb):
        return Divergence("attribution", name_a, name_b,
                          f"The sources credit different speakers: {name_a!r} against {name_b!r}.")
    kind = _kind(ea) if _kind(ea) == _kind(eb) else "name"
    return Divergence("entity", name_a, name_b, f"A different {kind} in the same role: {name_a!r} against {name_b!r}.")


def _in_speaker(entity: EntityMention, facts: Facts) -> bool:
    """The name is part of how the claim names its speaker."""
    return any(s.span.start <= entity.span.start and entity.span.end <= s.span.end for s in facts.speakers)


def _without_article(name: str) -> str:
    """The name without a leading "the" the tagger took in: "the International Criminal Court"."""
    return re.sub(r"^[Tt]he\s+", "", name)


def _title_case(text: str) -> bool:
    """Most words capitalised, as in a headline: "Trump Tells Zelenskiy US Would Help ... in a Peace Deal"."""
    words_of = re.findall(r"[A-Za-z]+", text)
    return len(words_of) >= 4 and sum(w[0].isupper() for w in words_of) > 0.6 * len(words_of)


def _untagged_swap(
    a: Claim,
    b: Claim,
    fa: Facts,
    fb: Facts,
    article_a: ArticleFacts,
    article_b: ArticleFacts,
    lonely: Callable[[Sequence[EntityMention], Sequence[EntityMention]], list[EntityMention]],
) -> list[Divergence]:
    """The tagger missed one of the two names ("residential areas of Odesa", "the monarch's Windsor estate"):
    a claim's one name foreign to the other article against the other claim's one capitalised word foreign to
    the first article."""
    for first, second, fx, fy, article_x, article_y, flip in (
        (a, b, fa, fb, article_a, article_b, False), (b, a, fb, fa, article_b, article_a, True)
    ):
        tagged = [e for e in lonely(fx.entities, fy.entities)
                  if (entity_kind(e.label) in ("place", "person or organisation")
                      or a_named_place(first.text, e.span))  # "Sindhupalchok district", tagged a nationality
                  and not article_y.mentions(e.key)
                  and not written(_without_article(e.span.text), article_y.text)  # "Coastal" of "Coastal Link Airways"
                  # a common noun opening the sentence, before a name the other article writes: "Insurer Harrow & Vale"
                  and not (e.span.start == 0 and " " in e.span.text
                           and written(e.span.text.split(" ", 1)[1], article_y.text))
                  and not written_as_its_place(e.span.text, article_y.text)  # "Alpine" / "the French Alps"
                  and not a_common_noun_capitalised(first.text, e.span.start, e.span.end, article_y.text)
                  and not only_titles(e.span.text)]
        untagged = _untagged_names(second.text, fy, article_x)
        if len(untagged) != 1:
            continue
        if not tagged and not flip:  # neither tagged: "the final of the Monterrey Open" / "of the Guadalajara Open"
            own = _untagged_names(first.text, fx, article_y)
            if len(own) == 1 and own[0].text.lower() != untagged[0].text.lower() and shared_neighbours(
                    first.text, own[0], second.text, untagged[0]) == 2:
                return [Divergence("entity", own[0].text, untagged[0].text,
                                   f"A different name in the same role: {own[0].text!r} against "
                                   f"{untagged[0].text!r}.")]
        if len(tagged) > 1:  # "met King Charles at his Sandringham estate" / "at the monarch's Balmoral estate"
            tagged = [e for e in tagged if shared_neighbours(first.text, e.span, second.text, untagged[0]) > 0]
        if len(tagged) == 1:
            x, y = tagged[0].span.text, untagged[0].text
            first_side, second_side = (y, x) if flip else (x, y)
            return [Divergence("entity", first_side, second_side,
                               f"A different name in the same role: {first_side!r} against {second_side!r}.")]
    return []


def _untagged_names(text: str, facts: Facts, other: ArticleFacts) -> list[Span]:
    """Capitalised words inside a sentence that no name, speaker or quotation of the claim covers and that the
    other article never writes, those next to each other as one: names the tagger did not see."""
    covered = [(e.span.start, e.span.end) for e in (*facts.entities, *facts.speakers)]
    covered += [(q.start, q.end) for q in facts.quotes]
    found: list[Span] = []
    for match in _CAPITALISED.finditer(text):
        before = text[: match.start()].rstrip()
        if not before or before[-1] in ".!?:;\"“‘'(—-@#":
            continue  # a sentence's or quotation's first word; a handle or a hashtag
        word = match.group(0)
        if only_titles(word) or word.lower() in other.words or any(
            s <= match.start() < e for s, e in covered
        ):
            continue
        if any(re.fullmatch(r"\s+", text[match.end() : s]) for s, _ in covered):
            continue  # a title right before the name it belongs to: "inquiry chair Judge Catherine Lowe"
        if other.mentions(person_key(word)) or other.mentions(place_key(word)):
            continue  # a spelling of a name it uses: "Zelensky" for "Zelenskiy"
        if written_as_its_place(word, other.text):
            continue  # "Olympic" for "the Tokyo Olympics"
        if "-" in word and joined_names_written(word, other.text):
            continue  # "the Leeds-Manchester line" for "a line between Leeds and Manchester"
        if names_a_currency(text, match.start(), match.end()):
            continue  # "3.15 million Australian dollars"
        if names_a_temperature_scale(text, match.start(), match.end()):
            continue  # "above 42 degrees Celsius"
        if found and text[found[-1].end : match.start()] == " ":  # one name of several words: "Ana Castello"
            found[-1] = Span(text[found[-1].start : match.end()], found[-1].start, match.end())
        else:
            found.append(Span(word, match.start(), match.end()))
    return found


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:-[A-Z][a-z]+)?\b")  # "SkyLusa" too


# Words, and years: "at Christie's in Hong Kong in 2021" / "... in New York in 2021" (not an age, "Paul Drury, 58,")
_SLOT_WORD = re.compile(r"[A-Za-z]+|\b(?:1[89]|20)\d\d\b")
_FILLER = {"the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "s", "by", "for", "with", "from", "as",
           "that", "this", "his", "her", "their", "its", "is", "was", "were", "are", "has", "had", "have", "be"}


_SITE_WORDS = frozenset({"office", "house", "palace", "hall", "street", "square", "estate", "castle", "building",
                         "tower", "airport", "base", "stadium", "bridge", "cathedral", "embassy"})


def _building(entity: EntityMention) -> bool:
    """A building or a site ("Oval Office", "Heathrow Airport"), not a lake or a moor the tagger calls one."""
    return (entity.label == "FAC" or entity.span.text.split()[-1].lower() in _SITE_WORDS) and not (
        a_natural_feature(entity.span.text))


def _sites_of_one_kind(x: EntityMention, y: EntityMention) -> bool:
    """Two sites whose names share a word past their first, but not the first of either: "Heathrow Airport" /
    "Gatwick Airport"; not "Joint Base Andrews" / "Andrews Air Force Base" (one base renamed), nor "Palace of
    Versailles" / "Hall of Mirrors" (a room in it)."""
    words_x, words_y = (_without_article(e.span.text).lower().split() for e in (x, y))
    shared = set(words_x[1:]) & set(words_y[1:]) - _NAME_PARTICLES
    return bool(shared) and words_x[0] not in words_y and words_y[0] not in words_x


_NAME_PARTICLES = frozenset({"of", "the", "and", "for", "on", "de", "del", "la", "le", "du", "des", "von", "van"})


def _neighbours(text: str, span: Span, phrase_ends: bool = False) -> tuple[str | None, str | None]:
    """The content words right before and right after a span. A place noun after a name belongs to it
    ("Colombia's Cesar province" / "Colombia's La Guajira province"), and so does its country ("Girona, Spain,").
    With `phrase_ends`, a comma or full stop right after the name stands for the word after it: the name ends its
    phrase."""
    end = span.end
    country = _COUNTRY_AFTER.match(text, end)
    if country and place_key(country.group(1)) in COUNTRY_KEYS:
        end = country.end()  # "near Girona, Spain, on Monday": the place, as "near Lleida on Monday" writes it
    before = [w.lower() for w in _SLOT_WORD.findall(text[: span.start])]
    after = [w.lower() for w in _SLOT_WORD.findall(text[end:])]
    before = [w for w in before if w not in _FILLER]
    after = [w for w in after if w not in _FILLER and w not in _PLACE_NOUNS]
    following = after[0] if after else None
    if phrase_ends and _ENDS_PHRASE.match(text, span.end):
        following = _PHRASE_END
    return (before[-1] if before else None, following)


_COUNTRY_AFTER = re.compile(r",\s+([A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)(?=,|\.|$)")
_PLACE_NOUNS = frozenset({"province", "county", "state", "region", "district", "prefecture", "oblast", "governorate",
                          "department", "municipality"})
_ENDS_PHRASE = re.compile(r"\s*(?:[,.;:!?)]|$)")
_PHRASE_END = "<end of phrase>"


def same_slot(text_a: str, span_a: Span, text_b: str, span_b: Span, phrase_ends: bool = False) -> bool:
    """Two names fill the same slot when the content words right before and right after them are the same.
    With `phrase_ends`, a name that ends its phrase on both sides has the same word after it ("between Shanghai
    and Rotterdam, according to ..." / "between Shanghai and Hamburg."), weaker evidence."""
    prev_a, next_a = _neighbours(text_a, span_a, phrase_ends)
    prev_b, next_b = _neighbours(text_b, span_b, phrase_ends)
    if next_a is None or next_a != next_b:
        return False
    if next_a == _PHRASE_END and prev_a is None:
        return False  # a name standing alone says nothing of its slot
    return prev_a == prev_b  # both absent (the sentence starts with the name) counts as the same


def after_the_same_role(text_a: str, span_a: Span, text_b: str, span_b: Span) -> bool:
    """Both names follow the same two lowercase words ending in a role ("terminal operator Calder Terminals" /
    "terminal operator Brightwater Logistics", "chief executive X" / "chief executive Y"), whatever labels the tagger
    gives them; not "strongly criticised Israel" / "strongly criticised Netanyahu's government", nor one name's
    spelling against another's ("Meteo-France" / "Météo")."""
    before_a = _SLOT_WORD.findall(text_a[: span_a.start])[-2:]
    before_b = _SLOT_WORD.findall(text_b[: span_b.start])[-2:]
    if len(before_a) != 2 or [w.lower() for w in before_a] != [w.lower() for w in before_b]:
        return False
    if not all(w.islower() and w not in _FILLER for w in before_a) or before_a[-1] not in _ROLE_NOUNS:
        return False
    folded_a, folded_b = (folded(t) for t in (span_a.text, span_b.text))
    return not (folded_a.startswith(folded_b) or folded_b.startswith(folded_a))


# The nouns of a role a name may follow: "bus operator", "shipping firm", "chief executive".
_ROLE_NOUNS = PERSONS_ROLES | {
    "club", "side", "team", "company", "firm", "group", "carrier", "airline", "bank", "lender", "insurer", "retailer",
    "chain", "operator", "maker", "manufacturer", "developer", "supplier", "contractor", "producer", "broker",
    "consortium", "union", "association", "charity", "trust", "agency", "regulator", "service", "provider", "partner",
    "distributor", "publisher", "band", "act", "giant", "startup", "owner", "buyer", "seller", "bidder", "sponsor",
    "investor"}


def inside_the_same_words(text_a: str, span_a: Span, text_b: str, span_b: Span) -> bool:
    """The same content words stand right before and right after both spans, none of them a phrase's end:
    "recovered "a significant portion" of the stolen items" / "recovered "nearly all" of the stolen goods"."""
    around_a = _neighbours(text_a, span_a, phrase_ends=True)
    return around_a == _neighbours(text_b, span_b, phrase_ends=True) and all(
        w is not None and w != _PHRASE_END for w in around_a
    )


def shared_neighbours(
    text_a: str, span_a: Span, text_b: str, span_b: Span, ignore: frozenset[str] = frozenset()
) -> int:
    """How many of the two content words around a name (before, after) are the same around the other, leaving
    out the words in `ignore`."""
    around_a, around_b = _neighbours(text_a, span_a), _neighbours(text_b, span_b)
    return sum(x is not None and x not in ignore and x == y for x, y in zip(around_a, around_b, strict=True))


def part_of_a_swapped_speaker(divergence: Divergence, found: Sequence[Divergence], text_a: str, text_b: str
                               ) -> bool:
    """"Polish" against "Italian" when "Polish Prime Minister Donald Tusk" became "Italian Prime Minister Giorgia
    Meloni", "Met Office" against "Environment Agency" when its forecaster became the agency's official: the
    speaker's title, whose change is reported already."""
    if divergence.kind != "entity":
        return False

    def titles(word: str, name: str, text: str) -> bool:  # "Met Office forecaster Helen Marsh"
        # "Carvalhal's lawyer, Sofia Mendes"
        # "Navy spokesman Captain Rodrigo Fuentes"
        before = (rf"{re.escape(word)}(?:['’]s)?(?:\s+[A-Z][\w.'’-]*)*(?:\s+[a-z-]+){{0,2}}(?:\s+[A-Z][a-z]+\.?)?,?\s+"
                  rf"{re.escape(name)}")
        # "Marcus Delaney, the incident commander for the Oregon Department", "Helen Marsh, TfL's director"
        after = rf"{re.escape(name)},\s+(?:(?:the|a|an)\s+[^,.;:\"“”]{{0,60}}?)?{re.escape(word)}"
        # "Laura Brenner, head of metals research at Halden Capital" (not "Smith, speaking at a rally in Boston")
        role = (rf"{re.escape(name)},\s+(?:[\w-]+\s+){{0,2}}?{_HELD_ROLES}\b[^,.;:\"“”]{{0,40}}?\b(?:at|of|for)\s+"
                rf"(?:the\s+)?{re.escape(word)}")
        # "Agnieszka Pawlak, chief executive of KDP", "Renata Obuya, mayor of Ashcombe"
        # "Ralf Steiner, chairman of carmaker Vossberg"
        office = (rf"{re.escape(name)},\s+(?:[\w-]+\s+){{0,2}}?{_HELD_ROLES}\s+(?:of|at|for)\s+(?:the\s+)?"
                  rf"(?:[a-z][\w-]*\s+){{0,3}}{re.escape(word)}")
        # "A spokesman for the Coalition of Southern Forces, Colonel Idris Mahdi"
        voice = (rf"{_HELD_ROLES}\s+(?:of|at|for)\s+(?:the\s+)?{re.escape(word)},\s+(?:[A-Z][\w.'’-]*\s+){{0,2}}"
                 rf"{re.escape(name)}")
        return any(re.search(pattern, text) for pattern in (before, after, office, role, voice))

    def one_side(word: str, name: str, text: str, other_word: str, other_text: str) -> bool:
        # The other side's name stands in this claim too ("a Russian-speaking group" in both): no new name.
        return titles(word, name, text) and other_word in other_text

    return any(
        d.kind == "attribution" and (
            (titles(divergence.a, d.a, text_a) and titles(divergence.b, d.b, text_b))
            or one_side(divergence.a, d.a, text_a, divergence.b, text_a)
            or one_side(divergence.b, d.b, text_b, divergence.a, text_b)
        )
        for d in found
    )
