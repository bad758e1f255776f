"""File ▸ Export all data: the same JSON document as ``opleider-desk export --json``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import QMessageBox

from .file_dialogs import save_file_name

if TYPE_CHECKING:
    from ..file_window import FileWindow


def suggested_name(data_path: Path) -> str:
    from ...words.file_names import file_name

    return file_name(data_path.stem, Q.translate("Transfer", "export"), suffix=".json")


def export_all(window: FileWindow, path: str | None = None) -> Path | None:
    """Ask where, write the export user-only, say where it went; None when not written."""
    from ...storage.file_ops import write_private
    from ...storage.json_transfer import export_json

    if window.context is None:
        return None
    store = window.context.store
    title = Q.translate("Transfer", "Export all data")
    if path is None:
        path, _ = save_file_name(
            window, title, suggested_name(store.path), Q.translate("Transfer", "JSON files (*.json)")
        )
    if not path:
        return None
    target = Path(path)
    try:
        write_private(target, export_json(store))
    except OSError as exc:
        QMessageBox.warning(
            window,
            title,
            Q.translate("Transfer", "The file could not be saved: {reason}").format(
                reason=exc.strerror or exc
            ),
        )
        return None
    window.statusBar().showMessage(
        Q.translate("Transfer", "Everything in the data file was exported to {path}.").format(path=target),
        8000,
    )
    return target
