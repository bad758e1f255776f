"""The window's side of backups: automatic ones, 'make a backup now', restoring,
and what to do when a file will not open (damaged, or in use elsewhere)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import QMessageBox

from ... import APP_NAME
from ...backup_settings import backup_folder, backup_interval, rotation_policy
from ...settings import BACKUP_AUTOMATIC, Settings
from ...storage.backup import (
    BackupError,
    backup_if_due,
    make_backup,
    newest_good_backup,
    restore,
    rotate,
)
from ...words.backup_errors import backup_error_text
from .restore_dialog import backup_row, confirm_restore, format_moment

if TYPE_CHECKING:
    from ..file_window import FileWindow


def auto_backup_job(
    settings: Settings, path: Path, passphrase: str | None = None
) -> Callable[[], str | None]:
    """The backup on opening and closing, with the settings read now and the copying left
    to the caller: the job touches no Qt object, so the window runs it on a worker thread.

    It returns a sentence if it failed: a failed automatic backup must not stop the
    trainer from working, so it is reported in the status bar instead of a dialog.
    Half-written backups of an earlier, killed session (they hold personal data) go first.
    """
    from ...storage.backup import remove_leftovers

    folder, automatic = backup_folder(settings), settings.get(BACKUP_AUTOMATIC)
    interval, policy = backup_interval(settings), rotation_policy(settings)

    def job() -> str | None:
        remove_leftovers(folder, path)
        if not automatic:
            return None
        try:
            backup_if_due(path, folder, interval, policy, passphrase=passphrase)
        except BackupError as exc:
            return backup_error_text(exc)
        return None

    return job


def backup_now(window: FileWindow) -> Path | None:
    if window.context is None:
        return None
    path = window.context.store.path
    folder = backup_folder(window.settings)
    try:
        made = make_backup(path, folder, passphrase=window.context.store.database.passphrase)
    except BackupError as exc:
        QMessageBox.warning(window, APP_NAME, backup_error_text(exc))
        return None
    rotate(folder, path, rotation_policy(window.settings))
    window.statusBar().showMessage(Q.translate("Backups", "Backup written: {path}").format(path=made), 8000)
    return made


def restore_into(window: FileWindow, backup: Path, data_path: Path, passphrase: str | None = None) -> bool:
    """Close whatever is open, put ``backup`` in place, reopen and log the restore.

    An encrypted file's backups carry its passphrase; ``passphrase`` defaults
    to that of the open file.
    """
    from ...storage.services.audit import AuditService

    if passphrase is None and window.context is not None:
        passphrase = window.context.store.database.passphrase
    window.close_store(backup=False)
    try:
        kept = restore(backup, data_path, backup_folder(window.settings), passphrase=passphrase)
    except BackupError as exc:
        QMessageBox.warning(window, APP_NAME, backup_error_text(exc))
        window.open_store(data_path, passphrase=passphrase)
        return False
    if not window.open_store(data_path, passphrase=passphrase) or window.context is None:
        return False
    window.context.service(AuditService).record_restore(backup.name, kept.name if kept else None)
    window.statusBar().showMessage(
        Q.translate("Backups", "Backup restored. The previous file was kept as {name}.").format(
            name=kept.name if kept else "—"
        ),
        10000,
    )
    return True


def choose_and_restore(window: FileWindow) -> None:
    from .restore_dialog import RestoreDialog

    if window.context is None or window.context.store.read_only:
        return
    data_path = window.context.store.path
    passphrase = window.context.store.database.passphrase
    dialog = RestoreDialog(backup_folder(window.settings), data_path, window, passphrase)
    if dialog.exec() and dialog.chosen is not None:
        restore_into(window, dialog.chosen, data_path)


def offer_backup_for_damaged(
    window: FileWindow, data_path: Path, message: str, passphrase: str | None = None
) -> bool:
    """The file is damaged: offer the newest sound backup. True if it was restored."""
    good = newest_good_backup(backup_folder(window.settings), data_path, passphrase)
    if good is None:
        QMessageBox.critical(
            window,
            APP_NAME,
            message + "\n\n" + Q.translate("Backups", "No usable backup of this file was found."),
        )
        return False
    row = backup_row(good, passphrase)
    question = Q.translate("Backups", "The newest usable backup was made on {when}. Restore it now?").format(
        when=format_moment(good.taken_at)
    )
    answer = QMessageBox.critical(
        window,
        APP_NAME,
        message + "\n\n" + question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes or not confirm_restore(window, row):
        return False
    return restore_into(window, good.path, data_path, passphrase)


def ask_read_only(window: FileWindow, message: str) -> bool:
    answer = QMessageBox.question(
        window,
        APP_NAME,
        message + "\n\n" + Q.translate("Backups", "Open it read-only, to look without changing anything?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
