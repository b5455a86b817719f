"""Two named parties the other way round: who beat whom ("India beat New Zealand" / "New Zealand defeated India",
"Jovanovic defeated incumbent mayor Dragan Petrovic" / "Dragan Petrovic beat challenger Milica Jovanovic"), who
bought or sued whom ("Hartmann will acquire Solvex" / "Solvex will take over Hartmann"), and, in one sentence told
twice, two names that swapped places ("ordered Hanul Electronics to pay 3.2 billion won to Daeyang Parts" /
"ordered Daeyang Parts to pay 3.2 billion won to Hanul Electronics")."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import combinations

from rapidfuzz import fuzz

from service.pipeline.names import same_name
from service.pipeline.predicates import passive
from service.pipeline.types import Divergence, EntityMention, Facts, Span

# Words between the two names that make the first the winner, or (passive, "lost to") the loser: at most three
# lowercase words besides ("beat defending champion", "was narrowly beaten by").
_WINS = r"(?:beat|beats|defeated|defeats|overcame|overcomes|edged|edges|thrashed|routed|ousted|unseated|won\s+against)"
_LOSES = r"(?:lost\s+to|loses\s+to|(?:was|were|is|are)\s+(?:\w+\s+)?(?:beaten|defeated|ousted|unseated)\s+by)"
# A nationality or a country's possessive may stand before the second name: "beat American Jordan Blake",
# "defeated Canada's Elise Fournier".
_BETWEEN = re.compile(rf"^\s+(?:(?P<win>{_WINS})|(?P<lose>{_LOSES}))\b(?:\s+[a-z][\w-]*){{0,3}}"
                      r"(?:\s+[A-Z][a-z]+(?:['’]s)?)?\s+$")


def winners_reversed(text_a: str, fa: Facts, text_b: str, fb: Facts) -> list[Divergence]:
    """One contest with its winner and loser swapped between the claims; not where a claim tells both ways (a
    rematch: "beat Smith in May ... lost to Smith in June")."""
    results_a = _results(text_a, _with_names_untagged(text_a, fa.entities, fb.entities))
    results_b = _results(text_b, _with_names_untagged(text_b, fb.entities, fa.entities))
    if len(results_a) != 1 or len(results_b) != 1:
        return []
    (winner_a, loser_a, span_a), (winner_b, loser_b, span_b) = results_a[0], results_b[0]
    if same_name(winner_a, loser_b) and same_name(loser_a, winner_b) and not same_name(winner_a, winner_b):
        return [Divergence("contradiction", span_a, span_b,
                           f"The sources give the contest to opposite sides: {span_a!r} against {span_b!r}.")]
    return []


def _with_names_untagged(
    text: str, entities: tuple[EntityMention, ...], others: tuple[EntityMention, ...]
) -> tuple[EntityMention, ...]:
    """The claim's names, with the other claim's names written here that the tagger missed or cut short: "as
    Chile beat Argentina 2-1", where it tagged only "Chile"; "beat Yuki Tanabe", where it tagged "Yuki"."""
    kept, added = list(entities), list[EntityMention]()
    for other in others:
        written = _written(other.span.text, text)
        if written is None:
            continue
        # "Aiko Tanaka", where the tagger took only "Tanaka": the whole name
        cut_short = [e for e in kept if same_name(other.key, e.key) and written.start() <= e.span.start
                     and e.span.end <= written.end() and e.span.end - e.span.start < written.end() - written.start()]
        if any(same_name(other.key, e.key) for e in (*kept, *added) if e not in cut_short):
            continue
        overlapping = [e for e in kept if e.span.start < written.end() and written.start() < e.span.end]
        if all(written.start() <= e.span.start and e.span.end <= written.end() for e in overlapping):
            kept = [e for e in kept if e not in overlapping]
            added.append(EntityMention(Span(written.group(0), written.start(), written.end()), other.key, other.label))
    return (*kept, *added)


