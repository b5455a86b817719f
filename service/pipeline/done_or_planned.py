"""An act a derived text (a summary, a rewrite) reports done where its source only plans, weighs or nears it: "the
school board has approved up to $150,000" where the source's board "would approve" it at a meeting on Friday. (Not
the reverse: an act said planned that the source reports done may be its next one.) The source may say it in any
sentence, and one sentence may be cut into clauses ("Coralis co-founder Elena Vasquez, who pleaded guilty ..." /
"is scheduled to be sentenced next month"), so the clause before a use counts as what the use is said of too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from service.pipeline.dates import TIME_WORDS, at_other_times
from service.pipeline.predicates import EVENT, GATHERINGS, passive, same_act
from service.pipeline.statuses import DONE_BY_SAYING
from service.pipeline.surroundings import content_after, near
from service.pipeline.types import Facts, Predicate

# Planned or weighed against done; "alleged" is framing.py's and statuses.py's to weigh.
# "had 10 days to decide whether to appeal" leaves the act open.
_CONFLICTS = ({"planned", "happened"}, {"considered", "happened"}, {"near", "happened"}, {"open", "happened"})
# Verbs of saying, being and planning, which frame an act rather than report one.
# And acts done by saying so: "said it would offer every guest a full refund" offered one.
_FRAMING = DONE_BY_SAYING | {"be", "have", "do", "say", "tell", "add", "make", "get", "go", "take", "plan",
                              "expect", "intend", "aim", "hope", "want", "seek", "schedule", "set", "propose",
                              "consider"}
_SAID_OF_THE_SAME = 2  # content words the source's use shares with the derived claim's words around its use


def status_against_source(derived: Facts, source: Sequence[Facts]) -> tuple[Predicate, Predicate] | None:
    """(the derived claim's use, the source's) for an act the source reports in another status, said of more of
    the same things than any use it reports as the derived claim does; None otherwise."""
    for mine in derived.predicates:
        if mine.negated or mine.lemma in _FRAMING or mine.status != "happened":
            continue  # see the module's note: "will raise again" may be the next act
        around = _said_of_use(derived, mine.lemma) - {mine.lemma}
        done_there = any(p.lemma == mine.lemma and p.status == mine.status and not p.negated
                         for facts in source for p in facts.predicates)
        alike = 0  # the most words a use in the same status shares
        otherwise: tuple[int, Predicate] | None = None
        for k, facts in enumerate(source):
            for theirs in facts.predicates:
                if theirs.lemma != mine.lemma or theirs.negated or at_other_times(derived.dates, facts.dates):
                    continue
                if mine.bounded and theirs.bounded:
                    continue  # "barred him until November 8" / "will be barred until November 8": one ban
                if theirs.status != mine.status and not _one_act(derived, mine, facts, theirs):
                    continue
                shared = len(_said_of(facts, theirs, source[k - 1] if k else None) & around)
                if not done_there and _alone_by_the_same_doer(derived, mine, facts, theirs):
                    shared = max(shared, _SAID_OF_THE_SAME)  # "Zoomo said it would appeal." / "Zoomo has appealed"
                if theirs.status == mine.status:
                    alike = max(alike, shared)
                elif _in_conflict(mine, theirs) and shared >= _SAID_OF_THE_SAME and (
                    otherwise is None or shared > otherwise[0]
                ):
                    otherwise = (shared, theirs)
        if otherwise is not None and otherwise[0] > alike:
            return mine, otherwise[1]
    return None


def _in_conflict(mine: Predicate, theirs: Predicate) -> bool:
    return {theirs.status, mine.status} in _CONFLICTS


def _one_act(derived: Facts, mine: Predicate, source: Facts, theirs: Predicate) -> bool:
    """The two uses may report one act: not done by two doers ("revenue rose" / "expects sales to rise") or to two
    things ("filed a lawsuit" / "would file a counterclaim"), nor one party's request of another ("had asked the
    judge to throw out the suit") or what was expected before it happened."""
    if _SOMEONE_ELSES.search(theirs.evidence.text):
        return False
    doer_mine, doer_theirs = _doer(mine, derived), _doer(theirs, source)
    if doer_mine and doer_theirs and not {doer_mine, doer_theirs} & _PRONOUNS and not _same_doer(
        doer_mine, doer_theirs
    ):
        return False  # not "She said she would meet union representatives" / "the labour minister has met them"
    if passive(mine) != passive(theirs) and (mine.agent or theirs.agent):
        return True  # "The ferry has been towed by salvage crews" / "crews planned to tow the ship": one doer, and
        # the passive's subject is the other's object, in other words
    # what each acts on, not when: "could resume as early as Monday" / "have resumed under mediation"
    mine_on = set(content_after(derived, mine.lemma)[:2]) - TIME_WORDS
    theirs_on = set(content_after(source, theirs.lemma)[:2]) - TIME_WORDS
    # "have arrived at Wensum Valley Hospitals NHS Trust's Norwich site" names the source's "Norwich site" too
    return not (mine_on and theirs_on and not mine_on & theirs_on and not theirs_on <= derived.content_lemmas)


