"""An item ticked present by hand while the data says missing: marked, explained, counted apart,
and with a way out; through the real widgets (issue 16)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from opleider_desk.domain.due import DueKind
from opleider_desk.domain.entities import Aios
from opleider_desk.domain.enums import ChecklistStatus, MeetingKind, MeetingStatus
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.ui.aios.model import PORTFOLIO_COLUMN
from opleider_desk.ui.portfolio.checklist_model import STATUS_COLUMN
from tests.ui.conftest import settled_overview
from tests.ui.test_portfolio_tab import add_held, row_of, show_portfolio

TODAY = date.today()


@pytest.fixture
def daan(window):
    # Eight months in, no KPB recorded: the data says the KPBs are missing.
    return window.context.service(AiosService).add(
        Aios(name="Daan Bakker", start_date=TODAY - timedelta(days=245))
    )


def tick(qtbot, checklist, key: str, status: ChecklistStatus) -> int:
    """Choose ``status`` in the row's status cell as the trainer does: the cell's combo box."""
    model, view = checklist.model, checklist.view
    row = next(n for n, e in enumerate(model.rows()) if e.item.template_key == key)
    index = model.index(row, STATUS_COLUMN)
    view.setCurrentIndex(index)
    view.edit(index)
    combo = view.viewport().findChild(QComboBox)
    assert combo is not None
    combo.setCurrentIndex(combo.findData(status))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: model.rows()[row].item.status is status)
    return row


def test_kpb_ticked_present_while_the_data_says_missing_is_marked_explained_and_counted_apart(
    qtbot, window, daan
):
    portfolio = show_portfolio(qtbot, window)
    checklist = portfolio.checklist
    row = tick(qtbot, checklist, "kpb", ChecklistStatus.PRESENT)
    model = checklist.model
    cell = model.index(row, STATUS_COLUMN)
    # The cell says what the trainer ticked, marked as theirs and against the data.
    assert cell.data() == "Aanwezig (handmatig)"
    assert cell.data(Qt.ItemDataRole.DecorationRole) is not None
    tooltip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith(
        "Handmatig als aanwezig gemarkeerd; volgens de gegevens ontbreekt het: 0 gehouden"
    )
    assert "Oplossen: leg elke gehouden KPB vast" in tooltip and "terug op Ontbreekt" in tooltip
    assert model.index(row, 2).data().startswith("Ontbreekt")
    # The detail pane says the same, with the way out.
    checklist.select(model.rows()[row].item.id)
    assert checklist.conflict.isVisibleTo(checklist) and checklist.conflict.text() == tooltip
    assert checklist.reset_button.isVisibleTo(checklist)

    # The numbers: the missing rows as shown, and the contradicted one apart, the same on the
    # checklist and in the overview.
    shown_missing = [model.index(r, STATUS_COLUMN).data() for r in range(model.rowCount())].count("Ontbreekt")
    summary = checklist.summary.text()
    assert summary.startswith(f"{shown_missing} onderdelen ontbreken · 1 handmatig als aanwezig")
    overview = settled_overview(window)
    cell_text = overview.proxy.index(row_of(overview, "Daan Bakker"), PORTFOLIO_COLUMN).data()
    assert cell_text == f"{shown_missing} ontbreken, 1 te controleren"
    # "Wat staat er open" goes by the data as the checklist's "Volgens de gegevens" does.
    assert any(
        r.item.kind is DueKind.KPB and r.item.aios_id == daan for r in overview.open_items.open_model.rows()
    )

    # The way out: back to missing, one click; then nothing contradicts.
    window.show_tab("portfolio")
    checklist.select(model.rows()[row].item.id)
    qtbot.mouseClick(checklist.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.rows()[row].item.status is ChecklistStatus.MISSING)
    assert model.index(row, STATUS_COLUMN).data() == "Ontbreekt"
    assert not model.index(row, STATUS_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert not checklist.conflict.isVisibleTo(checklist)
    assert not checklist.reset_button.isVisibleTo(checklist)
    assert "handmatig" not in checklist.summary.text()


def test_progress_reports_held_and_signed_are_not_missing_anywhere(qtbot, window, daan):
    """Issue 16's first bullet: "Ontbreekt" beside "2 held, 2 signed", counted among the missing."""
    for months in (1, 2):
        add_held(
            window,
            daan,
            MeetingKind.VOORTGANGSGESPREK,
            TODAY - timedelta(days=30 * months),
            MeetingStatus.SIGNED,
        )
    portfolio = show_portfolio(qtbot, window)
    model = portfolio.checklist.model
    row = next(n for n, e in enumerate(model.rows()) if e.item.template_key == "progress_reports")
    assert model.index(row, 2).data() == "Beoordeeld · 2 gehouden, 2 ondertekend"
    assert model.index(row, STATUS_COLUMN).data() == "Beoordeeld"
    shown_missing = [model.index(r, STATUS_COLUMN).data() for r in range(model.rowCount())].count("Ontbreekt")
    overview = settled_overview(window)
    assert overview.proxy.index(row_of(overview, "Daan Bakker"), PORTFOLIO_COLUMN).data() == (
        f"{shown_missing} ontbreken"
    )


