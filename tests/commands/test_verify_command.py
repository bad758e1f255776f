"""``opleider-desk verify``: a code or a PDF file, with a clear verdict and exit status."""

from __future__ import annotations

from datetime import date

import pytest

from opleider_desk import cli
from opleider_desk.domain.quarters import Quarter
from opleider_desk.storage.open import open_store
from opleider_desk.storage.services.statements import StatementService
from tests.statement_data import add_aios, log_hours, save_profile

Q3 = Quarter(2026, 3)


@pytest.fixture
def data_file(db_path, qapp):
    store = open_store(db_path)
    save_profile(store)
    sanne = add_aios(store, "Sanne de Vries")
    log_hours(store, sanne, date(2026, 7, 6), 90)
    store.service(StatementService).mark_signed(Q3, sanne, date(2026, 10, 2), today=date(2026, 10, 2))
    store.close()
    yield db_path
    from opleider_desk.i18n import install_translators
    from opleider_desk.words.formatting import set_language

    install_translators(qapp, "nl")
    set_language("nl")


def run(data_file, *args: str) -> int:
    return cli.main(["--lang", "nl", "--db", str(data_file), "verify", *args])


def _code(data_file) -> str:
    store = open_store(data_file)
    try:
        [statement] = store.service(StatementService).gather(Q3)
        return statement.verification_code
    finally:
        store.close()


def test_a_signed_code_matches(data_file, capsys):
    code = _code(data_file)
    assert run(data_file, code.lower()) == 0
    out = capsys.readouterr().out
    assert out.startswith("Klopt") and "Sanne de Vries" in out and "Totaal uren" in out


def test_a_typo_and_garbage_are_refused_with_status_2(data_file, capsys):
    code = _code(data_file)
    wrong = ("1" if code[0] != "1" else "2") + code[1:]
    assert run(data_file, wrong) == 2
    assert "typefout" in capsys.readouterr().err
    assert run(data_file, "geen-code") == 2


def test_a_pdf_file_is_checked_for_code_and_signatures(data_file, tmp_path, capsys):
    out = tmp_path / "verklaring.pdf"
    assert (
        cli.main(
            ["--lang", "nl", "--db", str(data_file), "statement", "--quarter", "2026-Q3", "--out", str(out)]
        )
        == 0
    )
    capsys.readouterr()
    assert run(data_file, str(out)) == 0
    printed = capsys.readouterr().out
    assert "Het bestand heeft nog geen digitale handtekening." in printed
    assert "Nog 3 handtekeningvelden leeg." in printed
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"not a pdf")
    assert run(data_file, str(broken)) == 1
