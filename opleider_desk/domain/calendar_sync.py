"""Which events a calendar export writes, so that importing it again moves and
removes events instead of doubling or keeping them (RFC 5545 §3.8.4.7 UID,
§3.8.7.4 SEQUENCE, §3.8.1.11 STATUS; RFC 5546 for the calendar's handling).

Each meeting carries a UUID and a sequence number. The export remembers what it
wrote; a meeting it wrote before that is now deleted, cancelled or no longer
planned comes back once, as a cancelled event with a higher sequence. A
meeting that took place stays in the calendar as it was.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from datetime import datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class CalendarEvent:
    uid: str
    start: datetime  # wall-clock time in the practice (Europe/Amsterdam), naive
    minutes: int
    summary: str
    description: str = ""
    location: str = ""
    sequence: int = 0
    cancelled: bool = False
    meeting_id: int | None = None
    aios_id: int | None = None
    attendee_name: str = ""
    attendee_email: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class SentEvent:
    """What an earlier export wrote of one meeting."""

    uid: str
    meeting_id: int
    aios_id: int
    sequence: int
    start: datetime
    minutes: int
    summary: str
    location: str = ""
    cancelled: bool = False


def plan_export(
    planned: Iterable[CalendarEvent], sent: Iterable[SentEvent], *, happened: Collection[str]
) -> list[CalendarEvent]:
    """The events to write: every planned meeting, then a cancellation for each
    meeting sent before that is gone and not yet cancelled.

    ``sent`` holds the earlier exports of the same aios (or of all);
    ``happened`` the UIDs of meetings held or signed since: those are left as
    the calendar has them.
    """
    before = {s.uid: s for s in sent}
    events = []
    for event in planned:
        earlier = before.get(event.uid)
        if earlier is not None and earlier.cancelled:
            # Back after a cancellation (an undone delete): only a higher
            # sequence makes the calendar take the event up again.
            event = replace(event, sequence=max(event.sequence, earlier.sequence + 1))
        events.append(event)
    written = {e.uid for e in events}
    for earlier in before.values():
        if earlier.uid in written or earlier.cancelled or earlier.uid in happened:
            continue
        events.append(
            CalendarEvent(
                uid=earlier.uid,
                start=earlier.start,
                minutes=earlier.minutes,
                summary=earlier.summary,
                location=earlier.location,
                sequence=earlier.sequence + 1,
                cancelled=True,
                meeting_id=earlier.meeting_id,
                aios_id=earlier.aios_id,
            )
        )
    return events
