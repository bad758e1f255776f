"""Handing freed memory back to the system costs the window nothing it would notice."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from opleider_desk import freed_memory, startup_gc


@pytest.fixture
def fresh_trim():
    freed_memory._trim.cache_clear()
    yield
    freed_memory._trim.cache_clear()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="malloc_trim is glibc's")
def test_finding_the_c_library_starts_no_process(monkeypatch, fresh_trim):
    def no_process(*args, **kwargs):
        raise AssertionError(f"a process was started: {args}")

    monkeypatch.setattr(subprocess.Popen, "__init__", no_process)
    trim = freed_memory._trim()
    assert trim is not None
    assert trim(0) in (0, 1)  # malloc_trim's answer: whether it could hand any back


def test_no_trim_while_the_window_starts(monkeypatch):
    started: list[threading.Thread] = []
    monkeypatch.setattr(threading.Thread, "start", lambda self: started.append(self))
    monkeypatch.setattr(startup_gc, "_paused", True)
    freed_memory.give_back()
    assert started == []
    monkeypatch.setattr(startup_gc, "_paused", False)
    freed_memory.give_back()
    assert [t.name for t in started] == (["give back freed memory"] if freed_memory._trim() else [])
