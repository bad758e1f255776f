"""What the data says about a portfolio item: the ``auto`` rules of the templates.

The trainer ticks each item by hand (ontbreekt / aanwezig / beoordeeld); an
item with an ``auto`` rule also gets a status computed from the meetings and
learning goals, shown beside the manual one and never written over it. The
rules are described in ``resources/checklists/README.md``; the choices made
here:

* ``current_iop``: no open goals is *missing*. Goals that were set, evaluated
  or written on or after the latest held voortgangsgesprek make the IOP
  *present*, and *reviewed* once that meeting's report is signed (the
  trainer approves the IOP at the end of that meeting). Open goals older
  than that meeting are *missing*: the IOP was not updated.
* ``kpb_count``: *present* while the KPBs held this placement year keep up
  with the pro-rata norm (counted as the due engine counts them).
* ``competency_coverage``: *present* once the learning goals (not dropped)
  cover all seven competency areas.
* ``msf_before_meeting``: the 360° feedback's date is the item's own date;
  it is *present* when it falls after the latest held progress or
  assessment meeting, i.e. it is there for the next one.
* ``signed_meeting:<kind>``: *present* once one is held, *reviewed* when every
  held one is signed. Before the first one is due there is nothing to say.

An ``AutoOutcome`` with ``status`` None means the data cannot tell yet;
``params["reason"]`` says why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from .checklists import AutoRule, ReviewQuestion, TemplateItem
from .competency_profiles import areas_of
from .dates import add_months
from .due import DueStatus, meeting_count
from .due_norms import DueNorms
from .entities import Aios, ChecklistItem, Interruption, LearningGoal, Meeting, Placement
from .enums import (
    ChecklistStatus,
    GoalStatus,
    MeetingKind,
    MeetingStatus,
)

#: The rules this module fills; the others belong to the trainer's checklist.
AIOS_RULES = frozenset(
    {
        "current_iop",
        "kpb_count",
        "competency_coverage",
        "msf_before_meeting",
        "signed_meeting",
    }
)

_HELD = frozenset({MeetingStatus.HELD, MeetingStatus.SIGNED})
_ACTIVE_GOALS = frozenset({GoalStatus.OPEN, GoalStatus.IN_PROGRESS})
_ASSESSMENTS = frozenset(
    {
        MeetingKind.VOORTGANGSGESPREK,
        MeetingKind.GESCHIKTHEIDSBEOORDELING,
        MeetingKind.EINDGESPREK,
    }
)


@dataclass(frozen=True, slots=True)
class AutoOutcome:
    status: ChecklistStatus | None
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True, kw_only=True)
class PortfolioFacts:
    """Everything the rules look at for one aios on one day."""

    aios: Aios
    today: date
    meetings: Sequence[Meeting] = ()
    goals: Sequence[LearningGoal] = ()
    norms: DueNorms = field(default_factory=DueNorms)
    #: The aios's placements and interruptions; None: one placement over the whole training.
    placements: Sequence[Placement] | None = None
    interruptions: Sequence[Interruption] = ()

    def held(self, kinds: frozenset[str] | set[str]) -> list[Meeting]:
        """Held meetings of these kinds up to today, oldest first."""
        found = [
            m
            for m in self.meetings
            if m.aios_id == self.aios.id
            and m.kind in kinds
            and m.status in _HELD
            and m.date is not None
            and m.date <= self.today
        ]
        return sorted(found, key=lambda m: (m.date, m.id or 0))


def auto_outcome(rule: AutoRule, facts: PortfolioFacts, item: ChecklistItem | None = None) -> AutoOutcome:
    """The computed status of one item; ``item`` gives its own date (the MSF's)."""
    if rule.name == "current_iop":
        return _current_iop(facts)
    if rule.name == "kpb_count":
        return _kpb_count(facts)
    if rule.name == "competency_coverage":
        return _competency_coverage(facts)
    if rule.name == "msf_before_meeting":
        return _msf(facts, item.item_date if item is not None else None)
    if rule.name == "signed_meeting" and rule.argument:
        return _signed_meeting(facts, rule.argument)
    raise ValueError(f"rule {rule} is not a portfolio rule")


def _current_iop(facts: PortfolioFacts) -> AutoOutcome:
    active = [g for g in facts.goals if g.aios_id == facts.aios.id and g.status in _ACTIVE_GOALS]
    if not active:
        return AutoOutcome(ChecklistStatus.MISSING, {"goals": 0})
    progress = facts.held({MeetingKind.VOORTGANGSGESPREK})
    if not progress:
        return AutoOutcome(ChecklistStatus.PRESENT, {"goals": len(active)})
    latest = progress[-1]
    taken_up = any(
        g.aios_id == facts.aios.id
        and (
            (latest.id is not None and latest.id in (g.set_in_meeting_id, g.evaluated_in_meeting_id))
            or (g.created_on is not None and latest.date is not None and g.created_on >= latest.date)
        )
        for g in facts.goals
    )
    params = {"goals": len(active), "meeting_on": latest.date}
    if not taken_up:
        return AutoOutcome(ChecklistStatus.MISSING, {**params, "reason": "not_updated"})
    if latest.status == MeetingStatus.SIGNED:
        return AutoOutcome(ChecklistStatus.REVIEWED, params)
    return AutoOutcome(ChecklistStatus.PRESENT, params)


#: The KPB form's answer key for who observed (``resources/forms/kpb.json``).
KPB_OBSERVER = "observatie.observant"


def _kpb_count(facts: PortfolioFacts) -> AutoOutcome:
    counted = meeting_count(
        facts.aios,
        facts.today,
        MeetingKind.KPB,
        placements=facts.placements,
        interruptions=facts.interruptions,
        meetings=facts.meetings,
        norms=facts.norms,
    )
    if counted is None:
        return AutoOutcome(None, {"reason": "not_started"})
    params = {k: counted.params[k] for k in ("have", "expected", "year_target")}
    # The KPB card asks for different observers; the form records who observed.
    observers = {
        str(m.answers.get(KPB_OBSERVER, "")).strip().casefold()
        for m in facts.held(frozenset({MeetingKind.KPB.value}))
    }
    params["observers"] = len(observers - {""})
    on_track = counted.status is DueStatus.OK or params["have"] >= params["expected"]
    return AutoOutcome(ChecklistStatus.PRESENT if on_track else ChecklistStatus.MISSING, params)


def _competency_coverage(facts: PortfolioFacts) -> AutoOutcome:
    covered = {
        g.competency for g in facts.goals if g.aios_id == facts.aios.id and g.status != GoalStatus.DROPPED
    }
    areas = areas_of(facts.aios.competency_profile)
    missing = [area for area in areas if area not in covered]
    params = {"covered": len(areas) - len(missing), "total": len(areas), "missing": missing}
    return AutoOutcome(ChecklistStatus.MISSING if missing else ChecklistStatus.PRESENT, params)


def _msf(facts: PortfolioFacts, msf_on: date | None) -> AutoOutcome:
    held = facts.held(_ASSESSMENTS)
    last = held[-1].date if held else None
    upcoming = sorted(
        m.date
        for m in facts.meetings
        if m.aios_id == facts.aios.id
        and m.kind in _ASSESSMENTS
        and m.status == MeetingStatus.PLANNED
        and m.date is not None
        and m.date >= facts.today
    )
    params: dict[str, Any] = {"msf_on": msf_on, "last_meeting_on": last}
    if upcoming:
        params["next_meeting_on"] = upcoming[0]
    if msf_on is None or (last is not None and msf_on <= last):
        return AutoOutcome(ChecklistStatus.MISSING, params)
    return AutoOutcome(ChecklistStatus.PRESENT, params)


def _first_due(facts: PortfolioFacts, kind: str) -> date | None:
    start, norms = facts.aios.start_date, facts.norms
    if kind == MeetingKind.VOORTGANGSGESPREK:
        return add_months(start, norms.progress_interval_months)
    if kind == MeetingKind.GESCHIKTHEIDSBEOORDELING:
        return add_months(start, norms.suitability_interval_months)
    if kind == MeetingKind.EINDGESPREK:
        end = facts.aios.expected_end_date
        return add_months(end, -norms.final_meeting_months_before_end) if end else None
    return start


def _signed_meeting(facts: PortfolioFacts, kind: str) -> AutoOutcome:
    held = facts.held({kind})
    if not held:
        first = _first_due(facts, kind)
        if first is None or first > facts.today:
            return AutoOutcome(None, {"reason": "not_due_yet", "due_on": first})
        return AutoOutcome(ChecklistStatus.MISSING, {"held": 0, "signed": 0, "due_on": first})
    signed = sum(1 for m in held if m.status == MeetingStatus.SIGNED)
    params = {"held": len(held), "signed": signed, "last_on": held[-1].date}
    status = ChecklistStatus.REVIEWED if signed == len(held) else ChecklistStatus.PRESENT
    return AutoOutcome(status, params)


@dataclass(frozen=True, slots=True, kw_only=True)
class PortfolioEntry:
    """One row of an aios's portfolio checklist as the trainer sees it."""

    item: ChecklistItem
    template: TemplateItem | None  # None: the user's own item (or a key the template dropped)
    outcome: AutoOutcome | None  # None: the item has no auto rule
    attachments: int = 0

    @property
    def status(self) -> ChecklistStatus:
        """What the row says: the trainer's own status, unless it is still "missing" while the
        data (held and signed meetings, say) shows the item is there: then the data's."""
        computed = self.outcome.status if self.outcome is not None else None
        if self.item.status is ChecklistStatus.MISSING and computed not in (None, ChecklistStatus.MISSING):
            return computed
        return self.item.status

    @property
    def contradicted(self) -> bool:
        """Ticked present (or reviewed) by hand while the data says the item is missing.

        The trainer's word stands (the row says what they ticked) but the row is
        marked, and counted apart: either the data lacks something the trainer
        knows of, or the tick was premature.
        """
        return (
            self.item.status is not ChecklistStatus.MISSING
            and self.outcome is not None
            and self.outcome.status is ChecklistStatus.MISSING
        )


@dataclass(frozen=True, slots=True)
class PortfolioCounts:
    """One aios's checklist in numbers, as its rows show it."""

    missing: int = 0  # rows that say missing
    contradicted: int = 0  # rows ticked present while the data says missing

    @staticmethod
    def of(entries: Sequence[PortfolioEntry]) -> PortfolioCounts:
        return PortfolioCounts(
            missing=sum(1 for e in entries if e.status is ChecklistStatus.MISSING),
            contradicted=sum(1 for e in entries if e.contradicted),
        )


class ReviewAnswer(StrEnum):
    """The trainer's finding on one question of the portfolio review."""

    OPEN = "open"  # not looked at yet
    IN_ORDER = "in_order"
    ATTENTION = "attention"  # a point to raise in the meeting; the note says what


@dataclass(frozen=True, slots=True, kw_only=True)
class ReviewEntry:
    question: ReviewQuestion
    answer: ReviewAnswer = ReviewAnswer.OPEN
    note: str = ""
    answered_on: date | None = None
