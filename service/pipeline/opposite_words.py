"""Opposite words in two aligned claims: "rose" / "fell", "approved" / "rejected", "will open" / "opened".

Two claims that say the same thing in most of their words and differ by a pair of opposites conflict, unless the
two words are said of different things, in different frames or by different doers; each exception below answers a
false alarm that real news wording raised ("raising water rates and cutting library hours", "not being grateful" /
"being ungrateful", "the southwestern growing region").
"""

from __future__ import annotations

import re
from collections import Counter

from service.pipeline.antonyms import (
    COMPARATIVES,
    VERB_ONLY_OPPOSITES,
    are_converses,
    are_opposites,
    both_ways,
    closed_until_reopened,
    compared_opposite_ways,
    direction,
    move_opposite_ways,
    negates_by_prefix,
    opposite_kind,
    suspected_against_confirmed,
    with_phrases,
)
from service.pipeline.dates import TIME_WORDS
from service.pipeline.framing import (
    denied,
    negated_uses,
    stopped,
)
from service.pipeline.predicates import passive, same_act
from service.pipeline.surroundings import (
    a_season,
    a_state_against_an_act,
    an_age,
    attributive,
    content_after,
    crossed_things,
    describes_a_noun,
    figures_moved,
    in_an_idiom,
    left_in_a_state,
    names_a_group,
    near,
    other_doers,
    other_things,
    said_the_other_way_of_it,
    same_doers,
)
from service.pipeline.types import (
    Divergence,
    Facts,
)

FUNCTION_WORDS = frozenset({"and", "or", "of", "in", "on", "to", "the", "a", "an", "for", "with", "at", "by", "than",
                            "as", "from", "after", "before", "since", "be", "that"})


