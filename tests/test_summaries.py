"""A summary against its source, with the real models: what a faithful summary may write without a divergence
(a capital for its government, an amount in short form, a plain word for the source's roundabout one), and an
error it must not get away with."""

from __future__ import annotations

from datetime import date

from service.pipeline.analyse import analyse
from service.pipeline.article_facts import ArticleFacts
from service.pipeline.derived import foreign_details
from service.pipeline.run import Models, compare_articles
from service.pipeline.segment import segment
from service.pipeline.types import Article
from tests.test_divergences import THRESHOLDS

SOURCE = (
    "Ukrainian President Volodymyr Zelensky urged the United States to stand more firmly on Ukraine's side after "
    "a heated exchange with President Donald Trump at the White House on Friday. The meeting ended abruptly, "
    "preventing the signing of a rare earth minerals agreement. Trump has blindsided Europe by sending a "
    "delegation to Saudi Arabia for talks with Russia without including Ukraine or Europe. On Saturday, Zelensky "
    "met British Prime Minister Keir Starmer and announced a £2.26 billion loan agreement with the UK, with funds "
    "directed toward weapons production in Ukraine. Putin has not publicly committed to a three-way meeting, "
    "though Trump said he believed the Russian leader wanted to end the war."
)


def summary_kinds(summary: str, models: Models) -> list[str]:
    articles = [Article(id="source", source="S", text=SOURCE), Article(id="summary", source="T", text=summary)]
    comparison = compare_articles(articles, models, THRESHOLDS)
    return [d.kind for g in comparison.groups for p in g.pairs for d in p.divergences]


def test_a_faithful_summary_in_its_own_words_is_no_divergence(models: Models) -> None:
    assert summary_kinds(
        "Zelensky urged Washington to back Kyiv more firmly after clashing with Trump, whose envoys held Saudi "
        "talks with Russia that excluded Ukraine; the minerals deal was left unsigned.", models) == []
    assert summary_kinds(
        "Zelensky announced a £2.26bn UK loan for weapons production after meeting Starmer, while Putin has made "
        "no public commitment to a three-way meeting.", models) == []


def test_a_summary_that_changes_the_loan_diverges(models: Models) -> None:
    kinds = summary_kinds(
        "Zelensky announced a £2.8bn UK loan for weapons production after meeting Starmer, while Putin has made "
        "no public commitment to a three-way meeting.", models)
    assert "number" in kinds


BUSINESS = (
    "AUSTIN, Texas (AP) - Corvant Systems reported third-quarter revenue of $4.82 billion on Wednesday, up 14% "
    "from a year earlier, and raised its full-year forecast as demand for its data-center chips grew. Sales of "
    "chips for personal computers declined 9%, chief executive Priya Raman said. The company said heavy spending "
    "by cloud customers had lifted its margins. Corvant now expects full-year revenue of $18.9 billion, up from "
    "the forecast of $18.4 billion it gave in July. Last year the company cut 600 jobs."
)


def kinds_against(source: str, summary: str, models: Models, published_at: date | None = None) -> list[str]:
    articles = [Article(id="source", source="S", text=source, published_at=published_at),
                Article(id="summary", source="T", text=summary, published_at=published_at)]
    comparison = compare_articles(articles, models, THRESHOLDS)
    return [d.kind for g in comparison.groups for p in g.pairs for d in p.divergences]


def test_a_faithful_summary_of_other_news_is_no_divergence(models: Models) -> None:
    # "increase" is not held against the PC sales' decline, "CEO" spells the source's "chief executive",
    # and the revenue's amount is not held against the full-year forecast grouped with it.
    assert kinds_against(BUSINESS, "Corvant Systems posted third-quarter revenue of $4.82 billion, a 14% increase, "
                                   "and its CEO said it lifted its full-year outlook as data-center demand grew.",
                         models) == []


def test_a_summary_that_denies_what_another_source_sentence_affirms_diverges(models: Models) -> None:
    # The summary's sentence aligns with the source's revenue sentence; the margins are in another one.
    faithful = ("Corvant Systems reported third-quarter revenue of $4.82 billion on Wednesday, up 14% from a year "
                "earlier, and raised its full-year forecast, saying heavy spending by cloud customers had lifted "
                "its margins.")
    assert kinds_against(BUSINESS, faithful, models) == []
    assert "negation" in kinds_against(BUSINESS, faithful.replace("had lifted", "had not lifted"), models)


