"""What is due for an aios: the engine behind the overview's "next due" column.

``due_items`` looks at one aios on one day and returns what the trainer should
act on, most urgent first. The choices a trainer would ask about:

* **Fixed cadence.** Voortgangsgesprekken fall every 6 months counted from the
  start date, geschiktheidsbeoordelingen every 12; each slot is
  ``add_months(start, 6 * k)`` so a start on 31 January gives 31 July and
  31 January, and 29 February gives 28 February in common years. A meeting
  held early or late does not move the schedule: every slot owns the window
  from half an interval before it to half an interval after it (windows tile
  the calendar), and a held meeting in that window fills the slot. When a slot
  passed without a meeting, it stays overdue until one is held; that late
  meeting then falls in the next slot's window and fills it, so a trainer
  never has to hold two meetings to catch up.
* **The end.** Slots from the eindgesprek's due date on are left to the
  eindgesprek, which is due ``final_meeting_months_before_end`` before the
  expected end date. An aios still active after the expected end date gets an
  ``END_DATE_PASSED`` item: either the training was extended or it finished.
* **Counts** (KPB, coaching) are measured in the current year of the
  placement (12 months from the start date or its anniversary) against the
  yearly norm, pro rata for the time elapsed and the part-time percentage. The
  item's date is the last day on which the aios is still on schedule without
  another one.
* **Supervision** is given as minutes per ISO week (keyed by the week's
  Monday, see ``dates.week_start`` / ``dates.sum_per_week``) for this aios,
  only from categories that count as supervision: the caller sums in the
  database, so 200,000 hour entries cost nothing here. Only whole weeks that
  have ended count; the first week counts if the aios started on its Monday.
* **Pause.** Only the status is known, not when a pause began, so a paused aios
  gets no items at all; when it resumes, the schedule is still counted from
  the start date. A pause that should shift the deadlines needs the start date
  (or the expected end date) adjusted by the trainer.
* **LEOh** is the trainer's evaluation by this aios: due 12 / ``leoh_per_year``
  months after the last LEOh event for this aios (or one not linked to any
  aios), the first one that long after the start date.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from fractions import Fraction
from typing import Any, NamedTuple

from .dates import Period, add_months, week_start, whole_months_between
from .due_norms import DueNorms
from .entities import Agreement, Aios, Meeting, TrainerEvent
from .enums import AgreementStatus, AiosStatus, MeetingKind, MeetingStatus, TrainerEventKind


class DueKind(StrEnum):
    VOORTGANGSGESPREK = "voortgangsgesprek"
    GESCHIKTHEIDSBEOORDELING = "geschiktheidsbeoordeling"
    EINDGESPREK = "eindgesprek"
    KPB = "kpb"
    COACHINGSGESPREK = "coachingsgesprek"
    SUPERVISION_RECENT = "supervision_recent"  # the last few whole weeks
    SUPERVISION_YEAR = "supervision_year"  # this year of the placement so far
    AGREEMENT = "agreement"
    LEOH = "leoh"
    END_DATE_PASSED = "end_date_passed"


class DueStatus(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    UPCOMING = "upcoming"
    OK = "ok"  # a count that is on track for the whole year, or supervision at the norm


class TargetArea(StrEnum):
    MEETING = "meeting"  # ref: the MeetingKind to plan or hold
    AGREEMENT = "agreement"  # ref: the agreement's id
    HOURS = "hours"  # ref: None
    TRAINER_EVENT = "trainer_event"  # ref: the TrainerEventKind to record
    AIOS = "aios"  # ref: the aios's id (its details need editing)


class DueTarget(NamedTuple):
    """Where the trainer acts on an item, e.g. ``("meeting", MeetingKind.KPB)``."""

    area: TargetArea
    ref: Any


@dataclass(frozen=True, slots=True, kw_only=True)
class DueItem:
    aios_id: int | None
    kind: DueKind
    due_date: date
    status: DueStatus
    target: DueTarget
    params: dict[str, Any] = field(default_factory=dict)


_HELD = frozenset({MeetingStatus.HELD, MeetingStatus.SIGNED})
_STATUS_RANK = {DueStatus.OVERDUE: 0, DueStatus.DUE_SOON: 1, DueStatus.UPCOMING: 1, DueStatus.OK: 2}
_KIND_RANK = {kind: rank for rank, kind in enumerate(DueKind)}


def due_items(
    aios: Aios,
    today: date,
    *,
    meetings: Iterable[Meeting] = (),
    agreements: Iterable[Agreement] = (),
    supervision_per_week: Mapping[date, int] | None = None,
    trainer_events: Iterable[TrainerEvent] = (),
    norms: DueNorms = DueNorms(),
) -> list[DueItem]:
    """Everything due for ``aios`` on ``today``: overdue first, then by date.

    ``meetings`` and ``agreements`` may include other aios's; they are skipped.
    ``supervision_per_week`` None means "not known", so no supervision items;
    an empty mapping means no supervision was logged.
    """
    if aios.status != AiosStatus.ACTIVE:
        return []
    schedule = _Schedule(aios, today, norms, [m for m in meetings if m.aios_id == aios.id])
    items = [
        *schedule.end_items(),
        *schedule.cadence_items(),
        *schedule.count_items(),
        *_supervision_items(aios, today, supervision_per_week, norms),
        *_agreement_items(aios, today, agreements, norms),
        *_leoh_items(aios, today, trainer_events, norms),
    ]
    return sorted(items, key=_sort_key)


def meeting_count(
    aios: Aios,
    today: date,
    kind: MeetingKind,
    *,
    meetings: Iterable[Meeting] = (),
    norms: DueNorms = DueNorms(),
) -> DueItem | None:
    """KPBs or coaching talks held this placement year against the pro-rata norm.

    The same count as ``due_items`` makes, for any aios status (the portfolio
    shows it for a paused aios too). None before the start or without a norm.
    """
    counted = {
        MeetingKind.KPB: (DueKind.KPB, norms.kpb_per_year),
        MeetingKind.COACHINGSGESPREK: (DueKind.COACHINGSGESPREK, norms.coaching_per_year),
    }
    due_kind, per_year = counted[MeetingKind(kind)]
    schedule = _Schedule(aios, today, norms, [m for m in meetings if m.aios_id == aios.id])
    return schedule.count_item(due_kind, MeetingKind(kind), per_year)


def next_due(items: Iterable[DueItem]) -> DueItem | None:
    """The item for the overview's "next due" column: the most urgent that is not ok."""
    return min((i for i in items if i.status is not DueStatus.OK), key=_sort_key, default=None)


