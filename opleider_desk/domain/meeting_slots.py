"""Whether a planned time is free: the trainer holds one meeting at a time.

Instelling van OpleiderDesk: a meeting without a duration is taken to last
an hour, and a free slot is looked for on the following weekdays at the same
time of day.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from .entities import Meeting
from .enums import MeetingStatus

DEFAULT_LENGTH = timedelta(hours=1)
SEARCH_DAYS = 60


def _span(meeting: Meeting) -> tuple[datetime, datetime] | None:
    if meeting.status is not MeetingStatus.PLANNED or meeting.planned_at is None:
        return None
    length = timedelta(minutes=meeting.duration_minutes) if meeting.duration_minutes else DEFAULT_LENGTH
    return meeting.planned_at, meeting.planned_at + length


def clashes(meetings: Iterable[Meeting], start: datetime, minutes: int) -> list[Meeting]:
    """The planned meetings whose time overlaps ``start`` for ``minutes``, earliest first."""
    end = start + (timedelta(minutes=minutes) if minutes else DEFAULT_LENGTH)
    found = []
    for meeting in meetings:
        span = _span(meeting)
        if span is not None and span[0] < end and start < span[1]:
            found.append(meeting)
    return sorted(found, key=lambda m: m.planned_at or start)


def is_weekday(moment: date) -> bool:
    # Instelling van OpleiderDesk: a practice plans its meetings with the aios on working
    # days, so no Saturday or Sunday is proposed; one typed by hand is planned as typed.
    return moment.weekday() < 5


def weekday_near(day: date, *, later: bool = True) -> date:
    """``day``, or the first weekday after it (``later``) or before it."""
    step = timedelta(days=1 if later else -1)
    while not is_weekday(day):
        day += step
    return day


def free_slot(meetings: Iterable[Meeting], start: datetime, minutes: int) -> datetime:
    """``start``, or the first weekday after it at the same time that clashes with nothing;
    with every weekday taken for ``SEARCH_DAYS``, the first weekday from ``start`` (its clash
    is then shown)."""
    planned = list(meetings)
    candidate = start
    for _ in range(SEARCH_DAYS):
        if is_weekday(candidate) and not clashes(planned, candidate, minutes):
            return candidate
        candidate += timedelta(days=1)
    while not is_weekday(start):
        start += timedelta(days=1)
    return start
