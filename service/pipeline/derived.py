"""Texts derived from another one in the comparison: a summary or a rewrite of it, and what it is held to.

A summary adds no facts of its own and restates its source however loosely it words it, so it is held to more
than an independent source: what its claims state that the source never does is a divergence (`foreign_details`),
and opposite words in it and its aligned source claim conflict at any similarity (`compare_pair(restates=True)`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from service.pipeline.align import much_shorter
from service.pipeline.antonyms import (
    ORDINALS,
    are_converses,
    are_opposites,
    both_ways,
    direction,
    move_opposite_ways,
    negates_by_prefix,
    opposite_kind,
    suspected_against_confirmed,
)
from service.pipeline.article_facts import TERM, ArticleFacts
from service.pipeline.credits import credited_so_elsewhere, credited_to_another, quoted_from_another
from service.pipeline.dates import TIME_WORDS, at_other_times, same_time
from service.pipeline.done_or_planned import SAYING_LEMMAS, status_against_source, unless_a_pronoun
from service.pipeline.framing import conviction_not_in_source, negated_uses, reports_a_dispute, stopped
from service.pipeline.names import (
    COMMON_ACRONYMS,
    a_common_noun_capitalised,
    adjectives_of,
    countries_called,
    cut_at_a_particle,
    joined_names_written,
    nationalities_joined,
    only_titles,
    person_key,
    place_key,
    same_name,
    spelled_out,
    without_accents,
    written,
    written_as_its_place,
    written_in_a_joined_name,
)
from service.pipeline.predicates import a_purpose, denies, passive, said_when, same_act
from service.pipeline.quantities import (
    WORD_NUMBERS,
    currency_code,
    in_units_alike,
    is_a_count,
    is_approximate,
    same_amount,
    within_rounding,
)
from service.pipeline.statuses import ATTEMPTED
from service.pipeline.summary_arithmetic import (
    a_multiplier_written,
    a_ratio_of_its_own,
    a_ratio_the_source_bears_out,
    a_year_of,
    worked_out_of_source,
)
from service.pipeline.surroundings import (
    a_season,
    a_state_against_an_act,
    an_age,
    content_after,
    crossed_things,
    describes_a_noun,
    figures_after,
    figures_moved,
    in_an_idiom,
    left_in_a_state,
    names_a_group,
    near,
    other_doers,
    said_of,
    said_the_other_way_of_it,
    same_neighbour,
    same_word_after,
    words_around,
)
from service.pipeline.types import Article, Claim, Divergence, EntityMention, Facts, Predicate, Quantity, Span


def derived_pairs(
    articles: Sequence[Article], claims: Sequence[Claim], groups: Sequence[Sequence[int]]
) -> set[tuple[int, int]]:
    """(derived, source) article pairs: a text at most half as long as another, almost every claim of which
    is aligned with a claim of that other text (half of them, for a text a quarter as long), summarises or
    rewrites it."""
    partners: dict[int, set[int]] = {}
    for members in groups:
        for i in members:
            partners.setdefault(i, set()).update(claims[j].article_index for j in members)
    found = set()
    for d, derived in enumerate(articles):
        mine = [i for i, c in enumerate(claims) if c.article_index == d and c.kind.informative]
        if not mine:
            continue
        for s, source in enumerate(articles):
            if s == d or not much_shorter(len(derived.text), len(source.text)):
                continue
            covered = sum(1 for i in mine if s in partners.get(i, set()))
            if covered >= (0.5 if 4 * len(derived.text) <= len(source.text) else 0.75) * len(mine):
                found.add((d, s))
    return found


@dataclass(frozen=True)
class Unsupported:
    """A detail of a derived text's claim that its source does not support, and why."""

    kind: str
    span: Span
    reason: str


def foreign_details(claim: Claim, derived: Facts, source: ArticleFacts) -> list[Unsupported]:
    """Names, amounts and identifiers in a claim of a derived text (a summary, a rewrite) that its source never
    states, and words whose opposite the source uses instead.

    A summary adds no facts of its own, so each is a divergence from the source; between independent sources
    the same thing is only a detail one of them has, which is why this applies to derived texts alone."""
    absent = "is not in the source this text summarises or rewrites."
    found: list[Unsupported] = []
    written_there: list[Span] = []  # names the source writes as they stand, or as their country's adjective
    for entity in derived.entities:
        if cut_at_a_particle(entity.span.text) or only_titles(entity.span.text, times=False) or (
            nationalities_joined(entity.span.text, source.text)  # "a Dutch-Chilean consortium"
        ):
            continue  # "von der" cut from "von der Leyen", "Principal" cut from a title: no name of its own
        bare = _bare(entity.span.text)
        joined, _, named = bare.partition(" ")  # "the Leeds-Manchester Pennine Express": a route and a name
        if "-" in joined and named and joined_names_written(joined, source.text) and written(named, source.text):
            written_there.append(entity.span)
            continue
        if written(bare, source.text) or joined_names_written(bare, source.text) or written_as_its_place(
            bare, source.text) or written_in_a_joined_name(bare, source.text) or _of_its_country(
            bare, source.text) or _country_named(entity, source) or (
            _possessive_of(bare, source.text)
        ) or (
            len(bare) >= 2 and bare.isupper() and bare.isalpha() and spelled_out(bare, source.text)  # "GAO", "GM"
        ):
            written_there.append(entity.span)
            continue
        if _written_in(source.text, entity.span.text) or _described_by_its_place(bare, source.text):
            continue  # "the Philippine Commission ...": its words are still judged one by one below
        if entity.span.start == 0 and a_common_noun_capitalised(
            claim.text, entity.span.start, entity.span.end, source.text
        ):
            continue  # "Drugstore chain Medway ...": a capital that only opens the sentence
        as_place = re.search(r"\b(?:in|at|near|outside|to|from|of)\s+(?:the\s+)?$", claim.text[: entity.span.start])
        if entity.span.text.lower() not in ("he", "she", "they") and not source.mentions(
            entity.key, as_actor=not as_place
        ):
            found.append(Unsupported("entity", entity.span, f"{entity.span.text!r} {absent}"))
    worked: list[Span] = []
    for amount in derived.quantities:
        rough = is_approximate(claim.text, amount)  # "about 400 votes" for the source's 412
        if amount.span.text.lower().startswith(("a ", "an ")):
            if source.states(amount, rough):
                worked.append(amount.span)  # "more than a thousand dockworkers" for "some 1,100"
            continue  # "a week": the source may write "a tumultuous week"; compared where aligned
        if _a_year_as_modifier(amount, source.text) or worked_out_of_source(amount, claim.text, derived, source):
            worked.append(amount.span)  # "from a £164 million estimate": "£287 million, £123 million more"
        elif not source.states(amount, rough) and not source.rounds(amount, claim.text) and not _bare_number_written(
            amount, source.text
        ) and not (
            a_year_of(amount, source) or _scale_in_plural(
                claim.text, amount.span.start, amount.span.start + len(amount.span.text.split()[0]), source.text)
        ):
            found.append(Unsupported("number", amount.span, f"{amount.span.text!r} {absent}"))
    # A name the source uses under the same key is judged above by what it stands for ("American" is the U.S.,
    # "Zelenskyy" is Zelensky), not by spelling; one that matched only loosely ("SARS-CoV-4") is judged here too.
    judged = [e.span for e in derived.entities if e.label in _PLACES or e.key in source.names]
    judged += [u.span for u in found] + written_there + worked
    judged += [d.span for d in derived.dates if source.dates_it(d)]  # "Oct. 18, 2023" for the source's "Wednesday"
    # "£2.26bn" is the source's "£2.26 billion", "nearly $400" its $395; the "4" of "SARS-CoV-4" is no amount of
    # its own.
    judged += [q.span for q in derived.quantities
               if (source.states(q) or source.rounds(q, claim.text))
               and ((claim.text[max(0, q.span.start - 1) : q.span.start] or " ") in " £$€("
                    or _HYPHENATED_BOUND.search(claim.text[: q.span.start]) is not None)]  # "a more-than-30-year low"
    judged += [q.span for q in derived.quantities if a_year_of(q, source)]
    kind_at = [("number", q.span) for q in derived.quantities] + [("date", d.span) for d in derived.dates]
    for kind, term in _foreign_terms(claim.text, source):
        if any(_overlap(span, term) for span in judged):
            continue
        kind = next((k for k, span in kind_at if _overlap(span, term)), kind)
        if kind == "entity" and term.text.lower() in TIME_WORDS:
            continue  # "between April and June": a month, and no date the source could state
        found.append(Unsupported(kind, term, f"{term.text!r} {absent}"))
    found += _opposed_to_source(claim, derived, source) or _moved_the_other_way(claim, derived, source)
    credit = credited_to_another(claim, derived, source) or quoted_from_another(claim, derived, source)
    if credit is not None:
        speaker, theirs = credit
        found.append(Unsupported("attribution", speaker.span,
                                 f"{speaker.span.text!r} is credited with what the source credits to {theirs!r}."))
    if not reports_a_dispute(claim.text):  # "Survivors say an exit was locked, but the owner denies it"
        found += _denied_against_source(claim.text, derived, source)
    convicted = conviction_not_in_source(claim.text, derived, source)
    if convicted is not None:
        found.append(Unsupported("status", convicted, f"{convicted.text!r}: the source reports a charge or a trial, "
                                                      "and no conviction."))
    otherwise = status_against_source(derived, source.facts)
    if otherwise is not None:
        done, planned = otherwise
        found.append(Unsupported("status", done.evidence, f"{done.evidence.text!r} is reported {done.status} where "
                                                          f"the source reports it {planned.status}: "
                                                          f"{planned.evidence.text!r}."))
    return found


