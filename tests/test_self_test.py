"""--self-test: every check passes here, and a broken installation is reported, not hidden."""

from __future__ import annotations

import io

import pytest

from opleider_desk import self_test


@pytest.fixture(autouse=True)
def english(qapp):
    """The report in English (its source language) unless a test asks for Dutch; Dutch after, as elsewhere."""
    from opleider_desk.i18n import install_translators

    install_translators(qapp, "en")
    yield
    install_translators(qapp, "nl")


def test_every_check_passes_on_this_installation(qapp, tmp_path):
    out = io.StringIO()
    assert self_test.run_self_test(out) == 0
    lines = out.getvalue().splitlines()
    for name, _check in self_test.CHECKS:
        assert any(line.startswith(f"ok   {name}: ") for line in lines), name
    assert lines[-1] == f"self-test: {len(self_test.CHECKS)} of {len(self_test.CHECKS)} checks passed"


def test_a_failing_check_fails_the_run_and_the_others_still_run(qapp, monkeypatch):
    def missing_templates(_workdir):
        raise FileNotFoundError("no meeting templates")

    checks = [("templates", missing_templates)] + [c for c in self_test.CHECKS if c[0] == "PDF"]
    monkeypatch.setattr(self_test, "CHECKS", checks)
    out = io.StringIO()
    assert self_test.run_self_test(out) == 1
    text = out.getvalue()
    assert "FAIL templates" in text and "FileNotFoundError: no meeting templates" in text
    assert "ok   PDF: " in text
    assert text.rstrip().endswith("self-test: 1 of 2 checks passed")


def test_the_self_test_option_is_documented(tmp_path):
    import os
    import subprocess
    import sys

    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(tmp_path / "d"),
        XDG_CONFIG_HOME=str(tmp_path / "c"),
    )
    result = subprocess.run(
        [sys.executable, "-m", "opleider_desk", "--help", "--lang", "en"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    assert "--self-test" in result.stdout


def test_the_application_carries_the_icon_in_every_size(qapp):
    from opleider_desk.app import create_application

    sizes = {size.width() for size in create_application().windowIcon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes


def test_the_application_is_set_up_once_though_asked_for_twice(qapp, monkeypatch):
    """cli.main makes the application and run_gui asks for it again: the second time read
    the icon's files and set up the palette follower again before the first paint."""
    from opleider_desk import app as app_module

    first = app_module.create_application()
    read: list[int] = []
    monkeypatch.setattr(app_module, "app_icon", lambda: read.append(1))
    assert app_module.create_application() is first
    assert read == []


def test_without_a_console_the_result_is_shown_in_a_window(qapp, monkeypatch):
    """A windowed Windows build has sys.stdout None: the lines go to a message box."""
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    monkeypatch.setattr(self_test, "CHECKS", [c for c in self_test.CHECKS if c[0] == "templates"])
    monkeypatch.setattr(sys, "stdout", None)
    seen = {}

    def read_and_close():
        box = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None
        )
        if box is None:
            QTimer.singleShot(20, read_and_close)
            return
        seen["text"], seen["details"] = box.text(), box.detailedText()
        box.accept()

    QTimer.singleShot(0, read_and_close)
    assert self_test.run_self_test() == 0
    assert seen["text"] == "self-test: 1 of 1 checks passed"
    assert "ok   templates: " in seen["details"]


def _run_cli(tmp_path, *args: str, display: bool = True):
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    if display:
        env["QT_QPA_PLATFORM"] = "offscreen"
    # What the child takes for the user's own folders, on every platform.
    env.update(
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        OPLEIDERDESK_HOME=str(tmp_path / "home"),
    )
    return subprocess.run(
        [sys.executable, "-m", "opleider_desk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )


def _files_under(folder) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_the_self_test_leaves_the_users_folders_alone(tmp_path):
    result = _run_cli(tmp_path, "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    # Dutch unless asked otherwise, like the window.
    assert "ok     venster: " in result.stdout and "controles geslaagd" in result.stdout
    assert _files_under(tmp_path) == []  # no backup, no settings file, no data file


def test_version_and_help_create_no_settings_file(tmp_path):
    for args in (["--version"], ["--help"], ["--lang", "en", "--version"]):
        assert _run_cli(tmp_path, *args).returncode == 0
    assert _files_under(tmp_path) == []


def test_without_a_display_the_self_test_says_so_and_checks_the_rest(tmp_path):
    result = _run_cli(tmp_path, "--self-test", "--lang", "en", display=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "skip window: no display" in result.stdout
    assert "ok   PDF: " in result.stdout and "could not connect to display" not in result.stderr
    assert result.stdout.rstrip().endswith(f"{len(self_test.CHECKS) - 1} checks passed, 1 skipped")


def test_without_a_display_the_window_start_is_refused_with_a_message(tmp_path):
    result = _run_cli(tmp_path, "--lang", "en", display=False)
    assert result.returncode == 2
    assert "There is no display to open the window on" in result.stderr
    assert _files_under(tmp_path) == []


def test_the_tests_never_see_the_users_own_folders():
    """Isolated by the program's switches, not only by XDG variables (Linux-only)."""
    import os

    from PySide6.QtCore import QSettings

    from opleider_desk import paths
    from opleider_desk.settings import Settings

    here = paths.data_dir()
    assert "opleiderdesk-tests-" in str(here)
    assert "opleiderdesk-tests-" in os.environ[paths.HOME_VARIABLE]  # for child processes
    qs = Settings()._qs
    assert qs.format() == QSettings.Format.IniFormat and "opleiderdesk-tests-" in qs.fileName()


def test_the_report_speaks_dutch_when_the_program_does(qapp):
    from opleider_desk.i18n import install_translators

    install_translators(qapp, "nl")
    try:
        out = io.StringIO()
        assert self_test.run_self_test(out) == 0
    finally:
        install_translators(qapp, "en")
    lines = out.getvalue().splitlines()
    total = len(self_test.CHECKS)
    assert lines[-1] == f"zelftest: {total} van {total} controles geslaagd"
    assert any(line.startswith("ok     gegevensbestand: aangemaakt, gemigreerd") for line in lines), lines
    assert any("sjablonen" in line and "gespreksjablonen" in line for line in lines), lines
    for english in ("checks passed", "written", "meeting templates", "icon sizes"):
        assert english not in out.getvalue(), english
