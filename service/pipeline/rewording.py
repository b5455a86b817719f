"""What changed between two near-identical claims (a wire story and its edited copy), word by word.

When two claims are copies of each other but for a few words, the changed words are the evidence; this module
names what kind of change each is. A change that only respells a name, restates a date or rounds an amount is
not a divergence, and a change of wording it cannot classify is left alone rather than guessed.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from service.pipeline.antonyms import (
    are_opposites,
    closed_until_reopened,
    negates_by_prefix,
    opposite_kind,
    stems,
)
from service.pipeline.article_facts import CONTRASTING, words
from service.pipeline.dates import same_time
from service.pipeline.framing import NEARLY, SCANT
from service.pipeline.name_kinds import qualifies_a_body
from service.pipeline.names import (
    a_common_noun_capitalised,
    country_and_city,
    entity_kind,
    initials_of,
    one_government,
    only_titles,
    same_name,
    without_accents,
)
from service.pipeline.predicates import NUMBER_BOUNDS, NUMBERED_NO, unless_for_only_if
from service.pipeline.quantities import hedged_alike, measures_other_things, same_amount, worked_out
from service.pipeline.swaps import represents
from service.pipeline.types import NOUN_PHRASE, Claim, Divergence, EntityMention, Facts, Quantity, Span

NEAR_COPY_RATIO = 80  # rapidfuzz ratio of the two texts at or above which one is an edited copy of the other
_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
_NEGATORS = {"not", "n't", "never", "no", "nobody", "none", "nothing", "neither", "nor", "without", "cannot"}
_ANY_ONE = {"a", "an", "any", "single", "one"}
_PRONOUNS = {"he", "she", "they", "it", "him", "her", "them"}
_PENDING_WORDS = {
    "slated", "scheduled", "plans", "plan", "planned", "planning", "expected", "expects", "due", "will",
    "intends", "intended", "prepare", "prepares", "preparing", "allegedly", "reportedly", "alleged", "purportedly",
    "set", "proposed", "proposes", "upcoming",
}

_PLANNING_LEMMAS = frozenset({"plan", "intend", "expect", "aim", "propose", "schedule", "prepare", "hope", "seek"})


@dataclass(frozen=True)
class _Region:
    a: Span
    b: Span
    words_a: tuple[str, ...]
    words_b: tuple[str, ...]


def is_near_copy(a: Claim, b: Claim) -> bool:
    return fuzz.ratio(a.text.lower(), b.text.lower()) >= NEAR_COPY_RATIO


def reworded(a: Claim, b: Claim, fa: Facts, fb: Facts) -> list[Divergence]:
    """Divergences found in the words that differ between two near-identical claims."""
    if not is_near_copy(a, b):
        return []
    regions = list(_regions(a.text, b.text))
    found = []
    for region in regions:
        if _denial_moved(region, regions):
            continue
        divergence = _classify(region, fa, fb, a.text, b.text)
        if divergence is not None:
            found.append(divergence)
    return found


def _denial_moved(region: _Region, regions: Sequence[_Region]) -> bool:
    """A denial cut from one place and written in another: "No one was hurt when a crane collapsed" / "A crane
    collapsed, injuring nobody". Each side denies once, in a few words the other side does not have."""
    if region.words_a and region.words_b and not _denying_determiner(region):
        return False
    removed = [r for r in regions if (not r.words_b or _denying_determiner(r)) and 0 < len(r.words_a) <= 5
               and _negators(r.words_a) and not _negators(r.words_b)]
    added = [r for r in regions if (not r.words_a or _denying_determiner(r)) and 0 < len(r.words_b) <= 5
             and _negators(r.words_b) and not _negators(r.words_a)]
    return len(removed) == len(added) == 1 and region in (removed[0], added[0])