def _denied_against_source(text: str, derived: Facts, source: ArticleFacts) -> list[Unsupported]:
    """A verb the derived claim denies that the source affirms of the same things, or the reverse, anywhere in
    the source: a summary sentence packs several source sentences, and its aligned one may not hold the verb
    ("snowfall had not limited the losses" against the source's "snowfall limited the losses"). The source's
    sentence agrees when it shares two of the words around the verb anywhere, and opposes only when it has
    them near its own use, or the verb acts on the same thing ("is considering an appeal"): "expects to finish
    [the retraining] by the end of the month" says nothing of pilots who flew "without finishing" training."""
    for mine in derived.predicates:
        if mine.lemma in _LIGHT_PREDICATES and not _with_a_particle(derived, mine):
            continue  # but "refused to take in the passengers" / "agreed to take in most of the passengers"
        uses = [p for p in derived.predicates if p.lemma == mine.lemma]
        # Used both ways ("raise parking rates, but ruled out raising property taxes"), each use is said of the
        # words around it only.
        both_ways = any(denies(p) != denies(mine) for p in uses)
        around = (_neighbours_of_use(derived, mine, text) if both_ways
                  else _neighbours(derived, mine.lemma)) - {mine.lemma} - _LIGHT_PREDICATES
        same, opposite = False, False
        for facts in source.facts:
            for theirs in facts.predicates:
                if theirs.lemma != mine.lemma or {"alleged", "open", "questioned"} & {theirs.status, mine.status}:
                    continue
                if _denied_of_everyone(facts, theirs, derived) and not denies(mine) and mine.status == "happened":
                    opposite = True  # "No one has been charged." / "prosecutors have charged the managers"
                    continue
                if _by_the_same_doer_alone(derived, mine, facts, theirs):
                    opposite = opposite or denies(theirs) != denies(mine)
                    same = same or denies(theirs) == denies(mine)
                    continue
                # each use of a verb the claim uses both ways is judged by its own neighbours
                on_the_same = not both_ways and (_on_the_same_by_its_doer(derived, mine, facts, theirs)
                                                 or _one_thing_named_alike(mine, theirs))
                if len(facts.content_lemmas & around) < 2 and not on_the_same:
                    continue  # said of the same things
                if _other_particles(derived, mine, facts, theirs):
                    continue  # "switched off" / "failed to switch back on": two acts
                if denies(theirs) == denies(mine) or said_when(theirs, mine):
                    same = True
                elif a_purpose(theirs) or a_purpose(mine):
                    continue  # "to support the numbers" says nothing of whether they did
                elif any(not denies(p) and p.status == "planned"
                         and ATTEMPTED.search(p.evidence.text.replace(p.span.text, "")) for p in (mine, theirs)):
                    continue  # "had tried for a year to recruit two dentists" / "failed to recruit two dentists"
                elif len(_neighbours(facts, theirs.lemma, _WIDE) & around) >= 2 or _acts_on_the_same(
                    derived, facts, mine.lemma
                ) or on_the_same:
                    opposite = True
        if opposite and not same:
            return [Unsupported("negation", mine.evidence,
                                f"{mine.evidence.text!r} where the source this text summarises says the opposite.")]
    return []


_PARTICLES = frozenset({"on", "off", "up", "down", "out", "back", "away"})


def _with_a_particle(facts: Facts, use: Predicate) -> bool:
    """A light verb made a verb of its own by its particle: "take in", "take over", "go ahead"."""
    words = [word.lower() for _, word in facts.surface]
    at = next((k for k, word in enumerate(words) if word == use.span.text.lower()), None)
    return at is not None and words[at + 1 : at + 2] in (["in"], ["over"], ["up"], ["ahead"], ["back"])


