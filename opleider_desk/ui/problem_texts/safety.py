"""Problem sentences for the safety area: a file opened read-only."""

from PySide6.QtCore import QCoreApplication as Q

TEXTS = {
    "file.read_only": lambda p: Q.translate(
        "Problem",
        "This data file is open read-only because another OpleiderDesk window is using it. "
        "Close that window and open the file again to make changes.",
    ),
}