def opposite_words(
    fa: Facts, fb: Facts, similarity: float, restates: bool, suspicions_apart: bool = False
) -> list[Divergence]:
    """Opposite words in two claims that otherwise say the same thing, or, loosely worded, in a summary and
    the claim it restates: then content words only ("after" and "before" may frame different things).
    `suspicions_apart`: an article both suspects and confirms, each of its own statement, so that "suspect" /
    "confirm" says nothing."""
    if similarity >= 0.6:
        lemmas_a = fa.lemmas | with_phrases([lem for lem, _ in fa.surface])
        lemmas_b = fb.lemmas | with_phrases([lem for lem, _ in fb.surface])
        only_a, only_b = lemmas_a - lemmas_b, lemmas_b - lemmas_a
    elif restates:  # content words, and words that move or compare a figure ("12 per cent more than")
        only_a = fa.content_lemmas - fb.content_lemmas | _moving_a_figure(fa, fb)
        only_b = fb.content_lemmas - fa.content_lemmas | _moving_a_figure(fb, fa)
    else:
        return []
    only_a, only_b = only_a | _used_more_often(fa, fb), only_b | _used_more_often(fb, fa)
    found: list[tuple[int, Divergence]] = []
    for wa in sorted(only_a):
        for wb in sorted(only_b):
            # "jumped 38%" / "fell 38%", said of one thing: by the same doer, or in claims worded alike ("Shares
            # of Calverra jumped" / "Calverra stock fell"), not "Brekke tumbled 14%" against "Halvorsen climbed 14%"
            opposite_ways = move_opposite_ways(wa, wb) or compared_opposite_ways(wa, wb) or (
                _up_or_down_against_a_move(fa, wa, fb, wb)) or _moved_or_compared_with_a_time(fa, wa, fb, wb)
            moved = opposite_ways and bool(figures_moved(fa, wa) & figures_moved(fb, wb)) and (
                similarity >= _ALIKE or not other_doers(fa, wa, fb, wb))
            if are_opposites(wa, wb) or moved:
                if (both_ways(wa, fa.lemmas, by_direction=True) or both_ways(wb, fb.lemmas, by_direction=True)) \
                        and not _of_the_same_things(fa, wa, fb, wb) \
                        and not _each_on_its_own_thing(fa, wa, fb, wb) \
                        and not _of_one_subject(fa, wa, fb, wb) \
                        and not _before_one_word(fa, wa, fb, wb):
                    continue  # "raising water rates and cutting library hours": its "cut" may be the other's
                # "preventing the signing" says what "unsigned" says, and "failed to detect" what "undetected"
                # does: a verb that stops or denies what follows undoes a prefix.
                if negates_by_prefix(wa, wb) and (stopped(fa, wa) or stopped(fb, wb) or denied(fa, wa)
                                                  or denied(fb, wb)):
                    continue
                if negates_by_prefix(wa, wb) and a_state_against_an_act(fa, wa, fb, wb):
                    continue  # "unprocessed indium" / "to process the metal": the state of one, an act on another
                if crossed_things(fa, wa, fb, wb):
                    continue  # "reduced competition and pushed up prices" / "hurt competition and raised prices"
                if (said_the_other_way_of_it(fa, wa, fb, wb) or said_the_other_way_of_it(fb, wb, fa, wa)) and not (
                        _before_one_word(fa, wa, fb, wb)):
                    continue  # "exports increased 5% while imports fell 5%" / "imports saw a 5% decrease"
                # a phrase ending in a content word is no function word: "behind schedule" (but "voted for")
                function_words = wa.split()[-1] not in fa.content_lemmas and wb.split()[-1] not in fb.content_lemmas
                other_words_follow = (_next_lemma(fa, wa) != _next_lemma(fb, wb) or other_things(fa, wa, fb, wb)) \
                    and not _before_one_word(fa, wa, fb, wb)
                if function_words and not moved and other_words_follow and not _manner(fa, wa, fb, wb):
                    continue  # "after their last appearance" / "before holding talks": two different things; but
                    # "melting faster" / "melting more slowly" say how one thing goes, "for 10% less" / "for 10%
                    # more" how one figure is set
                wished = _infinitive(fa, wa) != _infinitive(fb, wb)  # one side only: a wish against another's act
                loose = similarity < 0.6  # a summary's sentence and one it restates in part
                if (are_converses(wa, wb) or wished or loose or {wa, wb} & _APPOINTING) and other_doers(fa, wa, fb, wb):
                    continue  # "Kessler agreed to buy the club" / "Pell agreed to sell it to Kessler"; "residents
                    # urged members to reject it" / "a deal the commission must still approve"
                if are_converses(wa, wb) and _passive_use(fa, wa) != _passive_use(fb, wb):
                    continue  # "has been sold to a Boston entrepreneur" / "a Boston entrepreneur had bought"
                if suspected_against_confirmed(wa, wb) and (loose or suspicions_apart):
                    continue  # "confirmed the victim was a teacher" / "suspect she was killed": in a sentence
                    # restated in part, or an article that does both, each may be said of its own statement
                if frozenset((wa, wb)) == _BEAT_OR_LOSE and not _lost_a_contest(fa if wa == "lose" else fb):
                    continue  # "beat Sri Lanka" / "lost only two more wickets": lost something, not to someone
                if loose and are_converses(wa, wb) and not same_doers(fa, wa, fb, wb):
                    continue  # "a collector, who bought three of the works" / "Accused of selling 14 forged
                    # paintings, dealer Lukas Brenner": in a sentence restated in part, the two parties' acts
                if loose and _describe_other_things(fa, wa, fb, wb):
                    continue  # "softening the cut for large companies" / "small-scale fishermen"
                if _not_as_a_verb(fa, wa) or _not_as_a_verb(fb, wb):
                    continue  # "rejecting an appeal from parishioners" / "accepted an offer"
                if frozenset((wa, wb)) in _ONLY_AS_VERBS and not all(
                        any(p.lemma == same_act(w) for p in f.predicates) for f, w in ((fa, wa), (fb, wb))):
                    continue  # "until the end of the crop" / "extending a slide"
                if frozenset((wa, wb)) in _REFUSED_LETTING and not _refused_to_let(fa, wa) and not (
                        _refused_to_let(fb, wb)):
                    continue  # "refused to throw out the lawsuit" / "allowed the suit to proceed": one outcome
                if names_a_group(fa, wa) != names_a_group(fb, wb) or in_an_idiom(fa, wa) or in_an_idiom(fb, wb):
                    continue  # "keeping the surviving whales cool" / "102 of the 143 died" (not "the losing
                    # bidder" / "the winning bidder"); "fell short of"
                if _of_a_thing_alone(fa, wa, fb) or _of_a_thing_alone(fb, wb, fa):
                    continue  # "the southwestern growing region" / "arrivals have fallen": the region grows nothing
                if _what_is_left(fa, wa) or _what_is_left(fb, wb) or left_in_a_state(fa, wa, fb, wb):
                    continue  # "with two years left on his contract": what remains, not who left
                if _degrees_of_other_things(fa, wa, fb, wb):
                    continue  # "a smaller traditional pension" / "the state's largest teachers' union"
                if _a_time_against_a_thing(fa, wa, fb, wb):
                    continue  # "early models suggest" / "visible in late April": an early model is no time
                if " " in wa + wb and denied(fa, wa) != denied(fb, wb):
                    continue  # "refused to postpone the trial" / "the trial will go ahead"
                if _two_ends_of_a_journey(fa, wa, fb, wb) or _two_ends_of_a_journey(fb, wb, fa, wa):
                    continue  # "arrived from Wexham Rovers" / "after leaving Wexham Rovers"; "left the zoo" /
                    # "arrived at a California refuge": leaving one place and arriving at another
                if _defeating_is_winning(fa, wa, fb, wb) or _defeating_is_winning(fb, wb, fa, wa):
                    continue  # "sealed victory" / "needed four hours to defeat the champion"
                if closed_until_reopened(wa, wb, _text(fa), _text(fb)):
                    continue  # "will remain closed until Wednesday" / "would reopen on Wednesday"
                if _first_since_the_last(fa, wa, fb, wb) or _first_since_the_last(fb, wb, fa, wa):
                    continue  # "the first strike since 2019" / "the last strike was in 2019": one fact, both ends
                if an_age(fa, wa) or an_age(fb, wb):
                    continue  # "the 19-year-old grandmaster" / "a young opponent": an age, no opposite
                if _names_a_period(fa, wa) or _names_a_period(fb, wb) or a_season(fa, wa) or a_season(fb, wb):
                    continue  # "over the prior year", "the following day": which period, not what came first
                if None not in (_than(fa, wa), _than(fb, wb)) and _than(fa, wa) != _than(fb, wb):
                    continue  # "far more than the ice can sustain" / "less than in 2022": other yardsticks
                if _compared_the_other_way(fa, wa, fb, wb) or _compared_the_other_way(fb, wb, fa, wa):
                    continue  # "an inland route that would have been cheaper" / "more expensive than the inland one"
                if any(negated_uses(fa, wa)) != any(negated_uses(fb, wb)):
                    continue  # "not being grateful" / "being ungrateful": the same thing said twice over
                if (_infinitive(fa, wa) and _happened(fb, wb)) or (_happened(fa, wa) and _infinitive(fb, wb)):
                    continue  # "Trump's desire to end the war" / "the war began": a wish, and what happened
                if (_only_planned(fa, wa) and _long_done_or_held(fb, wb)) or (
                    _only_planned(fb, wb) and _long_done_or_held(fa, wa)
                ):
                    continue  # "will shut down for good" / "opened in 1968", "have kept the canal open": what will
                    # happen, and what happened years ago or holds until then
                span_a, span_b = _surface(fa, wa), _surface(fb, wb)
                if _in_a_name(fa, span_a) or _in_a_name(fb, span_b):
                    continue  # "at Churchill Downs" / "up": a name's word means nothing of its own
                if span_a and span_b:
                    kind, reason = opposite_kind(wa, wb)
                    if _refusal_of_the_act(fa, wa, fb, wb):
                        kind, reason = "negation", "One source denies what the other affirms"
                    if {wa, wb} & _STANDINGS and not _of_results(fa, wa, fb, wb):
                        continue  # "the final quarter" / "preliminary figures", "a final dividend" / "an interim one"
                    if kind == "status" and not {wa, wb} & _STANDINGS and (
                            describes_a_noun(fa, wa) or describes_a_noun(fb, wb)):
                        continue  # "Riverton's proposed sale" names the sale, whatever has become of it (but
                        # "preliminary findings" / "final results" are what they are)
                    # the words around each, and the subject they are said of: "ticket sales ... increased" /
                    # "ticket sales have declined", not "the theatre lowered its prices"
                    shared = len(_around(fa, wa) & _around(fb, wb)) + 3 * _of_the_same_subject(fa, wa, fb, wb)
                    explanation = f"{reason}: {span_a!r} against {span_b!r}."
                    found.append((shared, Divergence(kind, span_a, span_b, explanation)))
    # A pair of phrases over the pair of words inside them ("pay rise" / "pay cut", not "rise" / "cut"); then the
    # pair said of the most alike words: "profit rose" / "profit fell", not "price increases" / "fell".
    found = [(n, d) for n, d in found
             if not any(o is not d and d.a in o.a and d.b in o.b and len(o.a + o.b) > len(d.a + d.b) for _, o in found)]
    return [max(found, key=lambda item: item[0])[1]] if found else []


