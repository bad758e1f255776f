"""Facts about the trainer's own obligations that hours cannot show.

An LEOh received, the Profiel Leerwerkplan updated, out-of-hours shifts
done: each is a dated event, counted by the due engine and the obligations.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from ...domain.dates import Period
from ...domain.entities import TrainerEvent
from ...domain.enums import TrainerEventKind
from ...domain.problems import Problem, ValidationFailed
from ...domain.training import NOTE_MAX
from ...domain.validation import checked
from ..changes import Area, Operation
from ..mapping import column_values, to_entities
from ..models import AiosRow, TrainerEventRow
from ..store import Audit, Store

ADD_TRAINER_EVENT = Operation("add_trainer_event", Area.TRAINER_EVENTS)
REMOVE_TRAINER_EVENT = Operation("remove_trainer_event", Area.TRAINER_EVENTS)
MARK_INSTITUTION_INFORMED = Operation("mark_institution_informed", Area.TRAINER_EVENTS)


#: Changes the trainer tells the institution before they happen (``000_…`` §9: "verwittigt
#: direct wanneer ... gaat werken"): their day may lie ahead.
ANNOUNCED = frozenset({TrainerEventKind.TASK_LAID_DOWN, TrainerEventKind.HOURS_IN_SPECIALTY})
#: Hours a week in the specialty: a week has no more.
HOURS_MAX = 7 * 24


def validate_trainer_event(event: TrainerEvent, today: date) -> list[Problem]:
    problems = checked(event, texts={"note": NOTE_MAX}, dates=("day",), whole=("quantity",))
    if problems:
        return problems
    if event.quantity < 1:
        problems.append(Problem("trainer_event.quantity", "quantity"))
    elif event.kind == TrainerEventKind.HOURS_IN_SPECIALTY and event.quantity > HOURS_MAX:
        problems.append(Problem("trainer_event.hours_max", "quantity", {"maximum": HOURS_MAX}))
    # A shift or an LEOh in the future has not happened yet.
    if event.day > today and event.kind not in ANNOUNCED:
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
            return to_entities(TrainerEvent, session.scalars(query))

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

    def set_institution_informed(self, event_id: int, informed: bool = True) -> None:
        """The institution was told of the task laid down or the hours (``000_…`` §9a, §9c)."""
        audit = Audit(entity="trainer_event", entity_id=event_id, details={"institution_informed": informed})
        with self.store.write(MARK_INSTITUTION_INFORMED, audit=audit) as s:
            row = s.get(TrainerEventRow, event_id)
            if row is None:
                raise ValidationFailed([Problem("trainer_event.gone")])
            row.institution_informed = informed