def test_a_verb_denied_against_any_source_sentence_that_affirms_it_of_the_same_things(models: Models) -> None:
    source = Article(id="source", source="S", text=BUSINESS)
    source_claims = segment(source, 0)
    source_facts = ArticleFacts.collect(analyse(source_claims, [source], models.nlp), BUSINESS)

    def unsupported(summary: str) -> list[tuple[str, str]]:
        article = Article(id="summary", source="T", text=summary)
        claims = segment(article, 1)
        facts = analyse(claims, [source, article], models.nlp)
        return [(u.kind, u.span.text) for c, f in zip(claims, facts, strict=True)
                for u in foreign_details(c, f, source_facts)]

    assert unsupported("Heavy spending by cloud customers lifted Corvant's margins.") == []
    assert unsupported("Heavy spending by cloud customers did not lift Corvant's margins.") == [
        ("negation", "did not lift")]


def test_a_summary_may_round_what_it_says_about(models: Models) -> None:
    source = ("The Commission on Elections ordered a manual recount in 38 precincts of Calbayog City on Wednesday "
              "after incumbent mayor Ronaldo Dimaculangan lost by 412 votes to Maria Abellana.")
    assert kinds_against(source, "A recount was ordered in 38 Calbayog City precincts after mayor Ronaldo "
                                 "Dimaculangan lost by about 400 votes.", models) == []
    assert kinds_against(source, "A recount was ordered in 38 Calbayog City precincts after mayor Ronaldo "
                                 "Dimaculangan lost by about 300 votes.", models) == ["number"]


def test_letters_stand_for_the_words_they_begin() -> None:
    from service.pipeline.names import spelled_out

    assert spelled_out("FDA", "approval from the U.S. Food and Drug Administration")
    assert spelled_out("RSV", "a vaccine against respiratory syncytial virus")
    assert spelled_out("CEO", "its chief executive said")
    assert not spelled_out("FBI", "funds by investors")
    assert not spelled_out("EU", "every unit")


def test_a_title_an_apposition_and_a_starting_date_credit_no_one_else(models: Models) -> None:
    source = ("Brightwater Communities has paused work on a 412-unit apartment tower in Austin, citing high interest "
              "rates. \"This is a pause, not a cancellation,\" Martin Ellery, Brightwater's chief executive, said. "
              "About 1,400 nurses will walk off the job for three days starting Oct. 10, their union said, "
              "as talks to end the dispute broke down.")
    assert kinds_against(source, "Brightwater paused its Austin tower; Ellery, its chief executive, said the "
                                 "project has not been called off.", models) == []
    assert kinds_against(source, "Brightwater paused its 412-unit Austin tower, which its CEO said has not been "
                                 "canceled.", models) == []
    assert kinds_against(source, "Roughly 1,400 nurses will stage a three-day walkout beginning Oct. 10.",
                         models) == []


def test_each_side_s_amount_stated_by_the_other_text_is_no_conflict(models: Models) -> None:
    source = ("Minnesota regulators on Wednesday approved a rate increase for Northern Prairie Electric that is less "
              "than half what the utility had requested, a decision that will add about $5.40 a month to the "
              "typical household bill. The commission voted 4-1 to let the company raise its annual revenue by "
              "$61 million. Northern Prairie had asked for $146 million when it filed its case last May. "
              "The utility said the smaller increase would force it to delay upgrades to its grid in the north of "
              "the state, and that it would review the decision before deciding whether to appeal. Consumer groups "
              "welcomed the ruling, saying households were already struggling with higher heating costs. The new "
              "rates take effect in the spring, after a public comment period that drew more than 3,000 letters "
              "from residents.")
    faithful = ("Minnesota regulators approved a $61 million rate increase for Northern Prairie Electric on "
                "Wednesday, less than half the $146 million it had asked for; typical bills will rise about $5.40 "
                "a month.")
    changed = ("Minnesota regulators approved a $96 million rate increase for Northern Prairie Electric on "
               "Wednesday; typical bills will rise about $5.40 a month.")
    swapped = ("The commission let the company raise its annual revenue by $146 million; Northern Prairie had "
               "asked for $61 million.")
    assert kinds_against(source, faithful, models) == []
    assert "number" in kinds_against(source, changed, models)
    assert "number" in kinds_against(source, swapped, models)


