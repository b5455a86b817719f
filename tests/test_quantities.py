"""Amounts read from news wording: what a number counts and in which unit."""

from __future__ import annotations

from service.pipeline.quantities import find_quantities, same_amount


def amounts(text: str) -> list[tuple[str, float, str]]:
    return [(q.span.text, q.value, q.unit) for q in find_quantities(text)]


def test_basis_points_are_hundredths_of_a_percentage_point_and_a_year_is_one() -> None:
    [points] = find_quantities("The bank raised its rate by 50 basis points.")
    [half] = find_quantities("The bank raised its rate by half a percentage point.")
    assert (points.span.text, points.value, points.unit) == ("50 basis points", 0.5, "percentage")
    assert same_amount(points, half)
    [year] = find_quantities("Patients waited over a year for treatment.")
    [months] = find_quantities("Patients waited more than 12 months for treatment.")
    assert (year.span.text, year.unit) == ("a year", "year") and same_amount(year, months)


def test_a_name_after_a_number_is_not_what_it_counts_and_a_road_number_is_no_amount() -> None:
    assert amounts("A group claimed to hold 4.6 million Kestrel customer records.") == [
        ("4.6 million", 4.6e6, "")]
    assert amounts("The truck crashed on the M1 motorway, injuring 3 people.") == [("3 people", 3.0, "people")]
    assert amounts("The university will cut four hundred jobs.") == [("four hundred jobs", 400.0, "job")]
    assert amounts("Five Americans were killed.") == [("Five Americans", 5.0, "american")]


def test_compound_number_words_half_a_billion_and_lakhs() -> None:
    assert amounts("Forty-one schools were closed.") == [("Forty-one schools", 41.0, "school")]
    [half] = find_quantities("The bank will sell half a billion dollars.")
    [dollars] = find_quantities("The bank will sell $500 million.")
    assert half.unit == "USD" and same_amount(half, dollars)
    [lakh] = find_quantities("The exam was taken by 4.1 lakh candidates.")
    [plain] = find_quantities("The exam was taken by 410,000 candidates.")
    assert same_amount(lakh, plain)
    assert amounts("Half a dozen people") == [("Half a dozen people", 6.0, "people")]


def test_a_lakh_crore_is_a_trillion() -> None:
    [compound] = find_quantities("The budget sets aside 1.2 lakh crore rupees.")
    [crore] = find_quantities("The budget sets aside 120,000 crore rupees.")
    assert (compound.value, compound.unit) == (1.2e12, "rupee") and same_amount(compound, crore)


def test_a_share_in_words_is_the_percentages_nearest_to_it() -> None:
    [third] = find_quantities("Nearly a third of households were missed.")
    [tenth] = find_quantities("It will cut more than a tenth of its staff.")
    [quarter] = find_quantities("A quarter of the seats changed hands.")
    assert (third.span.text, third.unit) == ("a third", "%")
    [thirty_one] = find_quantities("About 31% of households were missed.")
    [twelve] = find_quantities("It will cut 12% of its staff.")
    assert same_amount(third, thirty_one) and same_amount(tenth, twelve)
    assert not same_amount(quarter, thirty_one) and not same_amount(third, twelve)
    assert amounts("It will be cut in half.") == [("half", 50.0, "%")]
    assert amounts("Half a dozen people were hurt.") == [("Half a dozen people", 6.0, "people")]


def test_a_hyphenated_basis_point_cut_is_in_percentage_points() -> None:
    [hyphenated] = find_quantities("The bank made a surprise 75-basis-point cut.")
    [spaced] = find_quantities("The bank cut its rate by 75 basis points.")
    assert (hyphenated.value, hyphenated.unit) == (0.75, "percentage") and same_amount(hyphenated, spaced)


def test_figures_are_the_same_only_when_one_rounds_to_the_other_as_it_is_written() -> None:
    def same(a: str, b: str) -> bool:
        return same_amount(find_quantities(a)[0], find_quantities(b)[0])

    assert same("$2.8bn", "$2.83 billion") and same("$18.9 billion", "$19 billion") and same("7.71%", "7.7%")
    assert not same("61.8 million", "62.8 million") and not same("12.25%", "12.5%") and not same("7.71%", "7.57%")
    assert not same("410 jobs", "412 jobs") and not same("4 million", "4.4 million")


def test_a_currency_named_by_its_country_or_its_code_is_that_currency() -> None:
    assert amounts("He was fined 150,000 Swiss francs (about $177,000).") == [
        ("150,000 Swiss francs", 150000.0, "CHF"), ("$177,000", 177000.0, "USD")]
    assert amounts("He was fined CHF 150,000 over the grants.") == [("CHF 150,000", 150000.0, "CHF")]


def test_an_ordinal_or_a_share_of_one_thing_is_no_percentage_and_hedges_and_round_thousands_still_hold() -> None:
    assert amounts("It posted a third-quarter loss.")[0][2] != "%"
    assert amounts("Sales rose in the first half of the year.") == [("half", 0.5, "")]
    assert amounts("It won a third straight title.")[0][2] != "%"

    def same(a: str, b: str) -> bool:
        return same_amount(find_quantities(a)[0], find_quantities(b)[0])

    assert not same("raised its key rate to 5%", "raised its key rate to 5.25%")
    assert same("killed 2,300 people", "killed 2,326 people") and not same("a tenth of its staff", "1% of its staff")
    assert amounts("a C$180 million deal") == [("C$180 million", 180000000.0, "CAD")]
    assert amounts("a 150,000 Canadian dollar fine") == [("150,000 Canadian dollar", 150000.0, "CAD")]
