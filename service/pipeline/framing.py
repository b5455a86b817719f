"""How firmly a claim states what it reports, read from single words: an allegation ("allegedly", "reportedly")
against a plain statement, a charge against a conviction or an acquittal, and a thing denied by "no" ("no
coalition would be formed") against the same thing affirmed."""

from __future__ import annotations

import re

from service.pipeline.article_facts import ArticleFacts
from service.pipeline.predicates import ALLEGE_HEADS, ALLEGED_MODIFIERS, NUMBERED_NO, same_act
from service.pipeline.types import Divergence, Facts, Span

_HEDGES = frozenset(ALLEGED_MODIFIERS - {"apparently"})  # "apparently" hedges, but alleges nothing
# Words by which the other claim reports the same thing as said by someone, not as fact.
_REPORTED = _HEDGES | ALLEGE_HEADS | {"alleged", "report"}
_CHARGED = frozenset({"charge", "charged", "accuse", "accused", "indict", "indicted", "suspect", "suspected",
                      "allege", "alleged"})
_SENTENCED = frozenset({"sentence", "sentenced"})
_CONVICTED = frozenset({"convict", "convicted"}) | _SENTENCED
_FOUND_GUILTY = re.compile(r"\b(?:found|ruled|judged|declared|pleaded|pled|pleads?)\s+(?:(?!not\b)[\w'’]+\s+){0,3}?"
                           r"guilty\b", re.IGNORECASE)


# "if found guilty", "is expected to plead guilty", "will plead guilty": no conviction yet.
_UNLESS_DONE = re.compile(r"\b(?:if|unless|to|will|would|could|may|might|should|once)\s+(?:be\s+)?$", re.IGNORECASE)


def _convictions(facts: Facts, text: str) -> frozenset[str]:
    """The words of a conviction: "convicted", "sentenced", or "guilty" after "found" or "pleaded" ("found him
    guilty"; not "found him not guilty")."""
    found = any(not _UNLESS_DONE.search(text[: m.start()]) for m in _FOUND_GUILTY.finditer(text))
    return frozenset(facts.lemmas & _CONVICTED) | (frozenset({"guilty"}) if found else frozenset())
_ACQUITTED = frozenset({"acquit", "acquitted", "acquittal"})