def _other_particles(first: Facts, one: Predicate, second: Facts, other: Predicate) -> bool:
    """The two uses take different particles: "switched off" / "switch back on", "set up" / "set off"."""
    def particles(facts: Facts, use: Predicate) -> set[str]:
        words = [word.lower() for _, word in facts.surface]
        at = next((k for k, word in enumerate(words) if word == use.span.text.lower()), None)
        if at is None:
            return set()
        following = [w for w in words[at + 1 : at + 4] if w not in ("it", "them", "him", "her")][:2]
        # the word right after the verb, or "back on": not "resigned on Friday" against "resign over"
        return {w for w in following[: 2 if following[:1] == ["back"] else 1] if w in _PARTICLES}
    mine, theirs = particles(first, one), particles(second, other)
    return bool(mine) and bool(theirs) and not mine & theirs


def _acts_on_nothing(facts: Facts, lemma: str) -> bool:
    """The verb ends its clause: "has not apologised.", "did not apologise, as ..."."""
    lemmas = [lem for lem, _ in facts.surface]
    if lemma not in lemmas:
        return False
    following = [word for _, word in facts.surface[lemmas.index(lemma) + 1 :]]
    return not following or not following[0][:1].isalnum() or following[0].lower() in _CLAUSE_OPENERS


_CLAUSE_OPENERS = frozenset({"and", "but", "as", "after", "before", "because", "while", "when", "since", "though"})


def _by_the_same_doer_alone(derived: Facts, mine: Predicate, source: Facts, theirs: Predicate) -> bool:
    """The derived claim's verb acts on nothing ("Whitfield has not apologised"), and the source's use is by the
    same doer, as its subject or named before it ("Whitfield said ... he accepted some of the findings and
    apologised to the swimmers")."""
    if not _acts_on_nothing(derived, mine.lemma) or not mine.subject or not (
        theirs.status == "happened" or (theirs.status == mine.status == "planned" and all(
            _WILL.search(p.evidence.text) for p in (mine, theirs)))
    ):
        return False  # not "still needs to be confirmed" against "has yet to be confirmed"; "would (not) appeal"
    doer = set(unless_a_pronoun(mine.subject, derived).split())
    if doer & set(theirs.subject.split()):
        return True
    # or named before the verb, as its subject stands, where the parser gave it another ("Chief executive Dr Amara
    # Okafor said the backlog was unacceptable and apologised"), not "apologised to the executive"
    lemmas = [lemma for lemma, _ in source.surface]
    at = lemmas.index(theirs.lemma) if theirs.lemma in lemmas else 0
    return bool(doer & set(lemmas[:at]) & source.content_lemmas)


_WILL = re.compile(r"\b(?:will|would|wo|'ll)\b", re.IGNORECASE)  # a plan, not "needs to" or "has yet to"


def _neighbours_of_use(facts: Facts, use: Predicate, text: str, reach: int = 4) -> set[str]:
    """The content words within `reach` words of this use of a verb in the claim's `text` (the word as written,
    found among the claim's words written the same: "an increase ... would not increase" is the verb)."""
    rank = len(re.findall(rf"\b{re.escape(use.span.text)}\b", text[: use.span.start]))
    at = [k for k, (_, word) in enumerate(facts.surface) if word == use.span.text]
    if rank >= len(at):
        return _neighbours(facts, use.lemma, reach)
    window = facts.surface[max(0, at[rank] - reach) : at[rank] + reach + 1]
    return {other for other, _ in window if other in facts.content_lemmas}


_HYPHENATED_BOUND = re.compile(r"\b(?:than|over|under|nearly|almost|about)-$", re.IGNORECASE)


def _denied_of_everyone(facts: Facts, use: Predicate, derived: Facts) -> bool:
    """"No one has been charged.", "No one has been charged over the fire, police said": the act denied of anyone
    at all, and of nothing the derived claim does not name too."""
    if not _NO_ONE.match(use.evidence.text) or not denies(use):
        return False
    words = [(lemma, word) for lemma, word in facts.surface]
    at = next((k for k, (_, word) in enumerate(words) if word == use.span.text), len(words))
    clause = []
    for lemma, word in words[at + 1 :]:
        if not word[:1].isalnum():
            break
        clause.append(lemma)
    return set(clause) & facts.content_lemmas <= derived.content_lemmas


_NO_ONE = re.compile(r"(?:no\s+one|nobody|no-one)\b", re.IGNORECASE)


def _on_the_same_by_its_doer(derived: Facts, mine: Predicate, source: Facts, theirs: Predicate) -> bool:
    """The source's use acts on what the derived claim's does, done by the same doer or one the source names by
    what it is: "The company has not admitted liability." / "operator Rodovias do Centro has admitted liability"."""
    if passive(theirs) and not theirs.agent and not passive(mine):  # "watering gardens will be banned" / "did not
        # ban garden watering": the passive's subject is what the other acts on
        return bool(set(theirs.subject.split()) & set(content_after(derived, mine.lemma)[:2]))
    doer = theirs.subject.split()[-1] if theirs.subject else ""
    by_it = doer in _BODIES_BY_WHAT_THEY_ARE or bool(set(theirs.subject.split()) & set(mine.subject.split()))
    return by_it and _acts_on_the_same(derived, source, mine.lemma)


def _one_thing_named_alike(mine: Predicate, theirs: Predicate) -> bool:
    """Both say with the same noun what one subject is: "the closure ... was a factor" / "the closure was not a
    factor"."""
    named = all(_COPULA.match(p.evidence.text) for p in (mine, theirs))
    pronouns = {"it", "this", "that", "they", "he", "she"}
    return named and bool(set(mine.subject.split()) & set(theirs.subject.split()) - pronouns)


_COPULA = re.compile(r"(?:is|are|was|were|be|been|being|'s|'re)\b", re.IGNORECASE)

_BODIES_BY_WHAT_THEY_ARE = frozenset({"company", "firm", "group", "operator", "government", "ministry", "agency",
                                      "bank", "council", "club", "team", "union", "airline", "carmaker", "insurer",
                                      "lender", "retailer", "utility", "university", "hospital", "school", "board"})


def _acts_on_the_same(derived: Facts, source: Facts, lemma: str) -> bool:
    """One of the first two content words after the verb is the same in both: "is not considering an appeal" /
    "said it is considering an appeal", "would not match the prices" / "would match Hartwell's prices"."""
    return bool(set(content_after(derived, lemma)[:2]) & set(content_after(source, lemma)[:2]))


_LIGHT_PREDICATES = frozenset({"be", "have", "do", "say", "make", "get", "go", "take"})


