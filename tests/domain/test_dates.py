from datetime import date

import pytest

from opleider_desk.domain.dates import (
    Period,
    add_months,
    week_start,
    whole_months_between,
)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2025, 1, 31), 6, date(2025, 7, 31)),
        (date(2025, 1, 31), 12, date(2026, 1, 31)),
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2025, 8, 31), 6, date(2026, 2, 28)),
        (date(2025, 3, 15), -2, date(2025, 1, 15)),
        (date(2025, 1, 15), -1, date(2024, 12, 15)),
    ],
)
def test_add_months_clamps_to_the_last_day_of_the_month(day, months, expected):
    assert add_months(day, months) == expected


@pytest.mark.parametrize(
    ("earlier", "later", "expected"),
    [
        (date(2025, 1, 31), date(2025, 2, 28), 1),
        (date(2025, 1, 15), date(2025, 2, 14), 0),
        (date(2024, 2, 29), date(2025, 2, 28), 12),
        (date(2024, 2, 29), date(2025, 2, 27), 11),
        (date(2025, 5, 1), date(2025, 4, 1), 0),
    ],
)
def test_whole_months_between(earlier, later, expected):
    assert whole_months_between(earlier, later) == expected


def test_week_start_is_the_iso_monday():
    assert week_start(date(2025, 9, 7)) == date(2025, 9, 1)  # a Sunday
    assert week_start(date(2025, 9, 1)) == date(2025, 9, 1)
    assert week_start(date(2026, 1, 1)) == date(2025, 12, 29)  # ISO week 1 of 2026


def test_period_of_twelve_months_excludes_its_end():
    year = Period.twelve_months(date(2024, 2, 29))
    assert year.end == date(2025, 2, 28)
    assert year.days == 365
    assert year.last_day == date(2025, 2, 27)
    assert date(2024, 2, 29) in year
    assert date(2025, 2, 28) not in year
