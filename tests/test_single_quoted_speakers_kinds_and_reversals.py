"""Who said it when the quotation is in single quotation marks (British style), or the speaker is a body known by
its kind ("the fire service", "the carmaker", "the National Transportation Safety Administration", "union leader
X"); figures moved up or down in other words; a word used more often on one side; passive acts and their doers;
denied charges; contests and suits told from the other side; and plans, admissions and agreements in idioms. From
the fresh revision cases of the thirty-fourth session."""

from __future__ import annotations

from service.pipeline.analyse import analyse
from service.pipeline.run import Models
from service.pipeline.segment import segment
from service.pipeline.types import Article
from tests.test_threats_reviews_opposites_and_ceilings import found


def test_a_single_quoted_quotation_keeps_its_speaker(models: Models) -> None:
    # in single quotation marks the parser made the name the subject of the verb after it ("as ... drought cut")
    text = ("'This is the worst harvest I have seen in thirty years,' said Giuseppe Russo, a 59-year-old olive "
            "grower in Sicily, as a fungal disease and drought cut yields across southern Italy for a second year.")
    article = Article(id="a", source="A", text=text)
    [facts] = analyse(segment(article, 0), [article], models.nlp)
    assert [(s.span.text, s.label) for s in facts.speakers] == [("Giuseppe Russo", "PERSON")]
    # offsets hold: the quotation is read as written, in its single quotation marks
    assert [q.text for q in facts.quotes] == ["This is the worst harvest I have seen in thirty years,"]


def test_bodies_named_by_their_kind(models: Models) -> None:
    assert found(
        "The blaze at the paper mill in Tournai was started deliberately, the town's fire service said on Friday.",
        "The blaze at the paper mill in Tournai was started deliberately, the town's public prosecutor said on "
        "Friday.",
        models,
    ) == [("attribution", "the town's fire service", "the town's public prosecutor")]
    assert found(
        "Orwell Motors will recall about 40,000 pickup trucks because a brake sensor can fail, the carmaker said.",
        "About 40,000 Orwell Motors pickup trucks are being recalled because a brake sensor can fail, the National "
        "Highway Traffic Safety Administration said.",
        models,
    ) == [("attribution", "the carmaker", "the National Highway Traffic Safety Administration")]
    # a kind written before a known body's name, and a title after a body's noun
    assert found(
        "About 12,000 people have fled the fighting near Goma this week, the U.N. refugee agency UNHCR said.",
        "About 12,000 people have fled the fighting near Goma this week, medical charity Doctors Without Borders "
        "said.",
        models,
    ) == [("attribution", "UNHCR", "medical charity Doctors Without Borders")]
    assert found(
        "'We will not sign a deal that cuts our pensions,' Labour Minister Jonas Berg told reporters on Monday.",
        "'We will not sign a deal that cuts our pensions,' dockers' union leader Anna Holm told reporters on Monday.",
        models,
    ) == [("attribution", "Jonas Berg", "Anna Holm")]


def test_one_body_by_its_kind_its_name_or_its_letters_is_one_speaker(models: Models) -> None:
    assert found(
        "Orwell Motors will recall about 40,000 pickup trucks because a brake sensor can fail, the carmaker said.",
        "Orwell Motors will recall some 40,000 pickups over a faulty brake sensor, the company said.",
        models,
    ) == []
    # the tagger cut the long name at its "and"; its letters are spelled out in the claim
    assert found(
        "Canola output will fall 9 percent this season, the government's forecaster ABARES said on Tuesday.",
        "Canola output will fall 9% this season, the Australian Bureau of Agricultural and Resource Economics and "
        "Sciences said on Tuesday.",
        models,
    ) == []


def test_up_and_down_move_a_figure_like_rise_and_fall(models: Models) -> None:
    assert found(
        "The festival's director said ticket sales had risen 8 percent on last year and that the lineup was complete.",
        "The lineup is complete, the festival's director said, adding that ticket sales were down 8 percent on last "
        "year.",
        models,
    ) == [("contradiction", "risen", "down")]
    # "up to" is a ceiling, not a move
    assert found("Up to 40 people were evacuated as the river rose 2 metres overnight.",
                 "As many as 40 people were evacuated as the river rose 2 metres overnight.", models) == []


def test_a_word_both_use_but_one_uses_once_more(models: Models) -> None:
    assert found(
        "Last month, Corran Hotels reported a pre-tax loss of 2.1 million pounds for the year to March, compared "
        "with a profit of 450,000 pounds a year earlier.",
        "Corran Hotels last month posted a pre-tax profit of 2.1 million pounds for the 12 months to March, against "
        "a profit of 450,000 pounds the previous year.",
        models,
    ) == [("contradiction", "loss", "profit")]


