from datetime import date

from opleider_desk.domain.entities import Aios, Profile
from opleider_desk.domain.enums import Role
from opleider_desk.domain.validation import validate_aios, validate_profile


def _codes(problems):
    return {(p.code, p.field) for p in problems}


def test_a_complete_aios_is_valid():
    aios = Aios(name="Sanne", start_date=date(2026, 3, 1), expected_end_date=date(2029, 3, 1))
    assert validate_aios(aios) == []


def test_name_is_required():
    assert ("required", "name") in _codes(validate_aios(Aios(name="  ", start_date=date(2026, 1, 1))))


def test_end_must_be_after_start():
    aios = Aios(name="A", start_date=date(2026, 3, 1), expected_end_date=date(2026, 3, 1))
    assert _codes(validate_aios(aios)) == {("aios.end_before_start", "expected_end_date")}


def test_part_time_between_10_and_100():
    for value, ok in ((9, False), (10, True), (100, True), (101, False), (0, False)):
        problems = validate_aios(Aios(name="A", start_date=date(2026, 1, 1), part_time_percent=value))
        assert (problems == []) is ok, value
        if not ok:
            assert problems[0].params == {"min": 10, "max": 100}


def test_training_year_is_one_to_three():
    assert _codes(validate_aios(Aios(name="A", start_date=date(2026, 1, 1), training_year=4))) == {
        ("aios.training_year_range", "training_year")
    }


def test_profile_needs_name_and_practice():
    assert _codes(validate_profile(Profile())) == {("required", "name"), ("required", "practice")}


def test_praktijkbegeleider_names_the_cosigning_opleider():
    profile = Profile(name="Ilse", practice="De Linde", role=Role.PRAKTIJKBEGELEIDER)
    assert _codes(validate_profile(profile)) == {("profile.opleider_required", "supervising_opleider")}
