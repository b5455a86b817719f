"""A "person" the tagger finds whose last word is a company's or a body's ("Kestrel Mutual", "Harlow Holdings") is an
organisation; a person who opens a clause (titles alone before the name) right before a speech verb the parser left
without a subject is its speaker, not one another speaks for ("a lawyer for defendant Tom Beck argued")."""

from __future__ import annotations

from service.pipeline.run import Models
from tests.test_names import people_per_claim
from tests.test_threats_reviews_opposites_and_ceilings import found


def test_a_company_the_tagger_took_for_a_person(models: Models) -> None:
    assert found(
        "Insurance group Halvorsen Mutual has signed a five-year deal worth 7.5 million euros to sponsor the "
        "Lindmark City Marathon, race organisers said on Tuesday.",
        "Race organisers said on Tuesday that insurance group Kestrel Mutual had agreed a 7.5 million euro, "
        "five-year contract to sponsor the Lindmark City Marathon.",
        models,
    ) == [("entity", "Halvorsen Mutual", "Kestrel Mutual")]


def test_the_company_is_no_person_and_its_chief_still_is(models: Models) -> None:
    assert people_per_claim("Insurance group Halvorsen Mutual has signed a five-year deal to sponsor the marathon, "
                            "organisers said.", models) == [set()]
    assert people_per_claim("Lakeshore Holdings chief executive Daniel Okafor said the bid had been withdrawn.",
                            models) == [{"okafor"}]


def test_a_person_named_right_before_a_speech_verb_the_parser_left_without_a_subject(models: Models) -> None:
    assert found(
        'At a news conference alongside Deputy Mayor Ruth Okonjo, Transport Commissioner Alan Brevik told reporters '
        'that "the city will not be held to ransom."',
        '"The city will not be held to ransom," Deputy Mayor Ruth Okonjo told reporters at a news conference on '
        'Monday alongside Transport Commissioner Alan Brevik.',
        models,
    ) == [("attribution", "Alan Brevik", "Ruth Okonjo")]


def test_not_the_person_another_speaks_for(models: Models) -> None:
    assert found("At a hearing with Judge Ana Ruiz, a lawyer for defendant Tom Beck argued the evidence was tainted.",
                 "Defence lawyer Sarah Lin argued at a hearing with Judge Ana Ruiz that the evidence was tainted.",
                 models) == []
    assert found("At a rally with Senator Ana Ruiz, the wife of candidate Tom Beck told supporters he would win.",
                 "At a rally with Senator Ana Ruiz, Mary Cole told supporters her husband would win.", models) == []
    assert found("At a briefing in Kyiv, a general serving under President Volodymyr Zelensky said the offensive had "
                 "stalled.",
                 "At a briefing in Kyiv, General Oleksandr Syrskyi said the offensive had stalled.", models) == []
