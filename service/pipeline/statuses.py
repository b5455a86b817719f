"""The same act said two ways in two aligned claims: affirmed in one and denied in the other, or reported as
done in one and as planned, alleged, possible or only near in the other."""

from __future__ import annotations

import re
from collections.abc import Sequence

from service.pipeline.article_facts import words, words_after
from service.pipeline.dates import TIME_WORDS, at_other_times, same_time
from service.pipeline.framing import NEGATORS
from service.pipeline.names import is_country, place_key
from service.pipeline.predicates import (
    ALLEGE_HEADS,
    CONSENTS,
    a_purpose,
    denies,
    passive,
    said_when,
    unless_for_if_not,
    unless_for_only_if,
)
from service.pipeline.surroundings import content_after
from service.pipeline.swaps import shared_neighbours
from service.pipeline.types import Divergence, Facts, Predicate, Span

# What one source may report as done and another as only planned, alleged or possible ("might withdraw").
_STATUS_CONFLICTS = ({"planned", "happened"}, {"alleged", "happened"}, {"possible", "happened"},
                     {"possible", "planned"},  # "may result in" / "will result in"
                     {"considered", "happened"},  # "was considering a warning" / "had issued a warning"
                     {"considered", "ongoing"},  # "is considering recalling the toys" / "is recalling them"
                     {"considered", "planned"},  # "is in talks to buy" / "has agreed to acquire"
                     {"near", "happened"},  # "are close to reaching a deal" / "have reached a deal"
                     {"questioned", "happened"},  # "investigating whether it contributed" / "established it did"
                     {"possible", "ongoing"})  # "may be contaminated" / "is contaminated" (a state: `_in_a_state`)
_IGNORED_PREDICATES = {"be", "have", "do", "say", "tell", "add", "state", "make", "get", "go", "come", "take"}


def predicate_divergences(fa: Facts, fb: Facts, texts: tuple[str, str]) -> list[Divergence]:
    """The same verb or adjective affirmed in one claim and denied in the other, or planned in one and done in
    the other (`texts`: the two claims'). A claim that uses the word both ways ("we haven't felt ... we are
    grateful") conflicts with no one."""
    found: list[Divergence] = []
    for lemma in sorted({p.lemma for p in fa.predicates} & {p.lemma for p in fb.predicates}):
        in_a, in_b = _by_the_same_doers([p for p in fa.predicates if p.lemma == lemma],
                                         [p for p in fb.predicates if p.lemma == lemma])
        # a light verb's idiom ("make landfall") is compared for its status only
        idiom_only = lemma in _IGNORED_PREDICATES and not (lemma == "do" and _refused(in_a + in_b))
        if idiom_only and not _one_idiom(in_a, in_b, texts):
            continue  # "pledged to do more" / "refused to do more" is the one use of "do" that says something
        polarity_a, polarity_b = {denies(p) for p in in_a}, {denies(p) for p in in_b}
        if idiom_only:
            polarity_a = polarity_b = {False}
        if _not_yet(in_a, in_b) or _not_yet(in_b, in_a):
            continue  # "are close to reaching a deal" / "have not yet reached one"
        # An allegation and a denial of it ("alleging that the line sparked" / "denied that it sparked") report
        # two parties' claims, not two versions of one fact.
        alleged = any(p.status in ("alleged", "open", "questioned") for p in in_a + in_b)  # only asked about
        if alleged and polarity_a != polarity_b:
            continue
        if len(polarity_a) == 1 and len(polarity_b) == 1 and polarity_a != polarity_b:
            pa, pb = in_a[0], in_b[0]
            sides = ((texts[0], pa.evidence.end), (texts[1], pb.evidence.end))
            denying, affirming = sides if denies(pa) else sides[::-1]
            if said_when(pa, pb) or unless_for_only_if(denying, affirming) or unless_for_if_not(denying, affirming) or (
                _not_then_but(*denying)
            ):
                continue
            if a_purpose(pb if denies(pa) else pa):
                continue  # "doctored statements to support the numbers": a purpose, not a fact the other denies
            affirmed, denied = (pb, pa) if denies(pa) else (pa, pb)
            if affirmed.status == "planned" and denied.status in ("happened", "ongoing") and ATTEMPTED.search(
                affirmed.evidence.text
            ):
                continue  # "had tried for a year to recruit two dentists" / "failed to recruit two dentists"
            text_denied, text_affirmed = (texts[0], texts[1]) if denies(pa) else (texts[1], texts[0])
            if _DENYING.search(denied.evidence.text) and _CHARGED.search(text_affirmed[: affirmed.span.start]):
                continue  # "denies charges of causing death" / "is charged with causing death": the accused's word
                # against the charge, or the verdict ("was convicted of murdering")
            if _in_a_manner(text_denied, denied) and not _in_a_manner(text_affirmed, affirmed):
                continue  # "no sign that anyone deliberately started the fire" / "was started by sparks": the
                # manner denied, not the act
            found.append(Divergence("negation", pa.evidence.text, pb.evidence.text,
                                    f"One source affirms what the other denies: {pa.evidence.text!r} "
                                    f"against {pb.evidence.text!r}."))
            continue
        status_a, status_b = {p.status for p in in_a}, {p.status for p in in_b}
        asked = _asked_against_agreed(in_a, in_b)
        if asked is not None:
            pa, pb = asked
            which = ("a request", "a commitment") if _ASKED.search(pa.evidence.text) else ("a commitment", "a request")
            found.append(Divergence("status", pa.evidence.text, pb.evidence.text,
                                    f"One source reports {which[0]}, the other {which[1]}: {pa.evidence.text!r} "
                                    f"against {pb.evidence.text!r}."))
            continue
        if status_a & status_b:
            continue
        if _acts_on_other_things(fa, fb, lemma, in_a, in_b):
            continue
        # "denied it had paid" / "would not pay": a denial of the act and of the plan go together ("has not yet
        # approved" / "will not approve" still conflict); so do a denial of the act and of a claim that it
        # happened ("denied that its line started the fire" / "rejected claims that it had caused it").
        conflicts = [(pa, pb) for pa in in_a for pb in in_b
                     if ({pa.status, pb.status} in _STATUS_CONFLICTS or _planned_and_begun(pa, pb, texts))
                     and not _hedged_plans(pa, pb)
                     and not _weighed_against_an_intent(pa, pb)

                     and not (pa.negated and pb.negated and _refused([pa, pb]))
                     and not (pa.negated and pb.negated and {pa.status, pb.status} == {"alleged", "happened"})
                     and not _denied_plan_carried_out(pa, pb)
                     and not ({pa.status, pb.status} == {"considered", "ongoing"} and not _in_progress(pa, pb))
                     and not ({pa.status, pb.status} == {"possible", "ongoing"} and not _in_a_state(pa, pb))
                     and not _said_and_alleged_by_one((pa, fa, texts[0]), (pb, fb, texts[1]))
                     and not _alleged_against_quoted((pa, fa), (pb, fb))
                     and not _an_offer_reported((pa, fa), (pb, fb))
                     and not _the_last_time((pa, fa), (pb, fb))
                     and not _another_partys_consent(pa, pb)
                     and not _a_stance_said_as_would(pa, pb)
                     and not (pa.bounded and pb.bounded and {pa.status, pb.status} == {"planned", "happened"})]
        # "will be barred until November 8" / "barred him until November 8": one ban, in force until a day
        if conflicts and _at_other_times(fa, fb, texts):
            conflicts = []  # "last raised prices in January 2023" / "will raise them from Nov. 1"
        if conflicts:
            # "obtained ... received" / "will receive": the pair written with one verb is the evidence
            pa, pb = min(conflicts, key=lambda c: c[0].span.text[:4].lower() != c[1].span.text[:4].lower())
            found.append(Divergence("status", pa.evidence.text, pb.evidence.text,
                                    f"One source reports as {pa.status} what the other reports as {pb.status}: "
                                    f"{pa.evidence.text!r} against {pb.evidence.text!r}."))
    return found or _rejection_denied(fa, fb) or _status_in_other_words(fa, fb, texts) or _decided_in_other_words(
        fa, fb, texts) or _weighed_or_faced_then_done(fa, fb, texts) or _begun_against_finished(fa, fb, texts)


