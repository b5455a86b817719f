"""An article against an edited copy of itself, with the real models: one change each, found with its kind, and
faithful rewordings left alone."""

from __future__ import annotations

from service.pipeline.run import Models
from tests.test_divergences import divergences_between

SUCCESSOR = ("Germany's outgoing Chancellor Olaf Scholz echoed the sentiment. His likely successor, Friedrich Merz, "
             "reinforced Germany's commitment, stating that Europe must stand by Ukraine.")


def test_a_presumed_successor_stated_as_the_successor_is_a_status_divergence(models: Models) -> None:
    found = divergences_between(SUCCESSOR, SUCCESSOR.replace("His likely successor", "His successor"), models)
    assert [(d.kind, d.a, d.b) for d in found] == [("status", "likely successor", "successor")]
    assert divergences_between(SUCCESSOR, SUCCESSOR.replace("His likely successor", "His probable successor"),
                               models) == []


def kinds_and_words(original: str, edited: str, models: Models) -> list[tuple[str, str, str]]:
    return [(d.kind, d.a, d.b) for d in divergences_between(original, edited, models)]


def test_names_without_their_accents_and_names_the_tagger_labels_apart(models: Models) -> None:
    mayor = ("Centre-right candidate Ioana Mureșan won the mayoral race in Cluj-Napoca with 51.8% of the vote, the "
             "electoral bureau said on Monday.")
    assert kinds_and_words(mayor, mayor.replace("Mureșan", "Muresan"), models) == []
    transfer = ("Italian club Atalanta have agreed to sign Danish midfielder Mikkel Sørensen from Brøndby for a fee "
                "of 28 million euros, the Serie A side said on Tuesday.")
    assert kinds_and_words(transfer, transfer.replace("Brøndby", "Midtjylland"), models) == [
        ("entity", "Brøndby", "Midtjylland")]


def test_a_speakers_new_title_is_part_of_the_new_speaker_and_a_rejected_suggestion_is_denied(models: Models) -> None:
    storm = ('"This was one of the strongest storms we have recorded in December," Met Office forecaster Helen Marsh '
             'said. Network Rail denied that it had been slow to clear fallen trees from the lines.')
    edited = ('Environment Agency official Tom Reilly said: "This was one of the strongest storms we have recorded in '
              'December." Network Rail rejected suggestions that it had been slow to remove fallen trees from the '
              'tracks.')
    assert kinds_and_words(storm, edited, models) == [("attribution", "Helen Marsh", "Tom Reilly")]


def test_opposites_are_paired_by_what_they_are_said_of(models: Models) -> None:
    results = ("Nordvik Telecom said on Tuesday that third-quarter net profit rose 14% to 2.3 billion Swedish crowns, "
               "beating analysts' forecasts, as price increases offset weaker equipment sales.")
    edited = ("Nordvik Telecom said on Tuesday its net profit for the third quarter fell 14% to 2.3 billion Swedish "
              "crowns, ahead of analysts' expectations, with higher prices offsetting weaker equipment sales.")
    assert kinds_and_words(results, edited, models) == [("contradiction", "rose", "fell")]
    warning = "The Met Office had issued a rare red warning for gusts of up to 145 km/h along the Welsh coast."
    assert [k for k, _, _ in kinds_and_words(warning, warning.replace("rare", "routine"), models)] == [
        "contradiction"]


def test_a_participle_after_a_comma_and_a_warning_only_considered(models: Models) -> None:
    strike = ("About 3,500 dockworkers at the port of Antwerp walked off the job on Thursday after talks over a new "
              "pay deal collapsed, halting container traffic at Europe's second-largest port.")
    edited = ("Some 3,500 Antwerp dockworkers went on strike on Thursday after negotiations on a new pay deal broke "
              "down, though container traffic at Europe's second-biggest port was not halted.")
    assert [k for k, _, _ in kinds_and_words(strike, edited, models)] == ["negation"]
    warning = "The Met Office had issued a rare red warning for gusts of up to 145 km/h along the Welsh coast."
    considered = "The Met Office was considering a rare red warning for gusts of up to 145 km/h on the Welsh coast."
    assert [k for k, _, _ in kinds_and_words(warning, considered, models)] == ["status"]


def test_an_age_is_no_length_of_contract(models: Models) -> None:
    signing = ("The 22-year-old, who scored nine goals in the Danish Superliga last season, is expected to sign a "
               "five-year contract after completing a medical in Bergamo on Thursday.")
    edited = ("After a medical in Bergamo on Thursday, the 22-year-old is set to sign a four-year contract; he scored "
              "nine goals in the Danish Superliga last season.")
    assert kinds_and_words(signing, edited, models) == [("number", "five-year", "four-year")]


def test_rejecting_in_other_words_and_a_coach_named_after_his_title(models: Models) -> None:
    count = ("Electoral officials rejected Pop's claims as unfounded, and the new mayor is due to be sworn in on "
             "June 20.")
    edited = ("Election officials did not dismiss Pop's allegations as baseless, and the new mayor is due to be sworn "
              "in on June 20.")
    assert [k for k, _, _ in kinds_and_words(count, edited, models)] == ["negation"]
    coach = '"Mikkel has the energy and vision we were looking for," Atalanta coach Stefano Ricci said.'
    named = 'Atalanta\'s coach, Stefano Ricci, said: "Mikkel has the energy and vision we were looking for."'
    assert kinds_and_words(coach, named, models) == []
