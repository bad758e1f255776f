"""Every "save as" of a document: starts in the last folder used, then says where it went.

Reading a document in (a CSV file of hours) starts in that folder too, and moves it.

The folder is remembered in the user's settings (``LAST_SAVE_FOLDER``), one for
all documents: a trainer keeps their PDFs, CSVs and calendars together. The
data file's own dialogs (new, open, restore) are not documents and keep theirs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from ...settings import LAST_SAVE_FOLDER, Settings

_settings: Settings | None = None


def remember_in(settings: Settings) -> None:
    """The main window hands over its settings once; until then a default Settings is used."""
    global _settings
    _settings = settings


def _store() -> Settings:
    global _settings
    if _settings is None:
        _settings = Settings()
    return _settings


def user_settings() -> Settings:
    """The settings the main window handed over (also where window and column sizes are kept)."""
    return _store()


def last_folder() -> Path | None:
    folder = _store().get(LAST_SAVE_FOLDER)
    return Path(folder) if folder and Path(folder).is_dir() else None


def document_folder() -> Path:
    """Where a document dialog starts: the last folder used, else the user's documents.

    Never the working directory: started from a menu that is wherever the desktop
    happened to be, from a terminal the program's own folder."""
    folder = last_folder()
    if folder is not None:
        return folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(path: Path) -> None:
    """The folder of a document just saved or read: the next dialog starts there."""
    _store().set(LAST_SAVE_FOLDER, str(path.parent))


def ask_save_path(
    parent: QWidget | None, title: str, suggested_name: str, file_filter: str, *, suffix: str = ""
) -> Path | None:
    """The chosen path (with ``suffix`` added when the user left it off), or None when cancelled."""
    start = str(document_folder() / suggested_name)
    from ..safety import file_dialogs  # looked up here, so a test can stand in for the dialog

    chosen, _ = file_dialogs.save_file_name(parent, title, start, file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    if suffix and path.suffix.lower() != suffix.lower():
        path = path.with_name(path.name + suffix)
    remember_folder(path)
    return path


def show_saved(parent: QWidget, path: Path, *, title: str | None = None) -> QMessageBox:
    """Says the file was saved and offers to open it or its folder; does not block."""
    box = QMessageBox(parent)
    box.setObjectName("savedNotice")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title or parent.windowTitle())
    box.setText(Q.translate("SaveFile", "Saved as {file}.").format(file=path.name))
    box.setInformativeText(Q.translate("SaveFile", "In the folder {folder}").format(folder=path.parent))
    open_file = box.addButton(Q.translate("SaveFile", "&Open file"), QMessageBox.ButtonRole.AcceptRole)
    open_folder = box.addButton(Q.translate("SaveFile", "Open &folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(open_file)

    def clicked(button) -> None:
        if button is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif button is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    box.buttonClicked.connect(clicked)
    box.open()
    return box