def test_a_month_and_a_nationality_of_a_named_country_are_not_new_names(models: Models) -> None:
    source = ("Malawi's High Court on Wednesday ordered the electoral commission to reopen voter registration for "
              "14 days in three northern districts. The deal is expected to close in the second quarter of 2025.")
    assert kinds_against(source, "A Malawian judge ordered voter registration reopened for 14 days in three "
                                 "northern districts on Wednesday.", models) == []
    assert kinds_against(source, "The deal is expected to close between April and June 2025.", models) == []

    from service.pipeline.derived import _country_named
    from service.pipeline.types import EntityMention, Span

    def nationality(word: str) -> EntityMention:
        return EntityMention(Span(word, 0, len(word)), word.lower(), "NORP")

    assert _country_named(nationality("Peruvian"), source_facts("Peru's election jury met in Lima.", models))
    assert _country_named(nationality("Canadian"), source_facts("Flights across Canada were cancelled.", models))
    assert not _country_named(nationality("Zambian"), source_facts(source, models))
    assert not _country_named(nationality("Christian"), source_facts("Chris Hipkins said it.", models))
    assert not _country_named(nationality("Republican"), source_facts("the Czech Republic said it.", models))


def source_facts(text: str, models: Models) -> ArticleFacts:
    article = Article(id="source", source="S", text=text)
    return ArticleFacts.collect(analyse(segment(article, 0), [article], models.nlp), text)


def test_a_starting_date_is_no_beginning_that_an_end_opposes() -> None:
    from service.pipeline.derived import _before_a_time

    assert _before_a_time("beginning", "will stage a three-day walkout beginning Oct. 10")
    assert _before_a_time("starting", "Fares rise starting next week")
    assert not _before_a_time("beginning", "marked the beginning of the talks")
    assert not _before_a_time("ending", "a strike ending Oct. 10")


def test_denials_written_another_way_and_a_court_of_its_country_are_faithful(models: Models) -> None:
    source = ("U.S. District Judge Elena Marquez in Denver wrote that Halberd lacked standing to sue because the "
              "state board had not yet set a payment limit for the drug. The Federal Court on Thursday ordered "
              "SunCoast Energy to pay the penalty, the Australian Energy Regulator said. Joseph Kariuki, the "
              "principal secretary for crop development, said the government would release maize from the "
              "strategic reserve starting next month to steady flour prices across the country.")
    assert kinds_against(source, "A federal judge in Denver ruled that Halberd had no standing because no limit "
                                 "has been set.", models) == []
    assert kinds_against(source, "The Federal Court of Australia on Thursday ordered SunCoast Energy to pay the "
                                 "penalty.", models) == []
    assert kinds_against(source, "The Federal Court of Appeal on Thursday ordered SunCoast Energy to pay the "
                                 "penalty.", models) == ["entity"]
    assert kinds_against(source, "Principal Secretary Joseph Kariuki said maize would be released from the "
                                 "strategic reserve.", models) == []


PAD = (" The company said it would review the decision before deciding whether to appeal, and consumer groups "
       "welcomed the ruling, saying households were already struggling with higher costs across the region.")


def test_a_country_adjective_a_court_of_no_country_and_a_heeded_warning_still_diverge(models: Models) -> None:
    source = ("The Federal Court on Thursday ordered SunCoast Energy to pay the penalty, the Australian Energy "
              "Regulator said. Appeals must be lodged within 28 days." + PAD)
    assert kinds_against(source, "The Federal Court on Thursday ordered SunCoast Energy to pay, the Austrian "
                                 "Energy Regulator said.", models) == ["entity"]
    assert kinds_against(source, "The Federal Court of Appeal on Thursday ordered SunCoast Energy to pay the "
                                 "penalty.", models) == ["entity"]
    warned = "Residents of Brumadinho said there was no warning before the dam burst on Friday." + PAD
    assert kinds_against(warned, "Residents of Brumadinho said they had not heeded an official warning before "
                                 "the dam burst on Friday.", models) == ["negation"]


def test_no_fewer_than_denies_nothing(models: Models) -> None:
    from service.pipeline.predicates import find_predicates, verb_lemmas

    doc = models.nlp("No fewer than 14 were killed when the bus plunged into the ravine.")
    killed = [p for p in find_predicates(doc, list(doc), verb_lemmas(models.nlp)) if p.span.text == "killed"]
    assert killed and not killed[0].negated


