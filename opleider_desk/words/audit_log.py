"""The audit log's rows in the user's words: what a row is ("Gesprek: voortgangsgesprek
12-03-2026"), each field's name ("Competentie"), and each value (enum values by their
label, row ids by what they stand for, dates as the user writes them).

The log stores the columns as they were written (``storage/change_audit.py``);
this is the one place that names them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication as Q

from ..domain.durations import format_minutes
from ..domain.enums import (
    AgreementOwner,
    AgreementStatus,
    CompetencyArea,
    GoalStatus,
    MeetingStatus,
    StatementStatus,
)
from ..storage.services.audit import AuditNames
from . import labels
from .formatting import format_date, format_quarter
from .statements import meeting_kind_name

#: Bookkeeping a trainer never needs to read: the row's own number, calendar and hash plumbing.
HIDDEN = frozenset({"id", "uid", "sequence", "content_sha256", "current_step"})


def _statement_status(value: StatementStatus) -> str:
    return {
        StatementStatus.DRAFT: Q.translate("AuditLog", "Draft"),
        StatementStatus.SIGNED: Q.translate("AuditLog", "Signed"),
        StatementStatus.UNLOCKED: Q.translate("AuditLog", "Unlocked"),
    }[value]


#: The enum behind each status column, per table.
_STATUS: dict[str, tuple[type, Callable[[Any], str]]] = {
    "meeting": (MeetingStatus, labels.meeting_status),
    "agreement": (AgreementStatus, labels.agreement_status),
    "learning_goal": (GoalStatus, labels.goal_status),
    "statement": (StatementStatus, _statement_status),
}


def table_name(table: str) -> str:
    return {
        "aios": Q.translate("AuditLog", "Trainee"),
        "backup": Q.translate("AuditLog", "Backup"),
        "statement": Q.translate("AuditLog", "Quarterly statement"),
        "meeting": Q.translate("AuditLog", "Meeting"),
        "hour_entry": Q.translate("AuditLog", "Hour entry"),
        "agreement": Q.translate("AuditLog", "Agreement"),
        "learning_goal": Q.translate("AuditLog", "Learning goal"),
        "attachment": Q.translate("AuditLog", "Attached file"),
        "checklist_item": Q.translate("AuditLog", "Portfolio item"),
    }.get(table, Q.translate("AuditLog", "Other"))


def field_name(table: str, column: str) -> str:
    if table == "learning_goal" and column == "statement":
        return Q.translate("AuditLog", "Learning goal")
    if table == "meeting" and column == "answers":
        return Q.translate("AuditLog", "Answers in the form")
    names = {
        "minutes": Q.translate("AuditLog", "Duration"),
        "day": Q.translate("AuditLog", "Date"),
        "description": Q.translate("AuditLog", "Description"),
        "category_id": Q.translate("AuditLog", "Category"),
        "aios_id": Q.translate("AuditLog", "Trainee"),
        "status": Q.translate("AuditLog", "Status"),
        "signed_on": Q.translate("AuditLog", "Signed on"),
        "verification_code": Q.translate("AuditLog", "Verification code"),
        "answers": Q.translate("AuditLog", "Answers"),
        "verdict": Q.translate("AuditLog", "Verdict"),
        "verdict_explanation": Q.translate("AuditLog", "Explanation of the verdict"),
        "text": Q.translate("AuditLog", "Agreement"),
        "kind": Q.translate("AuditLog", "Kind"),
        "title": Q.translate("AuditLog", "Title"),
        "planned_at": Q.translate("AuditLog", "Planned for"),
        "held_on": Q.translate("AuditLog", "Held on"),
        "duration_minutes": Q.translate("AuditLog", "Duration"),
        "location": Q.translate("AuditLog", "Location"),
        "participants": Q.translate("AuditLog", "Participants"),
        "agenda": Q.translate("AuditLog", "Agenda"),
        "report_text": Q.translate("AuditLog", "Report"),
        "year": Q.translate("AuditLog", "Year"),
        "quarter": Q.translate("AuditLog", "Quarter"),
        "signed_paper": Q.translate("AuditLog", "Signed contents"),
        "meeting_id": Q.translate("AuditLog", "Meeting"),
        "owner": Q.translate("AuditLog", "Who"),
        "due_date": Q.translate("AuditLog", "Due"),
        "done_on": Q.translate("AuditLog", "Done on"),
        "competency": Q.translate("AuditLog", "Competency"),
        "activities": Q.translate("AuditLog", "Activities"),
        "deadline": Q.translate("AuditLog", "Deadline"),
        "assessment": Q.translate("AuditLog", "Assessment"),
        "set_in_meeting_id": Q.translate("AuditLog", "Set in meeting"),
        "evaluated_in_meeting_id": Q.translate("AuditLog", "Evaluated in meeting"),
        "created_on": Q.translate("AuditLog", "Written on"),
        "created_at": Q.translate("AuditLog", "Made on"),
        "updated_at": Q.translate("AuditLog", "Changed on"),
    }
    return names.get(column, Q.translate("AuditLog", "Other field"))


def meeting_name(meeting_id: Any, names: AuditNames) -> str:
    found = names.meetings.get(meeting_id) if isinstance(meeting_id, int) else None
    if found is None:
        return Q.translate("AuditLog", "meeting {id} (since deleted)").format(id=meeting_id)
    kind, day = found
    return f"{meeting_kind_name(kind)} {format_date(day)}" if day else meeting_kind_name(kind)


def _enum(enum_cls: type, label: Callable[[Any], str], value: Any) -> str:
    try:
        return label(enum_cls(value))
    except ValueError:  # a value this version does not know: shown as stored
        return str(value)


def _date(value: Any) -> str:
    if isinstance(value, str):
        try:
            if len(value) > 10:
                moment = datetime.fromisoformat(value)
                return f"{format_date(moment.date())} {moment:%H:%M}"
            return format_date(date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def _minutes(value: Any) -> str:
    if not isinstance(value, int):
        return str(value)
    return Q.translate("AuditLog", "{duration} h").format(duration=format_minutes(value))


_DATES = frozenset(
    {"day", "signed_on", "planned_at", "held_on", "due_date", "done_on", "deadline", "created_on"}
)


def value_text(table: str, column: str, value: Any, names: AuditNames) -> str:
    if value in (None, ""):
        return "—"
    if column == "aios_id":
        return names.aios.get(value) or Q.translate("AuditLog", "trainee {id} (since erased)").format(
            id=value
        )
    if column in ("meeting_id", "set_in_meeting_id", "evaluated_in_meeting_id"):
        return meeting_name(value, names)
    if column == "category_id":
        key, own = names.categories.get(value, (None, ""))
        return labels.category(key, own) if key or own else str(value)
    if column == "status" and table in _STATUS:
        return _enum(*_STATUS[table], value)
    if column == "competency":
        return _enum(CompetencyArea, labels.competency, value)
    if column == "owner":
        return _enum(AgreementOwner, labels.agreement_owner, value)
    if column == "kind" and table == "meeting":
        return meeting_kind_name(str(value))
    if column in _DATES:
        return _date(value)
    if column in ("minutes", "duration_minutes"):
        return _minutes(value)
    if column == "quarter" and isinstance(value, str):
        return format_quarter(value)
    if isinstance(value, bool):
        return Q.translate("AuditLog", "yes") if value else Q.translate("AuditLog", "no")
    if column == "signed_paper" and isinstance(value, dict) and isinstance(value.get("total_minutes"), int):
        return Q.translate("AuditLog", "{duration} h in total").format(
            duration=format_minutes(value["total_minutes"])
        )
    if column == "answers" and isinstance(value, dict):
        return Q.translate("AuditLog", "%n answer(s)", "", len(value))
    if isinstance(value, dict):
        return Q.translate("AuditLog", "%n field(s)", "", len(value))
    if isinstance(value, list):
        # Agenda points and participants are stored as small records: their words only.
        return _short(", ".join(_item(v) for v in value))
    return _short(str(value))


def _item(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("text") or value.get("name") or "")
    return str(value)


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "…"


def row_name(table: str, entity_id: Any, image: dict[str, Any], names: AuditNames) -> str:
    """ "Gesprek: voortgangsgesprek 12-03-2026", "Afspraak van Sanne de Vries": what the row is."""
    what = table_name(table)
    if table == "meeting" and entity_id is not None:
        return f"{what}: {meeting_name(entity_id, names)}"
    if table == "aios" and isinstance(entity_id, int) and entity_id in names.aios:
        return f"{what}: {names.aios[entity_id]}"
    aios_id = image.get("aios_id")
    whose = names.aios.get(aios_id) if isinstance(aios_id, int) else None
    if table == "hour_entry" and image.get("day"):
        return f"{what}: {_date(image['day'])}" + (f", {whose}" if whose else "")
    if whose:
        return Q.translate("AuditLog", "{what} of {name}").format(what=what, name=whose)
    return what


def _pairs(table: str, values: dict[str, Any], names: AuditNames) -> str:
    if isinstance(values.get("year"), int) and isinstance(values.get("quarter"), int):
        # A statement's year and quarter are one thing to the reader: "K2 2026".
        year = values["year"]
        values = {k: v for k, v in values.items() if k != "year"}
        values["quarter"] = f"{year}-Q{values['quarter']}"
    return ", ".join(
        f"{field_name(table, k)}: {value_text(table, k, v, names)}"
        for k, v in values.items()
        if k not in HIDDEN and v not in (None, "", [], {})
    )


def row_change_text(details: dict[str, Any], names: AuditNames) -> str:
    table = str(details.get("table", ""))
    change = details.get("change")
    if change == "bulk":
        return Q.translate("AuditLog", "%n row(s) at once", "", int(details.get("count", 0)))
    if change == "added":
        return Q.translate("AuditLog", "added: {values}").format(
            values=_pairs(table, details.get("new", {}), names)
        )
    if change == "deleted":
        return Q.translate("AuditLog", "deleted: {values}").format(
            values=_pairs(table, details.get("old", {}), names)
        )
    return "; ".join(
        f"{field_name(table, name)}: {value_text(table, name, old, names)} → "
        f"{value_text(table, name, new, names)}"
        for name, (old, new) in details.get("fields", {}).items()
        if name not in HIDDEN
    )