def framing_divergences(
    text_a: str, text_b: str, fa: Facts, fb: Facts, summarised: bool = False,
    articles_convict: tuple[bool, bool] = (False, False),
) -> list[Divergence]:
    """A status divergence when one claim hedges what the other states as fact, or one reports a charge and
    the other a conviction. `summarised`: one claim summarises the other, and a summary may drop a hedge.
    `articles_convict`: whether each claim's article reports a conviction somewhere (then its charges are the trial's
    earlier stage, not another outcome)."""
    for first, second, plain_text, flip in ((fa, fb, text_b, False), (fb, fa, text_a, True)):
        first_text = text_b if flip else text_a
        convicted_there = articles_convict[1] if flip else articles_convict[0]
        hedge = sorted(first.lemmas & _HEDGES)
        if hedge and not second.lemmas & _REPORTED and not summarised:
            found = _hedged(first, second, hedge[0], plain_text)
            return [_flipped(found) if flip else found]
        hedged_noun = _hedged_noun(first, second)
        if hedged_noun is not None and not summarised:
            span_a, span_b = hedged_noun
            found = Divergence("status", span_a, span_b,
                               f"One source hedges what the other states as fact: {span_a!r} against {span_b!r}.")
            return [_flipped(found) if flip else found]
        charged, convicted = _charges(first), _convictions(second, plain_text)
        if charged and convicted and not _convictions(first, first_text) and not _charges(second) \
                and not convicted_there:
            span_a, span_b = _word(first, charged), _word(second, convicted)
            found = Divergence("status", span_a, span_b,
                               f"One source reports a charge, the other a conviction: {span_a!r} against {span_b!r}.")
            return [_flipped(found) if flip else found]
        acquitted = first.lemmas & _ACQUITTED
        convicted = _convictions(second, plain_text)
        charged_or_convicted = _charges(second) | convicted
        # "found guilty of wire fraud but acquitted of bank fraud" reports no acquittal against a conviction
        convicted_too = _convictions(first, first_text)
        if acquitted and not convicted_too and not _acquittals(second) and charged_or_convicted:
            span_a, span_b = _word(first, acquitted), _word(second, convicted - _SENTENCED or charged_or_convicted)
            # Acquitted against convicted of the same offence: opposite verdicts. Against a charge, a sentence to come
            # or another offence ("acquitted of murder" / "found guilty of manslaughter"): a stage of the case.
            opposite = bool(convicted - _SENTENCED) and _offence(first, span_a) == _offence(second, span_b)
            found = (Divergence("contradiction", span_a, span_b,
                                f"One source reports an acquittal ({span_a!r}), the other a conviction ({span_b!r}).")
                     if opposite else
                     Divergence("status", span_a, span_b,
                                f"One source reports an acquittal ({span_a!r}), the other a charge or conviction "
                                f"({span_b!r})."))
            return [_flipped(found) if flip else found]
        if acquitted and convicted_too - _SENTENCED and not _acquittals(second) and convicted - _SENTENCED:
            # a split verdict, "acquitted him of manslaughter but convicted him of breaching fire regulations",
            # against a conviction of the offence it acquits of
            span_a, span_b = _word(first, acquitted), _word(second, convicted - _SENTENCED)
            offence = _offence(first, span_a)
            if offence is not None and offence == _offence(second, span_b) != _offence(
                    first, _word(first, convicted_too - _SENTENCED)):
                found = Divergence("contradiction", span_a, span_b, f"One source reports an acquittal ({span_a!r}), "
                                                                    f"the other a conviction ({span_b!r}).")
                return [_flipped(found) if flip else found]
    return []


def _offence(facts: Facts, verdict: str) -> str | None:
    """The first content word after the "of" a few words after the verdict, else within four words after it:
    "murder" of "acquitted of murder", "related" of "convicted on related charges"; None when there is none."""
    words = [(lemma, word) for lemma, word in facts.surface]
    at = next((k for k, (_, word) in enumerate(words) if word == verdict), None)
    if at is None:
        return None
    # what the verdict is "of", a few words on: "acquitted nurse Daniel Hirst of falsifying", "found guilty on
    # Wednesday by a jury of falsifying"
    of = next((k for k in range(at + 1, min(at + 9, len(words))) if words[k][1].lower() == "of"), None)
    start, end = (of + 1, of + 4) if of is not None else (at + 1, at + 5)
    return next((lemma for lemma, _ in words[start:end] if lemma in facts.content_lemmas), None)


def _acquittals(facts: Facts) -> frozenset[str]:
    """The words of an acquittal: "acquitted", or "cleared" followed by what of ("cleared the mayor of bribery
    charges")."""
    lemmas = [lemma for lemma, _ in facts.surface]
    cleared = any(lemma == "clear" and "of" in lemmas[k + 1 : k + 13] for k, lemma in enumerate(lemmas))
    return frozenset(facts.lemmas & _ACQUITTED) | (frozenset({"clear"}) if cleared else frozenset())


# Adjectives that make a person or thing only presumed: "his likely successor", "the presumptive nominee".
_HEDGING_ADJECTIVES = frozenset({"likely", "probable", "presumptive", "presumed", "putative"})


# Words by which the other claim hedges too: "the likely cause" / "was probably caused by".
_OTHER_HEDGES = _HEDGING_ADJECTIVES | ALLEGED_MODIFIERS | {
    "unlikely", "probably", "possibly", "perhaps", "may", "might", "could", "expect", "believe", "suspect", "suspected"}
