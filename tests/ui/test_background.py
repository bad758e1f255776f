"""Long work runs on a worker thread; the window hears the result, and any change, on its own."""

from __future__ import annotations

import threading
import time
from datetime import date, datetime

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from opleider_desk.domain.entities import Aios
from opleider_desk.domain.problems import Problem, ValidationFailed
from opleider_desk.settings import BACKUP_FOLDER
from opleider_desk.storage.backup import list_backups, make_backup
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.store_closed import StoreClosed
from opleider_desk.ui.widgets import background
from opleider_desk.ui.widgets.background import busy, run_in_background


def test_the_work_runs_on_a_worker_and_its_result_arrives_on_the_gui_thread(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = []
    task = run_in_background(
        parent,
        lambda _progress: threading.current_thread(),
        label="work",
        on_done=lambda worker: seen.append((worker, threading.current_thread())),
    )
    assert task.wait() is not threading.main_thread()
    assert seen and seen[0][0] is not threading.main_thread() and seen[0][1] is threading.main_thread()
    assert not busy(parent)


def test_slow_work_shows_a_progress_dialog_that_cancels_it_losing_nothing(qtbot, monkeypatch):
    monkeypatch.setattr(background, "PROGRESS_DELAY_MS", 20)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    steps: list[int] = []
    done: list[str] = []

    def work(progress):
        for step in range(1000):
            progress.step(step, 1000)
            steps.append(step)
            time.sleep(0.005)
        return "finished"

    task = run_in_background(parent, work, label="Counting…", cancellable=True, on_done=done.append)
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible())
    assert isinstance(task.dialog, QProgressDialog) and task.dialog.labelText() == "Counting…"
    task.dialog.canceled.emit()  # what its Cancel button (or Esc) sends
    task.wait()
    assert done == [] and len(steps) < 1000  # cancelled: on_done never ran
    assert task.dialog is None