def _planned_and_begun(pa: Predicate, pb: Predicate, texts: tuple[str, str]) -> bool:
    """An act planned or agreed in one claim, begun in the other: "has agreed to hear an appeal" / "has begun
    hearing the appeal"."""
    if {pa.status, pb.status} != {"planned", "ongoing"}:
        return False
    ongoing, text = (pa, texts[0]) if pa.status == "ongoing" else (pb, texts[1])
    planned = pb if ongoing is pa else pa
    return _BEGUN_BEFORE.search(text[: ongoing.span.start]) is not None and _AGREED.search(
        planned.evidence.text) is not None  # not "would examine" / "had begun examining": the plan under way


_AGREED = re.compile(r"\b(?:agreed|agrees|agree|decided|decides|voted|votes)\b", re.IGNORECASE)
_BEGUN_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:begun|started)\s+$|\b(?:began|started)\s+$", re.IGNORECASE)


def _one_idiom(in_a: Sequence[Predicate], in_b: Sequence[Predicate], texts: tuple[str, str]) -> bool:
    """A light verb with the same noun after it in both claims, which says what it does: "expect the storm to make
    landfall" / "made landfall", "will take office" / "took office"."""
    if not in_a or not in_b or in_a[0].lemma not in _LIGHT_VERBS:
        return False
    nouns = {next(iter(re.findall(r"[a-z]+", text[p.span.end :].lower())[:1]), "")
             for uses, text in ((in_a, texts[0]), (in_b, texts[1])) for p in uses}
    return len(nouns) == 1 and len(next(iter(nouns))) >= 4 and not nouns & _NO_NOUNS


_LIGHT_VERBS = frozenset({"make", "take", "get", "go", "come"})
_NO_NOUNS = frozenset({"that", "this", "with", "from", "into", "than", "their", "them", "which", "would", "about",
                       "down", "over", "back", "more", "some", "even", "also", "still", "there", "here"})


def _a_stance_said_as_would(pa: Predicate, pb: Predicate) -> bool:
    """"which Zelenskiy said he would support" / "which Zelenskiy backed": a stance taken now, said with "would"."""
    planned = pa if pa.status == "planned" else pb
    return pa.lemma in _STANCES and {pa.status, pb.status} == {"planned", "happened"} and (
        planned.evidence.text.lower().startswith(("would", "'d")))


_STANCES = frozenset({"support", "oppose", "favour", "favor", "welcome", "endorse"})


def _by_the_same_doers(in_a: list[Predicate], in_b: list[Predicate]) -> tuple[list[Predicate], list[Predicate]]:
    """Where a claim uses the verb both ways, without its uses that have no doer at all, when a doer both claims
    name remains on each side: "the company will not cut jobs" against "the company would cut jobs", whatever "a
    plan to reduce costs" says (not "he signed it on Saturday", whose "he" may be the other's doer)."""
    if len({denies(p) for p in in_a}) < 2 and len({denies(p) for p in in_b}) < 2:
        return in_a, in_b
    doers = {p.subject for p in in_a if p.subject} & {p.subject for p in in_b if p.subject}
    kept_a, kept_b = [p for p in in_a if p.subject], [p for p in in_b if p.subject]
    if not any(p.subject in doers for p in kept_a) or not any(p.subject in doers for p in kept_b):
        return in_a, in_b
    return kept_a, kept_b


