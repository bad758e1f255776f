"""The real entry point: --help, and --demo starting the window offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any


def _env(tmp_path):
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        OPLEIDERDESK_HOME=str(tmp_path / "home"),  # the child's own folders, on every platform
    )
    return env


def test_help_documents_every_option_and_the_data_path(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "opleider_desk", "--help", "--lang", "nl"],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=60,
        check=True,
    )
    for option in ("--db", "--demo", "--lang", "--version"):
        assert option in result.stdout
    assert "gegevensbestand" in result.stdout
    assert str(tmp_path / "home" / "data" / "opleiderdesk.sqlite") in " ".join(result.stdout.split())


def test_demo_starts_and_fills_the_overview(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from opleider_desk import cli
    from opleider_desk.ui.aios.tab import AiosTab
    from opleider_desk.ui.main_window import MainWindow

    seen: dict[str, Any] = {}

    def inspect_and_quit():
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        if window.context is None:
            QTimer.singleShot(50, inspect_and_quit)
            return
        tab = window.tab_widget("aios")
        assert isinstance(tab, AiosTab)
        seen["names"] = sorted(tab.model.rows()[i].name for i in range(tab.model.rowCount()))
        seen["path"] = window.context.store.path
        window.close()  # the last window closing ends app.exec()

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    QTimer.singleShot(100, inspect_and_quit)
    assert cli.main(["--demo", "--lang", "nl"]) == 0
    assert seen["names"] == ["Daan Bakker", "Sanne de Vries"]
    assert seen["path"].name == "demo.sqlite"
    assert not (tmp_path / "data" / "OpleiderDesk" / "opleiderdesk.sqlite").exists()


def test_the_demo_in_english_is_an_english_practice_beside_the_dutch_one(qtbot, qapp, tmp_path, monkeypatch):
    """``--demo --lang en`` filled the demo with Dutch agreements, hours and goals."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from opleider_desk import cli
    from opleider_desk.i18n import install_translators
    from opleider_desk.paths import demo_data_file
    from opleider_desk.storage.services.agreements import AgreementService
    from opleider_desk.storage.services.hours import HoursService
    from opleider_desk.ui.main_window import MainWindow
    from opleider_desk.words.formatting import set_language

    seen: dict[str, Any] = {}

    def inspect_and_quit():
        # The window of an earlier test in this process may linger, closed: this run's is shown.
        window = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None
        )
        if window is None or window.context is None:
            QTimer.singleShot(50, inspect_and_quit)
            return
        seen["path"] = window.context.store.path
        seen["hours"] = {e.description for e in window.context.service(HoursService).entries(None)}
        seen["agreements"] = [a.text for a in window.context.service(AgreementService).list()]
        window.close()

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    QTimer.singleShot(100, inspect_and_quit)
    try:
        assert cli.main(["--demo", "--lang", "en"]) == 0
    finally:
        install_translators(qapp, "nl")
        set_language("nl")
    assert seen["path"].name == "demo-en.sqlite"
    assert "Joint surgery" in seen["hours"] and "Gezamenlijk spreekuur" not in seen["hours"]
    assert "Set up the portfolio and draw up the IOP" in seen["agreements"]
    assert seen["path"] != demo_data_file("nl")  # the Dutch demo is a file of its own


def test_a_command_on_the_demo_file_sees_the_demo_practice(tmp_path):
    from datetime import date

    from pypdf import PdfReader

    from opleider_desk.domain.quarters import Quarter

    out = tmp_path / "statement.pdf"
    quarter = Quarter.of(date.today()).previous()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "opleider_desk",
            "--demo",
            "--lang",
            "nl",
            "statement",
            "--quarter",
            str(quarter),
            "--aios",
            "Sanne de Vries",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    text = PdfReader(out).pages[0].extract_text()
    assert "Sanne de Vries" in text and "Marieke Jansen" in text


def test_the_windowed_exe_shows_what_a_command_prints(qapp, monkeypatch):
    """Windows' windowed exe has no console (sys.stdout is None): --version opens a box."""
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from opleider_desk import __version__, cli

    monkeypatch.setattr(sys, "stdout", None)
    seen = {}

    def read_and_close():
        box = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None
        )
        if box is None:
            QTimer.singleShot(20, read_and_close)
            return
        seen["text"] = box.text()
        box.accept()

    QTimer.singleShot(0, read_and_close)
    assert cli.main(["--lang", "en", "--version"]) == 0
    assert f"OpleiderDesk {__version__}" in seen["text"]
    assert "opleider-desk-cli.exe" in seen["text"]


ONE_PARSER = """
import sys
from opleider_desk import app, cli

built = []
original = cli.build_parser


def counting(*args, **kwargs):
    built.append(args)
    return original(*args, **kwargs)


def run_gui(args, language):
    commands = sorted(name for name in sys.modules if name.startswith("opleider_desk.commands."))
    print(len(built), args.db, language, len(commands))
    return 0


cli.build_parser = counting
app.run_gui = run_gui
sys.exit(cli.main(["--db", sys.argv[1], "--lang", "en"]))
"""


def test_a_window_start_builds_the_argument_parser_once_without_the_commands(tmp_path):
    """Building it (every command's options and help) twice cost the first paint its time,
    and so did importing the eight command modules for it, which a window does not use."""
    path = tmp_path / "data.sqlite"
    result = subprocess.run(
        [sys.executable, "-c", ONE_PARSER, str(path)],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["1", str(path), "en", "0"]
