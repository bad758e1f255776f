"""Obligation numbers read as what they count."""

from __future__ import annotations

from types import SimpleNamespace

from opleider_desk.domain.obligations import ObligationStatus
from opleider_desk.ui.portfolio.texts import obligation_numbers


def _weeks(per_aios: dict) -> SimpleNamespace:
    total = sum(weeks for _met, weeks in per_aios.values())
    met = sum(m for m, _weeks in per_aios.values())
    params = {"unit": "weeks", "weeks": total, "per_aios": per_aios}
    return SimpleNamespace(status=ObligationStatus.NOT_MET, params=params, actual=met, required=total)


def test_joint_surgery_weeks_of_two_aios_say_they_are_aios_weeks(qapp):
    text = obligation_numbers(_weeks({1: (12, 18), 2: (12, 18)}))
    assert text == "24 van 36 aiosweken op de norm, 2 aios elk apart geteld (nodig: 36)"


def test_one_aios_keeps_plain_weeks(qapp):
    assert obligation_numbers(_weeks({1: (12, 18)})) == "12 van 18 weken op de norm (nodig: 18)"
