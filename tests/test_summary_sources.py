"""A summary read as its source writes things, with the real models: a refused request, advice against, an age,
a converted measure, a figure the source states of the same things, a word whose doer the source names, and
the errors those readings must still catch."""

from __future__ import annotations

from service.pipeline.analyse import analyse
from service.pipeline.quantities import find_quantities, measures_other_things
from service.pipeline.run import Models
from service.pipeline.segment import segment
from service.pipeline.types import Article
from tests.test_summaries import PAD, kinds_against

STRIKE = (
    "LONDON - A High Court judge in London on Wednesday refused to block a 48-hour strike by about 1,800 drivers at "
    "Carrow Logistics, clearing the way for a walkout that the union says will disrupt deliveries this weekend. "
    "Carrow had sought an injunction, arguing that the union's ballot was flawed. The strike is due to begin at "
    "6 a.m. on Saturday." + PAD
)


def test_a_refused_request_denies_what_it_asked_for(models: Models) -> None:
    assert kinds_against(STRIKE, "A High Court judge on Wednesday refused Carrow Logistics' request to block a "
                                 "48-hour strike by about 1,800 of its drivers.", models) == []
    assert kinds_against(STRIKE, "Carrow Logistics' bid to block a 48-hour strike by about 1,800 drivers was "
                                 "rejected by a High Court judge on Wednesday.", models) == []
    assert kinds_against(STRIKE, "Carrow Logistics failed on Wednesday to persuade a High Court judge to block a "
                                 "48-hour strike by about 1,800 drivers.", models) == []
    assert kinds_against(STRIKE, "Carrow Logistics failed on Wednesday to win a High Court injunction stopping a "
                                 "48-hour strike by about 1,800 drivers.", models) == []
    assert "negation" in kinds_against(STRIKE, "A High Court judge on Wednesday granted Carrow Logistics' request "
                                               "to block a 48-hour strike by about 1,800 of its drivers.", models)


def test_a_clause_before_so_is_not_framed_by_the_plan_after_it(models: Models) -> None:
    # The parser hangs "refused" under "is set to begin": no plan against the source's "refused".
    assert kinds_against(STRIKE, "A High Court judge in London on Wednesday refused Carrow Logistics' request to "
                                 "block a 48-hour strike by about 1,800 of its drivers, ruling that the ballot's flaws "
                                 "were minor, so the walkout is set to begin on Saturday.", models) == []


DRUG = (
    "AMSTERDAM (Reuters) - The European Medicines Agency's drug committee on Thursday recommended against approving "
    "Brightwater Biosciences' ALS drug relvadine after a 612-patient trial failed to show it slowed the disease. "
    "The company said it would seek a re-examination." + PAD
)


def test_advice_against_a_thing_is_advice_not_to_do_it(models: Models) -> None:
    assert kinds_against(DRUG, "Relvadine, Brightwater Biosciences' drug for ALS, was not recommended for approval "
                               "by the European Medicines Agency's committee on Thursday.", models) == []
    assert kinds_against(DRUG, "Europe's drug regulator recommended on Thursday that Brightwater Biosciences' ALS "
                               "drug relvadine not be approved.", models) == []
    assert "negation" in kinds_against(DRUG, "The European Medicines Agency's drug committee on Thursday "
                                             "recommended in favour of approving Brightwater Biosciences' ALS drug "
                                             "relvadine.", models)


SHIP = (
    "CONSTANȚA, Romania (AP) - Nineteen seafarers stranded for more than five months aboard a bulk carrier said on "
    "Tuesday they were running low on food. The Panama-flagged Aurelia Star, a 24-year-old vessel, has been held "
    "in port since a local court ordered its arrest in March at the request of a fuel supplier owed about "
    "$640,000. The crew say they have not been paid since December and are owed a combined $412,000. The vessel "
    "ran aground 170 feet from the quay in January." + PAD
)


