"""Scrolling a meeting's IOP page with the wheel leaves the goal's competency area as chosen."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from opleider_desk.domain.entities import Aios
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.meetings import MeetingService

NEXT_MONDAY = date.today() + timedelta(days=7 - date.today().weekday() + 7)


@pytest.fixture
def aios_id(window) -> int:
    return window.context.service(AiosService).add(Aios(name="Sanne de Vries", start_date=date(2026, 1, 5)))


def _wheel_down(widget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_the_area_of_a_new_goal_does_not_change_it(qtbot, window, aios_id):
    meeting_id = window.context.service(MeetingService).plan(
        aios_id, "voortgangsgesprek", datetime.combine(NEXT_MONDAY, datetime.min.time()).replace(hour=10), 60
    )
    opened = window.show_tab("meetings").open_meeting(meeting_id)
    qtbot.waitExposed(opened)
    opened.tabs.setCurrentIndex(3)
    area = opened.goals_editor.area
    assert area.count() > 1 and not area.hasFocus()
    chosen = area.currentIndex()
    _wheel_down(area)
    assert area.currentIndex() == chosen
    # Once clicked (focused), the wheel chooses as usual.
    area.setFocus()
    qtbot.waitUntil(area.hasFocus)
    _wheel_down(area)
    assert area.currentIndex() != chosen
    opened.close_discarding()
