"""Names as people write them, with the real spaCy model: one key per person however the tagger labels him."""

from __future__ import annotations

from service.pipeline.analyse import analyse
from service.pipeline.run import Models
from service.pipeline.segment import segment
from service.pipeline.types import Article


def people_per_claim(text: str, models: Models) -> list[set[str]]:
    article = Article(id="a", source="A", text=text)
    claims = segment(article, 0)
    return [{e.key for e in f.entities if e.label == "PERSON"} for f in analyse(claims, [article], models.nlp)]


def test_a_person_after_a_title_is_a_person_even_when_tagged_an_organisation(models: Models) -> None:
    people = people_per_claim("Germany’s outgoing Chancellor Olaf Scholz echoed the sentiment.", models)
    assert people == [{"scholz"}]


def test_a_surname_the_article_has_named_is_that_person_in_every_sentence(models: Models) -> None:
    text = ("Meanwhile, US Vice President JD Vance accused the Ukrainian leader of being ungrateful. "
            "On Saturday, Zelensky met with UK Prime Minister Sir Keir Starmer. "
            "Starmer, who welcomed a visibly shaken Zelensky with a warm hug, spoke of a coalition.")
    people = people_per_claim(text, models)
    assert "vance" in people[0]
    assert {"starmer", "zelensky"} <= people[2]


def test_a_statement_cut_from_its_subject_keeps_its_speaker(models: Models) -> None:
    text = ("Germany’s outgoing Chancellor Olaf Scholz echoed the sentiment, emphasizing that no one wants "
            "peace more than the citizens of Ukraine.")
    article = Article(id="a", source="A", text=text)
    claims = segment(article, 0)
    facts = analyse(claims, [article], models.nlp)
    assert [c.text[:20] for c in claims] == ["Germany’s outgoing C", "emphasizing that no "]
    assert [s.key for s in facts[1].speakers] == ["scholz"]
    assert facts[1].speakers[0].span.text == "emphasizing"


def test_a_word_the_tagger_reads_as_a_date_is_not_the_person_of_that_name(models: Models) -> None:
    text = "Prime Minister Theresa May met the French president. In May the economy grew by 2%."
    assert "may" not in people_per_claim(text, models)[1]


def test_countries_are_told_from_cities_and_capitals() -> None:
    from service.pipeline.names import is_country, place_key

    assert all(is_country(place_key(n)) for n in ("Finland", "Poland", "Turkey", "the United States", "Britain"))
    assert not any(is_country(place_key(n)) for n in ("Washington", "Moscow", "Kharkiv", "Sandringham"))
    assert is_country(place_key("Europe")) and is_country(place_key("Asia"))  # the scale a capital lies in


def test_a_state_abbreviation_and_a_place_someone_is_bound_for_are_that_place() -> None:
    from service.pipeline.names import place_key

    assert place_key("La.") == place_key("Louisiana") and place_key("Calif.") == place_key("California")
    assert place_key("St. John's-bound") == place_key("St. John's")
    assert place_key("Scottsdale-based") == place_key("Scottsdale")


def test_an_apposition_describes_a_named_speaker_but_names_a_titled_one(models: Models) -> None:
    def speakers(text: str) -> list[str]:
        article = Article(id="a", source="A", text=text)
        [facts] = analyse(segment(article, 0), [article], models.nlp)
        return [s.key for s in facts.speakers]

    assert speakers("Ellery, its chief executive, said the project has not been called off.") == ["ellery"]
    assert speakers("The Foreign Secretary, David Lammy, said the talks would continue.") == ["lammy"]


def test_a_party_before_a_name_is_no_part_of_it_and_a_saint_names_an_institution(models: Models) -> None:
    people = people_per_claim("Liberal Democrat Amira Haddad won after tying with Conservative Graham Pike.", models)
    assert people == [{"haddad", "pike"}]
    article = Article(id="a", source="A", text="St. Brendan said it spent about $31 million on replacement nurses.")
    [facts] = analyse(segment(article, 0), [article], models.nlp)
    assert [(e.span.text, e.label) for e in facts.entities] == [("St. Brendan", "ORG")]
