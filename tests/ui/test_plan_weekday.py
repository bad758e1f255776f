"""The plan dialog names the day of every date it proposes, and proposes no weekend day.

It proposed "12-12-2026" without saying that was a Saturday: a practice plans its
meetings with the aios on working days (instelling van OpleiderDesk, see
domain/meeting_slots.py). Driven through the real dialog, in Dutch and English.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QApplication

from opleider_desk.domain.entities import Aios
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.meetings import MeetingService
from opleider_desk.ui.meetings import plan_dialog

SATURDAY = date(2026, 12, 5)  # a week on, the dialog's first proposal, is Saturday 12-12-2026
DAY_NAMES = {"nl": ("maandag", "zaterdag"), "en": ("Monday", "Saturday")}


class _Saturday(date):
    @classmethod
    def today(cls) -> date:  # type: ignore[override]
        return SATURDAY


@pytest.fixture
def aios_id(window) -> int:
    return window.context.service(AiosService).add(Aios(name="Sanne de Vries", start_date=date(2026, 1, 5)))


@pytest.mark.parametrize("language", ["nl", "en"], indirect=True)
def test_the_proposed_date_is_a_weekday_and_says_which(qtbot, ui_language, window, aios_id, monkeypatch):
    monkeypatch.setattr(plan_dialog, "date", _Saturday)
    monday, saturday = DAY_NAMES[ui_language]
    dialog = window.show_tab("meetings").plan_meeting()
    qtbot.waitExposed(dialog)
    proposed = dialog.day.date()
    assert proposed == date(2026, 12, 14), proposed  # the Monday after, not Saturday the 12th
    assert dialog.weekday.isVisible() and dialog.weekday.text() == monday
    # A day typed by hand is named too, and a weekend day stands out (it is planned as typed).
    dialog.day.selectAll()
    qtbot.keyClicks(dialog.day, "12-12-2026" if ui_language == "nl" else "2026-12-12")
    assert dialog.weekday.text() == saturday and "font-weight: bold" in dialog.weekday.styleSheet()
    dialog.day.selectAll()
    qtbot.keyClicks(dialog.day, "zzz")
    assert dialog.weekday.text() == ""
    dialog.done(0)


@pytest.mark.parametrize("language", ["nl", "en"], indirect=True)
def test_a_clash_names_the_day_of_the_meeting_it_overlaps(qtbot, ui_language, window, aios_id):
    taken = datetime(2026, 12, 14, 13, 30)
    window.context.service(MeetingService).plan(aios_id, "coachingsgesprek", taken, 60)
    dialog = window.show_tab("meetings").plan_meeting()
    qtbot.waitExposed(dialog)
    dialog.day.set_date(taken.date())
    dialog.time.setTime(dialog.time.time().fromString("13:45", "HH:mm"))
    QApplication.processEvents()
    assert dialog.clash.isVisible() and DAY_NAMES[ui_language][0] in dialog.clash.text()
    dialog.done(0)


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_a_weekend_day_keeps_standing_out_after_a_switch_to_dark(qtbot, qapp, window, aios_id):
    """Its amber was computed once, for the palette of the moment (theme walk)."""
    from PySide6.QtGui import QPalette

    from opleider_desk.ui.widgets.colour_scheme import dark_palette
    from opleider_desk.ui.widgets.tones import Tone, tone_css

    dialog = window.show_tab("meetings").plan_meeting()
    qtbot.waitExposed(dialog)
    dialog.day.selectAll()
    qtbot.keyClicks(dialog.day, "12-12-2026")
    light = tone_css(Tone.WARN)
    assert light in dialog.weekday.styleSheet()
    old = QPalette(qapp.palette())
    try:
        qapp.setPalette(dark_palette())
        QApplication.processEvents()
        dark = tone_css(Tone.WARN)
        assert dark != light
        assert dark in dialog.weekday.styleSheet() and "font-weight: bold" in dialog.weekday.styleSheet()
    finally:
        qapp.setPalette(old)
    dialog.done(0)
