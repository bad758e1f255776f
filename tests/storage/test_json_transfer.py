"""``export --json`` / ``import --json``: all data out in an open format and back (issue 14)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from opleider_desk import cli
from opleider_desk.storage.demo import fill_demo_if_empty
from opleider_desk.storage.json_transfer import VERSION, TransferError, export_json, import_json, tables
from opleider_desk.storage.models import AttachmentRow, ChecklistItemRow
from opleider_desk.storage.open import open_store

NOW = datetime(2026, 5, 1, 10, 0)


def _fill(store) -> None:
    fill_demo_if_empty(store, date(2026, 5, 1))
    with store.write("test_attachment") as session:
        item = session.scalars(select(ChecklistItemRow)).first()
        session.add(
            AttachmentRow(
                checklist_item_id=item.id,
                filename="IOP Şeyma.pdf",
                sha256="0" * 64,
                size=6,
                data=b"%PDF\x00\xff",
                added_at=NOW,
            )
        )


def _every_table(path: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        return {t.name: con.execute(f"SELECT * FROM {t.name} ORDER BY 1").fetchall() for t in tables()}
    finally:
        con.close()


def test_a_round_trip_gives_the_same_data_in_every_table(tmp_path: Path, qapp) -> None:
    source = tmp_path / "praktijk.sqlite"
    store = open_store(source)
    _fill(store)
    store.close()
    out = tmp_path / "alles.json"
    assert cli.main(["--lang", "en", "--db", str(source), "export", "--json", str(out)]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "opleider-desk" and document["version"] == VERSION
    assert {t.name for t in tables()} <= set(document["tables"])
    assert out.stat().st_mode & 0o777 == 0o600

    target = tmp_path / "nieuw.sqlite"
    assert cli.main(["--lang", "en", "--db", str(target), "import", "--json", str(out)]) == 0
    before, after = _every_table(source), _every_table(target)
    assert sum(len(rows) for rows in before.values()) > 100
    for name in before:
        assert after[name] == before[name], name


def test_import_refuses_a_file_with_data_a_newer_format_and_a_foreign_file(store, tmp_path: Path) -> None:
    empty = open_store(tmp_path / "leeg.sqlite")
    data = export_json(empty)
    empty.close()
    document = json.loads(data)
    document["version"] = VERSION + 1
    with pytest.raises(TransferError) as raised:
        import_json(store, json.dumps(document).encode())
    assert raised.value.code == "json.newer"
    with pytest.raises(TransferError) as raised:
        import_json(store, b'{"hello": 1}')
    assert raised.value.code == "json.not_ours"
    _fill(store)
    with pytest.raises(TransferError) as raised:
        import_json(store, data)
    assert raised.value.code == "json.target_not_empty"


def test_a_value_of_the_wrong_kind_is_refused_and_nothing_is_imported(store, tmp_path: Path) -> None:
    source = open_store(tmp_path / "bron.sqlite")
    _fill(source)
    document = json.loads(export_json(source))
    source.close()
    document["tables"]["aios"][0]["start_date"] = "31-02-2026"
    with pytest.raises(TransferError) as raised:
        import_json(store, json.dumps(document).encode())
    assert (raised.value.code, raised.value.detail) == ("json.bad_value", "aios.start_date")
    assert _every_table(store.path)["aios"] == []


def test_the_format_description_names_every_table_and_column() -> None:
    text = (Path(__file__).resolve().parents[2] / "docs" / "json-format.md").read_text(encoding="utf-8")
    for table in tables():
        line = next((line for line in text.splitlines() if line.startswith(f"- **`{table.name}`**")), "")
        assert line, table.name
        for column in table.c:
            assert f"`{column.name}`" in line, f"{table.name}.{column.name}"
