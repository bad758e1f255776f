"""Names of operations for Undo/Redo and the audit log view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q

from ..storage import privacy
from ..storage.services import aios, audit, profile


def operation_name(op: str) -> str:
    names = {
        aios.ADD_AIOS: Q.translate("Operation", "add aios"),
        aios.UPDATE_AIOS: Q.translate("Operation", "edit aios"),
        aios.SET_AIOS_STATUS: Q.translate("Operation", "change aios status"),
        aios.DELETE_AIOS: Q.translate("Operation", "delete aios"),
        profile.SAVE_PROFILE: Q.translate("Operation", "edit profile"),
        audit.RESTORE_BACKUP: Q.translate("Operation", "restore backup"),
        privacy.ERASE_AIOS: Q.translate("Operation", "erase aios (AVG)"),
    }
    return names.get(op, op)
