"""A summary's second clause with a subject of its own, a gerund the parser reads as a noun, and a quotation
that continues the one before it: what the fourteenth session's probe rounds found a summary checker must read."""

from __future__ import annotations

from datetime import date

from service.pipeline.analyse import analyse
from service.pipeline.dates import find_dates
from service.pipeline.run import Models
from service.pipeline.segment import segment
from service.pipeline.types import Article
from tests.test_edited_copies import kinds_and_words
from tests.test_summaries import PAD, kinds_against


def test_a_second_clause_with_a_subject_of_its_own_is_a_claim() -> None:
    summary = Article("s", "S", "The council voted 5-2 to approve borrowing $85 million for a new downtown ballpark, "
                                "and the mayor has signed the measure.")
    assert [c.text for c in segment(summary, 0)] == [
        "The council voted 5-2 to approve borrowing $85 million for a new downtown ballpark",
        "the mayor has signed the measure."]
    listed = Article("l", "L", "The fund bought shares in Acme, Brightline, and the company that makes its chips.")
    assert len(segment(listed, 0)) == 1


def test_a_planned_act_in_a_second_clause_reported_as_done(models: Models) -> None:
    source = ("The city council voted 5-2 on Monday to borrow $85 million for a new downtown ballpark. Mayor Lisa "
              "Brandt is expected to sign the measure next week." + PAD)
    done = ("The council voted 5-2 to borrow $85 million for a new downtown ballpark, and the mayor has signed the "
            "measure.")
    planned = ("The council voted 5-2 to borrow $85 million for a new downtown ballpark, and the mayor is expected to "
               "sign the measure next week.")
    assert "status" in kinds_against(source, done, models)
    assert kinds_against(source, planned, models) == []


def test_a_gerund_the_parser_reads_as_a_noun_is_a_verb(models: Models) -> None:
    closing = "Authorities in Sarajevo declared a smog emergency on Wednesday, closing schools for two days."
    article = Article("a", "A", closing)
    [facts] = analyse(segment(article, 0), [article], models.nlp)
    assert "close" in [p.lemma for p in facts.predicates]
    denied = "Sarajevo authorities declared a smog emergency on Wednesday but did not close schools."
    assert [k for k, _, _ in kinds_and_words(closing, denied, models)] == ["negation"]
    funding = Article("f", "F", "The council approved the budget on Monday, funding cuts to libraries.")
    [facts] = analyse(segment(funding, 0), [funding], models.nlp)
    assert "fund" not in [p.lemma for p in facts.predicates]


def test_a_quotation_that_continues_the_one_before_it(models: Models) -> None:
    source = ('"Nobody wanted to be on a picket line, but our members held together," said Denise Carter, the '
              'union\'s president. "This contract is going to keep good teachers in Lakewood."\n\nSuperintendent '
              "Michael Tran said the agreement would cost about $48 million over three years." + PAD)
    wrong = "Superintendent Michael Tran said the contract is going to keep good teachers in Lakewood."
    right = "Union president Denise Carter said the contract is going to keep good teachers in Lakewood."
    assert "attribution" in kinds_against(source, wrong, models)
    assert kinds_against(source, right, models) == []
    # a body may speak through the officer quoted before
    company = ("Veridane Therapeutics said on Monday that its kidney pill cut the risk of kidney failure by 28% in a "
               'large trial. "These are the results we hoped for," said Dr. Anita Ramaswamy, Veridane\'s chief '
               'medical officer. "Kidney disease patients have had very few new options."' + PAD)
    assert kinds_against(company, "Veridane Therapeutics said on Monday that kidney disease patients have had very "
                                  "few new options.", models) == []


def test_figures_a_summary_works_out_itself(models: Models) -> None:
    source = ("Rescue teams on Wednesday raised the confirmed death toll from Monday's landslide to 27, with at "
              "least 41 people still missing, officials said. The union is seeking a 9% pay increase over two "
              "years; management has offered 4.5%. Locust swarms have spread across at least 14,000 hectares of "
              "farmland." + PAD)
    assert kinds_against(source, "The landslide has left at least 68 people dead or missing, 27 confirmed dead and "
                                 "at least 41 missing.", models) == []
    assert kinds_against(source, "The landslide has left at least 86 people dead or missing, 27 confirmed dead and "
                                 "at least 41 missing.", models) == ["number"]
    assert kinds_against(source, "The union is asking for a 9% pay increase over two years, double management's 4.5% "
                                 "offer.", models) == []
    assert kinds_against(source, "Locust swarms have spread over at least 140 square kilometers of farmland.",
                         models) == []


