"""What a rewording hides: the one count each claim has left once the rest agree, an age said with "who is", two
measures written as modifiers of differently named things, a statement credited to another kind of body, an act
denied in another verb, and a place the tagger labels a nationality."""

from __future__ import annotations

from service.pipeline.run import Models
from tests.test_divergences import divergences_between


def numbers(first: str, second: str, models: Models) -> list[tuple[str, str]]:
    return spans_of("number", first, second, models)


def spans_of(kind: str, first: str, second: str, models: Models) -> list[tuple[str, str]]:
    return [(d.a, d.b) for d in divergences_between(first, second, models) if d.kind == kind]


def test_the_one_count_left_on_each_side_is_compared_when_the_other_figures_agree(models: Models) -> None:
    assert numbers(
        "At least 12 people died and 9 remain missing after a landslide hit the village of Kolva on Sunday, "
        "officials said.",
        "A landslide struck the village of Kolva on Sunday, leaving at least 12 people dead and 19 still "
        "unaccounted for, according to officials.",
        models,
    ) == [("9", "19")]
    assert numbers(
        "Eight miners were killed and 15 injured when a shaft collapsed at the Brenner pit on Tuesday.",
        "A shaft collapsed at the Brenner pit on Tuesday, killing eight miners and hurting 25.",
        models,
    ) == [("15 injured", "25")]


def test_a_remaining_count_of_something_else_or_a_reworded_match_is_no_divergence(models: Models) -> None:
    assert numbers(
        "At least 12 people died and nine remain missing after a landslide hit the village of Kolva on Sunday.",
        "A landslide struck the village of Kolva on Sunday, leaving at least 12 people dead and nine still "
        "unaccounted for.",
        models,
    ) == []
    # "The two" (parties) and "a three-way summit" (a modifier) are no counts of one thing
    assert numbers(
        "The two agreed to resume a currency swap line worth $5 billion and to hold a three-way summit with Japan "
        "before the end of the year.",
        "The ministers agreed to resume a $5 billion currency swap line and to convene a trilateral summit with "
        "Japan before the year is out.",
        models,
    ) == []
    # nothing else shared: a bare figure alone is not paired with another by rewording
    assert numbers(
        "The council approved 40 new homes on the site.",
        "Councillors backed a plan for the site, which 300 residents had opposed.",
        models,
    ) == []


def test_an_age_said_with_who_is_is_compared_with_an_age(models: Models) -> None:
    assert numbers(
        "Okafor, 29, has denied the charges and said he will appeal the ban.",
        "Okafor, who is 26, denies the charges and has said he will appeal against the ban.",
        models,
    ) == [("29", "26")]


def test_two_measures_written_as_modifiers_of_one_thing_in_other_words_are_compared(models: Models) -> None:
    assert numbers(
        "Crews had contained half of the 3,200-hectare blaze by Tuesday night.",
        "By Tuesday night, crews had brought half of the 2,300-hectare fire under control.",
        models,
    ) == [("3,200-hectare", "2,300-hectare")]
    assert numbers(
        "Crews had contained half of the 3,200-hectare blaze by Tuesday night.",
        "By Tuesday night, crews had brought half of the 3,200-hectare fire under control.",
        models,
    ) == []


def test_a_statement_credited_to_another_kind_of_body_is_an_attribution_divergence(models: Models) -> None:
    assert spans_of(
        "attribution",
        "Prosecutors said they had charged two men over the theft of the paintings from the Hallam gallery.",
        "Two men have been charged over the theft of paintings from the Hallam gallery, police said.",
        models,
    ) == [("Prosecutors", "police")]
    # the other body may be named in the claim, as what the speaker reports on: it still does not speak there
    assert spans_of(
        "attribution",
        "Residents are suing the insurer after it refused to pay for flood damage, their lawyers said.",
        "Residents have taken the insurer to court after it would not pay for flood damage, the insurer said.",
        models,
    ) == [("their lawyers", "the insurer")]


