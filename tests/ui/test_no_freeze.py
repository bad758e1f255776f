"""Work that takes long on a ten-year file runs off the GUI thread, so the window
never freezes while it runs (issue 15); the figures are in benchmarks/bench_stalls.py."""

from __future__ import annotations

import threading
from datetime import date

from opleider_desk.domain.entities import Aios
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.due import DueService
from opleider_desk.storage.services.portfolio import PortfolioService
from tests.ui.conftest import settled_overview


def _record_threads(monkeypatch, cls, name, seen: list[str]) -> None:
    original = getattr(cls, name)

    def recorded(self, *args, **kwargs):
        seen.append(threading.current_thread().name)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(cls, name, recorded)


def test_what_is_due_is_recomputed_off_the_gui_thread_after_a_change(window, monkeypatch):
    seen: list[str] = []
    _record_threads(monkeypatch, DueService, "items", seen)
    _record_threads(monkeypatch, PortfolioService, "missing_counts", seen)
    aios_id = window.context.service(AiosService).add(Aios(name="Noor", start_date=date(2026, 3, 2)))
    tab = settled_overview(window)
    assert seen and threading.main_thread().name not in seen
    assert tab.model.row_of(aios_id) is not None
    assert any(r.item.aios_id == aios_id for r in tab.open_items.open_model.rows())


def test_file_open_opens_the_file_off_the_gui_thread_and_still_explains_a_bad_file(
    window, monkeypatch, tmp_path
):
    import opleider_desk.storage.open as storage_open
    from opleider_desk.ui.main_window import QMessageBox

    seen: list[str] = []
    original = storage_open.open_store

    def recorded(*args, **kwargs):
        seen.append(threading.current_thread().name)
        return original(*args, **kwargs)

    monkeypatch.setattr(storage_open, "open_store", recorded)
    other = tmp_path / "other.sqlite"
    assert window.open_store(other)
    assert window.context is not None and window.context.store.path == other
    assert seen and threading.main_thread().name not in seen

    # What goes wrong on the worker is explained on the GUI thread, as before.
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    not_a_file = tmp_path / "notes.sqlite"
    not_a_file.write_bytes(b"these are not the data you are looking for" * 100)
    assert not window.open_store(not_a_file)
    assert shown and window.context.store.path == other


def test_every_entry_reads_the_norms_of_each_aios_on_the_worker_and_shows_their_lines(
    qtbot, window, monkeypatch
):
    from datetime import timedelta

    from opleider_desk.domain.entities import HourEntry
    from opleider_desk.storage.services.categories import CategoryService
    from opleider_desk.storage.services.hours import HoursService
    from opleider_desk.storage.services.norms import NormService
    from opleider_desk.ui.hours import tab as tab_module
    from opleider_desk.ui.hours.periods import PeriodKind
    from opleider_desk.ui.widgets.background import busy

    aios = window.context.service(AiosService)
    ids = [aios.add(Aios(name=name, start_date=date(2025, 9, 1))) for name in ("Sanne", "Daan", "Noor")]
    category = next(c for c in window.context.service(CategoryService).list() if c.counts_as_supervision)
    hours = window.context.service(HoursService)
    for n in range(6):
        hours.add(
            HourEntry(
                day=date(2025, 9, 1) + timedelta(weeks=n),
                minutes=60,
                aios_id=ids[n % 3],
                category_id=category.id,
                description=f"Week {n}",
            )
        )
    tab = window.show_tab("hours")
    qtbot.waitUntil(lambda: not busy(window))
    monkeypatch.setattr(tab_module, "_LOAD_AT_ONCE", 3)  # six entries count as a large period
    seen: list[str] = []
    _record_threads(monkeypatch, NormService, "trainer_regulation_key", seen)
    _record_threads(monkeypatch, NormService, "overrides", seen)
    tab.kind.setCurrentIndex(tab.kind.findData(PeriodKind.ALL))
    qtbot.waitUntil(lambda: not busy(window))
    assert seen and threading.main_thread().name not in seen
    # The profile and the trainer's own values once, not twice per aios.
    assert len(seen) <= 3
    assert {line.who for line in tab.totals.lines} >= {"Sanne", "Daan", "Noor"}
    assert tab.model.rowCount() == 6


