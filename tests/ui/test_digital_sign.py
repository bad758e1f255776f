"""The digital-sign dialog as a trainer uses it: its PDF laid out and signed off the GUI thread."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QDialog

from opleider_desk.domain.problems import Problem, ValidationFailed
from opleider_desk.storage.services.meetings import MeetingService
from opleider_desk.ui.statements import digital_sign
from opleider_desk.ui.statements.digital_sign import DigitalSignDialog
from opleider_desk.ui.widgets.background import busy
from tests.reports.certificates import make_pkcs12
from tests.ui.test_meetings_tab import aios_id, meetings_tab, plan  # noqa: F401 (a fixture)


@pytest.fixture
def certificate(tmp_path) -> Path:
    path = tmp_path / "mijn.p12"
    path.write_bytes(make_pkcs12("Marieke Jansen", "geheim"))
    return path


@pytest.fixture
def meeting(qtbot, window, aios_id):  # noqa: F811 (the fixture imported above)
    service = window.context.service(MeetingService)
    meeting_id = plan(window, aios_id, "voortgangsgesprek")
    service.hold(meeting_id, date(2026, 7, 6))
    meeting_window = meetings_tab(window).open_meeting(meeting_id)
    qtbot.waitExposed(meeting_window)
    yield meeting_window
    if shiboken6.isValid(meeting_window):  # the main window's closing may have closed it
        meeting_window.close()


def test_sign_and_save_lays_out_and_signs_the_report_off_the_gui_thread(
    qtbot, window, meeting, certificate, tmp_path, monkeypatch
):
    """The report PDF was laid out on the GUI thread as the dialog opened (a second for a long
    meeting, the window frozen), and signed there when "Sign and save" was pressed."""
    from pypdf import PdfReader

    import opleider_desk.reports.meeting_report as meeting_report
    import opleider_desk.reports.signing as signing_module
    from opleider_desk.reports.signing import check_signatures

    threads: dict[str, list[threading.Thread]] = {"lay out": [], "sign": []}
    lay_out, sign_field = meeting_report.meeting_report_pdf, signing_module.sign_field

    def laid_out(*args, **kwargs):
        threads["lay out"].append(threading.current_thread())
        return lay_out(*args, **kwargs)

    def signed(*args, **kwargs):
        threads["sign"].append(threading.current_thread())
        return sign_field(*args, **kwargs)

    monkeypatch.setattr(meeting_report, "meeting_report_pdf", laid_out)
    monkeypatch.setattr(signing_module, "sign_field", signed)
    target = tmp_path / "getekend"
    asked: list[str] = []

    def save_file_name(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return str(target), ""

    monkeypatch.setattr(digital_sign, "save_file_name", save_file_name)

    dialog = meeting.digital_sign_dialog()
    assert threads["lay out"] == []  # opening the dialog lays nothing out
    dialog.show()
    dialog.certificate.setText(str(certificate))
    dialog.passphrase.setText("geheim")
    dialog.sign_button.click()
    assert dialog.passphrase.text() == ""  # never kept, not even while the worker signs
    assert not dialog.sign_button.isEnabled()  # one signing at a time
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted and not busy(dialog))

    main = threading.main_thread()
    assert len(threads["lay out"]) == 1 and threads["lay out"][0] is not main
    assert len(threads["sign"]) == 1 and threads["sign"][0] is not main
    assert asked == [dialog.suggested_name]
    saved = target.with_name("getekend.pdf")
    reader = PdfReader(saved)
    fields = reader.get_fields() or {}
    assert fields["opleider"].get("/V") is not None  # the trainer's field holds a signature
    assert fields["aios"].get("/V") is None  # the aios signs later, in a PDF reader
    [check] = check_signatures(saved.read_bytes())
    assert check.intact and check.field == "opleider" and check.signer == "Marieke Jansen"
    assert dialog.signed_pdf == saved.read_bytes()
    with window.context.store.read() as session:
        from sqlalchemy import select

        from opleider_desk.storage.models import AuditLogRow

        actions = list(session.scalars(select(AuditLogRow.action)))
    assert any("digital" in action for action in actions)


def _sign_clicked(meeting, certificate, report, passphrase: str, logged: list[str]) -> DigitalSignDialog:
    """The dialog shown for ``report`` (a PDF or what lays it out), filled in, Sign clicked."""
    dialog = DigitalSignDialog(report, "opleider", "Verslag", "x.pdf", logged.append, meeting)
    dialog.show()
    dialog.certificate.setText(str(certificate))
    dialog.passphrase.setText(passphrase)
    dialog.sign_button.click()
    return dialog


def test_a_wrong_passphrase_is_said_beside_its_field_and_the_dialog_stays(
    qtbot, meeting, certificate, tmp_path
):
    logged: list[str] = []
    dialog = _sign_clicked(meeting, certificate, meeting.report_pdf(), "fout", logged)
    qtbot.waitUntil(lambda: dialog.task is None)
    assert "wachtwoordzin" in dialog.passphrase_error.text()
    assert dialog.isVisible() and dialog.sign_button.isEnabled() and logged == []

    dialog.certificate.setText(str(tmp_path / "er-niet.p12"))
    assert dialog.sign() is None  # read at once: said at once
    assert dialog.certificate_error.text() and not dialog.passphrase_error.text()
    dialog.close()


def test_a_report_that_cannot_be_laid_out_is_said_in_words(qtbot, meeting, certificate):
    def refused() -> bytes:
        raise ValidationFailed([Problem("signing.no_field", None)])

    logged: list[str] = []
    dialog = _sign_clicked(meeting, certificate, refused, "geheim", logged)
    qtbot.waitUntil(lambda: dialog.task is None)
    assert dialog.general_error.text() and dialog.isVisible() and logged == []
    dialog.close()


def test_cancelled_while_signing_nothing_is_logged(qtbot, meeting, certificate):
    logged: list[str] = []
    dialog = _sign_clicked(meeting, certificate, meeting.report_pdf(), "geheim", logged)
    dialog.reject()
    qtbot.waitUntil(lambda: dialog.task is None)
    assert logged == [] and dialog.last_signed is None
