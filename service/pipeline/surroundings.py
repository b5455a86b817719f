"""What a word is said of: the content words around it in its claim ("a decline in vaccine sales"), so that
two mentions of a figure, a date or a verb can be told to be said of the same things or of different ones."""

from __future__ import annotations

import re
from collections.abc import Callable

from service.pipeline.antonyms import COMPARATIVES, are_opposites
from service.pipeline.predicates import passive, same_act
from service.pipeline.types import Facts


def said_of(mine: Facts, my_words: str, theirs: Facts, their_words: str, least: int = 2) -> bool:
    """Two content words (or `least`) near the one mention stand near the other."""
    return len(words_around(mine, my_words) & words_around(theirs, their_words)) >= least


def words_around(facts: Facts, words: str, reach: int = 6) -> set[str]:
    """The content lemmas within `reach` words of where the claim writes `words`, without those words. Six
    words, since a compound counts each of its words: "In the six weeks to Jan. 4, like-for-like sales rose"."""
    return near(facts, _writes(words), reach)


def same_neighbour(mine: Facts, my_words: str, theirs: Facts, their_words: str) -> bool:
    """The content word before the one mention, or right after it, is the same as by the other: "a 72% stake" /
    "a 60% stake", "revenue by $146 million" / "revenue by $61 million"."""
    first, second = _neighbours(mine, my_words), _neighbours(theirs, their_words)
    return any(x is not None and x == y for x, y in zip(first, second, strict=True))


def same_word_after(mine: Facts, my_words: str, theirs: Facts, their_words: str) -> bool:
    """The content word right after the one mention is the same as after the other: "a bottle of 1945 Domaine" /
    "of 1929 Domaine" (not "murder in 1995" / "murder for the 1994 shooting")."""
    after = _neighbours(mine, my_words)[1]
    return after is not None and after == _neighbours(theirs, their_words)[1]


def _neighbours(facts: Facts, words: str) -> tuple[str | None, str | None]:
    """The content words before and right after the mention: found by its figure when it has one ("£38.4
    million", whose "million" may be another amount's), else by its words."""
    hit = _writes(words)
    figure = next((k for word, k in facts.numerals if hit(word, word)), None)
    if figure is not None:
        at: tuple[int, int] | None = (figure, figure + sum(w.isalpha() for w in words.split()))
    else:
        own = [k for k, (lemma, word) in enumerate(facts.surface) if hit(lemma, word)]
        at = (own[0], own[-1] + 1) if own else None
    if at is None:
        return None, None
    def content(k: int) -> str | None:
        lemma = facts.surface[k][0] if 0 <= k < len(facts.surface) else None
        return lemma if lemma in facts.content_lemmas else None

    # Before it, past a word or two ("revenue by $61 million", "a purchase of a 60% stake"); after it, right
    # after ("a 60% stake"), since what follows an amount is what it counts.
    before = next((lemma for k in range(at[0] - 1, at[0] - 4, -1) if (lemma := content(k))), None)
    return before, content(at[1])


def _writes(words: str) -> Callable[[str, str], bool]:
    own = set(words.split())
    figures = {_figure(w) for w in own} - {""}
    return lambda _, word: word in own or _figure(word) in figures


def _figure(word: str) -> str:
    """The digits of a figure as written ("38" of "38%", "5.40" of "$5.40"), or "" for a word without any."""
    return re.sub(r"[^\d.,-]", "", word).strip(".,-")


def near(facts: Facts, hit: Callable[[str, str], bool], reach: int) -> set[str]:
    """The content lemmas within `reach` words of every (lemma, word) of the claim that `hit` picks, not those;
    figures ("38%") are not among the surface words, but where they stand among them is known."""
    surface = facts.surface
    windows = [(k - reach, k + reach + 1) for k, (lemma, word) in enumerate(surface) if hit(lemma, word)]
    windows += [(k - reach, k + reach) for word, k in facts.numerals if hit(word, word)]
    return {lemma for start, end in windows for lemma, word in surface[max(0, start) : end]
            if lemma in facts.content_lemmas and not hit(lemma, word)}


