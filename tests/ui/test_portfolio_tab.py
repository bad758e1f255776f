"""What is due on the overview and the portfolio tab, driven in the real widgets."""

from __future__ import annotations

import hashlib
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QComboBox

from opleider_desk.domain.dates import add_months
from opleider_desk.domain.due import DueKind, DueStatus
from opleider_desk.domain.entities import Aios
from opleider_desk.domain.enums import (
    ChecklistStatus,
    MeetingKind,
    MeetingStatus,
    TrainerEventKind,
)
from opleider_desk.domain.portfolio import ReviewAnswer
from opleider_desk.storage.models import MeetingRow
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.norms import NormService
from opleider_desk.storage.services.portfolio import PortfolioService
from opleider_desk.storage.services.trainer_events import TrainerEventService
from opleider_desk.ui import due_texts
from opleider_desk.ui.aios.model import NEXT_DUE_COLUMN, PORTFOLIO_COLUMN
from opleider_desk.ui.norms_dialog import NormsDialog
from opleider_desk.ui.portfolio.checklist_model import STATUS_COLUMN
from opleider_desk.ui.portfolio.event_dialog import EventDialog
from opleider_desk.ui.widgets.table_models import ROW_ROLE
from tests.table_areas import setup_op
from tests.ui.conftest import settled_overview

TODAY = date.today()


def when_shown(qtbot, cls, action):
    """Run ``action`` on the first visible top-level widget of ``cls``, once it is shown."""
    done = []

    def poll():
        found = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()), None
        )
        if found is None:
            QTimer.singleShot(20, poll)
            return
        action(found)
        done.append(found)

    QTimer.singleShot(0, poll)
    return done


def add_held(window, aios_id, kind, day, status=MeetingStatus.HELD):
    now = datetime.now()
    with window.context.store.write(setup_op("test_setup"), undoable=False) as s:
        s.add(
            MeetingRow(
                aios_id=aios_id,
                kind=kind.value,
                planned_at=datetime.combine(day, time(9)),
                held_on=day,
                status=status.value,
                created_at=now,
                updated_at=now,
            )
        )


@pytest.fixture
def two_aios(window):
    service = window.context.service(AiosService)
    # Started eight months ago: the first progress meeting (six months) is overdue,
    # the KPBs and coaching talks are on schedule.
    late = service.add(Aios(name="Daan Bakker", start_date=TODAY - timedelta(days=245)))
    fresh = service.add(Aios(name="Sanne de Vries", start_date=TODAY - timedelta(days=20)))
    for weeks in range(1, 8):
        add_held(window, late, MeetingKind.KPB, TODAY - timedelta(weeks=4 * weeks))
    for weeks in range(1, 6):
        add_held(window, late, MeetingKind.COACHINGSGESPREK, TODAY - timedelta(weeks=5 * weeks))
    return late, fresh


def show_portfolio(qtbot, window):
    portfolio = window.show_tab("portfolio")
    # A lazily built tab is shown by a queued event.
    qtbot.waitUntil(portfolio.isVisible)
    return portfolio


def overview(window):
    return settled_overview(window)


def row_of(tab, name):
    return next(r for r in range(tab.proxy.rowCount()) if tab.proxy.index(r, 0).data() == name)


def test_on_opening_the_rows_show_first_and_what_is_due_follows_their_paint(qtbot, window, two_aios):
    path = window.context.store.path
    window.close_store(backup=False)
    assert window.open_store(path)
    tab = window.tab_widget("aios")
    assert tab.model.rowCount() == 2 and not tab.due_loaded
    assert tab.open_items.open_model.rowCount() == 0
    qtbot.waitUntil(lambda: tab.due_loaded)
    assert tab.model._next_due[two_aios[0]].status is DueStatus.OVERDUE
    assert tab.open_items.open_model.rowCount() > 0


