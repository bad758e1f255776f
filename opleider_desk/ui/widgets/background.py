"""Work that would freeze the window runs on a worker thread, with its progress shown.

``run_in_background(parent, work, ...)`` calls ``work(progress)`` on a
Python thread and hands its result (or its exception) back on the GUI thread.
The work must not touch widgets; it may read and write through the ``Store``
(whose ``write`` takes one writer at a time and announces its change on the
GUI thread, see ``ui/context.py``). Work that reports progress may be
cancelled where cancelling loses nothing: ``progress.step`` then raises
``Cancelled`` inside the work, which should leave everything as it was (a
write that has not committed rolls back).

A task shows a progress dialog only once it has run for ``PROGRESS_DELAY_MS``,
so quick work never flashes a window; ``modal=False`` shows its progress in
the status bar of ``parent``'s window instead (a background check the trainer
need not wait for).

Without ``on_failed``, a refusal (``ValidationFailed``) is shown the one way
of ``user_action.py`` and anything else goes to ``sys.excepthook`` (logged
and shown). Work that finds its file closed (``StoreClosed``: the trainer
closed or re-keyed it meanwhile) ends without a word.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QMainWindow, QProgressDialog, QWidget

from ... import startup_gc, window_turns
from ...freed_memory import give_back
from ...storage.store_closed import StoreClosed

T = TypeVar("T")

PROGRESS_DELAY_MS = 400
# Progress is reported at most this often: each report crosses to the GUI thread.
_REPORT_EVERY_S = 0.05
_COLLECT_EVERY_MS = 50
_LONG_S = 0.3  # a task this long hands what it freed back to the system when it ends

_running: set[BackgroundTask[Any]] = set()  # kept alive until they finish


class _GcOnGuiThread:
    """No automatic garbage collection while work runs on a worker thread.

    Python collects on whichever thread happens to allocate; a collection on a
    worker that frees a cycle holding a Qt object deletes that object off the GUI
    thread, and the program crashes (seen as soon as the due list reloaded on a
    worker after every change). So while any task runs, the collector is off and
    the GUI thread collects the youngest objects every 50 ms: a worker making
    200,000 rows leaves that many young objects in half a second, and collecting
    them at once held the window for tens of milliseconds. When the last task
    ends, collection is automatic again.
    (Anki collects on its main thread for the same reason.)

    While the window starts nothing is collected at all (``startup_gc``); once
    it is ready (``start_finished``) what the start made is frozen and collection
    goes on as above.

    A start that was not paused freezes what lives (``gc.freeze``) when its first
    work ends (the file opened: the window, its modules and the store's mappers are
    there to stay), once; either way it happens once per program:
    a full collection walks every object the collector tracks, and with the big
    file open that took 230–290 ms on the GUI thread, a stall at whatever moment
    Python chose. Frozen objects are still freed when nothing refers to them; a
    cycle among them that becomes garbage stays, which is why it is done once,
    at the start, and not after every task (a dialog open at that moment would
    stay with everything it holds).
    """

    def __init__(self) -> None:
        self.holds = 0
        self.frozen = False
        self.was_enabled = True
        self.timer: QTimer | None = None
        self.beat: QTimer | None = None  # while tasks run: see ``window_turns``

    def hold(self) -> None:
        if self.holds == 0:
            self.was_enabled = gc.isenabled()
            gc.disable()
            if self.timer is None:
                self.timer = QTimer(Q.instance())
                self.timer.setInterval(_COLLECT_EVERY_MS)
                self.timer.timeout.connect(self._collect_young)
                self.beat = QTimer(Q.instance())
                self.beat.setInterval(int(window_turns.BEAT_S * 1000))
                self.beat.timeout.connect(window_turns.beat)
            self.timer.start()
            assert self.beat is not None
            self.beat.start()
            window_turns.start(threading.get_ident())
        self.holds += 1

    def _collect_young(self) -> None:
        if not startup_gc.paused():
            gc.collect(0)

    def start_done(self) -> None:
        if not startup_gc.end():
            return
        self.frozen = True  # ``startup_gc.end`` froze what the start made
        if self.holds == 0:
            gc.enable()
        else:
            self.was_enabled = True  # the last task to end turns collection on again

    def release(self) -> None:
        self.holds -= 1
        if self.holds == 0:
            window_turns.stop()
            if self.timer is not None:
                self.timer.stop()
            if self.beat is not None:
                self.beat.stop()
            # A paused start freezes once it is ready (``start_done``): a task that ends
            # before that (the first look) would freeze half of it, and twice.
            if not self.frozen and not startup_gc.paused():
                self.frozen = True
                gc.collect(1)
                gc.freeze()
            if self.was_enabled:
                gc.enable()


_gc = _GcOnGuiThread()


class Cancelled(Exception):
    """The user cancelled the work; it has left everything as it was."""


class Progress:
    """What the work reports through; called on the worker thread."""

    def __init__(self, task: BackgroundTask[Any]):
        # Weak: task and progress in a cycle waited for the collector, the task's
        # result (200,000 loaded entries) with them.
        self._task_ref = weakref.ref(task)
        self._cancel = threading.Event()
        self._last = 0.0

    @property
    def _task(self) -> BackgroundTask[Any] | None:
        return self._task_ref()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def step(self, done: int, total: int = 0) -> None:
        """``done`` of ``total`` units (0: unknown); raises ``Cancelled`` once cancelled.

        Also where the work lets a window that has fallen behind catch up (``window_turns``)."""
        if self._cancel.is_set():
            raise Cancelled
        window_turns.give_way()
        now = time.monotonic()
        if now - self._last >= _REPORT_EVERY_S or (total and done >= total):
            self._last = now
            task = self._task
            if task is not None:
                task._progressed.emit(done, total)


class BackgroundTask(QObject, Generic[T]):
    """One piece of work on a worker thread; see ``run_in_background``."""

    _progressed = Signal(int, int)
    _ended = Signal()

    def __init__(
        self,
        parent: QWidget,
        work: Callable[[Progress], T],
        *,
        label: str,
        on_done: Callable[[T], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        cancellable: bool = False,
        modal: bool = True,
    ):
        # The application as parent, not the widget: a widget that goes while the
        # work runs (a tab of a file being closed) would take the task with it, and
        # the worker's last signal would reach a deleted object. Nor no parent: then
        # Python owns it, and a garbage collection that happens to run on a worker
        # thread would delete a QObject there. It is deleted on the GUI thread once
        # it has ended (``_on_ended``).
        super().__init__(Q.instance())
        self.parent_widget = parent
        self.work = work
        self.label = label
        self.on_done = on_done
        self.on_failed = on_failed
        self.on_cancelled = on_cancelled
        self.cancellable = cancellable
        self.modal = modal
        self.progress = Progress(self)
        self.result: T | None = None
        self.error: BaseException | None = None
        self.finished = False
        self.dialog: QProgressDialog | None = None
        self._done, self._total = 0, 0
        self._loops: list[QEventLoop] = []
        self._status_bar_shown = False
        self._started = 0.0
        self.worker: threading.Thread | None = None
        self._progressed.connect(self._on_progress)  # queued: self lives on the GUI thread
        self._ended.connect(self._on_ended)

    def start(self, delay_ms: int | None = None) -> BackgroundTask[T]:
        """Start now, or (``delay_ms``) once the event loop has handled what is queued."""
        _running.add(self)
        if delay_ms is None:
            self._start_thread()
        else:
            QTimer.singleShot(delay_ms, self, self._start_thread)
        return self

    def _start_thread(self) -> None:
        self._started = time.monotonic()
        _gc.hold()
        self.worker = threading.Thread(target=self._run, name=f"background: {self.label}", daemon=True)
        self.worker.start()
        QTimer.singleShot(PROGRESS_DELAY_MS, self, self._show_progress)

    def cancel(self) -> None:
        if self.cancellable:
            self.progress._cancel.set()

    def wait(self) -> T | None:
        """Let the event loop run (the window repaints, the progress shows) until the work ends."""
        if not self.finished:
            loop = QEventLoop()
            self._loops.append(loop)
            loop.exec()
        return self.result

    # ------------------------------------------------------------ worker thread
    def _run(self) -> None:
        try:
            self.result = self.work(self.progress)
        except BaseException as error:  # handed to the GUI thread, which shows it
            self.error = error
        self._ended.emit()

    # ------------------------------------------------------------ GUI thread
    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self._done, self._total = done, total
        if self.dialog is not None and _alive(self.dialog):
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total) if total else 0)
        elif not self.modal and self._status_bar_shown:
            self._show_status()

    def _show_progress(self) -> None:
        if self.finished or not self.label or not _alive(self.parent_widget):
            return  # no label: work the user need not hear of
        if not self.modal:
            self._status_bar_shown = True
            self._show_status()
            return
        dialog = QProgressDialog(
            self.label,
            Q.translate("Background", "Cancel") if self.cancellable else "",
            0,
            self._total,
            self.parent_widget,
        )
        if not self.cancellable:
            dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        dialog.setValue(min(self._done, self._total) if self._total else 0)
        dialog.show()
        self.dialog = dialog

    def _show_status(self) -> None:
        if not _alive(self.parent_widget):
            return
        window = self.parent_widget.window()
        if isinstance(window, QMainWindow):
            shown = f"{self.label} {self._done * 100 // self._total} %" if self._total else self.label
            window.statusBar().showMessage(shown)

    @Slot()
    def _on_ended(self) -> None:
        self.finished = True
        _running.discard(self)
        # The dialog is a child of the widget the work is for: closing that widget
        # deleted it already.
        if self.dialog is not None and _alive(self.dialog):
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = None
        _gc.release()
        if time.monotonic() - self._started >= _LONG_S:
            give_back()  # what a long task freed on its thread stays counted until then
        self.deleteLater()
        for loop in self._loops:
            loop.quit()
        # Held by ``wait`` from here on: a QEventLoop left in this task (a cycle with its
        # Progress) could be freed by the collector on a worker thread, which crashes.
        self._loops.clear()
        if not _alive(self.parent_widget) or isinstance(self.error, StoreClosed):
            # The widget it worked for is gone, or the file it read was closed
            # under it: nobody wants the result.
            return
        if self._status_bar_shown:
            window = self.parent_widget.window()
            if isinstance(window, QMainWindow):
                window.statusBar().clearMessage()
        if self.error is None:
            if self.on_done is not None:
                self.on_done(self.result)  # type: ignore[arg-type]
        elif isinstance(self.error, Cancelled):
            if self.on_cancelled is not None:
                self.on_cancelled()
        elif self.on_failed is not None:
            self.on_failed(self.error)
        else:
            show_failure(self.parent_widget, self.error)


def end_workers(timeout_s: float = 10.0) -> bool:
    """At the program's end: cancel what may be cancelled and wait for every worker thread.

    A worker still running when Python ends (one importing a tab's module just after
    the start, as the window was closed) met the interpreter's last collection and
    the program crashed as it ended (seen once in forty starts). True once every
    worker has ended; False if one is still at work after ``timeout_s``.
    """
    deadline = time.monotonic() + timeout_s
    tasks = list(_running)
    for task in tasks:
        task.cancel()
    for task in tasks:
        if task.worker is not None:
            task.worker.join(max(0.0, deadline - time.monotonic()))
    return not any(task.worker is not None and task.worker.is_alive() for task in tasks)


def _alive(widget: QWidget) -> bool:
    return shiboken6.isValid(widget)


def show_failure(parent: QWidget, error: BaseException) -> None:
    """A refusal the one way (``user_action.show_failure``), a defect to the excepthook."""
    from ...domain.problems import ValidationFailed

    if isinstance(error, ValidationFailed):
        from .user_action import show_failure as show_refusal

        show_refusal(parent, error)
        return
    sys.excepthook(type(error), error, error.__traceback__)


def run_in_background(
    parent: QWidget,
    work: Callable[[Progress], T],
    *,
    label: str,
    on_done: Callable[[T], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    cancellable: bool = False,
    modal: bool = True,
    delay_ms: int | None = None,
) -> BackgroundTask[T]:
    """Start ``work(progress)`` on a worker thread; ``on_done(result)`` follows on the GUI thread.

    ``on_cancelled()`` follows instead when the user cancelled (the work raised
    ``Cancelled``). ``delay_ms``: start the thread only after the events already queued (the
    start-up's first paints) have been handled.
    """
    return BackgroundTask(
        parent,
        work,
        label=label,
        on_done=on_done,
        on_failed=on_failed,
        on_cancelled=on_cancelled,
        cancellable=cancellable,
        modal=modal,
    ).start(delay_ms)


def start_finished() -> None:
    """The window is ready: garbage collection, paused for its start (``startup_gc``), goes on."""
    _gc.start_done()


def busy(parent: QWidget) -> bool:
    """Whether a task for ``parent`` or a widget in it still runs (tests and benchmarks
    wait for the window's work to settle)."""
    for task in list(_running):
        if not _alive(task.parent_widget):
            continue  # its widget is gone; the work ends on its own
        if task.parent_widget is parent or parent.isAncestorOf(task.parent_widget):
            return True
    return False