def stated_elsewhere(
    divergence: Divergence,
    derived_side: str,
    derived: Facts,
    source: ArticleFacts,
    closer: Sequence[Facts],
    aligned: Sequence[Facts],
    derived_article: ArticleFacts,
    derived_text: str = "",
) -> bool:
    """The derived claim's amount or date in a number or date divergence is one its source states of the same
    things in another claim, or in a claim closer to it than the one it diverges from: "third-quarter revenue
    of $4.82 billion" is not wrong for being grouped with the source's "full-year revenue of $18.9 billion".
    A figure moved to other things ("19 burn injuries" for the source's "19 reports") is still wrong: the
    words around it differ, and its own claim is not the closest.

    Nor is it wrong where each side's amount is one the other text states too, said of other things, when the
    two texts cut the story at different places ("approved a $61 million increase ...; bills will rise $5.40"
    grouped with the source's "will add about $5.40 a month"); two amounts swapped in the same words ("raise
    its revenue by $146 million" for "$61 million", "a bottle of 1945 Domaine" for "of 1929 Domaine") still are.

    `derived_text`: the derived claim's text. `closer`: the source's claims scored closer to the derived claim than
    the one it diverges from; `aligned`:
    the others aligned with it, each of which a summary's sentence may restate in part ("38% ... reached
    remission" beside the lead's "shares rose 41%"), where an amount need share only one word around it (the
    summary words it otherwise), unless the two figures that diverge stand in the same words: then one was put
    in the other's place ("a 72% stake" for the source's "a 60% stake", where that claim is the summary
    claim's best match)."""
    text = divergence.a if derived_side == "a" else divergence.b
    theirs_text = divergence.b if derived_side == "a" else divergence.a
    if divergence.kind == "status":
        return _done_as_the_source_says_elsewhere(text, theirs_text, derived, source)
    if divergence.kind == "attribution":
        return credited_so_elsewhere(text, derived, source)
    diverging = [f for f in source.facts if any(q.span.text == theirs_text for q in f.quantities)
                 or any(d.span.text == theirs_text for d in f.dates)]
    naming = [f for f in source.facts if any(e.span.text == theirs_text for e in f.entities)]
    if any(_states(facts, divergence.kind, text, derived)
           for facts in _figures_taken_from(derived, source, diverging + naming)):
        return True  # "New York cocoa futures dropped 6.2% to $5,140", grouped with the source's London clause
    # Amounts in the same words, where the claim it diverges from is its best match.
    if divergence.kind == "number" and _stated_alike(text, derived, source, diverging, theirs_text):
        return True
    old = [f for f in diverging if _of_an_earlier_year(f, source, derived)]
    if divergence.kind == "number" and old and any(
        _stated_of_the_news(q, derived, f, old[0], source) for q in derived.quantities if q.span.text == text
        for f in source.facts
    ):
        return True  # "a magnitude 6.8 earthquake" grouped with the source's "devastated in June 2001 by a
        # magnitude 8.4 earthquake", where the source states the 6.8 of this week's earthquake
    if divergence.kind == "number" and _counted_as_the_source_counts(text, derived, source, diverging, theirs_text):
        return True
    in_the_same_words = not closer and any(
        same_neighbour(derived, text, facts, theirs_text) if divergence.kind == "number"
        else divergence.kind == "date" and same_word_after(derived, text, facts, theirs_text) for facts in diverging
    )

    def near_enough(mine: str, facts: Facts, theirs: str) -> bool:
        if any(c is facts for c in closer):
            return True
        if in_the_same_words:  # a figure put in the other's place
            return False
        loosely = divergence.kind == "number" and any(c is facts for c in aligned)
        return said_of(derived, mine, facts, theirs, least=1 if loosely else 2)

    if divergence.kind == "number" and any(
        worked_out_of_source(q, derived_text, derived, source) for q in derived.quantities if q.span.text == text
    ):
        return True  # "will rise by 14,000 pesos" for the source's "35,000 pesos ..., up from 21,000 pesos"
    if divergence.kind == "number":
        source_quantities = [q for f in source.facts for q in f.quantities]
        if _stated_among(text, derived.quantities, source.amounts) and _stated_among(
            theirs_text, source_quantities, derived_article.amounts
        ) and not in_the_same_words:
            return True
        return any(
            (same_amount(q, theirs) or _rounds(derived_text, q, theirs))
            and (in_units_alike(q, theirs) or not q.unit)  # "41 people", not "Rath, 41,"
            and near_enough(q.span.text, facts, theirs.span.text)
            for q in derived.quantities if q.span.text == text
            for facts in source.facts for theirs in facts.quantities
        )
    if divergence.kind == "date":
        return any(
            same_time(d, theirs)
            and near_enough(d.span.text, facts, theirs.span.text)
            for d in derived.dates if d.span.text == text
            for facts in source.facts for theirs in facts.dates
        )
    if divergence.kind == "entity":  # "a bottle of 1929 Domaine des Carrelets" against an older record's
        # "Romanee-Conti", where the source's claim closest to the summary's names the estate in the same words
        # (not "Judge Paul Chen" for the source's "Reed's lawyer, Paul Chen")
        return any(same_name(mine.key, theirs.key) and same_neighbour(derived, mine.span.text, facts, theirs.span.text)
                   for mine in derived.entities if mine.span.text == text
                   for facts in closer for theirs in facts.entities)
    return False


def _done_as_the_source_says_elsewhere(evidence: str, diverging: str, derived: Facts, source: ArticleFacts) -> bool:
    """The derived claim reports an act in the status another source claim gives it, of the same things, said of
    more of them than the use it diverges from: "paid the fine in full, the regulator said" grouped with "was given
    30 days to pay the fine", where the source goes on "It paid the fine in full on Monday, the regulator said"
    (not "has raised the price of its ad-free plan" for "will raise the price of its ad-free plan", beside the
    source's "last raised U.S. prices")."""
    uses = [p for p in derived.predicates if p.evidence.text and p.evidence.text in evidence
            and p.lemma not in SAYING_LEMMAS | {"allege", "claim", "accuse", "argue", "suspect"}]

    def shared(facts: Facts, theirs: Predicate, mine: Predicate) -> int:
        return len(_neighbours(facts, theirs.lemma) & _neighbours(derived, mine.lemma) - {mine.lemma})

    for mine in uses:
        against = max((shared(facts, theirs, mine) for facts in source.facts for theirs in facts.predicates
                       if theirs.lemma == mine.lemma and theirs.evidence.text == diverging), default=0)
        if any(theirs.lemma == mine.lemma and theirs.status == mine.status and denies(theirs) == denies(mine)
               and shared(facts, theirs, mine) >= max(_SAID_ALIKE, against + 1)
               and not _an_earlier_time(facts, theirs) and not at_other_times(derived.dates, facts.dates)
               for facts in source.facts for theirs in facts.predicates):
            return True
    return False


_SAID_ALIKE = 2  # words around the verb besides the verb
_EARLIER = frozenset({"last", "previously", "earlier", "once"})


def _an_earlier_time(facts: Facts, use: Predicate) -> bool:
    """"Cinevia ... last raised U.S. prices": an earlier act of the same kind."""
    words = [word.lower() for _, word in facts.surface]
    return any(k and words[k - 1] in _EARLIER for k, word in enumerate(words) if word == use.span.text.lower())


