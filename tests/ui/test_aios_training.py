"""The aios dialog's placements and interruptions, driven through the real widgets."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from opleider_desk.domain.entities import Aios, Placement
from opleider_desk.domain.enums import InterruptionKind, PlacementSetting
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.ui.aios.dialog import AiosDialog
from opleider_desk.ui.aios.training_editor import InterruptionDialog, PlacementDialog
from tests.ui.conftest import settled_overview

START, END = date(2025, 9, 1), date(2028, 8, 31)


def _when_shown(qtbot, cls, action):
    """Run ``action`` on the first visible ``cls`` dialog as soon as it shows."""
    done = []

    def poll():
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()), None
        )
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        action(dialog)
        done.append(dialog)

    QTimer.singleShot(0, poll)
    return done


def _type(qtbot, field, text):
    field.selectAll()
    qtbot.keyClicks(field, text)


def _choose(combo, value):
    combo.setCurrentIndex(combo.findData(value))


def add_sick_leave(qtbot, editor, start: str, end: str) -> None:
    """Sick leave of the aios from ``start`` to ``end``, added in the training editor's
    interruption dialog as a trainer types it."""

    def sick(d: InterruptionDialog):
        _choose(d.kind, InterruptionKind.AIOS_SICK_LEAVE)
        _type(qtbot, d.start, start)
        qtbot.keyClicks(d.end, end)
        d.buttons.button(d.buttons.StandardButton.Ok).click()

    done = _when_shown(qtbot, InterruptionDialog, sick)
    qtbot.mouseClick(editor.interruptions.add_button, Qt.MouseButton.LeftButton)
    assert done


def _aios(window, regulation: str = "") -> int:
    service = window.context.service(AiosService)
    return service.add(
        Aios(name="Sanne de Vries", start_date=START, expected_end_date=END, regulation=regulation),
        [Placement(start=START, end=date(2026, 8, 31), hlwp=1)],
    )


def test_placements_and_an_interruption_are_edited_in_the_dialog_and_saved(qtbot, window):
    service = window.context.service(AiosService)
    # An M&G trainee: their regulation (000_… §9) asks to inform the institution.
    aios_id = _aios(window, "maatschappij_en_gezondheid")
    dialog = AiosDialog(service, service.get(aios_id), window)
    qtbot.addWidget(dialog)
    dialog.show()
    editor = dialog.training
    assert editor.placement_model.rowCount() == 1

    def hospital(d: PlacementDialog):
        _choose(d.setting, PlacementSetting.HOSPITAL)
        qtbot.keyClicks(d.place, "LUMC")
        # The new row starts the day after the last one ends.
        assert d.start.text() == "01-09-2026"
        qtbot.keyClicks(d.end, "31-8-2027")
        qtbot.keyClick(d.place, Qt.Key.Key_Return)

    done = _when_shown(qtbot, PlacementDialog, hospital)
    qtbot.mouseClick(editor.placements.add_button, Qt.MouseButton.LeftButton)
    assert done

    def year3(d: PlacementDialog):
        _choose(d.setting, PlacementSetting.PRACTICE_OPLEIDER)
        qtbot.keyClicks(d.end, "31-8-2028")
        d.part_time.selectAll()
        qtbot.keyClicks(d.part_time, "60")
        _choose(d.hlwp, 2)
        d.buttons.button(d.buttons.StandardButton.Ok).click()

    done = _when_shown(qtbot, PlacementDialog, year3)
    qtbot.mouseClick(editor.placements.add_button, Qt.MouseButton.LeftButton)
    assert done
    assert [p.setting for p in editor.placement_model.rows()] == [
        PlacementSetting.PRACTICE_OPLEIDER,
        PlacementSetting.HOSPITAL,
        PlacementSetting.PRACTICE_OPLEIDER,
    ]

    add_sick_leave(qtbot, editor, "1-3-2026", "9-5-2026")
    # Ten weeks: over two months, so the institution must hear of it; the end may move by 70 days.
    assert "2026" in editor.notice.text() and "§9" in editor.notice.text()
    assert editor.use_proposal.isVisibleTo(dialog)
    qtbot.mouseClick(editor.use_proposal, Qt.MouseButton.LeftButton)
    assert dialog.end_date.text() == "09-11-2028"

    dialog.accept()
    assert not dialog.isVisible()
    placements = service.placements([aios_id])[aios_id]
    assert [(p.setting, p.start, p.end, p.part_time_percent, p.hlwp, p.place) for p in placements] == [
        (PlacementSetting.PRACTICE_OPLEIDER, START, date(2026, 8, 31), 100, 1, ""),
        (PlacementSetting.HOSPITAL, date(2026, 9, 1), date(2027, 8, 31), 100, None, "LUMC"),
        (PlacementSetting.PRACTICE_OPLEIDER, date(2027, 9, 1), date(2028, 8, 31), 60, 2, ""),
    ]
    [interruption] = service.interruptions([aios_id])[aios_id]
    assert (interruption.kind, interruption.start, interruption.end) == (
        InterruptionKind.AIOS_SICK_LEAVE,
        date(2026, 3, 1),
        date(2026, 5, 9),
    )
    assert service.get(aios_id).expected_end_date == date(2028, 11, 9)


def test_an_overlapping_placement_is_refused_beside_its_field_and_nothing_is_lost(qtbot, window):
    service = window.context.service(AiosService)
    aios_id = _aios(window)
    dialog = AiosDialog(service, service.get(aios_id), window)
    qtbot.addWidget(dialog)
    dialog.show()
    seen: dict[str, object] = {}

    def overlapping(d: PlacementDialog):
        _type(qtbot, d.start, "1-6-2026")
        qtbot.keyClicks(d.place, "Ziekenhuis")
        d.buttons.button(d.buttons.StandardButton.Ok).click()
        seen["open"] = d.isVisible()
        seen["error"] = d.form.errors.fields["start"][1].text()
        seen["place"] = d.place.text()
        d.reject()

    done = _when_shown(qtbot, PlacementDialog, overlapping)
    qtbot.mouseClick(dialog.training.placements.add_button, Qt.MouseButton.LeftButton)
    assert done
    assert seen["open"] and seen["error"] and seen["place"] == "Ziekenhuis"
    assert dialog.training.placement_model.rowCount() == 1


def test_the_overview_shows_the_current_placement(qtbot, window):
    aios_id = _aios(window)
    tab = window.tab_widget("aios")
    row = tab.model.row_of(aios_id)
    placement = tab.model._placement(tab.model.row_at(row))
    assert placement is not None and placement.hlwp == 1
    texts = [tab.model.index(row, c).data() for c in range(tab.model.columnCount())]
    assert any("HLWP 1" in (t or "") for t in texts)


def test_a_gp_trainee_s_interruption_asks_no_notice_the_gp_regulation_does_not_give(qtbot, window):
    service = window.context.service(AiosService)
    dialog = AiosDialog(service, service.get(_aios(window)), window)
    qtbot.addWidget(dialog)
    dialog.show()

    def sick(d: InterruptionDialog):
        assert not d.informed.isVisibleTo(d)
        _type(qtbot, d.start, "1-3-2026")
        qtbot.keyClicks(d.end, "9-6-2026")
        d.buttons.button(d.buttons.StandardButton.Ok).click()

    done = _when_shown(qtbot, InterruptionDialog, sick)
    qtbot.mouseClick(dialog.training.interruptions.add_button, Qt.MouseButton.LeftButton)
    assert done
    assert dialog.training.notice.text() == ""
    # The end may still move: that proposal is OpleiderDesk's own and says so.
    assert "OpleiderDesk" in dialog.training.proposal.text()
    dialog.accept()
    assert not dialog.isVisible()


def test_a_praktijkbegeleider_sees_their_own_duties_and_not_the_opleiders_obligations(qtbot, window):
    from datetime import timedelta

    from opleider_desk.domain.due import DueKind
    from opleider_desk.domain.entities import Profile
    from opleider_desk.domain.enums import Role
    from opleider_desk.storage.services.profile import ProfileService

    window.context.service(ProfileService).save(
        Profile(
            name="Ilse Vermeulen",
            role=Role.PRAKTIJKBEGELEIDER,
            practice="GGD Utrecht",
            supervising_opleider="Marieke Jansen",
            regulation="maatschappij_en_gezondheid",
        )
    )
    start = date.today() - timedelta(days=40)
    service = window.context.service(AiosService)
    # Added without placements: the whole training with the user in their role, praktijkbegeleider.
    aios_id = service.add(Aios(name="Noor", start_date=start, expected_end_date=start + timedelta(days=900)))
    [placement] = service.placements([aios_id])[aios_id]
    assert placement.setting is PlacementSetting.PRACTICE_PRAKTIJKBEGELEIDER
    window.tab_widget("aios").reload_due()
    tab = settled_overview(window)
    kinds = {r.item.kind for r in tab.open_items.open_model.rows() if r.item.aios_id == aios_id}
    assert DueKind.PB_CONSULTATION in kinds
    assert not kinds & {DueKind.VOORTGANGSGESPREK, DueKind.STARTGESPREK, DueKind.LEOH, DueKind.DIENSTEN}
    portfolio = window.show_tab("portfolio")
    qtbot.waitUntil(portfolio.isVisible)
    # Not the opleider's obligations; only what Bijlage 2 §11 (000_…) has an M&G pb tell.
    page = portfolio.obligations
    assert portfolio.pages.isTabVisible(portfolio.pages.indexOf(page))
    portfolio.pages.setCurrentWidget(page)
    assert not page.view.isVisible() and not page.leoh_button.isVisible()
    assert page.task_button.isVisible() and page.hours_button.isVisible()
    # Under the GP regulation (no § 9) the page has nothing for a pb.
    profiles = window.context.service(ProfileService)
    profiles.save(dataclasses.replace(profiles.get(), regulation="huisartsgeneeskunde"))
    assert not portfolio.pages.isTabVisible(portfolio.pages.indexOf(page))


def test_an_upgraded_year_3_aios_asks_for_the_training_start_and_the_dialog_takes_it(
    qtbot, ui_language, settings, tmp_path
):
    """A 0.1 file: Daan's start is that of his year-3 placement; the overview says check it."""
    from pathlib import Path

    from opleider_desk.domain.due import DueKind, TargetArea
    from opleider_desk.ui.main_window import MainWindow
    from opleider_desk.ui.widgets.background import busy

    fixture = Path(__file__).parents[1] / "storage" / "fixtures" / "0001.sqlite"
    copy = tmp_path / "0001.sqlite"
    copy.write_bytes(fixture.read_bytes())
    import sqlite3

    # The fixture's one checklist row says "done", a status no version had (0.1 knew
    # missing / present / reviewed, as now); a real 0.1 file has one of those.
    con = sqlite3.connect(copy)
    con.execute("UPDATE checklist_item SET status = 'present' WHERE status = 'done'")
    con.commit()
    con.close()
    win: Any = MainWindow(settings, ui_language)  # its tabs and context, as the other tests use them
    win.confirm_discard_unsaved = lambda: True
    qtbot.addWidget(win)
    assert win.open_store(copy)
    win.show()
    qtbot.waitUntil(lambda: not busy(win))
    service = win.context.service(AiosService)
    daan = service.find_by_name("Daan Bakker")
    assert daan is not None and daan.start_to_check and daan.start_date == date(2025, 9, 15)
    tab = win.tab_widget("aios")
    tab.reload_due()
    settled_overview(win)

    def check_rows():
        return [r for r in tab.open_items.open_model.rows() if r.item.kind is DueKind.CHECK_TRAINING_START]

    [row] = check_rows()
    assert row.aios_name == "Daan Bakker" and row.item.target == (TargetArea.AIOS, daan.id)
    from opleider_desk.words.due import details

    assert row.item.params["full_time_start"] == date(2023, 9, 15)
    assert "versie 0.1" in details(row.item) and "jaar 3" in details(row.item)

    dialog = AiosDialog(service, daan, win)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.start_notice.isVisible() and "15-09-2023" in dialog.start_notice.text()
    _type(qtbot, dialog.start_date, "15-09-2023")
    dialog.accept()
    saved = service.get(daan.id)
    assert (saved.start_date, saved.start_to_check) == (date(2023, 9, 15), False)
    [placement] = service.placements([daan.id])[daan.id]
    assert placement.start == date(2025, 9, 15), "the year-3 placement keeps its own start"
    tab.reload_due()
    settled_overview(win)
    assert not check_rows()
    win.close_store()
