"""``opleider-desk due``: the Monday summary on the demo file, as text and as JSON."""

from __future__ import annotations

import json
from datetime import date

import pytest

from opleider_desk import cli
from opleider_desk.storage.demo import fill_demo
from opleider_desk.storage.open import open_store

TODAY = date(2026, 12, 1)
KEYS = {
    "aios",
    "aios_id",
    "kind",
    "due_date",
    "status",
    "rule",
    "source",
    "program_default",
    "proposal",
    "defaults",
    "details",
}
RANK = {"overdue": 0, "due_soon": 1, "upcoming": 1}


@pytest.fixture
def demo_file(db_path, qapp):
    store = open_store(db_path)
    fill_demo(store, TODAY)
    store.close()
    yield db_path
    from opleider_desk.i18n import install_translators
    from opleider_desk.words.formatting import set_language

    install_translators(qapp, "nl")
    set_language("nl")


def run_json(demo_file, capsys, *args: str) -> dict:
    assert (
        cli.main(
            ["--lang", "nl", "--db", str(demo_file), "due", "--today", TODAY.isoformat(), "--json", *args]
        )
        == 0
    )
    return json.loads(capsys.readouterr().out)


def test_due_json_on_the_demo_file_has_the_documented_shape_and_order(demo_file, capsys):
    document = run_json(demo_file, capsys)
    assert (document["format"], document["version"], document["today"]) == (
        "opleider-desk-due",
        1,
        "2026-12-01",
    )
    items = document["items"]
    assert items
    for item in items:
        assert set(item) == KEYS
        assert item["status"] in RANK
        date.fromisoformat(item["due_date"])
        assert item["source"] or item["kind"] == "agreement"
        assert item["program_default"] == (item["source"] == "instelling van OpleiderDesk")
    order = [(RANK[i["status"]], i["due_date"]) for i in items]
    assert order == sorted(order)
    by_aios: dict[str | None, set[str]] = {}
    for item in items:
        by_aios.setdefault(item["aios"], set()).add(item["kind"])
    # Daan is weeks from the end of his three-year training, back in the practice for year 3.
    assert "eindgesprek" in by_aios["Daan Bakker"]
    # Sanne is in her first practice year: the cycle and the counts are hers.
    assert {"kpb", "voortgangsgesprek"} & by_aios["Sanne de Vries"]
    diensten = [i for i in items if i["kind"] == "diensten"]
    assert all(i["details"]["hlwp"] in (1, 2) and "004_" in i["source"] for i in diensten)


def test_due_for_one_aios_as_text_names_each_rule(demo_file, capsys):
    assert (
        cli.main(
            [
                "--lang",
                "nl",
                "--db",
                str(demo_file),
                "due",
                "--today",
                "2026-12-01",
                "--aios",
                "sanne de vries",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Sanne de Vries" in out and "Daan Bakker" not in out
    assert "Regel:" in out
    document = run_json(demo_file, capsys, "--aios", "Daan Bakker")
    assert {i["aios"] for i in document["items"]} == {"Daan Bakker"}


def test_an_unknown_aios_is_refused(demo_file, capsys):
    assert cli.main(["--lang", "nl", "--db", str(demo_file), "due", "--aios", "Niemand"]) == 1
    assert "Niemand" in capsys.readouterr().err
