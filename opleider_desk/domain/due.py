"""What is due for an aios: the engine behind the overview and ``opleider-desk due``.

``due_items`` looks at one aios's training on one day and returns what the
user should act on, most urgent first. Each item names its rule (``rule``, a
key of ``due_norms.RULES``) and so its source; ``defaults`` lists the
program's own defaults the item's date or numbers rest on.

The training runs from the aios's start to its expected end; its placements
say where the aios is. The user's duties run only in placements with the user:
``PRACTICE_OPLEIDER`` (the opleider's meetings, LEOh, diensten, hao-evaluaties)
and ``PRACTICE_PRAKTIJKBEGELEIDER`` (the praktijkbegeleider's consultation and
report). KPBs, coaching talks, supervision and agreements belong to both.

* **Cadence.** Voortgangsgesprekken every 6 months counted from the start of
  the *training*, geschiktheidsbeoordelingen every 12 (one per training year).
  Slot k falls on ``add_months(start, interval * k)`` moved on by the days of
  the aios's own absences that began before it. A slot belongs to the user when
  it falls in an opleider placement or on the day after one ends (it closes that
  year); it is then due no later than the placement's last day. A slot is done
  when a meeting that counts as its kind (the template's ``counts_as``) was held
  on or after the day its window opens, half an interval before it; a late
  meeting thus also fills the next slot, and nobody holds two to catch up.
* **Trainer's absence.** A meeting due while the trainer is away is due the day
  after the absence.
* **The end.** The eindgesprek is due ``final_meeting_months_before_end`` before
  the expected end (no document gives the lead time: a program default) when
  the user is the opleider at the end; slots from then on are left to it.
* **Counts** (KPB, coaching) run per year of the current placement with the
  user, pro rata for its part-time percentage (a default that can be switched
  off) and leaving out the aios's absent days; the date is the last day on
  schedule without another one. Diensten count per aios per HLWP placement.
* **Supervision** comes as minutes per ISO week (the week's Monday) summed by
  the caller; only whole weeks of the current placement that have ended and
  in which no interruption fell count.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Any, NamedTuple

from .dates import Period, add_months, is_overdue, week_start, whole_months_between
from .due_norms import DueNorms, RuleSource, source_of
from .entities import Agreement, Aios, Interruption, Meeting, Placement, TrainerEvent
from .enums import (
    AgreementStatus,
    AiosStatus,
    MeetingKind,
    MeetingStatus,
    PlacementSetting,
    TrainerEventKind,
)
from .templates import LEGACY_NOT_SUITABLE
from .training import institution_notices, interruption_days, last_day

#: Meeting types of the praktijkbegeleider and the GBT.
PB_CONSULTATION = MeetingKind.OVERLEG_OPLEIDER_PB
PB_REPORT = MeetingKind.VERSLAG_PRAKTIJKBEGELEIDER
GBT = MeetingKind.GEINTENSIVEERD_BEGELEIDINGSTRAJECT
#: Answer keys of the GBT form the engine reads.
GBT_MONTHS = "traject.duur_maanden"
GBT_RGS_INFORMED = "rgs.gemeld"
#: Verdict keys the engine reads.
NOT_SUITABLE = "niet_geschikt"
#: ... and the old 0.1 value that meant the same ("twijfel" is no verdict either way).
NOT_SUITABLE_VERDICTS = frozenset({NOT_SUITABLE, *LEGACY_NOT_SUITABLE})
IBT_CLOSED = frozenset({"verbeterd", "niet_verbeterd"})
IBT_NOT_IMPROVED = "niet_verbeterd"
#: Why the institution is to be told (``000_…`` Bijlage 1 §9 a–c), in an item's ``reason``.
NOTICE_INTERRUPTED = "interrupted"  # §9b
NOTICE_TASK_LAID_DOWN = "task_laid_down"  # §9a
NOTICE_UNDER_HOURS = "under_hours"  # §9c


class DueKind(StrEnum):
    STARTGESPREK = "startgesprek"
    VOORTGANGSGESPREK = "voortgangsgesprek"
    GESCHIKTHEIDSBEOORDELING = "geschiktheidsbeoordeling"
    EINDGESPREK = "eindgesprek"
    KPB = "kpb"
    COACHINGSGESPREK = "coachingsgesprek"
    SUPERVISION_RECENT = "supervision_recent"  # the last few whole weeks
    SUPERVISION_YEAR = "supervision_year"  # this year of the placement so far
    THEMED_LEERGESPREK = "themed_leergesprek"
    PART_TIME_SPREAD = "part_time_spread"
    AGREEMENT = "agreement"
    LEOH = "leoh"
    DIENSTEN = "diensten"
    HAO_EVALUATIE = "hao_evaluatie"
    IBT_FOLLOWUP = "ibt_followup"
    GBT_RGS = "gbt_rgs"
    GBT_PROGRESS = "gbt_progress"
    GBT_CLOSING = "gbt_closing"
    NOT_SUITABLE_NEXT_STEP = "not_suitable_next_step"
    PB_CONSULTATION = "pb_consultation"
    PB_REPORT = "pb_report"
    INFORM_INSTITUTION = "inform_institution"
    SPAN_OF_CONTROL = "span_of_control"
    END_DATE_PASSED = "end_date_passed"
    CHECK_TRAINING_START = "check_training_start"  # upgraded from 0.1 in year 2 or 3


class DueStatus(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    UPCOMING = "upcoming"
    OK = "ok"  # a count on track for the whole year, or supervision at the norm


class TargetArea(StrEnum):
    MEETING = "meeting"  # ref: the meeting kind (template key) to plan or hold
    AGREEMENT = "agreement"  # ref: the agreement's id
    HOURS = "hours"  # ref: None
    TRAINER_EVENT = "trainer_event"  # ref: the TrainerEventKind to record
    AIOS = "aios"  # ref: the aios's id (its details need editing)


class DueTarget(NamedTuple):
    """Where the user acts on an item, e.g. ``("meeting", MeetingKind.KPB)``."""

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
    #: The rule (a key of ``due_norms.RULES``) that asks for this.
    rule: str = ""
    #: Program defaults (keys of ``RULES``) the date or the numbers rest on.
    defaults: tuple[str, ...] = ()
    #: Where the rule comes from, as the aios's regulation says; None: ``RULES``.
    rule_source: RuleSource | None = None

    @property
    def source(self) -> RuleSource:
        if self.rule_source is not None:
            return self.rule_source
        return source_of(self.rule or self.kind.value)


_HELD = frozenset({MeetingStatus.HELD, MeetingStatus.SIGNED})
_STATUS_RANK = {DueStatus.OVERDUE: 0, DueStatus.DUE_SOON: 1, DueStatus.UPCOMING: 1, DueStatus.OK: 2}
_KIND_RANK = {kind: rank for rank, kind in enumerate(DueKind)}
_OPLEIDER = PlacementSetting.PRACTICE_OPLEIDER
_PB = PlacementSetting.PRACTICE_PRAKTIJKBEGELEIDER

#: What the built-in templates declare (``counts_as`` in ``resources/forms``); the
#: storage layer passes the loaded templates' own, this is for callers without them.
BUILT_IN_COUNTS_AS: Mapping[str, tuple[str, ...]] = {
    MeetingKind.GESCHIKTHEIDSBEOORDELING: (MeetingKind.VOORTGANGSGESPREK,),
    MeetingKind.EINDGESPREK: (MeetingKind.GESCHIKTHEIDSBEOORDELING, MeetingKind.VOORTGANGSGESPREK),
}


def due_items(
    aios: Aios,
    today: date,
    *,
    placements: Sequence[Placement] | None = None,
    interruptions: Iterable[Interruption] = (),
    meetings: Iterable[Meeting] = (),
    agreements: Iterable[Agreement] = (),
    supervision_per_week: Mapping[date, int] | None = None,
    leergesprek_per_week: Mapping[date, int] | None = None,
    days_per_week: Mapping[date, int] | None = None,
    trainer_events: Iterable[TrainerEvent] = (),
    counts_as: Mapping[str, Iterable[str]] = BUILT_IN_COUNTS_AS,
    norms: DueNorms = DueNorms(),
    sources: Mapping[str, RuleSource] | None = None,
) -> list[DueItem]:
    """Everything due for ``aios`` on ``today``: overdue first, then by date.

    ``sources`` (by rule key) says where each rule comes from in the aios's
    regulation; a rule it does not name keeps the source in ``RULES``.

    ``placements`` None means the whole training is one placement with the
    user as opleider (a caller that knows none). ``meetings``, ``agreements``
    and ``interruptions`` may include other aios's; they are skipped.
    ``supervision_per_week`` (and the other weekly mappings) None means "not
    known", so no items from them; an empty mapping means nothing was logged.
    """
    if aios.status != AiosStatus.ACTIVE:
        return []
    t = _Training(aios, today, norms, placements, interruptions, meetings, counts_as)
    items = [
        *t.start_items(),
        *t.end_items(),
        *t.startgesprek_items(),
        *t.cadence_items(),
        *t.count_items(),
        *t.weekly_items(supervision_per_week, leergesprek_per_week, days_per_week),
        *_agreement_items(aios, today, agreements, norms),
        *t.leoh_items(trainer_events),
        *t.dienst_items(trainer_events),
        *t.hao_items(),
        *t.traject_items(),
        *t.pb_items(),
        *t.notice_items(),
        *t.trainer_notice_items(trainer_events),
    ]
    return sorted(_with_sources(items, sources), key=_sort_key)


def _with_sources(items: list[DueItem], sources: Mapping[str, RuleSource] | None) -> list[DueItem]:
    """The items with their regulation's sources; a default the regulation gives a source for is no default."""
    if not sources:
        return items
    out = []
    for item in items:
        defaults = tuple(d for d in item.defaults if d not in sources or sources[d].program_default)
        out.append(replace(item, rule_source=sources.get(item.rule, item.rule_source), defaults=defaults))
    return out