def _figures_taken_from(derived: Facts, source: ArticleFacts, diverging: Sequence[Facts]) -> list[Facts]:
    """The source's claims that state two or more of the derived claim's amounts, and share as many of its words
    as the claims it diverges from: the claims it was written from (not "exports fell 8% to 3,000 units" for
    "Sales rose 8% to 3,000 units", where the source's sales rose to 12,000)."""
    rival = max((len(derived.content_lemmas & f.content_lemmas) for f in diverging), default=0)
    return [facts for facts in source.facts
            if sum(any(same_amount(q, theirs) and q.unit == theirs.unit for theirs in facts.quantities)
                   for q in derived.quantities) >= 2 and len(derived.content_lemmas & facts.content_lemmas) >= rival]


def _states(facts: Facts, kind: str, text: str, derived: Facts) -> bool:
    """The source's claim states the derived claim's amount, date or name written `text`."""
    if kind == "number":
        return any(same_amount(q, theirs) and q.unit == theirs.unit
                   for q in derived.quantities if q.span.text == text for theirs in facts.quantities)
    if kind == "date":
        return any(same_time(d, theirs) for d in derived.dates if d.span.text == text for theirs in facts.dates)
    if kind == "entity":
        return any(same_name(e.key, theirs.key)
                   for e in derived.entities if e.span.text in (text, f"the {text}") for theirs in facts.entities)
    return False


def _stated_of_the_news(amount: Quantity, derived: Facts, stating: Facts, old: Facts, source: ArticleFacts) -> bool:
    """The source states the derived claim's amount in a claim of its own time, which shares more of the derived
    claim's words than the earlier year's claim does, and the derived claim shares no amount with that one ("a
    magnitude 8.4 earthquake that killed 12 people" mixes the two)."""
    stated = any(amount.value == theirs.value and (amount.unit == theirs.unit or not amount.unit or not theirs.unit)
                 for theirs in stating.quantities)  # "four" / "four horses"
    mixed = any(same_amount(q, theirs) for q in derived.quantities for theirs in old.quantities)
    closer = len(derived.content_lemmas & stating.content_lemmas) > len(derived.content_lemmas & old.content_lemmas)
    return stated and not mixed and closer and not _of_an_earlier_year(stating, source, derived)


def _of_an_earlier_year(facts: Facts, source: ArticleFacts, derived: Facts) -> bool:
    """The source's claim is dated in a year at least two before the source's own, which the derived claim does
    not name: background, not the news."""
    if source.published is None:
        return False
    years = {d.year or (d.day.year if d.day else None) for d in facts.dates if not d.year_guessed}
    earlier = {y for y in years if y is not None and y <= source.published.year - 2}
    named = {d.year or (d.day.year if d.day else None) for d in derived.dates}
    return bool(earlier) and not earlier & named


def _rounds(text: str, amount: Quantity, theirs: Quantity) -> bool:
    """"nearly three-quarters" for the source's 72%."""
    return is_approximate(text, amount) and same_amount(amount, theirs, tolerance=0.15) and within_rounding(
        amount, theirs)


_WIDE = 10


def _stated_alike(
    text: str, derived: Facts, source: ArticleFacts, diverging: Sequence[Facts], theirs_text: str
) -> bool:
    """The source states the derived claim's amount itself amid more of the words around it than the amount
    it diverges from: "they say they are owed $412,000 in pay" is the source's "say they have not been paid
    ... and are owed a combined $412,000", not its "a fuel supplier owed about $640,000"; "owed $640,000 in
    wages" would be the other way round. Ten words either side: a figure's verb may stand well before it."""
    around = words_around(derived, text, _WIDE)
    rival = max((len(around & words_around(f, theirs_text, _WIDE)) for f in diverging), default=0)
    return any(
        len(around & words_around(facts, theirs.span.text, _WIDE)) > rival
        for mine in derived.quantities if mine.span.text == text
        for facts in source.facts for theirs in facts.quantities
        if same_amount(mine, theirs) and (mine.unit == theirs.unit or not (mine.unit and theirs.unit))
    )


def _counted_as_the_source_counts(
    text: str, derived: Facts, source: ArticleFacts, diverging: Sequence[Facts], theirs_text: str
) -> bool:
    """The source counts the derived claim's things by the same figure and noun, and the figure it diverges from
    counts other things: "can serve about 350,000 residents" is the source's "enough for about 350,000 residents",
    not its "a mining hub of about 425,000 people"."""
    rivals = [q for f in diverging for q in f.quantities if q.span.text == theirs_text]
    return bool(rivals) and any(
        is_a_count(mine) and all(rival.unit != mine.unit for rival in rivals)
        and any(same_amount(mine, q) and q.unit == mine.unit for q in source.amounts)
        for mine in derived.quantities if mine.span.text == text
    )


def _scale_in_plural(text: str, start: int, end: int, source_text: str) -> bool:
    """"several hundred guests" for the source's "hundreds of guests" (not "a hundred", nor "hundreds of
    thousands of people", nor "thousands of homes" for "a few thousand people"): the scale word at
    text[start:end], after a vague word, and the noun after it, which the source writes after the plural."""
    scale = text[start:end].lower()
    vague = re.search(r"\b(?:several|a\s+few|few|some|many)\s+$", text[:start], re.IGNORECASE)
    noun = re.match(r"\s+(?:of\s+)?([a-z]+)", text[end:])
    if vague is None or scale not in _SCALES or noun is None:
        return False
    stem = noun.group(1)[:4]
    return re.search(rf"\b{scale}s\s+of\s+(?:\w+\s+)?{stem}", source_text, re.IGNORECASE) is not None


_SCALES = frozenset({"dozen", "hundred", "thousand", "million", "billion"})


def _stated_among(text: str, quantities: Sequence[Quantity], amounts: Sequence[Quantity]) -> bool:
    """The amount written as `text` among `quantities` is one of `amounts`, in the same unit or with one unit
    left unsaid ("all but around 9,400" for "9,400 customers")."""
    return any(
        same_amount(q, other) and (q.unit == other.unit or not (q.unit and other.unit))
        for q in quantities if q.span.text == text
        for other in amounts
    )


def _of_manner(lemmas: frozenset[str]) -> frozenset[str]:
    return frozenset(lemma for lemma in lemmas if lemma.endswith("ly") and len(lemma) > 5)


# Verbs that give a thing up as well as lower a figure: "cut the scheme", "dropped its bid" ("opposes the project"
# gives nothing up).
_CUTTING = frozenset({"cut", "drop", "scrap", "reduce", "lower", "trim", "slash", "abandon", "shelve"})