def test_a_country_whose_adjective_the_source_writes_before_a_common_noun_is_no_new_name(models: Models) -> None:
    from service.pipeline.antonyms import are_opposites
    from service.pipeline.derived import _country_named
    from service.pipeline.types import EntityMention, Span

    def place(word: str, label: str = "GPE") -> EntityMention:
        return EntityMention(Span(word, 0, len(word)), word.lower(), label)

    assert _country_named(place("Belgium's"), source_facts("He joined from Belgian club KV Lierde.", models))
    assert not _country_named(place("India"), source_facts("Winds swept the Indian Ocean.", models))
    assert _country_named(place("Italian", "NORP"), source_facts("Flights to Italy were cancelled.", models))
    assert not are_opposites("prison", "imprisoned") and are_opposites("patient", "impatient")


def test_a_denial_of_two_alternatives_denies_both_and_a_re_done_act_is_another_act(models: Models) -> None:
    from service.pipeline.antonyms import are_opposites

    ransom = ("Hackers stole the records of about 2.3 million workers, payroll firm Corvane said on Thursday. A "
              "group calling itself NightVault threatened to publish the data unless Corvane paid. Corvane chief "
              "executive Anna Marr denied that the company had paid or would pay a ransom." + PAD)
    assert kinds_against(ransom, "Corvane said hackers stole the records of about 2.3 million workers, and its "
                                 "chief executive denied the company had paid a ransom.", models) == []
    assert "negation" in kinds_against(ransom, "Corvane said hackers stole the records of about 2.3 million "
                                               "workers, and its chief executive said the company had paid a "
                                               "ransom.", models)
    review = ("The GAO upheld Keystone's protest of the $2.4 billion contract on Wednesday. It found that the Army "
              "failed to properly evaluate Halvard's cost estimate. The GAO recommended that the Army re-evaluate "
              "the cost proposals." + PAD)
    assert kinds_against(review, "The GAO upheld Keystone's protest of the $2.4 billion contract, finding the Army "
                                 "failed to properly evaluate Halvard's cost estimate.", models) == []
    assert "negation" in kinds_against(review, "The GAO upheld Keystone's protest of the $2.4 billion contract, "
                                                "finding the Army had properly evaluated Halvard's cost "
                                                "estimate.", models)
    assert not are_opposites("wind", "lost") and are_opposites("won", "lost")  # "winds" is no form of "win"


def test_an_amount_the_source_states_of_the_same_things_a_compound_away_is_no_divergence(models: Models) -> None:
    source = ("LONDON (Reuters) - British fashion chain Marlowe & Co cut its full-year profit forecast on Thursday "
              "and said it would close 30 of its 212 stores over the next two years, even though like-for-like "
              "sales rose over the Christmas period. In the six weeks to Jan. 4, like-for-like sales rose 2.3%, "
              "the company said." + PAD)
    summary = ("British fashion chain Marlowe & Co cut its full-year profit forecast despite a 2.3% rise in "
               "like-for-like sales in the {} to Jan. 4, and said it would close 30 stores.")
    assert kinds_against(source, summary.format("six weeks"), models) == []
    assert "number" in kinds_against(source, summary.format("eight weeks"), models)


def test_a_name_written_as_its_initials_or_cut_short_is_the_same_name(models: Models) -> None:
    watchdog = ("WASHINGTON - The Government Accountability Office said on Wednesday that the Army had "
                "unreasonably accepted Halvard Dynamics' estimate of the cost of the vehicle, upholding a protest "
                "by Keystone Defense Systems." + PAD)
    assert kinds_against(watchdog, "The Army unreasonably accepted Halvard Dynamics' cost estimate, the GAO said, "
                                   "upholding a protest by Keystone Defense Systems.", models) == []
    assert kinds_against(watchdog, "Upholding Keystone Defense Systems' protest, the Government Accountability "
                                   "Office said the Army had unreasonably accepted Halvard Dynamics' cost "
                                   "estimate.", models) == []
    assert "attribution" in kinds_against(watchdog, "The Army unreasonably accepted Halvard Dynamics' cost "
                                                    "estimate, the Pentagon said, upholding a protest by Keystone "
                                                    "Defense Systems.", models)
    airline = ("A loose fuel line most likely caused the engine fire that forced a Coastal Link Airways turboprop "
               "to make an emergency landing in Moncton last month, Canada's Transportation Safety Board said "
               "on Wednesday." + PAD)
    assert kinds_against(airline, "The board said a loose fuel line most likely caused the engine fire that "
                                  "forced a Coastal Link turboprop to land in Moncton.", models) == []


