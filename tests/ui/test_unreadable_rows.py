"""Rows with a value this version does not know, forged with sqlite3 into a copy of the 0001
fixture: a list leaves them out with the notice the portfolio shows, one row asked for by
itself (a meeting, the profile) gives a message naming the field and the value instead of a
crash, and the rows stay in the file as they were (issue 16)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from opleider_desk.domain.problems import ValidationFailed
from opleider_desk.storage.mapping import UnreadableRow
from opleider_desk.storage.open import open_store
from opleider_desk.storage.services.agreements import AgreementService
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.meetings import MeetingService
from opleider_desk.storage.services.profile import ProfileService
from tests.ui.conftest import settled_overview, window_with_errors

FIXTURE = Path(__file__).parents[1] / "storage" / "fixtures" / "0001.sqlite"
FORGED = {
    "meeting": ("status", 3, "done"),
    "aios": ("status", 2, "gone"),
    "profile": ("role", 1, "docent"),
    "agreement": ("status", 1, "klaar"),
}
# How the field and its stored value are said, in each language.
SAID = {
    "nl": {"meeting": "status ‘done’", "aios": "status ‘gone’", "profile": "rol ‘docent’"},
    "en": {"meeting": "status “done”", "aios": "status “gone”", "profile": "role “docent”"},
}


def _forge(path: Path, *tables: str) -> None:
    con = sqlite3.connect(path)
    try:
        for table in tables:
            field, row_id, value = FORGED[table]
            con.execute(f"UPDATE {table} SET {field} = ? WHERE id = ?", (value, row_id))
        con.commit()
    finally:
        con.close()


def _rows(path: Path) -> dict[str, list[tuple]]:
    """The forged tables' rows, in the columns the fixture has (opening migrates the copy)."""
    fixture = sqlite3.connect(FIXTURE)
    con = sqlite3.connect(path)
    try:
        out = {}
        for table in FORGED:
            columns = ", ".join(row[1] for row in fixture.execute(f"PRAGMA table_info({table})"))
            out[table] = con.execute(f"SELECT {columns} FROM {table} ORDER BY id").fetchall()
        return out
    finally:
        con.close()
        fixture.close()


@pytest.fixture
def forged(tmp_path) -> Path:
    copy = tmp_path / "0001.sqlite"
    copy.write_bytes(FIXTURE.read_bytes())
    return copy


def test_one_row_asked_for_by_itself_is_refused_with_its_field_and_value(forged):
    _forge(forged, *FORGED)
    before = _rows(forged)
    store = open_store(forged)
    try:
        reads = {
            "meeting": lambda: store.service(MeetingService).get(3),
            "aios": lambda: store.service(AiosService).get(2),
            "profile": lambda: store.service(ProfileService).get(),
            "agreement": lambda: store.service(AgreementService).get(1),
        }
        for table, read in reads.items():
            with pytest.raises(UnreadableRow) as refused:
                read()
            field, row_id, value = FORGED[table]
            assert refused.value.error.key == (table, row_id, field)
            assert refused.value.error.value == value
            assert isinstance(refused.value, ValidationFailed)  # shown as any refusal is
        # The lists leave them out, the rest is there.
        assert 3 not in {m.id for m in store.service(MeetingService).list()}
        assert len(store.service(MeetingService).list()) == 20
        assert [a.id for a in store.service(AiosService).list()] == [1]
        # A profile stored by a newer version is no first run to fill in again.
        assert store.service(ProfileService).exists()
    finally:
        store.close()
    assert _rows(forged) == before


def _warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        "opleider_desk.ui.widgets.user_action.QMessageBox.warning",
        lambda _parent, _title, text, *_a, **_k: shown.append(text),
    )
    return shown