ATTEMPTED = re.compile(r"\b(?:tr(?:y|ied|ies|ying)|attempt\w*|sought|seek\w*|strove|striv\w*)\b", re.IGNORECASE)


def _at_other_times(fa: Facts, fb: Facts, texts: tuple[str, str]) -> bool:
    """Each claim dates itself once, by more than a weekday, in other words, and the two dates cannot be one:
    done at one time and planned at another are two events, not one reported two ways (not "Acme, founded in
    2001, has been sold" / "Acme, founded in 2003, will be sold", whose dates date something else)."""
    dated_a = [d for d in fa.dates if not d.bare_weekday]
    dated_b = [d for d in fb.dates if not d.bare_weekday]
    if len(dated_a) == len(dated_b) == 1 and same_time(dated_a[0], dated_b[0]) is False and not (
        shared_neighbours(texts[0], dated_a[0].span, texts[1], dated_b[0].span)
    ):
        return True
    # one done in a year before the other's: "closed its schools ... in May last year" / "would close for a week
    # from Monday"
    return at_other_times(fa.dates, fb.dates) and not any(shared_neighbours(texts[0], x.span, texts[1], y.span)
                                                          for x in fa.dates for y in fb.dates)


def _in_progress(pa: Predicate, pb: Predicate) -> bool:
    """The ongoing one of the two is said in the progressive: "is recalling", not "has seven days to appeal"; or
    launched: "has launched a restructuring"."""
    ongoing = pa if pa.status == "ongoing" else pb
    said = words(ongoing.evidence.text.lower())
    return (ongoing.span.text.lower().endswith("ing") and bool({"is", "are", "was", "were", "be"} & set(said))) or (
        bool({"launched", "launches"} & set(said)))


def _in_a_state(pa: Predicate, pb: Predicate) -> bool:
    """The ongoing one of the two is a state said in the present: "is contaminated", "are unsafe"; not "is
    recalling" or "faces", whose present may tell what is coming."""
    ongoing = pa if pa.status == "ongoing" else pb
    said = words(ongoing.evidence.text.lower())
    return bool({"is", "are"} & set(said)) and not ongoing.span.text.lower().endswith("ing")


def _denied_plan_carried_out(pa: Predicate, pb: Predicate) -> bool:
    """"announced that the contract would not be renewed" / "after the contract was not renewed": a plan not to
    act, and the act not done; not "has not (yet) approved" / "will not approve", where one may still happen."""
    done = pa if pa.status == "happened" else pb
    not_yet = {"yet", "still", "far", "has", "have"} & set(words(done.evidence.text.lower()))  # "has (still) not paid"
    return pa.negated and pb.negated and {pa.status, pb.status} == {"planned", "happened"} and not not_yet


def _the_last_time(first: tuple[Predicate, Facts], second: tuple[Predicate, Facts]) -> bool:
    """"last raised prices in January 2023" / "will raise prices": the last time it happened, not this one."""
    for predicate, facts in (first, second):
        words = [word.lower() for _, word in facts.surface]
        if predicate.status == "happened" and any(
            word == predicate.span.text.lower() and k > 0 and words[k - 1] == "last" for k, word in enumerate(words)
        ):
            return True
    return False


# Acts done by saying them: "said it would offer runners a discount" reports the offer made.
_SAYING = frozenset({"say", "state", "tell", "write", "insist", "assert"})
DONE_BY_SAYING = frozenset({"offer", "promise", "pledge", "vow", "guarantee"})


def _an_offer_reported(first: tuple[Predicate, Facts], second: tuple[Predicate, Facts]) -> bool:
    """"said it would offer runners a discount" / "offered runners a discount"; not "would offer the coach a
    new contract at the end of the season"."""
    (pa, _), (pb, _) = first, second
    planned, facts = first if pa.status == "planned" else second
    later = {word.lower() for _, word in facts.surface} & _LATER
    return pa.lemma in DONE_BY_SAYING and {pa.status, pb.status} == {"planned", "happened"} and (
        planned.evidence.text.lower().startswith("would ")) and not later and not facts.dates


_LATER = frozenset({"next", "later", "end", "future", "coming", "until", "soon", "by", "if", "unless", "once",
                    "provided", "should"})  # a time to come, or a condition: "would offer a refund if ..."


def _said_and_alleged_by_one(first: tuple[Predicate, Facts, str], second: tuple[Predicate, Facts, str]) -> bool:
    """"Survivors said an exit had been locked" / "Survivors allege that an exit was locked": what a party says
    it alleges, whoever reports it; not "Police said he allegedly stole" / "Police said he stole"."""
    (alleged, alleging, _), (other, reporting, reporting_text) = sorted(
        (first, second), key=lambda side: side[0].status != "alleged")
    if alleged.status != "alleged" or other.status == "alleged":
        return False  # "Analysts argue that the merger will face scrutiny" / "Analysts said ... will face" too
    speakers = {s.key for s in reporting.speakers}
    own = {s.key for s in alleging.speakers}  # a clause cut from its sentence knows its speaker from there

    def in_apposition(subject: str) -> bool:
        # "The whistleblower, a former transplant coordinator, says ..." / "a former transplant coordinator alleged"
        return any(_words_in_apposition(subject, reporting_text, s.span.end) for s in reporting.speakers)

    def same_party(p: Predicate) -> bool:
        return p.subject in speakers or (not p.subject and bool(own & speakers)) or (
            p.lemma != alleged.lemma and bool(p.subject) and in_apposition(p.subject))

    if any(p.lemma in ALLEGE_HEADS and same_party(p) for p in alleging.predicates):
        return True
    # "an advert that claimed the government had cut" / "an advert saying the government had slashed" (not
    # "Russian officials claimed" / "UN officials said")
    allegers = [p.subject for p in alleging.predicates if p.lemma in ALLEGE_HEADS and p.subject]
    heads, own_heads = {key.split()[-1] for key in speakers if key}, {key.split()[-1] for key in own if key}
    named_apart = bool(heads) and bool(own_heads) and not heads & own_heads  # "Russian officials" / "the UN"
    if not named_apart and any(p.lemma in _SAYING and p.subject and _one_party(p.subject, alleger)
                               for p in reporting.predicates for alleger in allegers):
        return True
    # "The treasurer is accused of forging" / "Prosecutors say the treasurer forged": whoever accuses him, unnamed,
    # may be the one who says so (not "Spanish officials have confirmed that ...")
    unnamed = any(p.lemma in ("accuse", "suspect") and not p.agent and (passive(p) or p.evidence.text.lower() in (
        "accused", "suspected")) for p in alleging.predicates)  # "went on trial accused of bribing doctors"
    # but one party telling it both ways changes its word ("Silverleaf Care said ... a nurse who stole" / "Silverleaf
    # Care said it had dismissed a nurse suspected of stealing")
    return unnamed and any(p.lemma in _SAYING for p in reporting.predicates) and not own & speakers


