"""Problem sentences for the norm settings."""

from PySide6.QtCore import QCoreApplication as Q

TEXTS = {
    "norm.unknown": lambda p: Q.translate("Problem", "Unknown norm setting “{key}”.").format(**p),
    "norm.too_small": lambda p: Q.translate("Problem", "Must be at least {minimum}.").format(**p),
    "norm.too_large": lambda p: Q.translate("Problem", "Must be at most {maximum}.").format(**p),
    "norm.range_inverted": lambda p: Q.translate(
        "Problem", "The maximum cannot be below the minimum ({low})."
    ).format(**p),
}
