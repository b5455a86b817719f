"""Dates resolved against the publication day, as a reader of that day's paper would."""

from __future__ import annotations

from datetime import date

from service.pipeline.dates import find_dates, months_recalled, same_time

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


def test_a_time_counted_back_from_publication_is_the_month_it_recalls() -> None:
    august = date(2025, 8, 18)
    assert months_recalled("six months after their last appearance there", august) == {(2025, 2)}
    assert months_recalled("Two years ago, and 14 months after the vote", august) == {(2023, 8), (2024, 6)}
    assert months_recalled("two days after the summit, within six months", august) == set()
    assert months_recalled("six months ago", None) == set()


def test_last_week_is_the_week_before_publication() -> None:
    monday = date(2025, 8, 18)
    [last_week] = find_dates("Trump said last week that the United States would help", monday)
    [on_monday] = find_dates("Trump said on Monday that the United States would help", monday)
    [on_the_13th] = find_dates("Trump said on August 13 that the United States would help", monday)
    assert last_week.span.text == "last week"
    assert same_time(last_week, on_monday) is False
    assert same_time(last_week, on_the_13th) is True
    [last_month] = find_dates("The talks began last month.", date(2025, 3, 3))
    assert (last_month.year, last_month.month) == (2025, 2)


def test_a_day_against_a_month_or_year_that_does_not_hold_it_conflicts() -> None:
    [day] = find_dates("the full-scale invasion on February 24, 2022", date(2025, 3, 2))
    [month] = find_dates("the full-scale invasion in February 2023", date(2025, 3, 2))
    [same_month] = find_dates("the full-scale invasion in February 2022", date(2025, 3, 2))
    assert same_time(day, month) is False
    assert same_time(day, same_month) is None  # less specific, not different


def test_the_last_week_of_a_month_is_no_week_before_publication() -> None:
    published = date(2025, 3, 10)
    assert all(m.week is None for m in find_dates("in the last week of February", published))
    assert find_dates("over the last week", published) == []


def test_next_week_said_on_a_sunday_may_mean_either_week_and_years_follow_a_year() -> None:
    sunday = date(2023, 7, 30)
    next_week = find_dates("He pulled out of next week's Canadian Open.", sunday)[0]
    aug_7 = find_dates("The Canadian Open begins on Aug. 7.", sunday)[0]
    assert same_time(next_week, aug_7) is True
    wednesday = find_dates("He pulled out of next week's Canadian Open.", date(2023, 7, 26))[0]
    assert same_time(wednesday, aug_7) is False
    assert [(m.span.text, m.year) for m in find_dates("Glaciers lost less last year than in 2022 and 2023.",
                                                        date(2025, 4, 9))] == [
        ("last year", 2024), ("2022", 2022), ("2023", 2023)]


def test_a_bare_weekday_is_no_conflict_with_the_same_weekday_a_week_away() -> None:
    sunday = find_dates("The truce expires on Sunday.", date(2022, 9, 28))[0]
    oct_2 = find_dates("The truce expires on October 2.", date(2022, 9, 28))[0]
    assert same_time(sunday, oct_2) is None
    yesterday = find_dates("The truce expired yesterday.", date(2022, 10, 10))[0]
    assert same_time(yesterday, find_dates("The truce expired on October 2.", date(2022, 10, 10))[0]) is False


def test_a_year_after_a_capitalised_preposition_or_the_is_a_date() -> None:
    published = date(2024, 8, 16)
    assert [(m.span.text, m.year) for m in find_dates("In 2023 the driver caused the 2023 crash.", published)] == [
        ("2023", 2023), ("2023", 2023)]


def test_a_day_of_last_year_and_a_year_before_a_noun_are_dates() -> None:
    published = date(2024, 8, 16)
    [crash] = find_dates("the crash near Wyong on March 21 last year", published)
    assert (crash.span.text, crash.day) == ("March 21 last year", date(2023, 3, 21))
    [month] = find_dates("for a March 2023 crash on the motorway", published)
    assert (month.span.text, month.year, month.month) == ("March 2023", 2023, 3)
    [year] = find_dates("the unit lost money in its 2022 fiscal year", published)
    assert (year.span.text, year.year) == ("2022", 2022)
    assert find_dates("a 2000-strong crowd gathered", published) == []


def test_a_day_written_without_its_year_may_be_next_years() -> None:
    published = date(2024, 11, 20)
    [planned] = find_dates("The tax rises on April 1 next year.", published)
    [bare] = find_dates("The tax rises starting April 1.", published)
    [other] = find_dates("The tax rises starting April 2.", published)
    assert planned.day == date(2025, 4, 1)
    assert same_time(planned, bare) is True and same_time(planned, other) is False


def test_a_year_range_is_a_year_and_a_count_after_its_is_not_and_a_written_year_is_kept() -> None:
    published = date(2024, 8, 16)
    assert [d.year for d in find_dates("Revenue fell 5% in 2022-23.", published)] == [2022]
    assert find_dates("The firm cut its 2000 employees' pay and paid a 2000 euro fine.", published) == []
    [bare] = find_dates("The rule took effect on April 1.", published)
    [written] = find_dates("The rule took effect on April 1, 2023.", published)
    [last_year] = find_dates("The rule took effect on April 1 last year.", published)
    assert same_time(bare, written) is False and same_time(bare, last_year) is False


def test_recent_days_and_recent_months_are_different_spans() -> None:
    published = date(2025, 8, 18)
    [days] = find_dates("He moved toward Russia in recent days.", published)
    [few_days] = find_dates("He moved toward Russia over the past few days.", published)
    [months] = find_dates("He moved toward Russia in recent months.", published)
    assert same_time(days, few_days) is True and same_time(days, months) is False


def test_part_of_a_year_is_that_year() -> None:
    published = date(2024, 6, 20)
    assert [d.year for d in find_dates("The bridge will not open until mid-2027.", published)] == [2027]
    assert [d.year for d in find_dates("It opens in early 2026 or late 2027.", published)] == [2026, 2027]
    [middle] = find_dates("It will not open until the middle of 2027.", published)
    [mid] = find_dates("It will not open before mid-2027.", published)
    assert same_time(middle, mid) is True


def test_a_year_after_to_is_a_date_only_where_it_counts_nothing() -> None:
    assert [(d.span.text, d.year) for d in find_dates(
        'It pushed the release of "Ashfall" back to 2025 from this fall.', MONDAY_3_MARCH)] == [
        ("2025", 2025), ("this fall", None)]
    assert find_dates("Its shares rose to 2025 points.", MONDAY_3_MARCH) == []
    assert find_dates("Headcount rose to 2000, the company said.", MONDAY_3_MARCH) == []
    assert find_dates("He moved to Toronto 2015, and stayed.", MONDAY_3_MARCH) == []
