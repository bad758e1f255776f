"""The hint an empty tab shows in place of its empty table: what to do first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def first_steps_label(text: str, object_name: str) -> QLabel:
    """A wrapped rich-text hint, hidden until the tab finds it has nothing to show."""
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setContentsMargins(8, 8, 8, 8)
    label.hide()
    return label
