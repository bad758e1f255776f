"""An unexpected error is logged (without personal data) and shown; the window goes on."""

from __future__ import annotations

import logging
import sys
import threading
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import SIGNAL, Qt, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from opleider_desk.domain.entities import Agreement, Aios, LearningGoal
from opleider_desk.domain.enums import AgreementOwner, CompetencyArea
from opleider_desk.error_log import LOGGER_NAME, describe, log_file, setup_logging
from opleider_desk.storage.services.agreements import AgreementService
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.goals import GoalService
from opleider_desk.storage.services.meetings import MeetingService
from opleider_desk.ui.aios.tab import AiosTab
from opleider_desk.ui.excepthook import install_excepthook

PRIVATE = "Sanne de Vries heeft een burn-out"


@pytest.fixture
def logged(tmp_path, monkeypatch):
    """The program's log in a file of the test's own; the hooks put back afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    path = setup_logging(tmp_path / "logs" / "opleiderdesk.log")
    yield path
    for handler in list(logging.getLogger(LOGGER_NAME).handlers):
        logging.getLogger(LOGGER_NAME).removeHandler(handler)
        handler.close()


def _error_box() -> QMessageBox | None:
    return next(
        (
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "unexpectedError" and w.isVisible()
        ),
        None,
    )


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_and_shown_and_the_window_goes_on(qtbot, window, logged):
    reporter = install_excepthook(window, logged)

    def broken() -> None:
        raise ValueError(PRIVATE)

    button = QPushButton("kapot", window)
    button.clicked.connect(broken)
    button.show()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    text = logged.read_text(encoding="utf-8")
    assert "builtins.ValueError" in text
    assert "test_error_report.py:" in text and "in broken" in text
    assert "Sanne" not in text and "burn-out" not in text
    assert str(logged.parent.parent) not in text  # no home folder, so no user name
    assert reporter.count == 2
    box = _error_box()
    assert box is not None
    assert "onverwachts" in box.text() and str(logged) in box.text()
    # Two errors, one message; it does not block: the window still takes input.
    assert [w for w in QApplication.topLevelWidgets() if w.objectName() == "unexpectedError"] == [box]
    box.close()
    aios_id = window.context.service(AiosService).add(Aios(name="Daan Bakker", start_date=date(2026, 1, 5)))
    overview = window.tab_widget("aios")
    assert isinstance(overview, AiosTab)
    overview.select(aios_id)
    selected = overview.selected()
    assert selected is not None and selected.name == "Daan Bakker"


def test_an_error_off_the_gui_thread_is_logged(window, logged):
    install_excepthook(window, logged)

    def broken() -> None:
        raise KeyError(PRIVATE)

    worker = threading.Thread(target=broken, name="worker")
    worker.start()
    worker.join()
    text = logged.read_text(encoding="utf-8")
    assert "thread worker" in text and "builtins.KeyError" in text and "Sanne" not in text
    assert _error_box() is None


def test_the_log_keeps_paths_inside_the_package_or_library_only():
    try:
        raise RuntimeError(PRIVATE)
    except RuntimeError as error:
        text = describe(type(error), error.__traceback__)
    assert text.splitlines()[0] == "builtins.RuntimeError"
    assert text.splitlines()[1].startswith("  test_error_report.py:")  # the file, not its folders
    assert PRIVATE not in text


def test_help_menu_opens_the_log_file(qtbot, window, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", opened.append)
    assert window.log_action in window.help_menu.actions()
    assert window.log_action.text() == "&Logbestand openen"
    window.log_action.trigger()
    [url] = opened
    assert url.toLocalFile() == str(log_file())
    assert log_file().exists()


def test_meeting_windows_opened_and_closed_leave_no_connection_behind(qtbot, window):
    """Each closed window used to leave lambdas on the store's signal that hit deleted widgets."""
    signals = window.context.signals
    aios_id = window.context.service(AiosService).add(Aios(name="Sanne", start_date=date(2026, 1, 5)))
    when = datetime.combine(date.today() + timedelta(days=7), datetime.min.time()).replace(hour=13)
    meeting_id = window.context.service(MeetingService).plan(aios_id, "voortgangsgesprek", when, 45)
    tab = window.tab_widget("meetings")
    before = signals.receivers(SIGNAL("changed(PyObject)"))
    for _ in range(8):
        meeting_window = tab.open_meeting(meeting_id)
        qtbot.waitExposed(meeting_window)
        meeting_window.close()  # deletes itself (WA_DeleteOnClose)
        qtbot.waitUntil(lambda: meeting_id not in tab.windows)
    assert signals.receivers(SIGNAL("changed(PyObject)")) == before
    # With pytest-qt's exception capture on, a slot raising on a deleted widget fails this test.
    window.context.service(AgreementService).add(
        Agreement(aios_id=aios_id, text="Vaker feedback vragen", owner=AgreementOwner.AIOS)
    )
    window.context.service(GoalService).add(
        LearningGoal(
            aios_id=aios_id, competency=CompetencyArea.COMMUNICATIE, statement="Slecht-nieuwsgesprek"
        )
    )
    QApplication.processEvents()


def test_the_log_file_waits_for_the_ready_window_but_not_for_an_error(tmp_path):
    """Writing the log's first line imported logging.handlers (and socket, pickle …) before the
    first paint; the start's own lines now wait until the window is ready."""
    import subprocess

    from opleider_desk.error_log import write_waiting

    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from opleider_desk.error_log import setup_logging\n"
        "setup_logging(Path(sys.argv[1]))\n"
        "print('logging.handlers' in sys.modules, Path(sys.argv[1]).exists())\n"
    )
    path = tmp_path / "logs" / "opleiderdesk.log"
    result = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]
    assert "started" in path.read_text(encoding="utf-8")  # written on closing, at exit

    logger = logging.getLogger(LOGGER_NAME)
    try:
        setup_logging(tmp_path / "ready.log")
        assert not (tmp_path / "ready.log").exists()
        write_waiting()
        assert "started" in (tmp_path / "ready.log").read_text(encoding="utf-8")
        setup_logging(tmp_path / "error.log")
        logger.error("unexpected error in main thread: builtins.ValueError")
        lines = (tmp_path / "error.log").read_text(encoding="utf-8").splitlines()
        assert ["started" in lines[0], "ValueError" in lines[1]] == [True, True]
    finally:
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
            handler.close()
