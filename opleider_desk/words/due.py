"""How a due item reads: its name, a sentence with its numbers, its rule and source.

Shared by the overview (``ui/due_texts.py`` adds the colours) and ``opleider-desk due``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication as Q

from ..domain.due import NOTICE_TASK_LAID_DOWN, NOTICE_UNDER_HOURS, DueItem, DueKind, DueStatus
from ..domain.durations import format_minutes
from .formatting import current_language

DateFormat = Callable[[date], str]


def _iso(day: date) -> str:
    return day.isoformat()


def status_name(status: DueStatus) -> str:
    return {
        DueStatus.OVERDUE: Q.translate("Due", "Overdue"),
        DueStatus.DUE_SOON: Q.translate("Due", "Due soon"),
        DueStatus.UPCOMING: Q.translate("Due", "Upcoming"),
        DueStatus.OK: Q.translate("Due", "On track"),
    }[status]


def kind_name(kind: DueKind) -> str:
    return {
        DueKind.STARTGESPREK: Q.translate("Due", "Start meeting"),
        DueKind.VOORTGANGSGESPREK: Q.translate("Due", "Progress meeting"),
        DueKind.GESCHIKTHEIDSBEOORDELING: Q.translate("Due", "Suitability assessment"),
        DueKind.EINDGESPREK: Q.translate("Due", "Final meeting"),
        DueKind.KPB: Q.translate("Due", "KPB"),
        DueKind.COACHINGSGESPREK: Q.translate("Due", "Coaching talk"),
        DueKind.SUPERVISION_RECENT: Q.translate("Due", "Supervision, recent weeks"),
        DueKind.SUPERVISION_YEAR: Q.translate("Due", "Supervision, this year"),
        DueKind.THEMED_LEERGESPREK: Q.translate("Due", "Weekly themed learning talk"),
        DueKind.PART_TIME_SPREAD: Q.translate("Due", "Part-time spread over the week"),
        DueKind.AGREEMENT: Q.translate("Due", "Agreement"),
        DueKind.LEOH: Q.translate("Due", "LEOh"),
        DueKind.DIENSTEN: Q.translate("Due", "Out-of-hours shifts"),
        DueKind.HAO_EVALUATIE: Q.translate("Due", "Evaluation with the tutor"),
        DueKind.IBT_FOLLOWUP: Q.translate("Due", "Internal supervision plan: follow-up"),
        DueKind.GBT_RGS: Q.translate("Due", "Intensified plan: inform the RGS"),
        DueKind.GBT_PROGRESS: Q.translate("Due", "Intensified plan: progress meeting"),
        DueKind.GBT_CLOSING: Q.translate("Due", "Intensified plan: closing assessment"),
        DueKind.NOT_SUITABLE_NEXT_STEP: Q.translate("Due", "Next step after the verdict"),
        DueKind.PB_CONSULTATION: Q.translate("Due", "Consultation with the trainer"),
        DueKind.PB_REPORT: Q.translate("Due", "Practice supervisor's report"),
        DueKind.INFORM_INSTITUTION: Q.translate("Due", "Inform the institution"),
        DueKind.SPAN_OF_CONTROL: Q.translate("Due", "More than four trainees at once"),
        DueKind.END_DATE_PASSED: Q.translate("Due", "Expected end date passed"),
        DueKind.CHECK_TRAINING_START: Q.translate("Due", "Check the start of the training"),
    }[kind]


def default_name(rule: str) -> str:
    """A program default an item rests on, in words."""
    return {
        "pro_rata_part_time": Q.translate("Due", "pro rata for part-time"),
        "interruptions_move_due": Q.translate("Due", "interruptions move the dates"),
        "startgesprek_within_days": Q.translate("Due", "two weeks after the placement starts"),
        "final_meeting_months_before_end": Q.translate("Due", "how long before the end"),
        "ibt_followup_weeks": Q.translate("Due", "six weeks to the follow-up"),
        "gbt_default_months": Q.translate("Due", "three months when the form does not say"),
        "check_training_start": Q.translate(
            "Due", "counted from the placement's start until you check the training's"
        ),
    }.get(rule, rule)


def source_text(item: DueItem) -> str:
    """Where the rule comes from, for the open list and the tooltips."""
    source = item.source
    if source.agreed:
        return Q.translate("Due", "Date agreed in the meeting")
    if source.program_default:
        return Q.translate("Due", "OpleiderDesk's own setting (no document gives this)")
    # As the norms dialog cites it: the document's short title, then the section.
    text = (
        f"{source.title.get(current_language())}, {source.section_in(current_language())}"
        if source.title is not None
        else source.text
    )
    if source.proposal:
        text = Q.translate("Due", "{source} — a proposal, not yet a rule").format(source=text)
    return text


def rule_text(item: DueItem) -> str:
    """The source and, when the item rests on them, the program's own defaults."""
    lines = [Q.translate("Due", "Rule: {source}").format(source=source_text(item))]
    if item.defaults:
        lines.append(
            Q.translate("Due", "OpleiderDesk's own setting: {defaults}").format(
                defaults=", ".join(default_name(d) for d in item.defaults)
            )
        )
    return "\n".join(lines)


