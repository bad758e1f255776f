from datetime import date

import pytest

from opleider_desk.domain.norms import (
    NormCheck,
    Norms,
    NormStatus,
    expected_joint_surgery_minutes,
    expected_supervision_minutes,
)
from opleider_desk.domain.problems import ValidationFailed
from opleider_desk.domain.quarters import Period, Quarter

Q1_2026 = Quarter(2026, 1).period  # 90 days
Q3_2026 = Quarter(2026, 3).period  # 92 days


def test_defaults_follow_the_regulations():
    norms = Norms()
    assert norms.supervision_minutes_per_week == 120
    assert norms.own_training_minutes_per_training_year == 8 * 480
    assert norms.intervision_minutes_per_year == 360
    assert norms.training_development_minutes_per_year == 360
    assert norms.opleider_available_minutes_per_year == 1200
    assert (norms.practice_patients_per_fte_min, norms.practice_patients_per_fte_max) == (1517, 2619)


def test_full_time_aios_over_a_week():
    assert expected_supervision_minutes(Period.week_of(date(2026, 3, 12)), 100, Norms()) == 120


def test_sixty_percent_aios_over_a_quarter():
    # 120 min x 90/7 weeks x 0.6 = 925.71 -> 926
    assert expected_supervision_minutes(Q1_2026, 60, Norms()) == 926
    # 120 x 92/7 x 0.6 = 946.29 -> 946
    assert expected_supervision_minutes(Q3_2026, 60, Norms()) == 946


def test_aios_who_started_mid_quarter():
    # Active from 15 February: 15-02 .. 31-03 is 45 days; 120 x 45/7 = 771.43 -> 771
    started = date(2026, 2, 15)
    assert expected_supervision_minutes(Q1_2026, 100, Norms(), active_from=started) == 771
    assert expected_supervision_minutes(Q1_2026, 60, Norms(), active_from=started) == 463


def test_aios_who_left_mid_quarter_or_before_it():
    left = date(2026, 1, 7)
    assert expected_supervision_minutes(Q1_2026, 100, Norms(), active_to=left) == 120
    assert expected_supervision_minutes(Q3_2026, 100, Norms(), active_to=date(2026, 6, 30)) == 0


def test_rounding_is_half_up():
    # 7 days at 50 % of 1 minute per week is exactly 0.5 minute.
    norms = Norms(supervision_minutes_per_week=1)
    assert expected_supervision_minutes(Period.week_of(date(2026, 3, 12)), 50, norms) == 1


def test_joint_surgery_is_not_scaled_by_part_time():
    assert expected_joint_surgery_minutes(Q1_2026, Norms()) == 1543  # 120 x 90/7 = 1542.86
    assert expected_joint_surgery_minutes(Q1_2026, Norms(), active_from=date(2026, 3, 25)) == 120


def test_overrides_round_trip_as_rows():
    norms = Norms.from_overrides({"supervision_minutes_per_week": 150, "kpb_per_year": 12})
    assert norms.supervision_minutes_per_week == 150
    assert Norms.from_overrides(norms.as_dict()) == norms
    assert all(isinstance(value, int) for value in norms.as_dict().values())


def test_overrides_are_checked():
    with pytest.raises(ValidationFailed) as raised:
        Norms.from_overrides(
            {
                "no_such_norm": 1,
                "supervision_minutes_per_week": -1,
                "training_day_minutes": 0,
                "coaching_min_per_year": 9,
            }
        )
    found = {(p.code, p.field) for p in raised.value.problems}
    assert found == {
        ("norm.unknown", "no_such_norm"),
        ("norm.too_small", "supervision_minutes_per_week"),
        ("norm.too_small", "training_day_minutes"),
        ("norm.range_inverted", "coaching_max_per_year"),
    }


def test_a_non_integer_norm_is_a_programming_error():
    with pytest.raises(TypeError):
        Norms.check_overrides({"kpb_per_year": 1.5})  # type: ignore[dict-item]  # the mistake tested


@pytest.mark.parametrize(
    ("actual", "expected", "tolerance", "status", "difference"),
    [
        (100, 120, 0, NormStatus.UNDER, -20),
        (120, 120, 0, NormStatus.OK, 0),
        (121, 120, 0, NormStatus.OVER, 1),
        (108, 120, 10, NormStatus.OK, -12),
        (107, 120, 10, NormStatus.UNDER, -13),
        (132, 120, 10, NormStatus.OK, 12),
        (133, 120, 10, NormStatus.OVER, 13),
        (0, 0, 10, NormStatus.OK, 0),
        (5, 0, 10, NormStatus.OVER, 5),
    ],
)
def test_norm_check(actual, expected, tolerance, status, difference):
    check = NormCheck("supervision_minutes_per_week", actual, expected, tolerance)
    assert check.status is status
    assert check.difference == difference
