"""A list too large to hold its descriptions reads them from the file: it shows, sorts and
searches as a list that holds them does, and follows every change made through the store."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from opleider_desk.domain.entities import Aios, HourEntry
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.categories import CategoryService
from opleider_desk.storage.services.description_functions import folded
from opleider_desk.storage.services.hour_descriptions import HourDescriptionService
from opleider_desk.storage.services.hours import HoursService
from opleider_desk.ui.hours import tab as tab_module
from opleider_desk.ui.hours.model import DESCRIPTION
from opleider_desk.ui.hours.periods import PeriodKind
from opleider_desk.ui.widgets.background import busy

MONDAY = date(2026, 3, 9)
TEXTS = (
    "Astma bij kinderen",
    "astma",
    "Video-observatie en KPB",
    "ÉÉN keer per week",
    "één keer",
    "Patiëntbespreking 12-3",
    "İstanbul",
    "straße",
    "STRASSE",
    "",
    "Overleg met Chloë",
)
NEEDLES = ("a", "as", "astma", "kpb", "één", "é", "ë", "i", "straße", "strasse", "12-3", "sanne astma", "zzz")


@pytest.fixture
def stored_tab(qtbot, window, monkeypatch):
    """The hours tab showing every entry, its descriptions read from the file."""
    monkeypatch.setattr(tab_module, "HELD_TEXT", 0)
    context = window.context
    sanne = context.service(AiosService).add(Aios(name="Sanne de Vries", start_date=date(2025, 9, 1)))
    category = next(c.id for c in context.service(CategoryService).list() if c.active)
    hours = context.service(HoursService)
    for n, text in enumerate(TEXTS * 2):
        hours.add(
            HourEntry(
                day=MONDAY - timedelta(days=n % 7),
                minutes=15 * (1 + n % 4),
                aios_id=sanne if n % 2 else None,
                category_id=category,
                description=text,
            )
        )
    tab = window.show_tab("hours")
    tab.kind.setCurrentIndex(tab.kind.findData(PeriodKind.ALL))
    qtbot.waitUntil(lambda: not busy(window))
    assert tab.model.loaded().stored is not None and not tab.model.loaded().folded
    return tab, hours, sanne, category


def _search(qtbot, tab, text: str) -> None:
    tab.search.setText(text)
    qtbot.waitUntil(lambda: not busy(tab.window()) and tab.model._needle == " ".join(text.lower().split()))


def _shown(tab) -> list[tuple[str, ...]]:
    return [
        tuple(tab.proxy.index(row, column).data() or "" for column in range(5))
        for row in range(tab.proxy.rowCount())
    ]


def test_it_shows_each_description_as_typed_and_searches_as_each_row_reads(qtbot, stored_tab):
    tab, _hours, _sanne, _category = stored_tab
    everything = _shown(tab)
    assert sorted(row[DESCRIPTION] for row in everything) == sorted(TEXTS * 2)
    assert [e.description for e in tab.model.visible_entries()] == [row[DESCRIPTION] for row in everything]
    for column, order in ((0, Qt.SortOrder.AscendingOrder), (DESCRIPTION, Qt.SortOrder.DescendingOrder)):
        tab.view.sortByColumn(column, order)
        everything = _shown(tab)
        for needle in NEEDLES:
            _search(qtbot, tab, needle)
            expected = [
                row for row in everything if all(word in "\t".join(row).lower() for word in needle.split())
            ]
            assert _shown(tab) == expected, needle
        _search(qtbot, tab, "")


def test_it_sorts_by_description_as_a_list_that_holds_them(qtbot, stored_tab, monkeypatch):
    tab, _hours, _sanne, _category = stored_tab
    orders = {}
    for held in (False, True):
        if held:
            monkeypatch.setattr(tab_module, "HELD_TEXT", 10**9)
            tab.reload()
            qtbot.waitUntil(lambda: not busy(tab.window()))
            assert tab.model.loaded().stored is None
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            tab.view.sortByColumn(DESCRIPTION, order)
            orders[held, order] = [e.id for e in tab.model.visible_entries()]
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        assert orders[False, order] == orders[True, order]
    shown = [tab.model.entry(row).description for row in range(tab.model.rowCount())]
    assert [folded(text) for text in shown] == sorted((folded(text) for text in shown), reverse=True)


def test_a_description_added_edited_and_undone_is_found_as_it_is_then(qtbot, window, stored_tab):
    tab, hours, sanne, category = stored_tab
    _search(qtbot, tab, "bronchiolitis")
    assert tab.model.rowCount() == 0
    entry_id = hours.add(
        HourEntry(day=MONDAY, minutes=30, aios_id=sanne, category_id=category, description="Bronchiolitis")
    )
    qtbot.waitUntil(lambda: not busy(window) and tab.model.rowCount() == 1)
    assert tab.proxy.index(0, DESCRIPTION).data() == "Bronchiolitis"
    hours.update(
        HourEntry(
            id=entry_id, day=MONDAY, minutes=30, aios_id=sanne, category_id=category, description="Croup"
        )
    )
    qtbot.waitUntil(lambda: not busy(window) and tab.model.rowCount() == 0)
    window.undo()
    qtbot.waitUntil(lambda: not busy(window) and tab.model.rowCount() == 1)
    assert tab.model.entry(0).description == "Bronchiolitis"
    _search(qtbot, tab, "croup")
    assert tab.model.rowCount() == 0


def test_the_file_is_searched_as_python_lowers_each_text(window):
    """SQLite's lower() knows only A-Z: a text with a letter past ASCII is searched as
    Python lowers it, so a word finds what the list that holds its texts finds."""
    context = window.context
    category = next(c.id for c in context.service(CategoryService).list() if c.active)
    hours = context.service(HoursService)
    ids = {
        hours.add(HourEntry(day=MONDAY, minutes=5, category_id=category, description=text)): text
        for text in (*TEXTS[:-1], "5 \u212a (a Kelvin sign)", "ABC")
    }
    descriptions = context.service(HourDescriptionService)
    assert descriptions.texts([*ids, 999_999]) == ids
    for word in (*NEEDLES, "k", "abc", "i̇", "ÉÉN".lower()):
        expected = {ident for ident, text in ids.items() if word in text.lower()}
        assert descriptions.matching(word, None) == expected, word


def test_a_description_asked_for_as_the_file_closes_shows_empty():
    """A repaint between the file closing and the list going reads nothing more."""
    from opleider_desk.storage.store_closed import StoreClosed
    from opleider_desk.ui.hours.stored_descriptions import StoredDescriptions

    def closed(_ids):
        raise StoreClosed("hours.sqlite")

    assert StoredDescriptions(closed, lambda _word: set()).text(5) == ""