def test_a_refusal_reaches_on_failed_and_otherwise_the_excepthook(qtbot, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    failures: list[BaseException] = []

    def refuse(_progress):
        raise ValidationFailed([Problem("file.read_only")])

    run_in_background(parent, refuse, label="x", on_failed=failures.append).wait()
    assert isinstance(failures[0], ValidationFailed)
    hooked = []
    monkeypatch.setattr("sys.excepthook", lambda *args: hooked.append(args[1]))
    run_in_background(parent, lambda _p: 1 / 0, label="x").wait()
    assert isinstance(hooked[0], ZeroDivisionError)


def test_a_write_on_a_worker_goes_through_the_store_and_is_announced_on_the_gui_thread(qtbot, window):
    heard = []
    window.context.signals.changed.connect(lambda change: heard.append((change, threading.current_thread())))
    service = window.context.service(AiosService)
    run_in_background(
        window,
        lambda _progress: service.add(Aios(name="Noor Visser", start_date=date(2026, 3, 2))),
        label="add",
    ).wait()
    qtbot.waitUntil(lambda: bool(heard))
    change, thread = heard[0]
    assert "aios" in change.tables and thread is threading.main_thread()
    assert window.undo_action.isEnabled()  # one undo step, as from the window itself
    window.undo()
    assert [a.name for a in service.list()] == []


def test_closing_the_file_waits_for_a_worker_s_read_whose_next_read_ends_it_quietly(
    qtbot, window, monkeypatch
):
    """The due list reloading on a worker while the passphrase changed crashed the program (CI)."""
    from sqlalchemy import text

    store = window.context.store
    reading = [0]
    reading_at_close: list[int] = []
    real_close = store.database.close

    def close() -> None:
        reading_at_close.append(reading[0])
        real_close()

    monkeypatch.setattr(store.database, "close", close)
    inside = threading.Event()

    def read_again_and_again(_progress):
        for _ in range(300):  # ended by StoreClosed long before
            with store.read() as session:
                reading[0] += 1
                inside.set()
                time.sleep(0.01)
                session.execute(text("SELECT count(*) FROM aios")).scalar()
                reading[0] -= 1

    failures: list[BaseException] = []
    hooked: list[BaseException] = []
    monkeypatch.setattr("sys.excepthook", lambda *args: hooked.append(args[1]))
    task = run_in_background(window, read_again_and_again, label="", on_failed=failures.append)
    assert inside.wait(5)
    window.close_store(backup=False)
    task.wait()
    assert reading_at_close == [0]
    assert isinstance(task.error, StoreClosed)
    assert failures == [] and hooked == []


def test_the_backup_on_closing_is_made_on_a_worker_while_the_window_waits(
    qtbot, window, settings, tmp_path, monkeypatch
):
    folder = tmp_path / "closing"
    settings.set(BACKUP_FOLDER, str(folder))
    path = window.context.store.path
    threads = []
    real = background.BackgroundTask._run

    def noting(self):
        threads.append(threading.current_thread())
        real(self)

    monkeypatch.setattr(background.BackgroundTask, "_run", noting)
    window.close_store()
    assert len(list_backups(folder, path)) == 1  # made before close_store returned
    assert threads and all(t is not threading.main_thread() for t in threads)


def test_a_file_found_damaged_after_opening_offers_its_newest_sound_backup(qtbot, window, settings, tmp_path):
    """The check itself is tested on a damaged file in tests/storage/test_check_after_open.py;
    here the window's answer to its findings."""
    from .test_safety import _answer_message_box, _destructive

    folder = tmp_path / "backups"
    settings.set(BACKUP_FOLDER, str(folder))
    service = window.context.service(AiosService)
    service.add(Aios(name="Sanne de Vries", start_date=date(2026, 3, 2)))
    store = window.context.store
    make_backup(store.path, folder, now=datetime(2026, 11, 1, 8, 0))
    service.add(Aios(name="Daan Bakker", start_date=date(2026, 3, 2)))  # after the backup

    first = _answer_message_box(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes))

    def then_confirm():
        if first:
            _answer_message_box(qtbot, _destructive)
        else:
            QTimer.singleShot(20, then_confirm)

    QTimer.singleShot(0, then_confirm)
    window._checked(store, ["Tree 7 page 12: btreeInitPage() returns error code 11"], backup=True)
    assert "beschadigd" in first[0] and "01-11-2026 08:00" in first[0]
    assert [a.name for a in window.context.service(AiosService).list()] == ["Sanne de Vries"]


@pytest.fixture(autouse=True)
def _no_tasks_left():
    yield
    deadline = time.monotonic() + 5
    while background._running and time.monotonic() < deadline:
        time.sleep(0.01)


def test_no_garbage_collection_runs_on_a_worker_and_the_widget_may_go_first(qtbot):
    """A collection on a worker thread that frees a Qt object crashes the program; and a
    widget closed while its work runs (a tab of a file being closed) must not take the
    task with it."""
    import gc

    parent = QWidget()
    seen: list[bool] = []
    go = threading.Event()

    def work(_progress):
        go.wait(5)
        seen.append(gc.isenabled())
        return 1

    done: list[int] = []
    task = run_in_background(parent, work, label="", on_done=done.append)
    parent.deleteLater()  # gone before the work ends
    qtbot.wait(20)
    go.set()
    qtbot.waitUntil(lambda: task.finished)
    assert seen == [False]  # no automatic collection while the work ran
    assert gc.isenabled()  # and back once it ended
    assert done == []  # nobody left to hand the result to