def _results(text: str, entities: tuple[EntityMention, ...]) -> list[tuple[str, str, str]]:
    """(winner key, loser key, the words from the first name to the second) for every two names with words of
    winning or losing between them."""
    found = []
    # not a nationality or a country's possessive that only describes the next name
    ordered = sorted((e for e in entities if e.label != "NORP" and not (
        e.label == "GPE" and re.match(r"['’]s\s+[A-Z]", text[e.span.end :]))), key=lambda e: e.span.start)
    for first, second in zip(ordered, ordered[1:], strict=False):
        between = _BETWEEN.match(text[first.span.end : second.span.start])
        if between is None or same_name(first.key, second.key):
            continue
        winner, loser = (first, second) if between.group("win") else (second, first)
        found.append((winner.key, loser.key, text[first.span.start : second.span.end]))
    # "Olga Stenn reached the final with a 6-3, 6-4 win over second seed Nadia Frey": the sentence opens with the
    # winner, and no other name stands before the win
    for win in _WIN_OVER.finditer(text):
        before = [e for e in ordered if e.span.end <= win.start()]
        after = [e for e in ordered if e.span.start >= win.end() and not re.search(
            r"[^\w\s-]|\b(?:and|with|in|at)\b", text[win.end() : e.span.start])][:1]
        if len(before) == 1 and before[0].span.start <= 4 and after and not same_name(before[0].key, after[0].key):
            found.append((before[0].key, after[0].key, text[before[0].span.start : after[0].span.end]))
    # "Kasper Holm of Denmark claimed the title, defeating India's Arjun Mehra": the first person or body the
    # claim names, before the participle, won
    for win in _DEFEATING.finditer(text):
        parties = [e for e in ordered if e.span.end <= win.start() and e.label in ("PERSON", "ORG")][:1]
        after = [e for e in ordered if e.span.start >= win.end() and not re.search(
            r"[^\w\s'’-]|\b(?:and|with|in|at)\b", text[win.end() : e.span.start])][:1]
        if parties and after and not same_name(parties[0].key, after[0].key):
            found.append((parties[0].key, after[0].key, text[parties[0].span.start : after[0].span.end]))
    return found


_WIN_OVER = re.compile(r"\b(?:win|victory|triumph)\s+over\b")
_DEFEATING = re.compile(r",\s+(?:defeating|beating|overcoming|edging(?:\s+out)?|ousting|unseating)\s+")


def doers_swapped(
    text_a: str, fa: Facts, text_b: str, fb: Facts, articles: tuple[str, str] = ("", "")
) -> list[Divergence]:
    """One act done one way only, with its doer and the party it is done to swapped: "Hartmann will acquire Dutch
    rival Solvex" / "Solvex will take over its German rival Hartmann", "Quillon is suing Datavale" / "Datavale is
    suing Quillon" (not "Masimo accused Apple of bullying", answering its suit). The party done to stands right
    after the act on both sides (not "will acquire Kelvin together with Blackstone", "buy the unit from Solvex",
    "buy Solvex's chemicals unit"), and neither claim tells the act both ways ("two months after being sued by
    Hartmann"), nor does either article (`articles`: "Vireo sued Kestrel in March; Kestrel responded by suing
    Vireo in April")."""
    # with the names the tagger missed on one side but tagged on the other ("Koelhuis, a logistics firm, has taken")
    fa, fb = (replace(fa, entities=_with_names_untagged(text_a, fa.entities, fb.entities)),
              replace(fb, entities=_with_names_untagged(text_b, fb.entities, fa.entities)))
    acts_a, acts_b = _one_way_acts(text_a, fa), _one_way_acts(text_b, fb)
    for act, doer_a, evidence_a, active_a in acts_a:
        for other_act, doer_b, evidence_b, active_b in acts_b:
            if act != other_act or not (active_a or active_b) or same_name(doer_a.key, doer_b.key):
                continue
            # done to the other's doer: named right after the act, or, passive, as its subject ("Quillon had been
            # sued by Datamesh")
            done_to_a = _done_to(text_a, evidence_a, doer_b) if active_a else _subject_end(fa, evidence_a, doer_b)
            done_to_b = _done_to(text_b, evidence_b, doer_a) if active_b else _subject_end(fb, evidence_b, doer_a)
            if done_to_a is None or done_to_b is None:
                continue
            if any(k == act and same_name(d.key, doer_b.key) for k, d, _, _ in acts_a) or any(
                k == act and same_name(d.key, doer_a.key) for k, d, _, _ in acts_b
            ):
                continue  # told both ways in one claim
            if _done_in_the_article(articles[0], act, doer_b.span.text, doer_a.span.text) or _done_in_the_article(
                articles[1], act, doer_a.span.text, doer_b.span.text
            ):
                continue  # each article tells the other's way too: a suit and a countersuit
            span_a = text_a[min(doer_a.span.start, evidence_a.start, done_to_a) : max(done_to_a, doer_a.span.end)]
            span_b = text_b[min(doer_b.span.start, evidence_b.start, done_to_b) : max(done_to_b, doer_b.span.end)]
            return [Divergence("contradiction", span_a, span_b,
                               f"The sources swap who does it to whom: {span_a!r} against {span_b!r}.")]
    return []