_LEAVING = frozenset({"leave", "depart"})
_PLACE_REACH = 4  # words after a verb of arriving or leaving that name its place
_SINCE_REACH = 7  # words between "first" and the "since" that dates it: "the first walkout on Castlerail since"


def _two_ends_of_a_journey(facts: Facts, word: str, other: Facts, other_word: str) -> bool:
    """Arriving against leaving, which conflict only of one place: "arrived from Wexham Rovers" / "after leaving
    Wexham Rovers" is one move, as is "left the zoo" / "arrived at a California refuge", a place the other claim
    never names; "arrived in port" / "left the harbour" still conflict."""
    if word != "arrive" or other_word not in _LEAVING:
        return False
    surface = facts.surface
    left = set(content_after(other, other_word, _PLACE_REACH))
    for k, (lemma, _) in enumerate(surface):
        if lemma != "arrive":
            continue
        after = surface[k + 1 : k + 1 + _PLACE_REACH]
        lemmas = [lem for lem, _ in after]
        if "from" in lemmas[:2]:
            start = lemmas.index("from") + 1
            if left & set(lemmas[start : start + 2]):
                return True  # arrived from the place the other claim has left
        named = {lem for lem, written in after if written[:1].isupper() and lem not in TIME_WORDS}
        if named and not named & (other.lemmas | left):
            return True  # arrived at a named place the other claim does not name
    return False


