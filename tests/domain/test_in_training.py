"""One rule for "in training during these days", asked by statements, checklist and norms."""

from __future__ import annotations

from datetime import date

from opleider_desk.domain.dates import Period
from opleider_desk.domain.entities import Aios
from opleider_desk.domain.enums import AiosStatus
from opleider_desk.domain.in_training import in_training_during, training_end
from opleider_desk.domain.obligations import ObligationStatus
from opleider_desk.domain.quarters import Quarter
from opleider_desk.storage.open import open_store
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.obligations import ObligationService
from opleider_desk.storage.services.statements import StatementService

FINISHED = Aios(
    name="Sanne de Vries",
    start_date=date(2024, 2, 1),
    expected_end_date=date(2026, 9, 30),
    status=AiosStatus.FINISHED,
)


def test_the_days_count_from_start_to_end_both_included():
    assert in_training_during(FINISHED, date(2026, 9, 30), date(2026, 12, 31))
    assert not in_training_during(FINISHED, date(2026, 10, 1), date(2026, 12, 31))
    assert not in_training_during(FINISHED, date(2023, 1, 1), date(2024, 1, 31))
    assert in_training_during(FINISHED, date(2024, 1, 1), date(2024, 2, 1))


def test_a_pause_does_not_end_it_and_an_end_without_a_date_is_the_start():
    paused = Aios(name="P", start_date=date(2025, 1, 1), status=AiosStatus.PAUSED)
    assert training_end(paused) is None and in_training_during(paused, date(2030, 1, 1), date(2030, 3, 31))
    stopped = Aios(name="S", start_date=date(2025, 1, 1), status=AiosStatus.STOPPED)
    assert training_end(stopped) == date(2025, 1, 1)
    assert not in_training_during(stopped, date(2025, 4, 1), date(2025, 6, 30))


def test_a_finished_aios_gets_the_statements_the_checklist_asks_for(db_path):
    """The checklist asked Q1–Q3 of a finished aios while the statement list offered none."""
    store = open_store(db_path)
    try:
        store.service(AiosService).add(FINISHED)
        today = date(2026, 11, 15)
        check = store.service(ObligationService).statements(Period(date(2026, 1, 1), date(2027, 1, 1)), today)
        assert check.status is ObligationStatus.NOT_MET
        missing = sorted(q for _aios, q in check.params["missing"])
        assert missing == ["2026-Q1", "2026-Q2", "2026-Q3"]
        offered = store.service(StatementService)
        for number in (1, 2, 3):
            assert [a.name for a in offered.aios_for(Quarter(2026, number))] == ["Sanne de Vries"]
        assert offered.aios_for(Quarter(2026, 4)) == []
    finally:
        store.close()
