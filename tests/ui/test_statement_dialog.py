"""The quarterly statement dialog as a trainer uses it: look, print, sign, unlock, check."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QDialog

from opleider_desk.domain.problems import ValidationFailed
from opleider_desk.domain.quarters import Quarter
from opleider_desk.storage.services.statements import StatementService
from opleider_desk.ui.statements.dialog import SignDialog, StatementDialog, UnlockDialog, print_pdf_pages
from opleider_desk.ui.statements.verify_dialog import VerifyDialog
from opleider_desk.words.formatting import format_date
from tests.statement_data import add_aios, log_hours
from tests.ui.test_fit_and_access_keys import cut_off_texts

LAST_QUARTER = Quarter.of(date.today()).previous()


def _visible(cls):
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()), None)


def _when_open(cls, action):
    """Run ``action`` on the modal dialog of ``cls`` as soon as it is shown."""
    done = []

    def poll():
        dialog = _visible(cls)
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        action(dialog)
        done.append(dialog)

    QTimer.singleShot(0, poll)
    return done


@pytest.fixture
def sanne(window):
    store = window.context.store
    aios_id = add_aios(store, "Sanne de Vries", start=LAST_QUARTER.start - timedelta(days=200))
    log_hours(store, aios_id, LAST_QUARTER.start, 60, description="Leergesprek")
    log_hours(store, aios_id, LAST_QUARTER.end, 90, description="Laatste dag")
    return aios_id


def _open_dialog(qtbot, window) -> StatementDialog:
    window.statement_action.trigger()
    qtbot.waitUntil(lambda: _visible(StatementDialog) is not None)
    dialog = _visible(StatementDialog)
    qtbot.addWidget(dialog)
    return dialog


def test_the_dialog_previews_the_last_finished_quarter(qtbot, window, sanne):
    dialog = _open_dialog(qtbot, window)
    assert dialog.selected_quarter() == LAST_QUARTER
    assert dialog.selected_aios() == sanne  # the only aios is chosen for you
    assert dialog.view.document() is dialog.document
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() >= 1
    assert "Sanne de Vries" in dialog.document.getAllText(0).text()
    assert "Nog niet ondertekend" in dialog.status.text()
    assert dialog.sign_button.isEnabled() and not dialog.unlock_button.isEnabled()


def test_mark_as_signed_locks_and_unlock_asks_for_a_reason(qtbot, window, sanne):
    dialog = _open_dialog(qtbot, window)
    code = dialog.statements[0].verification_code

    def sign(box: SignDialog):
        box.signed_on.setText("vandaag")
        qtbot.keyClick(box.signed_on, Qt.Key.Key_Return)

    done = _when_open(SignDialog, sign)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert done
    assert f"Als ondertekend gemarkeerd op {format_date(date.today())}" in dialog.status.text()
    assert code in dialog.status.text()
    assert dialog.statements[0].verification_code == code  # printing again: same code
    assert dialog.unlock_button.isEnabled() and not dialog.sign_button.isEnabled()
    with pytest.raises(ValidationFailed):
        log_hours(window.context.store, sanne, LAST_QUARTER.start, 30)

    seen = {}

    def unlock(box: UnlockDialog):
        box.ok_button.click()
        seen["error"] = box.error.text()
        qtbot.keyClicks(box.reason, "Dubbel geboekt leergesprek")
        box.ok_button.click()

    done = _when_open(UnlockDialog, unlock)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert done
    assert seen["error"] == "Dit veld is verplicht."
    assert "daarna ontgrendeld" in dialog.status.text()
    log_hours(window.context.store, sanne, LAST_QUARTER.start, 30)
    assert dialog.statements[0].verification_code != code  # the preview follows the data


def test_a_signing_date_inside_the_quarter_is_refused_beside_the_field(qtbot, window, sanne):
    dialog = _open_dialog(qtbot, window)
    box = SignDialog(dialog.service, dialog.statements[0], dialog)
    qtbot.addWidget(box)
    box.signed_on.set_date(LAST_QUARTER.end - timedelta(days=1))
    box.accept()
    assert "na afloop van het kwartaal" in box.error.text()
    assert not dialog.service.get(LAST_QUARTER, sanne).is_signed


def test_save_and_print(qtbot, window, sanne, tmp_path, monkeypatch):
    dialog = _open_dialog(qtbot, window)
    target = tmp_path / "verklaring"
    monkeypatch.setattr(
        "opleider_desk.ui.safety.file_dialogs.save_file_name",
        lambda *args, **kwargs: (str(target), "PDF (*.pdf)"),
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "verklaring.pdf").read_bytes() == dialog.pdf

    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_pdf_pages(dialog.document, printer)
    printed = QPdfDocument()
    printed.load(str(tmp_path / "printed.pdf"))
    assert printed.pageCount() == dialog.document.pageCount()


def test_check_a_code_typed_from_paper(qtbot, window, sanne):
    service = window.context.service(StatementService)
    code = service.mark_signed(LAST_QUARTER, sanne, date.today()).verification_code
    window.verify_action.trigger()
    qtbot.waitUntil(lambda: _visible(VerifyDialog) is not None)
    dialog = _visible(VerifyDialog)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.code, "abc")
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert "24 letters en cijfers" in dialog.error.text()
    # Read whole: it had the room of one line for its two, cut at top and bottom.
    assert not cut_off_texts(dialog), cut_off_texts(dialog)
    dialog.code.setText(code.replace("-", "").lower())
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    result = dialog.plain_result
    assert "Sanne de Vries" in result and f"K{LAST_QUARTER.number} {LAST_QUARTER.year}" in result
    assert f"op {format_date(date.today())} als ondertekend gemarkeerd" in result
    assert result.startswith("Klopt")
    # the signed paper beside the data now: period, totals, signers, date
    assert "Op het ondertekende papier" in result and "Totaal uren" in result and "2:30" in result
    wrong = ("1" if code[0] != "1" else "2") + code[1:]
    dialog.code.setText(wrong)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert "typefout" in dialog.error.text()
    assert not cut_off_texts(dialog), cut_off_texts(dialog)
    # The label has its own name: QDialog.result() still answers how the dialog closed.
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected


def _open_verify(qtbot, window) -> VerifyDialog:
    window.verify_action.trigger()
    qtbot.waitUntil(lambda: _visible(VerifyDialog) is not None)
    dialog = _visible(VerifyDialog)
    qtbot.addWidget(dialog)
    return dialog


def test_enter_in_the_check_dialog_checks_and_keeps_it_open(qtbot, window, sanne):
    code = window.context.service(StatementService).get(LAST_QUARTER, sanne).verification_code
    dialog = _open_verify(qtbot, window)
    dialog.code.setFocus()
    qtbot.keyClicks(dialog.code, code)
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "Sanne de Vries" in dialog.outcome.text()
    qtbot.keyClick(dialog.code, Qt.Key.Key_Enter)
    assert dialog.isVisible()
    dialog.close()


def test_the_code_of_an_unsigned_printout_is_reported_as_concept(qtbot, window, sanne):
    code = window.context.service(StatementService).get(LAST_QUARTER, sanne).verification_code
    dialog = _open_verify(qtbot, window)
    dialog.code.setText(code)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.plain_result.startswith("Concept, nog niet als ondertekend gemarkeerd")
    dialog.close()


def test_a_signed_pdf_file_is_checked_code_and_signature(qtbot, window, sanne, tmp_path):
    from opleider_desk.reports.signing import sign_field
    from opleider_desk.reports.statement import statement_pdf
    from opleider_desk.words.statements import statement_words
    from tests.reports.certificates import make_pkcs12

    service = window.context.service(StatementService)
    statement = service.mark_signed(LAST_QUARTER, sanne, date.today())
    pdf = statement_pdf([statement], statement_words())
    field = f"trainer_{sanne}_{LAST_QUARTER.year}Q{LAST_QUARTER.number}"
    path = tmp_path / "getekend.pdf"
    path.write_bytes(sign_field(pdf, field, make_pkcs12("Marieke Jansen"), "geheim"))
    dialog = _open_verify(qtbot, window)
    verdict = dialog.check_file(path)
    assert verdict is not None and verdict.trustworthy
    assert "intact, ondertekend door Marieke Jansen" in dialog.plain_result
    broken = bytearray(path.read_bytes())
    broken[len(pdf) // 2] ^= 0x01
    path.write_bytes(bytes(broken))
    verdict = dialog.check_file(path)
    assert verdict is not None and not verdict.trustworthy and "GEBROKEN" in dialog.plain_result
    dialog.close()


def test_the_trainer_signs_their_own_field_from_the_program(qtbot, window, sanne, tmp_path):
    from pypdf import PdfReader

    from opleider_desk.reports.signing import check_signatures, signature_fields
    from opleider_desk.ui.statements.digital_sign import statement_sign_dialog
    from tests.reports.certificates import make_pkcs12

    dialog = _open_dialog(qtbot, window)
    assert dialog.digital_button.isEnabled()
    certificate = tmp_path / "mijn.p12"
    certificate.write_bytes(make_pkcs12("Marieke Jansen", "geheim"))
    signing = statement_sign_dialog(dialog.service, dialog.statements[0], dialog.pdf, dialog)
    qtbot.addWidget(signing)
    signing.certificate.setText(str(certificate))
    signing.passphrase.setText("fout")
    assert signing.sign() is not None and signing.passphrase.text() == ""
    qtbot.waitUntil(lambda: signing.task is None)
    assert "wachtwoordzin" in signing.passphrase_error.text() and signing.last_signed is None
    signing.passphrase.setText("geheim")
    assert signing.sign() is not None and signing.passphrase.text() == ""
    qtbot.waitUntil(lambda: signing.task is None)
    signed = signing.last_signed
    assert signed is not None and not signing.passphrase_error.text()
    [check] = check_signatures(signed)
    assert check.intact and check.signer == "Marieke Jansen" and check.field.startswith("trainer_")
    fields = signature_fields(signed)
    assert [f.signed for f in fields].count(True) == 1 and len(fields) >= 2  # the others sign later
    signing.save(tmp_path / "getekend", signed)
    assert PdfReader(tmp_path / "getekend.pdf").get_fields()
    with window.context.store.read() as session:
        from sqlalchemy import select

        from opleider_desk.storage.models import AuditLogRow

        actions = list(session.scalars(select(AuditLogRow.action)))
    assert "sign_statement_digitally" in actions


def test_the_meeting_contacts_report_as_its_own_signable_pdf(qtbot, window, sanne):
    import io

    from pypdf import PdfReader

    dialog = _open_dialog(qtbot, window)
    reader = PdfReader(io.BytesIO(dialog.contacts_pdf()))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Kwartaalrapportage gesprekscontacten" in text and "CONCEPT" in text
    assert dialog.statements[0].verification_code in text
    assert sorted(name.split("_")[1] for name in reader.get_fields() or {}) == ["aios", "trainer"]
    assert dialog.default_file_name().startswith(
        f"Kwartaalverklaring K{LAST_QUARTER.number} {LAST_QUARTER.year}"
    )


def test_a_meeting_reports_code_is_checked_in_the_same_dialog(qtbot, window, sanne):
    from opleider_desk.storage.services.meetings import MeetingService

    meetings = window.context.service(MeetingService)
    meeting_id = meetings.plan(sanne, "voortgangsgesprek", datetime(2026, 7, 6, 13, 30), 60)
    meetings.hold(meeting_id, date(2026, 7, 6))
    code = meetings.sign(meeting_id, date(2026, 7, 8))
    dialog = _open_verify(qtbot, window)
    dialog.code.setText(code)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.plain_result.startswith("Klopt") and "Voortgangsgesprek" in dialog.plain_result
    dialog.close()


def test_the_statements_of_all_trainees_are_made_on_a_worker_with_a_progress_dialog_that_cancels(
    qtbot, window, sanne, monkeypatch
):
    """Forty statements take seconds: made off the GUI thread, their progress shown, and
    a cancel leaves everything as it was (making a statement writes nothing)."""
    import threading

    from PySide6.QtWidgets import QProgressDialog

    from opleider_desk.storage.models import AuditLogRow, StatementRow
    from opleider_desk.ui.widgets.background import busy

    store = window.context.store
    daan = add_aios(store, "Daan Bakker", start=LAST_QUARTER.start - timedelta(days=100))
    log_hours(store, daan, LAST_QUARTER.start, 45, description="Intervisie")
    threads: list[str] = []
    release = threading.Event()
    original = StatementService.gather

    def slow_gather(self, quarter, aios_id=None):
        threads.append(threading.current_thread().name)
        if aios_id is None:
            release.wait(10)  # as long as the trainer takes to cancel
        return original(self, quarter, aios_id)

    monkeypatch.setattr(StatementService, "gather", slow_gather)

    def counts():
        with store.read() as session:
            return session.query(AuditLogRow).count(), session.query(StatementRow).count()

    before = counts()
    dialog = _open_dialog(qtbot, window)
    assert dialog.selected_aios() is None  # two trainees: all of them
    progress = None

    def progress_shown() -> bool:
        nonlocal progress
        progress = next(
            (w for w in dialog.findChildren(QProgressDialog) if w.isVisible()),
            None,
        )
        return progress is not None

    qtbot.waitUntil(progress_shown, timeout=5_000)
    assert progress is not None
    assert threads and threading.main_thread().name not in threads
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    qtbot.mouseClick(progress.findChild(type(dialog.close_button)), Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: not busy(dialog), timeout=10_000)
    assert "Geannuleerd" in dialog.status.text()
    assert dialog.pdf == b"" and dialog.document.pageCount() == 0
    assert not dialog.print_button.isEnabled()
    assert counts() == before

    # Choosing again makes them, and the preview holds both.
    dialog.quarter.setCurrentIndex(dialog.quarter.currentIndex())
    dialog.refresh()
    qtbot.waitUntil(lambda: bool(dialog.pdf) and not busy(dialog), timeout=10_000)
    text = dialog.view.text()
    assert "Sanne de Vries" in text and "Daan Bakker" in text
    assert dialog.print_button.isEnabled()
    assert counts() == before


@pytest.mark.parametrize(
    ("language", "word", "note", "other"),
    [("en", "DRAFT", "Draft: not marked as signed", "CONCEPT"), ("nl", "CONCEPT", "Concept: niet", "DRAFT")],
    indirect=["language"],
)
def test_an_unsigned_statement_is_marked_draft_in_the_users_language(qtbot, window, sanne, word, note, other):
    """The English statement printed the Dutch "CONCEPT" across every page, and "Concept: not
    marked as signed" at its top."""
    import io

    from pypdf import PdfReader

    dialog = _open_dialog(qtbot, window)
    qtbot.waitUntil(lambda: bool(dialog.pdf))
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(dialog.pdf)).pages]
    assert all(word in text and note in text for text in pages)
    assert not any(other in text for text in pages)
