"""``opleider-desk statement``: a PDF for one aios or all, clear refusals otherwise."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from opleider_desk import cli
from opleider_desk.storage.open import open_store
from tests.statement_data import add_aios, log_hours, save_profile


@pytest.fixture
def data_file(db_path, qapp):
    store = open_store(db_path)
    save_profile(store)
    log_hours(store, add_aios(store, "Sanne de Vries"), date(2026, 7, 6), 90)
    log_hours(store, add_aios(store, "Sander Smit"), date(2026, 7, 7), 60)
    store.close()
    yield db_path
    from opleider_desk.i18n import install_translators
    from opleider_desk.words.formatting import set_language

    install_translators(qapp, "nl")
    set_language("nl")


def run(data_file, *args: str) -> int:
    return cli.main(["--lang", "nl", "--db", str(data_file), "statement", *args])


def test_one_aios_to_a_pdf(data_file, tmp_path, capsys):
    out = tmp_path / "verklaring.pdf"
    assert run(data_file, "--quarter", "2026-Q3", "--aios", "sanne de vries", "--out", str(out)) == 0
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Sanne de Vries" in text and "Sander Smit" not in text and "1:30" in text
    printed = capsys.readouterr().out
    assert "Sanne de Vries, K3 2026: verificatiecode" in printed and str(out) in printed


def test_all_aios_when_none_is_named(data_file, tmp_path):
    out = tmp_path / "alle.pdf"
    assert run(data_file, "--quarter", "Q3 2026", "--out", str(out)) == 0
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Sanne de Vries" in text and "Sander Smit" in text


@pytest.mark.parametrize(
    "args, message",
    [
        (["--quarter", "2026-Q5"], "Geen geldig kwartaal"),
        (
            ["--quarter", "2026-Q3", "--aios", "Piet"],
            "Geen aios met de naam „Piet”. Bekende aios: Sander Smit, Sanne de Vries.",
        ),
        (["--quarter", "2026-Q3", "--aios", "san"], "„san” past bij meer dan één aios"),
        (["--quarter", "2001-Q1"], "In K1 2001 was geen aios in opleiding"),
    ],
)
def test_refusals_are_explained_in_the_users_language(data_file, tmp_path, capsys, args, message):
    out = tmp_path / "x.pdf"
    assert run(data_file, *args, "--out", str(out)) != 0
    assert message in capsys.readouterr().err
    assert not out.exists()