# Terms of art, not hedges: "probable cause", "likely voters".
_FIXED_TERMS = frozenset({("probable", "cause"), ("likely", "voter")})


def _hedged_noun(hedging: Facts, plain: Facts) -> tuple[str, str] | None:
    """A hedging adjective before a word the other claim writes without one near it: ("likely successor",
    "successor"); not "the likely cause" / "was probably caused by"."""
    surface = list(hedging.surface)
    for (lemma, word), (qualified, qualified_word) in zip(surface, surface[1:], strict=False):
        if lemma not in _HEDGING_ADJECTIVES or (lemma, qualified) in _FIXED_TERMS:
            continue
        at = next((k for k, (lem, _) in enumerate(plain.surface) if lem == qualified), None)
        if at is None or qualified not in plain.content_lemmas or qualified not in hedging.content_lemmas:
            continue
        nearby = plain.surface[max(0, at - 3) : at + 2]  # "was probably the cause", "the cause may"
        if not any(lem in _OTHER_HEDGES and w.islower() for lem, w in nearby):  # "may", not the month "May"
            return f"{word} {qualified_word}", plain.surface[at][1]
    return None


def _charges(facts: Facts) -> frozenset[str]:
    """The words of charging or accusing in the claim; "in charge of the case" is none."""
    lemmas = [lemma for lemma, _ in facts.surface]
    return frozenset(
        lemma for k, lemma in enumerate(lemmas) if lemma in _CHARGED and not (k and lemmas[k - 1] == "in")
    )


def _hedged(hedging: Facts, plain: Facts, hedge: str, plain_text: str) -> Divergence:
    """Evidence: the hedge ("allegedly"), and in the plain claim the word it qualifies ("blindsided") when it
    has it, else its whole text."""
    surface = list(hedging.surface)
    at = next(k for k, (lemma, _) in enumerate(surface) if lemma == hedge)
    span_a = surface[at][1]
    qualified = next((lemma for lemma, _ in surface[at + 1 : at + 4] if lemma in hedging.content_lemmas), None)
    span_b = next((word for lemma, word in plain.surface if lemma == qualified), plain_text)
    return Divergence("status", span_a, span_b,
                      f"One source reports as alleged what the other states as fact: {span_a!r} against {span_b!r}.")


def _word(facts: Facts, lemmas: frozenset[str]) -> str:
    return next(word for lemma, word in facts.surface if lemma in lemmas)


def _flipped(divergence: Divergence) -> Divergence:
    return Divergence(divergence.kind, divergence.b, divergence.a, divergence.explanation)


_NOT_DENIALS = frozenset({"one", "longer", "doubt", "matter", "more", "less", "later", "sooner", "way", "time"})
NEGATORS = frozenset({"no", "not", "n't", "never", "cannot", "without"})


def denied_things(text_a: str, text_b: str, fa: Facts, fb: Facts) -> list[Divergence]:
    """A negation divergence when one claim denies a thing with "no" ("no coalition of the willing") that the
    other names without any negation near it ("there will be a coalition of the willing")."""
    for first, second, text, other_text, flip in ((fa, fb, text_a, text_b, False), (fb, fa, text_b, text_a, True)):
        lemmas = [lemma for lemma, _ in first.surface]
        for k, lemma in enumerate(lemmas):
            if lemma != "no" or (k + 1 < len(lemmas) and re.search(
                    rf"\bno-{re.escape(first.surface[k + 1][1])}\b", text, re.IGNORECASE)):
                continue  # not "a no-confidence motion", "a no-fly zone"
            run: list[str] = []  # the words the "no" governs: "no real progress" -> "progress"
            for word, written in first.surface[k + 1 : k + 4]:
                if word not in first.content_lemmas or (run and written.lower().endswith("ing")):
                    break  # "no evidence connecting the drug to ...": the thing is the evidence
                run.append(word)
            thing = run[-1] if run else None
            if thing is None or thing in _NOT_DENIALS or thing not in second.content_lemmas:
                continue
            if denied(second, thing) or _denied_there_too(second, thing, first) \
                    or not all(negated_uses(first, thing)):
                continue  # the other denies it too ("had not yet set a limit", "nobody has been arrested"), or this
                # claim names it plainly
            denial = _verbatim(text, rf"\bno\b\W+(?:\w+\W+){{0,2}}?{_word_of(first, thing)}\b")
            affirmed = _verbatim(other_text, rf"\b{_word_of(second, thing)}\b")
            if _nearly_none(text, denial, other_text, affirmed):
                continue
            if denial and NUMBERED_NO.match(denial):
                continue  # "the No 9 shirt": a number
            if denial and any(mark in denial for mark in ",;:.()"):
                continue  # "no choice," UCU Scotland": the words "no" denies end at the punctuation
            if denial and affirmed:
                a, b = (affirmed, denial) if flip else (denial, affirmed)
                return [Divergence("negation", a, b, f"One source denies what the other affirms: {a!r} against {b!r}.")]
    return []