def _denying_determiner(region: _Region) -> bool:
    """ "no" written for "a single" or "any" whose denial stands elsewhere: "had not received a single payment" /
    "had received no payment at all"."""
    plain, denying = sorted((region.words_a, region.words_b), key=lambda words: bool(_negators(words)))
    return denying == ("no",) and 0 < len(plain) <= 2 and set(plain) <= _ANY_ONE


def _regions(a: str, b: str) -> Iterable[_Region]:
    ta, tb = list(_TOKEN.finditer(a)), list(_TOKEN.finditer(b))
    matcher = difflib.SequenceMatcher(a=[t.group(0).lower() for t in ta], b=[t.group(0).lower() for t in tb],
                                      autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        yield _Region(_span(a, ta, i1, i2), _span(b, tb, j1, j2),
                      tuple(t.group(0).lower() for t in ta[i1:i2]), tuple(t.group(0).lower() for t in tb[j1:j2]))


def _span(text: str, tokens: Sequence[re.Match[str]], first: int, last: int) -> Span:
    if last <= first:  # nothing on this side: an empty span where the other side's words would stand
        position = tokens[first - 1].end() if first > 0 else 0
        return Span("", position, position)
    return Span(text[tokens[first].start() : tokens[last - 1].end()], tokens[first].start(), tokens[last - 1].end())


def _a_conversion_dropped(text: str, amount: Quantity, amounts: Sequence[Quantity], others: Sequence[Quantity]
                          ) -> bool:
    """An amount in brackets right after another ("12.7 million pounds ($16.5 million)"), where the other version
    has no amount in that unit: dropped, not changed."""
    return text[: amount.span.start].endswith("(") and any(
        0 <= amount.span.start - other.span.end <= 2 for other in amounts if other is not amount
    ) and all(other.unit != amount.unit for other in others)


def _a_list_reordered(quote_a: str, quote_b: str) -> bool:
    """The same words in another order, joined by "and" or "or" only: "cowardly and senseless" / "senseless and
    cowardly" (not "to cut waiting lists, not to build hospitals" / "to build hospitals, not to cut waiting lists")."""
    words_a, words_b = words(quote_a), words(quote_b)
    return words_a != words_b and sorted(words_a) == sorted(words_b) and not CONTRASTING & set(words_a)


def _cut_short(a: Span, quote_a: Span, text_a: str, b: Span, quote_b: Span, text_b: str) -> bool:
    """Words one version's quotation has at its start or end and the other's leaves out: the same words quoted
    in part ("an insult to every worker in this factory" / "an insult to every worker")."""
    if bool(a.text) == bool(b.text):
        return False
    (kept, kept_quote, kept_text), (cut, cut_quote) = ((a, quote_a, text_a), (b, quote_b)) if a.text else (
        (b, quote_b, text_b), (a, quote_a))
    at_end = not re.search(r"\w", kept_text[kept.end : kept_quote.end]) and cut.start >= cut_quote.end - 1
    at_start = not re.search(r"\w", kept_text[kept_quote.start : kept.start]) and cut.start <= cut_quote.start + 1
    return at_end or at_start


def _overlapping(span: Span, spans: Iterable[Span]) -> list[Span]:
    if span.start == span.end:
        return [s for s in spans if s.start <= span.start <= s.end]
    return [s for s in spans if s.start < span.end and span.start < s.end]


def _negators(words: Sequence[str]) -> set[str]:
    """The words that deny, less a "no" that bounds a number ("no fewer than 14" says "at least 14") and a
    "nothing" that bounds a demand ("nothing less than an apology")."""
    bounding = {k for k, word in enumerate(words[:-1]) if word == "no" and words[k + 1] in NUMBER_BOUNDS
                or word == "nothing" and words[k + 1] in ("less", "more", "short")}  # "nothing less than"
    found = {word for k, word in enumerate(words) if word in _NEGATORS and k not in bounding}
    ruled_out = any(word in ("rule", "rules", "ruled", "ruling") and nxt == "out"
                    for word, nxt in zip(words, words[1:], strict=False))
    return found | ({"ruled out"} if ruled_out else set())  # "ruled out resigning"


# Words of a party left unnamed, and the verbs a rewording denies instead: "an anonymous bidder" / "a bidder whose
# identity was not disclosed".
_UNNAMED = frozenset({"anonymous", "unnamed", "unidentified", "undisclosed", "anonymously"})
_NAMING = frozenset({"disclosed", "named", "identified", "revealed", "released", "given", "public", "published",
                     "disclose", "name", "identify", "reveal", "release"})
# Words that deny in themselves: "rescued unharmed" says what "rescued without injury" says, "lacked valid
# clearance" what "had no valid clearance" says.
_DENYING_IN_THEMSELVES = frozenset({"unharmed", "unhurt", "uninjured", "unscathed", "lack", "lacks", "lacked",
                                    "lacking"})




def _an_untagged_name(span: Span, text: str, other_text: str) -> bool:
    """One capitalised word inside a sentence, which the other claim never writes: a name the tagger missed."""
    before = text[: span.start].rstrip()
    return (re.fullmatch(r"[A-Z][^\W\d_A-Z]{2,}(?:-[A-Z][^\W\d_A-Z]+)?", span.text) is not None and bool(before)
            and not only_titles(span.text)
            and before[-1] not in ".!?:;\"“‘'(" and span.text not in other_text)


def _same_word_after(a: Span, b: Span, text_a: str, text_b: str) -> bool:
    """The same word, not a figure, follows the changed words on both sides, and something is handed over or
    travels before them ("a loan from Ghana" / "to Ghana", "received 38,000 euros from an account"; not "from 5%"
    / "to 5%", which a figure's own rules weigh, nor "a walk from the stadium", "dating from the 12th century")."""
    after_a, after_b = re.match(r"\s*(\w+)", text_a[a.end :]), re.match(r"\s*(\w+)", text_b[b.end :])
    before = {w.lower() for w in re.findall(r"[\w-]+", text_a[max(0, a.start - 40) : a.start])[-4:]}
    return (after_a is not None and after_b is not None and after_a.group(1) == after_b.group(1)
            and not after_a.group(1)[0].isdigit() and bool(before & _HANDED_OVER))


_HANDED_OVER = frozenset({"loan", "loaned", "lent", "borrowed", "transfer", "transferred", "sent", "send", "sends",
                          "moved", "move", "flight", "flew", "fly", "shipped", "shipment", "payment", "paid", "money",
                          "euros", "dollars", "pounds", "funds", "deported", "extradited", "returned", "exported",
                          "imported", "sold", "bought", "donated", "gift", "received", "travelled", "traveled",
                          "defected", "switched", "signed", "rent", "rented", "renting", "leased", "leasing"})


_STILL_TO_COME = re.compile(r"\b(?:to\s+be|will\s+be|is\s+to|are\s+to|still)\b", re.IGNORECASE)
_FAILING = frozenset({"failed", "fail", "fails", "failing", "unable", "refused", "refuses", "refuse", "declined"})


def _denies_in_itself(words: Sequence[str]) -> bool:
    return bool(_DENYING_IN_THEMSELVES & set(words))


def _classify(region: _Region, fa: Facts, fb: Facts, text_a: str, text_b: str) -> Divergence | None:
    a, b = region.a, region.b
    hedge_dropped = _hedge_dropped(region, text_a, text_b)
    if hedge_dropped is not None:
        return hedge_dropped
    negation_a, negation_b = _negators(region.words_a), _negators(region.words_b)
    # "the No 9 shirt" / "the number nine shirt": a "No" that numbers denies nothing
    negation_a, negation_b = (n - {"no"} if NUMBERED_NO.search(span.text) else n
                              for n, span in ((negation_a, a), (negation_b, b)))
    asked = any(p.status in ("open", "questioned") for p in (*fa.predicates, *fb.predicates)
                if _overlapping(p.span, [a]) or _overlapping(p.span, [b]))
    # "rescued without injury" / "rescued unharmed"; not "were not released" / "were freed unharmed"
    balanced = (negation_a | negation_b) <= {"without", "no"} and (
        _denies_in_itself(region.words_b) if negation_a else _denies_in_itself(region.words_a))
    if bool(negation_a) != bool(negation_b) and any(complements(x, y) for x in region.words_a
                                                    for y in region.words_b):
        return None  # "would not withdraw the plan" / "would keep the plan": a complement denied affirms
    sides = ((text_a, a.end), (text_b, b.end))
    if bool(negation_a) != bool(negation_b) and unless_for_only_if(*(sides if negation_a else sides[::-1])):
        return None  # "would not call off the strike unless ..." / "would call it off only if ..."
    unnegated = region.words_b if negation_a else region.words_a
    if (negation_a | negation_b) <= {"no", "nobody", "none", "nothing"} and _DENIAL_VERBS & {
        w.lower() for w in unnegated
    }:
        return None  # "denied that any rules had been broken" / "said no rules had been broken": both deny
    denying_words, other_words = (region.words_a, region.words_b) if negation_a else (region.words_b, region.words_a)
    if (negation_a | negation_b) == {"no"} and {w.lower() for w in denying_words} & NEARLY and {
        w.lower() for w in other_words
    } & SCANT:
        return None  # "a winter with almost no snow" / "a winter with little snow"
    if bool(negation_a) != bool(negation_b) and _FAILING & {w.lower() for w in unnegated}:
        return None  # "had failed to lock" / "had not locked": both deny it
    if bool(negation_a) != bool(negation_b) and "yet" in {w.lower() for w in denying_words} and (
        _STILL_TO_COME.search(" ".join(unnegated))
    ):
        return None  # "has not yet been signed" / "still has to be signed": both say it is still to come
    unnegated_text = text_b if negation_a else text_a
    denying_text = text_a if negation_a else text_b
    if bool(negation_a) != bool(negation_b) and _DENIAL_VERBS & (
            set(re.findall(r"[a-z]+", unnegated_text.lower())) - set(re.findall(r"[a-z]+", denying_text.lower()))):
        return None  # "denied that he had been approached" / "said he had not been approached": both deny
    if bool(negation_a) != bool(negation_b) and _UNNAMED & set(re.findall(r"[a-z]+", unnegated_text.lower())) and (
        _NAMING & {w.lower() for w in denying_words}
    ):
        return None  # "an anonymous bidder" / "a bidder whose identity was not disclosed"
    if bool(negation_a) != bool(negation_b) and not asked and not balanced:  # "tested whether ..." affirms nothing
        return _divergence("negation", a, b, "One version denies what the other affirms")

    quoted_a = _overlapping(a, fa.quotes)
    quoted_b = _overlapping(b, fb.quotes)
    if quoted_a and quoted_b and not _cut_short(a, quoted_a[0], text_a, b, quoted_b[0], text_b) and not (
        _a_list_reordered(quoted_a[0].text, quoted_b[0].text)
    ):
        return _divergence("quote", a, b, "The same quotation is worded differently")

    amounts_a = [q for q in fa.quantities if _overlapping(a, [q.span])]
    amounts_b = [q for q in fb.quantities if _overlapping(b, [q.span])]
    # a conversion dropped, not changed: "12.7 million pounds ($16.5 million)" / "12.7 million pounds"
    amounts_a, amounts_b = (
        [q for q in amounts_a if not _a_conversion_dropped(text_a, q, fa.quantities, amounts_b)],
        [q for q in amounts_b if not _a_conversion_dropped(text_b, q, fb.quantities, amounts_a)],
    )
    if amounts_a or amounts_b:
        if amounts_a and amounts_b and not any(
            same_amount(x, y) or hedged_alike(text_a, x, text_b, y) for x in amounts_a for y in amounts_b
        ) and not any(
            measures_other_things(text_a, x, text_b) or measures_other_things(text_b, y, text_a)
            for x in amounts_a for y in amounts_b
        ) and not any(worked_out(x, text_a, fb.quantities, text_b) for x in amounts_a):
            return _divergence("number", amounts_a[0].span, amounts_b[0].span, "The amounts differ")
        return None  # an amount made less specific or restated

    dates_a = [d for d in fa.dates if _overlapping(a, [d.span])]
    dates_b = [d for d in fb.dates if _overlapping(b, [d.span])]
    if dates_a or dates_b:
        if dates_a and dates_b and all(same_time(x, y) is False for x in dates_a for y in dates_b):
            return _divergence("date", dates_a[0].span, dates_b[0].span, "The dates differ")
        return None

    # A pronoun standing for a name is not evidence of its own: the name it stands for is compared where written.
    # A name the other claim has as often was moved, not changed ("adviser Mike Waltz told" / "Mike Waltz, the
    # ..."); one it has fewer times was replaced ("French President Macron ... the U.K. and France" / "... the
    # U.K. and Germany").
    # Nor a name that only says whose a body is: "The U.N. health agency" may be "The World Health Organization".
    names_a = [x for x in _names_in(a, fa) if not _as_often(x, fb, fa)
               and not a_common_noun_capitalised(text_a, x.span.start, x.span.end, text_b)
               and not qualifies_a_body(text_a, x.span)]
    names_b = [y for y in _names_in(b, fb) if not _as_often(y, fa, fb)
               and not a_common_noun_capitalised(text_b, y.span.start, y.span.end, text_a)
               and not qualifies_a_body(text_b, y.span)]
    if names_a or names_b:
        if (
            names_a
            and names_b
            and not any(same_name(x.key, y.key) or initials_of(x.span.text, y.span.text)
                        or initials_of(y.span.text, x.span.text) for x in names_a for y in names_b)
            and any(
                entity_kind(x.label) == entity_kind(y.label) and not country_and_city(x, y)
                and not one_government(x.span.text, y.span.text)  # "Britain accused" / "London accused"
                and not represents(x, y, text_a) and not represents(y, x, text_b)  # "Tan, Halcyon's officer"
                for x in names_a for y in names_b
            )
        ):
            speaker_a = any(_overlapping(a, [s.span]) for s in fa.speakers)
            speaker_b = any(_overlapping(b, [s.span]) for s in fb.speakers)
            kind = "attribution" if speaker_a or speaker_b else "entity"
            return _divergence(kind, names_a[0].span, names_b[0].span,
                               "A different speaker" if kind == "attribution" else "A different name in the same role")
        if names_a and not names_b and _an_untagged_name(b, text_b, text_a) and not same_name(
            without_accents(names_a[0].key), without_accents(b.text.lower())
        ):
            return _divergence("entity", names_a[0].span, b, "A different name in the same role")
        if names_b and not names_a and _an_untagged_name(a, text_a, text_b) and not same_name(
            without_accents(names_b[0].key), without_accents(a.text.lower())
        ):
            return _divergence("entity", a, names_b[0].span, "A different name in the same role")
        named, unnamed = (names_a[0], b) if names_a else (names_b[0], a)
        if _credited_to_another_source((text_a, a), (text_b, b), named, unnamed):
            return _divergence("attribution", a, b, "A different source")
        if _parties_of_other_kinds(region, a, b, fa, fb):  # "The Education Ministry said" / "The board said"
            return _divergence("attribution", a, b, "A speaker of another kind")
        return None
    if _an_untagged_name(a, text_a, text_b) and _an_untagged_name(b, text_b, text_a) and not same_name(
        without_accents(a.text.lower()), without_accents(b.text.lower())
    ):
        return _divergence("entity", a, b, "A different name in the same role")  # "the Reininghaus district"

    if _parties_of_other_kinds(region, a, b, fa, fb):
        return _divergence("attribution", a, b, "A different speaker")

    said_on_both_sides = frozenset.intersection(*(  # and said, not planned ("will tell" / "told" is a status)
        frozenset(p.lemma for p in facts.predicates if p.lemma in _SAYING_VERBS and _overlapping(span, [p.evidence])
                  and p.status in ("happened", "ongoing"))
        for span, facts in ((a, fa), (b, fb))))
    status_a = _statuses(region.words_a, a, fa, said_on_both_sides)
    status_b = _statuses(region.words_b, b, fb, said_on_both_sides)
    # One side pending and the other done; a side that is both ("said there will be") conflicts with neither.
    both = {"pending", "happened"}
    crossed = ("pending" in status_a and "happened" in status_b) or ("pending" in status_b and "happened" in status_a)
    # Words added on one side only ("threatened legal action" / "threatened to take legal action") are no
    # evidence of another status: the verb that frames them is outside the change.
    if crossed and not (both <= status_a or both <= status_b) and a.text.strip() and b.text.strip():
        return _divergence("status", a, b, "One version reports as planned or alleged what the other reports done")
    if _asked_against_granted(a, fa, b, fb):
        return _divergence("status", a, b, "One version reports as asked for what the other reports granted or done")

    if {region.words_a, region.words_b} == {("from",), ("to",)} and _same_word_after(a, b, text_a, text_b):
        return _divergence("contradiction", a, b, "The same thing moves the other way")  # "a loan from Ghana"

    # "failed to detect" / "went undetected": a denying word undoes a prefix that negates.
    denying = any(w.lower() in _DENYING_WORDS for w in (*region.words_a, *region.words_b))
    opposites = [(x, y) for x in region.words_a for y in region.words_b
                 if are_opposites(x, y) and not (denying and negates_by_prefix(x, y))
                 and not closed_until_reopened(x, y, text_a, text_b)]  # "reopen on Wednesday" / "closed until
    # Wednesday"
    phrases = (" ".join(region.words_a), " ".join(region.words_b))
    if not opposites and len(region.words_a) + len(region.words_b) > 2 and are_opposites(*phrases):
        opposites = [phrases]  # "hire" / "lay off"
    if opposites:
        kind, reason = opposite_kind(*opposites[0])
        return _divergence(kind, a, b, reason)
    return None


def _credited_to_another_source(side_a: tuple[str, Span], side_b: tuple[str, Span], named: EntityMention,
                                unnamed: Span) -> bool:
    """ "according to a council report" / "according to the National Landlords Association": the source credited
    is named on one side only, and the other side's words are not part of its name ("a council report" / "the
    Bristol City Council")."""
    after_according = all(re.search(r"\baccording to\s*$", text[: span.start], re.IGNORECASE)
                          for text, span in (side_a, side_b))
    name_words = {w.lower() for w in re.findall(r"\w+", named.span.text)}
    unnamed_words = {w.lower() for w in re.findall(r"\w{4,}", unnamed.text)}
    # a document that is no one's name ("a council report"), not the named party itself ("the company")
    document = bool(unnamed_words & _DOCUMENTS)
    return after_according and document and not unnamed_words & name_words


_DOCUMENTS = frozenset({"report", "study", "survey", "poll", "analysis", "estimate", "estimates", "figures", "data",
                        "document", "documents", "filing", "records", "audit", "review", "assessment"})


# Kinds of party a speaker named by a common noun may be: "the carrier said" and "the union said" name two.
_PARTY_KINDS = (
    frozenset({"company", "firm", "carrier", "airline", "lender", "bank", "insurer", "operator", "retailer",
               "maker", "manufacturer", "business", "chain", "utility", "developer", "club", "employer", "owner",
               "board"}),  # a board speaks for its company, or its university, not for a ministry
    frozenset({"government", "ministry", "department", "agency", "regulator", "authority", "council", "commission",
               "police", "prosecutor", "prosecutors", "court", "city", "state", "officials", "mayor"}),
    frozenset({"union", "unions", "workers", "pilots", "staff", "employees", "members", "nurses", "teachers"}),
    frozenset({"spokesman", "spokeswoman", "spokesperson"}),  # someone's spokeswoman, not "police" as a body
)


def _parties_of_other_kinds(region: _Region, a: Span, b: Span, fa: Facts, fb: Facts) -> bool:
    """A speaker named by a common noun replaced by a party of another kind: "The carrier said" / "The union
    said", "the company said" / "the transport ministry said", "The board said" / "The Education Ministry said"
    (not "The company said" / "The firm said")."""
    in_a = [s for s in fa.speakers if s.label in (NOUN_PHRASE, "ORG") and _overlapping(a, [s.span])]
    in_b = [s for s in fb.speakers if s.label in (NOUN_PHRASE, "ORG") and _overlapping(b, [s.span])]
    if not (in_a and in_b) or NOUN_PHRASE not in {s.label for s in in_a + in_b}:
        return False  # one at least named by a common noun: two names are compared as names
    if not 0 < len(region.words_a) <= 2 or not 0 < len(region.words_b) <= 2:
        return False
    # the head noun decides: "the company said" / "the transport ministry said"
    kind_a = next((k for k, kind in enumerate(_PARTY_KINDS) if region.words_a[-1].lower() in kind), None)
    kind_b = next((k for k, kind in enumerate(_PARTY_KINDS) if region.words_b[-1].lower() in kind), None)
    return kind_a is not None and kind_b is not None and kind_a != kind_b


# Pairs of which one denied is the other: "would not withdraw" is "would keep" (not "did not increase" / "cut").
_COMPLEMENTS = [frozenset(pair) for pair in (("keep", "withdraw"), ("keep", "drop"), ("keep", "scrap"),
                                             ("keep", "abandon"), ("stay", "leave"), ("remain", "leave"),
                                             ("pass", "fail"), ("survive", "die"), ("include", "exclude"),
                                             ("accept", "reject"), ("attend", "miss"), ("attend", "skip"),
                                             ("allow", "ban"), ("allow", "forbid"), ("allow", "prohibit"),
                                             ("accept", "contest"), ("accept", "challenge"), ("accept", "dispute"))]


def complements(first: str, second: str) -> bool:
    return any(frozenset((x, y)) in _COMPLEMENTS for x in stems(first) for y in stems(second))


_DENIAL_VERBS = frozenset({"deny", "denies", "denied", "denying", "dispute", "disputes", "disputed"})

_DENYING_WORDS = frozenset({"not", "never", "no", "without", "failed", "fail", "fails", "refused", "declined",
                            "unable"})


def _as_often(name: EntityMention, other: Facts, own: Facts) -> bool:
    """The other claim names it at least as many times as this one does."""
    def times(facts: Facts) -> int:
        return sum(same_name(name.key, e.key) for e in (*facts.entities, *facts.speakers))

    return times(other) >= max(1, times(own))


def _names_in(span: Span, facts: Facts) -> list[EntityMention]:
    return [
        e for e in (*facts.speakers, *facts.entities)
        if _overlapping(span, [e.span]) and e.span.text.lower() not in _PRONOUNS and e.label != NOUN_PHRASE
    ]


def _statuses(words: Sequence[str], span: Span, facts: Facts, said_on_both_sides: frozenset[str]) -> set[str]:
    """"pending" when the changed words plan or allege something, "happened" when they report it done."""
    # A denied allegation ("rejected claims that its line had caused the fire") is a denial, pending nothing.
    # Nor is a verb of saying both sides use, in another tense, an act done ("mining companies warn it will put" /
    # "warned it puts").
    framed = [p for p in facts.predicates
              if _overlapping(span, [p.evidence]) and not (p.negated and p.status == "alleged")
              and not (p.lemma in said_on_both_sides and p.status in ("happened", "ongoing"))]
    pending = [p.evidence for p in framed if p.status in ("planned", "alleged", "near")]
    # "planned to raise": the planning is no act done beside the raise it plans ("than economists had expected"
    # still is one)
    found = {"pending" if p.status in ("planned", "alleged", "near") else p.status for p in framed
             if not (p.status == "happened" and p.lemma in _PLANNING_LEMMAS
                     and any(e.start <= p.span.start and p.span.end <= e.end and e != p.evidence for e in pending))}
    if _PENDING_WORDS & set(words):
        found.add("pending")
    return found


_SAYING_VERBS = frozenset({"say", "tell", "warn", "add", "state", "note", "argue", "insist", "claim", "explain"})
# Verbs that ask for a thing, propose or threaten it, which leaves it undone; and verbs that report it granted,
# obtained or imposed. Other verbs may ask in other words ("called for", "put forward"), and "file" and
# "introduce" ask too ("filed for bankruptcy protection", "introduced a bill").
_ASKING = frozenset({"propose", "request", "seek", "ask", "demand", "recommend", "suggest", "urge", "threaten"})
_GRANTED = frozenset({"receive", "get", "obtain", "secure", "win", "impose", "approve", "adopt", "pass", "enact",
                      "grant", "award", "implement"})


def _asked_against_granted(a: Span, fa: Facts, b: Span, fb: Facts) -> bool:
    """The changed verb asks for the thing on one side and reports it granted on the other: "had requested 300
    million euros" / "had received 300 million euros", "has proposed retaliatory duties" / "has imposed" them."""
    def done(span: Span, facts: Facts, verbs: frozenset[str]) -> bool:
        return any(p.lemma in verbs and p.status == "happened" and not p.negated and _overlapping(span, [p.span])
                   for p in facts.predicates)

    def asked_then_granted(asked: tuple[Span, Facts], granted: tuple[Span, Facts]) -> bool:
        return (done(*asked, _ASKING) and not done(*asked, _GRANTED)
                and done(*granted, _GRANTED) and not done(*granted, _ASKING))

    return asked_then_granted((a, fa), (b, fb)) or asked_then_granted((b, fb), (a, fa))


def _hedge_dropped(region: _Region, text_a: str, text_b: str) -> Divergence | None:
    """"the alleged leader of a fraud ring" / "the leader of a fraud ring": a word that only reports or suspects
    it, dropped from one version, as the status it changes, with the word it qualified on both sides."""
    hedged, plain = (region.words_a, region.words_b) if region.words_a else (region.words_b, region.words_a)
    if plain or not hedged or not set(hedged) <= _HEDGES:
        return None
    plain_text = text_b if region.words_a else text_a
    if _HEDGED_ELSEWHERE.search(plain_text):
        return None  # "..., prosecutors alleged", "members of a suspected ring", "which the company says is fake"
    following = [_TOKEN.match(text, span.end + len(text[span.end :]) - len(text[span.end :].lstrip()))
                 for text, span in ((text_a, region.a), (text_b, region.b))]
    if None in following:
        return None
    spans = [Span(text[span.start if span.text else word.start() : word.end()], span.start if span.text
                  else word.start(), word.end())
             for text, span, word in zip((text_a, text_b), (region.a, region.b), following, strict=True) if word]
    return _divergence("status", spans[0], spans[1], "One version reports as alleged what the other states")


_HEDGES = frozenset({"alleged", "allegedly", "reportedly", "suspected", "purported", "purportedly"})
_HEDGED_ELSEWHERE = re.compile(r"\b(?:alleg\w*|report\w*|suspect\w*|purport\w*|den(?:y|ies|ied)|accus\w*|claim\w*|"
                               r"fake|untrue|false)\b", re.IGNORECASE)


def _divergence(kind: str, a: Span, b: Span, reason: str) -> Divergence:
    return Divergence(kind, a.text, b.text, f"{reason}: {a.text!r} against {b.text!r}.")

