"""What the backup and encryption steps need of the window that holds the open file.

The main window is one; ``safety.backups`` and ``safety.passphrase`` take a
``FileWindow``, so they need not import the main window that imports them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

from ..settings import Settings

if TYPE_CHECKING:
    from .context import AppContext


class FileWindow(QMainWindow):
    context: AppContext | None
    settings: Settings

    def open_store(
        self, path: Path, *, demo: bool = False, read_only: bool = False, passphrase: str | None = None
    ) -> bool:
        raise NotImplementedError

    def close_store(self, *, backup: bool = True) -> None:
        raise NotImplementedError

    def show_status(self, text: str, msecs: int = 4000) -> None:
        self.statusBar().showMessage(text, msecs)
