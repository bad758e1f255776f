"""One writer per file: a second opener is refused, and may look read-only."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import date

import pytest

from opleider_desk.domain.entities import Aios
from opleider_desk.domain.problems import ValidationFailed
from opleider_desk.storage.database import DataFileError, FileInUseError
from opleider_desk.storage.open import open_store
from opleider_desk.storage.services.aios import AiosService

HOLD = """
import sys, time
from opleider_desk.storage.open import open_store
store = open_store(sys.argv[1])
print("open", flush=True)
time.sleep(60)
"""


def test_a_second_writer_in_this_process_is_refused(store):
    with pytest.raises(FileInUseError) as caught:
        open_store(store.path)
    assert caught.value.code == "file.in_use"


def test_read_only_beside_the_writer_sees_its_changes_and_refuses_writes(store):
    viewer = open_store(store.path, read_only=True)
    try:
        store.service(AiosService).add(Aios(name="Sanne de Vries", start_date=date(2026, 3, 2)))
        assert [a.name for a in viewer.service(AiosService).list()] == ["Sanne de Vries"]
        with pytest.raises(ValidationFailed) as caught:
            viewer.service(AiosService).add(Aios(name="Daan Bakker", start_date=date(2026, 3, 2)))
        assert [p.code for p in caught.value.problems] == ["file.read_only"]
    finally:
        viewer.close()
    assert [a.name for a in store.service(AiosService).list()] == ["Sanne de Vries"]


def test_closing_frees_the_file(db_path):
    open_store(db_path).close()
    open_store(db_path).close()


def test_another_process_holds_it_until_it_is_killed(db_path):
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(FileInUseError):
            open_store(db_path)
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
    # The OS drops the lock with the process: no stale lock keeps the trainer out.
    open_store(db_path).close()


def test_read_only_needs_an_existing_file(db_path):
    with pytest.raises(DataFileError) as caught:
        open_store(db_path, read_only=True)
    assert caught.value.code == "file.missing"
    assert not db_path.exists()


def test_a_folder_where_no_lock_file_can_be_made_still_opens(db_path, monkeypatch):
    from opleider_desk.storage import instance_lock

    real_open = os.open

    def refuse_lock_files(path, *args, **kwargs):
        if str(path).endswith(".lock"):
            raise PermissionError(13, "read-only medium")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(instance_lock.os, "open", refuse_lock_files)
    store = open_store(db_path)
    assert store.database.lock is not None and not store.database.lock.held
    store.close()
