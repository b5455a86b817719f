"""Details the eighteenth session's probe rounds showed misread or missed in edited copies, with the real models: a
copula's noun denied, speakers named after their words or by a body of another kind, states and decisions in
another status, a figure given as a floor against a ceiling, a season's year, and a name swapped in a near copy
that the tagger labels otherwise."""

from __future__ import annotations

from datetime import date

from service.pipeline.run import Models
from tests.test_edited_copies import kinds_and_words
from tests.test_summaries import kinds_against


def kinds(first: str, second: str, models: Models) -> list[str]:
    return [kind for kind, _, _ in kinds_and_words(first, second, models)]


def test_a_copula_noun_denied_and_speakers_named_after_their_words(models: Models) -> None:
    fault = "The auditor said the delays were not the fault of paramedics but of contracts nobody enforces."
    assert kinds(fault, fault.replace("were not the fault", "were the fault"), models) == ["negation"]
    contrast = "A tribunal found on Wednesday that the company's drivers are workers, not independent contractors."
    assert kinds(contrast, contrast.replace("not independent contractors", "not self-employed"), models) == []
    court = ("The company has 21 days to lodge its appeal and can keep operating until the case is heard at "
             "Westminster Magistrates' Court on Nov. 14, according to TfL.")
    assert kinds_against(court, "According to TfL, Zipcab has three weeks to file its appeal and may continue to "
                                "operate until Westminster Magistrates' Court hears the case on Nov. 4.", models,
                         published_at=date(2023, 9, 22)) == ["date"]
    lawyer = ("Mercer's lawyer, Karen Oduya, said the pharmacist had cooperated fully with inspectors and would "
              "appeal the suspension.")
    assert kinds(lawyer, "The pharmacist had fully cooperated with inspectors and would challenge the suspension, the "
                         "authority's registrar, Dr. Fiona Gallagher, said.", models) == ["attribution"]
    audit = "The Education Ministry said it had asked state prosecutors to examine the audit's findings."
    assert kinds(audit, audit.replace("The Education Ministry", "The board"), models) == ["attribution"]
    licence = ("Helen Marsh, TfL's director of licensing, said the regulator had given Zipcab every opportunity to "
               "address its concerns.")
    assert kinds(licence, licence.replace("Helen Marsh, TfL's director of licensing",
                                          "Kwame Osei, general secretary of the App Drivers' Union"),
                 models) == ["attribution"]


def test_states_and_decisions_in_another_status(models: Models) -> None:
    beef = ("Hartwell Foods is recalling about 84,000 pounds of ground beef because it may be contaminated with E. "
            "coli, the U.S. Department of Agriculture said on Thursday.")
    assert kinds(beef, beef.replace("it may be contaminated", "it is contaminated"), models) == ["status"]
    vote = ("Democrat Angela Whitfield was elected sheriff on Tuesday, defeating Dale Brenner by 52.4 percent to 47.6 "
            "percent, according to unofficial results released by the county clerk's office.")
    assert kinds(vote, vote.replace("unofficial", "certified"), models) == ["status"]
    plan = "The company's board is expected to vote next month on a plan to cut the touring ensemble to 45 dancers."
    assert kinds(plan, "A plan to shrink the touring ensemble to 45 dancers has been approved by the company's board.",
                 models) == ["status"]
    grant = "The Danish Agency for Culture and Palaces is considering a grant of 15 million crowns, the diocese said."
    assert kinds(grant, "According to the diocese, the Danish Agency for Culture and Palaces has approved a grant of "
                        "15 million crowns.", models) == ["status"]
    assert kinds(grant, "According to the diocese, the Danish Agency for Culture and Palaces is weighing a grant of "
                        "15 million crowns.", models) == []


def test_opposites_bounds_seasons_and_swaps(models: Models) -> None:
    rules = ("The association's president said the swim had been ratified under Channel rules, which ban wetsuits "
             "and any contact with the support boat.")
    assert kinds(rules, "The swim was ratified under Channel rules, which permit wetsuits but prohibit any contact "
                        "with the support boat, the association's president said.", models) == ["contradiction"]
    wind = "The result is a boost for the government's target of 5 gigawatts of offshore wind by 2030, analysts said."
    assert kinds(wind, wind.replace("a boost for", "a setback for"), models) == ["contradiction"]
    launch = ("The launch of Portugal's first radar satellite has been postponed by at least six weeks after engineers "
              "found a faulty valve, NovaLift Space said on Tuesday.")
    assert kinds(launch, launch.replace("at least", "no more than"), models) == ["contradiction"]
    assert kinds(launch, launch.replace("at least", "no less than"), models) == []
    trial = ("Deputy Jeroen Bakker said the trial would cost 14 million euros, of which the province contributed 2.1 "
             "million.")
    assert kinds(trial, trial.replace("2.1 million.", "15%."), models) == []
    assert kinds(trial, trial.replace("2.1 million.", "25%."), models) == ["number"]
    estate = ("Glasgow City Council voted on Tuesday to demolish the Redhill Court estate. Demolition is due to "
              "begin in spring 2025, according to the council.")
    assert kinds(estate, estate.replace("spring 2025", "spring 2026"), models) == ["date"]
    observers = ("Some 40 lawmakers have demanded that Reyes be returned to Santiago, and the National Human Rights "
                 "Institute said it would send observers to Punta Arenas next week.")
    assert kinds(observers, observers.replace("to Punta Arenas", "to Santiago"), models) == ["entity"]