def test_while_the_window_starts_nothing_is_collected_and_then_the_start_is_frozen(qtbot):
    """The start's objects live as long as the program: collecting them again and again
    cost a good part of the start. Once ready they are frozen out of later collections,
    and collection goes on, after the work still running on a worker."""
    import gc

    from opleider_desk import startup_gc

    frozen_before = gc.get_freeze_count()
    startup_gc.pause()
    try:
        assert not gc.isenabled() and startup_gc.paused()
        parent = QWidget()
        qtbot.addWidget(parent)
        go = threading.Event()
        seen: list[bool] = []

        def work(_progress):
            go.wait(5)
            seen.append(gc.isenabled())

        collections: list[int] = []

        def note(phase, info):
            if phase == "start":
                collections.append(info["generation"])

        gc.callbacks.append(note)
        try:
            task = run_in_background(parent, work, label="")
            qtbot.wait(150)  # a running task's collections of young objects stay off too
        finally:
            gc.callbacks.remove(note)
        assert collections == []
        background.start_finished()
        assert not startup_gc.paused() and gc.get_freeze_count() > frozen_before
        assert not gc.isenabled()  # a task still runs: its worker must not collect
        go.set()
        qtbot.waitUntil(lambda: task.finished)
        assert seen == [False] and gc.isenabled()
        background.start_finished()  # once only: a second call changes nothing
        assert gc.isenabled()
    finally:
        startup_gc.end()
        gc.unfreeze()
        gc.enable()


def test_what_lived_through_the_first_task_is_left_out_of_later_full_collections(qtbot, monkeypatch):
    """A full collection walked every object of the open file's window: 230–290 ms on the
    GUI thread whenever Python chose. After the first work the objects there are frozen."""
    import gc

    gc.unfreeze()
    monkeypatch.setattr(background._gc, "frozen", False)  # as in a program just started
    widget = QWidget()
    qtbot.addWidget(widget)
    kept = [object() for _ in range(3)]  # stand-ins for the window's long-lived objects
    gc.collect()
    assert gc.get_freeze_count() == 0
    task = run_in_background(widget, lambda _progress: 42, label="")
    qtbot.waitUntil(lambda: task.finished)
    assert gc.get_freeze_count() > 0 and gc.isenabled()
    cycle: list = []
    cycle.append(cycle)  # made after the freeze: collected as before
    del cycle
    assert gc.collect() >= 1
    assert kept


def test_a_widget_closed_while_its_progress_dialog_shows_ends_its_work_quietly(qtbot, monkeypatch):
    """The progress dialog is the widget's child: deleting the widget deletes the dialog,
    and the end of the work then closed a dialog that was gone ("already deleted")."""
    monkeypatch.setattr(background, "PROGRESS_DELAY_MS", 10)
    parent = QWidget()
    parent.show()
    go = threading.Event()
    failures: list[BaseException] = []

    def work(progress):
        go.wait(5)
        progress.step(1, 2)
        return 1

    task = run_in_background(parent, work, label="Counting…", on_failed=failures.append)
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible())
    dialog = task.dialog
    assert dialog is not None
    parent.deleteLater()
    qtbot.waitUntil(lambda: not background._alive(dialog))
    with qtbot.captureExceptions() as raised:
        go.set()
        qtbot.waitUntil(lambda: task.finished)
        qtbot.wait(20)
    assert raised == [] and failures == []
    assert task.dialog is None


def test_at_the_end_the_program_waits_for_its_workers_and_cancels_what_may_be_cancelled(qtbot):
    """A worker still importing when Python ended crashed the program as it closed (CI)."""
    from opleider_desk.ui.widgets.background import end_workers

    parent = QWidget()
    qtbot.addWidget(parent)
    finished: list[str] = []

    def short(_progress):
        time.sleep(0.3)
        finished.append("short")

    def long(progress):
        for step in range(1000):
            progress.step(step, 1000)
            time.sleep(0.01)
        finished.append("long")

    tasks = [
        run_in_background(parent, short, label=""),
        run_in_background(parent, long, label="", cancellable=True),
    ]
    started = time.monotonic()
    assert end_workers(timeout_s=5)
    assert time.monotonic() - started < 5  # the long one was cancelled, not waited out
    assert finished == ["short"]
    assert all(task.worker is not None and not task.worker.is_alive() for task in tasks)
    qtbot.waitUntil(lambda: all(task.finished for task in tasks))
