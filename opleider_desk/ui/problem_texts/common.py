"""Problem sentences shared by every form: required fields, dates, numbers."""

from PySide6.QtCore import QCoreApplication as Q

TEXTS = {
    "required": lambda p: Q.translate("Problem", "This field is required."),
    "date.invalid": lambda p: Q.translate(
        "Problem", "Not a valid date. Type it as dd-mm-yyyy, for example 12-03-2026."
    ),
}
