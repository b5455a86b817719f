"""Who a derived text (a summary, a rewrite) credits with a statement, against whom its source credits it with.

A summary sentence packs several source sentences, so the statement it reports ("club president Gustavo Ferreira
said anyone who broke the rules would answer for it") is often not in the claim it aligned with; the source says
it in another sentence, in another speaker's name ("Anyone who broke the rules will answer for it," Interior
Minister Laura Benitez said).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from service.pipeline.article_facts import ArticleFacts
from service.pipeline.done_or_planned import SAYING_LEMMAS
from service.pipeline.names import PERSONS_ROLES, only_titles, person_key, same_key, same_name
from service.pipeline.types import INFERRED, Claim, EntityMention, Facts

_SAYING = re.compile(
    r"\b(?:said|says|told|tells|added|adds|warned|warns|stated|states|insisted|insists|argued|argues|noted|notes|"
    r"explained|explains|claimed|claims|acknowledged|acknowledges|conceded|concedes|wrote|writes|called|calls)\b"
    r"(?:\s+that\b)?"
)
# Where what is said ends: a clause of its own ("..., as a study found", "while police said").
_NEXT_CLAUSE = re.compile(r",?\s+(?:as|while|after|before|when|because|whereas|although|though)\s+|;\s+")
_MIN_STATEMENT = 3  # content words: fewer say too little to find the statement by
_SAYS_IT = 0.6  # the share of the statement's content words a source sentence holds to say the same thing
_NEAR_IT = 0.4  # ... and to be a sentence the summary's speaker may have said it in


def credited_to_another(claim: Claim, derived: Facts, source: ArticleFacts) -> tuple[EntityMention, str] | None:
    """(the derived claim's speaker, the source's) when the derived claim credits a statement to a named person
    and the source states it in the name of another, never near the first; None otherwise."""
    named = [_as_a_person(s) for s in derived.speakers if (s.label == "PERSON" or _a_person_tagged_a_body(
        s, claim.text)) and s.span.text in claim.text and not _pronoun(s)]
    if len(named) != 1:
        return None
    speaker = named[0]
    statement = _statement(claim.text, speaker, derived)
    if len(statement) < _MIN_STATEMENT or not any(same_key(speaker.key, name) for name in source.names):
        return None
    saying = [f for f in source.facts
              if len(statement & f.content_lemmas) >= max(_MIN_STATEMENT, _SAYS_IT * len(statement))]
    near = [f for f in source.facts if len(statement & f.content_lemmas) >= _NEAR_IT * len(statement)]
    if not saying or any(_credits(f, speaker) for f in near):
        return None
    # Every source sentence that says it names one other person as its speaker: a pronoun the article resolved
    # ("he said", after Rinaldi's last quotation) counts; a title ("the club president told reporters"), a body, a
    # sentence with no speaker or a second speaker leave it open who said it.
    others = [s for f in saying for s in f.speakers]
    if any(not f.speakers for f in saying) or not all(_named_person(s) for s in others) or len(
        {s.key for s in others}
    ) != 1:
        return None
    # "Sri Lanka skipper Wijeratne said": the source's speaker is named, though the tagger took "Sri Lanka" for him.
    if any(_credits(derived, other) for other in others):
        return None
    theirs = others[0]
    return speaker, theirs.key.title() if _pronoun(theirs) else theirs.span.text


_PRONOUNS = frozenset({"he", "she", "they"})


def _pronoun(mention: EntityMention) -> bool:
    """"he", or a possessive, which names whose officer spoke ("Sri Lanka's captain said"), not the speaker."""
    return mention.span.text.lower() in _PRONOUNS or _possessive(mention)


def _named_person(mention: EntityMention) -> bool:
    return mention.label == "PERSON" and mention.key not in _PRONOUNS and not _possessive(mention)


def _a_person_tagged_a_body(mention: EntityMention, text: str) -> bool:
    """A name the tagger took for an organisation, written beside a person's role: "Faculty association chair
    Marcus Lindqvist", "Anja de Vries, chair of the Dutch Poultry Farmers' Association"."""
    words = mention.span.text.split()
    if mention.label != "ORG" or not 2 <= len(words) <= 3 or not all(w.isalpha() for w in words):
        return False
    start = text.find(mention.span.text)
    before = re.findall(r"[\w'’-]+", text[:start])[-1:]
    # ", chair of ...", ", the association's chair,", ", its chief economist"
    after = re.match(r",\s+([^,.;:]{0,40})", text[start + len(mention.span.text) :])
    described = set(re.findall(r"[a-z]+", after.group(1))) if after else set()
    return bool(before and before[0] in PERSONS_ROLES) or bool(described & PERSONS_ROLES)


