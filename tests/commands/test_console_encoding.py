"""Commands on a console or log that speaks cp1252 (Windows' redirected output)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest

from opleider_desk.console import HANDLER
from opleider_desk.storage.open import open_store
from tests.statement_data import add_aios, log_hours, save_profile


def _run(tmp_path, *args: str, encoding: str = "cp1252") -> subprocess.CompletedProcess:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONIOENCODING=encoding,
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    return subprocess.run(
        [sys.executable, "-m", "opleider_desk", "--lang", "nl", *args],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.fixture
def seyma(db_path):
    store = open_store(db_path)
    save_profile(store)
    log_hours(store, add_aios(store, "Şeyma Yılmaz"), date(2026, 7, 6), 90)
    store.close()
    return db_path


def test_statement_prints_a_turkish_name_to_a_cp1252_log(seyma, tmp_path):
    out = tmp_path / "verklaring.pdf"
    result = _run(tmp_path, "--db", str(seyma), "statement", "--quarter", "2026-Q3", "--out", str(out))
    assert result.returncode == 0, result.stderr.decode("cp1252", "replace")
    printed = result.stdout.decode("cp1252")
    assert "Seyma Yilmaz, K3 2026: verificatiecode" in printed
    assert out.stat().st_size > 1000


def test_errors_and_help_reach_a_cp1252_console_too(seyma, tmp_path):
    refused = _run(
        tmp_path, "--db", str(seyma), "statement", "--quarter", "2026-Q3", "--aios", "Piet", "--out", "x"
    )
    assert refused.returncode == 2
    assert "Bekende aios: Seyma Yilmaz" in refused.stderr.decode("cp1252")
    assert "Traceback" not in refused.stderr.decode("cp1252")
    shown = _run(tmp_path, "--help")
    assert shown.returncode == 0 and shown.stdout.decode("cp1252").strip()


def test_an_encoding_that_can_write_everything_is_untouched(seyma, tmp_path):
    out = tmp_path / "verklaring.pdf"
    result = _run(
        tmp_path, "--db", str(seyma), "statement", "--quarter", "2026-Q3", "--out", str(out), encoding="utf-8"
    )
    assert "Şeyma Yılmaz" in result.stdout.decode("utf-8")


def test_folding_keeps_what_cp1252_has_and_never_fails():
    text = "Şeyma Yılmaz, Łukasz Øster, Zoë “ë” – €5 ✓"
    folded = text.encode("cp1252", errors=HANDLER).decode("cp1252")
    assert folded == "Seyma Yilmaz, Lukasz Øster, Zoë “ë” – €5 ?"
    assert "Łódź ı".encode("ascii", errors=HANDLER) == b"Lodz i"
