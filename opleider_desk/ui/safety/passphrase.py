"""Passphrases: asked when an encrypted file opens; set, changed or removed in
Bestand ▸ Versleuteling. The passphrase is never stored anywhere but in memory
while the file is open."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from ... import APP_NAME
from ...domain.problems import Problem
from ...storage.encryption import available
from ...storage.store import Store
from ..widgets.form_errors import FieldError, FormErrors
from ..widgets.remember import remember_size

if TYPE_CHECKING:
    from ..file_window import FileWindow

MIN_LENGTH = 8


def ask_passphrase(parent, path: Path, *, wrong: bool = False) -> str | None:
    """The passphrase the user types for ``path``; None when they cancel."""
    label = Q.translate("Passphrase", "The data file {name} is encrypted. Passphrase:").format(name=path.name)
    if wrong:
        label = (
            Q.translate("Passphrase", "That passphrase does not open the file. Try again.") + "\n\n" + label
        )
    text, ok = QInputDialog.getText(
        parent, Q.translate("Passphrase", "Encrypted data file"), label, QLineEdit.EchoMode.Password
    )
    return text if ok and text else None


def passphrase_problems(current: str | None, typed_current: str, new: str, repeat: str) -> list[Problem]:
    problems = []
    if current is not None and typed_current != current:
        problems.append(Problem("passphrase.wrong", "current"))
    if len(new) < MIN_LENGTH:
        problems.append(Problem("passphrase.too_short", "new", {"min": MIN_LENGTH}))
    elif new != repeat:
        problems.append(Problem("passphrase.mismatch", "repeat"))
    return problems


def change_encryption(window: FileWindow, old: str | None, new: str | None) -> bool:
    """Close the file, re-encrypt it, reopen it and back it up with its new protection."""
    from ...storage.database import DataFileError
    from ...storage.encryption import WrongPassphrase, database_errors, set_passphrase
    from ...words.file_errors import data_file_error_text
    from .backups import backup_now

    if window.context is None:
        return False
    failures: tuple[type[Exception], ...] = (OSError, *database_errors())
    path = window.context.store.path
    window.close_store()
    try:
        set_passphrase(path, old, new)
    except (WrongPassphrase, DataFileError) as exc:
        if isinstance(exc, DataFileError):
            QMessageBox.warning(window, APP_NAME, data_file_error_text(exc))
        window.open_store(path, passphrase=old)
        return False
    except failures as exc:
        # set_passphrase leaves the old file whole and removes its copy: say
        # so and open the file as it was, rather than leaving no file open.
        QMessageBox.warning(
            window,
            APP_NAME,
            Q.translate(
                "Encryption",
                "The protection of {path} could not be changed ({reason}); the file is unchanged. "
                "Close other programs that use it (a second window, a sync or virus scanner) "
                "and try again.",
            ).format(path=path, reason=getattr(exc, "strerror", None) or exc),
        )
        window.open_store(path, passphrase=old)
        return False
    if not window.open_store(path, passphrase=new):
        return False
    # The newest backup should carry the new protection straight away.
    backup_now(window)
    return True


class EncryptionDialog(QDialog):
    def __init__(self, window: FileWindow, store: Store):
        super().__init__(window)
        self.setObjectName("encryptionDialog")
        self.setWindowTitle(self.tr("Encryption"))
        self.main_window = window
        self.current = store.database.passphrase
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        if not available():
            missing = QLabel(
                self.tr(
                    "Encryption needs the optional SQLCipher package. Install OpleiderDesk "
                    "with the extra 'encryption' (pip install opleider-desk[encryption])."
                )
            )
            missing.setWordWrap(True)
            layout.addWidget(missing)
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            buttons.rejected.connect(self.reject)
            layout.addWidget(buttons)
            return
        state = (
            self.tr("This data file is encrypted.")
            if self.current is not None
            else self.tr(
                "This data file is not encrypted. With a passphrase, the file and its "
                "backups can only be read by someone who knows it."
            )
        )
        note = QLabel(
            state
            + "\n\n"
            + self.tr(
                "Keep the passphrase somewhere safe: without it nobody, not even the maker of "
                "OpleiderDesk, can open the file. Backups made before a change keep their old "
                "protection until they are rotated out."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.current_field = QLineEdit()
        self.new_field = QLineEdit()
        self.repeat_field = QLineEdit()
        errors = {}
        for key, field, label in (
            ("current", self.current_field, self.tr("&Current passphrase")),
            ("new", self.new_field, self.tr("&New passphrase")),
            ("repeat", self.repeat_field, self.tr("&Repeat")),
        ):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            if key == "current" and self.current is None:
                continue
            error = FieldError()
            box = QVBoxLayout()
            box.addWidget(field)
            box.addWidget(error)
            caption = QLabel(label)
            caption.setBuddy(field)
            form.addRow(caption, box)
            errors[key] = (field, error)
        general = FieldError()
        self.errors = FormErrors(errors, general)
        layout.addLayout(form)
        layout.addWidget(general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = QPushButton(
            self.tr("&Change passphrase") if self.current is not None else self.tr("&Encrypt")
        )
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.clicked.connect(self.apply)
        if self.current is not None:
            self.remove_button = QPushButton(self.tr("&Remove encryption"))
            buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
            self.remove_button.clicked.connect(self.remove)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        remember_size(self, "encryption")

    def apply(self) -> None:
        problems = passphrase_problems(
            self.current, self.current_field.text(), self.new_field.text(), self.repeat_field.text()
        )
        if problems:
            self.errors.show_and_focus(problems)
            self.adjustSize()  # make room for the messages
            return
        if change_encryption(self.main_window, self.current, self.new_field.text()):
            self.accept()

    def remove(self) -> None:
        if self.current_field.text() != self.current:
            self.errors.show([Problem("passphrase.wrong", "current")])
            self.adjustSize()
            return
        if change_encryption(self.main_window, self.current, None):
            self.accept()
