import pytest
from hypothesis import given
from hypothesis import strategies as st

from opleider_desk.domain.durations import (
    decimal_hours_to_minutes,
    format_minutes,
    minutes_to_decimal_hours,
    parse_duration,
)
from opleider_desk.domain.problems import ParseError


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("1:30", 90),
        ("0:45", 45),
        ("1:30:00", 90),
        ("24:00", 1440),
        ("1,5", 90),
        ("1.5", 90),
        ("1,25", 75),
        (",5", 30),
        ("0,1", 6),
        ("2", 120),
        ("90m", 90),
        ("90 min", 90),
        ("90 minuten", 90),
        ("1 minuut", 1),
        ("2u", 120),
        ("2 uur", 120),
        ("2h", 120),
        ("2 U", 120),
        ("1,5u", 90),
        ("1u30", 90),
        ("1u 30", 90),
        ("1h30m", 90),
        ("1 uur 30 min", 90),
        ("1 uur en 30 minuten", 90),
        ("1h 90m", 150),
        ("  1:30\u00a0", 90),
    ],
)
def test_spellings_a_trainer_types(text, minutes):
    assert parse_duration(text) == minutes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("0", "duration.zero"),
        ("0:00", "duration.zero"),
        ("0m", "duration.zero"),
        ("-1", "duration.negative"),
        ("-0:30", "duration.negative"),
        ("\u22121:30", "duration.negative"),
        ("-90m", "duration.negative"),
        ("25u", "duration.too_long"),
        ("24:01", "duration.too_long"),
        ("1500m", "duration.too_long"),
        ("24,5", "duration.too_long"),
        ("90", "duration.bare_number_hours"),
        ("1,33", "duration.not_whole_minutes"),
        ("1,5m", "duration.not_whole_minutes"),
        ("1:30:30", "duration.invalid"),
        ("1.30", "duration.ambiguous"),
        ("0.45", "duration.ambiguous"),
        ("1.30u", "duration.ambiguous"),
        ("1:75", "duration.invalid"),
        ("1u90", "duration.invalid"),
        ("1m30", "duration.invalid"),
        ("uur", "duration.invalid"),
        ("abc", "duration.invalid"),
        ("1,5,5", "duration.invalid"),
        ("\u0661", "duration.invalid"),  # an Arabic-Indic digit is not ours to read
        ("", "required"),
        ("   ", "required"),
    ],
)
def test_refusals_name_their_reason(text, code):
    with pytest.raises(ParseError) as raised:
        parse_duration(text)
    assert raised.value.problem.code == code
    assert raised.value.problem.field == "minutes"


def test_problem_params_feed_the_sentence():
    with pytest.raises(ParseError) as raised:
        parse_duration("90")
    assert raised.value.problem.params == {"value": 90}
    with pytest.raises(ParseError) as raised:
        parse_duration("1.30", field="duur")
    assert raised.value.problem.params == {"text": "1.30"}
    assert raised.value.problem.field == "duur"


def test_parse_error_is_a_value_error():
    with pytest.raises(ValueError):
        parse_duration("nope")


@pytest.mark.parametrize(
    ("minutes", "text"), [(90, "1:30"), (45, "0:45"), (0, "0:00"), (1500, "25:00"), (-90, "-1:30")]
)
def test_format_minutes(minutes, text):
    assert format_minutes(minutes) == text


@pytest.mark.parametrize(
    ("minutes", "text"),
    [(90, "1,5"), (120, "2"), (75, "1,25"), (20, "0,33"), (40, "0,67"), (1, "0,02"), (0, "0")],
)
def test_decimal_hours_for_a_spreadsheet(minutes, text):
    assert minutes_to_decimal_hours(minutes) == text


def test_decimal_hours_separator_and_places():
    assert minutes_to_decimal_hours(20, decimal_separator=".", places=4) == "0.3333"
    assert minutes_to_decimal_hours(-20, places=0) == "0"


@pytest.mark.parametrize(("text", "minutes"), [("1,5", 90), ("0.33", 20), ("2", 120), ("0,67", 40)])
def test_decimal_hours_cell_rounds_to_the_nearest_minute(text, minutes):
    assert decimal_hours_to_minutes(text) == minutes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("0,001", "duration.zero"),
        ("-1", "duration.negative"),
        ("25", "duration.too_long"),
        ("9" * 39, "duration.too_long"),
        ("1:30", "duration.invalid"),
        ("", "required"),
    ],
)
def test_decimal_hours_cell_refusals(text, code):
    with pytest.raises(ParseError) as raised:
        decimal_hours_to_minutes(text)
    assert raised.value.problem.code == code


@given(st.text(max_size=60))
def test_parse_duration_raises_only_parse_error(text):
    try:
        minutes = parse_duration(text)
    except ParseError:
        return
    assert 1 <= minutes <= 1440


@given(st.from_regex(r"[-0-9:.,umhinr ]{0,20}", fullmatch=True))
def test_parse_duration_raises_only_parse_error_on_near_misses(text):
    try:
        minutes = parse_duration(text)
    except ParseError:
        return
    assert 1 <= minutes <= 1440


@given(st.integers(min_value=1, max_value=1440))
def test_format_then_parse_gives_the_minutes_back(minutes):
    assert parse_duration(format_minutes(minutes)) == minutes
    assert parse_duration(f"{minutes}m") == minutes


@given(st.integers(min_value=1, max_value=1440))
def test_decimal_hours_round_trip_every_whole_minute(minutes):
    assert decimal_hours_to_minutes(minutes_to_decimal_hours(minutes)) == minutes
