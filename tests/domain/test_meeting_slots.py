"""A free slot for a meeting is a working day (instelling van OpleiderDesk)."""

from __future__ import annotations

from datetime import datetime, timedelta

from opleider_desk.domain.entities import Meeting
from opleider_desk.domain.enums import MeetingStatus
from opleider_desk.domain.meeting_slots import SEARCH_DAYS, free_slot

SATURDAY = datetime(2026, 12, 12, 13, 30)


def test_a_saturday_start_proposes_the_monday_after():
    assert free_slot([], SATURDAY, 60) == datetime(2026, 12, 14, 13, 30)


def test_with_every_day_taken_the_fallback_is_a_weekday_too():
    """It fell back to the start itself: a Saturday, proposed with its clash."""
    every_day = [
        Meeting(
            aios_id=1,
            kind="coachingsgesprek",
            status=MeetingStatus.PLANNED,
            planned_at=SATURDAY + timedelta(days=i),
            duration_minutes=60,
        )
        for i in range(SEARCH_DAYS + 2)
    ]
    proposed = free_slot(every_day, SATURDAY, 60)
    assert proposed == datetime(2026, 12, 14, 13, 30)
