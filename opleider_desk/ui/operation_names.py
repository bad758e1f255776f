"""Names of operations for Undo/Redo and the audit log view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q

from ..storage.services import agreements, aios, goals, meetings, profile


def operation_name(op: str) -> str:
    names = {
        aios.ADD_AIOS: Q.translate("Operation", "add aios"),
        aios.UPDATE_AIOS: Q.translate("Operation", "edit aios"),
        aios.SET_AIOS_STATUS: Q.translate("Operation", "change aios status"),
        aios.DELETE_AIOS: Q.translate("Operation", "delete aios"),
        profile.SAVE_PROFILE: Q.translate("Operation", "edit profile"),
        meetings.PLAN_MEETING: Q.translate("Operation", "plan meeting"),
        meetings.UPDATE_MEETING: Q.translate("Operation", "edit meeting"),
        meetings.HOLD_MEETING: Q.translate("Operation", "hold meeting"),
        meetings.LOG_MEETING_HOURS: Q.translate("Operation", "log meeting as hours"),
        meetings.SAVE_MEETING_PROGRESS: Q.translate("Operation", "save meeting notes"),
        meetings.SIGN_MEETING: Q.translate("Operation", "mark report as signed"),
        meetings.DELETE_MEETING: Q.translate("Operation", "delete meeting"),
        agreements.ADD_AGREEMENT: Q.translate("Operation", "add agreement"),
        agreements.UPDATE_AGREEMENT: Q.translate("Operation", "edit agreement"),
        agreements.SET_AGREEMENT_STATUS: Q.translate("Operation", "change agreement status"),
        agreements.DELETE_AGREEMENT: Q.translate("Operation", "delete agreement"),
        goals.ADD_GOAL: Q.translate("Operation", "add learning goal"),
        goals.UPDATE_GOAL: Q.translate("Operation", "edit learning goal"),
        goals.DELETE_GOAL: Q.translate("Operation", "delete learning goal"),
    }
    return names.get(op, op)