def test_a_passive_act_is_done_by_its_agent_not_its_subject(models: Models) -> None:
    assert found(
        "The board rejected a proposal by two of its members to freeze fares for seniors and students.",
        "A motion from two board members to keep fares for seniors and students at their current level was "
        "approved.",
        models,
    ) == [("contradiction", "rejected", "approved")]
    # one sale from either side: the price changed, not who sold and who bought
    assert found(
        "A cast-iron lighthouse off the coast of Maine has been sold at auction for $312,000 to a Boston software "
        "entrepreneur, the U.S. General Services Administration (GSA) said on Thursday.",
        "The U.S. General Services Administration (GSA) said on Thursday that a Boston software entrepreneur had "
        "bought a cast-iron lighthouse off Maine's coast at auction for $213,000.",
        models,
    ) == [("number", "$312,000", "$213,000")]


def test_denying_charges_of_an_act_denies_the_act(models: Models) -> None:
    assert found(
        "A Lagos court on Monday adjourned the fraud trial of former state governor Ade Balogun until May 12. "
        "Balogun denies charges of diverting public funds.",
        "The fraud trial of Ade Balogun, a former state governor, will resume on May 12, a Lagos court ruled on "
        "Monday. He denies diverting public money.",
        models,
    ) == []


def test_a_contest_and_a_suit_told_from_the_other_side(models: Models) -> None:
    assert found(
        "Spain's Lucia Mora beat Japan's Aiko Tanaka 6-4, 6-3 to win the Lyon Open on Sunday.",
        "Aiko Tanaka of Japan won the Lyon Open on Sunday, defeating Spain's Lucia Mora 6-4, 6-3.",
        models,
    )[0][0] == "contradiction"
    assert found(
        "Dutch grower Van Delft Flowers has sued logistics firm Koelhuis for 12 million euros over spoiled stock.",
        "Koelhuis, a logistics firm, has taken Dutch grower Van Delft Flowers to court seeking 12 million euros over "
        "spoiled stock.",
        models,
    )[0][0] == "contradiction"


def test_acceptance_against_a_turn_down(models: Models) -> None:
    assert found("The cellist has accepted an invitation to open the festival.",
                 "An invitation to open the festival has been turned down by the cellist.",
                 models) == [("contradiction", "accepted", "turned down")]
    # "bar" may be a noun, "double" an adjective: no opposites of "allow" or "cut"
    assert found("A man was stabbed in a bar in Soho late on Friday, police said.",
                 "A man was stabbed late on Friday in a Soho pub that had been allowed to open until 3am, police said.",
                 models) == []


def test_admitted_acts_agreements_and_signings_in_other_words(models: Models) -> None:
    assert found(
        "Police said they had arrested a man suspected of running a ticket fraud that cheated 300 fans.",
        "Police said they had arrested a man who has confessed to running a ticket fraud that cheated 300 fans.",
        models,
    ) == [("status", "suspected of running", "confessed to running")]
    assert found(
        "Fisheries ministers failed to agree on Monday on new quotas for North Sea cod.",
        "Fisheries ministers reached agreement on Monday on new quotas for North Sea cod.",
        models,
    ) == [("negation", "failed to agree", "reached agreement")]
    assert found(
        "Harbour City said on Monday it was in advanced talks to sign Welsh striker Owen Pryce on a two-year deal.",
        "Welsh striker Owen Pryce has put pen to paper on a two-year deal with Harbour City, the club said on Monday.",
        models,
    ) == [("status", "to sign", "has put pen to paper")]


def test_a_country_the_tagger_calls_a_nationality_is_a_place(models: Models) -> None:
    assert found(
        "Ghana and Ivory Coast signed an agreement on Friday to jointly patrol their maritime border against piracy, "
        "with coast guard vessels from both countries to share radar data.",
        "Under a deal signed on Friday, the coast guards of Ghana and Togo will share radar data and patrol the two "
        "countries' maritime border against piracy.",
        models,
    ) == [("entity", "Ivory Coast", "Togo")]


def test_an_officer_of_a_body_and_a_report_that_puts_a_figure(models: Models) -> None:
    assert found(
        "Shares in Corlis Biotech fell 9% on Tuesday after the Food and Drug Administration said its asthma drug had "
        "caused heart problems in some patients.",
        "Shares in Corlis Biotech fell 9% on Tuesday after the company's chief medical officer said its asthma drug "
        "had caused heart problems in some patients.",
        models,
    )[0][:2] == ("attribution", "the Food and Drug Administration")
    assert found(
        "More than 300 civilians have been killed in the fighting in Vask province since May, the human rights group "
        "Open Ledger said in a report on Tuesday.",
        "A report released on Tuesday by the country's interior ministry put the civilian death toll from the "
        "fighting in Vask province since May at more than 300.",
        models,
    ) == [("attribution", "the human rights group Open Ledger", "the country's interior ministry")]