# Words that say "almost none" ("almost no snow") and "few" ("little snow", "hardly any snow"): one claim may say
# what the other says with the other set. Rewordings compare these words; a summary's are read from the text.
NEARLY = frozenset({"almost", "nearly", "virtually", "practically"})
SCANT = frozenset({"little", "few", "scant", "hardly", "barely", "scarcely"})
_NEARLY = re.compile(rf"\b(?:{'|'.join(sorted(NEARLY))}|next\s+to)\s+$", re.IGNORECASE)
_SCANT = re.compile(r"\b(?:(?:very\s+)?little|few|scant|(?:hardly|barely|scarcely)\s+any)\s+(?:\w+\s+){0,2}$",
                    re.IGNORECASE)


def _nearly_none(text: str, denial: str | None, other_text: str, affirmed: str | None) -> bool:
    """"a winter with almost no snow" and "a winter with little snow" say the same."""
    if not denial or not affirmed:
        return False
    return _NEARLY.search(text[: text.find(denial)]) is not None and _SCANT.search(
        other_text[: other_text.find(affirmed)]) is not None


def _denied_there_too(facts: Facts, lemma: str, denying: Facts, reach: int = 5) -> bool:
    """The word is what "lacked" or "without" denies ("lacked standing" for "had no standing"), or the object
    of a verb denied with "not" or "never" that the denying claim uses too ("had not yet set a limit" for "no
    limit has been set"; not "had not heeded a warning" for "there was no warning")."""
    lemmas = [lem for lem, _ in facts.surface]
    for k, lem in enumerate(lemmas):
        if lem != lemma:
            continue
        before = lemmas[max(0, k - reach) : k]
        if {"lack", "without", "deny", "dispute", "none", "neither"} & set(before):
            return True  # "lacked standing", "denied that any rules had been broken", "none of the candidates"
        no = max((i for i, word in enumerate(before) if word == "no"), default=None)
        if no is not None and not {"but", "and", "or"} & set(before[no + 1 :]):
            return True  # "no plans for a formal statement", not "no delays but dozens of cancellations"
        negation = max((i for i, word in enumerate(before) if word in ("not", "never")), default=None)
        if negation is not None and denying.lemmas & set(before[negation + 1 :]) - _FILLERS:
            return True
        after = lemmas[k + 1 : k + 5]
        denied_at = next((i for i, word in enumerate(after) if word in ("not", "never")), None)
        if denied_at is not None and set(after[:denied_at]) <= _AUXILIARY_LEMMAS and (
            _subject_of_a_verb(denying, lemma) or {*after[denied_at + 1 : denied_at + 2]} & _COMING_TO_BE
        ):
            return True  # the subject of a denied verb: "flight operations were not disrupted" for "no flight
            # operations were affected"; against "there was no alert", only a verb of its coming to be ("alerts
            # were never generated", not "warnings were not heeded" for "there was no warning")
    return False