@pytest.mark.parametrize("language", ["nl", "en"], indirect=True)
def test_the_meetings_tab_names_a_meeting_it_cannot_read_and_refuses_to_open_it(
    qtbot, ui_language, settings, forged, monkeypatch
):
    _forge(forged, "meeting")
    before = _rows(forged)
    shown = _warnings(monkeypatch)
    win, errors = window_with_errors(qtbot, settings, ui_language, forged, monkeypatch)
    tab = win.show_tab("meetings")
    assert tab.model.rowCount() == 20  # the other meetings are there
    warning = tab.unreadable_warning
    assert warning.isVisibleTo(tab)
    assert SAID[ui_language]["meeting"] in warning.text()
    assert ("regel 3" if ui_language == "nl" else "row 3") in warning.text()
    # Only what the tab reads: not the fixture's portfolio item the portfolio tab names.
    assert "done" not in warning.text().replace(SAID[ui_language]["meeting"], "")

    # Asked for by itself (as navigation does): a message, no window, no crash.
    assert tab.open_meeting(3) is None
    assert len(shown) == 1 and SAID[ui_language]["meeting"] in shown[0], shown
    assert 3 not in tab.windows
    # Another meeting opens as ever.
    meeting = tab.open_meeting(13)
    assert meeting is not None
    meeting.close()
    assert errors == []
    win.close_store()
    assert _rows(forged) == before


@pytest.mark.parametrize("language", ["nl", "en"], indirect=True)
def test_a_profile_role_it_cannot_read_is_said_and_the_rest_works(
    qtbot, ui_language, settings, forged, monkeypatch
):
    _forge(forged, "profile")
    before = _rows(forged)
    shown = _warnings(monkeypatch)
    win, errors = window_with_errors(qtbot, settings, ui_language, forged, monkeypatch)
    overview = settled_overview(win)
    assert overview.due_loaded
    # File ▸ Profile says why it does not open, naming the field and the value.
    win.profile_action.trigger()
    assert len(shown) == 1 and SAID[ui_language]["profile"] in shown[0], shown
    assert (
        win.findChild(object, "profileDialog") is None
        or not win.findChild(object, "profileDialog").isVisible()
    )
    # The portfolio (which reads the role for its pages) and the meetings tab still work.
    portfolio = win.show_tab("portfolio")
    qtbot.waitUntil(portfolio.isVisible)
    tab = win.show_tab("meetings")
    assert tab.model.rowCount() == 21
    assert SAID[ui_language]["profile"] in tab.unreadable_warning.text()
    # The quarterly statement prints the trainer's profile: the dialog says why it has none.
    from PySide6.QtWidgets import QApplication

    from opleider_desk.ui.statements.dialog import StatementDialog

    win.statement_action.trigger()
    [statement] = [w for w in QApplication.topLevelWidgets() if isinstance(w, StatementDialog)]
    qtbot.waitUntil(lambda: SAID[ui_language]["profile"] in statement.status.text(), timeout=10000)
    statement.done(0)
    # A meeting's report needs the trainer's name: the report tab says why it has no preview.
    meeting = tab.open_meeting(2)
    assert meeting is not None
    meeting.tabs.setCurrentWidget(meeting.report_page)
    assert SAID[ui_language]["profile"] in meeting.report_error.text()
    # So do its e-portfolio copy and digital signing: said there, no crash.
    for button in (meeting.copy_eportfolio_button, meeting.digital_button):
        meeting.report_error.show_message("")
        button.click()
        assert SAID[ui_language]["profile"] in meeting.report_error.text()
    meeting.close()
    assert errors == []
    win.close_store()
    assert _rows(forged) == before


@pytest.mark.parametrize("language", ["nl", "en"], indirect=True)
def test_the_hours_tab_says_which_aios_it_left_out(qtbot, ui_language, settings, forged, monkeypatch):
    _forge(forged, "aios")
    before = _rows(forged)
    win, errors = window_with_errors(qtbot, settings, ui_language, forged, monkeypatch)
    hours = win.show_tab("hours")
    qtbot.waitUntil(lambda: hours.unreadable_warning.isVisibleTo(hours))
    assert SAID[ui_language]["aios"] in hours.unreadable_warning.text()
    # The aios it can read is there to choose.
    assert hours.aios_filter.findText("Sanne de Vries") >= 0
    assert hours.aios_filter.findText("Daan Bakker") < 0
    assert errors == []
    win.close_store()
    assert _rows(forged) == before
