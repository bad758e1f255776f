"""Meetings as iCalendar data for the practice calendar (RFC 5545).

Times are written in Europe/Amsterdam with its VTIMEZONE: the trainer planned
"Tuesday 13:30" in the practice, and a calendar in another zone (a laptop on
holiday, a server in UTC) still shows the right moment. UID, SEQUENCE and
STATUS come from ``domain.calendar_sync``: importing a later export moves and
cancels events instead of doubling them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vCalAddress, vText

from .. import __version__
from ..domain.calendar_sync import CalendarEvent

#: The practices are in the Netherlands (instelling van OpleiderDesk).
PRACTICE_ZONE = "Europe/Amsterdam"
PRODID = f"-//OpleiderDesk//OpleiderDesk {__version__}//NL"


def _calendar(method: str | None = None) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if method:
        calendar.add("method", method)
    return calendar


def _event(entry: CalendarEvent, stamp: datetime, zone: ZoneInfo) -> Event:
    event = Event()
    event.add("uid", entry.uid)
    event.add("dtstamp", stamp)
    start = entry.start.replace(tzinfo=zone)
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=max(entry.minutes, 1)))
    event.add("sequence", entry.sequence)
    event.add("status", "CANCELLED" if entry.cancelled else "CONFIRMED")
    event.add("summary", entry.summary)
    if entry.description:
        event.add("description", entry.description)
    if entry.location:
        event.add("location", entry.location)
    return event


def _practice_zone() -> Timezone:
    """The zone as two yearly rules (the EU's since 1996), as Outlook and Google
    write it: short, valid past 2038, and read alike by every calendar."""
    zone = Timezone()
    zone.add("tzid", PRACTICE_ZONE)
    for part, name, start, before, after, month in (
        (TimezoneDaylight(), "CEST", datetime(1996, 3, 31, 2, 0), 1, 2, 3),
        (TimezoneStandard(), "CET", datetime(1996, 10, 27, 3, 0), 2, 1, 10),
    ):
        part.add("tzname", name)
        part.add("dtstart", start)
        part.add("tzoffsetfrom", timedelta(hours=before))
        part.add("tzoffsetto", timedelta(hours=after))
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        zone.add_component(part)
    return zone


def _finish(calendar: Calendar) -> bytes:
    calendar.subcomponents.insert(0, _practice_zone())
    return calendar.to_ical()


def meetings_ics(entries: Iterable[CalendarEvent], *, stamp: datetime | None = None) -> bytes:
    """One calendar file to import: planned meetings and cancellations."""
    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    zone = ZoneInfo(PRACTICE_ZONE)
    calendar = _calendar()
    for entry in entries:
        calendar.add_component(_event(entry, stamp, zone))
    return _finish(calendar)


def invitation_ics(entry: CalendarEvent, *, organizer: str, stamp: datetime | None = None) -> bytes:
    """One meeting as an invitation (RFC 5546 REQUEST) with the aios as attendee.

    The program only writes the file; the trainer attaches it to a mail. An
    address the data file does not know stays empty rather than invented.
    """
    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    calendar = _calendar("CANCEL" if entry.cancelled else "REQUEST")
    event = _event(entry, stamp, ZoneInfo(PRACTICE_ZONE))
    chair = vCalAddress("mailto:")
    chair.params["cn"] = vText(organizer or "OpleiderDesk")
    event.add("organizer", chair)
    attendee = vCalAddress(f"mailto:{entry.attendee_email}")
    attendee.params["cn"] = vText(entry.attendee_name)
    attendee.params["role"] = vText("REQ-PARTICIPANT")
    attendee.params["partstat"] = vText("NEEDS-ACTION")
    attendee.params["rsvp"] = vText("TRUE")
    event.add("attendee", attendee)
    calendar.add_component(event)
    return _finish(calendar)
