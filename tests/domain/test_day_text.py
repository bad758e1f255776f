from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from opleider_desk.domain.day_text import format_day_nl, parse_day
from opleider_desk.domain.problems import ParseError
from opleider_desk.domain.validation import DATE_MAX, DATE_MIN

TODAY = date(2026, 5, 20)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("12-3", date(2026, 3, 12)),
        ("12-03", date(2026, 3, 12)),
        ("12-03-2026", date(2026, 3, 12)),
        ("12-3-26", date(2026, 3, 12)),
        ("12/3/2026", date(2026, 3, 12)),
        ("12.3.2026", date(2026, 3, 12)),
        (" 12 - 3 - 2026 ", date(2026, 3, 12)),
        ("2026-03-12", date(2026, 3, 12)),
        ("29-2-2028", date(2028, 2, 29)),
        ("vandaag", TODAY),
        ("Today", TODAY),
        ("gisteren", date(2026, 5, 19)),
        ("yesterday", date(2026, 5, 19)),
        ("morgen", date(2026, 5, 21)),
        ("+1", date(2026, 5, 21)),
        ("-1", date(2026, 5, 19)),
        ("-20", date(2026, 4, 30)),
    ],
)
def test_days_as_typed(text, day):
    assert parse_day(text, TODAY) == day


def test_day_month_takes_the_year_of_today():
    assert parse_day("30-12", date(2027, 1, 2)) == date(2027, 12, 30)


@pytest.mark.parametrize(
    "text",
    [
        "0-1-2026",
        "12-13",
        "12-3-202",
        "0000-01-01",
        "12",
        "morgenochtend",
        "+99999",
        "12-3-2026-1",
        "twaalf maart",
    ],
)
def test_invalid_days(text):
    with pytest.raises(ParseError) as raised:
        parse_day(text, TODAY)
    assert raised.value.problem.code == "date.invalid"
    assert raised.value.problem.field == "day"


def test_empty_is_required():
    with pytest.raises(ParseError) as raised:
        parse_day(" ", TODAY, field="held_on")
    assert (raised.value.problem.code, raised.value.problem.field) == ("required", "held_on")


def test_relative_past_year_one_is_invalid_not_a_crash():
    with pytest.raises(ParseError):
        parse_day("-5", date(1, 1, 2))


def test_formats():
    assert format_day_nl(date(2026, 3, 2)) == "02-03-2026"


@given(st.dates(min_value=DATE_MIN, max_value=DATE_MAX))
def test_dutch_format_parses_back(day):
    assert parse_day(format_day_nl(day), TODAY) == day


@given(st.text(max_size=30))
def test_parse_day_raises_only_parse_error(text):
    try:
        day = parse_day(text, TODAY)
    except ParseError:
        return
    assert isinstance(day, date)


@pytest.mark.parametrize(
    ("text", "month", "year"),
    [("31-04-2026", 4, 2026), ("29-2-2026", 2, 2026), ("2026-02-30", 2, 2026), ("30-02", 2, 2026)],
)
def test_a_day_that_does_not_exist_is_named_as_such(text, month, year):
    # Issue 14: "30-02-2026" said "type it as dd-mm-jjjj", which it was.
    with pytest.raises(ParseError) as raised:
        parse_day(text, TODAY)
    assert raised.value.problem.code == "date.no_such_day"
    assert (raised.value.problem.params["month"], raised.value.problem.params["year"]) == (month, year)


@pytest.mark.parametrize("text", ["31-12-9999", "01-01-1900", "2101-01-01"])
def test_a_day_outside_the_accepted_range_is_refused(text):
    with pytest.raises(ParseError) as raised:
        parse_day(text, TODAY)
    assert raised.value.problem.code == "date.out_of_range"
