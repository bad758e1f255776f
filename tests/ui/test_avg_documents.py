"""The AVG access export holds the aios's statements and meeting reports as PDFs."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime

from pypdf import PdfReader

from opleider_desk.storage import privacy
from opleider_desk.storage.services.meetings import MeetingService
from opleider_desk.ui.avg_documents import meeting_report_documents, statement_documents
from opleider_desk.ui.safety.avg_dialog import AvgDialog
from tests.statement_data import add_aios, log_hours, save_profile


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_avg_zip_holds_each_statement_and_held_meeting_report(qtbot, window, tmp_path, monkeypatch):
    store = window.context.store
    save_profile(store)
    sanne = add_aios(store, "Sanne de Vries")
    other = add_aios(store, "Daan Bakker")
    log_hours(store, sanne, date(2026, 2, 3), 60, description="Leergesprek")
    log_hours(store, other, date(2026, 5, 4), 30)
    meetings = store.service(MeetingService)
    held = meetings.plan(sanne, "coachingsgesprek", datetime(2026, 3, 2, 10), 45)
    meetings.hold(held, date(2026, 3, 2))
    meetings.plan(sanne, "voortgangsgesprek", datetime(2026, 12, 1, 10), 60)  # planned: no report yet
    # Registered once the window has painted, so the first paint does not wait for it.
    qtbot.waitUntil(lambda: statement_documents in privacy._document_providers)
    assert meeting_report_documents in privacy._document_providers
    # Only ours: other tests register providers of their own in the same process.
    monkeypatch.setattr(privacy, "_document_providers", [statement_documents, meeting_report_documents])

    dialog = AvgDialog(window.context, window, sanne)
    qtbot.addWidget(dialog)
    target = tmp_path / "avg.zip"
    selected = dialog.selected()
    assert selected is not None
    dialog.export_to(selected, target).wait()
    archive = zipfile.ZipFile(io.BytesIO(target.read_bytes()))
    documents = sorted(n for n in archive.namelist() if n.startswith("documents/") and n.endswith(".pdf"))
    assert documents == [
        "documents/Kwartaalverklaring K1 2026.pdf",
        "documents/gespreksverslag Coachingsgesprek 2026-03-02.pdf",
    ]
    statement = pdf_text(archive.read("documents/Kwartaalverklaring K1 2026.pdf"))
    assert "Sanne de Vries" in statement and "Daan Bakker" not in statement
    report = pdf_text(archive.read("documents/gespreksverslag Coachingsgesprek 2026-03-02.pdf"))
    assert "Sanne de Vries" in report
