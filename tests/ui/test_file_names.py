"""Suggested file names: the meeting's kind in the UI's words (never its template key),
"K1 2026" in Dutch and "Q1 2026" in English, and always a name Windows can save (issue 16)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from opleider_desk.domain.entities import Aios
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.meetings import MeetingService
from opleider_desk.words.file_names import file_name

NAMES = {
    "nl": {
        "report": "Voortgangsgesprek Sanne de Vries 2026-07-06.pdf",
        "agenda": "Agenda voortgangsgesprek Sanne de Vries 2026-07-06.pdf",
        "text": "Voortgangsgesprek Sanne de Vries 2026-07-06.txt",
        "invitation": "Voortgangsgesprek Sanne de Vries 2026-07-06.ics",
        "signed": "Voortgangsgesprek Sanne de Vries 2026-07-06 ondertekend.pdf",
        "quarter": "K3 2026",
    },
    "en": {
        "report": "Progress meeting Sanne de Vries 2026-07-06.pdf",
        "agenda": "Agenda progress meeting Sanne de Vries 2026-07-06.pdf",
        "text": "Progress meeting Sanne de Vries 2026-07-06.txt",
        "invitation": "Progress meeting Sanne de Vries 2026-07-06.ics",
        "signed": "Progress meeting Sanne de Vries 2026-07-06 signed.pdf",
        "quarter": "Q3 2026",
    },
}


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (
            ("Verslag", 'Jan: de "Vries" / Bakker?', date(2026, 7, 6)),
            "Verslag Jan- de -Vries- - Bakker- 2026-07-06.pdf",
        ),
        (("Verslag", "Jan Jansen."), "Verslag Jan Jansen.pdf"),  # no trailing dot before the suffix
        (("Verslag  ", " ", "Jan \t Jansen  "), "Verslag Jan Jansen.pdf"),
        (("CON",), "CON_.pdf"),
        (("nul.verslag",), "nul.verslag_.pdf"),
        (("<>",), "OpleiderDesk.pdf"),
        (("a" * 300,), "a" * 120 + ".pdf"),
    ],
)
def test_a_suggested_name_can_be_saved_on_windows(parts, expected):
    assert file_name(*parts, suffix=".pdf") == expected


@pytest.fixture
def held(window) -> int:
    aios_id = window.context.service(AiosService).add(
        Aios(name="Sanne de Vries", start_date=date(2026, 1, 5))
    )
    meetings = window.context.service(MeetingService)
    meeting_id = meetings.plan(aios_id, "voortgangsgesprek", datetime(2026, 7, 6, 13, 30), 60)
    return meeting_id


@pytest.fixture
def suggested(monkeypatch) -> list[str]:
    """The file names the save dialogs suggest (the dialog itself is cancelled)."""
    names: list[str] = []

    def choose(_parent, _title, start, *_args, **_kwargs):
        names.append(Path(start).name)
        return "", ""

    for where in (
        "opleider_desk.ui.safety.file_dialogs.save_file_name",
        "opleider_desk.ui.meetings.window.save_file_name",
        "opleider_desk.ui.meetings.tab.save_file_name",
    ):
        monkeypatch.setattr(where, choose)
    return names


@pytest.mark.parametrize("language", ["nl", "en"], indirect=True)
def test_meeting_files_are_named_by_the_meeting_kind_in_the_ui_language(
    qtbot, ui_language, window, held, suggested
):
    from opleider_desk.ui.statements.digital_sign import DigitalSignDialog

    expected = NAMES[ui_language]
    tab = window.show_tab("meetings")
    tab.select(held)
    assert tab.selected() is not None
    tab.save_invitation()
    meeting = tab.open_meeting(held)
    qtbot.waitExposed(meeting)
    meeting.save_report_dialog()
    meeting.save_agenda_dialog()
    meeting.save_eportfolio_dialog()
    signing = meeting.digital_sign_dialog()
    assert isinstance(signing, DigitalSignDialog)
    signing.close()
    assert suggested == [expected["invitation"], expected["report"], expected["agenda"], expected["text"]]
    assert signing.suggested_name == expected["signed"]
    assert all("voortgangsgesprek-" not in name for name in suggested)
    meeting.close()


@pytest.mark.parametrize("language", ["nl", "en"], indirect=True)
def test_the_statement_file_names_its_quarter_as_the_language_writes_it(qtbot, ui_language, window, held):
    from opleider_desk.domain.quarters import Quarter
    from opleider_desk.ui.statements.dialog import StatementDialog

    dialog = StatementDialog(window.context, window, quarter=Quarter(2026, 3))
    qtbot.addWidget(dialog)
    name = dialog.default_file_name()
    assert NAMES[ui_language]["quarter"] in name, name
    assert name.endswith(".pdf")
