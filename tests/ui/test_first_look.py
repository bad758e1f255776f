"""At start-up the overview shows the file's aios before the file itself is open."""

from __future__ import annotations

from datetime import date

from opleider_desk.domain.entities import Aios
from opleider_desk.domain.enums import AiosStatus
from opleider_desk.settings import LAST_TAB
from opleider_desk.storage.open import open_store
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.ui.aios.first_look import FirstLookView
from opleider_desk.ui.aios.tab import AiosTab
from opleider_desk.ui.main_window import MainWindow

from .conftest import save_profile


def _prepare(db_path) -> None:
    store = open_store(db_path)
    save_profile(store)
    service = store.service(AiosService)
    service.add(Aios(name="Sanne de Vries", start_date=date(2026, 3, 2)))
    done = service.add(Aios(name="Daan Bakker", start_date=date(2023, 9, 1)))
    service.set_status(done, AiosStatus.FINISHED)
    store.close()


def _note_first_looks(monkeypatch, window) -> list[tuple[bool, list[str]]]:
    """Each first look as it is made: whether the file was still closed, and its names.
    With every module imported already the file can open within one poll of waitUntil,
    so looking for the first look afterwards raced it."""
    from opleider_desk.ui.aios import first_look as first_look_module

    shown: list[tuple[bool, list[str]]] = []

    class NotedFirstLook(FirstLookView):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            model = self.model()
            shown.append(
                (window.context is None, [model.index(r, 0).data() for r in range(model.rowCount())])
            )

    monkeypatch.setattr(first_look_module, "FirstLookView", NotedFirstLook)
    return shown


def test_the_aios_show_first_and_the_tab_takes_over_once_the_file_is_open(
    qtbot, ui_language, settings, db_path, monkeypatch
):
    _prepare(db_path)
    window = MainWindow(settings, ui_language)
    qtbot.addWidget(window)
    window.show()
    shown = _note_first_looks(monkeypatch, window)
    opened = []
    window.open_at_start(db_path, then=lambda: opened.append(True))
    # Read on a worker (with the modules its table needs), then shown before the file opens;
    # finished aios are hidden, as in the tab.
    qtbot.waitUntil(lambda: bool(shown) or bool(opened))
    assert shown == [(True, ["Sanne de Vries"])]
    qtbot.waitUntil(lambda: opened == [True])
    assert window.first_look is None and window.context is not None
    tab = window.tab_widget("aios")
    assert isinstance(tab, AiosTab)
    assert [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())] == ["Sanne de Vries"]
    window.close_store(backup=False)


def test_without_the_overview_in_front_the_file_starts_opening_at_once(qtbot, ui_language, settings, db_path):
    _prepare(db_path)
    settings.set(LAST_TAB, 2)
    window = MainWindow(settings, ui_language)
    qtbot.addWidget(window)
    opened = []
    window.open_at_start(db_path, then=lambda: opened.append(True))
    assert window.first_look is None
    # On a worker thread: no paint to wait for, and the window answers meanwhile.
    qtbot.waitUntil(lambda: opened == [True])
    assert window.context is not None and window.tab_widget("hours") is not None
    window.close_store(backup=False)


def test_the_file_opens_on_a_worker_thread_while_the_window_keeps_answering(
    qtbot, ui_language, settings, db_path
):
    import threading

    from opleider_desk.storage import open as storage_open

    _prepare(db_path)
    window = MainWindow(settings, ui_language)
    qtbot.addWidget(window)
    window.show()
    threads = []
    real = storage_open.open_store

    def noting_thread(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    storage_open.open_store = noting_thread
    try:
        opened = []
        window.open_at_start(db_path, then=lambda: opened.append(True))
        qtbot.waitUntil(lambda: opened == [True])
    finally:
        storage_open.open_store = real
    assert threads and threads[0] is not threading.main_thread()
    assert window.context is not None
    window.close_store(backup=False)


def test_a_file_in_use_shows_its_aios_first_then_asks_to_open_it_read_only(
    qtbot, ui_language, settings, db_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from .test_safety import _answer_message_box

    _prepare(db_path)
    other = open_store(db_path)  # another window holds the file
    window = MainWindow(settings, ui_language)
    qtbot.addWidget(window)
    window.show()
    shown = _note_first_looks(monkeypatch, window)
    opened = []
    asked = _answer_message_box(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes))
    window.open_at_start(db_path, then=lambda: opened.append(True))
    qtbot.waitUntil(lambda: bool(shown) or bool(opened))
    assert shown and shown[0][0]  # shown while the file was not yet open
    qtbot.waitUntil(lambda: opened == [True])
    assert asked and window.first_look is None
    assert window.context is not None and window.context.store.read_only
    tab = window.tab_widget("aios")
    assert isinstance(tab, AiosTab) and tab.model.rowCount() == 2
    window.close_store()
    other.close()


def test_a_window_that_opens_on_the_hours_tab_takes_an_hour_then_lists_the_period(
    qtbot, ui_language, settings, db_path
):
    """Ready is the entry row with its choices; the week's list and totals follow its paint."""
    from opleider_desk.domain.entities import HourEntry, stored_id
    from opleider_desk.storage.services.categories import CategoryService
    from opleider_desk.storage.services.hours import HoursService
    from opleider_desk.ui.hours.tab import HoursTab
    from opleider_desk.ui.tabs import TABS

    _prepare(db_path)
    store = open_store(db_path)
    category = next(c for c in store.service(CategoryService).list() if c.active)
    entry = HourEntry(
        day=date.today(), minutes=45, category_id=stored_id(category.id), description="Leergesprek"
    )
    store.service(HoursService).add(entry)
    store.close()
    settings.set(LAST_TAB, next(i for i, spec in enumerate(TABS) if spec.key == "hours"))
    window = MainWindow(settings, ui_language)
    qtbot.addWidget(window)
    window.show()
    at_ready: list[HoursTab] = []
    window.open_at_start(db_path, then=lambda: at_ready.append(window.tab_widget("hours")))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: bool(at_ready))
    tab = at_ready[0]
    assert isinstance(tab, HoursTab)
    assert tab.entry_row.isEnabled()
    assert tab.entry_row.fields.aios.findText("Sanne de Vries") >= 0
    qtbot.waitUntil(lambda: tab.model.total_count() == 1)
    assert "Leergesprek" in tab.proxy.index(0, 4).data() and "0:45" in tab.totals.text()
    window.close_store(backup=False)
