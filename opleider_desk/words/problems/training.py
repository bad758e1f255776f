"""Problem sentences for a training's placements and interruptions."""

from PySide6.QtCore import QCoreApplication as Q

TEXTS = {
    "placement.end_before_start": lambda p: Q.translate(
        "Problem", "Placement {row}: the last day cannot be before the first."
    ).format(**p),
    "placement.part_time_range": lambda p: Q.translate(
        "Problem", "Placement {row}: the part-time percentage must be between {min} and {max} %."
    ).format(**p),
    "placement.hlwp_range": lambda p: Q.translate(
        "Problem", "Placement {row}: the practice year is 1 or 2."
    ).format(**p),
    "placement.before_training": lambda p: Q.translate(
        "Problem", "Placement {row} starts before the training does."
    ).format(**p),
    "placement.after_training": lambda p: Q.translate(
        "Problem", "Placement {row} ends after the expected end of the training."
    ).format(**p),
    "placement.overlap": lambda p: Q.translate(
        "Problem", "Placement {row} overlaps another one; a placement starts after the previous one ends."
    ).format(**p),
    "interruption.end_before_start": lambda p: Q.translate(
        "Problem", "Interruption {row}: the last day cannot be before the first."
    ).format(**p),
    "interruption.before_training": lambda p: Q.translate(
        "Problem", "Interruption {row} starts before the training does."
    ).format(**p),
}