def test_bodies_that_may_be_one_or_the_same_kind_of_body_are_no_divergence(models: Models) -> None:
    assert spans_of(
        "attribution",
        "Prosecutors said they had charged two men over the theft of the paintings from the Hallam gallery.",
        "Two men have been charged over the theft of paintings from the Hallam gallery, the prosecution said.",
        models,
    ) == []
    assert spans_of(
        "attribution",
        "Investigators said they had charged two men over the theft of the paintings from the Hallam gallery.",
        "Two men have been charged over the theft of paintings from the Hallam gallery, police said.",
        models,
    ) == []


def test_an_act_denied_in_another_verb_under_the_same_auxiliary_is_a_negation(models: Models) -> None:
    assert spans_of(
        "negation",
        "The regulator said it would require an independent audit of the exchange's systems.",
        "The regulator said it would not demand an independent audit of the exchange's systems.",
        models,
    ) == [("would require", "would not demand")]
    assert spans_of(
        "negation",
        "In a statement, the miner said it had not halted work at the site and was cooperating with the police.",
        "The miner said in a statement it had suspended operations at the site and was cooperating with police.",
        models,
    ) == [("had not halted", "had suspended")]


def test_a_denial_that_affirms_its_complement_or_a_claim_that_denies_too_is_no_negation(models: Models) -> None:
    assert spans_of(
        "negation",
        "The club said it would keep the coach until the end of the season.",
        "The club said it would not drop the coach before the end of the season.",
        models,
    ) == []
    assert spans_of(
        "negation",
        "The regulator said it would not require an audit but refused to rule out a fine.",
        "The regulator said it would not demand an audit and declined to rule out a fine.",
        models,
    ) == []


def test_a_place_the_tagger_takes_for_a_nationality_is_compared_in_the_same_words(models: Models) -> None:
    assert spans_of(
        "entity",
        "Kingsford City Council voted 6-3 on Monday to approve a $9 million plan to convert the former Ashdown "
        "gasworks into 210 affordable flats.",
        "On Monday, Kingsford's city council approved by a 6-3 vote a $9 million plan to turn the former Millbrook "
        "gasworks into 210 affordable homes.",
        models,
    ) == [("Ashdown", "Millbrook")]


def test_counts_of_other_things_numbers_that_name_and_ranges_are_not_the_count_left(models: Models) -> None:
    assert numbers("The company will cut 1,200 jobs across 40 stores, it said on Monday.",
                   "The company said on Monday it will cut 1,200 jobs and close 15 warehouses.", models) == []
    assert numbers("Flight 370 disappeared with 239 people on board.",
                   "The plane, carrying 239 people and 12 crew, vanished.", models) == []
    assert numbers("About 3-4 million barrels a day could be lost, analysts said.",
                   "About 3 to 4 million barrels a day could be lost, analysts said.", models) == []
    assert numbers("The 4,500-hectare blaze is burning near the town, firefighters said.",
                   "The blaze is burning near a 300-hectare nature reserve outside the town, firefighters said.",
                   models) == []


def test_a_body_named_inside_the_other_speaker_or_an_adjective_tagged_a_nationality_is_no_swap(
    models: Models,
) -> None:
    assert spans_of("attribution", "Prosecution lawyers said the defendant had fled the country in March.",
                    "Prosecutors said the defendant had fled the country in March.", models) == []
    assert spans_of("attribution", "The insurer's lawyers said the policy did not cover flood damage.",
                    "The insurer said the policy did not cover flood damage.", models) == []
    western = divergences_between("The Western allies pledged more aid on Monday.",
                                  "NATO allies pledged more aid on Monday.", models)
    assert [d.kind for d in western] == []


def test_a_denial_with_do_or_in_progress_is_left_to_the_other_checks_and_wont_is_will_not(models: Models) -> None:
    assert spans_of("negation", "The ruling frees the city from paying for the cleanup.",
                    "Under the ruling the city does not have to pay for the cleanup.", models) == []
    # two acts of one scene, each described as going on
    assert spans_of("negation", "A young woman with pink gloves is standing in the snow.",
                    "A woman wearing pink gloves is not smiling in the snow.", models) == []
    assert spans_of("negation", "The company won't demand an independent audit of the accounts.",
                    "The company will require an independent audit of the accounts.", models) == [
        ("won't demand", "will require")]
