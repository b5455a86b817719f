"""Details the twenty-second session's second probe rounds showed, with the real models: speakers swapped for
another person a claim names in another role, parties named by a common noun in the same words, officers named by
their title in a summary, plans or proposals reported done in other verbs, and floors that differ."""

from __future__ import annotations

from service.pipeline.run import Models
from tests.test_edited_copies import kinds_of as kinds
from tests.test_summaries import PAD, kinds_against


def test_a_speaker_swapped_for_another_the_claim_names(models: Models) -> None:
    # the name the subject itself is, not one hung on it; a party named by a distinct common noun
    quote = '"These were not opportunists; this was a structured business," said '
    assert kinds(quote + "prosecutor Chiara Bernasconi at a news conference with police chief Stefano Galli.",
                 quote + "police chief Stefano Galli at a news conference with prosecutor Chiara Bernasconi.",
                 models) == ["attribution"]
    assert kinds('"Nobody expected a release there," said the resort\'s operations manager, Florian Wachter.',
                 "Mountain rescue chief Hannes Gruber said nobody had expected a slide there.", models) == [
        "attribution"]
    minister = "The health minister resigned on Friday, two days after auditors said his ministry had overpaid."
    assert kinds(minister, minister.replace("auditors", "prosecutors"), models) == ["attribution"]
    assert kinds("Police said the man had been arrested on Sunday.", "Officers said the man had been arrested on "
                                                                     "Sunday.", models) == []
    bank = "The bank said it would cut 300 jobs by the end of the year."
    assert kinds(bank, bank.replace("bank", "lender"), models) == []


def test_plans_proposals_and_floors(models: Models) -> None:
    allowance = "The standards authority said it had suspended payments of Pryce's housing allowance."
    assert kinds(allowance, allowance.replace("had suspended", "was considering suspending"), models) == ["status"]
    assert kinds("Officials said the institute had proposed cutting the questionnaire from 48 to 31 questions.",
                 "According to officials, the institute has trimmed the questionnaire from 48 questions to 31.",
                 models) == ["status"]
    assert kinds("Authorities plan to transfer 300 gang leaders to a maximum-security jail in Latacunga.",
                 "Authorities have moved 300 gang leaders to a maximum-security jail in Latacunga.", models) == [
        "status"]
    assert kinds("Organisers planned the march through central London for weeks.",
                 "Organisers held the march through central London on Saturday.", models) == []
    riot = "At least 17 inmates were killed in a riot on Monday night, the prisons agency said."
    assert kinds(riot, riot.replace("17", "19"), models) == ["number"]
    assert kinds("Police regained control of the prison after six hours, Interior Minister Fernando Guerrero said.",
                 "Police retook the prison after six hours, according to prisons director Gen. Pablo Andrade.",
                 models) == ["attribution"]


def test_officers_by_title_and_people_by_description_in_summaries(models: Models) -> None:
    ship = ("LAMPEDUSA, Italy - A charity rescue ship carrying 143 people docked at Lampedusa on Sunday after a "
            "six-day standoff.\n\n\"When we reached them, people were already in the water,\" said Lena Hofmann, "
            "the ship's captain." + PAD)
    assert kinds_against(ship, "The captain of the rescue ship said people were already in the water when her crew "
                               "reached them.", models) == []
    assert kinds_against(ship, "A rescue ship with more than 140 migrants docked at Lampedusa on Sunday.",
                         models) == []
    airline = ("LISBON - Lusavia cancelled 1,150 flights on Monday.\n\nLusavia chief executive Margarida Sousa said "
               "the union's demands were \"simply unaffordable\" for the airline." + PAD)
    assert kinds_against(airline, "Lusavia's chief executive called the union's demands simply unaffordable.",
                         models) == []
    assert kinds("The mayor of Lyon said the tram line would open in 2027.",
                 "Anne Hidalgo, the mayor of Paris, said the tram line would open in 2027.", models) == ["attribution"]
    assert kinds("Lusavia's chief executive said fares would rise by 5% next year.",
                 "Marta Silva, chief executive of rival carrier Tagus Air, said fares would rise by 5% next year.",
                 models) == ["attribution"]
    storm = "ORURO, Bolivia - The storm killed 143 people in the province on Sunday, officials said." + PAD
    assert "number" in kinds_against(storm, "The storm destroyed more than 140 homes in the province on Sunday.",
                                     models)
    mine = ("SALTA, Argentina - Thousands marched on Wednesday against a proposed lithium mine, which Indigenous "
            "communities say would drain the salt flat.\n\nProvincial Mining Minister Alejandra Ruiz said the "
            "government would not approve the mine without the consent of affected communities." + PAD)
    assert kinds_against(mine, "Mining Minister Alejandra Ruiz said the government would not approve the lithium "
                               "mine without the consent of affected communities.", models) == []


def test_what_summaries_restate_of_time_routes_and_refusals(models: Models) -> None:
    fund = ("GRAZ, Austria - A fund to restore the cathedral has raised 8.6 million euros in its first year.\n\nThe "
            "fund was launched in March last year by the diocese." + PAD)
    assert kinds_against(fund, "The cathedral's restoration fund has raised 8.6 million euros in its first year.",
                         models) == []
    rail = ("LEEDS, England - The estimated cost of the Pennine Express, a planned high-speed rail line between Leeds "
            "and Manchester, has risen to £24.6 billion, the National Audit Office said." + PAD)
    assert kinds_against(rail, "The cost of the Leeds-Manchester Pennine Express has risen to £24.6 billion, the "
                               "National Audit Office said.", models) == []
    port = ("LAMPEDUSA, Italy - A charity ship docked at Lampedusa on Sunday.\n\nThe ministry relented on Saturday "
            "after France, Germany and Portugal agreed to take in most of the passengers." + PAD)
    assert "negation" in kinds_against(port, "A charity ship docked at Lampedusa on Sunday after France, Germany "
                                             "and Portugal refused to take in the passengers.", models)
