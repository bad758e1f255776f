"""Copy last week: the week before's entries into this week, up to today.

Entries on days after today are left out (hours not yet worked would count
toward the norm), and entries already there identically are not copied
twice; the preview says both before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ...domain.entities import HourEntry
from ...domain.quarters import Period
from ..store import Store
from .hours import HoursService, entry_key

COPY_LAST_WEEK = "copy_last_week"


@dataclass(frozen=True)
class WeekCopy:
    """The preview of "copy last week": what it adds and what it leaves out."""

    monday: date
    new: tuple[HourEntry, ...]
    future: tuple[HourEntry, ...]  # on days after today: not copied
    already: int  # already logged identically this week


class WeekCopyService:
    def __init__(self, store: Store):
        self.store = store

    def preview(self, target_monday: date, *, today: date) -> WeekCopy:
        """What copying the week before into ``target_monday``'s week would add."""
        hours = self.store.service(HoursService)
        monday = target_monday - timedelta(days=target_monday.weekday())
        source = hours.entries(Period(monday - timedelta(days=7), monday - timedelta(days=1)))
        wanted = [
            HourEntry(
                day=e.day + timedelta(days=7),
                minutes=e.minutes,
                category_id=e.category_id,
                aios_id=e.aios_id,
                description=e.description,
            )
            for e in source
        ]
        present = {entry_key(e) for e in hours.entries(Period(monday, monday + timedelta(days=6)))}
        new: list[HourEntry] = []
        future: list[HourEntry] = []
        already = 0
        for entry in wanted:
            if entry.day > today:
                future.append(entry)
            elif entry_key(entry) in present:
                already += 1
            else:
                present.add(entry_key(entry))
                new.append(entry)
        return WeekCopy(monday=monday, new=tuple(new), future=tuple(future), already=already)

    def copy(self, target_monday: date, *, today: date | None = None) -> int:
        """Copy the week before into ``target_monday``'s week up to ``today``, one undo step.

        Returns how many were added; see ``preview`` for what is left out.
        """
        plan = self.preview(target_monday, today=today or date.today())
        week = Period(plan.monday, plan.monday + timedelta(days=6))
        return self.store.service(HoursService).add_new(COPY_LAST_WEEK, week, plan.new)
