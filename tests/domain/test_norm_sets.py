"""One set of norm settings feeds the due engine, the obligations and the training year."""

import dataclasses
from datetime import date

import pytest

from opleider_desk.domain.dates import Period
from opleider_desk.domain.due_norms import RULES, DueNorms
from opleider_desk.domain.norm_sets import due_norms, obligation_norms, training_year
from opleider_desk.domain.norms import Norms
from opleider_desk.domain.obligations import ObligationNorms
from opleider_desk.domain.problems import ValidationFailed


def test_the_defaults_give_the_rules_their_own_defaults():
    assert due_norms(Norms()) == DueNorms()
    assert obligation_norms(Norms()) == ObligationNorms()


def test_every_due_and_obligation_norm_can_be_overridden():
    """Each field of the small sets follows some field of Norms."""
    moved = {name: value + 1 for name, value in Norms().as_dict().items()}
    moved.update(
        joint_surgery_weeks_percent=90,
        tolerance_percent=5,
        training_year_start_month=3,
        pro_rata_part_time=0,
        interruptions_move_due=0,
        gbt_default_months=4,
    )
    norms = Norms.from_overrides(moved)
    for convert in (due_norms, obligation_norms):
        default, changed = convert(Norms()), convert(norms)
        for field in dataclasses.fields(changed):
            assert getattr(changed, field.name) != getattr(default, field.name), field.name


@pytest.mark.parametrize(
    ("day", "start"),
    [
        (date(2026, 9, 1), date(2026, 9, 1)),
        (date(2026, 8, 31), date(2025, 9, 1)),
        (date(2027, 1, 15), date(2026, 9, 1)),
    ],
)
def test_training_year_starts_in_september_by_default(day, start):
    assert training_year(Norms(), day) == Period.twelve_months(start)


def test_training_year_can_follow_the_calendar():
    norms = Norms.from_overrides({"training_year_start_month": 1})
    assert training_year(norms, date(2026, 12, 31)) == Period(date(2026, 1, 1), date(2027, 1, 1))


def test_a_month_or_a_share_has_a_maximum():
    with pytest.raises(ValidationFailed) as raised:
        Norms.from_overrides({"training_year_start_month": 13, "joint_surgery_weeks_percent": 101})
    assert {(p.code, p.field) for p in raised.value.problems} == {
        ("norm.too_large", "training_year_start_month"),
        ("norm.too_large", "joint_surgery_weeks_percent"),
    }
    with pytest.raises(ValidationFailed):
        Norms.from_overrides({"training_year_start_month": 0})


def test_every_rule_the_due_engine_names_has_a_source():
    from opleider_desk.domain.due import DueKind

    for kind in DueKind:
        source = RULES[kind.value]
        assert source.agreed or source.program_default or source.section, kind
