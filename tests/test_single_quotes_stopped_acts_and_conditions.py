"""Details the seventeenth session's second probe batch showed misread or missed, with the real models: quotations
in straight single quotes, an act stopped, a condition turned round ("unless ..." / "if ... not"), a nationality
of a country with a name of two words, counts with "fewer", prices rounded to ten cents, and opposites and names in
near copies."""

from __future__ import annotations

from service.pipeline.analyse import _quotes
from service.pipeline.quantities import find_quantities
from service.pipeline.run import Models
from tests.test_edited_copies import kinds_and_words
from tests.test_summaries import PAD, kinds_against


def kinds(first: str, second: str, models: Models) -> list[str]:
    return [kind for kind, _, _ in kinds_and_words(first, second, models)]


def test_single_quotes_and_counts_read_as_written() -> None:
    said = "'We are selling below cost every week, and we can't go on,' said Anne Morel, a grower from Rennes."
    assert [q.text for q in _quotes(said)] == ["We are selling below cost every week, and we can't go on,"]
    assert _quotes("The farmers' union said the 'Big Four' retailers' margins rose.") == []
    assert _quotes("'The '80s were hard for farmers,' he said.") == []
    assert [(q.value, q.unit) for q in find_quantities("The region has about 800 fewer nurses than it needs.")] == [
        (800.0, "nurse")]
    assert [q.unit for q in find_quantities("The plan created 3,000 fewer new jobs than promised.")] == ["job"]


def test_quotes_acts_and_conditions(models: Models) -> None:
    grower = "'We are selling below cost every week,' said Anne Morel, who heads the regional growers' union."
    assert kinds(grower, grower.replace("below cost", "at a profit"), models) == ["quote"]
    strike = ("Thousands of tea pickers in Assam have stopped delivering leaves to factories since Monday, demanding "
              "higher daily wages, their union said." + PAD)
    assert kinds_against(strike, "Since Monday, thousands of Assam tea pickers have refused to deliver leaves to "
                                 "factories.", models) == []
    assert kinds_against(strike.replace("have stopped delivering", "have not stopped delivering"),
                         "Thousands of Assam tea pickers are still delivering leaves to factories.", models) == []
    walkout = ("The union said the first strike would begin on May 2 unless the company withdrew its offer of a 3% "
               "pay rise.")
    assert kinds(walkout, "The first strike will begin on May 2 if the company does not withdraw its 3% pay offer, "
                          "the union said.", models) == []


def test_nationalities_prices_and_near_copies(models: Models) -> None:
    cocoa = ("Thousands of cocoa farmers in Ivory Coast have halted deliveries since Monday, the farmers' union "
             "said." + PAD)
    assert kinds_against(cocoa, "Thousands of Ivorian cocoa farmers have halted deliveries.", models) == []
    price = "The regulator set the farmgate price at 1,000 CFA francs ($1.63) per kilogram on Oct. 1." + PAD
    assert kinds_against(price, "The farmgate price is 1,000 CFA francs (about $1.60) per kilogram.", models) == []
    plant = "The company said it would reopen a closed line in Guelph and hire 180 people, its chief executive said."
    assert kinds(plant, plant.replace("hire 180", "lay off 180"), models) == ["contradiction"]
    rates = "The central bank lowered its key rate by a quarter point on Thursday, the governor added."
    assert kinds(rates, "The central bank cut its key rate by a quarter point on Thursday, the governor said.",
                 models) == []
    bottlers = "The association, which represents bottlers such as Coca-Cola and PepsiCo, said it backed the levy."
    assert kinds(bottlers, bottlers.replace("PepsiCo", "Nestlé"), models) == ["entity"]