def _alleged_against_quoted(first: tuple[Predicate, Facts], second: tuple[Predicate, Facts]) -> bool:
    """What a quotation says happened is its speaker's claim: "a narrator said: "This government cut ..."" /
    "an advert claiming the government had cut"."""
    (alleged, _), (other, other_facts) = sorted((first, second), key=lambda side: side[0].status != "alleged")
    return alleged.status == "alleged" and other.status == "happened" and any(
        quote.start <= other.evidence.start and other.evidence.end <= quote.end for quote in other_facts.quotes)


def _one_party(first: str, second: str) -> bool:
    """Two subjects with one head noun that no country or side tells apart: "the campaign advert" / "the party
    advert", not "Russian officials" / "UN officials", "an opposition advert" / "a government advert"."""
    *mods_a, head_a = first.split()
    *mods_b, head_b = second.split()
    if head_a != head_b:
        return False
    apart = set(mods_a) ^ set(mods_b)
    return not (set(mods_a) and set(mods_b) and not set(mods_a) & set(mods_b) and any(
        word in _SIDES or is_country(place_key(word)) for word in apart))


_SIDES = frozenset({"government", "opposition", "state", "federal", "rival", "union", "company", "police", "army",
                    "rebel", "militant", "prosecution", "defence", "defense"})


_APPOSITION = re.compile(r"((?:\s*,\s*[^,;.\"“”]{1,80}){1,4}?)\s*(?:[,;.]|$)")


def _words_in_apposition(subject: str, text: str, end: int) -> bool:
    """Every word of `subject` in the apposition right after a speaker ending at `end`, plurals folded."""
    apposition = _APPOSITION.match(text, end)

    def singular(words: list[str]) -> set[str]:
        return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words}

    return apposition is not None and singular(subject.lower().split()) <= singular(
        re.findall(r"[\w'’-]+", apposition.group(1).lower()))


# Asked by someone else: "has been asked to cover" (not "asked to be traded", the subject's own request).
_ASKED = re.compile(r"\b(?:been|was|were|is|are)\s+(?:\w+\s+)?(?:asked|urged|requested|pressed)\s+to\b", re.IGNORECASE)
_AGREED = re.compile(r"\b(?:agreed|agrees|pledged|promised|vowed|committed|decided)\b", re.IGNORECASE)


def _asked_against_agreed(
    in_a: Sequence[Predicate], in_b: Sequence[Predicate]
) -> tuple[Predicate, Predicate] | None:
    """"has been asked to cover 40% of the cost" / "has agreed to cover it": a request against a commitment."""
    for pa in in_a:
        for pb in in_b:
            if pa.status != "planned" or pb.status != "planned" or pa.negated or pb.negated:
                continue
            if not set(pa.subject.split()) & set(pb.subject.split()) - {"the", "a", "an", "its", "their"}:
                continue  # who is asked is who agrees: not "the Kings agreed to trade him" / "he asked to be traded"
            ask_a, ask_b = _ASKED.search(pa.evidence.text), _ASKED.search(pb.evidence.text)
            if (ask_a and not ask_b and _AGREED.search(pb.evidence.text)) or (
                ask_b and not ask_a and _AGREED.search(pa.evidence.text)
            ):
                return pa, pb
    return None


_DENYING = re.compile(r"\bden(?:y|ies|ied|ying)\b", re.IGNORECASE)
# What an act is charged as, or a verdict found of: "charged with causing", "convicted on Friday of murdering".
_CHARGED = re.compile(r"\b(?:charged\s+with|accused\s+of|(?:convicted|guilty|acquitted)\s+(?:[\w,]+\s+){0,5}?of|"
                      r"charges?\s+of|counts?\s+of|pleaded\s+guilty\s+(?:[\w,]+\s+){0,3}?to)\s+$", re.IGNORECASE)


def _not_yet(first: Sequence[Predicate], second: Sequence[Predicate]) -> bool:
    """One side only comes near the act, waits for a consent ("still requires approval from the league") or plans
    it, the other denies it ("has yet to approve", "has not yet been signed"): both say it has not happened."""
    if all(denies(p) and re.search(r"\byet\b", p.evidence.text, re.IGNORECASE) for p in second) and any(
        p.status == "planned" and not denies(p) for p in first
    ):
        return True  # "has not yet been signed" / "still has to be signed", "will be signed on Friday"
    return any(p.status in ("near", "almost") or (p.status == "planned" and _a_consent(p)) for p in first) and all(
        denies(p) for p in second)


