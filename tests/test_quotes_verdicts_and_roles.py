"""In two copies of one story, a quotation in the same words around it that opens alike and goes on otherwise is
the same quotation worded differently (not two lines of a speech on one subject or opening in a stock phrase); an
acquittal against a conviction of the same offence is a contradiction; two names after the same role ("bus operator
X") stand in each other's place whatever their labels, and a union that "called a strike" said nothing (one that
"called the vote a disgrace" did); a double-barrelled surname is one speaker ("Okafor-Lane"); "the following
November" is a month."""

from __future__ import annotations

from service.pipeline.run import Models
from tests.test_threats_reviews_opposites_and_ceilings import found


def test_a_quotation_framed_alike_that_goes_on_otherwise(models: Models) -> None:
    assert found(
        '"The voters have spoken, and I accept it," Mayor Dana Whitlock said in a statement on Tuesday.',
        '"The voters have spoken, but they were misled by a campaign of lies," Mayor Dana Whitlock said in a '
        'statement on Tuesday.',
        models,
    ) == [("quote", "and I accept it", "but they were misled by a campaign of lies")]


def test_two_lines_of_one_speech_on_one_subject_or_in_a_stock_phrase(models: Models) -> None:
    assert found('"I want to thank the firefighters who worked through the night," Governor Ellen Park said.',
                 '"I want to thank the people of this county for their patience," Governor Ellen Park said.',
                 models) == []
    assert found('"We will not rest until every family has a home," the housing minister said.',
                 '"We will not rest until the last tent is taken down," the housing minister said.', models) == []
    assert found('"Russian forces are shelling civilian areas in Kharkiv," Zelensky said on Sunday.',
                 '"Russian forces are losing ground in the east," Zelensky said on Sunday.', models) == []


def test_a_quotation_in_the_same_words_around_it_is_reported_once(models: Models) -> None:
    said = '"We expect the line to be running normally again by Monday," rail operator Lina Okafor told reporters.'
    changed = said.replace("to be running normally again by Monday", "to stay closed until at least next week")
    assert found(said, changed, models) == [
        ("quote", "be running normally again by Monday", "stay closed until at least next week")]


def test_two_different_quotations_are_not_one_worded_otherwise(models: Models) -> None:
    assert found('"We will keep fighting for our members," union leader Carla Mendes said on Friday.',
                 '"We will not sign a deal that cuts pensions," union leader Carla Mendes said on Friday.',
                 models) == []


def test_an_acquittal_against_a_conviction_is_a_contradiction(models: Models) -> None:
    assert found("The former treasurer, Alan Pryce, who was acquitted of fraud in 2019, bought the land.",
                 "The former treasurer, Alan Pryce, who was convicted of fraud in 2019, bought the land.",
                 models) == [("contradiction", "acquitted", "convicted")]
    # a sentence to come (for another count, perhaps): no opposite verdicts
    kinds = [kind for kind, _, _ in found("Hart was acquitted of murder on Tuesday.",
                                          "Hart, who admitted manslaughter, will be sentenced on Friday.", models)]
    assert "contradiction" not in kinds


def test_names_after_the_same_role_whatever_their_labels(models: Models) -> None:
    assert found(
        "The strike was called by the Transport Workers' Union after talks with bus operator Harlow Coaches broke "
        "down over pay.",
        "Talks between the Transport Workers' Union and bus operator Westway Transit Group collapsed over pay, "
        "prompting the union to call the strike.",
        models,
    ) == [("entity", "Harlow Coaches", "Westway Transit Group")]


def test_a_double_barrelled_surname_is_one_speaker(models: Models) -> None:
    assert found(
        '"We believe the outbreak came from a single batch of shellfish," Adeyemi-Clarke told reporters in Leeds.',
        'Adeyemi-Clarke, speaking to reporters in Leeds, said: "We believe the outbreak came from a single batch of '
        'shellfish."',
        models,
    ) == []


def test_who_called_a_thing_by_a_name_said_it(models: Models) -> None:
    assert found('Senator Mark Kelly called the hearing "a circus" on Tuesday.',
                 'Senator Ted Cruz called the hearing "a circus" on Tuesday.',
                 models) == [("attribution", "Mark Kelly", "Ted Cruz")]
    assert found('Labour leader Keir Starmer called the vote "a disgrace" after the result was announced.',
                 'Starmer said the vote was "a disgrace" after the result was announced.', models) == []


def test_words_between_two_parties_are_no_role(models: Models) -> None:
    assert found("Peace talks between Israel and Hamas stalled on Monday, Qatari mediators said.",
                 "Peace talks between Netanyahu's government and Hamas have stalled, Qatari mediators said on Monday.",
                 models) == []


def test_a_month_counted_from_a_year_named_before(models: Models) -> None:
    assert found("Tenants first complained in March 2021, but an inspector only came the following October, the "
                 "ombudsman said.",
                 "The ombudsman said tenants first complained in March 2021 and an inspector only visited the "
                 "following August.", models) == [("date", "October", "August")]
