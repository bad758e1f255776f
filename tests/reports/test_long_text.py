"""Every PDF wraps or cuts any long text instead of failing (issue 14).

A data file from before the length limits (0.1) may hold a 100,000-character
description or profile field; from 5,000 characters ``statement`` and the AVG
export failed with a reportlab LayoutError. These rows are written straight into
a real SQLite file, past the domain's limits, as such an old file holds them;
then the real commands and the real document builders print it and the PDFs are
read back with pypdf.
"""

from __future__ import annotations

import io
import json
import re
import sqlite3
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from opleider_desk import cli
from opleider_desk.domain.enums import CategoryKey
from opleider_desk.storage.open import open_store
from opleider_desk.storage.services.meetings import MeetingService
from tests.statement_data import add_aios, log_hours, save_profile

SPACED = ("lange omschrijving " * 6000)[:100_000]
SOLID = "X" * 5000  # a word with no space to break at
CUT = "tekens niet afgedrukt]"  # the Dutch cut marker's end


def _old_file(path: Path) -> tuple[int, int]:
    """(aios id, meeting id) of a file whose every printed text is far too long."""
    store = open_store(path)
    save_profile(store)
    sanne = add_aios(store, "Sanne de Vries")
    log_hours(store, sanne, date(2026, 7, 6), 90, CategoryKey.LEERGESPREK, "kort")
    log_hours(store, sanne, date(2026, 7, 7), 60, CategoryKey.LEERGESPREK, "kort")
    log_hours(store, sanne, date(2026, 8, 3), 30, CategoryKey.GEZAMENLIJK_SPREEKUUR, "kort")
    meetings = store.service(MeetingService)
    meeting = meetings.plan(sanne, "voortgangsgesprek", datetime(2026, 7, 10, 14), 60)
    meetings.hold(meeting, date(2026, 7, 10))
    store.close()
    con = sqlite3.connect(path)
    con.execute("UPDATE hour_entry SET description = ? WHERE day = '2026-07-06'", (SPACED,))
    con.execute("UPDATE hour_entry SET description = ? WHERE day = '2026-07-07'", (SOLID,))
    con.execute(
        "UPDATE profile SET name = ?, practice = ?, employer = ?, institute = ?, quality_officer = ?",
        ("Marieke " + SOLID, "Praktijk " + SPACED, SOLID, "Instituut " + SPACED, SPACED),
    )
    con.execute("UPDATE aios SET name = ?", ("Sanne " + SOLID,))
    con.execute("UPDATE hour_category SET name = ? WHERE key IS NULL OR key = 'leergesprek'", (SOLID,))
    answers = {
        "sterk_zwak.sterke_punten": SPACED,
        "sterk_zwak.zwakke_punten": SOLID,
        "plan.verbetering": SPACED,
    }
    agenda = [
        {"text": SPACED, "source": "user", "done": False},
        {"text": SOLID, "source": "user", "done": False},
    ]
    con.execute(
        "UPDATE meeting SET answers = ?, verdict_explanation = ?, location = ?, title = ?, agenda = ?",
        (json.dumps(answers), SPACED, SOLID, "Titel " + SPACED, json.dumps(agenda)),
    )
    con.execute(
        "INSERT INTO agreement (aios_id, meeting_id, text, owner, status, created_at)"
        " VALUES (?, ?, ?, 'aios', 'open', '2026-07-10 14:00:00')",
        (sanne, meeting, SPACED),
    )
    con.execute(
        "INSERT INTO agreement (aios_id, meeting_id, text, owner, status, created_at)"
        " VALUES (?, ?, ?, 'aios', 'open', '2026-07-10 14:00:00')",
        (sanne, meeting, SOLID),
    )
    con.execute(
        "INSERT INTO learning_goal (aios_id, competency, statement, activities, assessment, status,"
        " set_in_meeting_id, created_on) VALUES (?, 'medisch_handelen', ?, ?, ?, 'open', ?, '2026-07-10')",
        (sanne, SPACED, SOLID, SPACED, meeting),
    )
    con.commit()
    con.close()
    return sanne, meeting


@pytest.fixture
def old_file(db_path, words) -> tuple[Path, int, int]:
    """The ``words`` fixture installs the Dutch translation the documents print in."""
    sanne, meeting = _old_file(db_path)
    return db_path, sanne, meeting


def _texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _wrapped_and_cut(pdf: bytes, *, most_pages: int = 40) -> str:
    """The text of a readable PDF in which no line runs off the page and the cuts are marked."""
    pages = _texts(pdf)
    assert 1 <= len(pages) <= most_pages, len(pages)
    text = "\n".join(pages)
    # 5,000 X's are broken over lines: an A4 line holds about 80 of them at 9 pt.
    assert max(len(run) for run in re.findall("X+", text)) <= 100
    assert CUT in text
    return text


def test_statement_command_prints_an_old_file_with_long_texts(old_file, tmp_path, capsys):
    path, _sanne, _meeting = old_file
    out = tmp_path / "verklaring.pdf"
    code = cli.main(
        ["--lang", "nl", "--db", str(path), "statement", "--quarter", "2026-Q3", "--out", str(out)]
    )
    assert code == 0, capsys.readouterr().err
    text = _wrapped_and_cut(out.read_bytes())
    assert "Marieke XXXX" in text and "lange omschrijving lange omschrijving" in text
    assert "Verificatiecode" in text or "verificatiecode" in text
    assert len(text) < 120_000  # cut: not every one of the 100,000 characters printed


def test_avg_export_holds_readable_documents_of_an_old_file(old_file):
    from opleider_desk.storage.privacy import export_aios
    from opleider_desk.ui.avg_documents import register_avg_documents

    # As the window does (registering twice adds nothing): handing the documents in as
    # extra ones too doubled them once an earlier test had opened a window.
    register_avg_documents()
    path, sanne, _meeting = old_file
    store = open_store(path)
    try:
        data = export_aios(store, sanne)
    finally:
        store.close()
    archive = zipfile.ZipFile(io.BytesIO(data))
    pdfs = [name for name in archive.namelist() if name.endswith(".pdf")]
    assert len(pdfs) == 2, archive.namelist()
    for name in pdfs:
        _wrapped_and_cut(archive.read(name))
    stored = json.loads(archive.read("data.json"))
    # The data itself is handed over whole: only the printed documents are cut.
    assert SPACED in {row["description"] for row in stored["tables"]["hour_entry"]}


def test_meeting_report_and_agenda_of_an_old_file(old_file):
    from opleider_desk.reports.meeting_report import agenda_pdf, meeting_report_pdf
    from opleider_desk.ui.meetings.document import meeting_document, report_words

    path, _sanne, meeting = old_file
    store = open_store(path)
    try:
        document = meeting_document(store, meeting, "nl")
    finally:
        store.close()
    report = _wrapped_and_cut(meeting_report_pdf(document, report_words()))
    assert "Titel lange omschrijving" in report
    _wrapped_and_cut(agenda_pdf(document, report_words()))


def test_meeting_contacts_report_of_an_old_file(old_file, words):
    from opleider_desk.domain.quarters import Quarter
    from opleider_desk.reports.statement import meeting_contacts_pdf
    from opleider_desk.storage.services.statements import StatementService

    path, sanne, _meeting = old_file
    store = open_store(path, read_only=True)
    try:
        statements = store.service(StatementService).gather(Quarter(2026, 3), sanne)
    finally:
        store.close()
    _wrapped_and_cut(meeting_contacts_pdf(statements, words))
