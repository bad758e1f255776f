"""The hours model's own search: the same rows and sums as a plain scan of each row's text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from opleider_desk.domain.entities import HourEntry, stored_id
from opleider_desk.ui.hours.model import DESCRIPTION, HoursProxy, HoursTableModel

AIOS = {1: "Sanne de Vries", 2: "Daan Bakker"}
CATEGORIES = {10: "Leergesprek", 11: "Gezamenlijk spreekuur"}
DESCRIPTIONS = ("Astma bij kinderen", "astma", "Verwijsbeleid", "", "Patiëntbespreking 12-3")


def _entries() -> list[HourEntry]:
    start = date(2026, 3, 2)
    return [
        HourEntry(
            id=n + 1,
            day=start + timedelta(days=n % 20),
            minutes=15 * (1 + n % 7),
            aios_id=(None, 1, 2)[n % 3],
            category_id=(10, 11)[n % 2],
            description=DESCRIPTIONS[n % len(DESCRIPTIONS)],
        )
        for n in range(200)
    ]


def _plain_scan(model: HoursTableModel, needle: str) -> list[HourEntry]:
    """What the search promises: the rows, in the current order, whose shown
    text holds every word of the needle."""
    typed = model._needle
    model.set_search("")
    rows = [
        (model.entry(row), "\t".join(model.index(row, c).data() for c in range(5)).lower())
        for row in range(model.rowCount())
    ]
    model.set_search(typed)
    return [entry for entry, text in rows if all(word in text for word in needle.lower().split())]


@pytest.fixture
def model(qapp) -> HoursTableModel:
    model = HoursTableModel()
    HoursProxy().setSourceModel(model)
    model.set_entries(_entries(), AIOS, CATEGORIES)
    return model


def test_typing_and_deleting_gives_what_a_plain_scan_gives(model):
    typed = [
        "a",
        "as",
        "ast",
        "astma",
        "astma k",
        "astma ki",
        "astma k",
        "astma",
        "as",
        "a",
        "",
        "03-2026",
        "10-03",
        "12-3",
        "1:",
        "0:45",
        "own",
        "daan",
        "daan 0:30",
        "zzz",
        "ë",
    ]
    for needle in typed:
        model.set_search(needle)
        expected = _plain_scan(model, needle)
        assert model.visible_entries() == expected, needle
        assert model.rowCount() == len(expected), needle
        assert model.visible_minutes() == sum(e.minutes for e in expected), needle


def test_a_search_survives_sorting_and_reloading(model):
    model.set_search("astma")
    model.sort(DESCRIPTION, Qt.SortOrder.DescendingOrder)
    assert model.visible_entries() == _plain_scan(model, "astma")
    assert [e.description for e in model.visible_entries()][-1] == "astma"
    model.set_entries(_entries()[:50], AIOS, CATEGORIES)
    assert model.visible_entries() == _plain_scan(model, "astma")
    assert model.visible_minutes() == sum(e.minutes for e in _plain_scan(model, "astma"))


@pytest.mark.parametrize("column", range(5))
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_each_column_sorts_as_its_shown_text_then_by_date(model, column, order):
    """The rank sort gives the order a plain sort of the shown values gives, ties by date."""
    entries = _entries()

    def shown(entry: HourEntry):
        return (
            entry.day,
            AIOS.get(entry.aios_id, "").casefold() if entry.aios_id else "",
            CATEGORIES[entry.category_id].casefold(),
            entry.minutes,
            entry.description.casefold(),
        )[column]

    model.sort(column, order)
    got = [model.entry(row) for row in range(model.rowCount())]
    descending = order == Qt.SortOrder.DescendingOrder
    by_day = sorted(entries, key=lambda e: (e.day, e.id), reverse=descending)
    want = by_day if column == 0 else sorted(by_day, key=shown, reverse=descending)
    if column == 1:  # own time shows its own label, which sorts among the names
        labels = [model.index(row, 1).data().casefold() for row in range(model.rowCount())]
        assert labels == sorted(labels, reverse=descending)
        return
    assert [e.id for e in got] == [e.id for e in want]
    model.set_search("astma")
    assert model.visible_entries() == [e for e in got if "astma" in e.description.lower()]


def test_a_period_loaded_on_a_worker_thread_shows_as_if_loaded_here(model):
    """``load_entries`` touches no Qt object, so the tab builds it on a worker thread."""
    import threading

    from opleider_desk.ui.hours.model import load_entries

    built = []
    worker = threading.Thread(target=lambda: built.append(load_entries(_entries(), AIOS, CATEGORIES)))
    worker.start()
    worker.join()
    here = HoursTableModel()
    here.set_entries(_entries(), AIOS, CATEGORIES)
    model.show_loaded(built[0])
    for needle in ("", "astma", "sanne 1:"):
        model.set_search(needle)
        here.set_search(needle)
        assert model.visible_entries() == here.visible_entries()
        assert (
            model.visible_minutes()
            == here.visible_minutes()
            == sum(e.minutes for e in here.visible_entries())
        )


def test_the_description_order_made_in_parts_is_the_one_sort_order(qapp):
    """Made in short steps where the entries load; ties stay in date order across the parts."""
    from opleider_desk.ui.hours.model import _order_in_parts

    rank = [(n * 7919) % 13 for n in range(500)]  # many ties
    by_day = list(range(500))
    for part in (1, 7, 64, 500, 10_000):
        assert _order_in_parts(by_day, rank, part) == sorted(by_day, key=rank.__getitem__), part


def test_sorting_back_and_forth_gives_each_order_as_a_fresh_sort(model):
    """A column's order is kept once sorted; its reverse is the descending order, ties newest first."""
    entries = _entries()
    for column, order in [
        (DESCRIPTION, Qt.SortOrder.DescendingOrder),
        (DESCRIPTION, Qt.SortOrder.AscendingOrder),
        (3, Qt.SortOrder.AscendingOrder),
        (DESCRIPTION, Qt.SortOrder.DescendingOrder),
        (3, Qt.SortOrder.DescendingOrder),
    ]:
        model.sort(column, order)
        descending = order == Qt.SortOrder.DescendingOrder
        by_day = sorted(entries, key=lambda e: (e.day, e.id), reverse=descending)
        key = (lambda e: e.description.casefold()) if column == DESCRIPTION else (lambda e: e.minutes)
        want = sorted(by_day, key=key, reverse=descending)
        assert [model.entry(r).id for r in range(model.rowCount())] == [e.id for e in want], (column, order)