def trainer_items(
    aios: Iterable[Aios],
    placements: Mapping[int, Sequence[Placement]],
    today: date,
    norms: DueNorms = DueNorms(),
    sources: Mapping[str, RuleSource] | None = None,
) -> list[DueItem]:
    """Items about the user rather than one aios: the span of control (``001_…``, a proposal)."""
    current = [
        a
        for a in aios
        if a.status == AiosStatus.ACTIVE
        and any(
            p.setting.with_user and p.covers(today)
            for p in _placements_of(a, placements.get(a.id) if a.id is not None else None)
        )
    ]
    if norms.span_of_control_max <= 0 or len(current) <= norms.span_of_control_max:
        return []
    item = DueItem(
        aios_id=None,
        kind=DueKind.SPAN_OF_CONTROL,
        due_date=today,
        status=DueStatus.DUE_SOON,
        target=DueTarget(TargetArea.AIOS, None),
        params={"have": len(current), "max": norms.span_of_control_max},
        rule="span_of_control",
    )
    return _with_sources([item], sources)


def meeting_count(
    aios: Aios,
    today: date,
    kind: MeetingKind,
    *,
    placements: Sequence[Placement] | None = None,
    interruptions: Iterable[Interruption] = (),
    meetings: Iterable[Meeting] = (),
    counts_as: Mapping[str, Iterable[str]] = BUILT_IN_COUNTS_AS,
    norms: DueNorms = DueNorms(),
) -> DueItem | None:
    """KPBs or coaching talks held this placement year against the norm.

    The same count as ``due_items`` makes, for any aios status (the portfolio
    shows it for a paused aios too). None outside a placement with the user.
    """
    counted = {
        MeetingKind.KPB: (DueKind.KPB, norms.kpb_per_year),
        MeetingKind.COACHINGSGESPREK: (DueKind.COACHINGSGESPREK, norms.coaching_per_year),
    }
    due_kind, per_year = counted[MeetingKind(kind)]
    t = _Training(aios, today, norms, placements, interruptions, meetings, counts_as)
    return t.count_item(due_kind, MeetingKind(kind), per_year)