def _same_doer(first: str, second: str) -> bool:
    """The same head word, or one named in more words than the other ("the runner" / "marathon runner Peter
    Kiprono Chebet")."""
    words_first, words_second = first.split(), second.split()
    return words_first[-1] == words_second[-1] or set(words_first) <= set(words_second) or set(words_second) <= set(
        words_first)


def _doer(use: Predicate, facts: Facts) -> str:
    """Who does it: a passive's agent ("has been towed by salvage crews"), else the subject; for "it", "he",
    "she" or "they", who says so in the claim ("Zoomo said it would appeal")."""
    if passive(use) and use.agent:
        return use.agent.split(",")[0].strip()  # not its apposition
    return unless_a_pronoun(use.subject, facts)


def unless_a_pronoun(subject: str, facts: Facts) -> str:
    """The subject, or for "it", "he", "she" or "they", the subject of the claim's verb of saying ("the company
    said it would not appeal")."""
    if subject not in _PRONOUNS:
        return subject
    return next((p.subject for p in facts.predicates if p.lemma in SAYING_LEMMAS and p.subject), subject)


_PRONOUNS = frozenset({"it", "he", "she", "they"})
SAYING_LEMMAS = frozenset({"say", "tell", "announce", "insist", "add", "state"})


def _alone_by_the_same_doer(derived: Facts, mine: Predicate, source: Facts, theirs: Predicate) -> bool:
    """The source's use ends its clause and names no more than its doer, who is the derived claim's: "Zoomo said
    it would appeal." says of the same act all there is to say."""
    doer_mine, doer_theirs = _doer(mine, derived), _doer(theirs, source)
    if not doer_mine or not doer_theirs or doer_theirs in _PRONOUNS or not _same_doer(doer_mine, doer_theirs):
        return False
    words = [word for _, word in source.surface]
    at = next((k for k, word in enumerate(words) if word == theirs.span.text), None)
    return at is not None and (at + 1 == len(words) or words[at + 1] in (".", ";", "!"))  # not "step down immediately"


# Another party's wish, or what was expected before the act ("had been expected to deliver a smaller hike").
_SOMEONE_ELSES = re.compile(
    r"\b(?:asked|urged|called on|requested|pressed|wants?|wanted|had been expected|had expected)\b", re.IGNORECASE)


def _said_of(facts: Facts, use: Predicate, before: Facts | None) -> set[str]:
    """The content words near the source's use, and, where the use has no subject of its own (a clause cut from
    its sentence: "is scheduled to be sentenced next month"), the clause before it."""
    near_it = _said_of_use(facts, use.lemma)
    if before is None:
        return near_it
    # or a common noun naming what the clause before names: "The council is scheduled to vote next month", after
    # "Metro Council member Denise Harlan said the city's share should be spent on parks"; "The banks"
    named_before = bool({use.subject, use.subject.removesuffix("s")} & before.content_lemmas)
    return near_it | (set(before.content_lemmas) if not use.subject or named_before else set())


def _said_of_use(facts: Facts, lemma: str) -> set[str]:
    if lemma == EVENT:  # "their first meeting", "talks"
        return near(facts, lambda other, _: other in GATHERINGS, 10)
    return near(facts, lambda other, _: same_act(other) == lemma, 10)  # "scrapped" for the stored "cancel"