def _done_in_the_article(text: str, act: str, doer: str, done_to: str) -> bool:
    """The article says the doer did the act to the other party somewhere: "Kestrel responded by suing Vireo"."""
    if not text:
        return False
    verbs = _ACT_FORMS.get(act)
    if verbs is None:
        return False
    told = re.finditer(rf"\b{re.escape(doer)}\b(?P<before>(?:\W+\w+){{0,4}}?)\W+(?:{verbs})\b(?:\W+\w+){{0,4}}?\W+"
                       rf"{re.escape(done_to)}\b", text)
    # not told in the passive: "Chevron will be bought by Hess" is Hess buying
    return any(_PASSIVE_AUXILIARY.search(match.group("before")) is None for match in told)


_PASSIVE_AUXILIARY = re.compile(r"\b(?:be|been|being|is|are|was|were)\b", re.IGNORECASE)


_ACT_FORMS = {"sue": r"sue|sues|sued|suing|lawsuit|suit", "buy": r"buy|buys|bought|buying|acquire|acquires|acquired"}


# Acts done by one party to another, one way only ("take over" is buying too).
_ONE_WAY = frozenset({"buy", "sue"})
_TAKEN_OVER = re.compile(r"\s+over\b(?!\s+as\b)")  # not "will take over as chief executive"
_COMMON_NOUNS_TAKEN = frozenset({"carmaker", "automaker", "insurer", "lender", "retailer", "airline", "broadcaster",
                                 "miner", "chipmaker", "drugmaker", "brewer", "bank", "carrier", "startup", "operator"})
_STAKE_IN = re.compile(r"\s+(?:a|an|its|the)\s+(?:[\d.,]+\s*(?:%|per\s*cent|percent)\s+|majority\s+|minority\s+|"
                       r"controlling\s+)?(?:stake|holding|shareholding)\s+in\b")
_TO_COURT = re.compile(r"(?:\s+[\w'’&.-]+){1,7}?\s+to\s+court\b")
_SUIT_FILED = re.compile(r"\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:lawsuit|suit)\s+against\b")


def _one_way_acts(text: str, facts: Facts) -> list[tuple[str, EntityMention, Span, bool]]:
    """(act, its doer, the act's words, whether the doer is its subject) for every one-way act the claim affirms
    with a named doer: "German engineering group Hartmann will acquire" -> ("buy", Hartmann, ..., True); "being
    sued by Hartmann" -> ("sue", Hartmann, ..., False)."""
    found = []
    for predicate in facts.predicates:
        taken_over = predicate.lemma == "take" and _TAKEN_OVER.match(text, predicate.span.end) is not None
        suit = _SUIT_FILED.match(text, predicate.span.end) if predicate.lemma == "file" else None
        if suit is not None and not predicate.negated:  # "has filed a breach-of-contract lawsuit against Vireo"
            predicate = replace(predicate, lemma="sue")
        if predicate.lemma == "take" and _TO_COURT.match(text, predicate.span.end) and not predicate.negated:
            predicate = replace(predicate, lemma="sue")  # "has taken Norwegian fish farmer Havbruk Nord to court"
        if not (predicate.lemma in _ONE_WAY or taken_over) or predicate.negated:
            continue
        # the verb and its auxiliaries ("had been sued"), not the clause its evidence may run to
        auxiliaries = _AUXILIARIES.search(text[: predicate.span.start])
        start = max(predicate.evidence.start, auxiliaries.start() if auxiliaries else predicate.span.start)
        end = suit.end() if suit is not None else predicate.span.end
        act = Span(text[start:end], start, end)
        # done by its agent when passive ("is suing" is not), else by its subject's head name (not "Solvex
        # shareholders")
        by_agent = bool(predicate.agent) or (passive(predicate) and not predicate.span.text.lower().endswith("ing"))
        doer = predicate.agent if by_agent else predicate.subject
        doers = [e for e in facts.entities if doer and doer.endswith(e.span.text.lower().removeprefix("the "))
                 and (by_agent or e.span.end <= predicate.span.start)]
        if not doers and by_agent:  # "by its former partner Datamesh, which is seeking ...": the agent's first name
            doers = [e for e in facts.entities
                     if e.span.start >= predicate.span.end and e.span.text.lower() in doer][:1]
        elif not doers:  # "The software firm Quillon sued", its subject parsed as "firm": the name right before
            doers = [e for e in facts.entities if 0 <= act.start - e.span.end <= 2]
        if doers:
            found.append(("buy" if taken_over else predicate.lemma, doers[-1], act, not by_agent))
    return found


_AUXILIARIES = re.compile(r"(?:\b(?:has|have|had|been|being|was|were|is|are|be|will|would)\s+)+$", re.IGNORECASE)


