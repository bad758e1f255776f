"""``opleider-desk --db FILE import-hours CSV``: all or nothing, errors by line on stderr."""

from __future__ import annotations

from datetime import date

import pytest

from opleider_desk import cli
from opleider_desk.domain.entities import Aios
from opleider_desk.storage.open import open_store
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.hours import HoursService


@pytest.fixture
def data_file(tmp_path):
    path = tmp_path / "data.sqlite"
    store = open_store(path)
    store.service(AiosService).add(Aios(name="Sanne de Vries", start_date=date(2025, 9, 1)))
    store.close()
    return path


def _entries(path):
    store = open_store(path)
    try:
        return store.service(HoursService).entries(None)
    finally:
        store.close()


def _run(path, csv_file, *extra):
    return cli.main(["--lang", "nl", "--db", str(path), "import-hours", str(csv_file), *extra])


GOOD = (
    "Datum;Aios;Categorie;Uren;Omschrijving\r\n"
    "02-03-2026;Sanne de Vries;Gezamenlijk spreekuur;2;Spreekuur\r\n"
    "05-03-2026;sanne de vries;leergesprek;1,25;Verwijsbeleid\r\n"
    "06-03-2026;;Intervisie;2,5;Intervisie opleidersgroep\r\n"
).encode("cp1252")


def test_a_good_file_is_imported_with_a_summary(data_file, tmp_path, capsys):
    csv_file = tmp_path / "uren.csv"
    csv_file.write_bytes(GOOD)
    assert _run(data_file, csv_file) == 0
    out = capsys.readouterr()
    assert "3 registraties ingelezen" in out.out and out.err == ""
    assert [(e.day.day, e.minutes) for e in _entries(data_file)] == [(2, 120), (5, 75), (6, 150)]
    # Again: every line is already there and left out.
    assert _run(data_file, csv_file) == 0
    assert "3 regels overgeslagen" in capsys.readouterr().out
    assert len(_entries(data_file)) == 3
    assert _run(data_file, csv_file, "--keep-duplicates") == 0
    assert len(_entries(data_file)) == 6


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            "Datum;Aios;Categorie;Duur\n31-02-2026;Sanne de Vries;Leergesprek;1:00\n",
            "regel 2: Die dag bestaat niet: maand 2 van 2026 heeft 28 dagen.",
        ),
        (
            "Datum;Aios;Categorie;Duur\n02-03-2026;Sanne de Vries;Leergesprek;-1:00\n",
            "regel 2: De duur kan niet negatief",
        ),
        (
            "Datum;Aios;Categorie;Minuten\n02-03-2026;Sanne de Vries;Leergesprek;9000\n",
            "regel 2: Maximaal 24 uur",
        ),
        (
            "Datum;Aios;Categorie;Duur\n02-03-2026;Piet Puk;Leergesprek;1:00\n",
            "regel 2: Geen aios met de naam „Piet Puk”",
        ),
        (
            "Datum;Categorie;Duur\n02-03-2026;Intervisie;13:00\n02-03-2026;Overig;12:00\n",
            "regel 3: Meer dan 24 uur op 02-03-2026",
        ),
        ("Aios;Duur\nSanne;1:00\n", "Het bestand heeft geen kolom met de datum"),
    ],
    ids=["bad-date", "negative", "absurd", "unknown-aios", "25-hours", "no-date-column"],
)
def test_a_file_with_any_error_writes_nothing_and_says_why(data_file, tmp_path, capsys, content, expected):
    csv_file = tmp_path / "fout.csv"
    # A good line first: it must not be imported either.
    lines = content.splitlines()
    if len(lines) > 1 and lines[0].startswith("Datum;Aios"):
        content = (
            "\n".join(
                [
                    lines[0],
                    "09-03-2026;Sanne de Vries;Leergesprek;" + ("60" if "Minuten" in lines[0] else "1:00"),
                    *lines[1:],
                ]
            )
            + "\n"
        )
        expected = expected.replace("regel 2", "regel 3")
    csv_file.write_bytes(b"\xef\xbb\xbf" + content.encode("utf-8"))
    assert _run(data_file, csv_file) == 1
    err = capsys.readouterr().err
    assert expected in err, err
    assert err.rstrip().endswith("Er is niets ingelezen.")
    assert _entries(data_file) == []


def test_a_missing_file_is_exit_code_2(data_file, tmp_path, capsys):
    assert _run(data_file, tmp_path / "weg.csv") == 2
    assert "Kan " in capsys.readouterr().err
