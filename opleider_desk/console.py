"""Command output that survives the console's encoding.

On Windows, output redirected to a file or a scheduled task's log is encoded
in the ANSI code page (cp1252), which has no "Ş" or "ı": printing "Şeyma
Yılmaz" would raise after the work was done. Characters the encoding lacks
are written as their nearest plain letter ("Seyma Yilmaz"), never dropped
silently and never fatal. An encoding the user chose with an error handler
of their own (PYTHONIOENCODING=cp1252:replace) is left alone.
"""

from __future__ import annotations

import codecs
import sys
import unicodedata

HANDLER = "opleiderdesk-fold"

# Letters that have no decomposition into a base letter and a mark.
_PLAIN = {
    "ı": "i",
    "İ": "I",
    "ł": "l",
    "Ł": "L",
    "ø": "o",
    "Ø": "O",
    "đ": "d",
    "Đ": "D",
    "ß": "ss",
    "æ": "ae",
    "Æ": "AE",
    "œ": "oe",
    "Œ": "OE",
    "‘": "'",
    "’": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "–": "-",
    "—": "-",
    "…": "...",
    "·": "-",
    "→": "->",
    "▸": ">",
}


def _fold_char(char: str, encoding: str) -> str:
    for candidate in (
        _PLAIN.get(char),
        "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)),
    ):
        if candidate:
            try:
                candidate.encode(encoding)
            except UnicodeEncodeError:
                continue
            return candidate
    return "?"


def _fold(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = error.object[error.start : error.end]
    return "".join(_fold_char(char, error.encoding) for char in text), error.end


codecs.register_error(HANDLER, _fold)


def make_output_robust() -> None:
    """Let stdout and stderr fold what their encoding cannot write."""
    # Python's own defaults: strict for stdout, backslashreplace ("\u015e") for stderr.
    for stream, default in ((sys.stdout, "strict"), (sys.stderr, "backslashreplace")):
        # A windowed program has no streams; a test's capture may not reconfigure.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and getattr(stream, "errors", None) == default:
            reconfigure(errors=HANDLER)