def _sort_key(item: DueItem) -> tuple[int, date, int]:
    return _STATUS_RANK[item.status], item.due_date, _KIND_RANK[item.kind]


def _status(due: date, today: date, norms: DueNorms) -> DueStatus:
    if due < today:
        return DueStatus.OVERDUE
    if (due - today).days <= norms.due_soon_days:
        return DueStatus.DUE_SOON
    return DueStatus.UPCOMING


def placement_year(start: date, today: date) -> Period:
    """The 12 months of the placement that ``today`` falls in (the first if before the start)."""
    years = whole_months_between(start, today) // 12
    return Period(add_months(start, 12 * years), add_months(start, 12 * (years + 1)))


class _Schedule:
    """The meeting-based rules for one aios: they share the held and planned dates."""

    def __init__(self, aios: Aios, today: date, norms: DueNorms, meetings: Sequence[Meeting]):
        self.aios = aios
        self.today = today
        self.norms = norms
        self.held: dict[str, list[date]] = {}
        self.planned: dict[str, list[date]] = {}
        for meeting in meetings:
            day = meeting.date
            if day is None:
                continue
            if meeting.status in _HELD and day <= today:
                self.held.setdefault(meeting.kind, []).append(day)
            elif meeting.status == MeetingStatus.PLANNED:
                self.planned.setdefault(meeting.kind, []).append(day)
        end = aios.expected_end_date
        self.final_due = add_months(end, -norms.final_meeting_months_before_end) if end is not None else None

    def item(
        self,
        kind: DueKind,
        due: date,
        target: DueTarget,
        status: DueStatus | None = None,
        **params: Any,
    ) -> DueItem:
        return DueItem(
            aios_id=self.aios.id,
            kind=kind,
            due_date=due,
            status=status if status is not None else _status(due, self.today, self.norms),
            target=target,
            params=params,
        )

    def planned_from(self, kind: MeetingKind, since: date) -> dict[str, Any]:
        days = [d for d in self.planned.get(kind, ()) if d >= since]
        return {"planned_on": min(days)} if days else {}

    def end_items(self) -> list[DueItem]:
        end = self.aios.expected_end_date
        items = []
        if end is not None and end < self.today:
            items.append(
                self.item(
                    DueKind.END_DATE_PASSED,
                    end,
                    DueTarget(TargetArea.AIOS, self.aios.id),
                    DueStatus.OVERDUE,
                )
            )
        if self.final_due is not None and not self.held.get(MeetingKind.EINDGESPREK):
            items.append(
                self.item(
                    DueKind.EINDGESPREK,
                    self.final_due,
                    DueTarget(TargetArea.MEETING, MeetingKind.EINDGESPREK),
                    **self.planned_from(MeetingKind.EINDGESPREK, self.aios.start_date),
                )
            )
        return items

    def cadence_items(self) -> list[DueItem]:
        items = []
        for kind, meeting_kind, interval in (
            (
                DueKind.VOORTGANGSGESPREK,
                MeetingKind.VOORTGANGSGESPREK,
                self.norms.progress_interval_months,
            ),
            (
                DueKind.GESCHIKTHEIDSBEOORDELING,
                MeetingKind.GESCHIKTHEIDSBEOORDELING,
                self.norms.suitability_interval_months,
            ),
        ):
            slot = self.open_slot(meeting_kind, interval)
            if slot is None:
                continue
            number, due, opens = slot
            items.append(
                self.item(
                    kind,
                    due,
                    DueTarget(TargetArea.MEETING, meeting_kind),
                    slot=number,
                    **self.planned_from(meeting_kind, opens),
                )
            )
        return items

    def open_slot(self, kind: MeetingKind, interval: int) -> tuple[int, date, date] | None:
        """The slot to report as (number, due date, day its window opens), or None."""
        if interval <= 0:
            return None
        start = self.aios.start_date
        held = self.held.get(kind, [])

        def due(k: int) -> date:
            return add_months(start, interval * k)

        def opens(k: int) -> date:
            return add_months(start, interval * k - interval // 2)

        def scheduled(k: int) -> bool:
            return self.final_due is None or due(k) < self.final_due

        def filled(k: int) -> bool:
            return any(opens(k) <= d < opens(k + 1) for d in held)

        current = 1
        while opens(current + 1) <= self.today:
            current += 1
        if scheduled(current) and filled(current):
            chosen = current + 1
        elif current > 1 and scheduled(current - 1) and not any(d >= opens(current - 1) for d in held):
            chosen = current - 1
        else:
            chosen = current
        if not scheduled(chosen):
            return None
        return chosen, due(chosen), opens(chosen)

    def count_items(self) -> list[DueItem]:
        items = []
        for kind, meeting_kind, per_year in (
            (DueKind.KPB, MeetingKind.KPB, self.norms.kpb_per_year),
            (DueKind.COACHINGSGESPREK, MeetingKind.COACHINGSGESPREK, self.norms.coaching_per_year),
        ):
            item = self.count_item(kind, meeting_kind, per_year)
            if item is not None:
                items.append(item)
        return items

    def count_item(self, kind: DueKind, meeting_kind: MeetingKind, per_year: int) -> DueItem | None:
        aios, today = self.aios, self.today
        if per_year <= 0 or aios.part_time_percent <= 0 or today < aios.start_date:
            return None
        year = placement_year(aios.start_date, today)
        end = aios.expected_end_date
        # A placement ending within this year only owes its share of the norm;
        # one already past its end date is measured over the whole year.
        span_end = year.end
        if end is not None and year.start <= end < year.last_day:
            span_end = end + timedelta(days=1)
        span = Period(year.start, span_end)
        rate = Fraction(per_year * aios.part_time_percent, 100)  # per year of the placement
        have = sum(1 for d in self.held.get(meeting_kind, ()) if d in span)
        elapsed = (min(today, span_end) - span.start).days
        expected = math.floor(rate * elapsed / year.days)
        year_target = math.ceil(rate * span.days / year.days)
        params: dict[str, Any] = {
            "have": have,
            "expected": expected,
            "year_target": year_target,
            "year_start": span.start,
            "year_end": span.last_day,
        }
        target = DueTarget(TargetArea.MEETING, meeting_kind)
        if have >= year_target:
            return self.item(kind, span.last_day, target, DueStatus.OK, **params)
        # The day the expected count reaches have + 1, less one: the last day on schedule.
        days_on_schedule = math.ceil((have + 1) * year.days / rate) - 1
        due = min(span.start + timedelta(days=days_on_schedule), span.last_day)
        return self.item(kind, due, target, **params)


def _supervision_items(
    aios: Aios, today: date, per_week: Mapping[date, int] | None, norms: DueNorms
) -> list[DueItem]:
    if per_week is None or norms.supervision_minutes_per_week <= 0 or aios.part_time_percent <= 0:
        return []
    this_week = week_start(today)
    first_week = week_start(aios.start_date)
    if first_week < aios.start_date:
        first_week += timedelta(weeks=1)
    year_start = placement_year(aios.start_date, today).start
    year_first_week = max(first_week, week_start(year_start + timedelta(days=6)))
    recent_first_week = max(first_week, this_week - timedelta(weeks=norms.supervision_recent_weeks))

    def check(kind: DueKind, since: date) -> DueItem | None:
        weeks = (this_week - since).days // 7
        if weeks <= 0:
            return None
        have = sum(minutes for monday, minutes in per_week.items() if since <= monday < this_week)
        expected = weeks * norms.supervision_minutes_per_week * aios.part_time_percent // 100
        behind = have < expected
        return DueItem(
            aios_id=aios.id,
            kind=kind,
            due_date=this_week - timedelta(days=1) if behind else this_week + timedelta(days=6),
            status=DueStatus.OVERDUE if behind else DueStatus.OK,
            target=DueTarget(TargetArea.HOURS, None),
            params={"have": have, "expected": expected, "weeks": weeks, "since": since},
        )

    items = [check(DueKind.SUPERVISION_RECENT, recent_first_week)]
    # Early in the year both stretches are the same weeks; say it once.
    if year_first_week < recent_first_week:
        items.append(check(DueKind.SUPERVISION_YEAR, year_first_week))
    return [i for i in items if i is not None]


def _agreement_items(
    aios: Aios, today: date, agreements: Iterable[Agreement], norms: DueNorms
) -> list[DueItem]:
    items = []
    for agreement in agreements:
        if (
            agreement.aios_id != aios.id
            or agreement.status != AgreementStatus.OPEN
            or agreement.due_date is None
        ):
            continue
        status = _status(agreement.due_date, today, norms)
        # Open agreements far ahead are the meeting's business, not the overview's.
        if status is DueStatus.UPCOMING:
            continue
        items.append(
            DueItem(
                aios_id=aios.id,
                kind=DueKind.AGREEMENT,
                due_date=agreement.due_date,
                status=status,
                target=DueTarget(TargetArea.AGREEMENT, agreement.id),
                params={"owner": agreement.owner, "meeting_id": agreement.meeting_id},
            )
        )
    return items


def _leoh_items(aios: Aios, today: date, events: Iterable[TrainerEvent], norms: DueNorms) -> list[DueItem]:
    if norms.leoh_per_year <= 0:
        return []
    interval = max(1, 12 // norms.leoh_per_year)
    last = max(
        (
            e.day
            for e in events
            if e.kind == TrainerEventKind.LEOH
            and e.aios_id in (aios.id, None)
            and aios.start_date <= e.day <= today
        ),
        default=None,
    )
    due = add_months(last or aios.start_date, interval)
    return [
        DueItem(
            aios_id=aios.id,
            kind=DueKind.LEOH,
            due_date=due,
            status=_status(due, today, norms),
            target=DueTarget(TargetArea.TRAINER_EVENT, TrainerEventKind.LEOH),
            params={"last": last} if last else {},
        )
    ]
