"""The portfolio tab's words: computed statuses, obligations, review findings, events."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QColor

from ...domain.enums import ChecklistStatus, TrainerEventKind
from ...domain.obligations import ObligationKey, ObligationStatus
from ...domain.portfolio import AutoOutcome, PortfolioEntry, ReviewAnswer
from ...words import labels
from ...words.formatting import current_language, format_date
from .. import due_texts


def checklist_colour(status: ChecklistStatus | None) -> QColor | None:
    return (
        {
            ChecklistStatus.MISSING: due_texts.OVERDUE_COLOUR,
            ChecklistStatus.PRESENT: due_texts.DUE_SOON_COLOUR,
            ChecklistStatus.REVIEWED: due_texts.OK_COLOUR,
        }.get(status)
        if status is not None
        else None
    )


def obligation_colour(status: ObligationStatus) -> QColor | None:
    return {
        ObligationStatus.MET: due_texts.OK_COLOUR,
        ObligationStatus.NOT_MET: due_texts.OVERDUE_COLOUR,
    }.get(status)


def entry_title(entry: PortfolioEntry) -> str:
    if entry.item.title or entry.template is None:
        return entry.item.title or entry.item.template_key
    return entry.template.title.get(current_language())


def outcome_text(entry: PortfolioEntry) -> str:
    """The computed column: status and the numbers behind it; empty without a rule."""
    outcome = entry.outcome
    if outcome is None or entry.template is None or entry.template.auto is None:
        return ""
    detail = _outcome_detail(entry.template.auto.name, outcome)
    if outcome.status is None:
        return detail
    return (
        f"{labels.checklist_status(outcome.status)} · {detail}"
        if detail
        else labels.checklist_status(outcome.status)
    )


def shown_status(entry: PortfolioEntry) -> str:
    """The status cell: the trainer's tick, marked "by hand" where the data says otherwise."""
    if entry.contradicted:
        return Q.translate("Portfolio", "{status} (by hand)").format(
            status=labels.checklist_status(entry.item.status)
        )
    return labels.checklist_status(entry.status)


def contradiction_text(entry: PortfolioEntry) -> str:
    """Why a ticked item is marked, and how to settle it; empty when nothing contradicts."""
    if not entry.contradicted or entry.template is None or entry.template.auto is None:
        return ""
    outcome = entry.outcome
    assert outcome is not None  # contradicted says so
    detail = _outcome_detail(entry.template.auto.name, outcome)
    said = Q.translate(
        "Portfolio", "Marked as {status} by hand; according to the data it is missing: {detail}."
    ).format(status=labels.checklist_status(entry.item.status).lower(), detail=detail)
    return f"{said}\n{_resolve_hint(entry.template.auto.name, outcome)}"


def _resolve_hint(rule: str, outcome: AutoOutcome) -> str:
    back = Q.translate("Portfolio", "or set the status back to Missing")
    if rule == "kpb_count":
        what = Q.translate("Portfolio", "record each KPB held as a meeting of kind KPB in the Meetings tab")
    elif rule == "current_iop":
        what = Q.translate(
            "Portfolio", "add or update a learning goal in the IOP since the last progress meeting"
        )
    elif rule == "competency_coverage":
        areas = ", ".join(labels.competency(a) for a in outcome.params.get("missing", ()))
        what = Q.translate("Portfolio", "add learning goals for {areas}").format(areas=areas)
    elif rule == "msf_before_meeting":
        what = Q.translate(
            "Portfolio", "enter the date of the 360° feedback under Date (after the last meeting)"
        )
    else:
        what = Q.translate("Portfolio", "record the meeting and its report in the Meetings tab")
    return Q.translate("Portfolio", "To resolve: {what}, {back}.").format(what=what, back=back)


def _outcome_detail(rule: str, outcome: AutoOutcome) -> str:
    p = outcome.params
    reason = p.get("reason")
    if reason == "not_due_yet":
        if p.get("due_on"):
            return Q.translate("Portfolio", "Not due yet (first on {day})").format(
                day=format_date(p["due_on"])
            )
        return Q.translate("Portfolio", "Not due yet")
    if reason == "not_started":
        return Q.translate("Portfolio", "The training has not started yet")
    if rule == "current_iop":
        if not p["goals"]:
            return Q.translate("Portfolio", "No open learning goals")
        if reason == "not_updated":
            return Q.translate("Portfolio", "Not updated since the progress meeting of {day}").format(
                day=format_date(p["meeting_on"])
            )
        return Q.translate("Portfolio", "%n open learning goal(s)", "", p["goals"])
    if rule == "kpb_count":
        text = Q.translate("Portfolio", "{have} held, {expected} expected by now, {target} this year").format(
            have=p["have"], expected=p["expected"], target=p["year_target"]
        )
        if p.get("observers"):
            text += " · " + Q.translate("Portfolio", "%n different observer(s)", "", p["observers"])
        return text
    if rule == "competency_coverage":
        return Q.translate("Portfolio", "{covered} of {total} competency areas in the learning goals").format(
            covered=p["covered"], total=p["total"]
        )
    if rule == "msf_before_meeting":
        return _msf_detail(p)
    if rule == "signed_meeting":
        if not p["held"]:
            return Q.translate("Portfolio", "None held yet")
        return Q.translate("Portfolio", "{held} held, {signed} signed").format(
            held=p["held"], signed=p["signed"]
        )
    return ""


