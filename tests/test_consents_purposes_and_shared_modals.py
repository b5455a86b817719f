"""Details the sixteenth session's fresh probe rounds showed misread or missed, with the real models: a consent
still awaited against one given, negations carried by "not going to" and "cannot keep", spans of time far apart,
a smaller thing against the largest, an act planned against one done years ago or a state held, a count the source
states of the same things, a conviction said as "found guilty", a purpose against a denial, officials named by
their body's office, names the tagger labels as another kind, a vote's tally, and a second clause that reports a
statement of its own."""

from __future__ import annotations

from service.pipeline.quantities import find_quantities
from service.pipeline.run import Models
from service.pipeline.segment import segment
from service.pipeline.types import Article
from tests.test_edited_copies import kinds_and_words
from tests.test_summaries import PAD, kinds_against


def test_a_consent_still_awaited_against_one_given(models: Models) -> None:
    merger = ("Shareholders of both lenders will vote on the deal next month, and the merger still needs approval from "
              "the European Central Bank.")
    given = merger.replace("still needs approval from", "has received approval from")
    assert [kind for kind, _, _ in kinds_and_words(merger, given, models)] == ["status"]
    sale = "The sale of the Heathrow slots still needs to be approved by the airport coordinator."
    assert [kind for kind, _, _ in kinds_and_words(
        sale, "The airport coordinator has signed off on the sale of the Heathrow slots.", models)] == ["status"]
    assert kinds_and_words(merger, merger.replace("still needs", "still requires"), models) == []


def test_negations_carried_by_the_verb_before_the_act(models: Models) -> None:
    source = ('"We are not going to reopen the tunnel until every signal has been checked," the transit agency\'s '
              'general manager said on Tuesday.' + PAD)
    assert kinds_against(source, "The transit agency's general manager said the tunnel would not reopen until "
                                 "every signal had been checked.", models) == []
    mayor = '"We cannot keep asking taxpayers to pay for a ski lift that no longer runs," the mayor said.' + PAD
    assert kinds_against(mayor, "The mayor said taxpayers could no longer be asked to pay for the ski lift.",
                         models) == []
    dry = "The resort voted to close after a winter with almost no snow." + PAD
    assert kinds_against(dry, "The resort voted to close after a winter with little snow.", models) == []


def test_spans_of_time_far_apart_measure_other_things(models: Models) -> None:
    source = ("About 4,000 Irish rail workers walked off the job on Friday in the first national rail strike in more "
              "than 25 years, the union said. The 24-hour stoppage was called after pay talks collapsed." + PAD)
    assert kinds_against(source, "About 4,000 Irish rail workers began a 24-hour strike on Friday, the union said.",
                         models) == []
    strike = "The union called a 48-hour strike at all 42 depots."
    assert [kind for kind, _, _ in kinds_and_words(strike, strike.replace("48-hour", "72-hour"), models)] == ["number"]
    assert [kind for kind, _, _ in kinds_and_words(strike, strike.replace("48-hour", "two-day"), models)] == []


def test_opposites_that_grade_or_time_other_things(models: Models) -> None:
    water = ("Iquique, a port city of about 200,000 people, has relied on a smaller desalination unit built in 1999. "
             "The country's largest desalination plant began supplying the city on Wednesday." + PAD)
    assert kinds_against(water, "The country's largest desalination plant began supplying Iquique on Wednesday, and "
                                "can serve the city's 200,000 people.", models) == []
    resort = ("The ski resort of Montclar, which opened in 1971, will close its lifts for good at the end of the "
              "season, the village council said on Monday." + PAD)
    assert kinds_against(resort, "Montclar, a ski resort that opened in 1971, will shut down permanently at the end "
                                 "of the season.", models) == []
    canal = ('"We have kept the canal open as long as we safely could," the waterways director said. The authority '
             'said it would close the canal to barges from Monday because of the drought.' + PAD)
    assert kinds_against(canal, "The waterways authority said it will close the canal to barges from Monday because "
                                "of the drought.", models) == []


def test_a_count_the_source_states_of_the_same_things(models: Models) -> None:
    water = ("Antofagasta, a mining hub of about 425,000 people, has long faced water cuts. The new plant can produce "
             "up to 1,200 litres of fresh water per second, enough for about 350,000 residents, the utility said."
             + PAD)
    assert kinds_against(water, "The plant began supplying water to Antofagasta and can serve about 350,000 "
                                "residents.", models) == []
    debate = ("The board banned the televised debate, ruling that the broadcaster's decision to invite only four of "
              "the seven parties standing breached rules on equal treatment." + PAD)
    assert kinds_against(debate, "The board banned the TV debate for leaving out three parties.", models) == []
    assert kinds_against(debate, "The board banned the TV debate for leaving out two parties.", models) == ["number"]


def test_a_conviction_said_as_found_guilty(models: Models) -> None:
    hearing = ("Gomes, 27, is accused by the integrity agency of fixing four matches at tournaments in Portugal "
               "between 2020 and 2022.")
    assert [kind for kind, _, _ in kinds_and_words(
        hearing, "Gomes, 27, has been found guilty by the integrity agency of fixing four matches at tournaments in "
                 "Portugal between 2020 and 2022.", models)] == ["status"]
    trial = ("Jurors convicted the founder on two counts of wire fraud and acquitted him of bank fraud after a "
             "five-week trial." + PAD)
    assert kinds_against(trial, "After a five-week trial, jurors found the founder guilty of wire fraud but acquitted "
                                "him of bank fraud.", models) == []
    plea = ("The company's former finance chief pleaded guilty last year to conspiracy charges and testified for the "
            "prosecution." + PAD)
    assert kinds_against(plea, "The former finance chief, who pleaded guilty to conspiracy charges, testified for "
                               "the prosecution.", models) == []