def _defeating_is_winning(facts: Facts, word: str, other: Facts, other_word: str) -> bool:
    """"Defeat" done by someone, not suffered ("needed four hours to defeat the defending champion"), is a win: no
    opposite of the other claim's "victory" or "win", unless the other claim names the defeated one ("Sinner
    sealed victory over Alcaraz" / "Alcaraz needed four sets to defeat Sinner")."""
    if word != "defeat" or other_word not in ("victory", "win"):
        return False
    defeated = set(content_after(facts, word))
    return bool(defeated) and not defeated & other.lemmas and any(
        p.lemma == "defeat" and not p.negated and not passive(p) for p in facts.predicates)


def _text(facts: Facts) -> str:
    return " ".join(word for _, word in facts.surface)


def _first_since_the_last(facts: Facts, word: str, other: Facts, other_word: str) -> bool:
    """"The first X since <a time>" against "the last X": the last one before the first since."""
    if (word, other_word) != ("first", "last"):
        return False
    lemmas = [lemma for lemma, _ in facts.surface]
    return any(lemma == "first" and "since" in lemmas[k + 1 : k + 1 + _SINCE_REACH] for k, lemma in enumerate(lemmas))


def _moved_or_compared_with_a_time(fa: Facts, wa: str, fb: Facts, wb: str) -> bool:
    """A word of moving against a comparative with an earlier time: "rose 6% last year" / "6% fewer than the year
    before" (not "1,100 fewer beds than they need" / "the shortfall has grown")."""
    for move, f_compared, compared in ((wa, fb, wb), (wb, fa, wa)):
        way = direction(move)
        if way and compared in COMPARATIVES and compared_opposite_ways(compared, "more" if way > 0 else "less"):
            lemmas = [lemma for lemma, _ in f_compared.surface]
            if compared not in lemmas:
                continue
            at = lemmas.index(compared)
            if lemmas[at + 1 : at + 2] == ["than"] and set(lemmas[at + 2 : at + 6]) & _EARLIER:
                return True
    return False


def _passive_use(facts: Facts, lemma: str) -> bool:
    """Every use of the verb is passive with no one named as its doer: "has been sold to a Boston entrepreneur"
    (not "was sold to Manchester City by Chelsea", whose doer is known)."""
    uses = [p for p in facts.predicates if p.lemma == same_act(lemma)]
    return bool(uses) and all(passive(p) and not p.agent for p in uses)


def _used_more_often(facts: Facts, other: Facts) -> set[str]:
    """Content words and comparatives a claim uses more often than the other does ("more time ..., more likely" /
    "more time ..., less likely"): "a pre-tax loss of 1.2 million pounds, compared
    with a profit of 340,000" / "a pre-tax profit of 1.2 million pounds, against a profit of 340,000"."""
    counts, other_counts = Counter(lem for lem, _ in facts.surface), Counter(lem for lem, _ in other.surface)
    return {lem for lem, n in counts.items()
            if n > other_counts[lem] > 0 and (lem in facts.content_lemmas or lem in COMPARATIVES)}


def _up_or_down_against_a_move(fa: Facts, wa: str, fb: Facts, wb: str) -> bool:
    """"were down 12 percent" / "had risen 12 percent": "up" and "down" move a figure too, but not "up to 12",
    which says "as many as"."""
    if direction(wa) * direction(wb) != -1 or not {wa, wb} & {"up", "down"}:
        return False
    return all(_plain_up_or_down(f, w) for f, w in ((fa, wa), (fb, wb)) if w in ("up", "down"))


def _plain_up_or_down(facts: Facts, word: str) -> bool:
    lemmas = [lemma for lemma, _ in facts.surface]
    return any(lemma == word and lemmas[k + 1 : k + 2] != ["to"] for k, lemma in enumerate(lemmas))


_EARLIER = frozenset({"year", "month", "week", "quarter", "before", "earlier", "ago", "previous", "prior", "last"})


def _moving_a_figure(facts: Facts, other: Facts) -> set[str]:
    return {lemma for lemma in facts.lemmas - other.lemmas
            if (direction(lemma) or lemma in COMPARATIVES) and figures_moved(facts, lemma)}


