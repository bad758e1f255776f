"""Asking before a dialog throws away what the user typed (Esc, Cancel, the close button)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def widget_state(widgets: Iterable[QWidget]) -> tuple[Any, ...]:
    """What the user can have changed in these widgets, to compare with a later state."""
    values: list[Any] = []
    for widget in widgets:
        if isinstance(widget, QLineEdit):
            values.append(widget.text())
        elif isinstance(widget, QComboBox):
            values.append((widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, QAbstractSpinBox):
            values.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            values.append(widget.toPlainText())
        elif isinstance(widget, QAbstractButton):
            values.append(widget.isChecked())
        else:
            values.append(None)
    return tuple(values)


def confirm_discard(parent: QWidget, question: str | None = None) -> bool:
    """True when the user chooses to throw away the typing; Cancel (the default) keeps it."""
    answer = QMessageBox.question(
        parent,
        parent.windowTitle(),
        question or Q.translate("Unsaved", "Discard what you typed?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


_INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractButton)


def _inputs(dialog: QWidget) -> list[QWidget]:
    """The fields of a form dialog, in a fixed order (not the line edit inside a spin box)."""
    return [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, _INPUTS)
        and (not isinstance(w, QAbstractButton) or w.isCheckable())
        and not isinstance(w.parent(), QAbstractSpinBox | QComboBox)
    ]


class DiscardGuard:
    """What a form dialog's fields held when it opened; asks before Esc or Cancel drops a change.

    For dialogs that are one form saved at once (profile, settings, norms); a dialog
    whose fields are filled from a list keeps its own "clean" state instead."""

    def __init__(self, dialog: QWidget, question: str | None = None):
        self.dialog = dialog
        self.question = question
        self.mark_clean()

    def mark_clean(self) -> None:
        self._clean = widget_state(_inputs(self.dialog))

    def changed(self) -> bool:
        return widget_state(_inputs(self.dialog)) != self._clean

    def may_close(self) -> bool:
        return not self.changed() or confirm_discard(self.dialog, self.question)
