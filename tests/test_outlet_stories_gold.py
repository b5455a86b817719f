"""The three-outlet stories gold (tests/data/outlet_stories.json) is well formed: every snippet is in its article
once, every pair joins two articles of its story, and every kind is one the contract names. `make eval` scores
against it; a snippet that drifted from its article would silently stand for no claim."""

from __future__ import annotations

from evaluation.corpus import Snippet
from evaluation.stories import load_stories, story_sets

KINDS = {"number", "date", "entity", "attribution", "negation", "quote", "status", "contradiction"}


def test_every_snippet_is_in_its_article_once_and_pairs_cross_articles() -> None:
    stories = load_stories()
    assert len(stories) >= 36
    for story in stories:
        texts = {article.id: article.text for article in story.articles}
        assert len(texts) == 3, story.name
        snippets: list[Snippet] = [*story.unique, *story.not_unique]
        for pair in (*story.matches, *story.apart):
            snippets += [pair.a, pair.b]
            assert pair.a.article != pair.b.article, (story.name, pair)
        for match in story.matches:
            assert match.relation in ("agreement", "divergence"), (story.name, match)
            assert set(match.kinds) <= KINDS and bool(match.kinds) == (match.relation == "divergence"), match
        for snippet in snippets:
            assert texts[snippet.article].count(snippet.text) == 1, (story.name, snippet)


def test_each_story_belongs_to_a_named_set() -> None:
    sets = story_sets()
    assert set(sets.values()) == {"reviews", "fresh", "fresh2"}
    assert {story.name for story in load_stories()} == set(sets)