def _doer_in_source(lemma: str, source: ArticleFacts) -> bool:
    """The source names those who do the act: "supporter" for "support", "voter" for "vote"."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    return any(doer in source.lemmas for doer in (stem + "er", stem + "or"))


# What one drops, cuts or scraps when one gives it up rather than lowers it.
_GIVEN_UP = re.compile(
    r"\s+(?:(?:the|its|their|his|her|a|an|this|that|any)\s+)?(?:[\w-]+\s+)?(?:plans?|proposals?|bids?|case|charges?|"
    r"lawsuits?|suits?|claims?|demands?|ideas?|policy|policies|requirements?|rules?|appeals?|objections?|"
    r"investigations?|probes?|talks|deal|project|scheme)\b", re.IGNORECASE)


def _abandons(word: str, text: str) -> bool:
    """The word gives something up ("drop the plan", "dropped its bid", "cut the scheme"): not a figure moving."""
    return any(_GIVEN_UP.match(text, m.end()) for m in re.finditer(rf"\b{re.escape(word)}\b", text))


def _opposed_to_source(claim: Claim, derived: Facts, source: ArticleFacts) -> list[Unsupported]:
    """A word the source never uses whose opposite it does: "increase" against the source's "decline", which
    may stand in another claim than the one the summary's claim aligned with."""
    found: list[Unsupported] = []
    # Content words and adverbs of manner ("moved too slowly") only: "more", "after" or "up" stand somewhere in
    # every source.
    source_words = sorted({*source.content_lemmas, *_of_manner(source.lemmas)})
    own_words = derived.content_lemmas | _of_manner(derived.lemmas)
    for lemma, word in derived.surface:
        if lemma not in own_words or word.lower() in source.words or lemma in source.lemmas:
            continue
        if same_act(lemma) != lemma and same_act(lemma) in source.lemmas:
            continue  # "will be shut" where the source writes "would close"
        uses = [p.negated for p in derived.predicates if p.lemma == lemma] or negated_uses(derived, lemma)
        if any(uses):
            continue  # "did not notice the intrusion" says what the source's "went unnoticed" does
        if _doer_in_source(lemma, source):
            continue  # "53.8% support" where the source speaks of the measure's "supporters"
        if word.lower() in _PREPOSITION_LIKE or _before_a_time(word, claim.text):
            continue  # "a coalition including Britain", "beginning Oct. 10": no verb of including or beginning
        if an_age(derived, lemma):
            continue  # "29-year-old": an age, against nothing the source calls young
        if (direction(lemma) or lemma in _CUTTING) and _abandons(word, claim.text):
            continue  # "would not drop the plan": no figure falls
        if both_ways(lemma, derived.lemmas) or a_season(derived, lemma) or in_an_idiom(derived, lemma):
            continue  # "reducing library hours and increasing water rates": two things moved two ways
        # The source's opposite counts where it says the opposite: not "without including", "preventing the
        # signing" (which say what "excluded" and "unsigned" say).
        # an adverb of manner against another only: "too slowly" / "too quickly", not "publicly" / "private"
        candidates = source_words if lemma in derived.content_lemmas else sorted(_of_manner(source.lemmas))
        opposite = next((other for other in candidates if are_opposites(lemma, other)
                         and not suspected_against_confirmed(lemma, other)
                         and any(_plainly(f, other) and _said_of_the_same(f, other, derived, lemma)
                                 and not an_age(f, other)
                                 and not crossed_things(f, other, derived, lemma)
                                 and not left_in_a_state(f, other, derived, lemma)
                                 and not _only_before_a_time(f, other, source.text)
                                 and not (negates_by_prefix(lemma, other)
                                          and a_state_against_an_act(f, other, derived, lemma))
                                 and not (are_converses(lemma, other) and other_doers(derived, lemma, f, other))
                                 for f in source.facts)), None) or next((
            other for other in source.content_lemmas if move_opposite_ways(lemma, other)
            and any(_plainly(f, other) and _moves_the_same_figure(f, other, derived, lemma) for f in source.facts)
        ), None)
        if opposite is not None and opposite_kind(lemma, opposite)[0] == "status" and describes_a_noun(derived, lemma):
            continue  # "Riverton's proposed sale" names the sale the source says was approved
        if opposite is not None and any(said_the_other_way_of_it(f, opposite, derived, lemma) for f in source.facts
                                        if opposite in f.lemmas):
            continue  # "imports from China saw a 5% decrease" / "exports increased 5% while imports fell 5%"
        if opposite is not None:
            found.append(_said_otherwise(claim, word, opposite, opposite_kind(lemma, opposite)[0]))
            break
    return found


def _moved_the_other_way(claim: Claim, derived: Facts, source: ArticleFacts) -> list[Unsupported]:
    """A figure the derived claim moves one way and the source, said of the same things, only the other ("its
    revenue rose 8 percent" / "revenue fell 8 percent", "up from 61 percent" / "down from 61 percent"), whether
    or not the source uses the derived claim's word elsewhere."""
    surface = [lem for lem, _ in derived.surface]
    for k, (lemma, word) in enumerate(derived.surface):
        way = direction(lemma) if surface[k + 1 : k + 2] != ["to"] or lemma not in ("up", "down") else 0  # "up to"
        moved = figures_moved(derived, lemma) if way else set()
        if moved and both_ways(lemma, derived.lemmas):
            # Moved two ways, each of its own figure ("pushed its profit down 27%, sending its shares up 5.2%"):
            # only a figure no word of the other way moves is held to the source.
            other_way = set().union(*(figures_moved(derived, o) for o in derived.lemmas if direction(o) == -way))
            moved = moved - other_way if other_way else set()
        if not moved:
            continue
        same_way = against = None
        for facts in source.facts:
            for other in {lem for lem, _ in facts.surface if direction(lem)}:
                nearby = figures_after(facts, other, reach=4) | figures_moved(facts, other)
                if direction(other) == way and nearby & moved:
                    same_way = other  # "fell by nearly 14%" for "dropped almost 14%"
                elif direction(other) == -way and figures_moved(facts, other) & moved and _plainly(facts, other) and (
                    _moves_the_same_figure(facts, other, derived, lemma)
                ):
                    against = other
        if against is not None and same_way is None:
            return [_said_otherwise(claim, word, against, "contradiction")]
    return []


def _said_otherwise(claim: Claim, word: str, theirs: str, kind: str) -> Unsupported:
    """The derived claim's word, where its source says `theirs` instead."""
    at = re.search(rf"\b{re.escape(word)}\b", claim.text)
    start = at.start() if at else claim.text.find(word)
    return Unsupported(kind, Span(word, start, start + len(word)),
                       f"{word!r} where the source this text summarises says {theirs!r}.")


def _neighbours(facts: Facts, lemma: str, reach: int = 6) -> set[str]:
    """The content words within `reach` words of a use of `lemma`: what the word is said of ("a decline in
    vaccine sales"), so that the source's opposite counts only where it is said of the same things."""
    return near(facts, lambda other, _: other == lemma, reach)


