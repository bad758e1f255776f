"""Problem sentences for signed, locked quarters."""

from PySide6.QtCore import QCoreApplication as Q

from ..formatting import format_date
from .statements import quarter_words

TEXTS = {
    "hours.locked": lambda p: Q.translate(
        "Problem",
        "The statement for {quarter} was signed on {signed_on}; its hours are locked. "
        "Unlock the quarter first if a correction is really needed.",
    ).format(quarter=quarter_words(p["quarter"]), signed_on=format_date(p.get("signed_on"))),
}
