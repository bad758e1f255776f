"""Planned meetings in words, for the .ics export (tab and ``export-ics`` command).

Only QCoreApplication is needed, so the command line can use it too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q

from ...domain.entities import stored_id
from ...storage.services.aios import AiosService
from ...storage.services.meetings import MeetingService
from ...storage.store import Store


def calendar_bytes(source, aios_id: int | None, lang: str | None = None) -> tuple[bytes, int]:
    """The .ics of planned meetings (of one aios, or all) and how many it holds.

    ``source`` is an AppContext or a Store.
    """
    from ...reports.meeting_calendar import CalendarEntry, meetings_ics

    store: Store = getattr(source, "store", source)
    language = str(lang or getattr(source, "language", "nl"))
    service = store.service(MeetingService)
    names = {a.id: a.name for a in store.service(AiosService).list()}
    templates = service.templates()
    entries = []
    for meeting in service.planned(aios_id):
        if meeting.planned_at is None:  # planned() gives only meetings with a time
            continue
        kind = templates[meeting.kind].title.get(language) if meeting.kind in templates else meeting.kind
        summary = Q.translate("MeetingCalendar", "{type} with {aios}").format(
            type=meeting.title or kind, aios=names.get(meeting.aios_id, "")
        )
        agenda = "\n".join(f"{n}. {item.get('text', '')}" for n, item in enumerate(meeting.agenda, 1))
        description = (
            Q.translate("MeetingCalendar", "Agenda:\n{agenda}").format(agenda=agenda) if agenda else ""
        )
        entries.append(
            CalendarEntry(
                stored_id(meeting.id),
                meeting.planned_at,
                meeting.duration_minutes,
                summary,
                description,
                meeting.location,
            )
        )
    return meetings_ics(entries), len(entries)
