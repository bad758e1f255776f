"""Problem sentences for the safety area: a file opened read-only, passphrases."""

from PySide6.QtCore import QCoreApplication as Q

TEXTS = {
    "file.read_only": lambda p: Q.translate(
        "Problem",
        "This data file is open read-only because another OpleiderDesk window is using it. "
        "Close that window and open the file again to make changes.",
    ),
    "file.damaged": lambda p: Q.translate(
        "Problem",
        "The check after opening found this data file damaged, so nothing more is written to it. "
        "Restore a backup with File ▸ Restore a backup….",
    ),
    "passphrase.wrong": lambda p: Q.translate("Problem", "This is not the current passphrase."),
    "passphrase.too_short": lambda p: Q.translate(
        "Problem", "Use at least {min} characters; a short sentence is easy to remember."
    ).format(**p),
    "passphrase.mismatch": lambda p: Q.translate("Problem", "The two passphrases are not the same."),
}
