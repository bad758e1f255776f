"""Planned meetings as an iCalendar file for the practice calendar.

Times are written as floating local times (no time zone): the trainer
planned "Tuesday 13:30" and that is what every calendar should show. Each
meeting keeps one UID, so importing the file again updates the events
rather than doubling them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from icalendar import Calendar, Event

from .. import __version__

UID_DOMAIN = "opleiderdesk.local"


@dataclass(frozen=True)
class CalendarEntry:
    meeting_id: int
    start: datetime
    minutes: int
    summary: str  # e.g. "Voortgangsgesprek — Sanne de Vries", already translated
    description: str = ""
    location: str = ""


def meeting_uid(meeting_id: int) -> str:
    return f"meeting-{meeting_id}@{UID_DOMAIN}"


def meetings_ics(entries: Iterable[CalendarEntry], *, stamp: datetime | None = None) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", f"-//OpleiderDesk//{__version__}//NL")
    calendar.add("version", "2.0")
    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    for entry in entries:
        event = Event()
        event.add("uid", meeting_uid(entry.meeting_id))
        event.add("dtstamp", stamp)
        event.add("dtstart", entry.start)
        event.add("dtend", entry.start + timedelta(minutes=max(entry.minutes, 1)))
        event.add("summary", entry.summary)
        if entry.description:
            event.add("description", entry.description)
        if entry.location:
            event.add("location", entry.location)
        calendar.add_component(event)
    return calendar.to_ical()