def _not_as_a_verb(facts: Facts, lemma: str) -> bool:
    """A word opposed to another only as a verb ("appeal") that the claim uses as no verb."""
    return lemma in VERB_ONLY_OPPOSITES and not any(p.lemma == same_act(lemma) for p in facts.predicates)


_ALIKE = 0.85  # a pair score at which two claims say one thing in other words
# Pairs opposed only as two verbs of one act: a strike ended or extended.
_ONLY_AS_VERBS = frozenset({frozenset(("end", "extend"))})
# Refusing opposes allowing only as a refusal to let: "refused to let jurors hear" / "allowed the jury to hear".
_REFUSED_LETTING = frozenset({frozenset(("allow", "refuse")), frozenset(("permit", "refuse"))})


def _refused_to_let(facts: Facts, lemma: str) -> bool:
    return lemma == "refuse" and re.search(r"\brefus\w*\s+to\s+(?:let|allow|permit)\b", _text(facts),
                                           re.IGNORECASE) is not None


def _of_the_same_subject(fa: Facts, wa: str, fb: Facts, wb: str) -> bool:
    subjects_a = {p.subject for p in fa.predicates if p.lemma == wa and p.subject}
    return bool(subjects_a & {p.subject for p in fb.predicates if p.lemma == wb and p.subject})


def _around(facts: Facts, lemma: str) -> set[str]:
    return near(facts, lambda other, _: other == lemma, 3)


_PERIODS = frozenset({"day", "week", "month", "quarter", "year", "season", "decade", "night", "morning", "evening"})


_EARLY_OR_LATE = frozenset({"early", "late", "earlier", "later"})


def _a_time_against_a_thing(fa: Facts, wa: str, fb: Facts, wb: str) -> bool:
    """"early" or "late" before a time in one claim and before a thing in the other: "in late April" places
    something in time, "early models" tells which models."""
    if not {wa, wb} <= _EARLY_OR_LATE:
        return False
    times = [_next_lemma(f, w) in _TIMES for f, w in ((fa, wa), (fb, wb))]
    things = [(_next_lemma(f, w) or "") in f.content_lemmas for f, w in ((fa, wa), (fb, wb))]
    return times[0] != times[1] and things[0] and things[1]


_TIMES = TIME_WORDS | _PERIODS | {"spring", "summer", "autumn", "fall", "winter", "century", "hour"}


def _names_a_period(facts: Facts, lemma: str) -> bool:
    """"prior" or "following" before a period of time: an adjective ("the prior year"), not "prior to"; or
    "allowed" after one: "within the 30 days allowed" is a time, permitting nothing."""
    if lemma == "allow":
        surface = [lem for lem, _ in facts.surface]
        return any(k and surface[k - 1] in _PERIODS | {"time", "hour", "minute"}
                   for k, lem in enumerate(surface) if lem == lemma)
    if lemma in ("last", "next") and _next_lemma(facts, lemma) in _PERIODS:
        # "launched in March last year": a time counted from today, not the last of a series ("its first year")
        surface = [lem for lem, _ in facts.surface]
        return all(k == 0 or surface[k - 1] not in _SERIES_OPENERS for k, lem in enumerate(surface) if lem == lemma)
    return lemma in ("prior", "following") and _next_lemma(facts, lemma) in _PERIODS


_SERIES_OPENERS = frozenset({"the", "its", "his", "her", "their", "our", "my", "your", "a"})


def _of_the_same_things(fa: Facts, wa: str, fb: Facts, wb: str) -> bool:
    """The two words act on the same two things, whatever else their claims move: "raising downtown parking rates"
    / "lowering downtown parking rates" (beside "ruling out raising property taxes"), or on one named alike among
    the two words after each: "raised its profit forecast" / "lowered its full-year profit outlook"."""
    after_a, after_b = content_after(fa, wa)[:2], content_after(fb, wb)[:2]
    if len(after_a) < 2 or len(after_b) < 2:
        return False
    shared = {w for w in set(after_a) & set(after_b) if direction(w) == 0 and not are_opposites(w, wa, loosely=True)}
    return after_a == after_b or bool(shared)


def _before_one_word(fa: Facts, wa: str, fb: Facts, wb: str) -> bool:
    """The two words stand right before one content word, which neither claim puts after the other word: "spent
    more time outdoors were less likely" / "spent more time outside were more likely"."""
    def before(facts: Facts, word: str) -> set[str]:
        lemmas = [lem for lem, _ in facts.surface]
        return {lemmas[k + 1] for k in range(len(lemmas) - 1)
                if lemmas[k] == word and lemmas[k + 1] in facts.content_lemmas}

    return bool(before(fa, wa) & before(fb, wb) - before(fa, wb) - before(fb, wa))


