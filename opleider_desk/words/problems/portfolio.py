"""Problem sentences for the portfolio, its attachments and the trainer's events."""

from PySide6.QtCore import QCoreApplication as Q

TEXTS = {
    "checklist.gone": lambda p: Q.translate(
        "Problem", "This portfolio item no longer exists; it may have been deleted meanwhile."
    ),
    "checklist.template_item": lambda p: Q.translate(
        "Problem",
        "Items from the checklist template cannot be renamed or deleted; set them to “missing” instead.",
    ),
    "attachment.too_large": lambda p: Q.translate(
        "Problem", "{name} is larger than {max_mb} MB; keep it in the institute's portfolio instead."
    ).format(**p),
    "attachment.unreadable": lambda p: Q.translate("Problem", "{name} cannot be read: {reason}").format(**p),
    "trainer_event.quantity": lambda p: Q.translate("Problem", "Enter at least 1."),
    "trainer_event.future": lambda p: Q.translate("Problem", "This date is in the future."),
    "trainer_event.hours_max": lambda p: Q.translate("Problem", "A week has at most {maximum} hours.").format(
        **p
    ),
    "trainer_event.gone": lambda p: Q.translate(
        "Problem", "This event no longer exists; it may have been removed meanwhile."
    ),
}
