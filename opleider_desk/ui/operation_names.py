"""Names of operations for Undo/Redo and the audit log view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q

from ..storage.services import aios, profile, statements


def operation_name(op: str) -> str:
    names = {
        aios.ADD_AIOS: Q.translate("Operation", "add aios"),
        aios.UPDATE_AIOS: Q.translate("Operation", "edit aios"),
        aios.SET_AIOS_STATUS: Q.translate("Operation", "change aios status"),
        aios.DELETE_AIOS: Q.translate("Operation", "delete aios"),
        profile.SAVE_PROFILE: Q.translate("Operation", "edit profile"),
        statements.SIGN_STATEMENT: Q.translate("Operation", "mark statement as signed"),
        statements.UNLOCK_STATEMENT: Q.translate("Operation", "unlock quarter"),
    }
    return names.get(op, op)
