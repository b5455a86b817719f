"""Towns the tagger takes for people or bodies, lakes it takes for buildings; speakers who are private people, a
town's officials, a club or a laboratory; a pronoun against a name; an act begun against one finished; results
preliminary against final; opposite words said of one subject or before one word; a count of things added; and a
whole quoted sentence that ends otherwise. From the fresh revision cases of the thirty-fifth session."""

from __future__ import annotations

from service.pipeline.analyse import analyse
from service.pipeline.run import Models
from service.pipeline.segment import segment
from service.pipeline.types import Article
from tests.test_threats_reviews_opposites_and_ceilings import found


def test_a_town_the_tagger_takes_for_a_person_or_a_body_is_still_a_place(models: Models) -> None:
    assert found(
        "Trains were halted for two hours and some passengers were taken by bus to Bergamo, about 50 km away.",
        "Trains stopped for two hours, with some passengers bussed to Brescia, around 50 kilometres away.",
        models,
    ) == [("entity", "Bergamo", "Brescia")]
    assert found(
        "Fennick, a solar-panel maker based in Utrecht, Netherlands, will cut 300 jobs, the company said.",
        "Fennick, an Eindhoven-based Dutch solar-panel maker, will cut 300 jobs, the company said.",
        models,
    ) == [("entity", "Utrecht", "Eindhoven")]


def test_a_lake_the_tagger_takes_for_a_building_is_a_place(models: Models) -> None:
    assert found(
        "Divers recovered the wreck of a 19th-century steamer from the bottom of Lake Varn on Monday.",
        "The wreck of a 19th-century steamer was raised from the bed of Lake Tessel by divers on Monday.",
        models,
    ) == [("entity", "Lake Varn", "Lake Tessel")]


def test_sites_and_clubs_are_not_read_as_natural_features(models: Models) -> None:
    # "Cape" and "River" open the names of a launch site and a club: their kinds are the tagger's, as before
    assert found(
        "The satellite will launch from Vandenberg Space Force Base in May, the company said.",
        "The satellite will lift off from Cape Canaveral Space Force Station in May, the company said.",
        models,
    ) == [("entity", "Vandenberg Space Force Base", "Cape Canaveral Space Force Station")]


def test_speakers_who_speak_for_themselves_against_a_body(models: Models) -> None:
    assert found(
        "The outbreak of swine fever at a pig farm near Oldbury was confirmed by the regional veterinary "
        "laboratory, officials said.",
        "The outbreak of swine fever at a pig farm near Oldbury was confirmed by neighbouring residents, officials "
        "said.",
        models,
    ) == [("attribution", "the regional veterinary laboratory", "neighbouring residents")]
    assert found(
        "Three soldiers were wounded when a mine exploded near the village of Tessit, the army said on Friday.",
        "Three soldiers were wounded when a mine exploded near the village of Tessit, a local official said on "
        "Friday.",
        models,
    ) == [("attribution", "the army", "a local official")]


def test_a_club_against_a_players_agent(models: Models) -> None:
    assert found(
        "Defender Luca Fermi will be out for six weeks with a hamstring injury, his club Torvale said on Monday.",
        "Defender Luca Fermi has a hamstring injury and will be out for six weeks, his agent said on Monday.",
        models,
    ) == [("attribution", "Torvale", "his agent")]


def test_one_body_and_its_people_are_one_side(models: Models) -> None:
    # an owner may be a company or a council; a town's officials speak for its police, and a law firm for its
    # clients
    assert found(
        "Repairs to the stadium roof will take six months, its owners, the city council, said on Monday.",
        "Repairs to the stadium roof will take six months, the council said on Monday.",
        models,
    ) == []
    assert found(
        "Law firm Hausfeld, representing the families, said they would sue the airline.",
        "The families said they would sue the airline.",
        models,
    ) == []
    assert found(
        "Two men were arrested after a brawl outside a nightclub in Dunmore early on Sunday, police said.",
        "Two men were arrested after a brawl outside a nightclub in Dunmore early on Sunday, city officials said.",
        models,
    ) == []


def test_a_pronoun_against_a_name_is_no_divergence(models: Models) -> None:
    assert found(
        "A judge in Molde on Monday set the trial of former mayor Erik Dahl, accused of taking bribes from "
        "builders, to begin on 3 March. Dahl, who denies wrongdoing, was released on bail.",
        "Erik Dahl, the ex-mayor accused of accepting kickbacks from builders, will go on trial on March 3, after a "
        "Molde judge fixed the date on Monday. He denies any wrongdoing and has been freed on bail.",
        models,
    ) == []


def test_an_act_begun_against_one_finished_is_a_status(models: Models) -> None:
    assert found(
        "Crews have finished repaving the northbound lanes of the A14 near Cambridge, the highways agency said.",
        "Crews have started repaving the northbound lanes of the A14 near Cambridge, the highways agency said.",
        models,
    ) == [("status", "have finished repaving", "have started repaving")]


