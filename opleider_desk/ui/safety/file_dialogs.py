"""The program's file dialogs: they list a folder without opening the files in it.

SQLite holds POSIX record locks on the open data file, and POSIX drops every
lock a process holds on a file as soon as *any* descriptor of that file in
the process is closed. Qt's dialog asks ``QMimeDatabase`` for the type (and,
with some icon themes, the icon) of each file it lists, and that sniffs the
file's first bytes: it opens and closes the data file when the dialog shows
the folder that holds it (seen with ``strace``: ``openat(…/data.sqlite,
O_RDONLY)`` right after ``/usr/share/mime/mime.cache``). Another process
then believes it is alone with the file, checkpoints and deletes the WAL the
window is still writing to, and what is written after that is lost in a
crash.

So every dialog of the program is made here, with an icon provider that
goes by the file *name* only, and as Qt's own dialog: the desktop's dialog
(GTK on Linux, the panel on macOS) runs inside this process too and may sniff
files we cannot stop it from opening. On Windows file locks belong to the
handle, not the process, so the system dialog is kept there.
``tests/ui/test_file_dialogs.py`` checks that no module calls
``QFileDialog`` itself.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP, QFileInfo, QMimeDatabase
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget

# Words of Qt's own file dialog that Qt's Dutch catalogue (qtbase_nl.qm) lacks: Qt 6 put access
# keys into these labels and the catalogue still has only the old spelling, so they came out in
# English in the Dutch interface. Listed for lupdate (nothing calls this), in Qt's own context,
# our translator fills the gap: Qt asks every installed translator until one answers.
QT_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
)


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from the file name; never reads a file's content."""

    def __init__(self) -> None:
        super().__init__()
        self._mimes = QMimeDatabase()
        self.setOptions(QFileIconProvider.Option.DontUseCustomDirectoryIcons)

    def _mime(self, info: QFileInfo):
        return self._mimes.mimeTypeForFile(info.fileName(), QMimeDatabase.MatchMode.MatchExtension)

    def icon(self, what):
        if not isinstance(what, QFileInfo):
            return super().icon(what)
        if what.isDir():
            return super().icon(QFileIconProvider.IconType.Folder)
        mime = self._mime(what)
        themed = QIcon.fromTheme(mime.iconName(), QIcon.fromTheme(mime.genericIconName()))
        return themed if not themed.isNull() else super().icon(QFileIconProvider.IconType.File)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return super().type(info)
        return self._mime(info).comment()


_provider: NameOnlyIconProvider | None = None


def icon_provider() -> NameOnlyIconProvider:
    global _provider
    if _provider is None:  # needs the application; one for the whole session
        _provider = NameOnlyIconProvider()
    return _provider


def make_dialog(parent: QWidget | None, caption: str, directory: str = "", filter: str = "") -> QFileDialog:
    dialog = QFileDialog(parent, caption, directory, filter)
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setIconProvider(icon_provider())
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    try:
        return dialog.selectedFiles() if dialog.exec() else []
    finally:
        dialog.deleteLater()


def save_file_name(
    parent: QWidget | None, caption: str, directory: str = "", filter: str = ""
) -> tuple[str, str]:
    dialog = make_dialog(parent, caption, directory, filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    chosen = _run(dialog)
    return (chosen[0], dialog.selectedNameFilter()) if chosen else ("", "")


def open_file_name(
    parent: QWidget | None, caption: str, directory: str = "", filter: str = ""
) -> tuple[str, str]:
    dialog = make_dialog(parent, caption, directory, filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    chosen = _run(dialog)
    return (chosen[0], dialog.selectedNameFilter()) if chosen else ("", "")


def open_file_names(
    parent: QWidget | None, caption: str, directory: str = "", filter: str = ""
) -> tuple[list[str], str]:
    dialog = make_dialog(parent, caption, directory, filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    chosen = _run(dialog)
    return (chosen, dialog.selectedNameFilter()) if chosen else ([], "")


def existing_directory(parent: QWidget | None, caption: str, directory: str = "") -> str:
    dialog = make_dialog(parent, caption, directory)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = _run(dialog)
    return chosen[0] if chosen else ""