def test_a_file_found_damaged_after_the_window_is_ready_is_said_and_refuses_writes(
    qtbot, window, tmp_path, monkeypatch
):
    """Ready before SQLite's check has run: the trade-off is that a damaged file is
    found a moment later. Then the trainer is told (with the newest sound backup
    offered, tests/ui/test_background.py) and nothing is written to it."""
    import pytest

    from opleider_desk.domain.problems import ValidationFailed
    from opleider_desk.ui.main_window import QMessageBox
    from opleider_desk.ui.widgets.background import busy
    from tests.storage.test_check_after_open import damage_the_last_pages, generate

    path = generate(tmp_path / "big.sqlite", aios=3, entries=3_000, meetings=20, seed=2).path
    damage_the_last_pages(path)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *_a: told.append(text))
    assert window.open_store(path)  # open and ready: the check follows on a worker
    assert window.context.store.path == path
    qtbot.waitUntil(lambda: bool(told) and not busy(window), timeout=20_000)
    assert "beschadigd" in told[0]
    with pytest.raises(ValidationFailed) as refused:
        window.context.service(AiosService).add(Aios(name="Noor", start_date=date(2026, 3, 2)))
    assert refused.value.problems[0].code == "file.damaged"


def test_the_window_gets_the_interpreter_back_within_a_fifth_of_a_millisecond_while_a_worker_computes(
    qapp,
):
    """Every call from Qt into Python waits up to one switch interval while a worker
    computes; at 1 ms, closing the import dialog as two reloads began held the window 1.2 s."""
    import sys

    from opleider_desk.app import create_application

    create_application()
    assert sys.getswitchinterval() <= 0.0002


def test_every_entry_is_held_as_numbers_not_as_an_object_per_entry(qtbot, window, tmp_path):
    """Every entry of the big file as Python objects cost 190 MB at rest, and each full
    garbage collection walked them all (a stall after every worker's task)."""
    import gc

    from opleider_desk.domain.entities import HourEntry
    from opleider_desk.ui.hours.periods import PeriodKind
    from opleider_desk.ui.widgets.background import busy
    from tests.storage.test_check_after_open import generate

    path = generate(tmp_path / "big.sqlite", aios=3, entries=6_000, meetings=20, seed=2).path
    assert window.open_store(path)
    qtbot.waitUntil(lambda: not busy(window), timeout=20_000)
    tab = window.show_tab("hours")
    tab.kind.setCurrentIndex(tab.kind.findData(PeriodKind.ALL))  # more than loads at once: a worker
    qtbot.waitUntil(lambda: tab.model.total_count() == 6_000 and not busy(window), timeout=20_000)
    gc.unfreeze()  # what lived through a worker's task is frozen, out of get_objects' sight
    gc.collect()
    assert sum(1 for o in gc.get_objects() if isinstance(o, HourEntry)) < 100
    # What the list shows and hands on is still each entry as it was logged.
    first = tab.model.entry(0)
    assert first == tab.service.get(first.id)
    assert tab.model.index(0, 4).data() == first.description


def test_a_change_keeps_a_large_list_as_it_is_until_its_reload_is_ready(qtbot, window, monkeypatch):
    """Saving one entry while every entry is shown reloaded the list by showing its first
    rows at once (losing the trainer's place) and counting the file on the GUI thread."""
    from datetime import timedelta

    from opleider_desk.domain.entities import HourEntry
    from opleider_desk.storage.services.categories import CategoryService
    from opleider_desk.storage.services.hours import HoursService
    from opleider_desk.ui.hours import tab as tab_module
    from opleider_desk.ui.hours.periods import PeriodKind
    from opleider_desk.ui.widgets.background import busy

    category = window.context.service(CategoryService).list()[0]
    hours = window.context.service(HoursService)

    def entry(n: int) -> HourEntry:
        return HourEntry(
            day=date(2025, 9, 1) + timedelta(days=n),
            minutes=30,
            category_id=category.id,
            description=f"Dag {n}",
        )

    for n in range(6):
        hours.add(entry(n))
    tab = window.show_tab("hours")
    monkeypatch.setattr(tab_module, "_LOAD_AT_ONCE", 3)  # six entries count as a large period
    monkeypatch.setattr(tab_module, "_FIRST_ROWS", 2)
    tab.kind.setCurrentIndex(tab.kind.findData(PeriodKind.ALL))
    qtbot.waitUntil(lambda: tab.model.total_count() == 6 and not busy(window))
    tab.view.selectRow(4)
    counted: list[str] = []
    original = HoursService.count

    def recorded_count(self, *args, **kwargs):
        counted.append(threading.current_thread().name)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(HoursService, "count", recorded_count)
    new_id = hours.add(entry(10))  # announced at once: the list starts reloading
    assert tab.model.total_count() == 6 and tab.model.rowCount() == 6
    qtbot.waitUntil(lambda: tab.model.total_count() == 7 and not busy(window))
    assert threading.main_thread().name not in counted
    assert tab.model.row_of(new_id) is not None
    assert [e.description for e in tab.selected_entries()] == ["Dag 4"]  # the place is kept