# One body sacks and another appoints: "Hull have appointed Farke" / "Farke, who was sacked by Leeds".
_APPOINTING = frozenset({"appoint"})


def _of_results(fa: Facts, wa: str, fb: Facts, wb: str) -> bool:
    """Both words stand before results: "Final results" / "preliminary findings"."""
    def next_lemma(facts: Facts, word: str) -> str:
        lemmas = [lemma for lemma, _ in facts.surface]
        return lemmas[lemmas.index(word) + 1] if word in lemmas[:-1] else ""

    return next_lemma(fa, wa) in _RESULTS and next_lemma(fb, wb) in _RESULTS


_RESULTS = frozenset({"result", "finding", "figure", "count", "tally", "data", "estimate", "approval", "ruling",
                      "decision", "verdict", "report", "outcome"})


# Adjectives of how far results stand: "preliminary findings" / "final results" say it as adjectives only (not
# "official", also the noun of "officials said").
_STANDINGS = frozenset({"preliminary", "provisional", "interim", "final"})


def _of_one_subject(fa: Facts, wa: str, fb: Facts, wb: str) -> bool:
    """The two words are said of one named thing, whatever else their claims move: "profits had increased while it
    cut spending" / "its profits had fallen even as it reduced spending"; not of a pronoun ("it cut")."""
    def subjects(facts: Facts, word: str) -> set[str]:
        # every opposite move the claim makes is a verb with a subject of its own (not "recovering some of
        # Friday's 8% drop", a noun that may be said of the same shares)
        opposite = {lemma for lemma in facts.lemmas if lemma != word and (
            direction(lemma) * direction(word) == -1 or are_opposites(lemma, word, loosely=True))}
        if opposite - {p.lemma for p in facts.predicates if p.subject}:
            return set()
        content_words = {written.lower() for lemma, written in facts.surface if lemma in facts.content_lemmas}
        heads = {p.subject.split()[-1] for p in facts.predicates if p.lemma == word and p.subject}
        # not a subject that also does the claim's other move ("the deal would have cut ... and pushed up prices")
        moving = {p.subject.split()[-1] for p in facts.predicates if p.lemma != word and p.subject and (
            direction(p.lemma) != 0 or are_opposites(p.lemma, word, loosely=True))}
        return heads & content_words - moving

    def intransitive(facts: Facts, word: str) -> bool:  # "had increased while", not "would have cut the number"
        lemmas = [lemma for lemma, _ in facts.surface]
        after = lemmas[lemmas.index(word) + 1 : lemmas.index(word) + 2] if word in lemmas else ["?"]
        return not after or (after[0] not in facts.content_lemmas and after[0] not in _DETERMINERS)

    return intransitive(fa, wa) and intransitive(fb, wb) and bool(subjects(fa, wa) & subjects(fb, wb))


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "some"})


def _each_on_its_own_thing(fa: Facts, wa: str, fb: Facts, wb: str) -> bool:
    """The two words act on the same first thing, and the claim that uses both opposites uses the other on
    another thing: "ban wetsuits and any contact" / "permit wetsuits but prohibit any contact"."""
    first_a, first_b = content_after(fa, wa)[:1], content_after(fb, wb)[:1]
    if not first_a or first_a != first_b:
        return False
    for facts, word in ((fa, wa), (fb, wb)):
        others = [o for o in facts.lemmas if o != word and are_opposites(word, o, loosely=True)]
        if any(content_after(facts, o)[:1] in ([], first_a) for o in others):
            return False
    return True


_SPANS_AND_TURNS = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "game", "match", "lap",
                              "race", "round", "seat", "place", "spot", "ticket"})


def _what_is_left(facts: Facts, lemma: str) -> bool:
    """"two years left", "three games left": "left" is what remains; "were left scrambling", "left stranded":
    the state a thing is left in."""
    words = [word.lower() for _, word in facts.surface]
    lemmas = [lem for lem, _ in facts.surface]
    remains = any(word == "left" and lemmas[k] == lemma and k > 0 and lemmas[k - 1] in _SPANS_AND_TURNS
                  for k, word in enumerate(words))
    uses = [k for k, word in enumerate(words) if word == "left" and lemmas[k] == lemma]
    in_a_state = bool(uses) and all(
        k + 1 < len(words) and words[k + 1] not in _NOT_STATES
        and (words[k + 1].endswith(("ing", "ed")) or words[k + 1] in _STATES_LEFT_IN)
        for k in uses)
    return remains or in_a_state


_STATES_LEFT_IN = frozenset({"without", "homeless", "unable", "stranded"})
# Words in -ing or -ed after "left" that are no state: "left the company following a row", "left United".
_NOT_STATES = frozenset({"during", "following", "including", "according", "regarding", "united", "red"})