def next_due(items: Iterable[DueItem]) -> DueItem | None:
    """The item for the overview's "next due" column: the most urgent that is not ok."""
    return min((i for i in items if i.status is not DueStatus.OK), key=_sort_key, default=None)


def sort_key(item: DueItem) -> tuple[int, date, int]:
    """Overdue first, then by date, then in the order of ``DueKind``."""
    return _STATUS_RANK[item.status], item.due_date, _KIND_RANK[item.kind]


_sort_key = sort_key


def _status(due: date, today: date, norms: DueNorms) -> DueStatus:
    if is_overdue(due, today):
        return DueStatus.OVERDUE
    if (due - today).days <= norms.due_soon_days:
        return DueStatus.DUE_SOON
    return DueStatus.UPCOMING


def placement_year(start: date, today: date) -> Period:
    """The 12 months of the placement that ``today`` falls in (the first if before the start)."""
    years = whole_months_between(start, today) // 12
    return Period(add_months(start, 12 * years), add_months(start, 12 * (years + 1)))


def _placements_of(aios: Aios, placements: Sequence[Placement] | None) -> list[Placement]:
    if placements is None:
        return [
            Placement(
                aios_id=aios.id,
                start=aios.start_date,
                end=aios.expected_end_date,
                part_time_percent=aios.part_time_percent,
            )
        ]
    return sorted(placements, key=lambda p: p.start)


def _optional(**values: Any) -> dict[str, Any]:
    """Item parameters that are there only when known."""
    return {k: v for k, v in values.items() if v is not None}


def _day_after(p: Placement) -> date | None:
    return p.end + timedelta(days=1) if p.end is not None else None


