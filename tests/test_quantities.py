"""Amounts and years read from news wording: what a number counts, and when it is a year."""

from __future__ import annotations

from datetime import date

from service.pipeline.dates import find_dates
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


def test_a_year_after_a_capitalised_preposition_or_the_is_a_date() -> None:
    published = date(2024, 8, 16)
    assert [(m.span.text, m.year) for m in find_dates("In 2023 the driver caused the 2023 crash.", published)] == [
        ("2023", 2023), ("2023", 2023)]