def _degrees_of_other_things(fa: Facts, wa: str, fb: Facts, wb: str) -> bool:
    """A comparative against a superlative, set before other words ("a smaller traditional pension" / "the
    largest teachers' union"): they grade different things."""
    surface_a, surface_b = _surface(fa, wa).lower(), _surface(fb, wb).lower()
    degrees = {surface_a.endswith("est"), surface_b.endswith("est")}
    if degrees != {True, False} or not (surface_a.endswith(("er", "est")) and surface_b.endswith(("er", "est"))):
        return False  # "higher fares" / "lower ticket prices" are one comparison in other words
    next_a, next_b = _next_lemma(fa, wa), _next_lemma(fb, wb)
    if not (next_a and next_a.isalpha() and next_b and next_b.isalpha()) or {next_a, next_b} & FUNCTION_WORDS:
        return False  # "higher than", "fell lower": graded on their own
    if _another_of_its_kind(*((fa, wa) if surface_b.endswith("est") else (fb, wb))):
        return True  # "relied on a smaller desalination unit" is another than "Chile's largest desalination plant"
    graded_a, graded_b = set(content_after(fa, wa)[:2]), set(content_after(fb, wb)[:2])
    return not graded_a & graded_b


def _describe_other_things(fa: Facts, wa: str, fb: Facts, wb: str) -> bool:
    """Both words stand before nouns, not the same ones, and one of the nouns is in the other claim too, not so
    described: "softening the cut for large companies" / "small-scale fishermen", where the first also speaks of
    fishermen (not "higher wages" / "lower pay")."""
    things_a, things_b = set(content_after(fa, wa)[:2]), set(content_after(fb, wb)[:2])
    return attributive(fa, wa) and attributive(fb, wb) and not things_a & things_b and bool(
        things_a & fb.content_lemmas or things_b & fa.content_lemmas)


def _another_of_its_kind(facts: Facts, comparative: str) -> bool:
    """"a smaller unit" after a verb or preposition: another thing than the one graded highest; not "is a smaller
    shareholder", "Norges Bank, a smaller shareholder", which say it of the claim's own subject."""
    surface = list(facts.surface)
    at = next((k for k, (lemma, _) in enumerate(surface) if lemma == comparative), 0)
    if at < 2 or surface[at - 1][0] not in ("a", "an"):
        return False
    lemma, word = surface[at - 2]
    return lemma not in ("be", "become", "remain", "stay") and not word[:1].isupper()


def _of_a_thing_alone(facts: Facts, lemma: str, other: Facts) -> bool:
    """The word, a participle, only describes the noun after it, which the other claim never names (not "higher
    fares" / "lower ticket prices")."""
    described = _next_lemma(facts, lemma)
    return (describes_a_noun(facts, lemma) and _surface(facts, lemma).lower().endswith(("ing", "ed", "en"))
            and described in facts.content_lemmas and described not in other.lemmas)


def _refusal_of_the_act(fa: Facts, wa: str, fb: Facts, wb: str) -> bool:
    """"Trump's previous approval" / "Trump's earlier refusal to approve": the refusal denies the act."""
    for (refusing, refusal), other in (((fa, wa), wb), ((fb, wb), wa)):
        if refusal in ("refusal", "refuse") and len(other) >= 6 and any(
            lemma != other and lemma.startswith(other[:5]) for lemma in refusing.lemmas
        ):
            return True
    return False


def _manner(fa: Facts, wa: str, fb: Facts, wb: str) -> bool:
    """Two adverbs of how the same verb goes: "melting faster" / "melting more slowly" (not "arrived before the
    talks" / "arrived after the vote", which place it in time by other things)."""
    adverbs = all(_surface(f, w).lower().endswith(("ly", "er")) and w not in _ORDER_IN_TIME_WORDS
                  for f, w in ((fa, wa), (fb, wb)))
    verb = _verb_before(fa, wa)
    return adverbs and verb is not None and verb == _verb_before(fb, wb)


_ORDER_IN_TIME_WORDS = frozenset({"early", "late", "earlier", "later", "after", "over", "under", "soon", "sooner"})


def _verb_before(facts: Facts, lemma: str) -> str | None:
    """The content word right before the first use of `lemma`, past "more" or "less": "melting" of "melting more
    slowly"."""
    lemmas = [lem for lem, _ in facts.surface]
    if lemma not in lemmas:
        return None
    at = lemmas.index(lemma) - 1
    while at >= 0 and lemmas[at] in ("more", "less", "much", "far"):
        at -= 1
    return lemmas[at] if at >= 0 and lemmas[at] in facts.content_lemmas else None