def _another_partys_consent(pa: Predicate, pb: Predicate) -> bool:
    """A consent awaited from one party against another's act: "a deal that still needs approval from state
    regulators" / "the council approved the sale"."""
    for awaited, done in ((pa, pb), (pb, pa)):
        party = done.agent or done.subject  # "was approved by the city council"
        if _a_consent(awaited) and awaited.agent and not _a_consent(done) and party and not (
            _words(awaited.agent) & _words(party)
        ):
            return True
    return False


def _a_consent(predicate: Predicate) -> bool:
    """A consent named by a noun: "still needs approval", "pending approval"."""
    return predicate.span.text.lower() in CONSENTS


def _words(phrase: str) -> set[str]:
    return set(phrase.replace("'s", "").split()) - {"the", "a", "an", "its", "their", "'s", "’s"}


def _acts_on_other_things(fa: Facts, fb: Facts, lemma: str, in_a: Sequence[Predicate], in_b: Sequence[Predicate]
                          ) -> bool:
    """The verb acts on another thing in each claim, and what it acts on in one the other claim has another verb
    act on: "which brought the challenge" / "that filed the challenge ... intended to bring its version to
    market". What a passive verb acts on is its subject ("the merger will be approved by shareholders")."""
    acted_on_a, acted_on_b = _acted_on(fa, lemma, in_a), _acted_on(fb, lemma, in_b)
    if not acted_on_a or not acted_on_b or acted_on_a & acted_on_b or _on_a_proposal(fa, lemma) or _on_a_proposal(
        fb, lemma
    ):
        return False  # "vote on a proposal to fine landlords" acts on what "voted to fine landlords" does
    return _by_another_verb(fb, lemma, acted_on_a) or _by_another_verb(fa, lemma, acted_on_b)


def _on_a_proposal(facts: Facts, lemma: str) -> bool:
    return any(w in _PROPOSALS for w in [w for w in content_after(facts, lemma, reach=6) if w not in _WHEN_WORDS][:1])


def _by_another_verb(facts: Facts, lemma: str, things: set[str]) -> bool:
    """Another verb of the claim acts on one of the things: "filed the challenge" (not "said one lane could
    reopen", whose verb of saying is followed by what was said)."""
    return any(set(content_after(facts, p.lemma)[:2]) & things for p in facts.predicates
               if p.lemma != lemma and p.lemma not in _REPORTING)


def _acted_on(facts: Facts, lemma: str, uses: Sequence[Predicate]) -> set[str]:
    passives = [p for p in uses if passive(p)]
    if passives:
        return set(passives[0].subject.split()) & facts.content_lemmas
    # "its collision-avoidance procedures" / "its procedures for ..."; "vote next month on a proposal" acts on the
    # proposal, not the month; "ruled on Tuesday that ..." on no thing, but what it says
    lemmas = [lem for lem, _ in facts.surface]
    at = lemmas.index(lemma) if lemma in lemmas else len(lemmas)
    following = [lem for lem in lemmas[at + 1 : at + 8] if lem not in _WHEN_WORDS and lem not in ("on", "in", "at",
                                                                                                 "next", "last")]
    if following[:1] == ["that"]:
        return set()
    if following[:1] == ["by"] and 0 < at < len(lemmas) and lemmas[at - 1] in facts.content_lemmas:
        return {lemmas[at - 1]}  # "a bill introduced by state lawmakers": the bill
    return set([w for w in content_after(facts, lemma, reach=6) if w not in _WHEN_WORDS][:3])


_PROPOSALS = frozenset({"proposal", "plan", "motion", "measure", "bill", "resolution", "scheme"})
_WHEN_WORDS = frozenset({"day", "week", "month", "year", "today", "tomorrow", "yesterday", "morning", "evening",
                         "night", "weekend"}) | {w.lower() for w in TIME_WORDS}


# Verbs of rejecting a claim, one act under several words: "rejected Pop's claims" / "did not dismiss them".
_REJECTING = frozenset({"reject", "dismiss", "rebuff", "refute"})


def _in_a_manner(text: str, use: Predicate) -> bool:
    """A word of manner stands by the verb: "deliberately started", "was started deliberately"."""
    return _IN_A_MANNER.search(text[max(0, use.span.start - 16) : use.span.end + 16]) is not None


_IN_A_MANNER = re.compile(r"\b(?:deliberately|intentionally|knowingly|wilfully|willfully|on\s+purpose)\b",
                          re.IGNORECASE)


def _rejection_denied(fa: Facts, fb: Facts) -> list[Divergence]:
    """One claim rejects what the other says was not rejected, in another verb of rejecting, of the same thing
    (the first content words after the verbs are the same: "rejected Pop's claims" / "did not dismiss Pop's
    allegations")."""
    for pa in fa.predicates:
        for pb in fb.predicates:
            if pa.lemma == pb.lemma or not {pa.lemma, pb.lemma} <= _REJECTING or pa.negated == pb.negated:
                continue
            acted_on = content_after(fa, pa.lemma)[:1]
            if acted_on and acted_on == content_after(fb, pb.lemma)[:1]:
                return [Divergence("negation", pa.evidence.text, pb.evidence.text,
                                   f"One source affirms what the other denies: {pa.evidence.text!r} "
                                   f"against {pb.evidence.text!r}.")]
    return []