class _Training:
    """One aios's training on one day: the rules share its dates and meetings."""

    def __init__(
        self,
        aios: Aios,
        today: date,
        norms: DueNorms,
        placements: Sequence[Placement] | None,
        interruptions: Iterable[Interruption],
        meetings: Iterable[Meeting],
        counts_as: Mapping[str, Iterable[str]],
    ):
        self.aios = aios
        self.today = today
        self.norms = norms
        self.placements = _placements_of(aios, placements)
        own = [x for x in interruptions if x.aios_id in (aios.id, None)]
        self.interruptions = sorted(own, key=lambda x: x.start)
        move = norms.interruptions_move_due
        self.absences = [x for x in self.interruptions if x.kind.of_aios and x.start <= today] if move else []
        self.trainer_away = [x for x in self.interruptions if not x.kind.of_aios] if move else []
        meetings = list(meetings)
        self.meetings = [m for m in meetings if m.aios_id == aios.id]
        self.counts_as = counts_as
        # The consultation is the praktijkbegeleider's with the opleider about the practice
        # training (000_… Bijlage 1 §4, Bijlage 2 §6), not about one aios: one logged with
        # any aios counts for every aios the praktijkbegeleider supervises.
        self.pair_consultations = sorted(
            m.date for m in meetings if m.kind == PB_CONSULTATION and m.status in _HELD and m.date
        )
        self.pair_planned = sorted(
            m.date
            for m in meetings
            if m.kind == PB_CONSULTATION and m.status == MeetingStatus.PLANNED and m.date
        )
        self.held: dict[str, list[date]] = {}
        self.planned: dict[str, list[date]] = {}
        self.held_meetings: list[Meeting] = []
        for meeting in self.meetings:
            day = meeting.date
            if day is None:
                continue
            kinds = {meeting.kind, *counts_as.get(meeting.kind, ())}
            if meeting.status in _HELD and day <= today:
                self.held_meetings.append(meeting)
                for kind in kinds:
                    self.held.setdefault(kind, []).append(day)
            elif meeting.status == MeetingStatus.PLANNED:
                for kind in kinds:
                    self.planned.setdefault(kind, []).append(day)
        self.held_meetings.sort(key=lambda m: m.date or today)
        end = aios.expected_end_date
        self.final_due: date | None = None
        if end is not None and self._opleider_at_end():
            self.final_due = add_months(end, -norms.final_meeting_months_before_end)

    # --- shared helpers --------------------------------------------------------------

    def item(
        self,
        kind: DueKind,
        due: date,
        target: DueTarget,
        status: DueStatus | None = None,
        *,
        rule: str = "",
        defaults: Iterable[str] = (),
        **params: Any,
    ) -> DueItem:
        return DueItem(
            aios_id=self.aios.id,
            kind=kind,
            due_date=due,
            status=status if status is not None else _status(due, self.today, self.norms),
            target=target,
            params=params,
            rule=rule or kind.value,
            defaults=tuple(dict.fromkeys(defaults)),
        )

    def meeting_target(self, kind: str) -> DueTarget:
        return DueTarget(TargetArea.MEETING, kind)

    def planned_from(self, kind: str, since: date) -> dict[str, Any]:
        days = [d for d in self.planned.get(kind, ()) if d >= since]
        return {"planned_on": min(days)} if days else {}

    def held_since(self, kind: str, since: date) -> bool:
        return any(d >= since for d in self.held.get(kind, ()))

    def shifted(self, nominal: date) -> date:
        """A date of the training's own clock, moved on by the aios's absences before it."""
        day = nominal
        for x in self.absences:
            if x.start <= day:
                day += timedelta(days=interruption_days(x, self.today))
        return day

    def absence_defaults(self) -> tuple[str, ...]:
        return ("interruptions_move_due",) if self.absences or self.trainer_away else ()

    def after_trainer_absence(self, due: date) -> date:
        for x in self.trainer_away:
            if x.start <= due <= last_day(x, self.today):
                due = last_day(x, self.today) + timedelta(days=1)
        return due

    def absent_days(self, span: Period, until: date | None = None) -> int:
        """The aios's absent days within ``span`` (before ``until`` if given)."""
        stop = span.end if until is None else min(span.end, until)
        days = 0
        for x in self.absences:
            first = max(x.start, span.start)
            last = min(last_day(x, self.today) + timedelta(days=1), stop)
            days += max(0, (last - first).days)
        return days

    def active_to_calendar(self, start: date, active_days: int) -> date:
        """The day ``active_days`` training days after ``start``, skipping absences."""
        day = start + timedelta(days=active_days)
        for x in self.absences:
            if start <= x.start <= day:
                day += timedelta(days=interruption_days(x, self.today))
            elif x.start < start <= last_day(x, self.today):
                day += timedelta(days=(last_day(x, self.today) - start).days + 1)
        return day

    def owner(self, day: date, setting: PlacementSetting = _OPLEIDER) -> Placement | None:
        """The placement with the user a scheduled day belongs to (the day after its end too)."""
        for p in self.placements:
            after = _day_after(p)
            if p.setting is setting and p.start < day and (after is None or day <= after):
                return p
        return None

    def current(self, *settings: PlacementSetting) -> Placement | None:
        wanted = settings or (_OPLEIDER, _PB)
        return next((p for p in self.placements if p.setting in wanted and p.covers(self.today)), None)

    def _opleider_at_end(self) -> bool:
        end = self.aios.expected_end_date
        return end is not None and any(
            p.setting is _OPLEIDER and p.start <= end and (p.end is None or p.end >= end - timedelta(days=1))
            for p in self.placements
        )

    # --- the meeting cycle -----------------------------------------------------------

    def start_items(self) -> list[DueItem]:
        """An upgraded aios in year 2 or 3 whose training start is that of the placement.

        0.1 kept the start in this practice only; the training began earlier on a day the
        file does not hold. The item asks for it; the full-time date is a hint, never set.
        """
        if not self.aios.start_to_check:
            return []
        years_before = max(0, self.aios.training_year - 1)
        return [
            self.item(
                DueKind.CHECK_TRAINING_START,
                self.today,
                DueTarget(TargetArea.AIOS, self.aios.id),
                DueStatus.DUE_SOON,
                year=self.aios.training_year,
                start=self.aios.start_date,
                full_time_start=add_months(self.aios.start_date, -12 * years_before),
            )
        ]

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
        if self.final_due is not None and not self.held_since(MeetingKind.EINDGESPREK, self.aios.start_date):
            due = self.after_trainer_absence(self.final_due)
            items.append(
                self.item(
                    DueKind.EINDGESPREK,
                    due,
                    self.meeting_target(MeetingKind.EINDGESPREK),
                    defaults=("final_meeting_months_before_end", *self.absence_defaults()),
                    **self.planned_from(MeetingKind.EINDGESPREK, self.aios.start_date),
                )
            )
        return items

    def startgesprek_items(self) -> list[DueItem]:
        """At the start of the placement with the user as opleider that runs now or comes next."""
        placement = next(
            (p for p in self.placements if p.setting is _OPLEIDER and (p.end is None or p.end >= self.today)),
            None,
        )
        if placement is None:
            return []
        opens = add_months(placement.start, -1)
        held = [d for d in self.held.get(MeetingKind.STARTGESPREK, ()) if d >= opens]
        # Once the first voortgangsgesprek's window is open (or one was held), the
        # cycle has moved on: a startgesprek never logged is history, not a task.
        moved_on = add_months(placement.start, self.norms.progress_interval_months // 2)
        if held or self.today >= moved_on or self.held_since(MeetingKind.VOORTGANGSGESPREK, placement.start):
            return []
        due = placement.start + timedelta(days=self.norms.startgesprek_within_days)
        return [
            self.item(
                DueKind.STARTGESPREK,
                self.after_trainer_absence(due),
                self.meeting_target(MeetingKind.STARTGESPREK),
                defaults=("startgesprek_within_days", *self.absence_defaults()),
                placement_start=placement.start,
                **self.planned_from(MeetingKind.STARTGESPREK, opens),
            )
        ]

    def cadence_items(self) -> list[DueItem]:
        items = []
        for kind, interval in (
            (DueKind.VOORTGANGSGESPREK, self.norms.progress_interval_months),
            (DueKind.GESCHIKTHEIDSBEOORDELING, self.norms.suitability_interval_months),
        ):
            slot = self.open_slot(kind.value, interval)
            if slot is None:
                continue
            number, due, opens = slot
            # Counted from a start still to be checked: the item says so.
            unchecked = ("check_training_start",) if self.aios.start_to_check else ()
            items.append(
                self.item(
                    kind,
                    due,
                    self.meeting_target(kind.value),
                    defaults=(*unchecked, *self.absence_defaults()),
                    slot=number,
                    **self.planned_from(kind.value, opens),
                )
            )
        return items

    def open_slot(self, kind: str, interval: int) -> tuple[int, date, date] | None:
        """The first of the user's slots not yet done, as (number, due date, window opens)."""
        if interval <= 0:
            return None
        start = self.aios.start_date
        horizon = self.aios.expected_end_date or add_months(self.today, 24)
        k = 1
        while True:
            nominal = self.shifted(add_months(start, interval * k))
            if nominal > horizon + timedelta(days=1) or k > 200:
                return None
            if self.final_due is not None and nominal >= self.final_due:
                return None
            placement = self.owner(nominal)
            if placement is not None:
                opens = self.shifted(add_months(start, interval * k - interval // 2))
                if not self.held_since(kind, opens):
                    due = nominal if placement.end is None else min(nominal, placement.end)
                    return k, self.after_trainer_absence(due), opens
            k += 1

    # --- counts ----------------------------------------------------------------------

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
        placement = self.current()
        if per_year <= 0 or placement is None:
            return None
        year = placement_year(placement.start, self.today)
        span_end = year.end
        after = _day_after(placement)
        if after is not None and year.start < after < year.end:
            span_end = after
        span = Period(year.start, span_end)
        percent = placement.part_time_percent if self.norms.pro_rata_part_time else 100
        active_span = span.days - self.absent_days(span)
        target = math.ceil(per_year * percent * active_span / (100 * year.days)) if active_span else 0
        have = sum(1 for d in self.held.get(meeting_kind, ()) if d in span)
        defaults = [*(["pro_rata_part_time"] if percent < 100 else []), *self.absence_defaults()]
        return self.count_over(kind, self.meeting_target(meeting_kind), span, have, target, defaults)

    def count_over(
        self,
        kind: DueKind,
        target: DueTarget,
        span: Period,
        have: int,
        goal: int,
        defaults: Iterable[str],
        rule: str = "",
    ) -> DueItem | None:
        """``have`` against ``goal`` spread evenly over the active days of ``span``."""
        if goal <= 0:
            return None
        active = span.days - self.absent_days(span)
        if active <= 0:
            return None
        elapsed = max(0, (min(self.today, span.end) - span.start).days - self.absent_days(span, self.today))
        params: dict[str, Any] = {
            "have": have,
            "expected": math.floor(goal * elapsed / active),
            "year_target": goal,
            "year_start": span.start,
            "year_end": span.last_day,
        }
        if have >= goal:
            return self.item(
                kind, span.last_day, target, DueStatus.OK, rule=rule, defaults=defaults, **params
            )
        # The active day on which the expected count reaches have + 1, less one.
        on_schedule = math.ceil((have + 1) * active / goal) - 1
        due = min(self.active_to_calendar(span.start, on_schedule), span.last_day)
        return self.item(kind, due, target, rule=rule, defaults=defaults, **params)

    # --- weekly, from the logged hours -----------------------------------------------

    def weekly_items(
        self,
        supervision: Mapping[date, int] | None,
        leergesprek: Mapping[date, int] | None,
        days: Mapping[date, int] | None,
    ) -> list[DueItem]:
        placement = self.current()
        if placement is None:
            return []
        first_week = week_start(placement.start)
        if first_week < placement.start:
            first_week += timedelta(weeks=1)
        this_week = week_start(self.today)
        recent = max(first_week, this_week - timedelta(weeks=self.norms.supervision_recent_weeks))
        year_start = placement_year(placement.start, self.today).start
        year_first = max(first_week, week_start(year_start + timedelta(days=6)))
        items: list[DueItem | None] = []
        percent = placement.part_time_percent if self.norms.pro_rata_part_time else 100
        if supervision is not None and self.norms.supervision_minutes_per_week > 0:
            per_week = self.norms.supervision_minutes_per_week * percent // 100
            defaults = [*(["pro_rata_part_time"] if percent < 100 else []), *self.absence_defaults()]
            items.append(self.weekly_sum(DueKind.SUPERVISION_RECENT, recent, supervision, per_week, defaults))
            # Early in the year both stretches are the same weeks; say it once.
            if year_first < recent:
                items.append(
                    self.weekly_sum(DueKind.SUPERVISION_YEAR, year_first, supervision, per_week, defaults)
                )
        if (
            placement.setting is _OPLEIDER
            and leergesprek is not None
            and self.norms.themed_leergesprek_per_week
        ):
            items.append(self.weeks_short(DueKind.THEMED_LEERGESPREK, recent, leergesprek, lambda m: m > 0))
        if (
            placement.setting is _OPLEIDER
            and days is not None
            and placement.part_time_percent < 100
            and self.norms.part_time_days_per_week > 0
        ):
            need = self.norms.part_time_days_per_week
            item = self.weeks_short(DueKind.PART_TIME_SPREAD, recent, days, lambda n: n >= need)
            items.append(item)
        return [i for i in items if i is not None]

    def counted_weeks(self, since: date) -> list[date]:
        """Whole ISO weeks from ``since`` up to this week, leaving out weeks with an interruption."""
        this_week = week_start(self.today)
        weeks = []
        monday = since
        while monday < this_week:
            sunday = monday + timedelta(days=6)
            if not any(x.start <= sunday and last_day(x, self.today) >= monday for x in self.interruptions):
                weeks.append(monday)
            monday += timedelta(weeks=1)
        return weeks

    def weekly_sum(
        self,
        kind: DueKind,
        since: date,
        per_week: Mapping[date, int],
        norm: int,
        defaults: Iterable[str],
    ) -> DueItem | None:
        weeks = self.counted_weeks(since)
        if not weeks:
            return None
        have = sum(per_week.get(monday, 0) for monday in weeks)
        expected = len(weeks) * norm
        behind = have < expected
        this_week = week_start(self.today)
        return self.item(
            kind,
            this_week - timedelta(days=1) if behind else this_week + timedelta(days=6),
            DueTarget(TargetArea.HOURS, None),
            DueStatus.OVERDUE if behind else DueStatus.OK,
            defaults=defaults,
            have=have,
            expected=expected,
            weeks=len(weeks),
            since=since,
        )

    def weeks_short(self, kind: DueKind, since: date, per_week: Mapping[date, int], ok) -> DueItem | None:
        weeks = self.counted_weeks(since)
        if not weeks:
            return None
        short = [monday for monday in weeks if not ok(per_week.get(monday, 0))]
        this_week = week_start(self.today)
        return self.item(
            kind,
            short[-1] + timedelta(days=6) if short else this_week + timedelta(days=6),
            DueTarget(TargetArea.HOURS, None),
            DueStatus.OVERDUE if short else DueStatus.OK,
            defaults=self.absence_defaults(),
            short=len(short),
            weeks=len(weeks),
            since=since,
        )

    # --- the trainer's obligations that are per aios ---------------------------------

    def leoh_items(self, events: Iterable[TrainerEvent]) -> list[DueItem]:
        placement = self.current(_OPLEIDER)
        if self.norms.leoh_per_year <= 0 or placement is None:
            return []
        interval = max(1, 12 // self.norms.leoh_per_year)
        last = max(
            (
                e.day
                for e in events
                if e.kind == TrainerEventKind.LEOH
                and e.aios_id in (self.aios.id, None)
                and self.aios.start_date <= e.day <= self.today
            ),
            default=None,
        )
        base = placement.start if last is None else max(last, placement.start)
        due = self.shifted(add_months(base, interval)) if last is None else add_months(base, interval)
        return [
            self.item(
                DueKind.LEOH,
                due,
                DueTarget(TargetArea.TRAINER_EVENT, TrainerEventKind.LEOH),
                defaults=self.absence_defaults() if last is None else (),
                **_optional(last=last),
            )
        ]

    def dienst_items(self, events: Iterable[TrainerEvent]) -> list[DueItem]:
        """At least 20 diensten per aios in each HLWP: the current one with the user."""
        placement = self.current(_OPLEIDER)
        goal = self.norms.diensten_per_hlwp
        if placement is None or placement.hlwp is None or goal <= 0:
            return []
        end = _day_after(placement) or add_months(placement.start, 12)
        span = Period(placement.start, end)
        have = sum(
            e.quantity
            for e in events
            if e.kind == TrainerEventKind.DIENST and e.aios_id == self.aios.id and e.day in span
        )
        target = DueTarget(TargetArea.TRAINER_EVENT, TrainerEventKind.DIENST)
        item = self.count_over(DueKind.DIENSTEN, target, span, have, goal, self.absence_defaults())
        if item is None:
            return []
        return [
            DueItem(
                aios_id=item.aios_id,
                kind=item.kind,
                due_date=item.due_date,
                status=item.status,
                target=item.target,
                params={**item.params, "hlwp": placement.hlwp},
                rule=item.rule,
                defaults=item.defaults,
            )
        ]

    def hao_items(self) -> list[DueItem]:
        """Hao-evaluatiegesprekken with the docent: the k-th by the end of the k-th HLWP placement."""
        goal = self.norms.hao_evaluations_per_aios
        mine = [p for p in self.placements if p.setting is _OPLEIDER]
        if goal <= 0 or not mine:
            return []
        last = mine[-1]
        if last.end is not None and last.end < self.today:
            return []
        have = len(self.held.get(MeetingKind.EVALUATIEGESPREK_DOCENT, ()))
        target = self.meeting_target(MeetingKind.EVALUATIEGESPREK_DOCENT)
        if have >= goal:
            return []
        placement = mine[min(have, len(mine) - 1)]
        due = placement.end or self.aios.expected_end_date
        if due is None:
            return []
        return [
            self.item(
                DueKind.HAO_EVALUATIE,
                due,
                target,
                have=have,
                required=goal,
                **self.planned_from(MeetingKind.EVALUATIEGESPREK_DOCENT, self.aios.start_date),
            )
        ]

    # --- begeleidingstrajecten -------------------------------------------------------

    def traject_items(self) -> list[DueItem]:
        if self.current(_OPLEIDER) is None:
            return []
        items: list[DueItem] = []
        ibt = [m for m in self.held_meetings if m.kind == MeetingKind.INTERN_BEGELEIDINGSTRAJECT]
        gbt = [m for m in self.held_meetings if m.kind == GBT]
        last_gbt = gbt[-1].date if gbt else None
        if ibt:
            last = ibt[-1]
            day = last.date or self.today
            if last.verdict == IBT_NOT_IMPROVED and (last_gbt is None or last_gbt < day):
                items.append(
                    self.item(
                        DueKind.NOT_SUITABLE_NEXT_STEP,
                        day,
                        self.meeting_target(GBT),
                        rule="ibt_followup",
                        after=MeetingKind.INTERN_BEGELEIDINGSTRAJECT.value,
                    )
                )
            elif last.verdict not in IBT_CLOSED:
                due = day + timedelta(weeks=self.norms.ibt_followup_weeks)
                items.append(
                    self.item(
                        DueKind.IBT_FOLLOWUP,
                        self.after_trainer_absence(due),
                        self.meeting_target(MeetingKind.INTERN_BEGELEIDINGSTRAJECT),
                        defaults=("ibt_followup_weeks",),
                        last=day,
                        **self.planned_from(MeetingKind.INTERN_BEGELEIDINGSTRAJECT, day),
                    )
                )
        verdicts = [
            m
            for m in self.held_meetings
            if m.verdict in NOT_SUITABLE_VERDICTS
            and MeetingKind.GESCHIKTHEIDSBEOORDELING in self.kinds_of(m)
            and m.kind != MeetingKind.EINDGESPREK
        ]
        if verdicts:
            day = verdicts[-1].date or self.today
            if last_gbt is None or last_gbt < day:
                items.append(
                    self.item(
                        DueKind.NOT_SUITABLE_NEXT_STEP,
                        day,
                        self.meeting_target(GBT),
                        after=MeetingKind.GESCHIKTHEIDSBEOORDELING.value,
                    )
                )
        if gbt:
            items += self.gbt_items(gbt[-1])
        return items

    def kinds_of(self, meeting: Meeting) -> set[str]:
        return {meeting.kind, *self.counts_as.get(meeting.kind, ())}

    def gbt_items(self, gbt: Meeting) -> list[DueItem]:
        start = gbt.date or self.today
        raw = gbt.answers.get(GBT_MONTHS)
        months = raw if isinstance(raw, int) and 3 <= raw <= 6 else self.norms.gbt_default_months
        end = self.shifted(add_months(start, months)) if self.absences else add_months(start, months)
        defaults = () if raw == months else ("gbt_default_months",)
        items = []
        if not gbt.answers.get(GBT_RGS_INFORMED):
            items.append(self.item(DueKind.GBT_RGS, start, self.meeting_target(GBT), start=start))
        closing_held = [d for d in self.held.get(MeetingKind.GESCHIKTHEIDSBEOORDELING, ()) if d > start]
        if closing_held:
            return items
        if not [d for d in self.held.get(MeetingKind.VOORTGANGSGESPREK, ()) if d > start]:
            middle = start + (end - start) // 2
            items.append(
                self.item(
                    DueKind.GBT_PROGRESS,
                    middle,
                    self.meeting_target(MeetingKind.VOORTGANGSGESPREK),
                    start=start,
                    end=end,
                )
            )
        items.append(
            self.item(
                DueKind.GBT_CLOSING,
                end,
                self.meeting_target(MeetingKind.GESCHIKTHEIDSBEOORDELING),
                defaults=defaults,
                start=start,
                months=months,
            )
        )
        return items

    # --- the praktijkbegeleider's own duties -----------------------------------------

    def pb_items(self) -> list[DueItem]:
        placement = self.current(_PB)
        if placement is None:
            return []
        items = []
        interval = self.norms.pb_consultation_interval_months
        if interval > 0:
            held = [d for d in self.pair_consultations if placement.start <= d <= self.today]
            base = max(held) if held else placement.start
            due = self.after_trainer_absence(add_months(base, interval))
            planned = [d for d in self.pair_planned if d >= base]
            items.append(
                self.item(
                    DueKind.PB_CONSULTATION,
                    due,
                    self.meeting_target(PB_CONSULTATION),
                    **_optional(last=base if held else None, planned_on=min(planned) if planned else None),
                )
            )
        if placement.end is not None and not self.held_since(PB_REPORT, add_months(placement.end, -2)):
            items.append(
                self.item(
                    DueKind.PB_REPORT,
                    placement.end,
                    self.meeting_target(PB_REPORT),
                    **self.planned_from(PB_REPORT, placement.start),
                )
            )
        return items

    # --- what to tell the institution ------------------------------------------------

    def notice_items(self) -> list[DueItem]:
        items = []
        months = self.norms.institution_notice_months
        for notice in institution_notices(self.interruptions, self.today, months):
            x = notice.interruption
            if x is None or x.institution_informed:
                continue
            # Known in advance (an end over two months away): tell at once; else when it passes.
            due = x.start if x.end is not None else add_months(x.start, months)
            if not any(p.setting.with_user and p.start <= last_day(x, self.today) for p in self.placements):
                continue
            items.append(
                self.item(
                    DueKind.INFORM_INSTITUTION,
                    due,
                    DueTarget(TargetArea.AIOS, self.aios.id),
                    DueStatus.OVERDUE if due <= self.today else None,
                    reason=NOTICE_INTERRUPTED,
                    interruption=x.kind.value,
                    start=x.start,
                    end=x.end,
                )
            )
        return items

    def trainer_notice_items(self, events: Iterable[TrainerEvent]) -> list[DueItem]:
        """The trainer's own changes the regulation wants told at once (``000_…`` §9a, §9c).

        Per aios trained with the user on or after the day: it is their institution
        that must know. Known in advance (a day ahead), it is due now.
        """
        items = []
        task = self.norms.institution_notice_months > 0  # the regulation has § 9
        minimum = self.norms.specialty_minutes_per_week_min
        hours = sorted(
            (e for e in events if e.kind == TrainerEventKind.HOURS_IN_SPECIALTY), key=lambda e: e.day
        )
        for event in events:
            if event.institution_informed or not self.with_user_from(event.day):
                continue
            if event.kind == TrainerEventKind.TASK_LAID_DOWN and task:
                items.append(self.trainer_notice(event, NOTICE_TASK_LAID_DOWN, "inform_institution_task"))
            elif event.kind == TrainerEventKind.HOURS_IN_SPECIALTY and 0 < event.quantity * 60 < minimum:
                # A later figure already in force replaces this one.
                if any(event.day < e.day <= self.today for e in hours):
                    continue
                items.append(
                    self.trainer_notice(
                        event, NOTICE_UNDER_HOURS, "inform_institution_hours", minimum_hours=minimum // 60
                    )
                )
        return items

    def with_user_from(self, day: date) -> bool:
        """The aios trains with the user on ``day`` or later."""
        return any(p.setting.with_user and (p.end is None or p.end >= day) for p in self.placements)

    def trainer_notice(self, event: TrainerEvent, reason: str, rule: str, **params: Any) -> DueItem:
        due = min(event.day, self.today)
        return self.item(
            DueKind.INFORM_INSTITUTION,
            due,
            DueTarget(TargetArea.TRAINER_EVENT, event.kind),
            DueStatus.OVERDUE if event.day < self.today else DueStatus.DUE_SOON,
            rule=rule,
            reason=reason,
            day=event.day,
            hours=event.quantity,
            **params,
        )


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
                rule="agreement",
            )
        )
    return items