_BEAT_OR_LOSE = frozenset({"beat", "lose"})
_CONTESTS = frozenset({"match", "game", "final", "semifinal", "semi-final", "quarterfinal", "quarter-final", "tie",
                       "race", "fight", "bout", "contest", "series", "derby", "playoff", "play-off", "round", "stage",
                       "election", "vote", "runoff", "ballot", "case", "appeal", "battle", "championship", "title"})


def _lost_a_contest(facts: Facts) -> bool:
    """"lost 24-19 to Greystone", "lost the final": lost to someone, not lost something ("lost two wickets")."""
    after = _next_lemma(facts, "lose")
    return after is not None and (after == "to" or any(c.isdigit() for c in after) or bool(
        set(content_after(facts, "lose", reach=3)[:1]) & _CONTESTS))


def _next_lemma(facts: Facts, lemma: str) -> str | None:
    """The word after the first use of `lemma` (a word or a phrase: "away from") in the claim, lemmatised."""
    lemmas = [lem for lem, _ in facts.surface]
    wanted = lemma.split()
    for at in range(len(lemmas) - len(wanted)):
        if lemmas[at : at + len(wanted)] == wanted:
            return lemmas[at + len(wanted)]
    return None


def _than(facts: Facts, lemma: str) -> str | None:
    """What a comparison is made against: the word after "than" right after the first use of `lemma`."""
    lemmas = [lem for lem, _ in facts.surface]
    at = lemmas.index(lemma) if lemma in lemmas else -1
    return lemmas[at + 2] if 0 <= at < len(lemmas) - 2 and lemmas[at + 1] == "than" else None


def _compared_the_other_way(fa: Facts, wa: str, fb: Facts, wb: str) -> bool:
    """The first claim compares something against what the second says its opposite word of: "X, more expensive
    than the inland option" and "an inland alignment ... that would have been cheaper" agree."""
    lemmas_a, lemmas_b = [lem for lem, _ in fa.surface], [lem for lem, _ in fb.surface]
    if wa not in lemmas_a or wb not in lemmas_b:
        return False
    at_a, at_b = lemmas_a.index(wa), lemmas_b.index(wb)
    if "than" not in lemmas_a[at_a + 1 : at_a + 2] or "than" in lemmas_b[at_b + 1 : at_b + 2]:
        return False  # "more expensive than the inland route" / "cheaper than the inland route" conflict
    # what the first claim compares against, less what it compares ("the coastal route ... than the inland route")
    yardstick = (set(lemmas_a[at_a + 2 : at_a + 6]) & fa.content_lemmas) - set(lemmas_a[max(0, at_a - 8) : at_a])
    return bool(yardstick & set(lemmas_b[max(0, at_b - 8) : at_b]))


def _infinitive(facts: Facts, lemma: str) -> bool:
    """The word is a verb in the infinitive ("to end", "urged members to reject"), which says what someone wants,
    plans or is asked to do."""
    return any(
        p.lemma == same_act(lemma) and p.status != "voted"  # not "voted to accept the offer"
        and (p.evidence.text.lower().startswith("to ") or _ASKED_TO.search(p.evidence.text))
        for p in facts.predicates
    )


_ASKED_TO = re.compile(r"\bto\s+\w+$", re.IGNORECASE)


def _happened(facts: Facts, lemma: str) -> bool:
    return any(p.lemma == same_act(lemma) and p.status == "happened" for p in facts.predicates)


_HELD = re.compile(r"\b(?:kept|keep|keeps|keeping|remain\w*|stay\w*|left)\b", re.IGNORECASE)


def _long_done_or_held(facts: Facts, lemma: str) -> bool:
    """The act happened in a year the claim names ("opened in 1968"), or is a state kept ("kept the canal open")."""
    in_a_year = any(d.year and d.day is None and d.week is None for d in facts.dates)
    return any(
        p.lemma == same_act(lemma) and p.status != "planned" and (
            (in_a_year and p.status == "happened") or _HELD.search(p.evidence.text) is not None)
        for p in facts.predicates
    )


def _only_planned(facts: Facts, lemma: str) -> bool:
    uses = [p for p in facts.predicates if p.lemma == same_act(lemma)]
    return bool(uses) and all(p.status == "planned" for p in uses)


def _in_a_name(facts: Facts, written: str) -> bool:
    """The word is written capitalised after the claim's first word, as names are ("Churchill Downs")."""
    return any(word == written and k > 0 and word[:1].isupper() and not word.isupper()
               for k, (_, word) in enumerate(facts.surface))


def _surface(facts: Facts, lemma: str) -> str:
    """The words as written for a lemma, or for a phrase ("push back" -> "pushed back")."""
    parts = lemma.split()
    surface = facts.surface
    for k in range(len(surface) - len(parts) + 1):
        if [lem for lem, _ in surface[k : k + len(parts)]] == parts:
            return " ".join(word for _, word in surface[k : k + len(parts)])
    return ""