def test_a_person_the_tagger_took_for_an_organisation_is_still_the_person_the_source_names(models: Models) -> None:
    auction = ("NEW YORK - A painting by the German Expressionist Margarethe Vollmer that once belonged to a Jewish "
               "art dealer sold for $14.6 million at Beaumont & Clarke on Tuesday. The sale followed a settlement "
               "between a Swiss foundation and the heirs of Siegfried Adler, a Berlin dealer who sold the work "
               "before leaving Germany. Vollmer, who died in 1954, was largely forgotten after the war." + PAD)
    assert kinds_against(auction, "A painting by Margarethe Vollmer once owned by a Jewish dealer who fled Berlin "
                                  "sold for $14.6 million at Beaumont & Clarke on Tuesday, with the proceeds "
                                  "shared between the dealer's heirs and a Swiss foundation.", models) == []


def test_not_until_says_when_and_a_doer_is_no_verb(models: Models) -> None:
    from service.pipeline.antonyms import are_opposites

    bridge = ("OSLO, Norway (AP) - Norway's road authority said Wednesday that the Halvorsen Fjord Bridge will not "
              "open until the middle of 2027, nearly two years behind schedule, after cracks were found in its "
              "cable anchorages." + PAD)
    assert kinds_against(bridge, "The Halvorsen Fjord Bridge is due to open in mid-2027 after cracks were found in "
                                 "its cable anchorages, Norway's road authority said.", models) == []
    assert "date" in kinds_against(bridge, "The Halvorsen Fjord Bridge will not open until mid-2028 after cracks "
                                           "were found in its cable anchorages, Norway's road authority said.",
                                   models)
    assert not are_opposites("grower", "fall") and are_opposites("exporter", "importer")
    race = ("Silent Harbor upset favourite Copper Crown by a neck in the Aurora Derby on Saturday, and stewards "
            "kept the result after reviewing whether the winner bumped Copper Crown in the stretch at Aurora "
            "Downs." + PAD)
    assert kinds_against(race, "Silent Harbor beat Copper Crown by a neck in the Aurora Derby on Saturday, and "
                               "stewards kept the result after reviewing whether the winner bumped the runner-up "
                               "in the stretch.", models) == []
    launch = ("A small rocket built by start-up Hyperion reached orbit on Wednesday from Western Europe, deploying "
              "five satellites. The 24-metre Skarv-1 lifted off from Andøya Spaceport in Norway." + PAD)
    assert kinds_against(launch, "Hyperion's Skarv-1 rocket reached orbit from Andøya Spaceport in Norway, "
                                 "deploying five satellites.", models) == []


def test_what_the_new_name_and_negation_rules_must_still_catch(models: Models) -> None:
    from service.pipeline.names import initials_of

    def kinds(source: str, summary: str) -> list[str]:
        return kinds_against(source + PAD, summary, models)

    assert "entity" in kinds("Ukrainian officials said pro-Russian separatists shelled the town of Avdiivka "
                             "overnight, killing three civilians.",
                             "Ukrainian officials said Russian troops shelled the town of Avdiivka overnight, "
                             "killing three civilians.")
    assert "negation" in kinds("Halvard Dynamics had never made an annual profit before 2024, chief executive Anna "
                               "Marr told analysts on Tuesday.",
                               "Halvard Dynamics made a yearly profit before 2024, chief executive Anna Marr told "
                               "analysts on Tuesday.")
    assert "status" in kinds("The European Commission has not yet approved the planned merger of the two "
                             "steelmakers, a spokesperson said on Friday.",
                             "Brussels will not approve the steelmakers' planned merger, a spokesperson said on "
                             "Friday.")
    assert kinds("Under the new rules, the regulator can refuse to license the drug or approve it with strict "
                 "conditions, the ministry said.",
                 "The ministry said the regulator can approve the drug with strict conditions under the new "
                 "rules.") == []
    assert "attribution" in kinds("General Mills said on Tuesday it would cut about 1,200 jobs as demand for "
                                  "cereal weakens.",
                                  "Weakening demand will lead to roughly 1,200 job cuts, GM said on Tuesday.")
    assert initials_of("CPSC", "the U.S. Consumer Product Safety Commission") and not initials_of("GM", "General Mills")


BUILDER = (
    "CHARLOTTE, N.C. (AP) - Shares of Larkmoor Homes fell 6% on Thursday after the builder cut its full-year "
    "delivery forecast to 4,100 homes, blaming a jump in cancellations. In a separate filing, the company said 38% "
    "of its buyers in the quarter used incentives to lower their mortgage rates, up from 14% a year earlier. "
    "The Global Builders Federation, which represents 40 companies, said on Friday that it expected a weak spring. "
    "Larkmoor was fined 150,000 Swiss francs last year by a Geneva court." + PAD
)


