"""Facts about the trainer's own obligations that hours cannot show.

An LEOh received, the Profiel Leerwerkplan updated, out-of-hours shifts
done: each is a dated event, counted by the due engine and the obligations.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from ...domain.dates import Period
from ...domain.entities import TrainerEvent
from ...domain.problems import Problem, ValidationFailed
from ..mapping import column_values, to_entity
from ..models import AiosRow, TrainerEventRow
from ..store import Audit, Store

ADD_TRAINER_EVENT = "add_trainer_event"
REMOVE_TRAINER_EVENT = "remove_trainer_event"


def validate_trainer_event(event: TrainerEvent, today: date) -> list[Problem]:
    problems = []
    if event.quantity < 1:
        problems.append(Problem("trainer_event.quantity", "quantity"))
    # A shift or an LEOh in the future has not happened yet.
    if event.day > today:
        problems.append(Problem("trainer_event.future", "day"))
    return problems


class TrainerEventService:
    def __init__(self, store: Store):
        self.store = store

    def list(self, period: Period | None = None) -> list[TrainerEvent]:
        query = select(TrainerEventRow).order_by(TrainerEventRow.day.desc(), TrainerEventRow.id.desc())
        if period is not None:
            query = query.where(TrainerEventRow.day >= period.start, TrainerEventRow.day < period.end)
        with self.store.read() as session:
            return [to_entity(TrainerEvent, row) for row in session.scalars(query)]

    def add(self, event: TrainerEvent, *, today: date | None = None) -> int:
        problems = validate_trainer_event(event, today or date.today())
        if problems:
            raise ValidationFailed(problems)
        with self.store.write(ADD_TRAINER_EVENT, audit=Audit(entity="trainer_event")) as s:
            if event.aios_id is not None and s.get(AiosRow, event.aios_id) is None:
                raise ValidationFailed([Problem("aios.gone", "aios_id")])
            row = TrainerEventRow(**column_values(event))
            s.add(row)
            s.flush()
            return row.id

    def remove(self, event_id: int) -> None:
        with self.store.write(
            REMOVE_TRAINER_EVENT, audit=Audit(entity="trainer_event", entity_id=event_id)
        ) as s:
            row = s.get(TrainerEventRow, event_id)
            if row is not None:
                s.delete(row)
