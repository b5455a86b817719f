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
