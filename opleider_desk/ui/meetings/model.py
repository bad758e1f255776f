"""The meetings table: one row per meeting, planned and held alike."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication as Q

from ...domain.durations import format_minutes
from ...domain.entities import Meeting
from ...domain.enums import MeetingStatus
from ...words import labels
from ...words.formatting import format_date
from ..widgets.table_models import Column, RowTableModel
from ..widgets.tones import Tone, tone


@dataclass(frozen=True)
class MeetingRowView:
    """A meeting with the names the table shows beside it."""

    meeting: Meeting
    aios_name: str
    type_name: str

    @property
    def id(self) -> int | None:
        return self.meeting.id


def _status_colour(row: MeetingRowView):
    return {
        MeetingStatus.PLANNED: tone(Tone.INFO),
        MeetingStatus.SIGNED: tone(Tone.GOOD),
        MeetingStatus.CANCELLED: tone(Tone.MUTED),
    }.get(row.meeting.status)


def _time(row: MeetingRowView) -> str:
    planned = row.meeting.planned_at
    return planned.strftime("%H:%M") if planned and row.meeting.held_on is None else ""


def columns() -> list[Column[MeetingRowView]]:
    return [
        Column(
            lambda: Q.translate("MeetingModel", "Date"),
            lambda r: format_date(r.meeting.date),
            sort_key=lambda r: (r.meeting.date, _time(r)),
        ),
        Column(lambda: Q.translate("MeetingModel", "Time"), _time),
        Column(lambda: Q.translate("MeetingModel", "Type"), lambda r: r.type_name),
        Column(lambda: Q.translate("MeetingModel", "Trainee"), lambda r: r.aios_name),
        Column(
            lambda: Q.translate("MeetingModel", "Duration"),
            lambda r: format_minutes(r.meeting.duration_minutes) if r.meeting.duration_minutes else "",
            sort_key=lambda r: r.meeting.duration_minutes,
            align_right=True,
        ),
        Column(
            lambda: Q.translate("MeetingModel", "Status"),
            lambda r: labels.meeting_status(r.meeting.status),
            sort_key=lambda r: list(MeetingStatus).index(r.meeting.status),
            foreground=_status_colour,
        ),
    ]


class MeetingTableModel(RowTableModel[MeetingRowView]):
    def __init__(self, parent=None):
        super().__init__(columns(), parent)

    def row_of(self, meeting_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows()) if r.id == meeting_id), None)
