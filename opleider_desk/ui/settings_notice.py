"""Saying that the settings file is from a newer OpleiderDesk and is left alone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import APP_NAME
from ..settings import Settings


def newer_settings_text(settings: Settings) -> str:
    return Q.translate(
        "SettingsNotice",
        "The settings file was written by a newer version of OpleiderDesk. This version "
        "leaves it as it is and starts with its own defaults; what you change now is not "
        "kept. Your data file is not affected.\n\n{path}",
    ).format(path=settings.path)


def show_newer_settings_notice(parent: QWidget, settings: Settings) -> QMessageBox | None:
    """A message that does not block, when the settings were refused; else None."""
    if settings.newer_version is None:
        return None
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, newer_settings_text(settings), parent=parent)
    box.setObjectName("newerSettings")
    box.open()
    return box