def tooltip(item: DueItem) -> str:
    return f"{status_name(item.status)}\n{rule_text(item)}"


def short_text(item: DueItem, format_date: DateFormat = _iso) -> str:
    """For the overview column: what and when."""
    return f"{kind_name(item.kind)} · {format_date(item.due_date)}"


def details(item: DueItem, agreement_text: str = "", format_date: DateFormat = _iso) -> str:
    """A sentence with the item's numbers, for the open-items list."""
    p = item.params
    kind = item.kind
    if kind in (DueKind.KPB, DueKind.COACHINGSGESPREK):
        return Q.translate("Due", "{have} held, {expected} expected by now, {target} this year").format(
            have=p["have"], expected=p["expected"], target=p["year_target"]
        )
    if kind in (DueKind.SUPERVISION_RECENT, DueKind.SUPERVISION_YEAR):
        return Q.translate("Due", "{have} of {expected} hours over %n week(s)", "", p["weeks"]).format(
            have=format_minutes(p["have"]), expected=format_minutes(p["expected"])
        )
    if kind is DueKind.AGREEMENT:
        return agreement_text
    if kind is DueKind.LEOH:
        if "last" in p:
            return Q.translate("Due", "Last LEOh received on {day}").format(day=format_date(p["last"]))
        return Q.translate("Due", "No LEOh received yet")
    if kind is DueKind.END_DATE_PASSED:
        return Q.translate("Due", "Extend the training or archive the trainee")
    if kind is DueKind.CHECK_TRAINING_START:
        return Q.translate(
            "Due",
            "Upgraded from version 0.1 in year {year}: the training's start is that of this placement, "
            "{start}. Enter when the training began (full-time without interruptions: {full_time}).",
        ).format(year=p["year"], start=format_date(p["start"]), full_time=format_date(p["full_time_start"]))
    if kind is DueKind.DIENSTEN:
        return Q.translate("Due", "{have} of {target} in HLWP {hlwp}, {expected} expected by now").format(
            have=p["have"], target=p["year_target"], hlwp=p["hlwp"], expected=p["expected"]
        )
    if kind is DueKind.HAO_EVALUATIE:
        return Q.translate("Due", "{have} of {required} held").format(have=p["have"], required=p["required"])
    if kind in (DueKind.THEMED_LEERGESPREK, DueKind.PART_TIME_SPREAD):
        return (
            Q.translate("Due", "%n week(s) short of the norm", "", p["short"])
            + " · "
            + Q.translate("Due", "last %n week(s)", "", p["weeks"])
        )
    if kind is DueKind.GBT_CLOSING:
        return Q.translate("Due", "Started {start}, %n month(s)", "", p["months"]).format(
            start=format_date(p["start"])
        )
    if kind is DueKind.NOT_SUITABLE_NEXT_STEP:
        return Q.translate(
            "Due", "Start an intensified supervision plan, or end the training and inform the RGS"
        )
    if kind is DueKind.INFORM_INSTITUTION:
        reason = p.get("reason")
        if reason == NOTICE_TASK_LAID_DOWN:
            return Q.translate("Due", "You lay down the task from {day}").format(day=format_date(p["day"]))
        if reason == NOTICE_UNDER_HOURS:
            return Q.translate(
                "Due",
                "From {day} you work %n hour(s) a week in the specialty, under {minimum}",
                "",
                p["hours"],
            ).format(day=format_date(p["day"]), minimum=p["minimum_hours"])
        return Q.translate("Due", "Interrupted from {start} for more than two months").format(
            start=format_date(p["start"])
        )
    if kind is DueKind.SPAN_OF_CONTROL:
        return Q.translate("Due", "{have} trainees at once; at most {max} is proposed").format(
            have=p["have"], max=p["max"]
        )
    if "planned_on" in p:
        return Q.translate("Due", "Planned on {day}").format(day=format_date(p["planned_on"]))
    return Q.translate("Due", "Not planned yet")
