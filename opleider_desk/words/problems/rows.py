"""A row asked for by itself that holds a value this version does not know."""

from PySide6.QtCore import QCoreApplication as Q


def _unreadable(p) -> str:
    # Imported here: the sentence names the row through storage.mapping's error, which
    # brings in SQLAlchemy; the problem texts load with the first message shown.
    from ..unreadable import unreadable_text

    return Q.translate(
        "Problem",
        "This cannot be opened: it holds a value this version of OpleiderDesk does not know. {row}. "
        "It is kept in the data file exactly as it is (a newer version may know the value).",
    ).format(row=unreadable_text(p["error"]))


TEXTS = {"row.unreadable": _unreadable}
