"""Adding, changing, archiving and deleting aios."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.entities import Aios, Interruption, Placement
from ...domain.enums import AiosStatus, PlacementSetting, Role
from ...domain.problems import ValidationFailed
from ...domain.training import validate_interruptions, validate_placements
from ...domain.validation import validate_aios
from ..changes import EVERYTHING, Area, Operation
from ..mapping import column_values, to_entities, to_one
from ..models import (
    AgreementRow,
    AiosRow,
    HourEntryRow,
    InterruptionRow,
    LearningGoalRow,
    MeetingRow,
    PlacementRow,
    ProfileRow,
    StatementRow,
)
from ..store import Audit, Store
from .rows import get_or_gone
from .training import interruptions_of, placements_of

ADD_AIOS = Operation("add_aios", Area.AIOS)
UPDATE_AIOS = Operation("update_aios", Area.AIOS)
SET_AIOS_STATUS = Operation("set_aios_status", Area.AIOS)
DELETE_AIOS = Operation("delete_aios", *EVERYTHING)


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
            return to_entities(Aios, session.scalars(query))

    def get(self, aios_id: int) -> Aios:
        with self.store.read() as session:
            row = session.get(AiosRow, aios_id)
            if row is None:
                raise KeyError(aios_id)
            return to_one(Aios, row)

    def find_by_name(self, name: str) -> Aios | None:
        wanted = name.strip().casefold()
        return next((a for a in self.list() if a.name.strip().casefold() == wanted), None)

    def placements(self, aios_ids: Sequence[int] | None = None) -> dict[int, builtins.list[Placement]]:
        """Per aios (all, or those in ``aios_ids``): its placements in order of start."""
        with self.store.read() as session:
            return placements_of(session, aios_ids)

    def interruptions(self, aios_ids: Sequence[int] | None = None) -> dict[int, builtins.list[Interruption]]:
        with self.store.read() as session:
            return interruptions_of(session, aios_ids)

    def _with_profile(self, aios: Aios) -> Aios:
        """An aios without a competency profile gets the current one of its regulation."""
        if aios.competency_profile:
            return aios
        from .norms import NormService

        profile = self.store.service(NormService).regulation_of(aios).competency_profile
        return replace(aios, competency_profile=profile)

    @staticmethod
    def _check(
        aios: Aios,
        placements: Sequence[Placement] | None = None,
        interruptions: Sequence[Interruption] | None = None,
    ) -> None:
        problems = validate_aios(aios)
        if placements is not None:
            problems += validate_placements(aios, placements)
        if interruptions is not None:
            problems += validate_interruptions(aios, interruptions)
        if problems:
            raise ValidationFailed(problems)

    def add(
        self,
        aios: Aios,
        placements: Sequence[Placement] | None = None,
        interruptions: Sequence[Interruption] = (),
    ) -> int:
        """Add an aios with its training; without placements, one in this practice over its dates."""
        aios = self._with_profile(aios)
        self._check(aios, placements, interruptions)
        now = _now()
        with self.store.write(ADD_AIOS) as session:
            row = AiosRow(**column_values(aios), created_at=now, updated_at=now)
            session.add(row)
            session.flush()
            if placements is None:
                placements = [_whole_training(session, aios)]
            _replace_training(session, row.id, placements, interruptions)
            return row.id

    def update(
        self,
        aios: Aios,
        placements: Sequence[Placement] | None = None,
        interruptions: Sequence[Interruption] | None = None,
    ) -> None:
        """Change an aios; placements or interruptions given replace the stored ones."""
        aios_id = aios.id
        if aios_id is None:
            raise ValueError("update needs an aios with an id")
        aios = self._with_profile(aios)
        self._check(aios, placements, interruptions)
        with self.store.write(UPDATE_AIOS) as session:
            row = get_or_gone(session, AiosRow, aios_id, "aios.gone")
            for name, value in column_values(aios).items():
                setattr(row, name, value)
            row.updated_at = _now()
            _replace_training(session, aios_id, placements, interruptions)

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


def _whole_training(session: Session, aios: Aios) -> Placement:
    """The one placement of an aios added without any: this practice, the user in their role."""
    role = session.scalar(select(ProfileRow.role).where(ProfileRow.id == 1))
    setting = (
        PlacementSetting.PRACTICE_PRAKTIJKBEGELEIDER
        if role == Role.PRAKTIJKBEGELEIDER.value
        else PlacementSetting.PRACTICE_OPLEIDER
    )
    return Placement(
        setting=setting,
        start=aios.start_date,
        end=aios.expected_end_date,
        part_time_percent=aios.part_time_percent,
        hlwp={1: 1, 3: 2}.get(aios.training_year),
    )


def _replace_training(
    session: Session,
    aios_id: int,
    placements: Sequence[Placement] | None,
    interruptions: Sequence[Interruption] | None,
) -> None:
    # Replaced as a whole: the dialog edits the list, and undo restores the old rows.
    for model, entities in ((PlacementRow, placements), (InterruptionRow, interruptions)):
        if entities is None:
            continue
        for old in session.scalars(select(model).where(model.aios_id == aios_id)):
            session.delete(old)
        session.flush()
        for entity in entities:
            values = column_values(entity, exclude=("id", "aios_id"))
            session.add(model(aios_id=aios_id, **values))
