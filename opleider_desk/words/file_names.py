"""The one way a suggested file name is made: from the words the user reads, safe on Windows.

Every save dialog, the AVG export and the documents inside it name a file
from its parts (what it is, whose, which day or quarter) in the UI's
language: "Voortgangsgesprek Sanne de Vries 2026-07-06.pdf", never the
internal template key. A trainee's or practice's name may hold what Windows
refuses in a file name (``:`` ``/`` ``?`` …, a trailing dot or space, a
device name such as ``CON``): those become a hyphen or are left off, so the
dialog never opens on a name that cannot be saved.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication as Q

# What Windows refuses in a file name (and the ASCII control characters).
_REFUSED = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
# Device names Windows reserves, with any extension ("CON.pdf" is refused too).
_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
)
# Far below Windows' 255, so the folder's path still fits beside it.
_MOST = 120


def file_name(*parts: str | date | None, suffix: str) -> str:
    """The parts, in order and left out when empty, as one file name ending in ``suffix``.

    A ``date`` is written as ISO (2026-07-06): file names sort by it."""
    words = [part.isoformat() if isinstance(part, date) else (part or "") for part in parts]
    stem = " ".join(w.strip() for w in words if w and w.strip())
    stem = _REFUSED.sub("-", re.sub(r"\s+", " ", stem))[:_MOST].strip(" .-")
    if not stem:
        stem = "OpleiderDesk"
    if stem.split(".")[0].strip().upper() in _DEVICES:
        stem += "_"
    return stem + suffix


def meeting_file_name(title: str, aios: str, day: date | None, suffix: str, *, document: str = "") -> str:
    """A meeting's file: its kind as the user reads it, whose, which day; ``document`` before it
    ("Agenda") when the file is not the report itself."""
    if document:
        title = meeting_document_name(document, title)
    return file_name(title, aios, day, suffix=suffix)


def meeting_document_name(document: str, title: str) -> str:
    """A document of a meeting, as its file and its PDF's title call it: "Agenda voortgangsgesprek"."""
    # "Agenda voortgangsgesprek", but "Agenda STAR(R)-gesprek": only a capital that starts a word.
    meeting = title[:1].lower() + title[1:] if title[1:2].islower() else title
    return Q.translate("FileNames", "{document} {meeting}").format(document=document, meeting=meeting)
