"""Plain domain objects: what the rules, reports and UI work with.

The storage layer maps its rows to these; nothing here knows about a
database, Qt or PDF. Durations are whole minutes everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from .enums import (
    AgreementOwner,
    AgreementStatus,
    AiosStatus,
    ChecklistStatus,
    CompetencyArea,
    GoalStatus,
    InterruptionKind,
    MeetingStatus,
    PlacementSetting,
    Role,
    StatementStatus,
    TrainerEventKind,
)


def stored_id(entity_id: int | None) -> int:
    """The id of an entity read from storage, which always has one.

    Entities carry ``id: int | None`` because a new one has no id until it is
    saved; code that works with stored entities states that it expects one.
    """
    if entity_id is None:
        raise ValueError("an entity that was never saved has no id")
    return entity_id


@dataclass(frozen=True, slots=True, kw_only=True)
class Profile:
    name: str = ""
    role: Role = Role.HUISARTSOPLEIDER
    practice: str = ""
    employer: str = ""  # empty: self-employed, no employer signs
    institute: str = ""
    quality_officer: str = ""  # beleidsverantwoordelijke kwaliteit: gets a copy
    supervising_opleider: str = ""  # for a praktijkbegeleider: the opleider who co-signs
    practice_patients: int | None = None  # for the norm-practice check
    practice_gp_fte_percent: int | None = None  # FTE of GPs, in percent (100 = 1 FTE)
    #: The regulation the trainer follows and every aios without their own (``domain/regulations``).
    regulation: str = "huisartsgeneeskunde"


@dataclass(frozen=True, slots=True, kw_only=True)
class Aios:
    id: int | None = None
    name: str
    start_date: date
    expected_end_date: date | None = None
    training_year: int = 1  # 1..3
    phase: str = ""  # free text, e.g. "HLWP1", "jaar 3"
    part_time_percent: int = 100
    praktijkbegeleider: str = ""
    institute_contact: str = ""
    email: str = ""
    status: AiosStatus = AiosStatus.ACTIVE
    notes: str = ""
    #: The regulation this aios is measured by; empty: the trainer's (``Profile.regulation``).
    regulation: str = ""
    #: The competency profile the aios's goals, KPBs and portfolio use (``domain/competency_profiles``);
    #: empty: the one of the aios's regulation, filled in when the aios is saved.
    competency_profile: str = ""
    #: Upgraded from 0.1 in training year 2 or 3: the start is that of the current placement
    #: until the trainer checks it in the aios dialog.
    start_to_check: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Placement:
    """One part of the aios's training (opleidingsonderdeel): where, from when to when.

    The whole training runs from the aios's ``start_date`` to its
    ``expected_end_date``; placements divide it. ``end`` is the last day, None
    while it is open-ended.
    """

    id: int | None = None
    aios_id: int | None = None
    setting: PlacementSetting = PlacementSetting.PRACTICE_OPLEIDER
    start: date
    end: date | None = None
    part_time_percent: int = 100
    hlwp: int | None = None  # huisartsgeneeskundige leerwerkplek: 1 or 2 for practice years
    place: str = ""  # e.g. the hospital's name

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True, kw_only=True)
class Interruption:
    """A stretch during which the training in the practice does not run; ``end`` is its last day."""

    id: int | None = None
    aios_id: int | None = None
    kind: InterruptionKind = InterruptionKind.AIOS_SICK_LEAVE
    start: date
    end: date | None = None  # None: still going on
    note: str = ""
    institution_informed: bool = False  # 000_… §9: told the institution


@dataclass(frozen=True, slots=True, kw_only=True)
class HourCategory:
    id: int | None = None
    key: str | None = None  # a CategoryKey for built-ins, None for the user's own
    name: str = ""  # the user's own name; empty means the translated built-in name
    counts_as_supervision: bool = False
    sort_order: int = 0
    active: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class HourEntry:
    id: int | None = None
    day: date
    minutes: int
    category_id: int
    aios_id: int | None = None  # None: the trainer's own time (training, intervision)
    description: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class RecurringHours:
    """A routine entry (e.g. weekly joint surgery) the user logs with one action."""

    id: int | None = None
    weekday: int  # 0 = Monday
    minutes: int
    category_id: int
    aios_id: int | None = None
    description: str = ""
    active: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class Meeting:
    id: int | None = None
    aios_id: int
    kind: str  # template key; see MeetingKind for the ones rules know
    title: str = ""
    planned_at: datetime | None = None
    held_on: date | None = None
    duration_minutes: int = 0
    status: MeetingStatus = MeetingStatus.PLANNED
    location: str = ""
    participants: str = ""
    agenda: tuple[
        dict[str, Any], ...
    ] = ()  # [{"text":..., "source": "template|agreement|user", "done": bool}]
    answers: dict[str, Any] = field(default_factory=dict)  # step/field id -> value
    current_step: int = 0
    report_text: str = ""
    verdict: str = ""  # for assessments: key of the verdict option
    verdict_explanation: str = ""
    signed_on: date | None = None
    verification_code: str = ""
    content_sha256: str = ""  # recorded at signing
    uid: str = ""  # stable calendar identity (a UUID), set by storage
    sequence: int = 0  # calendar revision: rises when time, place or participants change

    @property
    def date(self) -> date | None:
        """The day it happened, or the day it is planned."""
        if self.held_on is not None:
            return self.held_on
        return self.planned_at.date() if self.planned_at else None


@dataclass(frozen=True, slots=True, kw_only=True)
class Agreement:
    id: int | None = None
    aios_id: int
    meeting_id: int | None = None  # meeting of origin
    text: str
    owner: AgreementOwner = AgreementOwner.AIOS
    due_date: date | None = None
    status: AgreementStatus = AgreementStatus.OPEN
    done_on: date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class LearningGoal:
    id: int | None = None
    aios_id: int
    competency: CompetencyArea
    statement: str  # the SMART goal
    activities: str = ""
    deadline: date | None = None
    assessment: str = ""  # how achievement is tested (KPB, test, ...)
    status: GoalStatus = GoalStatus.OPEN
    set_in_meeting_id: int | None = None
    evaluated_in_meeting_id: int | None = None
    created_on: date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Statement:
    id: int | None = None
    aios_id: int | None  # None: the trainer's own hours
    year: int
    quarter: int  # 1..4
    verification_code: str = ""
    status: StatementStatus = StatementStatus.DRAFT
    signed_on: date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ChecklistItem:
    id: int | None = None
    aios_id: int | None  # None: an item of the trainer's own checklist
    template_key: str = ""  # the checklist template item it came from, "" for the user's own
    title: str = ""
    status: ChecklistStatus = ChecklistStatus.MISSING
    item_date: date | None = None
    note: str = ""
    sort_order: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class AttachmentInfo:
    id: int | None = None
    checklist_item_id: int
    filename: str
    sha256: str
    size: int
    added_at: datetime | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class TrainerEvent:
    id: int | None = None
    kind: TrainerEventKind
    day: date
    quantity: int = 1
    aios_id: int | None = None
    note: str = ""
    institution_informed: bool = False  # 000_… Bijlage 1 §9a, §9c: told the institution


@dataclass(frozen=True, slots=True, kw_only=True)
class AuditEntry:
    id: int | None = None
    at: datetime
    action: str  # an operation key, see storage.operations.OpKind
    entity: str = ""
    entity_id: int | None = None
    summary: str = ""
    details: dict[str, Any] = field(default_factory=dict)
