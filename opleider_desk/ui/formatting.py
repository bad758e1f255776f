"""Dates and durations as the user's language writes them."""

from __future__ import annotations

from datetime import date

# Dutch users write 12-03-2026; in English we show the unambiguous ISO form.
_DATE_FORMATS = {"nl": "%d-%m-%Y", "en": "%Y-%m-%d"}
_language = "nl"


def set_language(language: str) -> None:
    global _language
    _language = language if language in _DATE_FORMATS else "nl"


def current_language() -> str:
    return _language


def format_date(value: date | None) -> str:
    return value.strftime(_DATE_FORMATS[_language]) if value else ""


def date_placeholder() -> str:
    from PySide6.QtCore import QCoreApplication as Q

    # The translation spells the format the way the user's language does.
    return Q.translate("Formatting", "yyyy-mm-dd")