def test_background_of_another_year_and_groups_named_by_a_participle(models: Models) -> None:
    source = ("Volunteers refloated 41 pilot whales at Golden Bay on Sunday, but 102 others died, officials said. In "
              "February 2017, more than 600 pilot whales beached there. More than 300 volunteers spent Saturday "
              "keeping the surviving whales cool." + PAD)
    assert kinds_against(source, "Rescuers returned 41 pilot whales to the sea at Golden Bay on Sunday, but 102 of "
                                 "the 143 whales that beached there died.", models) == []
    assert kinds_against(source, "More than 300 volunteers helped keep the whales cool, though 102 of them died.",
                         models) == []


def test_dates_said_of_a_month_before_or_after(models: Models) -> None:
    tested = ("Lucas Ferrer was suspended for 18 months on Thursday after he tested positive for a banned stimulant "
              "at a tournament in Doha last October.")
    assert kinds_and_words(tested, tested.replace("October", "November"), models) == [
        ("date", "last October", "last November")]
    [monday] = find_dates("All poultry must be housed indoors from Monday.", date(2024, 11, 28))
    assert monday.day == date(2024, 12, 2)  # a Thursday's "must ... from Monday" is the coming one


def test_words_that_only_look_opposed(models: Models) -> None:
    source = ("Swarms of desert locusts have spread across farmland in eastern Kenya, officials said. The union is "
              "seeking a 9% pay increase over two years, and management has offered 4.5%." + PAD)
    assert kinds_against(source, "Desert locust swarms have spread across farmland in the east of Kenya.",
                         models) == []
    assert kinds_against(source, "Management's offer of 4.5% fell short of the union's 9% demand.", models) == []
    statement = ("A palace spokesperson denied reports that the prince would apologise for Britain's role in the "
                 "slave trade, saying no formal statement was planned.")
    plans = ("Reports that the prince would apologise for the U.K.'s role in the slave trade were denied by a palace "
             "spokesperson, who said there were no plans for a formal statement.")
    assert kinds_and_words(statement, plans, models) == []


def test_what_the_second_review_found(models: Models) -> None:
    # a former manager does not speak for the company; "fell into recession" is a fall; two rival participles
    assert kinds_and_words("Former Boeing manager Ed Pierson said the factory had been in chaos before the crash.",
                           "Boeing said the factory had been in chaos before the crash.", models) == [
        ("attribution", "Ed Pierson", "Boeing")]
    assert [k for k, _, _ in kinds_and_words(
        "The economy grew 0.3% in the third quarter, official data showed on Friday.",
        "The economy fell into recession in the third quarter, official data showed on Friday.", models)] == [
        "contradiction"]
    assert [k for k, _, _ in kinds_and_words(
        "The losing bidder, Halvard Corp, said on Monday it would challenge the contract award in court.",
        "The winning bidder, Halvard Corp, said on Monday it would challenge the contract award in court.",
        models)] == ["contradiction"]
    # "no" denies only what it governs
    assert [k for k, _, _ in kinds_and_words(
        "The airline said there had been no cancellations because of the strike on Monday.",
        "The airline said there had been no delays but dozens of cancellations because of the strike on Monday.",
        models)] == ["negation"]
    # a difference or a ratio in the wrong role is still wrong
    bus = "The bus was carrying 42 passengers when it plunged into the ravine, and 12 of them were killed." + PAD
    assert kinds_against(bus, "Police said 30 of the bus's 42 passengers were killed.", models) == ["number"]
    pay = "Management has offered a 4.5% pay rise over two years, while the union is seeking 9%." + PAD
    assert kinds_against(pay, "Management has offered a 4.5% pay rise over two years, double the union's 9% demand.",
                         models) == ["number"]
    # a list whose last item has a relative clause is one claim
    listed = Article("l", "L", "Investigators questioned the pilot, two flight attendants, and the mechanic who had "
                               "been working on the engine.")
    assert len(segment(listed, 0)) == 1
    # "must" and "starting" look ahead only right before the day
    assert find_dates("Residents were told on Sunday they must leave their homes before the river peaks.",
                      date(2024, 11, 27))[0].day == date(2024, 11, 24)
