"""Routine entries: hours that recur every week (the weekly joint surgery), and logging them.

A routine is a template, not an entry: logging it adds this week's entries
through ``HoursService.add_new``, which leaves out what is already logged, so
pressing the button twice adds nothing the second time.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.entities import HourEntry, RecurringHours
from ...domain.problems import Problem, ValidationFailed
from ...domain.quarters import Period
from ...domain.validation import validate_hour_entry
from ..models import AiosRow, HourCategoryRow, RecurringHoursRow
from ..store import Store
from .hours import HoursService

LOG_ROUTINE = "log_routine"
ADD_ROUTINE = "add_routine"
UPDATE_ROUTINE = "update_routine"
DELETE_ROUTINE = "delete_routine"


class HourRoutineService:
    def __init__(self, store: Store):
        self.store = store

    def routines(self) -> list[RecurringHours]:
        query = select(RecurringHoursRow).order_by(RecurringHoursRow.weekday, RecurringHoursRow.id)
        with self.store.read() as session:
            return [
                RecurringHours(
                    id=r.id,
                    weekday=r.weekday,
                    minutes=r.minutes,
                    category_id=r.category_id,
                    aios_id=r.aios_id,
                    description=r.description,
                    active=r.active,
                )
                for r in session.scalars(query)
            ]

    def log_routine(self, week_day: date) -> int:
        """Log every active routine in the week of ``week_day``; returns how many were added."""
        monday = week_day - timedelta(days=week_day.weekday())
        wanted = [
            HourEntry(
                day=monday + timedelta(days=r.weekday),
                minutes=r.minutes,
                category_id=r.category_id,
                aios_id=r.aios_id,
                description=r.description,
            )
            for r in self.routines()
            if r.active
        ]
        week = Period(monday, monday + timedelta(days=6))
        return self.store.service(HoursService).add_new(LOG_ROUTINE, week, wanted)

    def add_routine(self, routine: RecurringHours) -> int:
        with self.store.write(ADD_ROUTINE) as session:
            _check_routine(session, routine)
            row = RecurringHoursRow(
                weekday=routine.weekday,
                minutes=routine.minutes,
                aios_id=routine.aios_id,
                category_id=routine.category_id,
                description=routine.description.strip(),
                active=routine.active,
            )
            session.add(row)
            session.flush()
            return row.id

    def update_routine(self, routine: RecurringHours) -> None:
        with self.store.write(UPDATE_ROUTINE) as session:
            row = session.get(RecurringHoursRow, routine.id)
            if row is None:
                raise ValidationFailed([Problem("hours.entry_gone")])
            _check_routine(session, routine)
            row.weekday, row.minutes, row.aios_id = routine.weekday, routine.minutes, routine.aios_id
            row.category_id, row.description = routine.category_id, routine.description.strip()
            row.active = routine.active

    def delete_routine(self, routine_id: int) -> None:
        with self.store.write(DELETE_ROUTINE) as session:
            row = session.get(RecurringHoursRow, routine_id)
            if row is not None:
                session.delete(row)


def _check_routine(session: Session, routine: RecurringHours) -> None:
    problems = validate_hour_entry(routine)
    if routine.aios_id is not None and session.get(AiosRow, routine.aios_id) is None:
        problems.append(Problem("aios.gone", "aios_id"))
    if session.get(HourCategoryRow, routine.category_id) is None:
        problems.append(Problem("hours.category_gone", "category_id"))
    if problems:
        raise ValidationFailed(problems)