def test_preliminary_findings_against_final_results_is_a_status(models: Models) -> None:
    assert found(
        "Final results from the Halden trial show the vaccine cut hospital admissions by 40%, researchers said.",
        "Preliminary results from the Halden trial show the vaccine cut hospital admissions by 40%, researchers "
        "said.",
        models,
    ) == [("status", "Final", "Preliminary")]


def test_a_manager_sacked_against_one_appointed(models: Models) -> None:
    assert found(
        "Harbour Town have sacked manager Piet Larsen after eight games without a win.",
        "After eight games without a win, Harbour Town have appointed Piet Larsen as manager.",
        models,
    ) == [("contradiction", "sacked", "appointed")]


def test_opposite_words_of_one_subject_beside_another_move(models: Models) -> None:
    # each claim also cuts something; the rise and the fall are both said of "sales"
    assert found(
        "The regulator said the firm's sales had increased while it cut spending on safety checks.",
        "The regulator said the firm's sales had fallen even as it reduced spending on safety checks.",
        models,
    ) == [("contradiction", "increased", "fallen")]


def test_opposite_comparatives_before_one_word(models: Models) -> None:
    assert found(
        "A study found that adults who slept more hours each night were less likely to develop type 2 diabetes.",
        "Adults sleeping more hours a night were more likely to become diabetic, the study found.",
        models,
    ) == [("contradiction", "less", "more")]


def test_a_count_of_things_added_told_by_the_verb(models: Models) -> None:
    assert found(
        "The takeover would give Brenlow about 1,800 additional lorries.",
        "The takeover would add some 2,800 lorries to Brenlow's fleet.",
        models,
    ) == [("number", "1,800 additional", "2,800 lorries")]
    assert found(
        "The takeover would give Brenlow about 1,800 additional lorries.",
        "The takeover would add some 1,800 lorries to Brenlow's fleet.",
        models,
    ) == []


def test_a_whole_quoted_sentence_that_ends_otherwise(models: Models) -> None:
    assert found(
        "\u201cWe are ready to resume talks without preconditions,\u201d the foreign minister of Oskaria, Aziz Rahimi, "
        "said on Monday after meeting his counterpart in Vienna.",
        "After talks in Vienna on Monday with his counterpart, Oskaria's foreign minister, Aziz Rahimi, said: "
        "\u201cWe are ready to resume talks, but only if the shelling of our towns stops.\u201d",
        models,
    ) == [("quote", "without preconditions", "but only if the shelling of our towns stops")]


def test_another_quarter_or_half_of_the_year_is_a_date(models: Models) -> None:
    assert found(
        "The central bank said it did not expect to cut rates before the third quarter of 2025.",
        "The central bank said it saw no rate cuts coming before the final quarter of 2025.",
        models,
    ) == [("date", "third quarter", "final quarter")]
    assert found(
        "Orvel expects to launch the drug in France in the second half of the year.",
        "Orvel expects to bring the drug to market in France during the first half of the year.",
        models,
    ) == [("date", "second half", "first half")]
    assert found(
        "Orvel expects to launch the drug in France in the fourth quarter.",
        "Orvel expects to launch the drug in France in Q4.",
        models,
    ) == []


def test_an_arrest_on_suspicion_against_a_charge_is_a_status(models: Models) -> None:
    assert found(
        "A 29-year-old woman has been charged with the murder of a shopkeeper in Elmford, police said.",
        "A 29-year-old woman has been arrested on suspicion of the murder of a shopkeeper in Elmford, police said.",
        models,
    ) == [("status", "charged with the murder", "arrested on suspicion of the murder")]


def test_a_penalty_faced_against_one_imposed_is_a_status(models: Models) -> None:
    assert found(
        "Cyclist Anton Reyes has been banned for two years after testing positive for a steroid, the agency said.",
        "The agency said cyclist Anton Reyes, who tested positive for a steroid, faces a proposed two-year ban.",
        models,
    ) == [("status", "has been banned", "faces")]


def test_a_report_by_one_body_against_another(models: Models) -> None:
    # "concluded" says what a report found; a regulator and an audit office are two bodies
    assert found(
        "The collapse of the Harlin bridge was caused by poor maintenance, according to a report by the national "
        "transport regulator published on Monday.",
        "Poor maintenance, not floods, brought down the Harlin bridge, the state audit office concluded in a report "
        "released on Monday.",
        models,
    ) == [("attribution", "the national transport regulator", "the state audit office")]


def test_a_claim_made_by_someone_names_its_speaker(models: Models) -> None:
    text = ("The patients' charity CareFirst disputed a claim made on Monday by Finance Minister Jorge Llosa that "
            "waiting lists had fallen by a fifth.")
    article = Article(id="a", source="A", text=text)
    [facts] = analyse(segment(article, 0), [article], models.nlp)
    assert [s.span.text for s in facts.speakers] == ["CareFirst", "Jorge Llosa"]


