"""Problem sentences for checking a document's verification code."""

from PySide6.QtCore import QCoreApplication as Q

TEXTS = {
    "verification.invalid": lambda p: Q.translate(
        "Problem",
        "A verification code has {length} letters and digits, for example K7Q2-M9XD-4P.",
    ).format(**p),
}
