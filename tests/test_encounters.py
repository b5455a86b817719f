"""Mentions of one encounter between named people, in the words of different sources, with the real models."""

from __future__ import annotations

from datetime import date

import numpy as np

from service.pipeline.align import ClaimTable
from service.pipeline.analyse import analyse
from service.pipeline.run import Models, Thresholds, compare_articles
from service.pipeline.segment import segment
from service.pipeline.types import Article, Facts, PairResult

THRESHOLDS = Thresholds(candidate_threshold=0.35, max_event_gap_days=21)
SUNDAY = date(2025, 3, 2)


def encounters_per_claim(text: str, models: Models) -> list[list[set[str]]]:
    article = Article(id="a", source="A", text=text, published_at=SUNDAY)
    claims = segment(article, 0)
    return [[set(e.participants) for e in f.encounters] for f in analyse(claims, [article], models.nlp)]


def one_claim_articles(texts: list[str], models: Models) -> tuple[list[Facts], ClaimTable]:
    """Each text an article of one claim (no sentence is cut here), with its facts and their alignment table."""
    articles = [Article(id=str(k), source=str(k), text=t, published_at=SUNDAY) for k, t in enumerate(texts)]
    claims = [c for k, a in enumerate(articles) for c in segment(a, k)]
    assert len(claims) == len(texts)
    facts = analyse(claims, articles, models.nlp)
    return facts, ClaimTable.build([c.text for c in claims], facts, np.zeros((len(claims), 4)))


def test_encounter_participants_come_from_possessor_partners_and_the_sentence(models: Models) -> None:
    found = encounters_per_claim(
        "Zelenskyy's fiery Friday meeting with Trump and Vice President JD Vance exposed a rift. "
        "Zelensky clashed with US President Donald Trump in Washington. "
        "Ukrainian President Volodymyr Zelensky urged the United States to stand firmly on Ukraine's side, "
        "following a heated exchange with US President Donald Trump at the White House on Friday.",
        models,
    )
    assert found[0] == [{"zelensky", "trump", "vance"}]
    assert found[1] == [{"zelensky", "trump"}]
    assert found[-1] == [{"zelensky", "trump"}]  # the cut clause takes its subject from the sentence


def test_an_encounter_someone_else_describes_or_nobody_names_is_none(models: Models) -> None:
    found = encounters_per_claim(
        "Starmer described watching the spat between Zelensky and Trump as uncomfortable. "
        "The meeting ended abruptly. Following their discussion, the two leaders took questions.",
        models,
    )
    assert found == [[], [], []]


def test_mentions_of_one_encounter_in_different_words_are_grouped_without_false_alarms(models: Models) -> None:
    texts = [
        "Ukrainian President Volodymyr Zelenskyy attended a summit of European leaders in London on Sunday. "
        "Zelenskyy's fiery Friday meeting with Trump and Vice President JD Vance demonstrated the divergence in "
        "Ukrainian and U.S. visions of Russia's war.",
        "Oil prices rose in Asian trading following a tense Oval Office meeting between Ukrainian President "
        "Volodymyr Zelensky and President Donald Trump.",
        "Britain announced a new loan for air defence just two days after Zelensky clashed with Trump and cut "
        "short his visit to Washington.",
    ]
    articles = [Article(id=str(k), source=str(k), text=t, published_at=SUNDAY) for k, t in enumerate(texts)]
    comparison = compare_articles(articles, models, THRESHOLDS)
    # Each pair of mentions scores under the alignment threshold on its wording alone.
    assert [[comparison.claims[m].text[:12] for m in g.members] for g in comparison.groups] == [
        ["Zelenskyy's ", "following a ", "just two day"]
    ]
    assert [d for pair in comparison.groups[0].pairs for d in pair.divergences] == []


def test_encounters_between_other_people_or_on_other_days_are_not_one(models: Models) -> None:
    texts = [
        "Zelensky held a meeting with Trump on Friday that ended in a shouting match.",
        "Zelensky met with UK Prime Minister Keir Starmer on Friday to discuss a loan for air defence.",
        "Zelensky met Trump on Monday and thanked him for his support.",
        "Zelensky clashed with Trump in the Oval Office on Friday.",
    ]
    facts, table = one_claim_articles(texts, models)
    first = np.zeros(3, dtype=int)
    assert table.same_encounter(first, np.array([1, 2, 3])).tolist() == [False, False, True]


def test_an_encounter_recalled_months_later_aligns_with_its_first_report(models: Models) -> None:
    march = Article(
        id="march", source="A", published_at=SUNDAY,
        text="Ukrainian President Volodymyr Zelenskyy attended a summit of European leaders in London on Sunday. "
             "Zelenskyy's fiery Friday meeting with Trump and Vice President JD Vance demonstrated the "
             "divergence in Ukrainian and U.S. visions of Russia's war, just two days after the talks began.",
    )
    recalled = ("The two presidents took questions from the media in the Oval Office before meeting in private, "
                "{when} their last appearance there descended into disaster when Trump and Vice President JD "
                "Vance upbraided Zelenskiy in an extraordinary public dressing-down.")

    def grouped(when: str) -> list[PairResult]:
        august = Article(id="august", source="B", published_at=date(2025, 8, 18), text=recalled.format(when=when))
        return [p for g in compare_articles([march, august], models, THRESHOLDS).groups for p in g.pairs]

    pairs = grouped("six months after")
    assert len(pairs) == 1
    assert pairs[0].divergences == ()  # "two days after" and "six months after" count from different days
    assert grouped("long after") == []  # months apart, and nothing in the text ties the two


def test_two_encounters_of_one_claim_are_not_pooled_into_a_third(models: Models) -> None:
    texts = [
        "After Trump's meeting with Putin in Alaska, Macron's talks with Zelensky in Paris went ahead.",
        "Putin's meeting with Zelensky in Istanbul was called off.",
        "Zelensky's talks with Macron in Paris went ahead as planned.",
    ]
    facts, table = one_claim_articles(texts, models)
    assert [sorted(map(sorted, (e.participants for e in f.encounters))) for f in facts][:2] == [
        [["macron", "zelensky"], ["putin", "trump"]], [["putin", "zelensky"]]
    ]
    assert table.same_encounter(np.array([0, 0]), np.array([1, 2])).tolist() == [False, True]
