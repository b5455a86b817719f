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


def kinds_of(original: str, edited: str, models: Models) -> list[str]:
    return [d.kind for d in divergences_between(original, edited, models)]


def test_ages_spans_of_time_and_counts_as_news_writes_them(models: Models) -> None:
    assert kinds_of("Police said the 34-year-old driver was arrested at the scene.",
                    "The 43-year-old motorist was arrested at the scene, police said.", models) == ["number"]
    assert kinds_of("The 50-year-old law was repealed on Tuesday.",
                    "The law, passed 60 years ago, was repealed on Tuesday.", models) == ["number"]
    fraud = ("A jury at Manchester Crown Court on Friday found former accountant David Hollings, 54, guilty of "
             "defrauding a children's charity of £2.3 million over seven years.")
    assert kinds_of(fraud, fraud.replace("seven years", "six years"), models) == ["number"]
    assert kinds_of("Nine miners were killed and 14 injured when part of a tunnel collapsed on Wednesday.",
                    "A tunnel collapse on Wednesday killed nine miners and left 40 others injured.", models) == [
        "number"]
    assert kinds_of("Pilots walked off the job on Thursday, grounding 214 flights, the carrier said.",
                    "The carrier said 241 of its flights were grounded after its pilots walked out on Thursday.",
                    models) == ["number"]
    assert kinds_of("Revenue rose to $15 million from $10 million, the company said.",
                    "Revenue climbed to $5 million, compared with $10 million, the company said.", models) == [
        "number"]


def test_a_converted_measure_rounded_and_a_hedge_said_twice_are_no_divergence(models: Models) -> None:
    assert kinds_of("Crews closed a 3-mile stretch of the highway on Monday.",
                    "Crews closed a 5-kilometer stretch of the highway on Monday.", models) == []
    assert kinds_of("Investigators said a faulty heater was the likely cause of the fire.",
                    "Investigators said the fire was probably caused by a faulty heater.", models) == []


def test_moves_the_other_way_and_routes_the_other_way_round(models: Models) -> None:
    shares = "Shares of Calverra Therapeutics jumped 38% on Tuesday after its Alzheimer's drug slowed decline."
    assert kinds_of(shares, shares.replace("jumped", "fell"), models) == ["contradiction"]
    sales = "Ticket sales were up nearly 10% from last season, the club said."
    assert kinds_of(sales, "Ticket sales were down nearly 10% compared with last season, the club said.",
                    models) == ["contradiction"]
    ship = "The vessel was carrying about 9,000 containers from Singapore to Rotterdam when it struck a sandbank."
    assert kinds_of(ship, ship.replace("from Singapore to Rotterdam", "from Rotterdam to Singapore"), models) == [
        "contradiction"]
    vote = "Councillor Raymond Ortiz, who voted against, said the project lacked funding for new schools."
    assert kinds_of(vote, vote.replace("voted against", "voted in favour"), models) == ["contradiction"]
    assert kinds_of("Pop singer Talia Moreno has sued her former manager, Greg Hollis, for $12 million.",
                    "Talia Moreno has sued Greg Hollis, her current manager, for $12 million.", models) == [
        "contradiction"]


def test_a_denial_denied_reports_only_and_advice_for_against_advice_against(models: Models) -> None:
    fire = ("Pacific Cascade Power denied reports that one of its transmission lines had sparked the blaze, saying "
            "its equipment had been switched off since last week.")
    assert kinds_of(fire, fire.replace("denied reports", "did not deny reports"), models) == ["negation"]
    troops = "Varga denied that her government had agreed to withdraw troops from the town of Kessar."
    assert kinds_of(troops, troops.replace("denied that", "did not deny that"), models) == ["negation"]
    parole = "A California parole panel on Thursday recommended releasing Linda Marsh, who has served 29 years."
    assert set(kinds_of(parole, parole.replace("recommended releasing", "recommended against releasing"),
                        models)) == {"negation"}  # the advice and the release, each reported
    assert kinds_of("All 23 crew members were rescued unharmed.", "All 23 crew members were rescued without injury.",
                    models) == []


def test_speakers_named_by_their_owner_their_union_or_their_bloc(models: Models) -> None:
    party = "Salcedo's party, which had alleged irregularities at dozens of polling stations, said it would not appeal."
    assert kinds_of(party, party.replace("Salcedo's", "Ortiz's"), models) == ["attribution"]
    union = ('The National Tertiary Education Union called the cuts "reckless" and said its members would vote next '
             'week on whether to strike.')
    assert kinds_of(union, 'Calling the cuts "reckless," the Australian Education Union said its members would vote '
                           'next week on whether to strike.', models) == ["attribution"]
    truce = "The truce will be monitored by a team of 120 unarmed observers from the African Union."
    assert kinds_of(truce, truce.replace("African Union", "European Union"), models) == ["entity"]
    wind = '"The wind is our biggest enemy," said Marcus Delaney, the incident commander for the Oregon Department.'
    assert kinds_of(wind, 'According to Governor Elaine Porter, "The wind is our biggest enemy."', models) == [
        "attribution"]


def test_what_the_second_review_found(models: Models) -> None:
    assert kinds_of("The train will run 1,000 kilometers across the desert.",
                    "The train will run 500 miles across the desert.", models) == ["number"]
    both_ways = ("Flights from London to Paris were cancelled on Monday, and flights from Paris to London were "
                 "delayed.")
    assert kinds_of(both_ways, both_ways.replace(", and flights", ", while flights"), models) == []
    assert kinds_of("The hostages were not released, officials said.",
                    "The hostages were freed unharmed, officials said.", models) == ["negation"]
    successor = "The board named Smith the likely successor to Jones, who could step down next year."
    assert kinds_of(successor, successor.replace("likely successor", "successor"), models) == ["status"]
    assert kinds_of("Smith, speaking at a rally in Boston, said the plan would fail.",
                    "Jones, speaking at a rally in Chicago, said the plan would fail.", models) == [
        "attribution", "entity"]
    assert kinds_of("Police arrested a man over 40 years old.", "Police arrested a 44-year-old man.", models) == []