# One act under several words: opening an inquiry is launching one, or starting to investigate.
def _begun_against_finished(fa: Facts, fb: Facts, texts: tuple[str, str]) -> list[Divergence]:
    """One act begun in one claim and finished in the other: "have begun installing all 48 turbines" / "have
    finished installing" them, or in other verbs on the same thing ("have begun dismantling the disused cooling
    towers" / "had finished taking down its disused cooling towers"). Each claim uses one of the two only, neither
    denied."""
    def aspects(facts: Facts, text: str, verbs: frozenset[str]) -> list[tuple[str, Span, set[str]]]:
        found = []
        for aspect in (p for p in facts.predicates if p.lemma in verbs and not p.negated):
            act = next((p for p in facts.predicates if p.span.start > aspect.span.end
                        and re.fullmatch(r"\s+(?:to\s+)?", text[aspect.span.end : p.span.start])), None)
            if act is not None:  # "have begun installing": from the auxiliary to the act, verbatim
                span = Span(text[aspect.evidence.start : act.span.end], aspect.evidence.start, act.span.end)
                found.append((act.lemma, span, words_after(text, act.span.end)))
        return found

    for (first, text_first), (second, text_second), flipped in (
            ((fa, texts[0]), (fb, texts[1]), False), ((fb, texts[1]), (fa, texts[0]), True)):
        begun, finished = aspects(first, text_first, _BEGINNING), aspects(second, text_second, _FINISHING)
        if aspects(first, text_first, _FINISHING) or aspects(second, text_second, _BEGINNING):
            continue
        for (act, span_begun, on), (other, span_finished, other_on) in ((x, y) for x in begun for y in finished):
            # the same act on the same things, or another verb on many of them ("dismantling the disused cooling
            # towers" / "taking down its disused cooling towers"), not "testing ... in children" / "in adults"
            if (act == other and on == other_on) or len(on & other_on) >= 3:
                a, b = (span_finished.text, span_begun.text) if flipped else (span_begun.text, span_finished.text)
                return [Divergence("status", a, b, f"One source reports as begun what the other reports as "
                                                   f"finished: {a!r} against {b!r}.")]
    return _begun_or_finished_of_one_thing(fa, fb, texts)


def _begun_or_finished_of_one_thing(fa: Facts, fb: Facts, texts: tuple[str, str]) -> list[Divergence]:
    """The same thing begun in one claim and finished in the other, said of it as the subject: "filming ... has
    wrapped" / "filming ... has begun", "construction has been completed" / "construction has started" (not
    "crews have started repaving", whose subject does the act); each claim one of the two only, neither denied, at
    no different times."""
    def uses(facts: Facts, verbs: frozenset[str]) -> list[Predicate]:
        text = texts[0] if facts is fa else texts[1]
        return [p for p in facts.predicates if p.lemma in verbs and p.subject and not p.negated
                and not _AN_ACT_FOLLOWS.match(text, p.span.end)]

    if fa.dates and fb.dates and not any(same_time(x, y) for x in fa.dates for y in fb.dates):
        return []  # "began in 2019" / "finished on Monday": two moments of one thing
    for first, second, flipped in ((fa, fb, False), (fb, fa, True)):
        if uses(first, _ENDING) or uses(second, _BEGINNING):
            continue
        for begun in uses(first, _BEGINNING):
            finished = next((p for p in uses(second, _ENDING) if p.subject == begun.subject), None)
            if finished is not None and len(begun.subject.split()) == 1:
                a, b = (finished.evidence.text, begun.evidence.text) if flipped else (
                    begun.evidence.text, finished.evidence.text)
                return [Divergence("status", a, b, f"One source reports {begun.subject!r} as begun, the other as "
                                                   f"finished: {a!r} against {b!r}.")]
    return []


_AN_ACT_FOLLOWS = re.compile(r"\s+(?:to\s+\w+|\w+ing)\b")  # "started repaving", "began to dismantle"
_ENDING = frozenset({"finish", "complete", "wrap"})  # not "end": "began" / "ended" are opposite words
_BANNED_FROM = re.compile(r"\bban\w*\s+(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?([\w-]+)", re.IGNORECASE)
_BEGINNING = frozenset({"begin", "start", "commence"})
_FINISHING = frozenset({"finish", "complete"})
_STARTING = frozenset({"open", "launch", "start", "begin", "initiate"})
_INQUIRIES = frozenset({"investigation", "inquiry", "probe"})
_INVESTIGATING = frozenset({"investigate", "probe"})


def _status_in_other_words(fa: Facts, fb: Facts, texts: tuple[str, str]) -> list[Divergence]:
    """An inquiry opened in one claim and only planned in the other, in other verbs: "had opened an
    investigation into ..." / "would launch an inquiry into ..." / "is set to investigate ...". Each claim reports
    it one way only (not "launched an investigation and will investigate whether ...")."""

    def opened_inquiries(facts: Facts) -> list[Predicate]:
        return [p for p in facts.predicates if not p.negated and (_set_to_investigate(p, facts) or (
            p.lemma in _STARTING and bool(set(content_after(facts, p.lemma)[:2]) & _INQUIRIES)))]

    in_a, in_b = opened_inquiries(fa), opened_inquiries(fb)
    status_a, status_b = {p.status for p in in_a}, {p.status for p in in_b}
    if len(status_a) != 1 or len(status_b) != 1 or status_a | status_b != {"planned", "happened"}:
        return []
    pa, pb = in_a[0], in_b[0]
    if pa.lemma == pb.lemma or _at_other_times(fa, fb, texts):
        return []  # the same verb is judged with every other verb
    return [Divergence("status", pa.evidence.text, pb.evidence.text,
                       f"One source reports as {pa.status} what the other reports as {pb.status}: "
                       f"{pa.evidence.text!r} against {pb.evidence.text!r}.")]


def _not_then_but(text: str, end: int) -> bool:
    """The denial corrects when or how, and the claim goes on to say which: "will not start receiving patients this
    autumn but in late 2026" does start them."""
    return _BUT_INSTEAD.match(text, end) is not None


_BUT_INSTEAD = re.compile(r"[^.;:]{0,60}?\bbut\s+(?:in|on|at|by|from|until|rather|instead)\b")


_BY_AFTER = re.compile(r"\s+by\b")  # "a bill introduced by state lawmakers": put forward, said as a participle
_DECIDING = frozenset({"approve", "adopt", "pass", "reject", "grant", "award", "ratify", "endorse"})
_WEIGHING = frozenset({"consider", "weigh", "mull", "contemplate", "debate", "discuss"})
_PUT_FORWARD = frozenset({"introduce", "propose", "table", "submit", "unveil"})  # a bill, a plan
_FORWARD = re.compile(r"\s+forward\b")  # "was put forward"


