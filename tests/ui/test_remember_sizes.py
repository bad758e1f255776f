"""Column sizes come back as the trainer left them, per table (every dialog's and the meeting
window's own size: test_remembered_sizes.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from opleider_desk.domain.entities import Aios
from opleider_desk.storage.services.aios import AiosService


def _reopen(qtbot, window, settings, db_path):
    """Close the window as the user does, and start the program again on the same settings."""
    from opleider_desk.ui.main_window import MainWindow
    from opleider_desk.ui.widgets.background import busy

    window.close()
    again = MainWindow(settings, window.language)
    again.confirm_discard_unsaved = lambda: True  # type: ignore[method-assign]
    qtbot.addWidget(again)
    assert again.open_store(db_path)
    again.show()
    qtbot.waitExposed(again)
    qtbot.waitUntil(lambda: not busy(again))
    return again


def _aios_table(window) -> QTableView:
    window.tabs.setCurrentIndex(0)
    return window.findChild(QTableView, "aiosTable")


def test_a_column_dragged_wider_is_as_wide_after_a_restart(qtbot, window, settings, db_path):
    window.context.service(AiosService).add(Aios(name="Sanne de Vries", start_date=date(2026, 1, 5)))
    header = _aios_table(window).horizontalHeader()
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.Interactive  # the user can drag it
    qtbot.wait(10)  # the columns first fit their contents
    header.resizeSection(1, header.sectionSize(1) + 57)
    wanted = header.sectionSize(1)
    header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)

    again = _reopen(qtbot, window, settings, db_path)
    header = _aios_table(again).horizontalHeader()
    qtbot.wait(10)
    assert header.sectionSize(1) == wanted
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.SortOrder.DescendingOrder)
    again.close_store()


def test_columns_fit_their_contents_until_the_user_drags_one(qtbot, window):
    header = _aios_table(window).horizontalHeader()
    qtbot.wait(10)
    before = header.sectionSize(0)
    window.context.service(AiosService).add(
        Aios(name="Maria Magdalena van den Berg-Oudshoorn de Vries", start_date=date(2026, 1, 5))
    )
    qtbot.waitUntil(lambda: header.sectionSize(0) > before)


def test_the_open_lists_rule_column_dragged_narrower_is_as_narrow_after_a_restart(
    qtbot, window, settings, db_path
):
    """It shares the width with Details while it fits its contents; the user's own width stays."""
    from opleider_desk.ui.aios.open_items import RULE_COLUMN
    from tests.ui.conftest import settled_overview

    window.context.service(AiosService).add(Aios(name="Sanne de Vries", start_date=date(2026, 1, 5)))
    window.show_tab("aios")
    settled_overview(window)
    view = window.findChild(QTableView, "openItems")
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    qtbot.wait(20)
    header = view.horizontalHeader()
    header.resizeSection(RULE_COLUMN, 150)
    window.resize(window.width() + 100, window.height())  # no longer fitted: the width is the user's
    qtbot.wait(20)
    assert header.sectionSize(RULE_COLUMN) == 150

    again = _reopen(qtbot, window, settings, db_path)
    again.show_tab("aios")
    settled_overview(again)
    view = again.findChild(QTableView, "openItems")
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    qtbot.wait(20)
    assert view.horizontalHeader().sectionSize(RULE_COLUMN) == 150


def test_a_column_hidden_from_the_header_menu_stays_hidden_after_a_restart(qtbot, window, settings, db_path):
    """The overview's header menu: the trainer's choice of columns comes back as it was left."""
    from opleider_desk.ui.aios.model import START_COLUMN
    from tests.ui.conftest import settled_overview

    window.context.service(AiosService).add(Aios(name="Sanne de Vries", start_date=date(2026, 1, 5)))
    window.resize(1280, 800)
    tab = window.show_tab("aios")
    settled_overview(window)
    qtbot.wait(20)
    part_time = START_COLUMN + 2
    assert not _aios_table(window).horizontalHeader().isSectionHidden(part_time)
    tab.column_menu().actions()[part_time].trigger()
    assert _aios_table(window).horizontalHeader().isSectionHidden(part_time)

    again = _reopen(qtbot, window, settings, db_path)
    again.resize(1280, 800)
    again.show_tab("aios")
    settled_overview(again)
    qtbot.wait(20)
    header = _aios_table(again).horizontalHeader()
    assert header.isSectionHidden(part_time)
    assert not header.isSectionHidden(START_COLUMN)
    menu = again.tab_widget("aios").column_menu()
    assert [a.isChecked() for a in menu.actions()] == [c != part_time for c in range(header.count())]


def test_the_portfolio_checklist_fits_its_columns_and_keeps_the_verdicts_share(qtbot, window):
    """Every column fits its contents, its words wrapped where the table is narrow; the
    data's verdict keeps its share of the width (it was fixed at 240 px and elided)."""
    from opleider_desk.ui.portfolio.checklist_model import COMPUTED_COLUMN, STATUS_COLUMN

    window.context.service(AiosService).add(Aios(name="Sanne de Vries", start_date=date(2026, 1, 5)))
    window.resize(1280, 800)
    window.show_tab("portfolio")
    view = window.findChild(QTableView, "portfolioChecklist")
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    qtbot.wait(20)
    header = view.horizontalHeader()
    assert header.sectionSize(COMPUTED_COLUMN) >= int(view.viewport().width() * 0.3) - 1
    assert not view.horizontalScrollBar().isVisible()
    status = view.model().index(0, STATUS_COLUMN).data()
    assert header.sectionSize(STATUS_COLUMN) >= view.fontMetrics().horizontalAdvance(status)


def test_a_reload_with_the_same_texts_leaves_the_fitted_columns_and_a_longer_text_still_fits(
    qtbot, window, monkeypatch
):
    from opleider_desk.ui.widgets.remember import _Columns
    from tests.ui.conftest import settled_overview

    window.context.service(AiosService).add(Aios(name="Sanne de Vries", start_date=date(2026, 1, 5)))
    window.show_tab("aios")
    tab = settled_overview(window)
    view = _aios_table(window)
    qtbot.wait(20)
    header = view.horizontalHeader()
    (columns,) = [child for child in view.children() if isinstance(child, _Columns)]

    def widths() -> list[int]:
        return [header.sectionSize(c) for c in range(header.count())]

    def fitted_anew() -> list[int]:
        columns.fitted_to = None
        columns._fit()
        return widths()

    before = widths()
    measured: list[int] = []
    fit = view.resizeColumnToContents

    def counted(column: int) -> None:
        measured.append(column)
        fit(column)

    monkeypatch.setattr(view, "resizeColumnToContents", counted)

    # The overview's model is reset after every save, import and undo, mostly with the
    # same rows: its columns were measured cell by cell again each time.
    tab.model.set_rows(list(tab.model.rows()))
    qtbot.wait(20)
    assert measured == []
    assert widths() == before == fitted_anew()

    longer = "Maria Magdalena van den Berg-Oudshoorn de Vries"
    measured.clear()
    window.context.service(AiosService).add(Aios(name=longer, start_date=date(2026, 1, 5)))
    settled_overview(window)
    qtbot.waitUntil(lambda: measured != [])
    qtbot.wait(20)
    shown = [view.model().index(row, 0).data() for row in range(view.model().rowCount())]
    assert longer in shown
    assert widths() == fitted_anew()
    metrics = view.fontMetrics()
    assert header.sectionSize(0) >= max(metrics.horizontalAdvance(w) for t in shown for w in t.split())
