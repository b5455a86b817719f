"""A figure before a date ("up from 51,000 last year"); hedged figures half a place apart; places in one ranking;
compass-bound lanes; a thing begun against one finished; a bill introduced against one passed; a deal agreed against
one completed; support and back; opposite words said of one subject; a chamber of commerce, a suspect's lawyers and
a police rank as speakers; a company named only as whose thing another speaker talks of. From the fresh revision
cases of the thirty-sixth session."""

from __future__ import annotations

from service.pipeline.run import Models
from tests.test_race_times_places_and_light_verbs import unsupported
from tests.test_threats_reviews_opposites_and_ceilings import found


def test_a_figure_before_last_year_is_still_a_figure(models: Models) -> None:
    assert found(
        "The county fair drew 212,000 people over nine days, up from 180,000 last year, organisers said.",
        "The county fair drew 212,000 people over nine days, up from 195,000 last year, organisers said.",
        models,
    ) == [("number", "180,000", "195,000")]


def test_hedged_figures_half_a_place_apart_differ(models: Models) -> None:
    assert found(
        "The new drug cut hospital admissions by about 30 percent in a two-year trial, the company said.",
        "In a trial lasting two years, the new drug reduced hospital admissions by roughly 35%, the company said.",
        models,
    ) == [("number", "30 percent", "35%")]
    # a round figure for one that rounds to it is no difference
    assert found(
        "The new drug cut hospital admissions by about 30 percent in a two-year trial, the company said.",
        "In a trial lasting two years, the new drug reduced hospital admissions by 34%, the company said.",
        models,
    ) == []


def test_two_places_in_one_ranking(models: Models) -> None:
    assert found(
        "Halden Town beat Rossby 2-0 on Tuesday, moving up to sixth in the League Two table.",
        "Halden Town rose to seventh in the League Two table after a 2-0 win over Rossby on Tuesday.",
        models,
    ) == [("number", "sixth", "seventh")]


def test_lanes_bound_for_other_directions(models: Models) -> None:
    assert found(
        "The eastbound carriageway of the M62 near Brighouse was closed for six hours after a crash.",
        "The westbound carriageway of the M62 near Brighouse was closed for six hours after a crash.",
        models,
    ) == [("contradiction", "eastbound", "westbound")]


def test_a_thing_begun_against_the_same_thing_finished(models: Models) -> None:
    assert found(
        "Construction of the new Harwick hospital has finished, the health board said on Monday.",
        "The health board said on Monday that construction of the new Harwick hospital has started.",
        models,
    ) == [("status", "has finished", "has started")]
    # begun and finished at different times: two moments of one thing
    assert found(
        "Construction of the new Harwick hospital began in 2019, the health board said.",
        "Construction of the new Harwick hospital finished on Monday, the health board said.",
        models,
    ) == []


def test_a_bill_introduced_by_those_the_other_says_passed_it(models: Models) -> None:
    assert found(
        "Senators in Valdoria introduced a bill that would ban single-use plastic bags.",
        "Senators in Valdoria passed a bill that would ban single-use plastic bags.",
        models,
    ) == [("status", "introduced", "passed")]


def test_a_deal_agreed_against_one_completed(models: Models) -> None:
    assert found(
        "Brightwell Foods has agreed a $1.2 billion takeover of snack maker Crunchco, it said on Monday.",
        "Brightwell Foods said on Monday it had completed its $1.2 billion takeover of snack maker Crunchco.",
        models,
    ) == [("status", "agreed", "completed")]


def test_support_denied_in_other_words(models: Models) -> None:
    assert found(
        "Councillor Amir Shah said he will support the new cycling budget when it comes to a vote next month.",
        "When the new cycling budget is put to a vote next month, Councillor Amir Shah won't back it, he said.",
        models,
    ) == [("negation", "will support", "won't back")]


def test_opposite_words_said_of_the_same_subject(models: Models) -> None:
    # "increased" against "declined" (both of visitor numbers), not against "lowered" (of the fee)
    assert found(
        "Visitor numbers at the Kellerby Museum increased after the museum cut its entry fee last spring.",
        "Since the Kellerby Museum lowered its entry fee last spring, visitor numbers have declined.",
        models,
    ) == [("contradiction", "increased", "declined")]


def test_a_chamber_of_commerce_against_a_mayor(models: Models) -> None:
    assert found(
        "The planned bus lane on Queen Street will hurt local shops, the town's chamber of commerce said on Monday.",
        "The planned bus lane on Queen Street will hurt local shops, the city's mayor said on Monday.",
        models,
    ) == [("attribution", "the town's chamber of commerce", "the city's mayor")]


def test_a_suspects_lawyers_against_prosecutors(models: Models) -> None:
    divergences = found(
        "Lawyers for Daniel Price argued that the phone records were obtained without a proper warrant.",
        "The phone records were obtained without a proper warrant, prosecutors argued.",
        models,
    )
    assert [(kind, b) for kind, _, b in divergences] == [("attribution", "prosecutors")]


def test_a_police_rank_against_a_witness(models: Models) -> None:
    divergences = found(
        "The attacker ran towards the station, Detective Sergeant Paul Rigby of Kent Police said.",
        "According to a witness, the attacker ran off in the direction of the station.",
        models,
    )
    assert [(kind, b) for kind, _, b in divergences] == [("attribution", "a witness")]