def _decided_in_other_words(fa: Facts, fb: Facts, texts: tuple[str, str]) -> list[Divergence]:
    """A decision still to come in one claim and taken in the other, in other verbs: "is expected to vote next
    week on an emergency grant" or "is considering a grant" / "has approved the grant"."""
    # A bill or plan put forward on the day the other says it was approved: proposed, not decided. Only for one
    # day both claims name, since a proposal stays one after the decision ("the bill, introduced in May, ...").
    same_day = any(same_time(x, y) for x in fa.dates for y in fb.dates if x.weekday is not None or x.day)

    def proposed(p: Predicate, text: str) -> bool:
        return p.lemma in _PUT_FORWARD or (p.lemma == "put" and _FORWARD.match(text, p.span.end) is not None)

    def pending(facts: Facts, text: str, deciders: set[str]) -> list[tuple[Predicate, set[str]]]:
        # or put forward by the one the other claim says decided it: "Lawmakers introduced a bill" / "passed"
        return [(p, _acted_on(facts, p.lemma, [p]) if proposed(p, text) else set(
            [w for w in content_after(facts, p.lemma, reach=6) if w not in _WHEN_WORDS][:3]))
                for p in facts.predicates if not p.negated and (
            (p.lemma == "vote" and p.status == "planned") or (p.lemma in _WEIGHING and p.status == "ongoing")
            or ((same_day or p.subject in deciders) and proposed(p, text) and (
                p.status == "happened" or (p.status == "ongoing" and _BY_AFTER.match(text, p.span.end) is not None))))]

    def decided(facts: Facts) -> list[tuple[Predicate, set[str]]]:
        return [(p, _acted_on(facts, p.lemma, [p])) for p in facts.predicates
                if p.lemma in _DECIDING and p.status == "happened" and not p.negated]

    for first, second, text_first, text_second, flip in ((fa, fb, *texts, False), (fb, fa, *texts[::-1], True)):
        deciders = {p.subject for p, _ in decided(second) if p.subject}
        if decided(first) or pending(second, text_second, {p.subject for p, _ in decided(first) if p.subject}):
            continue  # each claim tells it one way only
        for (waiting, things), (taken, done_to) in ((w, d) for w in pending(first, text_first, deciders)
                                                    for d in decided(second)):
            if things & done_to and not _at_other_times(fa, fb, texts):
                a, b = (taken, waiting) if flip else (waiting, taken)
                how = (f"One source reports as {a.status} what the other reports as {b.status}"
                       if waiting.status != taken.status else "One source reports a proposal, the other a decision")
                return [Divergence("status", a.evidence.text, b.evidence.text,
                                   f"{how}: {a.evidence.text!r} against {b.evidence.text!r}.")]
    return []


_FACING = frozenset({"face"})
# A threat is an act not yet done: "has threatened legal action" / "has launched legal action".
_THREATENING = frozenset({"threaten"})
# A case under review awaits a ruling, and only a ruling ends it: "is examining a complaint" / "has upheld a
# complaint" (not "examining the footage" / "released the footage": two acts).
_REVIEWING = frozenset({"examine", "review", "assess"})
_RULINGS = _DECIDING | frozenset({"uphold", "dismiss", "overturn", "quash", "throw"})
_PRONOUNS = frozenset({"it", "they", "he", "she"})
_PROPOSING = frozenset({"propose", "plan"})
_PENALTIES = frozenset({"loss", "ban", "fine", "sack", "sacking", "suspension", "dismissal", "deportation", "eviction",
                        "expulsion", "trial", "prison", "jail", "sentence", "penalty", "closure", "demotion"})
_FURTHER = frozenset({"further", "new", "additional", "more", "second", "another", "fresh", "extra"})
_REPORTING = frozenset({"say", "tell", "add", "announce", "state", "report", "confirm", "claim", "insist"})
# Verbs that say, ask or propose: no act done to what is weighed ("warned of possible load shedding").
_NOT_DONE = _REPORTING | frozenset({"warn", "urge", "call", "ask", "propose", "suggest", "recommend", "plan",
                                    "threaten", "expect", "want", "seek", "demand", "describe", "predict"})


def _proposes_an_act(facts: Facts, use: Predicate) -> bool:
    """"had proposed cutting the questionnaire", "plan to transfer 300 gang leaders": an act proposed (not
    "planned the march for weeks", which prepared the march it held)."""
    if use.lemma not in _PROPOSING:
        return False
    words = [word.lower() for _, word in facts.surface]
    at = next((k for k, word in enumerate(words) if word == use.span.text.lower()), None)
    following = words[at + 1 : at + 2] if at is not None else []
    return following == ["to"] or (use.lemma == "propose" and bool(following) and following[0].endswith("ing"))


