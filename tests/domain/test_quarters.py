from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from opleider_desk.domain.problems import ParseError
from opleider_desk.domain.quarters import (
    Period,
    Quarter,
    week_bounds,
)


def test_q1_ends_31_march_and_q2_starts_1_april():
    q1 = Quarter(2026, 1)
    assert (q1.start, q1.end) == (date(2026, 1, 1), date(2026, 3, 31))
    assert q1.next().start == date(2026, 4, 1)
    assert Quarter.of(date(2026, 3, 31)) == q1
    assert Quarter.of(date(2026, 4, 1)) == Quarter(2026, 2)
    assert q1.contains(date(2026, 3, 31)) and not q1.contains(date(2026, 4, 1))


@pytest.mark.parametrize(
    ("quarter", "start", "end"),
    [
        (Quarter(2026, 2), date(2026, 4, 1), date(2026, 6, 30)),
        (Quarter(2026, 3), date(2026, 7, 1), date(2026, 9, 30)),
        (Quarter(2026, 4), date(2026, 10, 1), date(2026, 12, 31)),
    ],
)
def test_quarter_bounds(quarter, start, end):
    assert (quarter.start, quarter.end) == (start, end)


def test_leap_day_2028_is_in_q1_and_counts():
    q1 = Quarter(2028, 1)
    assert q1.contains(date(2028, 2, 29))
    assert q1.period.days == 91
    assert Quarter(2026, 1).period.days == 90


def test_quarters_are_ordered_and_step_across_years():
    assert Quarter(2025, 4) < Quarter(2026, 1) < Quarter(2026, 2)
    assert Quarter(2025, 4).next() == Quarter(2026, 1)
    assert Quarter(2026, 1).previous() == Quarter(2025, 4)
    assert sorted([Quarter(2026, 2), Quarter(2025, 3)]) == [Quarter(2025, 3), Quarter(2026, 2)]


def test_months():
    assert Quarter(2026, 3).months() == (7, 8, 9)


@pytest.mark.parametrize("text", ["2026-Q3", "2026Q3", "2026 q3", "Q3 2026", "q3-2026", "2026-3", "K3 2026"])
def test_parse(text):
    assert Quarter.parse(text) == Quarter(2026, 3)


def test_str_parses_back():
    assert str(Quarter(2026, 3)) == "2026-Q3"
    assert Quarter.parse(str(Quarter(2026, 3))) == Quarter(2026, 3)


@pytest.mark.parametrize("text", ["2026-Q5", "2026-Q0", "Q3", "2026", "", "26-Q3", "kwartaal"])
def test_parse_refuses(text):
    with pytest.raises(ParseError) as raised:
        Quarter.parse(text)
    assert raised.value.problem.code == "quarter.invalid"


def test_a_quarter_number_out_of_range_is_a_programming_error():
    with pytest.raises(ValueError):
        Quarter(2026, 5)


@given(st.dates())
def test_every_day_lies_in_its_quarter(day):
    quarter = Quarter.of(day)
    assert quarter.contains(day)
    assert quarter.start.month in quarter.months()


def test_week_of_runs_monday_to_sunday():
    week = Period.week_of(date(2026, 3, 12))  # a Thursday
    assert (week.start, week.end) == (date(2026, 3, 9), date(2026, 3, 15))
    assert week.days == 7 and week.weeks == 1
    assert week_bounds(date(2026, 3, 15)) == (date(2026, 3, 9), date(2026, 3, 15))


def test_month_and_year_periods():
    assert Period.month_of(date(2028, 2, 10)) == Period(date(2028, 2, 1), date(2028, 2, 29))
    assert Period.year_of(date(2028, 6, 1)).days == 366
    assert Period.quarter_of(date(2026, 8, 1)) == Quarter(2026, 3).period


def test_weeks_are_exact():
    assert Quarter(2026, 1).period.weeks == Fraction(90, 7)


def test_period_must_not_end_before_it_starts():
    with pytest.raises(ValueError):
        Period(date(2026, 2, 1), date(2026, 1, 31))


def test_clip():
    q = Quarter(2026, 1).period
    assert q.clip(date(2026, 2, 15)) == Period(date(2026, 2, 15), date(2026, 3, 31))
    clipped = q.clip(None, date(2026, 1, 10))
    assert clipped is not None and clipped.days == 10
    assert q.clip(date(2026, 4, 1)) is None


def test_training_year_counts_from_the_start_date():
    start = date(2025, 9, 1)
    assert Period.training_year_of(start, date(2025, 9, 1)) == Period(date(2025, 9, 1), date(2026, 8, 31))
    assert Period.training_year_of(start, date(2026, 8, 31)).start == date(2025, 9, 1)
    assert Period.training_year_of(start, date(2026, 9, 1)) == Period(date(2026, 9, 1), date(2027, 8, 31))


def test_training_year_from_a_leap_day_start():
    start = date(2028, 2, 29)
    first = Period.training_year_of(start, date(2028, 12, 1))
    assert first == Period(date(2028, 2, 29), date(2029, 2, 28))
    assert Period.training_year_of(start, date(2029, 3, 1)).start == date(2029, 3, 1)
    assert Period.training_year_of(start, date(2032, 2, 29)).start == date(2032, 2, 29)


def test_training_year_before_the_start_is_refused():
    with pytest.raises(ValueError):
        Period.training_year_of(date(2026, 1, 1), date(2025, 12, 31))


@given(st.dates(max_value=date(9000, 1, 1)), st.integers(min_value=0, max_value=4000))
def test_training_years_tile_without_gaps(start, offset):
    from datetime import timedelta

    day = start + timedelta(days=offset)
    year = Period.training_year_of(start, day)
    assert year.contains(day)
    following = Period.training_year_of(start, year.end + timedelta(days=1))
    assert following.start == year.end + timedelta(days=1)
