"""The hour norms, now a domain rule: who gets which line, and "at least" norms."""

from __future__ import annotations

from datetime import date, timedelta

from opleider_desk.domain.entities import Aios, HourCategory
from opleider_desk.domain.enums import CategoryKey
from opleider_desk.domain.hour_norms import ALL, HourNorm, HourTotals, hour_norm_lines
from opleider_desk.domain.norms import Norms, NormStatus
from opleider_desk.domain.quarters import Period

MONDAY = date(2026, 3, 9)
SANNE = Aios(id=1, name="Sanne", start_date=date(2025, 9, 1))
CATEGORIES = [
    HourCategory(id=1, key=CategoryKey.LEERGESPREK.value, counts_as_supervision=True),
    HourCategory(id=2, key=CategoryKey.GEZAMENLIJK_SPREEKUUR.value),
    HourCategory(id=3, key=CategoryKey.EIGEN_SCHOLING.value),
]


def test_each_aios_in_training_gets_supervision_and_joint_surgery_and_the_trainer_own_training():
    week = Period.week_of(MONDAY)
    totals = HourTotals({(1, 1): 60, (1, 2): 600})
    lines = hour_norm_lines(week, totals, [SANNE], CATEGORIES, Norms(), ALL, MONDAY + timedelta(days=6))
    assert [(line.aios, line.norm) for line in lines] == [
        (SANNE, HourNorm.SUPERVISION),
        (SANNE, HourNorm.JOINT_SURGERY),
        (None, HourNorm.OWN_TRAINING),
    ]
    # More joint surgery than expected is on target, not "over".
    assert lines[1].check.status is NormStatus.OVER and lines[1].status is NormStatus.OK


def test_an_aios_not_in_training_and_without_hours_gets_no_line():
    gone = Aios(id=2, name="Daan", start_date=date(2020, 1, 1), expected_end_date=date(2023, 1, 1))
    week = Period.week_of(MONDAY)
    lines = hour_norm_lines(
        week, HourTotals({}), [gone], CATEGORIES, Norms(), ALL, MONDAY + timedelta(days=6)
    )
    assert [line.aios for line in lines] == [None]
