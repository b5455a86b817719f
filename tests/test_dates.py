"""Dates resolved against the publication day, as a reader of that day's paper would."""

from __future__ import annotations

from datetime import date

from service.pipeline.dates import find_dates

MONDAY_3_MARCH = date(2025, 3, 3)


def days(text: str) -> list[date | None]:
    return [mention.day for mention in find_dates(text, MONDAY_3_MARCH)]


def test_a_weekday_looks_ahead_only_in_a_clause_that_looks_ahead() -> None:
    assert days("Zelensky will attend the summit on Sunday.") == [date(2025, 3, 9)]
    assert days("Starmer, who had greeted Zelensky on Friday, said Britain will form a coalition.") == [
        date(2025, 2, 28)
    ]
    assert days("He said on Saturday that the summit will be held on Sunday.") == [date(2025, 3, 1), date(2025, 3, 9)]


def test_a_plan_that_is_a_noun_puts_nothing_in_the_future() -> None:
    assert days("Britain and France presented a peace plan to present to Trump on Sunday.") == [date(2025, 3, 2)]
    assert days("Moderna plans to file for approval on Friday.") == [date(2025, 3, 7)]