def _said_of_the_same(source: Facts, opposite: str, derived: Facts, lemma: str) -> bool:
    """Most of what the source's word is said of is in the derived claim too, or two of those words stand near
    its own word: "Desert Crest denied the allegations" / "... the company admitted the allegations"."""
    theirs = _neighbours(source, opposite) - {opposite, lemma}
    if len(theirs & _neighbours(derived, lemma)) >= 2 or _moves_the_same_figure(source, opposite, derived, lemma):
        return True
    if _after_a_copula(source, opposite) and _after_a_copula(derived, lemma) and len(
        _neighbours(source, opposite, 10) & _neighbours(derived, lemma, 10) - {opposite, lemma}
    ) >= 3:
        return True  # "Prosecutors concluded last month that the fire was accidental" / "a fire that prosecutors
        # concluded was deliberate"
    if _opposite_acts_on_the_same(source, opposite, derived, lemma):
        return True  # "PVMBG raised the alert to its highest level" / "Indonesia lowered the alert"
    mine = _amounts_at(derived, lemma)
    if any(same_amount(x, y) and x.unit == y.unit for x in _amounts_at(source, opposite) for y in mine) and not any(
        same_amount(x, y) and x.unit == y.unit
        for other in source.lemmas if other != opposite and (other == lemma or are_opposites(other, opposite))
        for x in _amounts_at(source, other) for y in mine
    ):
        return True  # "a pre-tax loss of £22.4 million" / "made a profit of more than £22 million"; not where the
        # source moves another thing by the amount the derived claim's way ("exports rose 5% while imports fell 5%")
    return len(theirs & derived.content_lemmas) >= max(2, 0.6 * len(theirs))


def _opposite_acts_on_the_same(source: Facts, opposite: str, derived: Facts, lemma: str) -> bool:
    """Both words are verbs whose object is the same word, right after them: "raised the alert" / "lowered the
    alert"; a proposal and an adoption by no other doer ("the mayor proposed a budget" / "the council adopted a
    budget" is one budget's course)."""
    thing = content_after(source, opposite)[:1]
    verbs = all(any(p.lemma == word for p in facts.predicates)
                for facts, word in ((source, opposite), (derived, lemma)))
    return verbs and bool(thing) and thing == content_after(derived, lemma)[:1] and not (
        opposite_kind(lemma, opposite)[0] == "status" and other_doers(source, opposite, derived, lemma))


def _after_a_copula(facts: Facts, lemma: str) -> bool:
    """Every use of the word follows "is", "was" or "be": "the fire was accidental"."""
    lemmas = [other for other, _ in facts.surface]
    uses = [k for k, other in enumerate(lemmas) if other == lemma]
    return bool(uses) and all(k > 0 and lemmas[k - 1] in ("be", "become", "remain") for k in uses)


def _amounts_at(facts: Facts, lemma: str) -> list[Quantity]:
    """The amounts written within five words after a use of the word ("a loss of more than £22 million") or
    three before it ("a 30 per cent reduction")."""
    uses = [k for k, (other, _) in enumerate(facts.surface) if other == lemma]
    before = {word for word, k in facts.numerals if any(0 <= at - k <= 3 for at in uses)}
    written = figures_after(facts, lemma, reach=5) | before
    return [q for q in facts.quantities if written & set(re.findall(r"\d[\d.,]*\d|\d", q.span.text))]


def _moves_the_same_figure(source: Facts, opposite: str, derived: Facts, lemma: str) -> bool:
    """A word near the two and the same figure right after both: "shares tumbled 14%" / "its shares rose 14%"."""
    theirs = _neighbours(source, opposite) - {opposite, lemma}
    return bool(theirs & _neighbours(derived, lemma)) and bool(
        figures_moved(source, opposite) & figures_moved(derived, lemma)) and not other_doers(
        derived, lemma, source, opposite)


def _plainly(facts: Facts, lemma: str) -> bool:
    """The claim uses the word, not after a negation, a verb that stops it or one that denies it ("failed to
    detect")."""
    uses = negated_uses(facts, lemma)
    return bool(uses) and not all(uses) and not stopped(facts, lemma) and not any(
        p.lemma == lemma and p.negated for p in facts.predicates
    ) and not names_a_group(facts, lemma)  # "the surviving workers" say nothing of those who died


_PREPOSITION_LIKE = frozenset({"including", "following", "according", "regarding", "concerning", "excluding"})


def _before_a_time(word: str, text: str) -> bool:
    """"beginning Oct. 10", "starting next week": the word only says from when."""
    if word.lower() not in ("beginning", "starting"):
        return False
    after = re.search(rf"\b{re.escape(word)}\s+(?:on\s+|in\s+)?(\w+)", text)
    return after is not None and (after.group(1).lower() in _TIME_STARTS or after.group(1).isdigit())


def _only_before_a_time(facts: Facts, lemma: str, text: str) -> bool:
    """Every use of the word in the claim says from when: the source's "beginning April 1" against "end"."""
    uses = [word for other, word in facts.surface if other == lemma]
    return bool(uses) and all(_before_a_time(word, text) for word in uses)


_TIME_STARTS = TIME_WORDS | {"next", "this", "today", "tomorrow", "tonight", "immediately", "early", "late"}


def _a_year_as_modifier(amount: Quantity, text: str) -> bool:
    """"the 1931-built dam" where the source writes the year ("completed in 1931")."""
    year = re.fullmatch(r"((?:18|19|20)\d{2})-[A-Za-z]+", amount.span.text)
    return year is not None and re.search(rf"\b{year.group(1)}\b", text) is not None


def _bare_number_written(amount: Quantity, text: str) -> bool:
    """A number with nothing counted that the source writes as it stands, maybe inside a score or a range
    ("7-6 (5)", "6-4"), which spaCy does not always read as amounts."""
    return not amount.unit and re.search(rf"(?<![\d.,]){re.escape(amount.span.text)}(?!\d|[.,]\d)", text) is not None


def _written_in(text: str, name: str) -> bool:
    """The source writes the name as it stands, maybe as part of a longer one: "Calder" in "Calder City Council",
    "Desert Crest" in "Desert Crest Residential LLC"."""
    bare = _bare(name)
    if written(bare, text) or _of_its_country(bare, text):
        return True
    # "the Philippine Commission on Elections": a country's adjective before a name the source writes
    first, _, rest = bare.partition(" ")
    if bool(rest) and first[:1].isupper() and _stem_written(first, text) and _written_in(text, rest):
        return True
    # "Kestrel Mutual Bank CFO Sipho Ndlovu": a body and a person the source names, with a title between them
    words_of = bare.split()
    for at, word in enumerate(words_of[1:-1], 1):
        title = only_titles(word, times=False) or (word.isupper() and spelled_out(word, text))
        if title and _written_in(text, " ".join(words_of[:at])) and _written_in(text, " ".join(words_of[at + 1 :])):
            return True
    # "Domaine des Carrelets Burgundy": the source's "Domaine des Carrelets red Burgundy", a plain word left out
    with_a_word_between = r"\s+(?:[a-z][\w-]*\s+)?".join(re.escape(word) for word in bare.split())
    return " " in bare and re.search(rf"\b{with_a_word_between}\b", text) is not None