def test_next_due_column_shows_what_and_when_in_the_status_colour(window, two_aios):
    tab = overview(window)
    late = tab.proxy.index(row_of(tab, "Daan Bakker"), NEXT_DUE_COLUMN)
    item = tab.model._next_due[two_aios[0]]
    # Overdue first: the diensten of his HLWP (none logged) come before the progress meeting.
    assert item.status is DueStatus.OVERDUE
    assert {r.item.kind for r in tab.open_items.open_model.rows() if r.item.aios_id == two_aios[0]} >= {
        DueKind.VOORTGANGSGESPREK,
        DueKind.DIENSTEN,
    }
    assert late.data() == due_texts.short_text(item)
    assert late.data(Qt.ItemDataRole.ForegroundRole) == due_texts.OVERDUE_COLOUR
    assert late.data(Qt.ItemDataRole.DecorationRole) == due_texts.OVERDUE_COLOUR
    # Three weeks in, nothing logged: the startgesprek (due two weeks in) and her supervision are behind.
    fresh = tab.proxy.index(row_of(tab, "Sanne de Vries"), NEXT_DUE_COLUMN)
    assert tab.model._next_due[two_aios[1]].kind is DueKind.STARTGESPREK
    assert any(
        r.item.aios_id == two_aios[1] and r.item.kind is DueKind.SUPERVISION_RECENT
        for r in tab.open_items.open_model.rows()
    )
    assert fresh.data(Qt.ItemDataRole.ForegroundRole) == due_texts.OVERDUE_COLOUR
    # No portfolio opened yet: each template item counts as the row it will be, so the number
    # is the one the checklist shows once opened (an item the data shows present is not missing).
    before = tab.proxy.index(row_of(tab, "Daan Bakker"), PORTFOLIO_COLUMN).data()
    portfolio = window.show_tab("portfolio")
    portfolio.select_aios(two_aios[0])
    shown = [
        portfolio.checklist.model.index(r, 1).data() for r in range(portfolio.checklist.model.rowCount())
    ]
    assert shown.count("Ontbreekt") == 10
    assert before == "10 ontbreken"


def test_open_list_is_sorted_overdue_first_then_by_date_and_follows_changes(window, two_aios):
    tab = overview(window)
    rows = tab.open_items.open_model.rows()
    statuses = [r.item.status for r in rows]
    assert DueStatus.OK not in statuses
    overdue = [r for r in rows if r.item.status is DueStatus.OVERDUE]
    assert rows[: len(overdue)] == overdue and overdue
    assert [r.item.due_date for r in overdue] == sorted(r.item.due_date for r in overdue)
    assert any(r.aios_name == "Daan Bakker" and r.item.kind is DueKind.VOORTGANGSGESPREK for r in overdue)
    assert "achterstallig" in tab.open_label.text()

    add_held(window, two_aios[0], MeetingKind.VOORTGANGSGESPREK, TODAY - timedelta(days=30))
    kinds = {
        (r.aios_name, r.item.kind)
        for r in overview(window).open_items.open_model.rows()
        if r.item.status is DueStatus.OVERDUE
    }
    assert ("Daan Bakker", DueKind.VOORTGANGSGESPREK) not in kinds


def test_an_overdue_meeting_opens_its_portfolio_item(qtbot, window, two_aios):
    """When the meetings tab is not there to take it (see test_navigation for when it is)."""
    from opleider_desk.domain.due import TargetArea
    from opleider_desk.ui.navigation import NavTarget

    portfolio = window.tab_widget("portfolio")
    assert portfolio.show_target(NavTarget(TargetArea.MEETING, two_aios[0], MeetingKind.VOORTGANGSGESPREK))
    assert portfolio.aios_id() == two_aios[0]
    assert portfolio.pages.currentWidget() is portfolio.checklist
    assert portfolio.checklist.selected().item.template_key == "progress_reports"


def test_an_overdue_leoh_opens_the_recording_dialog_for_that_aios(qtbot, window, two_aios):
    tab = overview(window)
    row = next(r for r in tab.open_items.open_model.rows() if r.item.kind is DueKind.LEOH)

    def record(dialog: EventDialog):
        assert dialog.kind is TrainerEventKind.LEOH
        assert dialog.aios.currentData() == row.item.aios_id
        dialog.day.setText((TODAY + timedelta(days=1)).strftime("%d-%m-%Y"))
        dialog.accept()
        assert dialog.isVisible()  # an LEOh cannot be received tomorrow
        dialog.day.setText(TODAY.strftime("%d-%m-%Y"))
        dialog.accept()

    done = when_shown(qtbot, EventDialog, record)
    tab._act_on(row)
    qtbot.waitUntil(lambda: bool(done))
    portfolio = window.tab_widget("portfolio")
    assert portfolio.pages.currentWidget() is portfolio.obligations
    [event] = window.context.service(TrainerEventService).list()
    assert (event.kind, event.aios_id, event.day) == (TrainerEventKind.LEOH, row.item.aios_id, TODAY)
    assert not any(
        r.item.kind is DueKind.LEOH and r.item.aios_id == event.aios_id and r.item.status is DueStatus.OVERDUE
        for r in overview(window).open_items.open_model.rows()
    )