def test_a_purpose_is_no_fact_a_denial_opposes(models: Models) -> None:
    source = ("Prosecutors said he created fake contracts and doctored bank statements to support the numbers." + PAD)
    assert kinds_against(source, "Prosecutors said he made up numbers when the real ones didn't support his story, "
                                 "doctoring bank statements.", models) == []


def test_officials_named_by_their_bodys_office(models: Models) -> None:
    source = ('Its chief executive, David Whitcombe, said the company had made a "fair and affordable" offer. The '
              'national postal operator employs 6,800 workers.' + PAD)
    assert kinds_against(source, "The postal operator's chief executive said its pay offer was fair and "
                                 "affordable.", models) == []
    orchestra = ("The search committee considered more than 40 conductors, according to the orchestra's chair, Ama "
                 "Boateng.")
    assert [kind for kind, _, _ in kinds_and_words(
        orchestra, "Rachel Stavros, the orchestra's chief executive, said the search committee had considered more "
                   "than 40 conductors.", models)] == ["attribution"]
    lawyer = "Gomes's lawyer, Ana Duarte, said the payments were repayments of a loan from a childhood friend."
    assert kinds_and_words(lawyer, lawyer.replace("Gomes's lawyer, Ana Duarte,", "Agency lawyer Mark Hill"),
                           models) == [("attribution", "Ana Duarte", "Mark Hill")]


def test_names_the_tagger_labels_as_another_kind(models: Models) -> None:
    source = ("BOSTON (AP) - A stretch of the MBTA's Orange Line will stay closed for at least a week after a storm "
              "flooded two stations, transit officials said. Boston EMS treated two people." + PAD)
    assert kinds_against(source, "A stretch of Boston's Orange Line will stay closed for at least a week after a "
                                 "storm flooded two stations.", models) == []
    fund = ("The developer has agreed to pay 250,000 pounds into a community fund run by Harby Fen parish council, "
            "and construction is due to begin next spring.")
    assert [kind for kind, _, _ in kinds_and_words(
        fund, fund.replace("Harby Fen parish council", "South Wolds District Council"), models)] == ["entity"]
    scheme = ("France, which introduced a similar scheme in 2007, has not reported a significant drop in textile "
              "waste, according to the European Environment Agency.")
    assert kinds_and_words(scheme, "According to the European Environment Agency, Sweden, which brought in a "
                                   "comparable scheme in 2007, has not reported a significant fall in textile waste.",
                           models) == [("entity", "France", "Sweden")]
    [weight] = find_quantities("The escaped fish weighed an average of about 7 pounds.")
    [price] = find_quantities("The tickets cost 7 pounds each.")
    assert (weight.unit, price.unit) == ("lb", "GBP")


def test_opposite_acts_and_a_second_clause_with_its_own_statement(models: Models) -> None:
    strike = "Dock workers will strike for 48 hours from Monday after talks over a 7% pay rise collapsed."
    assert kinds_and_words(strike, strike.replace("pay rise", "pay cut"), models) == [
        ("contradiction", "pay rise", "pay cut")]
    # "rise" and "cut" alone are no opposites: "the rate rose to 7.71%" and "cut its forecast" move two things.
    source = ("The shares jumped a day after the builder cut its full-year delivery forecast to 4,100 homes, as the "
              "average mortgage rate rose to 7.71%." + PAD)
    assert kinds_against(source, "The builder lowered its delivery outlook to 4,100 homes as the average mortgage "
                                 "rate rose to 7.71%.", models) == []
    text = ("The board banned the debate for inviting only four of the seven parties, and public broadcaster A Punt "
            "said it would appeal.")
    claims = [c.text for c in segment(Article(id="t", source="T", text=text), 0)]
    assert claims[-1] == "public broadcaster A Punt said it would appeal."
    source = ("The board banned the televised debate. The broadcaster said it would not appeal because the court "
              "could not rule before the vote." + PAD)
    assert "negation" in kinds_against(source, "The board banned the debate, and public broadcaster A Punt said it "
                                                "would appeal.", models)


def test_a_votes_tally_is_one_figure(models: Models) -> None:
    [tally] = find_quantities("In a 9-4 decision, the board said the broadcaster had to respect pluralism.")
    assert (tally.span.text, tally.unit) == ("9-4", "tally")
    assert [q.span.text for q in find_quantities("The panel was open to people aged 18-24.")] == ["18", "24"]
    ruling = "In a 9-4 decision, the electoral board said the public broadcaster had to respect pluralism."
    assert kinds_and_words(ruling, ruling.replace("9-4", "7-6"), models) == [("number", "9-4", "7-6")]
    source = "The council approved the sale 5-4 on Wednesday after a long meeting." + PAD
    assert kinds_against(source, "In a 5-4 vote, the council approved the sale on Wednesday.", models) == []
    assert kinds_against(source, "In a 6-3 vote, the council approved the sale on Wednesday.", models) == ["number"]
    assert kinds_against(source, "By 5 votes to 4, the council approved the sale on Wednesday.", models) == []


def test_a_figure_moved_the_other_way_beside_one_moved_its_own_way(models: Models) -> None:
    source = ("The chocolate maker said record cocoa prices pushed its operating profit down 27%. Shares in the "
              "company fell 5.2% by midday in Zurich." + PAD)
    assert "contradiction" in kinds_against(source, "Record cocoa prices pushed the chocolate maker's operating "
                                                    "profit down 27%, sending its shares up 5.2%.", models)
    assert kinds_against(source, "Record cocoa prices pushed the chocolate maker's operating profit down 27%, "
                                 "sending its shares down 5.2%.", models) == []