def test_a_year_a_share_and_a_figure_from_another_aligned_sentence_are_no_new_amounts(models: Models) -> None:
    source = Article(id="source", source="S", text=BUILDER, published_at=date(2023, 10, 19))
    for summary in (
        "Larkmoor Homes cut its forecast for 2023 deliveries to 4,100 homes, blaming more cancellations.",
        "Larkmoor Homes shares fell 6% after it cut its delivery forecast; 38% of its buyers used incentives to lower "
        "their mortgage rates.",
        "The GBF said it expected a weak spring; Larkmoor was fined CHF 150,000 last year.",
    ):
        summary_article = Article(id="summary", source="T", text=summary, published_at=date(2023, 10, 19))
        comparison = compare_articles([source, summary_article], models, THRESHOLDS)
        assert [d.kind for g in comparison.groups for p in g.pairs for d in p.divergences] == [], summary
    assert "number" in kinds_against(BUILDER, "Larkmoor Homes cut its delivery forecast to 4,300 homes, blaming a "
                                              "jump in cancellations.", models)


def test_yet_to_denies_and_a_semicolon_ends_what_a_plan_frames(models: Models) -> None:
    ruling = ("SAN FRANCISCO (AP) - A federal judge ruled on Wednesday that Quillon Inc. illegally maintained a "
              "monopoly over smart-TV app distribution. The judge did not decide on remedies. Quillon said it would "
              "appeal." + PAD)
    assert kinds_against(ruling, "A federal judge has ruled that Quillon illegally maintained a monopoly over "
                                 "smart-TV app distribution; the company plans an appeal.", models) == []
    assert kinds_against(ruling, "Remedies have yet to be decided, and Quillon plans to appeal.", models) == []
    assert "negation" in kinds_against(ruling, "The judge decided on remedies, and Quillon plans to appeal.", models)


def test_a_figure_or_day_the_source_gives_to_other_things_is_still_wrong_here(models: Models) -> None:
    strike = ("BRISTOL, England (AP) - About 1,150 bus drivers employed by Westline Buses began a three-week strike "
              "on Monday, leaving thousands of commuters without a service. Talks at the conciliation service "
              "broke down on Tuesday, the union said. The company has fined drivers 150,000 Swiss francs in "
              "total." + PAD)
    published = date(2023, 6, 15)
    source = Article(id="source", source="S", text=strike, published_at=published)

    def kinds(summary: str) -> list[str]:
        derived = Article(id="summary", source="T", text=summary, published_at=published)
        comparison = compare_articles([source, derived], models, THRESHOLDS)
        return [d.kind for g in comparison.groups for p in g.pairs for d in p.divergences]

    assert kinds("About 1,150 Westline Buses drivers began a three-week strike on Monday.") == []
    assert "date" in kinds("About 1,150 Westline Buses drivers began a three-week strike on Tuesday.")
    assert "number" in kinds("About 2,150 Westline Buses drivers began a three-week strike on Monday.")
    assert "number" in kinds("The company has fined drivers 150,000 euros in total.")


CANAL = (
    "ISMAILIA, Egypt (Reuters) - A container ship that ran aground in the Suez Canal on Thursday was refloated "
    "about nine hours later, the Suez Canal Authority said. Five tugboats pulled the ship free, said Ahmed Farouk, "
    "a spokesman for the authority. He said about 38 ships were waiting and that the backlog would be cleared by "
    "Saturday. Gregory Tan, Halcyon Lines' chief operating officer, said all 24 crew members were safe. Halcyon "
    "Lines' board of directors will meet on Monday. The states alleged that Halcyon raised its fees by 60%." + PAD
)


def test_a_spokesman_speaks_for_his_body_and_a_body_named_the_other_way_round_is_its_name(models: Models) -> None:
    assert kinds_against(CANAL, "The Suez Canal Authority said about 38 waiting ships would be cleared by "
                                "Saturday.", models) == []
    assert kinds_against(CANAL, "Halcyon's chief operating officer said all 24 crew members were safe.", models) == []
    assert kinds_against(CANAL, "The Directors of Halcyon Lines will meet on Monday.", models) == []
    assert kinds_against(CANAL, "Halcyon settled claims by the states that it raised its fees by three-fifths.",
                         models) == []
    # what the states alleged, said to be what the states said: theirs either way, no status changed
    assert kinds_against(CANAL, "Halcyon raised its fees by 60%, the states said.", models) == []
    assert "status" in kinds_against(CANAL, "Halcyon raised its fees by 60%.", models)
