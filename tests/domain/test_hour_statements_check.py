"""The trainer checklist's quarterly statements: one signed per aios and ended quarter."""

from datetime import date

from opleider_desk.domain.dates import Period
from opleider_desk.domain.entities import Aios, Statement
from opleider_desk.domain.enums import StatementStatus
from opleider_desk.domain.hour_statements_check import statement_check
from opleider_desk.domain.obligations import ObligationStatus

YEAR = Period.twelve_months(date(2025, 9, 1))
SANNE = Aios(id=1, name="Sanne", start_date=date(2025, 9, 1))
DAAN = Aios(id=2, name="Daan", start_date=date(2026, 3, 1))


def signed(aios_id, year, quarter, status=StatementStatus.SIGNED):
    return Statement(aios_id=aios_id, year=year, quarter=quarter, status=status)


def test_every_ended_quarter_of_every_aios_in_training_needs_a_signed_statement():
    # Quarters ending in the year by 15-04-2026: 2025-Q3, 2025-Q4, 2026-Q1 (Daan from Q1).
    statements = [
        signed(1, 2025, 3),
        signed(1, 2025, 4),
        signed(1, 2026, 1),
        signed(2, 2026, 1, StatementStatus.DRAFT),
        signed(None, 2026, 1),
    ]
    result = statement_check(YEAR, date(2026, 4, 15), [SANNE, DAAN], statements)
    assert (result.status, result.actual, result.required) == (ObligationStatus.NOT_MET, 3, 4)
    assert result.params["missing"] == [(2, "2026-Q1")]
    statements.append(signed(2, 2026, 1))
    assert statement_check(YEAR, date(2026, 4, 15), [SANNE, DAAN], statements).status is ObligationStatus.MET


def test_before_the_first_quarter_ends_nothing_is_owed():
    result = statement_check(YEAR, date(2025, 9, 30), [SANNE], [])
    assert result.status is ObligationStatus.UNKNOWN