def _doers(facts: Facts, lemma: str) -> set[str]:
    """The words of the subjects of the verb's uses; of a passive use, its agent ("was approved by the council"),
    since its subject is what the act was done to ("A motion ... was approved"). Not of a feeling: "the company was
    disappointed by the vote" is the company's."""
    return {w for p in facts.predicates if p.lemma == same_act(lemma)
            for w in (p.agent if passive(p) and p.lemma not in _FEELINGS else p.subject).lower().split()
            if w not in _ARTICLES}


_ARTICLES = frozenset({"the", "a", "an"})
_FEELINGS = frozenset({"disappoint", "please", "satisfy", "concern", "worry", "surprise", "shock", "delight",
                       "encourage", "frustrate", "anger", "upset", "alarm", "dismay", "embarrass", "impress", "relieve",
                       "thrill", "stun", "sadden", "trouble", "disturb", "outrage", "hearten"})


def same_doers(first: Facts, lemma: str, second: Facts, other: str) -> bool:
    """Both verbs have known subjects, and they share a word."""
    return bool(_doers(first, lemma) & _doers(second, other))


def other_doers(first: Facts, lemma: str, second: Facts, other: str) -> bool:
    """The two verbs have different subjects ("the consortium agreed to buy" / "Pell agreed to sell"): one
    event told from its two parties' sides. False when either subject is unknown."""
    doers_a, doers_b = _doers(first, lemma), _doers(second, other)
    return bool(doers_a and doers_b) and not doers_a & doers_b  # "lakeshore financial" is "lakeshore financial corp."


# Verbs whose next word makes them another verb: "fell short of", "fell through", "fell apart" move nothing.
_IDIOMS = {"fall": frozenset({"short", "through", "apart", "ill", "asleep", "silent", "victim", "prey", "flat",
                              "foul"}),
           "appeal": frozenset({"to", "for"})}  # "the plan appealed to voters", "appealed for calm": no court's


def in_an_idiom(facts: Facts, lemma: str) -> bool:
    """Every use of the verb is an idiom made with the next word ("fell short of the union's demand"), or a finding
    ("a study concluded that ..."), which ends nothing."""
    after = [facts.surface[k + 1] for k, (lem, _) in enumerate(facts.surface[:-1]) if lem == lemma]
    idioms = _IDIOMS.get(lemma, frozenset()) | ({"that"} if lemma in _FINDING else frozenset())
    if lemma == "opposition":  # "the opposition Renewal Movement", "opposition leader": a side, not a stance
        return bool(after) and all(word[:1].isupper() or next_lemma in _SIDES for next_lemma, word in after)
    return bool(after) and all(next_lemma in idioms for next_lemma, _ in after)


# Words after "opposition" that make it a political side: "opposition leader", "the opposition parties".
_SIDES = frozenset({"leader", "party", "lawmaker", "mp", "senator", "candidate", "politician", "bench", "coalition",
                    "bloc", "figure", "group", "movement", "alliance", "member", "spokesman", "spokeswoman",
                    "activist", "supporter", "councillor", "legislator", "deputy", "politic"})


_FINDING = frozenset({"conclude", "concluded"})