def _subject_of_a_verb(facts: Facts, lemma: str) -> bool:
    """The word, after "no", is the subject of a verb: "no flight operations were affected"."""
    lemmas = [lem for lem, _ in facts.surface]
    return any(lem == lemma and "no" in lemmas[max(0, k - 3) : k] and k + 1 < len(lemmas)
               and lemmas[k + 1] in _AUXILIARY_LEMMAS for k, lem in enumerate(lemmas))


_AUXILIARY_LEMMAS = frozenset({"be", "have", "do", "will", "would", "can", "could", "may", "might", "shall",
                               "should", "must"})
# Verbs that bring a thing about, so that denying them denies the thing: "alerts were never generated".
_COMING_TO_BE = frozenset({"make", "raise", "issue", "generate", "send", "file", "bring", "record", "report", "find",
                           "give", "receive", "lodge", "produce", "create", "launch", "announce", "offer", "take"})


_FILLERS = frozenset({"a", "an", "the", "yet", "be", "have", "do", "any", "its", "their"})


def negated_uses(facts: Facts, lemma: str) -> list[bool]:
    """For each use of `lemma`, whether "no", "not", "never" or "without" comes within three words before it (or
    before the "any" right before it)."""
    lemmas = [lem for lem, _ in facts.surface]

    def denied_at(k: int) -> bool:  # "will not be making any players redundant": "any" carries the "not"
        at = k - 1 if k > 0 and lemmas[k - 1] == "any" else k
        return any(w in NEGATORS for w in lemmas[max(0, at - 3) : k])

    return [denied_at(k) for k, lem in enumerate(lemmas) if lem == lemma]


def denied(facts: Facts, lemma: str) -> bool:
    """The claim denies the act the word names: "did not sign", "failed to detect"."""
    return any(negated_uses(facts, lemma)) or any(p.lemma in (lemma, same_act(lemma)) and p.negated
                                                  for p in facts.predicates)  # "refused to postpone": "delay"


def _word_of(facts: Facts, lemma: str) -> str:
    return re.escape(next(word for lem, word in facts.surface if lem == lemma))


def _verbatim(text: str, pattern: str) -> str:
    match = re.search(pattern, text, re.IGNORECASE)
    return match.group(0) if match else ""


_STOPPING = frozenset({"prevent", "block", "stop", "halt", "thwart", "derail", "scuttle", "avert", "forestall"})


def stopped(facts: Facts, lemma: str) -> bool:
    """The word comes within three words after a verb that stops it ("preventing the signing of")."""
    lemmas = [lem for lem, _ in facts.surface]
    return any(
        lem == lemma and any(before in _STOPPING for before in lemmas[max(0, k - 3) : k])
        for k, lem in enumerate(lemmas)
    )


def reports_the_conviction(article: ArticleFacts, convicted: Facts) -> bool:
    """The article states the conviction the other claim reports, in a claim of its own that shares three more of
    its words ("was convicted on Wednesday of selling forged paintings"), not a sentence or a previous conviction."""
    if not convicted.lemmas & _CONVICTED:
        return False
    return any("convict" in facts.lemmas and "conviction" not in facts.lemmas
               and len((facts.content_lemmas & convicted.content_lemmas) - _CONVICTED) >= 3 for facts in article.facts)


_A_CONVICTION = re.compile(r"\b(?:convicted|sentenced)\b|" + _FOUND_GUILTY.pattern, re.IGNORECASE)
# A conviction, or the punishment that shows one: "has spent nearly 29 years in prison for the shooting".
_CONVICTED_LEMMAS = frozenset({"convict", "sentence", "guilty", "verdict", "prison", "jail", "imprison", "inmate",
                               "parole"})
_CONVICTION_WORDS = _CONVICTED_LEMMAS | {"find", "plead"}
_TRIED = frozenset({"trial", "charge", "charged", "accuse", "accused", "indict", "indicted", "prosecutor"})