def test_a_quotation_reworded_after_its_opening_is_one_quote_divergence(models: Models) -> None:
    # the opposite words inside it are part of the quotation's change, not a contradiction besides
    assert found(
        "\u2018The tunnel is safe and will stay open,\u2019 county engineer Ruth Amsel said on Friday after cracks "
        "were found in its lining.",
        "Cracks have been found in the tunnel's lining, but county engineer Ruth Amsel said on Friday: \u2018The "
        "tunnel is safe for now but may have to close.\u2019",
        models,
    ) == [("quote", "and will stay open", "for now but may have to close")]


def test_homes_and_houses_are_one_thing_counted(models: Models) -> None:
    assert found(
        "About 2,100 homes were destroyed when the cyclone struck on Friday, officials said.",
        "The cyclone wrecked some 2,400 houses when it struck on Friday, officials said.",
        models,
    ) == [("number", "2,100 homes", "2,400 houses")]


def test_a_plural_noun_opening_a_sentence_is_no_other_party(models: Models) -> None:
    # "Councillors" tagged a name is the council itself, so the two sums are compared
    assert found(
        "Dunmore Borough Council voted on Tuesday to raise council tax by 3.9 percent, adding about £84 a year to a "
        "typical bill.",
        "Councillors agreed on Tuesday to lift council tax by 3.9%, which will put roughly £48 a year on a typical "
        "bill.",
        models,
    ) == [("number", "£84", "£48")]


def test_the_body_of_a_replaced_speaker_is_no_entity_besides(models: Models) -> None:
    assert found(
        "Growth will slow to 1% next year, the chief economist of Halden Bank, Mia Storm, said on Monday.",
        "Growth will slow to 1% next year, the finance minister, Lars Aasen, said on Monday.",
        models,
    ) == [("attribution", "Mia Storm", "Lars Aasen")]


def test_the_one_claim_left_over_in_each_copy_is_compared(models: Models) -> None:
    # the changed figure keeps the two sentences apart; they are what each copy has left over
    assert found(
        "Turnout in Sunday's mayoral election in Holmvik reached 64 percent, the highest in three decades, the city's "
        "electoral board said. Incumbent Karin Aldahl won a second term with 55.1 percent of the vote, defeating "
        "challenger Nils Berge.",
        "Karin Aldahl secured a second term as mayor of Holmvik on Sunday, beating her rival Nils Berge with 55.1% "
        "of ballots cast. Participation reached 67%, the strongest in 30 years, the city's electoral board said.",
        models,
    ) == [("number", "64 percent", "67%")]


def test_ahead_of_and_behind_the_same_figures(models: Models) -> None:
    assert found(
        "Ticket sales for the summer festival are running ahead of last year's figures, organisers said on Monday.",
        "Ticket sales for the summer festival are running behind last year's figures, organisers said on Monday.",
        models,
    ) == [("contradiction", "ahead of", "behind")]
    assert found(
        "Talks were held ahead of the summit in Geneva, officials said.",
        "Talks were held behind closed doors in Geneva, officials said.",
        models,
    ) == []


def test_the_opposition_as_a_side_is_no_stance(models: Models) -> None:
    assert found(
        "Support for the ruling Civic Party stands at 29 percent, a poll published on Monday showed.",
        "The opposition Green Alliance leads on 33% in a poll published on Monday, with the ruling Civic Party on 29%.",
        models,
    ) == []


def test_staff_recruited_and_staff_to_be_hired(models: Models) -> None:
    assert found(
        "The hospital trust has recruited 120 nurses from overseas, its chief executive said.",
        "The hospital trust will hire 120 nurses from overseas, its chief executive said.",
        models,
    ) == [("status", "has recruited", "will hire")]


def test_seasons_parts_of_a_month_scores_and_ordinal_counts(models: Models) -> None:
    assert found(
        "The band will tour Britain and Ireland in the autumn, its label said on Wednesday.",
        "The band will tour Britain and Ireland in the spring, its label said on Wednesday.",
        models,
    ) == [("date", "autumn", "spring")]
    assert found(
        "Astronomers said they had seen the comet break apart in early August.",
        "Astronomers said they had seen the comet break apart in late August.",
        models,
    ) == [("date", "early August", "late August")]
    assert found(
        "Castelmar came from behind to beat Sorvena 3-2 on Sunday in front of 41,000 fans.",
        "Castelmar fought back to defeat Sorvena 3-1 on Sunday before a crowd of 41,000.",
        models,
    ) == [("number", "3-2", "3-1")]
    assert found(
        "The lender will raise its fixed mortgage rate to 5.89%, the third increase since August.",
        "The lender will raise its fixed mortgage rate to 5.89%, the fourth increase since August.",
        models,
    ) == [("number", "third", "fourth")]
    # the same result from the other side, and a sum in millions written with a letter before its unit
    assert found(
        "Rovers beat United 2-1 on Saturday.",
        "United lost 1-2 to Rovers on Saturday.",
        models,
    ) == []
    assert found(
        "Sea ice around Antarctica peaked at 17.2 million square kilometres this winter, scientists said.",
        "Antarctic sea ice reached a winter maximum of 17.2m sq km, scientists said.",
        models,
    ) == []
