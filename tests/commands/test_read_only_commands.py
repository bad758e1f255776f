"""Commands that only read work while the window has the file open; writers are turned away (issue 14)."""

from __future__ import annotations

import stat
from datetime import date

import pytest

from opleider_desk import cli
from opleider_desk.storage.open import open_store
from tests.statement_data import add_aios, log_hours, save_profile


@pytest.fixture
def window_store(db_path, qapp):
    """The file as an open window holds it: open for writing, with its lock."""
    store = open_store(db_path)
    save_profile(store)
    log_hours(store, add_aios(store, "Sanne de Vries"), date(2026, 7, 6), 90)
    yield store
    store.close()
    from opleider_desk.i18n import install_translators
    from opleider_desk.words.formatting import set_language

    install_translators(qapp, "nl")
    set_language("nl")


def _private(path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


def test_statement_and_export_ics_work_beside_the_window(window_store, tmp_path):
    pdf = tmp_path / "verklaring.pdf"
    db = str(window_store.path)
    assert cli.main(["--lang", "nl", "--db", db, "statement", "--quarter", "2026-Q3", "--out", str(pdf)]) == 0
    ics = tmp_path / "afspraken.ics"
    assert cli.main(["--lang", "nl", "--db", db, "export-ics", str(ics)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF") and ics.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert _private(pdf) and _private(ics)  # exports hold personal data


def test_a_writer_is_still_turned_away(window_store, tmp_path, capsys):
    sheet = tmp_path / "uren.csv"
    sheet.write_text("datum;minuten;categorie\n06-07-2026;30;Consultatie\n", encoding="utf-8")
    assert cli.main(["--lang", "en", "--db", str(window_store.path), "import-hours", str(sheet)]) == 2
    assert "already open" in capsys.readouterr().err


def test_due_and_verify_work_beside_the_window(window_store, capsys):
    """Probed again: both were turned away as if they wrote ("already open in another window")."""
    from opleider_desk.domain.quarters import Quarter
    from opleider_desk.storage.services.statements import StatementService

    [statement] = window_store.service(StatementService).gather(Quarter(2026, 3))
    db = str(window_store.path)
    assert cli.main(["--lang", "en", "--db", db, "due", "--today", "2026-07-10"]) == 0
    assert "Sanne de Vries" in capsys.readouterr().out  # the due list of the aios in the file
    assert cli.main(["--lang", "en", "--db", db, "verify", statement.verification_code]) in (0, 1)
    captured = capsys.readouterr()
    assert "already open" not in captured.err + captured.out
    assert "Sanne de Vries" in captured.out  # the statement the code belongs to
