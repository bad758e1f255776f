"""Problem sentences shared by every form: required fields, dates, numbers."""

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Problem", text)


TEXTS = {
    "required": lambda p: _tr("This field is required."),
    "date.invalid": lambda p: _tr("Not a valid date. Type it as dd-mm-yyyy, e.g. 12-03-2026."),
}
