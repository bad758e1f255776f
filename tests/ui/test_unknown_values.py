"""A data file with values this version does not know (the 0001 fixture's checklist status
"done" and trainer event kind "opleidersdag"): the rows are named in words, the rest works,
and the rows stay in the file as they were (issue 16)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from opleider_desk.storage.services.aios import AiosService
from tests.ui.conftest import settled_overview, window_with_errors

FIXTURE = Path(__file__).parents[1] / "storage" / "fixtures" / "0001.sqlite"
WORDS = {
    "nl": (
        "2 regels in het gegevensbestand met een waarde die deze versie van OpleiderDesk niet kent: "
        "hier niet getoond of meegeteld, en precies zo bewaard in het bestand",
        "• Het portfolio-onderdeel ‘IOP eerste jaar’ van Sanne de Vries (regel 1): status ‘done’ "
        "(bekend zijn: Ontbreekt, Aanwezig, Beoordeeld)",
        "• Een gebeurtenis vastgelegd bij Mijn verplichtingen met datum 12-03-2026 (regel 1): "
        "soort ‘opleidersdag’ (bekend zijn: LEOh ontvangen,",
    ),
    "en": (
        "2 rows in the data file with a value this version of OpleiderDesk does not know: "
        "not shown or counted here, and kept in the file exactly as they are",
        "• The portfolio item “IOP eerste jaar” of Sanne de Vries (row 1): status “done” "
        "(known: Missing, Present, Reviewed)",
        "• An event recorded under My obligations, dated 2026-03-12 (row 1): kind “opleidersdag” "
        "(known: LEOh received,",
    ),
}


def _rows(path: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        return {
            "checklist_item": con.execute(
                "SELECT id, aios_id, template_key, title, status, item_date, note FROM checklist_item "
                "WHERE status = 'done'"
            ).fetchall(),
            "trainer_event": con.execute(
                "SELECT id, kind, day, quantity, aios_id, note FROM trainer_event"
            ).fetchall(),
        }
    finally:
        con.close()


@pytest.mark.parametrize("language", ["nl", "en"], indirect=True)
def test_unknown_values_are_named_the_rest_works_and_the_rows_stay(
    qtbot, ui_language, settings, tmp_path, monkeypatch
):
    copy = tmp_path / "0001.sqlite"
    copy.write_bytes(FIXTURE.read_bytes())
    before = _rows(copy)
    assert before["checklist_item"] and before["trainer_event"]
    win, errors = window_with_errors(qtbot, settings, ui_language, copy, monkeypatch)
    overview = settled_overview(win)
    # The overview reads the trainer's events for what is due: it fills in, no error.
    assert overview.due_loaded and overview.open_items.open_model.rowCount() > 0
    # ...and says, above its tables, which rows it left out (its counts read the checklist).
    assert overview.unreadable_warning.isVisibleTo(overview)
    assert WORDS[ui_language][1] in overview.unreadable_warning.text()

    portfolio: Any = win.show_tab("portfolio")
    qtbot.waitUntil(portfolio.isVisible)
    warning = portfolio.unreadable_warning
    assert warning.isVisibleTo(portfolio)
    text = warning.text()
    for words in WORDS[ui_language]:
        assert words in text, (words, text)
    # The rest of the tab works: each aios's checklist, the review, the trainer's obligations.
    for aios in win.context.service(AiosService).list():
        assert portfolio.select_aios(aios.id)
        assert portfolio.checklist.model.rowCount() > 0
        assert portfolio.review.isEnabled()
    portfolio.pages.setCurrentWidget(portfolio.obligations)
    assert portfolio.obligations.model.rowCount() > 0
    assert errors == []

    win.close_store()
    # Nothing rewritten: the rows are in the file exactly as they were.
    assert _rows(copy) == before
