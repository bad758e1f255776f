"""--self-test: every check passes here, and a broken installation is reported, not hidden."""

from __future__ import annotations

import io

import pytest

from opleider_desk import self_test


@pytest.fixture(autouse=True)
def english(qapp):
    """The report follows the installed translators: these checks read the English words."""
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


def test_the_self_test_report_speaks_dutch_in_the_dutch_ui(qapp):
    import io

    from opleider_desk import self_test
    from opleider_desk.i18n import install_translators

    install_translators(qapp, "nl")
    try:
        out = io.StringIO()
        self_test.CHECKS, saved = [("templates", self_test.check_templates)], self_test.CHECKS
        try:
            assert self_test.run_self_test(out) == 0
        finally:
            self_test.CHECKS = saved
    finally:
        install_translators(qapp, "en")
    text = out.getvalue()
    assert "gespreksmodellen" in text and text.rstrip().endswith("zelftest: 1 van 1 controles geslaagd")