def _unlike_entries() -> list[HourEntry]:
    """No two descriptions alike, in every case a trainer types; more than 256 durations, so
    each way the search spreads a column's answer over the rows is taken."""
    start = date(2026, 1, 5)
    shapes = (
        "Astma bij kinderen {n}",
        "astma {n}",
        "Video-observatie en KPB {n}",
        "ÉÉN {n}",
        "{n}",
        "straße {n}",
    )
    return [
        HourEntry(
            id=n + 1,
            day=start + timedelta(days=(n * 7) % 40),  # not in date order: the model sorts them
            minutes=5 + n,
            aios_id=(None, 1, 2)[n % 3],
            category_id=(10, 11)[n % 2],
            description=shapes[n % len(shapes)].format(n=n),
        )
        for n in range(300)
    ]


@pytest.mark.parametrize("in_date_order", [True, False])
@pytest.mark.parametrize("column", [0, DESCRIPTION, 3])
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_no_two_descriptions_alike_search_as_a_plain_scan(qapp, in_date_order, column, order):
    entries = _unlike_entries()
    if in_date_order:
        entries.sort(key=lambda e: (e.day, e.id))
    model = HoursTableModel()
    HoursProxy().setSourceModel(model)
    model.set_entries(entries, AIOS, CATEGORIES)
    model.sort(column, order)
    for needle in (
        "a",
        "as",
        "astma",
        "astma 1",
        "kpb",
        "één",
        "é",
        "STRASSE",
        "straße",
        "5",
        "0:1",
        "sanne 2",
        "zzz",
        "",
    ):
        model.set_search(needle)
        expected = _plain_scan(model, needle)
        assert model.visible_entries() == expected, needle
        assert model.visible_minutes() == sum(e.minutes for e in expected), needle


def test_each_description_is_kept_once_unless_its_case_says_more(qapp):
    """The list kept every description twice (as shown, and a row's text in lower case for the
    search), later a second time wherever a capital stood past the first letter ("Video-observatie
    en KPB": an imported sheet of 200,000 such lines held its text twice); now once in lower case
    with where its capitals stand, and as typed only where no run of capitals can say it ("ÉÉN";
    "straße" stays as lower case is)."""
    model = HoursTableModel()
    model.set_entries(_unlike_entries(), AIOS, CATEGORIES)
    loaded = model._loaded
    kept = {id(text) for text in loaded.folded} | {id(text) for text in loaded.capitals.kept.values()}
    typed_otherwise = sum(1 for e in _unlike_entries() if "ÉÉN" in e.description)
    assert len(kept) == len(loaded.folded) + typed_otherwise
    assert [model.index(row, DESCRIPTION).data() for row in range(model.rowCount())] == [
        e.description for e in model.visible_entries()
    ]
    assert {e.description for e in model.visible_entries()} == {e.description for e in _unlike_entries()}


