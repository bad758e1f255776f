"""A row the program left out because it holds a value this version does not know,
said in the trainer's words: which row (what it is, whose, which day), which
field, the value as stored, and the values this version does know."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication as Q

from ..domain.enums import (
    AgreementOwner,
    AgreementStatus,
    AiosStatus,
    ChecklistStatus,
    CompetencyArea,
    GoalStatus,
    MeetingStatus,
    Role,
)
from ..storage.mapping import UnknownValue
from . import labels
from .formatting import format_date

#: Display names of each enum's values; a tab adds those it names itself (event kinds).
LABELS: dict[type[Enum], Callable[[Any], str]] = {
    AgreementOwner: labels.agreement_owner,
    AgreementStatus: labels.agreement_status,
    AiosStatus: labels.aios_status,
    ChecklistStatus: labels.checklist_status,
    CompetencyArea: labels.competency,
    GoalStatus: labels.goal_status,
    MeetingStatus: labels.meeting_status,
    Role: labels.role,
}


def _row(error: UnknownValue) -> str:
    """What the row is, in the words of the screen that shows it."""
    c = error.context
    key = str(c.get("template_key", ""))
    if error.table == "checklist_item":
        if key.startswith("trainer."):
            return Q.translate("Unreadable", "A ticked item under My obligations")
        if key.startswith("review."):
            return Q.translate("Unreadable", "A finding of the portfolio review")
        title = c.get("title") or key
        return Q.translate("Unreadable", "The portfolio item “{title}”").format(title=title)
    if error.table == "trainer_event":
        return Q.translate("Unreadable", "An event recorded under My obligations")
    return {
        "aios": Q.translate("Unreadable", "A trainee"),
        "meeting": Q.translate("Unreadable", "A meeting"),
        "agreement": Q.translate("Unreadable", "An agreement"),
        "learning_goal": Q.translate("Unreadable", "A learning goal"),
        "placement": Q.translate("Unreadable", "A placement"),
        "interruption": Q.translate("Unreadable", "An interruption of the training"),
        "statement": Q.translate("Unreadable", "A quarterly statement"),
        "profile": Q.translate("Unreadable", "The profile"),
        "hour_category": Q.translate("Unreadable", "An hour category"),
    }.get(error.table, Q.translate("Unreadable", "A row in the data file"))


def _field(name: str) -> str:
    return {
        "status": Q.translate("Unreadable", "status"),
        "kind": Q.translate("Unreadable", "kind"),
        "role": Q.translate("Unreadable", "role"),
        "owner": Q.translate("Unreadable", "owner"),
        "competency": Q.translate("Unreadable", "competency area"),
        "setting": Q.translate("Unreadable", "kind of placement"),
    }.get(name, name)


def _known(error: UnknownValue, extra: Mapping[type[Enum], Callable[[Any], str]]) -> str:
    name = {**LABELS, **extra}.get(error.enum)
    values = [error.enum(v) for v in error.allowed]
    return ", ".join(name(v) if name is not None else str(v.value) for v in values)


def unreadable_text(
    error: UnknownValue,
    names: Mapping[int, str] | None = None,
    extra: Mapping[type[Enum], Callable[[Any], str]] | None = None,
) -> str:
    """One line per row: which row, which field, the stored value, the known ones.

    ``names`` gives the aios names by id."""
    where = _row(error)
    whose = (names or {}).get(error.context.get("aios_id"))  # type: ignore[arg-type]
    if whose:
        where = Q.translate("Unreadable", "{row} of {name}").format(row=where, name=whose)
    day = error.context.get("day") or error.context.get("date")
    if day is not None and hasattr(day, "isoformat"):
        where = Q.translate("Unreadable", "{row}, dated {day}").format(row=where, day=format_date(day))
    return Q.translate("Unreadable", "{row} (row {id}): {field} “{value}” (known: {known})").format(
        row=where,
        id=error.row_id if error.row_id is not None else "?",
        field=_field(error.field),
        value=error.value,
        known=_known(error, extra or {}),
    )


def unreadable_intro(count: int) -> str:
    """The line above the rows: what is wrong with them and that nothing was changed."""
    return Q.translate(
        "Unreadable",
        "%n row(s) in the data file with a value this version of OpleiderDesk does not know: not shown "
        "or counted here, and kept in the file exactly as they are (a newer version may know them):",
        "",
        count,
    )
