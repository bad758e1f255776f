"""What is due, measured by the aios's own regulation: numbers switched off, sources cited."""

from __future__ import annotations

from datetime import date

import pytest

from opleider_desk.domain.due import DueKind, due_items
from opleider_desk.domain.due_rules import due_rules
from opleider_desk.domain.entities import Aios, Interruption, Placement, TrainerEvent
from opleider_desk.domain.enums import InterruptionKind, TrainerEventKind
from opleider_desk.domain.norm_sets import regulated_due_norms, switched_off
from opleider_desk.domain.regulations import GP, MG, builtin_regulations, regulation

START = date(2026, 1, 5)
AIOS = Aios(id=1, name="Sanne", start_date=START, expected_end_date=date(2028, 12, 31))
PLACEMENT = [Placement(aios_id=1, start=START, end=date(2026, 12, 31), hlwp=1)]
LONG = Interruption(
    aios_id=1, kind=InterruptionKind.TRAINER_ILLNESS, start=date(2026, 3, 1), end=date(2026, 6, 1)
)
DIENST = [TrainerEvent(kind=TrainerEventKind.DIENST, day=date(2026, 2, 1), quantity=2, aios_id=1)]


def items_by(key: str, **overrides):
    reg = regulation(key)
    norms, sources = due_rules(reg, reg.norms(overrides))
    found = due_items(
        AIOS,
        date(2026, 3, 10),
        placements=PLACEMENT,
        interruptions=[LONG],
        trainer_events=DIENST,
        norms=norms,
        sources=sources,
    )
    return {i.kind: i for i in found}


def test_a_gp_aios_is_measured_by_the_gp_rules_and_their_sources():
    found = items_by(GP)
    assert found[DueKind.DIENSTEN].source.text.startswith("004_")
    assert "Criterium 1" in found[DueKind.DIENSTEN].source.text
    # The GP regulation has no rule to inform the institution after two months (that is M&G's).
    assert DueKind.INFORM_INSTITUTION not in found
    assert found[DueKind.STARTGESPREK].source.text.startswith("003_")
    for item in found.values():
        assert "000_" not in item.source.text, item.kind


def test_an_mg_aios_is_measured_by_the_mg_rules():
    found = items_by(MG)
    # M&G has no diensten rule: nothing is measured against it.
    assert DueKind.DIENSTEN not in found
    notice = found[DueKind.INFORM_INSTITUTION]
    assert notice.source.text.startswith("000_") and "9b" in notice.source.text
    assert found[DueKind.VOORTGANGSGESPREK].source.text.startswith("000_")
    assert found[DueKind.STARTGESPREK].source.text.startswith("000_")


def test_a_program_default_says_so_and_the_trainer_can_switch_it_off():
    part_time = Aios(id=1, name="Daan", start_date=START, expected_end_date=date(2028, 12, 31))
    half = [Placement(aios_id=1, start=START, end=date(2026, 12, 31), hlwp=1, part_time_percent=50)]
    for overrides, target, default in (({}, 5, True), ({"pro_rata_part_time": 0}, 10, False)):
        reg = regulation(GP)
        norms, sources = due_rules(reg, reg.norms(overrides))
        kpb = next(
            i
            for i in due_items(part_time, date(2026, 3, 10), placements=half, norms=norms, sources=sources)
            if i.kind is DueKind.KPB
        )
        assert kpb.params["year_target"] == target
        assert ("pro_rata_part_time" in kpb.defaults) is default
    assert sources["pro_rata_part_time"].program_default


@pytest.mark.parametrize("key", sorted(builtin_regulations()))
def test_the_due_list_and_the_portfolio_switch_off_the_same_rules(key):
    """The due list (``due_rules``) and the portfolio's checks (``regulated_due_norms``) agree."""
    reg = regulation(key)
    norms = reg.norms({})
    assert due_rules(reg, norms)[0] == regulated_due_norms(reg, norms)


def test_an_mg_aios_owes_no_diensten_in_the_portfolio_either():
    """M&G gives the diensten, docent evaluations and weekly talks without a value."""
    reg = regulation(MG)
    values = regulated_due_norms(reg, reg.norms({}))
    assert values.diensten_per_hlwp == 0 and values.hao_evaluations_per_aios == 0
    assert values.themed_leergesprek_per_week == 0 and values.leoh_per_year == 0
    assert values.kpb_per_year > 0
    assert switched_off(reg) == {
        "leoh_per_year",
        "shifts_per_practice_year",
        "docent_evaluations_per_trainee",
        "themed_leergesprek_per_week",
        "part_time_days_per_week",
    }