def _weighed_or_faced_then_done(fa: Facts, fb: Facts, texts: tuple[str, str]) -> list[Divergence]:
    """A thing weighed, proposed, threatened, faced or under review in one claim and done (or ruled on) in the
    other, in other verbs, to the same things: "the government was considering a currency swap line" / "the
    government had set up a currency swap line", "had proposed cutting the questionnaire" / "has trimmed the
    questionnaire" (by the same doer), "have threatened legal action" / "have launched legal action", "is examining
    a complaint" / "has upheld a complaint", "faces the loss of his Porto title" / "has been stripped of his Porto
    title" (done to the one who faced it: in the passive). Two of the first three content words after each verb
    must agree."""
    def things(facts: Facts, lemma: str) -> set[str]:
        return set([w for w in content_after(facts, lemma, reach=6) if w not in _WHEN_WORDS][:3])

    def doer(facts: Facts, use: Predicate) -> set[str]:
        # "The authority said it had suspended ...": the authority, who says so
        said_by = next((p.subject for p in facts.predicates if p.lemma in _REPORTING and p.subject), "")
        return set((said_by if use.subject in _PRONOUNS else use.subject).split()) - _PRONOUNS - {"the", "a", "an"}

    def by_the_same_doer(first: Facts, waiting: Predicate, second: Facts, taken: Predicate) -> bool:
        if waiting.lemma in _FACING:
            return passive(taken)  # "faces a sanctioning process" / "the regulator had opened one": two parties
        return bool(doer(first, waiting) & doer(second, taken))

    def still_to_come(facts: Facts, waiting: Predicate) -> bool:
        """"faces the loss of his title", "faces a ban" (not "faces charges", which says he has been charged);
        "is considering sanctions" (not "further sanctions", which may follow those imposed)."""
        lemmas = [lemma for lemma, _ in facts.surface]
        if waiting.lemma not in lemmas:
            return False
        after = [w for w in lemmas[lemmas.index(waiting.lemma) + 1 :]
                 if w not in ("a", "an", "the", "his", "her", "its", "their", "possible")]
        if waiting.lemma in _FACING:  # "faces a ban", "faces a proposed four-year ban"
            return bool(after) and (after[0] in _PENALTIES or (after[0] == "propose" and bool(
                set(after[1:5]) & _PENALTIES)))
        return not after or after[0] not in _FURTHER

    def penalty_done(facts: Facts, waiting: Predicate, taken: Predicate) -> bool:
        """"faces a proposed four-year ban" / "has been banned for four years": the penalty faced is the act, not
        one from something else ("faces a ban from the World Cup" / "has been banned from the Olympics")."""
        froms = [m.group(1).lower() for text in texts for m in _BANNED_FROM.finditer(text)]
        return waiting.lemma in _FACING and taken.lemma in _PENALTIES and taken.lemma in content_after(
            facts, waiting.lemma, reach=6) and len(set(froms)) <= 1

    for first, second, flip in ((fa, fb, False), (fb, fa, True)):
        lemmas_first, lemmas_second = {p.lemma for p in first.predicates}, {p.lemma for p in second.predicates}
        # "is considering", "faces"; "had proposed cutting", "plan to transfer" (a plan made is still a plan)
        pending = [p for p in first.predicates if not p.negated and p.lemma not in lemmas_second and (
            (p.lemma in _WEIGHING | _FACING | _REVIEWING and p.status == "ongoing") or _proposes_an_act(first, p)
            or p.lemma in _THREATENING)]
        done = [p for p in second.predicates if not p.negated and p.status == "happened"
                and p.lemma not in _IGNORED_PREDICATES | _NOT_DONE | _WEIGHING | _FACING | lemmas_first]
        for waiting in (p for p in pending if still_to_come(first, p)):
            for taken in done:
                if waiting.lemma in _REVIEWING and taken.lemma not in _RULINGS:
                    continue
                alike = len(things(first, waiting.lemma) & things(second, taken.lemma)) >= 2 or penalty_done(
                    first, waiting, taken)
                if alike and by_the_same_doer(
                    first, waiting, second, taken
                ) and not _at_other_times(fa, fb, texts):
                    a, b = (taken, waiting) if flip else (waiting, taken)
                    which = ("faced" if waiting.lemma in _FACING else "proposed" if waiting.lemma in _PROPOSING
                             else "threatened" if waiting.lemma in _THREATENING
                             else "under review" if waiting.lemma in _REVIEWING else "weighed", "done")
                    if flip:
                        which = which[::-1]
                    return [Divergence("status", a.evidence.text, b.evidence.text,
                                       f"One source reports as {which[0]} what the other reports as {which[1]}: "
                                       f"{a.evidence.text!r} against {b.evidence.text!r}.")]
    return []


def _set_to_investigate(predicate: Predicate, facts: Facts) -> bool:
    """"is set to investigate the claims": an inquiry planned by a verb of planning; not "will investigate
    whether the fire was started deliberately", which says what an inquiry (open or not) will look into."""
    evidence = words(predicate.evidence.text.lower())
    asks = not content_after(facts, predicate.lemma)[:1] or bool({"whether", "if"} & {lem for lem, _ in facts.surface})
    return predicate.lemma in _INVESTIGATING and not {"will", "would", "shall"} & set(evidence) and not asks


def _hedged_plans(pa: Predicate, pb: Predicate) -> bool:
    """A possibility against a plan that is no more certain: "could seek to force" / "may force". Only "will"
    makes a plan certain enough to conflict with "may"."""
    if {pa.status, pb.status} != {"possible", "planned"}:
        return False
    planned = pa if pa.status == "planned" else pb
    return not {"will", "shall", "'ll"} & set(words(planned.evidence.text.lower()))


def _weighed_against_an_intent(pa: Predicate, pb: Predicate) -> bool:
    """An act weighed against one only sought, hoped for or expected ("is in talks to buy" / "is seeking to buy",
    "is considering cutting rates" / "is expected to cut rates"): neither is decided. Only an act agreed or
    decided, or said with "will", conflicts with one weighed."""
    if {pa.status, pb.status} != {"considered", "planned"}:
        return False
    planned = pa if pa.status == "planned" else pb
    return not _DECIDED.search(planned.evidence.text)


_DECIDED = re.compile(r"\b(?:agreed|agrees|agree|decided|decides|will|shall|'ll|voted|votes)\b", re.IGNORECASE)


def _refused(predicates: Sequence[Predicate]) -> bool:
    """Some predicate is denied by the verb it hangs on ("refused to do"), not by "not" or "never"."""
    return any(p.negated and not NEGATORS & set(words(p.evidence.text.lower())) for p in predicates)
