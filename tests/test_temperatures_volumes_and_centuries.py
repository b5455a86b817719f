"""Faithful rewordings that were flagged, with the real models: temperatures in the other scale (an affine
conversion, below zero), volumes in cubic metres against litres, and a century written as its hundreds; and the
changes of the same kinds that must still be found."""

from __future__ import annotations

from datetime import date

from service.pipeline.dates import find_dates, same_time
from service.pipeline.quantities import find_quantities
from service.pipeline.run import Models
from tests.test_ceilings_speeds_and_acts_said_done import kinds
from tests.test_edited_copies import kinds_and_words

VACCINES = ("The doses, which must be kept at between minus 90 and minus 60 degrees Celsius, were part of a shipment "
            "of 102,000 delivered through the COVAX facility on July 2.")
DIESEL = ("No one was injured, but around 40,000 litres of diesel leaked into a drainage ditch, according to the "
          "regional fire service.")
CATHEDRAL = ("Bishop Henrik Lund said the cathedral, which dates from the 12th century, would stay open for services "
             "during the work, although the north transept would be closed to visitors.")
LAB = "The samples were kept at 30 degrees Celsius overnight, the laboratory said."


def test_temperatures_and_volumes_read_with_their_scale_sign_and_unit() -> None:
    assert [(q.value, q.unit) for q in find_quantities(VACCINES)][:2] == [(-90.0, "celsius"), (-60.0, "celsius")]
    assert [(q.span.text, q.value, q.unit) for q in find_quantities("stored at -20°C, or 5 °F and 68 degrees F")] == [
        ("-20°C", -20.0, "celsius"), ("5 °F", 5.0, "fahrenheit"), ("68 degrees F", 68.0, "fahrenheit")]
    assert [(q.value, q.unit) for q in find_quantities("rose 20-30C, to 100 degrees centigrade")] == [
        (20.0, "celsius"), (30.0, "celsius"), (100.0, "celsius")]
    assert [q.unit for q in find_quantities("40 cubic metres, 12 m3, 3m³ and 2 million cubic feet of gas")] == [
        "cubic metre", "cubic m", "cubic m", "cubic foot"]
    assert [q.value for q in find_quantities("the score fell to minus 5 points")] == [5.0]  # a sign of temperatures


def test_centuries_and_decades_are_spans_of_years() -> None:
    spans = [(d.span.text, d.year, d.years) for d in find_dates(
        "a 12th-century church, rebuilt in the 1990s, and the fifth century BC, as the 1100s", date(2021, 7, 16))]
    assert spans == [("12th-century", 1100, 100), ("1990s", 1990, 10), ("fifth century BC", -500, 100),
                     ("1100s", 1100, 100)]
    century, decade, fifth_bc, hundreds = (d for d in find_dates(
        "the 12th century, the 1990s, the fifth century BC, the 1100s", None))
    in_1995 = find_dates("in 1995", None)[0]
    assert same_time(century, hundreds) is True and same_time(decade, in_1995) is True
    assert same_time(century, decade) is False and same_time(fifth_bc, century) is False
    assert [d.span.text for d in find_dates("in 1000s of homes", None)] == []


def test_a_temperature_in_the_other_scale_is_the_same_temperature(models: Models) -> None:
    reworded = ("The vaccines, which have to be stored at minus 130 to minus 76 degrees Fahrenheit, came from a "
                "102,000-dose consignment delivered via the COVAX facility on July 2.")
    assert kinds_and_words(VACCINES, reworded, models) == []
    assert kinds_and_words(LAB, LAB.replace("30 degrees Celsius", "86 degrees Fahrenheit"), models) == []


def test_other_temperatures_still_differ_scale_and_sign_included(models: Models) -> None:
    assert kinds_and_words(LAB, LAB.replace("30 degrees Celsius", "40 degrees Celsius"), models) == [
        ("number", "30 degrees Celsius", "40 degrees Celsius")]
    assert kinds_and_words(LAB.replace("30 degrees Celsius", "20C"), LAB.replace("30 degrees Celsius", "90F"),
                           models) == [("number", "20C", "90F")]  # 90F is 32C
    assert kinds_and_words(LAB, LAB.replace("30 degrees", "minus 30 degrees"), models) == [
        ("number", "30 degrees Celsius", "minus 30 degrees Celsius")]


def test_cubic_metres_are_thousands_of_litres(models: Models) -> None:
    in_cubic_metres = DIESEL.replace("40,000 litres", "40 cubic metres")
    assert kinds_and_words(DIESEL, in_cubic_metres, models) == []
    assert kinds(in_cubic_metres, DIESEL.replace("40,000", "50,000"), models) == ["number"]


def test_a_century_written_as_its_hundreds_is_the_same_century(models: Models) -> None:
    assert kinds_and_words(CATHEDRAL, CATHEDRAL.replace("the 12th century", "the 1100s"), models) == []
    assert kinds(CATHEDRAL.replace("the 12th century", "the 1100s"),
                 CATHEDRAL.replace("the 12th century", "the 13th century"), models) == ["date"]