def test_navigating_to_the_aios_details_opens_the_edit_dialog(qtbot, window, two_aios):
    from opleider_desk.domain.due import TargetArea
    from opleider_desk.ui.aios.dialog import AiosDialog
    from opleider_desk.ui.navigation import NavTarget

    done = when_shown(qtbot, AiosDialog, lambda d: d.reject())
    assert window.navigate(NavTarget(TargetArea.AIOS, two_aios[1], two_aios[1]))
    qtbot.waitUntil(lambda: bool(done))
    assert overview(window).selected().id == two_aios[1]


def test_checklist_status_is_edited_in_place_and_counts_on_the_overview(qtbot, window, two_aios):
    late, _ = two_aios
    portfolio = show_portfolio(qtbot, window)
    portfolio.select_aios(late)
    view = portfolio.checklist.view
    model = portfolio.checklist.model
    assert [e.item.template_key for e in model.rows()][:2] == ["iop", "kpb"]
    index = model.index(2, STATUS_COLUMN)
    view.setCurrentIndex(index)
    view.edit(index)
    combo = view.viewport().findChild(QComboBox)
    assert combo is not None
    combo.setCurrentIndex(combo.findData(ChecklistStatus.PRESENT))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: model.rows()[2].item.status is ChecklistStatus.PRESENT)
    # The overview counts what the checklist shows as missing: the trainer's ticks and the
    # items the data shows present (the KPBs held, say) are not among them.
    missing = sum(1 for e in model.rows() if e.status is ChecklistStatus.MISSING)
    assert missing == 9
    assert (
        overview(window).proxy.index(row_of(overview(window), "Daan Bakker"), PORTFOLIO_COLUMN).data()
        == f"{missing} ontbreken"
    )


def test_detail_pane_saves_date_and_note_and_opens_a_temporary_copy(qtbot, window, two_aios, monkeypatch):
    page = show_portfolio(qtbot, window).checklist
    page.select_template_key("msf")
    page.item_date.setText("31-2-2026")
    page.save_detail()
    assert page.date_error.isVisible()
    page.item_date.setText(TODAY.strftime("%d-%m-%Y"))
    page.note.setPlainText("Acht feedbackgevers")
    page.save_detail()
    entry = page.selected()
    assert (entry.item.item_date, entry.item.note) == (TODAY, "Acht feedbackgevers")
    assert entry.outcome.status is ChecklistStatus.PRESENT  # MSF dated after the last meeting

    service = window.context.service(PortfolioService)
    service.add_attachment_bytes(entry.item.id, "msf.pdf", b"%PDF-1.4 360")
    assert page.attachment_model.rowCount() == 1
    opened: list[QUrl] = []
    monkeypatch.setattr("opleider_desk.ui.portfolio.checklist_page.QDesktopServices.openUrl", opened.append)
    page.attachments.selectRow(0)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    [url] = opened
    with open(url.toLocalFile(), "rb") as handle:
        assert hashlib.sha256(handle.read()).hexdigest() == hashlib.sha256(b"%PDF-1.4 360").hexdigest()
    assert page.model.rows()[page.model.row_of(entry.item.id)].attachments == 1


def test_review_findings_are_saved_as_they_are_given(qtbot, window, two_aios):
    late, _ = two_aios
    portfolio = show_portfolio(qtbot, window)
    portfolio.select_aios(late)
    question = portfolio.review.questions[0]
    question.answer.setCurrentIndex(question.answer.findData(ReviewAnswer.ATTENTION))
    question.answer.activated.emit(question.answer.currentIndex())
    question.note.setText("Twee weken te laat")
    question.note.editingFinished.emit()
    saved = window.context.service(PortfolioService).review(late)[0]
    assert (saved.answer, saved.note) == (ReviewAnswer.ATTENTION, "Twee weken te laat")