def _as_a_person(mention: EntityMention) -> EntityMention:
    if mention.label == "PERSON":
        return mention
    return EntityMention(mention.span, person_key(mention.span.text), "PERSON")


def _possessive(mention: EntityMention) -> bool:
    """"Sri Lanka's", "Sri Lanka's captain": whose officer spoke."""
    return re.search(r"['’]s(?:\s+[a-z]+)?$", mention.span.text) is not None


def _credits(facts: Facts, speaker: EntityMention) -> bool:
    """The sentence names the speaker: as who said it, or anywhere ("Benitez said Ferreira had warned ...")."""
    return any(same_key(speaker.key, other.key) for other in (*facts.speakers, *facts.entities))


def _statement(text: str, speaker: EntityMention, facts: Facts) -> set[str]:
    """The content words of what the speaker is said to have said."""
    written = {word.lower() for word in re.findall(r"[\w'’-]+", _words_credited(text, speaker))}
    lemma_of = {word.lower(): lemma for lemma, word in facts.surface}
    name_words = {word.lower() for word in speaker.span.text.split()}
    return {lemma_of[w] for w in written if w in lemma_of and w not in name_words} & facts.content_lemmas


def _words_credited(text: str, speaker: EntityMention) -> str:
    """What the speaker is said to have said: after "said (that)" when the verb follows the name, else before the
    name ("..., Ferreira said"); "" when the claim does not say."""
    at = text.find(speaker.span.text)
    verb = _SAYING.search(text, at + len(speaker.span.text))
    if verb is not None and verb.start() - (at + len(speaker.span.text)) <= 30:
        said = text[verb.end() :]
    elif text.rstrip(" .").endswith(("said", "says", "told reporters")):
        said = text[:at]
    else:
        return ""
    return _NEXT_CLAUSE.split(said, maxsplit=1)[0]  # "... below cost, as thousands of farmers blocked highways"


def quoted_from_another(claim: Claim, derived: Facts, source: ArticleFacts) -> tuple[EntityMention, str] | None:
    """(the derived claim's speaker, the source's) when the derived claim credits a named person with words the
    source quotes from one other named person, five words in a row: "Transport Minister Hamid Razali said the
    capsizing was 'not an act of God' but the result of greed" against '"This tragedy was not an act of God. It
    was the result of greed ...," said retired judge Lim Siew Ling'; None otherwise, or where any source claim
    with those words names the first."""
    named = [_as_a_person(s) for s in derived.speakers if s.label == "PERSON" and not _pronoun(s)
             and s.span.text in claim.text and not _whose(s.span.text, claim.text)]
    if len(named) != 1:
        return None
    speaker = named[0]
    said = _words_credited(claim.text, speaker)
    runs = _runs(said)
    # or a phrase the derived claim itself quotes, two words or more: "called the offer 'an insult'"; not a title
    phrases = [words for q in derived.quotes if q.text in said and not q.text.istitle()
               and len(words := _written(q.text)) >= 2 and any(len(w) >= 4 for w in words)]
    if not runs and not phrases:
        return None

    def quotes_it(quotation: str) -> bool:
        written = _written(quotation)
        return bool(runs & _runs(quotation)) or any(
            written[k : k + len(words)] == words for words in phrases for k in range(len(written) - len(words) + 1))

    quoting = [f for f in source.facts if any(quotes_it(q.text) for q in f.quotes)]
    others = [s for f in quoting for s in f.speakers]
    if not quoting or any(_credits(f, speaker) for f in quoting) or not others or not all(
            _named_person(s) or _known_person(s) for s in others) or len({s.key for s in others}) != 1:
        return None
    theirs = others[0]
    return speaker, theirs.key.title() if _pronoun(theirs) or theirs.label == INFERRED else theirs.span.text


def _whose(name: str, text: str) -> bool:
    """The name is written as whose officer spoke: "Riverton's school superintendent said"."""
    return re.search(re.escape(name) + r"['’]s\b", text) is not None


def _written(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in re.findall(r"[\w'’-]+", text)]


def _known_person(mention: EntityMention) -> bool:
    """A speaker known from an earlier sentence ("he said", a quotation's second sentence), by a person's name."""
    return mention.label == INFERRED and bool(mention.key) and mention.key not in _PRONOUNS


def _runs(text: str) -> set[str]:
    """The text's runs of five words, lowercased, with at least two of four letters or more."""
    written = _written(text)
    return {" ".join(written[k : k + _RUN]) for k in range(len(written) - _RUN + 1)
            if sum(len(w) >= 4 for w in written[k : k + _RUN]) >= 2}


_RUN = 5