def test_an_age_a_dateline_and_a_converted_measure_are_no_divergence(models: Models) -> None:
    assert kinds_against(SHIP, "Stranded for over five months, the 19 crew of the Aurelia Star say they are "
                               "running low on food.", models) == []
    assert kinds_against(SHIP, "The Aurelia Star ran aground roughly 52 meters from the quay in January.",
                         models) == []
    assert "number" in kinds_against(SHIP, "The Aurelia Star ran aground 170 meters from the quay in January.",
                                     models)


def test_a_figure_the_source_states_of_the_same_things_is_no_divergence(models: Models) -> None:
    # Grouped with the sentence of the fuel supplier's $640,000, but said in the words of the crew's $412,000.
    assert kinds_against(SHIP, "Nineteen seafarers stuck for over five months aboard the Panama-flagged Aurelia "
                               "Star say they are owed $412,000 in pay.", models) == []
    assert "number" in kinds_against(SHIP, "The crew say they have not been paid since December and are owed a "
                                           "combined $640,000.", models)


VOTE = (
    "MILLBROOK, N.C. - Voters in Calder County approved a half-cent sales tax increase on Tuesday to expand bus "
    "service and build the region's first rapid transit line, handing a win to county leaders four years after a "
    "similar measure failed. With all 212 precincts reporting, the measure passed with 53.8% of the vote to 46.2%, "
    "according to unofficial results. Opponents argued that the tax would hit low-income families hardest. In "
    "2018, a proposal for a full-cent sales tax that would also have funded a light-rail line was rejected by 58% "
    "of voters. Supporters said this year's smaller and cheaper plan helped win over voters in the suburbs." + PAD
)


def test_a_word_whose_doers_the_source_names_and_an_earlier_vote_are_no_contradiction(models: Models) -> None:
    assert kinds_against(VOTE, "Four years after a similar measure failed, voters in Calder County passed a "
                               "half-cent sales tax increase on Tuesday, with 53.8% support, to fund expanded bus "
                               "service and a rapid transit line.", models) == []
    assert kinds_against(VOTE, "Calder County's half-cent sales tax for buses and a rapid transit line passed on "
                               "Tuesday with nearly 54% of the vote, four years after voters rejected a similar "
                               "proposal.", models) == []
    assert "contradiction" in kinds_against(VOTE, "Voters in Calder County rejected a half-cent sales tax increase "
                                                  "on Tuesday.", models)


TRAINING = (
    "NEW DELHI (Reuters) - India's aviation regulator on Wednesday fined Vistar Airways 3 million rupees after an "
    "audit found that 22 of its pilots had operated flights without completing mandatory simulator training. "
    "Vistar said it had taken the 22 pilots off flying duties until they complete retraining, which it expects "
    "to finish by the end of the month. Vistar said it is considering an appeal." + PAD
)


def test_a_verb_denied_of_other_things_elsewhere_in_the_source_is_no_negation(models: Models) -> None:
    assert kinds_against(TRAINING, "India's aviation watchdog fined Vistar Airways 3 million rupees on Wednesday "
                                   "after an audit found 22 of its pilots had flown without finishing compulsory "
                                   "simulator training.", models) == []
    assert "negation" in kinds_against(TRAINING, "Vistar Airways, which is not considering an appeal, was fined 3 "
                                                 "million rupees by India's aviation regulator on Wednesday.", models)


OLIVES = (
    "MADRID (Reuters) - Wholesale prices for Spanish extra virgin olive oil fell to 4.10 euros per kilogram last "
    "week, down about 48% from a record 7.90 euros in January, as growers began harvesting what the government "
    "expects to be the biggest crop in three years. The Agriculture Ministry on Wednesday forecast olive oil output "
    "for the 2024/25 season at 1.26 million metric tons, up from 853,000 tons in the previous season. A litre of "
    "extra virgin olive oil cost an average of 8.20 euros in Spanish supermarkets in October, down from nearly 10 "
    "euros in the spring." + PAD
)