def test_obligations_show_measured_and_hand_ticked_rows(qtbot, window, two_aios):
    page = show_portfolio(qtbot, window).obligations
    rows = {r.item.key: r for r in page.model.rows()}
    assert rows["out_of_hours_shifts"].result.actual == 0
    assert rows["presence"].result is None

    def shifts(dialog: EventDialog):
        dialog.quantity.setValue(5)
        dialog.accept()

    done = when_shown(qtbot, EventDialog, shifts)
    qtbot.mouseClick(page.shifts_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(done))
    rows = {r.item.key: r for r in page.model.rows()}
    assert rows["out_of_hours_shifts"].result.actual == 5
    assert page.event_model.rowCount() == 1

    presence = next(n for n, r in enumerate(page.model.rows()) if r.item.key == "presence")
    page.model.setData(
        page.model.index(presence, 1), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    checked = page.model.index(presence, 1).data(Qt.ItemDataRole.CheckStateRole)
    assert checked == Qt.CheckState.Checked


def test_norms_dialog_stores_overrides_and_shows_problems_beside_the_field(qtbot, window, two_aios):
    dialog = NormsDialog(window.context.service(NormService), window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields["coaching_min_per_year"].setValue(9)
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.errors.fields["coaching_max_per_year"][1].isVisible()
    dialog.fields["coaching_min_per_year"].setValue(6)
    dialog.fields["voortgangsgesprek_interval_months"].setValue(4)
    dialog.accept()
    assert not dialog.isVisible()
    assert window.context.service(NormService).overrides() == {"voortgangsgesprek_interval_months": 4}
    # The overview follows at once: the overdue progress meeting moved to four months after the start.
    item = next(
        r.item
        for r in overview(window).open_items.open_model.rows()
        if r.item.aios_id == two_aios[0] and r.item.kind is DueKind.VOORTGANGSGESPREK
    )
    start = window.context.service(AiosService).get(two_aios[0]).start_date
    assert (item.kind, item.due_date) == (DueKind.VOORTGANGSGESPREK, add_months(start, 4))


def test_every_norm_has_a_field_in_the_dialog(window):
    from opleider_desk.domain.norms import Norms

    dialog = NormsDialog(window.context.service(NormService), window)
    assert set(dialog.fields) == set(Norms().as_dict())
    dialog.deleteLater()


def test_a_selected_row_in_the_open_list_is_acted_on_with_enter(qtbot, window, two_aios):
    view = overview(window).open_items
    seen: list[object] = []
    view.item_activated.connect(seen.append)
    view.setFocus()
    view.setCurrentIndex(view.open_model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert seen == [view.open_model.index(0, 0).data(ROW_ROLE)]


def test_a_broken_own_checklist_is_named_on_the_tab(qtbot, window):
    from opleider_desk import paths

    own = paths.data_dir() / "checklists" / "portfolio.json"
    own.parent.mkdir(parents=True, exist_ok=True)
    own.write_text("{", encoding="utf-8")
    try:
        window.open_store(window.context.store.path)  # a fresh service reads the folder again
        portfolio = show_portfolio(qtbot, window)
    finally:
        own.unlink()
    assert portfolio.template_warning.isVisible()
    assert "portfolio.json" in portfolio.template_warning.text()
    assert len(portfolio.review.questions) == 9


def test_an_mg_trainer_records_fewer_hours_in_the_specialty_and_marks_the_institution_informed(qtbot, window):
    """``000_…`` Bijlage 1 §9c through the real widgets: recorded, due in the overview, then marked."""
    from opleider_desk.domain.due import DueKind
    from opleider_desk.domain.enums import TrainerEventKind
    from opleider_desk.storage.services.trainer_events import TrainerEventService

    service = window.context.service(AiosService)
    service.add(
        Aios(name="Ahmed", start_date=TODAY - timedelta(days=100), regulation="maatschappij_en_gezondheid")
    )
    portfolio = show_portfolio(qtbot, window)
    portfolio.pages.setCurrentWidget(portfolio.obligations)
    page = portfolio.obligations
    page.reload()
    assert page.hours_button.isVisible() and page.task_button.isVisible()

    def hours(dialog: EventDialog):
        dialog.quantity.setValue(12)
        dialog.accept()

    done = when_shown(qtbot, EventDialog, hours)
    qtbot.mouseClick(page.hours_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(done))
    [event] = window.context.service(TrainerEventService).list()
    assert (event.kind, event.quantity, event.institution_informed) == (
        TrainerEventKind.HOURS_IN_SPECIALTY,
        12,
        False,
    )
    aios_tab = window.tab_widget("aios")
    aios_tab.reload_due()
    settled_overview(window)
    [notice] = [r for r in aios_tab.open_items.open_model.rows() if r.item.kind is DueKind.INFORM_INSTITUTION]
    assert notice.aios_name == "Ahmed"

    assert page.select_event(TrainerEventKind.HOURS_IN_SPECIALTY)
    assert page.informed_button.isVisible() and page.informed_button.isEnabled()
    qtbot.mouseClick(page.informed_button, Qt.MouseButton.LeftButton)
    assert window.context.service(TrainerEventService).list()[0].institution_informed
    aios_tab.reload_due()
    settled_overview(window)
    assert not [r for r in aios_tab.open_items.open_model.rows() if r.item.kind is DueKind.INFORM_INSTITUTION]


def test_a_gp_trainer_without_mg_aios_sees_no_section_9_buttons(qtbot, window, two_aios):
    portfolio = show_portfolio(qtbot, window)
    portfolio.pages.setCurrentWidget(portfolio.obligations)
    page = portfolio.obligations
    assert page.shifts_button.isVisible()
    assert not page.hours_button.isVisible() and not page.task_button.isVisible()