def _bare(name: str) -> str:
    """The name without "the", "ex-", a possessive or a hyphenated word it modifies ("Limerick-area" is Limerick)."""
    name = re.sub(r"-(?:area|based|born|bound|led|owned|run|backed|made|registered|listed)$", "", name)
    return re.sub(r"^(?:the\s+|ex-)", "", _POSSESSIVE.sub("", name), flags=re.IGNORECASE)


def _described_by_its_place(bare: str, text: str) -> bool:
    """"a Sheffield hospital trust": a description, common nouns after a name the source writes, not a name."""
    words = bare.split()
    capitalised = [w for w in words if w[:1].isupper()]
    return bool(capitalised) and words[-1].islower() and all(written(w, text) for w in capitalised)


def _of_its_country(bare: str, text: str) -> bool:
    """"the Federal Court of Australia": a name the source writes, of a country it names or whose adjective it
    writes ("Australian"); not "Court of Appeal" for a source's "Appeals must be lodged"."""
    body, of, place = bare.rpartition(" of ")
    if not of or not place[:1].isupper() or " " in place or not written(body, text):
        return False
    return _standalone(place, text) or any(written(adjective, text) for adjective in adjectives_of(place))


def _possessive_of(bare: str, text: str) -> bool:
    """"Trustees of Cascadia State University" for the source's "Cascadia State University's board of
    trustees": the name the other way round."""
    body, of, owner = bare.rpartition(" of ")
    if not (of and owner[:1].isupper() and body.split() and body.split()[-1].lower() in _GOVERNING_BODIES):
        return False  # not "Bank of America" for "America's biggest bank"
    return re.search(
        rf"\b{re.escape(owner)}['’]s\b[^.;]{{0,40}}?\b{re.escape(body)}\b", text, re.IGNORECASE) is not None


_GOVERNING_BODIES = frozenset({"trustees", "directors", "regents", "governors", "board", "council", "committee"})


def _stem_written(word: str, text: str) -> bool:
    """The text writes a word beginning as this one does: "Philippine" for "Philippines"."""
    stem = word[: max(4, len(word) - 3)].lower()
    return re.search(rf"\b{re.escape(stem)}", text.lower()) is not None


def _country_named(entity: EntityMention, source: ArticleFacts) -> bool:
    """A nationality whose country the source names as a name of its own, or the reverse: "Malawian" for
    "Malawi", "Kenyan" for "Kenya", "Belgium" for "a Belgian club" (not "Christian" for "Chris Hipkins")."""
    word = _bare(entity.span.text)
    if " " in word:  # "Sri Lankan" for "Sri Lanka's", "South African" for "South Africa"
        first, _, last = word.rpartition(" ")
        named = {f"{first} {m}" for m in re.findall(rf"\b{re.escape(first)}\s+({re.escape(last[:3])}[a-z]*)\b",
                                                      source.text)}
        return any(word in adjectives_of(country) for country in named)  # the tagger reads some as people
    if entity.label == "GPE":  # "Belgium" for "a Belgian club", not "India" for "the Indian Ocean"
        return any(_standalone(adjective, source.text) for adjective in adjectives_of(word))
    countries = {c for c in re.findall(r"\b[A-Z][a-z]{3,}\b", source.text) if word in adjectives_of(c)}
    countries |= {c for c in countries_called(word) if c in source.text}  # "Ivorian" for "Ivory Coast"
    return entity.label == "NORP" and any(_standalone(c, source.text) for c in countries)


def _standalone(name: str, text: str) -> bool:
    """The text writes the word as a name of its own, not inside a longer one ("Chris Hipkins", "the Czech
    Republic")."""
    for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        before = re.search(r"([A-Z]\w*)\s+$", text[: match.start()])  # "Czech Republic", not "BOGOTA, Colombia"
        after = re.match(r"\s+[A-Z]", text[match.end() :])
        if not before and not after:
            return True
    return False


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


_PLACES = ("GPE", "NORP", "LOC", "FAC")
_POSSESSIVE = re.compile(r"['’]s?$")
# Number words a summary may use for an amount spaCy does not read as one ("one" is too common to count).
_NUMBER_WORDS = {word for word in WORD_NUMBERS if " " not in word} | (ORDINALS - {"first"}) | {
    "thousand", "million", "billion", "trillion", "double", "triple",
}


def _foreign_terms(text: str, source: ArticleFacts) -> list[tuple[str, Span]]:
    """Words a summary could only have copied, that the source never writes: with a digit ("SARS-CoV-2"), an
    acronym ("RSV") or a capital inside the sentence ("Englishman"), which spaCy does not always tag as names,
    and number words ("fifth", "dozen"), which it does not always read as amounts."""
    terms = []
    for match in TERM.finditer(text):
        word = _POSSESSIVE.sub("", match.group(0))
        if without_accents(word.lower()) in source.words or len(word) < 2 or source.mentions(person_key(word)) \
                or source.mentions(place_key(word)) or written_as_its_place(word, source.text) \
                or written_in_a_joined_name(word, source.text):
            continue  # written in the source, or a spelling of a name it uses ("Zelenskyy" for Zelensky, "Olympic")
        parts = word.split("-")
        if len(parts) > 1 and not any(c.isdigit() for c in word) and any(p.lower() in source.words for p in parts):
            continue  # "ICC-charged": a word made of one the source writes ("SARS-CoV-4" keeps its digit)
        span = Span(word, match.start(), match.start() + len(word))
        if word.lower() in _NUMBER_WORDS:
            if a_ratio_of_its_own(word, text) or a_ratio_the_source_bears_out(word, text, source) or (
                a_multiplier_written(word, text, source.text)
            ):
                continue
            if not _scale_in_plural(text, match.start(), match.start() + len(word), source.text):
                terms.append(("number", span))  # but "several hundred guests" for "hundreds of guests"
            continue
        sentence_start = not text[: match.start()].strip() or text[: match.start()].rstrip()[-1] in ".!?:\"“‘'("
        identifier = any(c.isdigit() for c in word) or (word.isupper() and len(word) >= 2)
        if (word.isupper() or re.fullmatch(r"[A-Z]{2,}s", word)) and spelled_out(word.rstrip("s"), source.text):
            continue  # "CEO" for the source's "chief executive", "ISPs" for "internet service providers"
        if currency_code(text, span.text, span.end) or word in COMMON_ACRONYMS:
            continue
        if identifier or (word[0].isupper() and not sentence_start):
            terms.append(("entity", span))
    return terms
