"""How a due item reads and looks: its name, a sentence with its numbers, a colour.

Shared by the aios overview's "next due" column and its "open items" list.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QColor

from ..domain.due import DueItem, DueKind, DueStatus
from ..domain.durations import format_minutes
from .formatting import format_date
from .widgets.tones import Tone, tone

_TONES = {"OVERDUE_COLOUR": Tone.BAD, "DUE_SOON_COLOUR": Tone.WARN, "OK_COLOUR": Tone.GOOD}


def __getattr__(name: str) -> QColor:
    # OVERDUE_COLOUR and friends follow the palette (dark mode): computed when asked for.
    if name in _TONES:
        return tone(_TONES[name])
    raise AttributeError(name)


def status_colour(status: DueStatus) -> QColor:
    if status is DueStatus.OVERDUE:
        return tone(Tone.BAD)
    if status is DueStatus.DUE_SOON:
        return tone(Tone.WARN)
    return tone(Tone.GOOD)


def status_name(status: DueStatus) -> str:
    return {
        DueStatus.OVERDUE: Q.translate("Due", "Overdue"),
        DueStatus.DUE_SOON: Q.translate("Due", "Due soon"),
        DueStatus.UPCOMING: Q.translate("Due", "Upcoming"),
        DueStatus.OK: Q.translate("Due", "On track"),
    }[status]


def kind_name(kind: DueKind) -> str:
    return {
        DueKind.VOORTGANGSGESPREK: Q.translate("Due", "Progress meeting"),
        DueKind.GESCHIKTHEIDSBEOORDELING: Q.translate("Due", "Suitability assessment"),
        DueKind.EINDGESPREK: Q.translate("Due", "Final meeting"),
        DueKind.KPB: Q.translate("Due", "KPB"),
        DueKind.COACHINGSGESPREK: Q.translate("Due", "Coaching talk"),
        DueKind.SUPERVISION_RECENT: Q.translate("Due", "Supervision, recent weeks"),
        DueKind.SUPERVISION_YEAR: Q.translate("Due", "Supervision, this year"),
        DueKind.AGREEMENT: Q.translate("Due", "Agreement"),
        DueKind.LEOH: Q.translate("Due", "LEOh"),
        DueKind.END_DATE_PASSED: Q.translate("Due", "Expected end date passed"),
    }[kind]


def short_text(item: DueItem) -> str:
    """For the overview column: what and when."""
    return f"{kind_name(item.kind)} · {format_date(item.due_date)}"


def details(item: DueItem, agreement_text: str = "") -> str:
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
        return Q.translate("Due", "Extend the training or archive the aios")
    if "planned_on" in p:
        return Q.translate("Due", "Planned on {day}").format(day=format_date(p["planned_on"]))
    return Q.translate("Due", "Not planned yet")
