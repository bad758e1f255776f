"""Problem sentences for the aios and profile forms."""

from PySide6.QtCore import QCoreApplication as Q

TEXTS = {
    "text.too_long": lambda p: Q.translate(
        "Problem", "This text is too long (at most {max} characters)."
    ).format(**p),
    "aios.end_before_start": lambda p: Q.translate(
        "Problem", "The expected end date must be after the start date."
    ),
    "aios.part_time_range": lambda p: Q.translate(
        "Problem", "The part-time percentage must be between {min} and {max} %."
    ).format(**p),
    "aios.training_year_range": lambda p: Q.translate("Problem", "The training year is 1, 2 or 3."),
    "aios.gone": lambda p: Q.translate(
        "Problem", "This trainee no longer exists; it may have been deleted meanwhile."
    ),
    "profile.opleider_required": lambda p: Q.translate(
        "Problem", "As a practice supervisor, enter the name of the trainer who co-signs."
    ),
    "profile.fte_range": lambda p: Q.translate(
        "Problem", "Enter the GP capacity as a percentage of one FTE, e.g. 180 for 1.8 FTE."
    ),
    "number.negative": lambda p: Q.translate("Problem", "The number cannot be negative."),
}
