"""The periods the hours list shows: a week, month, quarter or year around a day."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from PySide6.QtCore import QCoreApplication as Q

from ...domain.dates import add_months
from ...domain.quarters import Period, Quarter
from ...words.formatting import format_date


class PeriodKind(StrEnum):
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    ALL = "all"  # every entry in the file


# Every entry: a period wide enough for any day a file holds (the hours tab
# narrows it to the file's first and last day, for the norms beside it).
EVERYTHING = Period(date(1, 1, 1), date(9999, 12, 31))


def kind_label(kind: PeriodKind) -> str:
    return {
        PeriodKind.WEEK: Q.translate("HoursPeriod", "Week"),
        PeriodKind.MONTH: Q.translate("HoursPeriod", "Month"),
        PeriodKind.QUARTER: Q.translate("HoursPeriod", "Quarter"),
        PeriodKind.YEAR: Q.translate("HoursPeriod", "Year"),
        PeriodKind.ALL: Q.translate("HoursPeriod", "Every entry"),
    }[kind]


def period_of(kind: PeriodKind, day: date) -> Period:
    if kind is PeriodKind.ALL:
        return EVERYTHING
    return {
        PeriodKind.WEEK: Period.week_of,
        PeriodKind.MONTH: Period.month_of,
        PeriodKind.QUARTER: Period.quarter_of,
        PeriodKind.YEAR: Period.year_of,
    }[kind](day)


def step(kind: PeriodKind, day: date, steps: int) -> date:
    """A day in the period ``steps`` periods after (or before) the one holding ``day``."""
    if kind is PeriodKind.ALL:
        return day
    if kind is PeriodKind.WEEK:
        return day + timedelta(weeks=steps)
    months = {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3, PeriodKind.YEAR: 12}[kind]
    return add_months(period_of(kind, day).start, months * steps)


def _month_name(month: int) -> str:
    return (
        Q.translate("HoursPeriod", "January"),
        Q.translate("HoursPeriod", "February"),
        Q.translate("HoursPeriod", "March"),
        Q.translate("HoursPeriod", "April"),
        Q.translate("HoursPeriod", "May"),
        Q.translate("HoursPeriod", "June"),
        Q.translate("HoursPeriod", "July"),
        Q.translate("HoursPeriod", "August"),
        Q.translate("HoursPeriod", "September"),
        Q.translate("HoursPeriod", "October"),
        Q.translate("HoursPeriod", "November"),
        Q.translate("HoursPeriod", "December"),
    )[month - 1]


def period_title(kind: PeriodKind, period: Period) -> str:
    if kind is PeriodKind.ALL:
        return Q.translate("HoursPeriod", "{start} – {end}").format(
            start=format_date(period.start), end=format_date(period.end)
        )
    if kind is PeriodKind.WEEK:
        return Q.translate("HoursPeriod", "Week {week}, {start} – {end}").format(
            week=period.start.isocalendar()[1], start=format_date(period.start), end=format_date(period.end)
        )
    if kind is PeriodKind.MONTH:
        return f"{_month_name(period.start.month)} {period.start.year}"
    if kind is PeriodKind.QUARTER:
        quarter = Quarter.of(period.start)
        return Q.translate("HoursPeriod", "Q{number} {year} ({start} – {end})").format(
            number=quarter.number,
            year=quarter.year,
            start=format_date(period.start),
            end=format_date(period.end),
        )
    return str(period.start.year)