def test_up_and_down_of_other_things_are_no_opposites(models: Models) -> None:
    assert kinds_against(OLIVES, "Spanish wholesale prices for extra virgin olive oil fell to 4.10 euros per "
                                 "kilogram last week, about 48% below January's record, as the ministry forecast "
                                 "2024/25 output of 1.26 million metric tons, up from 853,000 tons the season "
                                 "before.", models) == []
    assert "contradiction" in kinds_against(OLIVES, "Spanish wholesale prices for extra virgin olive oil rose to "
                                                    "4.10 euros per kilogram last week, up about 48% from a record "
                                                    "7.90 euros in January.", models)


NURSES = (
    "PORTLAND, Ore. (AP) - Nurses at St. Brendan Health's four hospitals reached a tentative agreement late "
    "Wednesday, ending a 10-day strike. Mark Ellison, St. Brendan's chief operating officer, called the agreement "
    "fair. He said the health system spent about $31 million on replacement nurses during the walkout." + PAD
)


def test_an_officer_speaks_for_the_institution_a_saint_names(models: Models) -> None:
    assert kinds_against(NURSES, "St. Brendan said it spent about $31 million on replacement nurses during the "
                                 "walkout.", models) == []
    assert "attribution" in kinds_against(NURSES, "Union leader Ana Ruiz said the health system spent about $31 "
                                                  "million on replacement nurses during the walkout.", models)


TRAM = (
    "HOLLINGFORD, England - The cost of extending Hollingford's tram network to the Riverside district has risen "
    "to £287 million, about £123 million more than first estimated, and the line will open two years late, "
    "auditors said on Wednesday. Councillors will be asked on November 17 to approve additional borrowing of £40 "
    "million to complete the project." + PAD
)


def test_an_amount_the_source_works_out_and_a_club_named_by_its_league_are_no_divergence(models: Models) -> None:
    assert kinds_against(TRAM, "Auditors said on Wednesday the cost of Hollingford's Riverside tram extension has "
                               "risen to £287 million from a £164 million estimate.", models) == []
    assert "number" in kinds_against(TRAM, "Auditors said on Wednesday the cost of Hollingford's Riverside tram "
                                           "extension has risen to £287 million from a £184 million estimate.",
                                     models)
    sale = ("Ashby Rovers have sold their top scorer Kieran Mabaso to Dutch club SC Veldhoven, the Championship club "
            "confirmed on Tuesday, hours after publishing accounts that showed a loss of £38.6 million." + PAD)
    assert kinds_against(sale, "Ashby Rovers, who reported a £38.6 million annual loss, sold striker Kieran Mabaso "
                               "to SC Veldhoven of the Netherlands on Tuesday.", models) == []


RATES = (
    "BOGOTA (Reuters) - Colombia's central bank cut its benchmark interest rate by half a percentage point to 8.25% "
    "on Thursday, extending an easing cycle as inflation slows. The Marston City Council voted 6-3 on Monday to "
    "approve a $96 million operating budget, ending weeks of bitter debate over police funding and a proposed cut to "
    "the city's parks. The plan includes a 4% increase in the police budget while trimming the parks department's "
    "allocation by $1.2 million. The pension fund's board voted on Tuesday to lower its assumed annual return to "
    "6.75% from 7.25%." + PAD
)


def test_a_starting_point_the_source_moves_from_and_a_summary_moving_two_things(models: Models) -> None:
    assert kinds_against(RATES, "Colombia's central bank lowered its main rate from 8.75% to 8.25% on Thursday.",
                         models) == []
    assert "number" in kinds_against(RATES, "Colombia's central bank cut its main rate by half a percentage point "
                                             "to 7.75% on Thursday.", models)
    assert kinds_against(RATES, "Marston's council approved a $96 million budget 6-3 on Monday, boosting police "
                                "funding by 4% and trimming parks funding by $1.2 million.", models) == []
    assert kinds_against(RATES, "The pension fund's board voted to cut its assumed annual return by half a "
                                "percentage point, to 6.75%.", models) == []


