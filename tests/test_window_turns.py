"""A worker gives the window its turn when the window falls behind (``window_turns``).

Closing the import dialog as every entry began to reload held the window
0.15-0.3 s: each call from Qt into Python waited for the worker to let go of
the interpreter. Timings are figures of ``benchmarks/bench_stalls.py``; these
tests show who waits for whom.
"""

from __future__ import annotations

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