def _msf_detail(p: dict[str, Any]) -> str:
    if p.get("msf_on") is None:
        text = Q.translate("Portfolio", "Enter the date of the 360° feedback")
    elif p.get("last_meeting_on") and p["msf_on"] <= p["last_meeting_on"]:
        text = Q.translate("Portfolio", "Dated {day}, before the meeting of {last}").format(
            day=format_date(p["msf_on"]), last=format_date(p["last_meeting_on"])
        )
    else:
        text = Q.translate("Portfolio", "Dated {day}").format(day=format_date(p["msf_on"]))
    if p.get("next_meeting_on"):
        text += " · " + Q.translate("Portfolio", "next meeting {day}").format(
            day=format_date(p["next_meeting_on"])
        )
    return text


def review_answer(answer: ReviewAnswer) -> str:
    return {
        ReviewAnswer.OPEN: Q.translate("Portfolio", "Not looked at yet"),
        ReviewAnswer.IN_ORDER: Q.translate("Portfolio", "In order"),
        ReviewAnswer.ATTENTION: Q.translate("Portfolio", "Point of attention"),
    }[answer]


def obligation_status(status: ObligationStatus) -> str:
    return {
        ObligationStatus.MET: Q.translate("Portfolio", "Met"),
        ObligationStatus.NOT_MET: Q.translate("Portfolio", "Not met (yet)"),
        ObligationStatus.UNKNOWN: Q.translate("Portfolio", "Unknown"),
    }[status]


def event_kind(kind: TrainerEventKind) -> str:
    return {
        TrainerEventKind.LEOH: Q.translate("Portfolio", "LEOh received"),
        TrainerEventKind.PROFIEL_LEERWERKPLAN: Q.translate("Portfolio", "Profiel Leerwerkplan updated"),
        TrainerEventKind.DIENST: Q.translate("Portfolio", "Out-of-hours shifts"),
        TrainerEventKind.TASK_LAID_DOWN: Q.translate("Portfolio", "Task laid down"),
        TrainerEventKind.HOURS_IN_SPECIALTY: Q.translate("Portfolio", "Hours a week in the specialty"),
        TrainerEventKind.OTHER: Q.translate("Portfolio", "Other"),
    }[kind]


def _days(minutes: int, per_day: int) -> str:
    days = minutes / per_day
    text = f"{days:.0f}" if days == int(days) else f"{days:.1f}"
    return text.replace(".", ",") if current_language() == "nl" else text


def obligation_numbers(result: Any) -> str:
    """Actual against required for an ``ObligationResult`` or ``StatementCheck``."""
    p = result.params
    reason = p.get("reason")
    if result.status is ObligationStatus.UNKNOWN:
        return {
            "no_aios": Q.translate("Portfolio", "No trainee in training in this year"),
            "no_practice_size": Q.translate("Portfolio", "Enter the practice size in the profile"),
            "no_quarter": Q.translate("Portfolio", "No quarter has ended yet"),
            "not_in_regulation": Q.translate("Portfolio", "Not a rule of the regulation"),
        }.get(reason, "")
    unit = p.get("unit")
    key = getattr(result, "key", None)
    if unit == "minutes":
        per_day = p["minutes_per_day"]
        return Q.translate("Portfolio", "{actual} of {required} days").format(
            actual=_days(result.actual, per_day), required=_days(result.required, per_day)
        )
    if unit == "count":
        return Q.translate("Portfolio", "{actual} of {required}").format(
            actual=result.actual, required=result.required
        )
    if unit == "aios":
        return Q.translate("Portfolio", "{actual} of {required} trainees with {each} talks").format(
            actual=result.actual, required=result.required, each=p["required_per_aios"]
        )
    if unit == "weeks":
        if len(p.get("per_aios", {})) > 1:
            # Weeks are counted per aios: two aios over 18 weeks are 36 aios-weeks, not 36 calendar weeks.
            return Q.translate(
                "Portfolio",
                "{actual} of {weeks} trainee-weeks at the norm, {count} trainees counted apart (needed: {required})",
            ).format(
                actual=result.actual, weeks=p["weeks"], count=len(p["per_aios"]), required=result.required
            )
        return Q.translate("Portfolio", "{actual} of {weeks} weeks at the norm (needed: {required})").format(
            actual=result.actual, weeks=p["weeks"], required=result.required
        )
    if unit == "patients_per_fte":
        low, high = result.required
        return Q.translate("Portfolio", "{actual} patients per FTE (norm {low}–{high})").format(
            actual=result.actual, low=low, high=high
        )
    if unit == "statements":
        return Q.translate("Portfolio", "{actual} of {required} quarterly statements signed").format(
            actual=result.actual, required=result.required
        )
    if key is ObligationKey.PROFIEL_LEERWERKPLAN:
        if result.actual is None:
            return Q.translate("Portfolio", "No update recorded")
        return Q.translate("Portfolio", "Updated on {day} (at most {months} months ago)").format(
            day=format_date(p["last_updated"]), months=result.required
        )
    if key is ObligationKey.RECOGNITION:
        if "lapses_on" not in p:
            return Q.translate("Portfolio", "A trainee is in training")
        return Q.translate("Portfolio", "Last trainee until {day}; lapses on {lapses}").format(
            day=format_date(p["last_aios_until"]), lapses=format_date(p["lapses_on"])
        )
    return ""
