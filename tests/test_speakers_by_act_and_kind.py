"""Who said or did it, from the revision test's reworded cases: one act given a named doer on each side whom the
other claim never names, though each claim names other speakers ("Farrow & Kent chairman Sir Alan Pryce said the
board had rejected" / "Delmont chief executive Thomas Reilly said Farrow & Kent's board had turned down"); one act
done by a country on one side and by another country's government on the other; named speakers whose kind of
body the name or the title before it gives ("Harwell College said" / "Federal prosecutors said", "Health Minister
Ana Ruiz denied" / "The university denied"). And one spelling per lemma, so that "install" and "installed" are one
act."""

from __future__ import annotations

from service.pipeline.run import Models
from tests.test_threats_reviews_opposites_and_ceilings import found


def test_one_act_with_another_named_doer_though_each_names_another_speaker(models: Models) -> None:
    assert found(
        "Halden & Cole chairman Sir Peter Marsh said the board had rejected two earlier offers as too low, and denied "
        "that it had come under pressure from activist investors.",
        "Brightwater chief executive Anna Lindqvist said Halden & Cole's board had turned down two previous offers as "
        "too low, and denied that the board had come under pressure from activist investors.",
        models,
    ) == [("attribution", "Peter Marsh", "Anna Lindqvist")]


def test_a_doer_the_other_claim_names_may_have_said_it_too(models: Models) -> None:
    assert found("Mayor Ann Lee and engineer Tom Hale said the bridge would reopen in May.",
                 "Engineer Tom Hale said the bridge would reopen in May.", models) == []
    assert found("The bridge will reopen in May, Mayor Ann Lee said, a date confirmed by engineer Tom Hale.",
                 "Engineer Tom Hale said the bridge would reopen in May.", models) == []


def test_a_country_against_another_countrys_government(models: Models) -> None:
    assert found(
        "Norway, which hosted the talks, denied that any payment had been made.",
        "The Swedish government denied that any payment had been made in the talks, which were hosted by Norway.",
        models,
    ) == [("attribution", "Norway", "The Swedish government")]
    assert found(
        "Norway, which hosted the talks, denied that any payment had been made.",
        "The Norwegian government, which hosted the talks, denied that any payment had been made.",
        models,
    ) == []


def test_named_speakers_of_other_kinds_of_body(models: Models) -> None:
    assert found(
        "Harwell College said on Monday that its former bursar had been charged with fraud.",
        "Federal prosecutors said on Monday that Harwell College's former bursar had been charged with fraud.",
        models,
    ) == [("attribution", "Harwell College", "Federal prosecutors")]
    assert found(
        "Health Minister Ana Ruiz denied that tuition fees would rise next year.",
        "The university denied that its tuition fees would rise next year.",
        models,
    ) == [("attribution", "Ana Ruiz", "The university")]
    assert found(
        "Two men were seen near the warehouse before the blaze, according to a police statement.",
        "Two men were seen near the warehouse before the blaze, the fire brigade said.",
        models,
    ) == [("attribution", "a police statement", "the fire brigade")]


def test_one_body_named_two_ways_is_one_speaker(models: Models) -> None:
    assert found(
        "Harwell College said its former bursar had been charged with fraud.",
        "The college said its former bursar had been charged with fraud.",
        models,
    ) == []
    # a possessive name speaks through the office after it: the college's council, not the college
    assert found(
        "Harwell College will raise its fees by 4%, its governing council confirmed on Friday.",
        "Harwell College's governing council confirmed on Friday that the college will raise its fees by 4%.",
        models,
    ) == []
    assert found(
        "Detective Inspector Sam Cole said two men had been arrested.",
        "Police said two men had been arrested.",
        models,
    ) == []


def test_install_and_installed_are_one_act(models: Models) -> None:
    assert found(
        "The council said it planned to install speed cameras on the bypass.",
        "Speed cameras have been installed on the bypass, the council said.",
        models,
    ) == [("status", "planned to install", "have been installed")]
    assert found(
        "The council said it had installed speed cameras on the bypass.",
        "Speed cameras have been installed on the bypass, the council said.",
        models,
    ) == []


def test_a_bodys_own_lawyer_and_agencies_of_no_government(models: Models) -> None:
    assert found("According to the company, no workers were hurt in the blast.",
                 "Company lawyer John Reed said no workers were hurt in the blast.", models) == []
    assert found("The university said the professor had been suspended.",
                 "University lawyer Mark Fenn said the professor had been suspended.", models) == []
    assert found("The Norwegian Refugee Council said 2,000 families had been displaced.",
                 "The aid agency said 2,000 families had been displaced.", models) == []


def test_one_country_by_two_names_and_two_countries_speaking_together(models: Models) -> None:
    assert found("Holland denied that any payment had been made.",
                 "The Dutch government denied that any payment had been made.", models) == []
    assert found("Swedish and Norwegian officials said the cable had been damaged deliberately.",
                 "Norwegian officials said the cable had been damaged deliberately.", models) == []