def test_the_explanation_is_whole_in_a_window_the_size_of_1280_by_800_at_150_percent(qtbot, window, daan):
    """At 150 % the detail pane was squeezed: the last lines of the explanation were clipped."""
    window.resize(1280 * 2 // 3, 800 * 2 // 3)  # the logical size of 1280×800 at 150 %
    portfolio = show_portfolio(qtbot, window)
    checklist = portfolio.checklist
    row = tick(qtbot, checklist, "kpb", ChecklistStatus.PRESENT)
    checklist.select(checklist.model.rows()[row].item.id)
    qtbot.waitUntil(lambda: checklist.conflict.isVisible())
    label = checklist.conflict
    assert label.height() >= label.heightForWidth(label.width())
    assert label.width() >= label.minimumSizeHint().width()
    # Nothing of the pane lies beyond its right edge: it scrolls down, never sideways.
    viewport = checklist.detail.parentWidget()
    assert checklist.detail.width() <= viewport.width()


def test_every_control_of_the_portfolio_tab_and_the_audit_log_has_a_name(qtbot, window, daan):
    from PySide6.QtWidgets import QApplication

    from opleider_desk.ui.safety.audit_log import AuditLogDialog
    from tests.ui.test_accessibility import _nameless

    portfolio = show_portfolio(qtbot, window)
    for page in (portfolio.checklist, portfolio.review, portfolio.obligations):
        portfolio.pages.setCurrentWidget(page)
        QApplication.processEvents()
        assert _nameless(portfolio) == [], type(page).__name__
    log = AuditLogDialog(window.context, window)
    log.show()
    QApplication.processEvents()
    assert _nameless(log) == []
    log.close()


def test_the_norms_dialog_of_the_portfolio_tab_fits_on_the_screen(qtbot, window, monkeypatch):
    """At 150 % on 1280×800 its default 720×680 ran past the screen: Save and Cancel below the edge."""
    from types import SimpleNamespace

    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QDialogButtonBox

    from opleider_desk.storage.services.norms import NormService
    from opleider_desk.ui.norms_dialog import NormsDialog

    # 1280×800 at 150 %, less a panel: what the offscreen test screen (800×800) cannot show.
    laptop = SimpleNamespace(availableGeometry=lambda: QRect(0, 0, 853, 510))
    monkeypatch.setattr(NormsDialog, "screen", lambda self: laptop)
    dialog = NormsDialog(window.context.service(NormService), window)
    qtbot.addWidget(dialog)
    assert dialog.height() <= 510 and dialog.width() <= 853
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None and buttons.geometry().bottom() <= dialog.height()


def test_the_datas_column_is_in_view_beside_the_status_at_150_percent(qtbot, window, daan):
    """The item column took the width of its longest title: "Volgens de gegevens" was off to the right."""
    from opleider_desk.ui.portfolio.checklist_model import COMPUTED_COLUMN, ITEM_COLUMN

    window.resize(1280 * 2 // 3, 800 * 2 // 3)
    checklist = show_portfolio(qtbot, window).checklist
    view, model = checklist.view, checklist.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    header = view.horizontalHeader()
    # The data's column shows half its width at least.
    assert header.sectionViewportPosition(COMPUTED_COLUMN) + header.sectionSize(COMPUTED_COLUMN) // 2 <= (
        view.viewport().width()
    )
    # A title cut short is whole in its tooltip.
    for row in range(model.rowCount()):
        title = model.index(row, ITEM_COLUMN).data()
        assert model.index(row, ITEM_COLUMN).data(Qt.ItemDataRole.ToolTipRole).startswith(title)