def credited_so_elsewhere(mine: str, derived: Facts, source: ArticleFacts) -> bool:
    """The derived claim's speaker says what it is credited with in another source claim, half of whose report
    (two fifths with one of its verbs), three words or more, the derived claim restates: "Bishop Laurent Dufay
    said the first service ... will be a Mass of thanksgiving", grouped with the ministry's announcement of the
    reopening, where the bishop goes on to say "the first service would be a Mass of thanksgiving" (not "Marcus
    Lindqvist said: 'We will not be silenced'", where Lindqvist only "called for calm")."""
    speakers = [s for s in derived.speakers if s.span.text == mine]
    if len({s.key for s in derived.speakers}) > 1:
        return False  # "Trump said ..., but Macron pushed back, saying ...": whose words are whose is not told here
    everyone = (*derived.speakers, *(t for f in source.facts for t in f.speakers))
    named = {word for s in everyone for word in s.key.split()}
    said = _what_is_said(derived, speakers)
    for facts in source.facts:
        theirs = [t for t in facts.speakers if any(same_name(s.key, t.key) for s in speakers)] or [
            t for t in facts.speakers if t.label == "PERSON" and _speaks_for(facts, speakers)]
        if not theirs:
            continue
        own = _what_is_said(facts, theirs) - _SPEAKING - named
        restated = own & said
        acts = restated & {p.lemma for p in facts.predicates}
        if len(restated) >= 3 and len(restated) >= (0.4 if acts else 0.5) * len(own):
            return True  # half the report, or a little less where the acts are the same ("would cooperate")
    return False


def _speaks_for(facts: Facts, bodies: Sequence[EntityMention]) -> bool:
    """The claim's speaker is the body's spokesperson, next to its name: "Anja Richter, a spokesperson for
    Veltrion, said" speaks for "Veltrion Pharma" (the tagger's person)."""
    words = [word.lower() for _, word in facts.surface]
    for body in (e for e in facts.entities if e.label == "ORG"):
        if not any(body.span.text.lower() in s.span.text.lower().split() for s in bodies):
            continue
        first = body.span.text.split()[0].lower()
        for k in (k for k, word in enumerate(words) if word == first):
            if k >= 2 and words[k - 1] == "for" and words[k - 2] in _SPOKESPEOPLE or (
                words[k + 1 : k + 2] and words[k + 1] in _SPOKESPEOPLE
            ):
                return True
    return False


# Roles a speaker is named by, besides titles: "Union leader Tom Baker", "defence lawyer Ana Silva".
_ROLES = frozenset({"leader", "head", "lawyer", "attorney", "manager", "director", "founder", "co-founder", "editor",
                    "analyst", "economist", "official", "officer", "researcher", "scientist", "professor", "coach"})
_SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman", "representative"})
_SPEAKING = SAYING_LEMMAS | {"call", "describe", "warn", "urge", "argue", "claim", "write", "note", "explain"}


def _what_is_said(facts: Facts, speakers: Sequence[EntityMention]) -> set[str]:
    """The content words outside the speaker's phrase and its verb of saying: what "Hannah Brooks, editor of the
    Ledger, said the website had received the video" reports (after the verb); what "Nova Scotia will raise its
    minimum wage ..., Labour Minister Gordon Leblanc announced" reports (before the titled name); what '"We will not
    be silenced," said Anja Berg, a lecturer' reports (before the verb)."""
    saying = [p for p in facts.predicates if p.lemma in _SPEAKING]
    if not speakers or not saying:
        return set(facts.content_lemmas)
    # the speaker's own verb: "Trump said a deal could be worked on, but Macron pushed back, saying ..." is Macron's
    # "saying", not Trump's "said"
    own_verbs = [p for p in saying if set(p.subject.split()) & set(speakers[0].key.split())]
    saying = own_verbs or saying
    words = [word for _, word in facts.surface]
    lemmas = [lemma for lemma, _ in facts.surface]
    first = speakers[0].span.text.split()[0]
    verb_at = next((k for k, word in enumerate(words) if word == saying[0].span.text), None)
    speaker_at = next((k for k, word in enumerate(words) if word == first), None)
    if verb_at is None or speaker_at is None:
        return set(facts.content_lemmas)
    if speaker_at < verb_at:
        start = speaker_at
        while start > 0 and (words[start - 1][:1].isupper() or only_titles(words[start - 1], times=False)
                             or words[start - 1].lower() in _ROLES):
            start -= 1  # the titles before the name: "Labour Minister Gordon Leblanc", "Union leader Tom Baker"
        side = lemmas[:start] + lemmas[verb_at + 1 :]
    else:
        side = lemmas[:verb_at]
    return set(side) & facts.content_lemmas
