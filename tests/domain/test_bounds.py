"""Bad input the domain refuses for every entry point (issue 14): dates, lengths, numbers, text."""

from __future__ import annotations

from dataclasses import replace as _replace
from datetime import date
from typing import Any

import pytest

from opleider_desk.domain.entities import Aios, HourEntry, Profile
from opleider_desk.domain.validation import (
    DATE_MAX,
    TEXT_MAX,
    validate_aios,
    validate_hour_entry,
    validate_profile,
)

AIOS = Aios(name="Sanne de Vries", start_date=date(2026, 3, 2))
ENTRY = HourEntry(day=date(2026, 3, 2), minutes=30, category_id=1)
PROFILE = Profile(name="Dr. Jansen", practice="De Linde")


def replace(entity: Any, **change: Any) -> Any:
    """dataclasses.replace without the type check: these values are wrong on purpose."""
    return _replace(entity, **change)


def codes(problems) -> set[tuple[str, str | None]]:
    return {(p.code, p.field) for p in problems}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"start_date": date(9999, 12, 31)}, ("date.out_of_range", "start_date")),
        ({"expected_end_date": date(9999, 12, 31)}, ("date.out_of_range", "expected_end_date")),
        ({"part_time_percent": 50.5}, ("number.not_whole", "part_time_percent")),
        ({"training_year": True}, ("number.not_whole", "training_year")),
        ({"name": "Sanne \ud800"}, ("text.invalid", "name")),
        ({"notes": "x" * (TEXT_MAX["notes"] + 1)}, ("text.too_long", "notes")),
        ({"phase": "x" * 51}, ("text.too_long", "phase")),
        ({"email": "a" * 300}, ("text.too_long", "email")),
    ],
)
def test_aios(change, expected):
    assert expected in codes(validate_aios(replace(AIOS, **change)))


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"minutes": 1.5}, ("number.not_whole", "minutes")),
        ({"day": date(9999, 12, 31)}, ("date.out_of_range", "day")),
        ({"day": DATE_MAX}, None),
        ({"description": "x" * 100_000}, ("text.too_long", "description")),
        ({"description": "\udfff"}, ("text.invalid", "description")),
    ],
)
def test_hour_entry(change, expected):
    found = codes(validate_hour_entry(replace(ENTRY, **change)))
    assert (expected in found) if expected else not found


@pytest.mark.parametrize("field", ["name", "practice", "employer", "institute", "quality_officer"])
def test_every_profile_text_has_a_length(field):
    assert ("text.too_long", field) in codes(validate_profile(replace(PROFILE, **{field: "x" * 100_000})))


def test_profile_numbers_are_whole():
    assert ("number.not_whole", "practice_patients") in codes(
        validate_profile(replace(PROFILE, practice_patients=2500.5))
    )