def test_a_clause_the_parser_hangs_on_refused_is_not_refused(models: Models) -> None:
    text = ("A judge refused Thursday to dismiss Nina Vale's $25 million defamation suit against podcaster Ross Kemp, "
            "finding she had shown enough evidence that he may have known his claims were false, and Kemp's attorney "
            "said an appeal would follow.")
    article = Article(id="a", source="A", text=text)
    facts = analyse(segment(article, 0), [article], models.nlp)
    denied = {p.lemma: p.negated for f in facts for p in f.predicates}
    assert denied["dismiss"] and not denied["false"]


MUSEUM = (
    "UTRECHT, Netherlands (AP) - Thieves escaped early Monday with a 17th-century painting from the Hollander "
    "Museum in a raid that lasted less than four minutes, police said. No arrests have been made. The cabinet on "
    "Wednesday approved a plan capping payments to any single farm at €60,000 a year. Mount Ruang, a 725-meter "
    "(2,379-foot) stratovolcano, last erupted in 2019, when lava destroyed dozens of houses. On Tuesday it erupted "
    "twice, sending ash four kilometres into the sky." + PAD
)


def test_a_denial_in_other_words_a_plan_approved_and_a_measure_of_another_thing(models: Models) -> None:
    assert kinds_against(MUSEUM, "Thieves stole a 17th-century painting from the Hollander Museum in under four "
                                 "minutes early Monday, police said. Nobody has been arrested.", models) == []
    assert kinds_against(MUSEUM, "Under a plan approved Wednesday by the cabinet, payments to any single farm would "
                                 "be capped at €60,000 a year.", models) == []
    assert kinds_against(MUSEUM, "Mount Ruang, a volcano that last erupted in 2019, erupted twice on Tuesday, "
                                 "sending ash about four kilometres into the sky.", models) == []


def test_a_measure_written_as_a_modifier_measures_the_noun_after_it() -> None:
    volcano = "Mount Ruang, a 725-meter (2,379-foot) stratovolcano, last erupted in 2019."
    ash = "The volcano erupted twice on Tuesday, sending ash about four kilometres into the sky."
    height, converted = find_quantities(volcano)[:2]
    assert measures_other_things(volcano, height, ash) and measures_other_things(volcano, converted, ash)
    assert not measures_other_things(volcano, height, "The 725-meter stratovolcano erupted twice on Tuesday.")


PENSIONS = (
    "JEFFERSON CITY, Mo. (AP) - The Missouri Senate voted 21-12 on Tuesday to move state workers hired from 2027 "
    "into a hybrid plan that combines a smaller traditional pension with an investment account. The state's largest "
    "public employees' union said the change would hurt recruitment. The sale of the Dunmore water system to "
    "Aqualine for $92 million was approved 5-4 after a meeting in which dozens of residents urged members to reject "
    "it; the state utility commission must still approve the deal. Some 1,100 dockworkers walked off the job on "
    "Monday, union officials said." + PAD
)


def test_degrees_of_other_things_a_wish_of_other_doers_and_a_rounded_count(models: Models) -> None:
    assert kinds_against(PENSIONS, "Missouri's Senate voted 21-12 on Tuesday to move new state workers into a hybrid "
                                   "pension plan, a change the state's largest public employees' union says will "
                                   "hurt recruitment.", models) == []
    assert kinds_against(PENSIONS, "In a 5-4 vote, the council backed the $92 million sale of Dunmore's water "
                                   "system to Aqualine, a deal the state utility commission must still approve.",
                         models) == []
    urged = Article(id="a", source="A", text="Dozens of residents urged members to reject it.")
    doers = {p.lemma: p.subject for f in analyse(segment(urged, 0), [urged], models.nlp) for p in f.predicates}
    assert doers["reject"] == "members"  # who would reject it: the members urged, not the residents
    assert kinds_against(PENSIONS, "More than a thousand dockworkers walked off the job on Monday, union officials "
                                   "said.", models) == []
    assert "number" in kinds_against(PENSIONS, "More than two thousand dockworkers walked off the job on Monday, "
                                               "union officials said.", models)
