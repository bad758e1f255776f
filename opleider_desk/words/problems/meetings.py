"""Problem sentences for meetings, agreements, learning goals and SMART hints."""

from PySide6.QtCore import QCoreApplication as Q

from ..formatting import format_date

TEXTS = {
    "smart.no_due_date": lambda p: Q.translate("Problem", "By when? A due date makes it checkable."),
    "smart.no_owner": lambda p: Q.translate(
        "Problem", "Who does it? Without a choice it counts for both trainee and trainer."
    ),
    "smart.not_measurable": lambda p: Q.translate(
        "Problem",
        "What will show it is done? Name an action others can see, or a number "
        "(e.g. “discuss two consultations on video”).",
    ),
    "smart.too_vague": lambda p: Q.translate(
        "Problem", "Rather short to be specific: say what exactly, where and how."
    ),
    "meeting.signed": lambda p: Q.translate(
        "Problem",
        "The report of this meeting was signed on {signed_on}; the meeting can no longer be changed.",
    ).format(signed_on=format_date(p.get("signed_on"))),
    "meeting.no_duration": lambda p: Q.translate(
        "Problem", "Enter how long the meeting took before logging it as hours."
    ),
    "meeting.not_held": lambda p: Q.translate("Problem", "The meeting has not been held yet."),
    "meeting.hours_logged": lambda p: Q.translate(
        "Problem", "This meeting's time is already in the hour registration."
    ),
    "meeting.unknown_type": lambda p: Q.translate("Problem", "There is no meeting template “{kind}”.").format(
        **p
    ),
    "meeting.duration_range": lambda p: Q.translate(
        "Problem", "A meeting lasts between 0 minutes and {max_hours} hours."
    ).format(**p),
    "meeting.no_date": lambda p: Q.translate("Problem", "Enter the date of the meeting."),
    "meeting.gone": lambda p: Q.translate(
        "Problem", "This meeting no longer exists; it may have been deleted meanwhile."
    ),
    "meeting.no_category": lambda p: Q.translate(
        "Problem", "The hour category “{category}” is missing from this data file."
    ).format(**p),
    "agreement.gone": lambda p: Q.translate(
        "Problem", "This agreement no longer exists; it may have been deleted meanwhile."
    ),
    "goal.gone": lambda p: Q.translate(
        "Problem", "This learning goal no longer exists; it may have been deleted meanwhile."
    ),
}
