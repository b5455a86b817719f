"""Details the twenty-first session's probe rounds showed, with the real models: a lawyer speaking for a client,
switched off against left on, a share in words in near-copies, amounts of two rival parties, and a summary that
reports done, or affirms, what its source only plans or denies in a sentence of its own."""

from __future__ import annotations

from service.pipeline.run import Models
from tests.test_edited_copies import kinds_of as kinds
from tests.test_summaries import PAD, kinds_against


def test_a_lawyer_named_after_the_title_is_not_the_client(models: Models) -> None:
    lawyer = ("Ferreyra's lawyer, Martín Quiroga, said the tribunal had ignored laboratory evidence that the "
              "supplement was contaminated.")
    assert kinds(lawyer, "The tribunal disregarded laboratory evidence showing that the supplement was "
                         "contaminated, Ferreyra said.", models) == ["attribution"]
    assert kinds(lawyer, "Martín Quiroga, Ferreyra's lawyer, said the tribunal had ignored laboratory evidence "
                         "that the supplement was contaminated.", models) == []
    assert kinds(lawyer, "Ferreyra's lawyer said the tribunal had ignored laboratory evidence that the supplement "
                         "was contaminated.", models) == []


def test_switched_off_against_left_on(models: Models) -> None:
    original = ("The prosecution was brought by the Environment Agency, whose investigators found that alarms at "
                "the Leominster treatment works had been switched off.")
    assert kinds(original, original.replace("switched off", "left on"), models) == ["contradiction"]
    assert kinds(original, original.replace("switched off", "turned off"), models) == []


def test_a_share_in_words_bounds_a_percentage_in_a_near_copy(models: Models) -> None:
    survey = "More than half of the 1,200 residents surveyed said they opposed the new road, the council said."
    assert kinds(survey, survey.replace("More than half", "58%"), models) == []
    assert kinds(survey, survey.replace("More than half", "88%"), models) == ["number"]


def test_amounts_of_a_rival_are_no_conflict(models: Models) -> None:
    source = ("CARDIFF, Wales - Northbridge Bank will close 64 of its branches across Britain by the end of "
              "September, putting about 420 jobs at risk, the lender said on Tuesday.\n\nThe bank, which has 310 "
              "branches, said visits had fallen sharply.\n\nThe announcement comes a month after rival Castlegate "
              "Bank said it would close 40 branches." + PAD)
    assert kinds_against(source, "Northbridge Bank plans to close 64 of its 310 branches in Britain by the end of "
                                 "September, putting about 420 jobs at risk.", models) == []
    assert "number" in kinds_against(source, "Northbridge Bank plans to close 40 of its 310 branches in Britain by "
                                             "the end of September, putting about 420 jobs at risk.", models)


def test_done_where_the_source_only_said_it_would(models: Models) -> None:
    source = ("JOHANNESBURG - South Africa's Labour Court ruled on Tuesday that drivers working for the ride-hailing "
              "platform Zoomo are employees rather than independent contractors.\n\n\"Today the court has told these "
              "companies that a smartphone is not a loophole,\" said Thabo Mokoena, the union's general secretary."
              "\n\nZoomo said it would appeal." + PAD)
    assert kinds_against(source, "Zoomo has appealed against a ruling by South Africa's Labour Court that its "
                                 "drivers are employees.", models) == ["status"]
    assert kinds_against(source, "Zoomo said it would appeal against a ruling by South Africa's Labour Court that "
                                 "its drivers are employees.", models) == []


def test_affirmed_where_a_sentence_of_the_source_denies_it(models: Models) -> None:
    bridge = ("COIMBRA, Portugal - Families of the 11 people killed when a road bridge over the Mondego River "
              "collapsed last March will share 46 million euros in compensation under a deal announced on Tuesday "
              "by the operator, Rodovias do Centro.\n\nThe company has not admitted liability." + PAD)
    summary = ("Families of the 11 people killed in the Mondego bridge collapse will share 46 million euros, and "
               "operator Rodovias do Centro has admitted liability for the collapse.")
    assert kinds_against(bridge, summary, models) == ["negation"]
    assert kinds_against(bridge, summary.replace("has admitted", "has not admitted"), models) == []
    water = ("MENDOZA, Argentina - Authorities in Mendoza province on Wednesday ordered water rationing for about "
             "1.1 million residents.\n\nThe cuts will run from 10 p.m. to 6 a.m., and watering gardens, washing "
             "cars and filling swimming pools will be banned." + PAD)
    assert kinds_against(water, "Mendoza province ordered water rationing for about 1.1 million residents but did "
                                "not ban garden watering.", models) == ["negation"]
    assert kinds_against(water, "Mendoza province ordered water rationing for about 1.1 million residents and "
                                "banned garden watering.", models) == []