_GROUP_OPENERS = frozenset({"the", "its", "their", "those", "these", "all", "other", "remaining", "two", "three",
                            "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "hundred"})


def names_a_group(facts: Facts, lemma: str) -> bool:
    """Every use of the word is a participle naming a group after its determiner or count ("the surviving whales",
    "the seven surviving workers"): who they are, not what happened to the rest."""
    uses = [k for k, (lem, _) in enumerate(facts.surface) if lem == lemma]
    return bool(uses) and all(
        0 < k < len(facts.surface) - 1 and facts.surface[k][1].lower().endswith(("ing", "ed"))
        and facts.surface[k - 1][1].lower() in _GROUP_OPENERS
        and facts.surface[k + 1][0] in facts.content_lemmas  # not "the maintaining of economic pressure"
        for k in uses
    )


def a_season(facts: Facts, lemma: str) -> bool:
    """"fall" as the season ("next fall", "last fall"), not a fall in prices."""
    lemmas = [lem for lem, _ in facts.surface]
    return lemma == "fall" and any(
        lemmas[k - 1] in ("next", "last", "this", "early", "late") for k in range(1, len(lemmas)) if lemmas[k] == "fall"
    )


def content_after(facts: Facts, lemma: str, reach: int = 4) -> list[str]:
    """The content words within `reach` words after the first use of `lemma` (a word or a phrase): what a verb
    acts on ("limited the losses", "match Hartwell's prices"), what "up" or "down" moves ("up from 853,000
    tons")."""
    lemmas = [lem for lem, _ in facts.surface]
    wanted = lemma.split()
    for at in range(len(lemmas) - len(wanted)):
        if lemmas[at : at + len(wanted)] == wanted:
            return [lem for lem in lemmas[at + len(wanted) : at + len(wanted) + reach] if lem in facts.content_lemmas]
    return []


def _passive(facts: Facts, lemma: str) -> bool:
    """The first use of the word is passive ("had been strengthened by"): what follows it is no object."""
    lemmas = [lem for lem, _ in facts.surface]
    at = lemmas.index(lemma) if lemma in lemmas else -1
    return at >= 0 and ((at > 0 and lemmas[at - 1] == "be") or lemmas[at + 1 : at + 2] == ["by"])


def describes_a_noun(facts: Facts, lemma: str) -> bool:
    """The word is no verb of the claim, only an adjective: "Riverton's proposed sale", "the proposed merger"
    (not "lawmakers proposed $12 million")."""
    return lemma not in {p.lemma for p in facts.predicates}


def a_state_against_an_act(fa: Facts, wa: str, fb: Facts, wb: str) -> bool:
    """A prefixed adjective before its noun, and its stem as a verb acting on another thing: "unprocessed indium"
    / "to process the metal" (not "the loans were unsecured" / "were secured against its headquarters", nor
    "unpaid leave" / "paid administrative leave", two states)."""
    for f_state, state, f_act, act in ((fa, wa, fb, wb), (fb, wb, fa, wa)):
        if len(state) > len(act) and attributive(f_state, state) and not _passive(f_act, act) and (
            not attributive(f_act, act)
        ):
            return other_things(f_state, state, f_act, act)
    return False


def attributive(facts: Facts, lemma: str) -> bool:
    """The word's first use stands before a content word: "unprocessed indium", "paid administrative leave"."""
    lemmas = [lem for lem, _ in facts.surface]
    at = lemmas.index(lemma) if lemma in lemmas else -1
    return 0 <= at < len(lemmas) - 1 and lemmas[at + 1] in facts.content_lemmas


def crossed_things(fa: Facts, wa: str, fb: Facts, wb: str) -> bool:
    """Two words that act on different things, each of which a verb of the other claim acts on: "reduced
    competition and pushed up prices" / "hurt competition and raised prices" pair "reduced" with "hurt"."""
    after_a, after_b = content_after(fa, wa)[:1], content_after(fb, wb)[:1]
    if not (after_a and after_b) or after_a == after_b or _passive(fa, wa) or _passive(fb, wb):
        return False  # not "had weakened the old structure" / "the old structure had been strengthened by repairs"
    if {wa, wb} & _OF_A_CLAUSE:
        return False  # "suspect the virus was brought aboard by a crew member" / "confirmed that a crew member
        # carried the virus": what follows is a clause, whose words may come in any order

    def acted_on_by_another(facts: Facts, thing: str, word: str) -> bool:
        return any(p.lemma != word and content_after(facts, p.lemma)[:1] == [thing] for p in facts.predicates)

    return acted_on_by_another(fb, after_a[0], wb) and acted_on_by_another(fa, after_b[0], wa)


_OF_A_CLAUSE = frozenset({"suspect", "suggest", "believe", "confirm", "establish", "prove", "deny", "admit",
                          "acknowledge"})


def other_things(fa: Facts, wa: str, fb: Facts, wb: str) -> bool:
    """The first content words after the two ("down from nearly 10 euros" / "up from 853,000 tons") differ, and
    no figure stands right after both ("up nearly 10% from" / "down nearly 10% compared with")."""
    after_a, after_b = content_after(fa, wa)[:1], content_after(fb, wb)[:1]
    if figures_after(fa, wa) & figures_after(fb, wb):
        return False
    return bool(after_a and after_b) and after_a != after_b


# "closed 2.1% lower", "12 per cent more than current tariffs": a comparative says which way a figure moved, or
# how one thing stands against another, right after the figure, not before it ("more than 140" is a floor).
_MOVED_BY_WHAT_PRECEDES = COMPARATIVES | {"low", "high"}
_COMPARATIVE_FORMS = frozenset({"lower", "higher", "more", "less", "fewer", "above", "below"})  # not "low-income"


def figures_moved(facts: Facts, lemma: str) -> set[str]:
    """The figures a word of moving moves, as written: {"14"} for "tumbled 14%", {"2.1"} for "closed 2.1% lower"."""
    if lemma not in _MOVED_BY_WHAT_PRECEDES:
        return figures_after(facts, lemma)
    # "lower", not "low-income", "high school" or "a 52-week low"
    at = [k for k, (lem, word) in enumerate(facts.surface) if lem == lemma and word.lower() in _COMPARATIVE_FORMS]
    lemmas = [lem for lem, _ in facts.surface]

    def right_after(k: int, a: int) -> bool:  # "2.1% lower", "12 percent more", "12 per cent more"
        return 0 <= a - k <= 1 or (0 < a - k <= 3 and set(lemmas[k:a]) <= _PERCENT_WORDS)

    return {_figure(word) for word, k in facts.numerals if any(right_after(k, a) for a in at)} - {""}


_PERCENT_WORDS = frozenset({"per", "cent", "percent", "percentage", "point"})


def figures_after(facts: Facts, lemma: str, reach: int = 2) -> set[str]:
    """The figures within `reach` words after a use of `lemma`, as written: {"14"} for "tumbled 14% by ...";
    "to", "by" and "minus" do not count ("dropped to minus 9 degrees")."""
    lemmas = [lem for lem, _ in facts.surface]
    at = [k for k, lem in enumerate(lemmas) if lem == lemma]

    def near(a: int, k: int) -> bool:
        return 0 < k - a and k - a - sum(1 for lem in lemmas[a + 1 : k] if lem in _PASSED_OVER) <= reach

    return {_figure(word) for word, k in facts.numerals if any(near(a, k) for a in at)} - {""}


_PASSED_OVER = frozenset({"to", "by", "minus"})


def left_in_a_state(fa: Facts, wa: str, fb: Facts, wb: str) -> bool:
    """"Ambulances arrived late" / "weak enforcement left ambulances late": what one side leaves in a state is
    what does the other side's act, so "left" here is no departure."""
    for (leaving, left), (other, doing) in (((fa, wa), (fb, wb)), ((fb, wb), (fa, wa))):
        if left != "leave":
            continue
        doers = {p.subject.split()[-1] for p in other.predicates if p.lemma == doing and p.subject}
        lemmas = [lemma for lemma, _ in other.surface]
        if doing in lemmas:  # "require an ambulance to arrive", whatever the parser takes for the subject
            doers |= set(lemmas[max(0, lemmas.index(doing) - 3) : lemmas.index(doing)])
        acted_on = content_after(leaving, "leave")[:1]
        if any(thing == doer or thing + "s" == doer for thing in acted_on for doer in doers):
            return True
    return False


def an_age(facts: Facts, lemma: str) -> bool:
    """"old" only as the end of a young age ("19-year-old"), which says nothing against "young" (a "90-year-old"
    woman is no young one)."""
    if lemma != "old":
        return False
    words = [word.lower() for _, word in facts.surface]
    ages = [q.value for q in facts.quantities if q.unit in ("year", "month")]
    ends_an_age = all(k and words[k - 1] in ("-", "year", "years", "month", "months")
                      for k, word in enumerate(words) if word == "old")
    return bool(ages) and max(ages) < _YOUNG and ends_an_age


_YOUNG = 30  # years


def said_the_other_way_of_it(facts: Facts, lemma: str, other: Facts, its_opposite: str) -> bool:
    """The claim moves two things both ways, and its word of the other claim's way stands among more of the words
    around that claim's word than its own word does: "imports from China fell 5%" for "imports from China saw a 5%
    decrease", beside "exports increased 5%"; "waiting times fell by 10 per cent" for "a 10 per cent reduction in
    waiting times", beside "nurses increased by 10 per cent"."""
    theirs = _within_five(other, its_opposite)
    own = len(_within_five(facts, lemma) & theirs)
    return any(are_opposites(word, lemma) and len(_within_five(facts, word) & theirs) > own
               for word in facts.lemmas if word != lemma)


def _within_five(facts: Facts, lemma: str) -> set[str]:
    return near(facts, lambda other, _: other == lemma, 5)
