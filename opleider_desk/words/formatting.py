"""Dates and durations as the user's language writes them."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..domain.quarters import Quarter

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


def day_name(value: date) -> str:
    """The day of the week in the UI's language ("maandag", "Monday"), from the locale
    the translators set (i18n.install_translators)."""
    from PySide6.QtCore import QLocale

    return QLocale().dayName(value.isoweekday(), QLocale.FormatType.LongFormat)


def date_placeholder() -> str:
    from PySide6.QtCore import QCoreApplication as Q

    # The translation spells the format the way the user's language does.
    return Q.translate("Formatting", "yyyy-mm-dd")


_QUARTER_KEY = re.compile(r"\b(?P<year>[0-9]{4})-Q(?P<number>[1-4])\b")


def format_quarter(quarter: Quarter | str) -> str:
    """``K4 2026`` in Dutch, ``Q4 2026`` in English; the storage key ``2026-Q4`` is never shown."""
    from PySide6.QtCore import QCoreApplication as Q

    if isinstance(quarter, str):
        match = _QUARTER_KEY.fullmatch(quarter.strip())
        if match is None:
            return quarter
        year, number = int(match["year"]), int(match["number"])
    else:
        year, number = quarter.year, quarter.number
    return Q.translate("Formatting", "Q{number} {year}").format(number=number, year=year)


def localise_quarters(text: str) -> str:
    """Every ``2026-Q4`` in a stored text (an audit summary, say) as the user's language writes it."""
    return _QUARTER_KEY.sub(lambda m: format_quarter(m.group(0)), text)
