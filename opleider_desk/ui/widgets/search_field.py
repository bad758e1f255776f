"""The search box of a list: its placeholder whole, a clear button and a name to be read by."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit


def search_field(placeholder: str, name: str) -> QLineEdit:
    field = QLineEdit()
    field.setPlaceholderText(placeholder)
    # In a full bar a box without a minimum shrinks to "Z…" (the hours) or "Search tr…" (the aios).
    field.setMinimumWidth(field.fontMetrics().horizontalAdvance(placeholder) + 40)
    field.setClearButtonEnabled(True)
    field.setAccessibleName(name)  # a placeholder is no name
    return field
