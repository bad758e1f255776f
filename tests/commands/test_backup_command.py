"""``opleider-desk --db PATH backup [--to DIR]`` as a script or scheduler runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from opleider_desk.storage.backup import list_backups, summarize
from opleider_desk.storage.open import open_store

ROOT = Path(__file__).resolve().parents[2]


def _run(tmp_path, *args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "OPLEIDERDESK_HOME": str(tmp_path / "home"),  # the child's own folders, on every platform
        **env,
    }
    return subprocess.run(
        [sys.executable, "-m", "opleider_desk", "--lang", "en", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


def test_backup_to_a_folder_while_the_window_has_the_file_open(store, tmp_path):
    folder = tmp_path / "usb"
    result = _run(tmp_path, "--db", str(store.path), "backup", "--to", str(folder))
    assert result.returncode == 0, result.stderr
    [made] = list_backups(folder, store.path)
    assert str(made.path) in result.stdout
    assert made.path.stat().st_mode & 0o777 == 0o600
    assert summarize(made.path).aios == 0


def test_backup_into_the_default_folder(db_path, tmp_path):
    open_store(db_path).close()
    result = _run(tmp_path, "--db", str(db_path), "backup")
    assert result.returncode == 0, result.stderr
    assert len(list_backups(tmp_path / "home" / "data" / "backups", db_path)) == 1


def test_a_missing_file_is_reported_not_created(tmp_path):
    missing = tmp_path / "nothing.sqlite"
    result = _run(tmp_path, "--db", str(missing), "backup")
    assert result.returncode == 2
    assert "does not exist" in result.stderr
    assert not missing.exists()
