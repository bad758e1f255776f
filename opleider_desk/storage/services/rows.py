"""Fetching the row an action is about, or saying plainly that it is gone.

Between a click and the write, the row may have been deleted (undo, another
window); the user then hears which thing is gone, not a stack trace.
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from ...domain.problems import Problem, ValidationFailed

M = TypeVar("M")


def get_or_gone(session: Session, model: type[M], row_id: int | None, code: str) -> M:
    """``session.get(model, row_id)``, or ValidationFailed(Problem(code)) when it is not there."""
    row = session.get(model, row_id) if row_id is not None else None
    if row is None:
        raise ValidationFailed([Problem(code)])
    return row
