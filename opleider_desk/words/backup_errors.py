"""Sentences for backups that could not be made or used (window and command line)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q

from ..storage.backup import BackupError


def backup_error_text(error: BackupError) -> str:
    path = str(error.path)
    if error.code == "backup.damaged":
        return Q.translate("BackupError", "The backup {path} is damaged and cannot be used.").format(
            path=path
        )
    if error.code == "backup.newer":
        return Q.translate(
            "BackupError",
            "The backup {path} was made by a newer version of OpleiderDesk. "
            "Install the newest version to restore it.",
        ).format(path=path)
    if error.code == "backup.source_damaged":
        return Q.translate(
            "BackupError",
            "The data file {path} failed SQLite's full integrity check, so no backup was made "
            "(it would copy the damage over your sound backups). Restore the newest sound backup.",
        ).format(path=path)
    if error.code == "backup.other_passphrase":
        return Q.translate(
            "BackupError",
            "The backup {path} was made before the passphrase was changed: it is not damaged, "
            "and opens with the passphrase the file had then.",
        ).format(path=path)
    if error.code == "backup.unreadable":
        return Q.translate("BackupError", "The file {path} is not an OpleiderDesk backup.").format(path=path)
    if error.code == "backup.target_in_use":
        return Q.translate(
            "BackupError",
            "The data file {path} is open in another OpleiderDesk window. "
            "Close it there first, then restore.",
        ).format(path=path)
    return Q.translate("BackupError", "The backup {path} could not be written ({detail}).").format(
        path=path, detail=error.detail
    )