@pytest.mark.parametrize(
    "typed",
    [
        "besproken: astma, COPD en DM2; afspraken vastgelegd " * 3,  # long: looked up by its hash
        "Video-observatie en KPB",
        "KPB",
        "kpb",
        "Één keer KPB",
        "ÉÉN keer",
        "Overleg met Chloë over de LEOh",
        "İstanbul",
        "",
    ],
)
def test_a_description_shows_as_typed_whatever_its_capitals(qapp, typed):
    """Kept once in lower case with where its capitals stand: each shows as it was typed,
    beside the same text in other capitals (each its own)."""
    others = [typed.lower(), typed.upper(), typed.swapcase(), typed]
    entries = [
        HourEntry(id=n + 1, day=date(2026, 1, 5), minutes=5, category_id=10, description=text)
        for n, text in enumerate(others)
    ]
    model = HoursTableModel()
    model.set_entries(entries, AIOS, CATEGORIES)
    assert [model.index(row, DESCRIPTION).data() for row in range(model.rowCount())] == others
    assert [e.description for e in model.visible_entries()] == others
    assert len(model._loaded.folded) == len(set(others))


def test_a_result_of_many_thousand_rows_reads_row_by_row_as_a_plain_scan(qapp):
    """A search that leaves most of a large list makes its rows a block at a time when
    the view reads them; every row, across blocks and past empty ones, is the one a
    plain scan gives, in the order shown."""
    entries = [
        HourEntry(
            id=n + 1,
            day=date(2020, 1, 1) + timedelta(days=n // 40),
            minutes=5,
            aios_id=1,
            category_id=10,
            # Rows 5,000-9,999 hold no "x": a whole block of the result left empty.
            description=f"regel {n}" + ("" if 5_000 <= n < 10_000 else " x"),
        )
        for n in range(14_000)
    ]
    model = HoursTableModel()
    HoursProxy().setSourceModel(model)
    model.set_entries(entries, AIOS, CATEGORIES)
    for column, order in ((0, Qt.SortOrder.AscendingOrder), (DESCRIPTION, Qt.SortOrder.DescendingOrder)):
        model.sort(column, order)
        model.set_search("x")
        expected = _plain_scan(model, "x")
        assert model.rowCount() == len(expected) == 9_000
        assert [model.entry(row) for row in reversed(range(model.rowCount()))] == expected[::-1]
        assert model.visible_entries() == expected
        assert model.rows_of({expected[4_999].id or 0}) == [4_999]
        with pytest.raises(IndexError):
            model.entry(model.rowCount())
        model.set_search("")


@pytest.mark.parametrize("column", [0, DESCRIPTION])
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_a_list_reading_its_descriptions_elsewhere_shows_sorts_and_searches_as_one_holding_them(
    qapp, column, order
):
    """Typed on word by word (each search narrowed from the last) and back, in each order,
    a list whose descriptions are read for the rows shown and searched elsewhere gives
    the rows, texts and sums of one that holds them."""
    from opleider_desk.storage.services.description_functions import folded
    from opleider_desk.ui.hours.model import load_entries, load_rows
    from opleider_desk.ui.hours.stored_descriptions import StoredDescriptions

    entries = _unlike_entries() * 2
    entries = [replace(e, id=n + 1) for n, e in enumerate(entries)]
    by_id = {stored_id(e.id): e.description for e in entries}
    ranks = {text: n + 1 for n, text in enumerate(sorted({folded(e.description) for e in entries}))}
    read: list[int] = []

    def texts(ids):
        read.extend(ids)
        return {i: by_id[i] for i in ids if i in by_id}

    stored = StoredDescriptions(texts, lambda word: {i for i, t in by_id.items() if word in t.lower()})
    # Ranked rows end in the description's rank, not its text.
    rows: list[Any] = [
        (stored_id(e.id), e.day, e.minutes, e.category_id, e.aios_id, ranks[folded(e.description)])
        for e in entries
    ]
    models = []
    for loaded in (load_entries(entries, AIOS, CATEGORIES), load_rows(rows, AIOS, CATEGORIES, stored=stored)):
        model = HoursTableModel()
        HoursProxy().setSourceModel(model)
        model.show_loaded(loaded)
        model.sort(column, order)
        models.append(model)
    held, elsewhere = models
    assert not elsewhere.loaded().folded
    for needle in (
        "a",
        "as",
        "ast",
        "astm",
        "astma",
        "astma 1",
        "astma",
        "é",
        "één",
        "kpb",
        "sanne",
        "0:1",
        "",
    ):
        for model in models:
            model.set_search(needle)
        assert elsewhere.visible_entries() == held.visible_entries(), needle
        assert elsewhere.visible_minutes() == held.visible_minutes(), needle
        shown = [[m.index(r, c).data() for c in range(5)] for m in models for r in range(m.rowCount())]
        assert shown[: held.rowCount()] == shown[held.rowCount() :], needle
    assert read  # the texts shown were read, not held
