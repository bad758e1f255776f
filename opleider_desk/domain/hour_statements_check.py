"""The trainer checklist's ``signed_statements`` rule: one signed statement per quarter.

Counted per aios and quarter: every quarter whose last day falls in the
training year, has passed, and overlaps the aios's time in training needs a
signed statement for that aios. The trainer's own statement (no aios) is
not required by the regulations and is not counted.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .dates import Period
from .entities import Aios, Statement
from .enums import StatementStatus
from .in_training import in_training_during
from .obligations import ObligationStatus
from .quarters import Quarter


@dataclass(frozen=True, slots=True, kw_only=True)
class StatementCheck:
    """Like an ``ObligationResult``: signed (aios, quarter) pairs of those due."""

    status: ObligationStatus
    actual: int | None
    required: int | None
    params: dict[str, Any] = field(default_factory=dict)


def statement_check(
    period: Period, today: date, aios: Sequence[Aios], statements: Iterable[Statement]
) -> StatementCheck:
    signed = {
        (s.aios_id, s.year, s.quarter)
        for s in statements
        if s.status == StatementStatus.SIGNED and s.aios_id is not None
    }
    due: list[tuple[int, Quarter]] = []
    quarter = Quarter.of(period.start)
    while quarter.end < today and quarter.end <= period.last_day:
        if quarter.end >= period.start:
            due.extend(
                (a.id, quarter)
                for a in aios
                if a.id is not None and in_training_during(a, quarter.start, quarter.end)
            )
        quarter = quarter.next()
    if not due:
        return StatementCheck(
            status=ObligationStatus.UNKNOWN,
            actual=None,
            required=None,
            params={"unit": "statements", "reason": "no_quarter"},
        )
    missing = [(a, q) for a, q in due if (a, q.year, q.number) not in signed]
    return StatementCheck(
        status=ObligationStatus.NOT_MET if missing else ObligationStatus.MET,
        actual=len(due) - len(missing),
        required=len(due),
        params={"unit": "statements", "missing": [(a, str(q)) for a, q in missing]},
    )