def _reports_a_conviction(facts: Facts) -> bool:
    """A conviction or its punishment, not "pleaded not guilty" nor "faces up to seven years in prison if
    convicted"."""
    surface = [lemma for lemma, _ in facts.surface]
    if {"if", "unless", "face"} & set(surface):
        return False
    if facts.lemmas & (_CONVICTED_LEMMAS - {"guilty"}):
        return True
    return any(lemma == "guilty" and not (k and surface[k - 1] in ("not", "n't")) for k, lemma in enumerate(surface))


def conviction_not_in_source(claim_text: str, claim: Facts, source: ArticleFacts) -> Span | None:
    """The words by which a summary reports a conviction ("were found guilty") where its source reports a charge or
    a trial and no conviction of the same things: "If convicted, they face ..." is none, nor "a neurologist who
    pleaded guilty last year" (a witness), which shares none of the claim's other words."""
    if not _convictions(claim, claim_text) or not any(_TRIED & f.lemmas for f in source.facts):
        return None
    for facts in source.facts:
        shared = (facts.content_lemmas & claim.content_lemmas) - _CONVICTION_WORDS
        if _reports_a_conviction(facts) and shared:
            return None
    found = next((m for m in _A_CONVICTION.finditer(claim_text) if not _UNLESS_DONE.search(claim_text[: m.start()])),
                 None)  # "escaped convicts" is no conviction
    return None if found is None else Span(found.group(0), found.start(), found.end())


# "Survivors say an exit was locked, but the director denies it", "..., which the company disputes"
_DENYING = r"(?<!not\s)(?<!n't\s)(?<!never\s)(?<!to\s)(?<!nobody\s)(?<!one\s)(?:deny|denies|denied|dispute[sd]?)"
_DISPUTE = re.compile(
    rf"\bbut\s+(?:[\w'’,.-]+\s+){{0,6}}{_DENYING}\s+(?:it|this|that|them)\s*(?:[.,;:)]|$)"
    rf"|\bwhich\s+(?:[\w'’]+\s+){{0,4}}{_DENYING}\s*(?:[.,;:)]|$)", re.IGNORECASE)


def reports_a_dispute(text: str) -> bool:
    """The claim reports an assertion and its denial at once: it affirms neither side."""
    return _DISPUTE.search(text) is not None


def without_the_dispute_reported(found: list[Divergence], texts: tuple[str, str]) -> list[Divergence]:
    """The divergences of two claims, less those that hold a denial against the assertion a claim reports beside
    that very denial (`texts`: the two claims')."""
    disputing = (reports_a_dispute(texts[0]), reports_a_dispute(texts[1]))
    return [d for d in found if not _the_denial_reported(d, disputing)] if any(disputing) else found


_DENYING_VERB = re.compile(r"\b(?:den(?:y|ies|ied|ial)|disputes?|disputed|rejects?|rejected)\b", re.IGNORECASE)


def _the_denial_reported(divergence: Divergence, disputing: tuple[bool, bool]) -> bool:
    """A negation or status conflict between a denial and the assertion that a disputing claim reports beside
    that denial ("denied that any exit had been locked" / "say an exit was locked, but he denies it"); not a
    change of the denial itself ("but his lawyer denies it" / "and his lawyer admits it")."""
    if divergence.kind not in ("negation", "status"):
        return False
    sides = (divergence.a, divergence.b)
    return any(
        disputes and not _the_denial_itself(sides[k]) and _DENYING_VERB.search(sides[1 - k]) is not None
        for k, disputes in enumerate(disputing)
    )


def _the_denial_itself(evidence: str) -> bool:
    """The evidence is the denying verb with its auxiliaries ("has not denied", "has never publicly denied"),
    not an assertion whose clause runs on to a denial ("allege that an exit was locked, which he denies")."""
    return _DENYING_VERB.search(" ".join(evidence.split()[:4])) is not None
