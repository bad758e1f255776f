"""A worker gives the window its turn when the window falls behind (``window_turns``).

Closing the import dialog as every entry began to reload held the window
0.15-0.3 s: each call from Qt into Python waited for the worker to let go of
the interpreter. Timings are figures of ``benchmarks/bench_stalls.py``; these
tests show who waits for whom.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable

import pytest

from opleider_desk import window_turns


@pytest.fixture
def beating(monkeypatch):
    monkeypatch.setattr(window_turns, "WAIT_S", 30.0)  # a wait would show as a hung test
    window_turns.start(threading.get_ident())
    yield
    window_turns.stop()


def _on_a_worker(action: Callable[[], object]) -> tuple[threading.Thread, list[float]]:
    took: list[float] = []

    def run() -> None:
        started = time.monotonic()
        action()
        took.append(time.monotonic() - started)

    worker = threading.Thread(target=run)
    worker.start()
    return worker, took


def test_a_worker_waits_while_the_window_is_behind_until_it_catches_up(beating, monkeypatch):
    monkeypatch.setattr(window_turns, "_last_beat", time.monotonic() - 1)  # a second behind
    caught_up = threading.Event()
    seen: list[bool] = []

    def give_way() -> None:
        window_turns.give_way()
        seen.append(caught_up.is_set())

    worker, _took = _on_a_worker(give_way)
    time.sleep(0.05)
    assert worker.is_alive()  # waiting for the window
    caught_up.set()
    window_turns.beat()
    worker.join(timeout=10)
    assert seen == [True]


def test_a_window_on_time_is_not_waited_for_nor_does_the_window_wait_for_itself(beating, monkeypatch):
    # Beating as it should however slowly the worker starts on a loaded machine.
    monkeypatch.setattr(window_turns, "_last_beat", time.monotonic() + 600)
    worker, took = _on_a_worker(window_turns.give_way)
    worker.join(timeout=10)
    assert took and took[0] < 5
    monkeypatch.setattr(window_turns, "_last_beat", time.monotonic() - 1)
    started = time.monotonic()
    window_turns.give_way()  # on the window's own thread: never a wait
    assert time.monotonic() - started < 5


def test_once_no_task_runs_nobody_waits(beating, monkeypatch):
    window_turns.stop()
    monkeypatch.setattr(window_turns, "_last_beat", time.monotonic() - 1)
    worker, took = _on_a_worker(window_turns.give_way)
    worker.join(timeout=10)
    assert took and took[0] < 5


def test_a_window_that_does_not_catch_up_is_waited_for_once(beating, monkeypatch):
    """The window may be waiting for this very worker (a file closed while it writes):
    one wait, then the worker goes on until the window beats again."""
    monkeypatch.setattr(window_turns, "WAIT_S", 2.0)
    monkeypatch.setattr(window_turns, "_last_beat", time.monotonic() - 1)

    def twice() -> None:
        started = time.monotonic()
        window_turns.give_way()
        waits.append(time.monotonic() - started)
        started = time.monotonic()
        window_turns.give_way()
        waits.append(time.monotonic() - started)

    waits: list[float] = []
    worker, _took = _on_a_worker(twice)
    worker.join(timeout=20)
    assert len(waits) == 2
    assert waits[0] >= 1.5 and waits[1] < 1.0


def test_a_worker_importing_modules_gives_way_before_it_loads_each(beating, monkeypatch, tmp_path):
    """The other tabs' warm-up imports on a worker while the opened tab repaints."""
    (tmp_path / "turns_probe_module.py").write_text("LOADED = True\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "turns_probe_module", raising=False)
    monkeypatch.setattr(window_turns, "_last_beat", time.monotonic() - 1)  # a second behind

    def imports() -> None:
        with window_turns.giving_way_on_imports():
            import turns_probe_module  # type: ignore[import-not-found]  # noqa: F401

    worker, _took = _on_a_worker(imports)
    time.sleep(0.05)
    assert worker.is_alive() and "turns_probe_module" not in sys.modules  # waits, before loading it
    window_turns.beat()
    worker.join(timeout=10)
    assert not worker.is_alive() and sys.modules["turns_probe_module"].LOADED
    assert not any(type(finder).__name__ == "_GivingWayOnImports" for finder in sys.meta_path)