def test_no_one_charged_against_charges_brought(models: Models) -> None:
    source = ("TERNEUZEN, Netherlands - An inquiry found that a faulty valve caused last month's fatal explosion at "
              "the Veldkamp Chemicals plant in Terneuzen.\n\nPublic prosecutors said on Thursday that they were "
              "investigating whether charges should be brought against the company's managers.\n\nNo one has been "
              "charged." + PAD)
    assert "negation" in kinds_against(source, "An inquiry found that a faulty valve caused last month's fatal "
                                               "explosion at the Veldkamp Chemicals plant in Terneuzen, and "
                                               "prosecutors have charged the company's managers.", models)
    assert kinds_against(source, "An inquiry found that a faulty valve caused last month's fatal explosion at the "
                                 "Veldkamp Chemicals plant in Terneuzen.", models) == []


def test_opposites_and_denials_in_other_words(models: Models) -> None:
    results = ("The school's A-level results had improved sharply in recent years, according to the trust's own "
               "figures.")
    assert kinds(results, results.replace("improved", "declined"), models) == ["contradiction"]
    assert kinds('"If you are told to go, go now. Do not wait to see the flames," Sheriff Ray Hollister told '
                 "reporters.",
                 "Sheriff Ray Hollister told reporters that residents ordered to leave should go immediately rather "
                 "than wait to see the flames.", models) == []
    assert kinds("Chief Executive Graham Liu said the carrier could absorb the costs without raising fares.",
                 "Chief Executive Graham Liu said the carrier could absorb the costs without having to raise fares.",
                 models) == []


def test_speakers_a_parse_or_a_second_speaker_hides(models: Models) -> None:
    assert kinds("Penrose, who has represented North Wessex since 2010, denied any wrongdoing.",
                 "Penrose, the MP for North Wessex since 2010, rejected any suggestion of wrongdoing.", models) == []
    assert kinds("Republican Senate Minority Leader Craig Sorensen said he expected the measure to fail in the "
                 "Senate, and the Nevada Petroleum and Convenience Store Association warned that it would push sales "
                 "to neighboring states.",
                 "Craig Sorensen, the Republican minority leader in the Senate, predicted the measure would fail "
                 "there, while the Legislative Counsel Bureau warned that it would drive sales to neighboring states.",
                 models) == ["attribution"]


def test_a_summary_in_other_words_of_counts_and_officials(models: Models) -> None:
    water = ("MENDOZA, Argentina - Authorities in Mendoza province on Wednesday ordered water rationing for about "
             "1.1 million residents, after reservoir levels fell to their lowest point in more than 30 years "
             "following a third consecutive dry winter." + PAD)
    assert kinds_against(water, "Mendoza province ordered water rationing for about 1.1 million people, with "
                                "reservoirs at a more-than-30-year low after three consecutive dry winters.",
                         models) == []
    assert "number" in kinds_against(water, "Mendoza province ordered water rationing for about 1.1 million "
                                            "people after four consecutive dry winters.", models)
    recount = ("NEW HARWICH, Connecticut - The city's mayoral race will go to a recount on Monday.\n\nRepublican "
               "Registrar of Voters Karen Albright said paper ballots from all 12 polling places would be counted "
               "by hand at City Hall." + PAD)
    assert kinds_against(recount, "A New Harwich registrar said ballots from all 12 polling places would be "
                                  "counted by hand.", models) == []


def test_what_the_review_of_these_rules_kept(models: Models) -> None:
    assert kinds("Pemberton said the storm had damaged 300 homes.",
                 "Governor Lisa Crane said the storm had damaged 500 homes.", models) == ["number", "attribution"]
    assert kinds("The carmaker, Volkswagen AG, said it would recall 12,000 vehicles.",
                 "Volkswagen said it would recall 12,000 vehicles.", models) == []
    assert kinds_against("Police said there was no evidence so far that customer records had been stolen." + PAD,
                         "Police said customer records had been stolen.", models) == ["negation"]
    assert "negation" in kinds_against("No one has been charged over the fire, police said on Monday." + PAD,
                                       "Prosecutors have charged two managers over the fire.", models)
