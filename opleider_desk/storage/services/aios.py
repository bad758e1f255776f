"""Adding, changing, archiving and deleting aios."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from ...domain.entities import Aios
from ...domain.enums import AiosStatus
from ...domain.problems import ValidationFailed
from ...domain.validation import validate_aios
from ..mapping import column_values, to_entity
from ..models import (
    AgreementRow,
    AiosRow,
    HourEntryRow,
    LearningGoalRow,
    MeetingRow,
    StatementRow,
)
from ..store import Audit, Store
from .rows import get_or_gone

ADD_AIOS = "add_aios"
UPDATE_AIOS = "update_aios"
SET_AIOS_STATUS = "set_aios_status"
DELETE_AIOS = "delete_aios"


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class AiosService:
    def __init__(self, store: Store):
        self.store = store

    def list(self, *, include_inactive: bool = True) -> list[Aios]:
        query = select(AiosRow).order_by(AiosRow.name)
        if not include_inactive:
            query = query.where(AiosRow.status == AiosStatus.ACTIVE.value)
        with self.store.read() as session:
            return [to_entity(Aios, row) for row in session.scalars(query)]

    def get(self, aios_id: int) -> Aios:
        with self.store.read() as session:
            row = session.get(AiosRow, aios_id)
            if row is None:
                raise KeyError(aios_id)
            return to_entity(Aios, row)

    def find_by_name(self, name: str) -> Aios | None:
        wanted = name.strip().casefold()
        return next((a for a in self.list() if a.name.strip().casefold() == wanted), None)

    @staticmethod
    def _check(aios: Aios) -> None:
        problems = validate_aios(aios)
        if problems:
            raise ValidationFailed(problems)

    def add(self, aios: Aios) -> int:
        self._check(aios)
        now = _now()
        with self.store.write(ADD_AIOS) as session:
            row = AiosRow(**column_values(aios), created_at=now, updated_at=now)
            session.add(row)
            session.flush()
            return row.id

    def update(self, aios: Aios) -> None:
        if aios.id is None:
            raise ValueError("update needs an aios with an id")
        self._check(aios)
        with self.store.write(UPDATE_AIOS) as session:
            row = get_or_gone(session, AiosRow, aios.id, "aios.gone")
            for name, value in column_values(aios).items():
                setattr(row, name, value)
            row.updated_at = _now()

    def set_status(self, aios_id: int, status: AiosStatus) -> None:
        """Archive (finished/stopped), pause or reactivate: history stays."""
        with self.store.write(SET_AIOS_STATUS) as session:
            row = get_or_gone(session, AiosRow, aios_id, "aios.gone")
            if row.status != status.value:
                row.status = status.value
                row.updated_at = _now()

    def dependants(self, aios_id: int) -> dict[str, int]:
        """What a delete would take with it, for the confirmation."""
        counts = {}
        with self.store.read() as session:
            for key, model in (
                ("meetings", MeetingRow),
                ("hour_entries", HourEntryRow),
                ("agreements", AgreementRow),
                ("goals", LearningGoalRow),
                ("statements", StatementRow),
            ):
                counts[key] = (
                    session.scalar(select(func.count()).select_from(model).where(model.aios_id == aios_id))
                    or 0
                )
        return counts

    def delete(self, aios_id: int) -> None:
        """Delete with everything that belongs to the aios (undoable).

        The audit entry names the id only: the name is the personal data that
        is being erased.
        """
        with self.store.write(DELETE_AIOS, audit=Audit(entity="aios", entity_id=aios_id)) as s:
            row = s.get(AiosRow, aios_id)
            if row is not None:
                s.delete(row)