# Words that put a name after the act in another role than the one it is done to: "together with", "from".
_NOT_DONE_TO = frozenset({"from", "with", "to", "as", "for", "in", "at", "by", "of", "and", "or", "alongside",
                          "together", "after", "before", "over", "than"})


def _done_to(text: str, act: Span, party: EntityMention) -> int | None:
    """Where the party's name ends when it stands right after the act as what is done to ("will acquire Dutch rival
    Solvex", "will take over its German rival Hartmann"), within five words and not as an owner ("Solvex's")."""
    after = text[act.end :]
    over = _TAKEN_OVER.match(after) or _STAKE_IN.match(after)  # "has bought a 30% stake in Ionica"
    skipped = over.end() if over else 0
    words = party.span.text.split()
    # or without the common noun the tagger took into the name: "Carmaker Velox" written "the carmaker Velox"
    named = _written(party.span.text, after[skipped : skipped + 80]) or (
        _written(" ".join(words[1:]), after[skipped : skipped + 80]) if len(words) >= 2 and words[0].lower() in
        _COMMON_NOUNS_TAKEN else None)
    if named is None or after[skipped + named.end() :].startswith(("'s", "’s")):
        return None
    between = re.findall(r"[\w'’&.-]+", after[skipped : skipped + named.start()])
    if len(between) > 5 or any(word.lower() in _NOT_DONE_TO for word in between):
        return None
    return act.end + skipped + named.end()


def _subject_end(facts: Facts, act: Span, party: EntityMention) -> int | None:
    """Where the party's name starts when it is the subject of a passive act, named just before it ("the software
    firm Quillon had been sued"), as the party done to."""
    named = [e for e in facts.entities if same_name(e.key, party.key) and 0 <= act.start - e.span.end <= 12]
    return named[-1].span.start if named else None


def _written(name: str, text: str) -> re.Match[str] | None:
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)


def roles_swapped(text_a: str, fa: Facts, text_b: str, fb: Facts) -> list[Divergence]:
    """Two names that swapped places in a sentence otherwise the same: the second claim, with the two names put
    back, reads as the first. Not names that stand together ("talks between France and Germany") or that an act
    joins both ways ("Trump met Zelensky")."""
    if fuzz.ratio(text_b, text_a) >= 95:
        return []  # the sentence reads alike as written
    named = _named_once(fb)
    if len(named) > _MOST_NAMES:
        return []  # a list of names, not two parties
    for x, y in combinations(named, 2):
        first, second = (x, y) if x.span.start < y.span.start else (y, x)
        a_first, a_second = _named_once_as(fa, first), _named_once_as(fa, second)
        if same_name(x.key, y.key) or a_first is None or a_second is None:
            continue
        if second.span.start < first.span.end or _SYMMETRIC.search(text_b[first.span.end : second.span.start]):
            continue
        if _ONES_OWN.fullmatch(text_b[first.span.end : second.span.start]):
            continue  # "Paolo Greco of Italy" / "Italy's Paolo Greco": one party, and where it is from
        put_back = (text_b[: first.span.start] + second.span.text + text_b[first.span.end : second.span.start]
                    + first.span.text + text_b[second.span.end :])
        if fuzz.ratio(put_back, text_a) >= 97:
            start, end = min(a_first.span.start, a_second.span.start), max(a_first.span.end, a_second.span.end)
            span_a, span_b = text_a[start:end], text_b[first.span.start : second.span.end]
            return [Divergence("contradiction", span_a, span_b,
                               f"The two parties are the other way round: {span_a!r} against {span_b!r}.")]
    return []


_MOST_NAMES = 12
_ONES_OWN = re.compile(r"['’]s?\s+|,?\s+(?:of|from)\s+(?:the\s+)?", re.IGNORECASE)


def _named_once(facts: Facts) -> list[EntityMention]:
    return [e for e in facts.entities if sum(same_name(e.key, o.key) for o in facts.entities) == 1]


def _named_once_as(facts: Facts, mention: EntityMention) -> EntityMention | None:
    same = [e for e in facts.entities if same_name(e.key, mention.key)]
    return same[0] if len(same) == 1 else None


# Words between two names that join them both ways: "France and Germany", "between", "Trump met Zelensky".
_SYMMETRIC = re.compile(r"(?<![\w-])(?:and|or|&|with|between|vs|versus|against|met|meet|meets|meeting|talks?|talked|"
                        r"spoke|speak|speaks|clash(?:ed|es)?|faced?|faces|play(?:ed|s)?|drew|draw|drawn|tied|married|"
                        r"merged?|merger|partnered|allied|plus|as well as)(?![\w-])|,|/", re.IGNORECASE)
