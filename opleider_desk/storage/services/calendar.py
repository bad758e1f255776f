"""The calendar export's memory: what it wrote last time, so it can cancel.

See ``domain.calendar_sync`` for which events an export writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select

from ...domain.calendar_sync import CalendarEvent, SentEvent, plan_export
from ...domain.enums import MeetingStatus
from ..models import AiosRow, CalendarSentRow, MeetingRow
from ..store import Store

EXPORT_CALENDAR = "export_calendar"


def _sent(row: CalendarSentRow) -> SentEvent:
    return SentEvent(
        uid=row.uid,
        meeting_id=row.meeting_id,
        aios_id=row.aios_id,
        sequence=row.sequence,
        start=row.starts_at,
        minutes=row.duration_minutes,
        summary=row.summary,
        location=row.location,
        cancelled=row.cancelled,
    )


class CalendarService:
    def __init__(self, store: Store):
        self.store = store

    def export(self, planned: Sequence[CalendarEvent], aios_id: int | None = None) -> list[CalendarEvent]:
        """The events of an export of ``planned`` (one aios's or everyone's meetings),
        remembered for the next export.

        A file opened read-only (beside another window) cannot remember:
        its export holds the planned meetings and the cancellations still due,
        and the next export from the writing window repeats those.
        """
        with self.store.read() as session:
            query = select(CalendarSentRow)
            if aios_id is not None:
                query = query.where(CalendarSentRow.aios_id == aios_id)
            sent = [_sent(row) for row in session.scalars(query)]
            happened = set(
                session.scalars(
                    select(MeetingRow.uid).where(
                        MeetingRow.status.in_((MeetingStatus.HELD.value, MeetingStatus.SIGNED.value))
                    )
                )
            )
        events = plan_export(planned, sent, happened=happened)
        if not self.store.read_only:
            self._remember(events)
        return events

    def _remember(self, events: Sequence[CalendarEvent]) -> None:
        now = datetime.now().replace(microsecond=0)
        # Not an undo step: undoing a meeting change must not make the
        # program forget what a calendar already holds.
        with self.store.write(EXPORT_CALENDAR, undoable=False) as session:
            known = {
                row.uid: row
                for row in session.scalars(
                    select(CalendarSentRow).where(CalendarSentRow.uid.in_([e.uid for e in events]))
                )
            }
            for event in events:
                if event.aios_id is None or session.get(AiosRow, event.aios_id) is None:
                    continue
                row = known.get(event.uid)
                if row is None:
                    row = CalendarSentRow(uid=event.uid)
                    session.add(row)
                row.meeting_id = event.meeting_id or 0
                row.aios_id = event.aios_id
                row.sequence = event.sequence
                row.starts_at = event.start
                row.duration_minutes = event.minutes
                row.summary = event.summary[:400]
                row.location = event.location[:200]
                row.cancelled = event.cancelled
                row.sent_at = now