def test_one_body_by_its_letters_or_its_former_name(models: Models) -> None:
    assert found(
        "The UK Health Security Agency said on Monday that measles cases in London had doubled since January.",
        "UKHSA said on Monday that measles cases in London had doubled since January.",
        models,
    ) == []
    assert found(
        "The Department for Environment, Food and Rural Affairs said the bird flu zone around the farm would be "
        "lifted on Friday.",
        "Defra said the bird flu zone around the farm would be lifted on Friday.",
        models,
    ) == []
    assert found("Floods in Myanmar have forced 40,000 people from their homes, aid groups said on Sunday.",
                 "Floods in Burma have forced 40,000 people from their homes, aid groups said on Sunday.", models) == []
    # a person by the title before the name, and by the office described
    assert found(
        "'Please stay off the roads tonight,' Chief Constable Mark Evans of Cumbria Police urged on Thursday as heavy "
        "snow closed the A66.",
        "Cumbria's chief constable urged people on Thursday: 'Please stay off the roads tonight.' Heavy snow had "
        "closed the A66.",
        models,
    ) == []


def test_opposite_verdicts_and_refusals(models: Models) -> None:
    assert found(
        "A jury in Harlow on Friday acquitted care worker Dean Moss of stealing from elderly residents after a "
        "two-week trial.",
        "After a two-week trial, care worker Dean Moss was found guilty on Friday by a Harlow jury of stealing from "
        "elderly residents.",
        models,
    ) == [("contradiction", "acquitted", "guilty")]
    assert found(
        "The club's 27-year-old striker has refused to sign a new contract, manager Tom Reece said on Friday.",
        "The 27-year-old striker has agreed to a new contract with the club, manager Tom Reece said on Friday.",
        models,
    ) == [("negation", "refused", "agreed")]


def test_a_quotation_in_another_order_and_a_quotation_after_a_dated_clause(models: Models) -> None:
    assert found(
        '"Our aim is to cut class sizes, not to build new schools," Education Minister Ana Weber said on Tuesday.',
        'Education Minister Ana Weber said on Tuesday: "Our aim is to build new schools, not to cut class sizes."',
        models,
    ) == [("quote", "cut class sizes, not to build new schools", "build new schools, not to cut class sizes")]
    # the quotation stays with its speaker, not cut off with the clause "after staff voted ..."
    assert found(
        '"This deal protects every job at the Eastfield plant," union leader Ray Cole said on Monday after workers '
        'backed the pay offer in a ballot.',
        'Union leader Ray Cole said on Monday, after staff voted in favour of the pay offer: "This deal protects most '
        'jobs at the Eastfield plant."',
        models,
    ) == [("quote", "every job", "most jobs")]


def test_a_claim_that_moves_two_things_opposite_ways(models: Models) -> None:
    # "up" and "fell" in one claim: its rise may be the other's, its fall another thing's
    assert found(
        "Passenger numbers at Cork Airport rose 6 percent to a record 3.2 million last year, while cargo volumes "
        "declined by 4 percent, the airport said on Monday.",
        "A record 3.2 million passengers passed through Cork Airport last year, up six per cent on the year before, "
        "the airport said on Monday, adding that cargo fell 4%.",
        models,
    ) == []


def test_a_deal_agreed_in_principle_against_one_signed(models: Models) -> None:
    assert found(
        "The two countries signed a fisheries agreement on Friday that will open their waters to each other's fleets.",
        "The two countries agreed in principle on Friday on a fisheries pact that would open their waters to each "
        "other's fleets.",
        models,
    ) == [("status", "signed", "agreed in principle")]
    assert found(
        "The two countries agreed in principle on Friday on a fisheries pact, which has not yet been signed.",
        "The two countries agreed in principle on Friday on a fisheries pact that still has to be signed.",
        models,
    ) == []


def test_a_suit_and_a_countersuit_and_a_list_in_another_order(models: Models) -> None:
    assert found("Vireo filed a lawsuit against Kestrel in March; Kestrel responded by suing Vireo in April.",
                 "Kestrel sued Vireo in April, a month after Vireo filed a lawsuit against it.", models) == []
    # told in the passive, the other way round: no countersuit or second deal
    assert found("Chevron will buy Hess for $53 billion.", "Chevron will be bought by Hess for $53 billion.",
                 models)[0][0] == "contradiction"
    assert found('"It was a cowardly and senseless attack," the mayor said on Sunday.',
                 '"It was a senseless and cowardly attack," the mayor said on Sunday.', models) == []
