"""The hours totals panel as its text changes: its scroll bar and width follow the tables."""

from __future__ import annotations

from datetime import date

from opleider_desk.domain.entities import Aios, HourCategory
from opleider_desk.domain.enums import CategoryKey
from opleider_desk.domain.norms import Norms
from opleider_desk.domain.quarters import Period
from opleider_desk.storage.services.hours import ALL, HourTotals
from opleider_desk.ui.hours.totals import TotalsPanel

QUARTER = Period(date(2026, 1, 1), date(2026, 3, 31))
CATEGORIES = [HourCategory(id=1, key=CategoryKey.LEERGESPREK.value, counts_as_supervision=True)]


def _show(panel: TotalsPanel, count: int, minutes: int = 60) -> None:
    aios = [Aios(id=n, name=f"Aios nummer {n}", start_date=date(2025, 9, 1)) for n in range(1, count + 1)]
    totals = HourTotals({(a.id, 1): minutes for a in aios})
    panel.show_totals(QUARTER, totals, aios, CATEGORIES, Norms(), ALL, date(2026, 2, 1))


def test_the_scroll_bar_comes_and_goes_with_the_totals_and_the_tables_keep_their_width(qtbot):
    panel = TotalsPanel()
    qtbot.addWidget(panel)
    panel.resize(300, 400)
    panel.show()
    qtbot.waitExposed(panel)
    bar = panel.verticalScrollBar()

    _show(panel, 40)
    qtbot.wait(10)
    assert bar.isVisible()
    tall = panel.document().size().height()

    # Kept through the change of text (one layout, at the width the tables are shown
    # at), and still there afterwards while the totals are too tall...
    _show(panel, 40, minutes=6000)
    qtbot.wait(10)
    assert bar.isVisible() and bar.maximum() > 0
    assert panel.document().size().height() == tall
    wide = panel.minimumWidth()
    assert wide > 0

    # ...and gone once they fit.
    _show(panel, 1)
    qtbot.wait(10)
    assert not bar.isVisible()
    assert panel.document().size().height() <= panel.viewport().height()

    # Every table still as wide as its rows, after the change as before it.
    _show(panel, 40, minutes=6000)
    qtbot.wait(10)
    assert bar.isVisible()
    assert panel.minimumWidth() == wide
