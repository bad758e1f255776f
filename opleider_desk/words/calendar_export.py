"""Planned meetings in words, for the .ics export (tab and ``export-ics`` command).

Only QCoreApplication is needed, so the command line can use it too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q

from ..domain.agenda import in_language
from ..domain.calendar_sync import CalendarEvent
from ..domain.entities import Meeting
from ..storage.services.aios import AiosService
from ..storage.services.meetings import MeetingService
from ..storage.store import Store


def _planned_events(store: Store, aios_id: int | None, lang: str) -> list[CalendarEvent]:
    service = store.service(MeetingService)
    everyone = {a.id: a for a in store.service(AiosService).list()}
    templates = service.templates()
    events = []
    for meeting in service.planned(aios_id):
        assert meeting.planned_at is not None
        aios = everyone.get(meeting.aios_id)
        events.append(
            CalendarEvent(
                uid=meeting.uid,
                start=meeting.planned_at,
                minutes=meeting.duration_minutes,
                summary=_summary(meeting, templates, aios.name if aios else "", lang),
                description=_description(meeting, templates, lang),
                location=meeting.location,
                sequence=meeting.sequence,
                meeting_id=meeting.id,
                aios_id=meeting.aios_id,
                attendee_name=aios.name if aios else "",
                attendee_email=aios.email if aios else "",
            )
        )
    return events


def _summary(meeting: Meeting, templates, aios: str, lang: str) -> str:
    kind = templates[meeting.kind].title.get(lang) if meeting.kind in templates else meeting.kind
    return Q.translate("MeetingCalendar", "{type} with {aios}").format(type=meeting.title or kind, aios=aios)


def _description(meeting: Meeting, templates, lang: str) -> str:
    items = (
        in_language(meeting.agenda, templates[meeting.kind], lang)
        if meeting.kind in templates
        else meeting.agenda
    )
    agenda = "\n".join(f"{n}. {item.get('text', '')}" for n, item in enumerate(items, 1))
    return Q.translate("MeetingCalendar", "Agenda:\n{agenda}").format(agenda=agenda) if agenda else ""


def calendar_bytes(source, aios_id: int | None, lang: str | None = None) -> tuple[bytes, int]:
    """The .ics of planned meetings (of one aios, or all) and how many it holds.

    It also cancels the meetings an earlier export wrote that are gone since
    (deleted, cancelled, no longer planned); the count is of planned ones.
    ``source`` is an AppContext or a Store.
    """
    from ..reports.meeting_calendar import meetings_ics
    from ..storage.services.calendar import CalendarService

    store: Store = getattr(source, "store", source)
    language = str(lang or getattr(source, "language", "nl"))
    planned = _planned_events(store, aios_id, language)
    events = store.service(CalendarService).export(planned, aios_id)
    return meetings_ics(events), len(planned)


def invitation_bytes(source, meeting_id: int, lang: str | None = None) -> bytes:
    """One planned meeting as an invitation to mail to the aios (never sent by the program)."""
    from ..reports.meeting_calendar import invitation_ics
    from ..storage.services.profile import ProfileService

    store: Store = getattr(source, "store", source)
    language = str(lang or getattr(source, "language", "nl"))
    meeting = store.service(MeetingService).get(meeting_id)
    event = next(
        (e for e in _planned_events(store, meeting.aios_id, language) if e.meeting_id == meeting_id), None
    )
    if event is None:
        raise ValueError("only a planned meeting with a time can be an invitation")
    return invitation_ics(event, organizer=store.service(ProfileService).get_or_default().name)