def test_a_company_named_only_as_whose_thing_another_speaker_talks_of(models: Models) -> None:
    assert found(
        "Halvern Pharmaceuticals said on Monday its experimental pill for chronic migraine reduced the number of "
        "attacks by 40% compared with a placebo in a late-stage trial.",
        "The FDA said on Monday that Halvern Pharmaceuticals' experimental migraine pill cut attacks by 40% versus "
        "placebo in a Phase 3 trial of 2,100 patients.",
        models,
    ) == [("attribution", "Halvern Pharmaceuticals", "FDA")]
    # named as whose officer speaks, it is that body's voice
    assert found(
        "Corvane Biotech said on Tuesday its experimental asthma inhaler cut severe attacks by 31%.",
        "Corvane Biotech's chief executive said on Tuesday its experimental asthma inhaler cut severe attacks by "
        "31%.",
        models,
    ) == []


def test_a_route_the_tagger_took_for_one_name(models: Models) -> None:
    assert found(
        "Budget airline Jetway will launch direct flights from Bristol to Marrakesh in May, the carrier said.",
        "From May, Jetway will fly direct from Bristol to Agadir, the low-cost carrier said.",
        models,
    ) == [("entity", "Marrakesh", "Agadir")]


def test_two_names_the_tagger_missed_in_the_same_words(models: Models) -> None:
    divergences = found(
        "Polish player Ewa Nowak beat Hana Mráz of Czechia 6-3, 6-2 to reach the semi-final of the Trondheim Open.",
        "Czechia's Hana Mráz lost 6-3, 6-2 to Poland's Ewa Nowak, who reached the semi-final of the Stavanger Open.",
        models,
    )
    assert ("entity", "Trondheim", "Stavanger") in divergences


_INQUIRY = (
    "A government inquiry into the sinking of the ferry Marisol, which killed 19 people off Kessa Island in May, "
    "has found that the vessel was carrying twice its licensed number of passengers, according to a report "
    "released on Tuesday. The report was presented to parliament by Transport Minister Anton Vree, who said the "
    "government accepted its findings. \"This disaster was no accident of the sea. It was the result of greed and "
    "of inspectors who looked away,\" said retired judge Hilde Marr, who chaired the inquiry. The ferry's owner, "
    "Kessa Lines, has had its licence suspended, and its managing director was questioned by police last week. "
    "Relatives of the victims said they would press for criminal charges against the company and its officials."
)


def test_a_summary_that_credits_quoted_words_to_another_person(models: Models) -> None:
    # judged on the summary's own path: whether the sentence aligns with the quotation's is the embedder's call
    assert unsupported(_INQUIRY, "Retired judge Hilde Marr said the sinking of the Marisol, which killed 19 "
                                 "people, was the result of greed and of inspectors who looked away.", models) == []
    assert unsupported(
        _INQUIRY, "Transport Minister Anton Vree said the sinking of the Marisol, which killed 19 people, was the "
                  "result of greed and of inspectors who looked away.", models) == [("attribution", "Anton Vree")]


def test_two_names_before_one_noun(models: Models) -> None:
    assert found(
        "The county court ruled on Monday that the council had acted unlawfully in closing the Mill Lane clinic "
        "without consultation.",
        "Ruling on Monday, the county court said the council broke the law by shutting the Hartley Park clinic "
        "without consulting anyone.",
        models,
    ) == [("entity", "Mill Lane", "Hartley Park")]


def test_arrested_someone_on_suspicion_against_charged_them(models: Models) -> None:
    divergences = found(
        "Detectives have arrested a 41-year-old man on suspicion of stealing copper cable from the railway, police "
        "said on Friday.",
        "Detectives have charged a 41-year-old man with stealing copper cable from the railway, police said on "
        "Friday.",
        models,
    )
    assert [kind for kind, _, _ in divergences] == ["status"]


def test_a_split_verdict_against_a_conviction_of_the_offence_it_acquits_of(models: Models) -> None:
    assert found(
        "A jury in Dunmore acquitted builder Sean Tierney of manslaughter over a scaffold collapse but convicted him "
        "of breaching safety laws.",
        "Builder Sean Tierney was convicted of manslaughter by a Dunmore jury over a scaffold collapse, and was also "
        "found guilty of breaching safety laws.",
        models,
    ) == [("contradiction", "acquitted", "convicted")]


def test_a_name_and_its_country_either_way_round_are_one_party(models: Models) -> None:
    assert found(
        "Swimmer Lena Kraus won the 200m freestyle on Friday, finishing half a second ahead of Australia's Mia Dunn.",
        "Swimmer Lena Kraus won the 200m freestyle on Friday, finishing half a second ahead of Mia Dunn of "
        "Australia.",
        models,
    ) == []


def test_allies_against_rivals(models: Models) -> None:
    assert found(
        "Kessland and Varro, long regarded as close allies, agreed a trade pact in Geneva on Friday.",
        "On Friday in Geneva, Kessland and Varro, long seen as bitter rivals, agreed a pact on trade.",
        models,
    ) == [("contradiction", "allies", "rivals")]


def test_no_evidence_connecting_against_evidence_linking(models: Models) -> None:
    assert found(
        "The safety agency said there was evidence linking the heater model to house fires and ordered a recall.",
        "The heater model has been recalled on the safety agency's orders, though it said there was no evidence "
        "connecting the model to house fires.",
        models,
    ) == [("negation", "evidence", "no evidence")]


def test_talks_against_a_deal_signed(models: Models) -> None:
    assert found(
        "The Lowmere bus company has signed a contract with Vantor Motors for 60 electric buses, to be delivered "
        "from 2027.",
        "Vantor Motors is in talks with the Lowmere bus company over 60 electric buses, to be delivered from 2027.",
        models,
    ) == [("status", "signed a contract", "in talks")]
    # a deal signed after talks is one deal
    assert found(
        "The Lowmere bus company has signed a contract with Vantor Motors for 60 electric buses after months of "
        "talks.",
        "After months of negotiations, Vantor Motors signed a deal with the Lowmere bus company for 60 electric "
        "buses.",
        models,
    ) == []
