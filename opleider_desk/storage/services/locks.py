"""Signed quarters lock their hour entries.

Once the trainer marks a quarterly statement as signed, the paper in the
institute's file must keep matching the data: entries of that aios in that
quarter may not be added, changed or deleted until an explicit unlock.
Every service that writes hour entries asks here first, inside its own
transaction.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.enums import StatementStatus
from ...domain.problems import Problem, ValidationFailed
from ...domain.quarters import Quarter
from ..models import StatementRow


def signed_statement(session: Session, aios_id: int | None, day: date) -> StatementRow | None:
    quarter = Quarter.of(day)
    query = select(StatementRow).where(
        StatementRow.year == quarter.year,
        StatementRow.quarter == quarter.number,
        StatementRow.status == StatementStatus.SIGNED.value,
        StatementRow.aios_id.is_(None) if aios_id is None else StatementRow.aios_id == aios_id,
    )
    return session.scalars(query).first()


def ensure_unlocked(session: Session, aios_id: int | None, *days: date, field: str | None = "day") -> None:
    """Raise ValidationFailed("hours.locked") if any of ``days`` lies in a signed quarter."""
    for day in days:
        statement = signed_statement(session, aios_id, day)
        if statement is not None:
            raise ValidationFailed(
                [
                    Problem(
                        "hours.locked",
                        field,
                        {
                            "quarter": str(Quarter(statement.year, statement.quarter)),
                            "signed_on": statement.signed_on,
                        },
                    )
                ]
            )
