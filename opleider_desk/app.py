"""Starting the window: the application object, then the first paint, then the data."""

from __future__ import annotations

import argparse
import logging
import os
import sys

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from . import APP_ID, APP_NAME, ORG_NAME

# Set by benchmarks/bench_startup.py; see opleider_desk/startup_probe.py.
STARTUP_PROBE_ENV = "OPLEIDERDESK_STARTUP_PROBE"
SWITCH_INTERVAL_S = 0.0002
_SET_UP = "opleiderDeskSetUp"  # a property of the application create_application has set up


def app_icon() -> QIcon:
    from .paths import icon_files

    icon = QIcon()
    for path in icon_files():
        # The size is in the name (opleider-desk-48.png): saying it spares Qt
        # opening every file at start-up to find out.
        size = int(path.stem.rsplit("-", 1)[1])
        icon.addFile(str(path), QSize(size, size))
    return icon


def create_application() -> QApplication:
    from .pyside_import_check import install

    install()  # for a window started without cli.main (the benchmarks, the tests)
    existing = QApplication.instance()
    if isinstance(existing, QApplication) and existing.property(_SET_UP):
        # Made by cli.main, asked for again by run_gui: its names, icon and palette
        # follower are there (reading the icon's files again cost the first paint 1 ms).
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        return existing
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setProperty(_SET_UP, True)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    # Matches the .desktop file's name, so Wayland docks pick up its icon.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    from .ui.widgets.high_contrast import follow_high_contrast

    follow_high_contrast(app)  # a field's edge under a black or white high-contrast palette
    hear_focus_when_a_reader_listens(app)
    # Every call from Qt into Python (a cell's text, a timer) waits for the GIL while a
    # worker thread computes; Python hands it over only each switch interval (5 ms by
    # default), so one repaint of a table could wait that long hundreds of times.
    # 1 ms: the longest stall while every entry loads went from 310-530 to 180-290 ms
    # side by side on a loaded machine (load 11), at a small cost to the worker.
    # 0.2 ms: closing the import dialog as the list and the due list began to reload
    # on two workers held the window 1.2 s at 1 ms, 0.14-0.18 s at 0.2 ms (load 4-10).
    # The interval only counts while a thread waits for the interpreter: a worker
    # alone is not slowed.
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    return app


def apply_chosen_colour_scheme(app: QApplication, scheme: str) -> None:
    """The colour scheme of the settings, before the window is made (no repaint in another)."""
    if scheme != "system":  # the system's: Qt follows it by itself, nothing to import
        from .ui.widgets.colour_scheme import apply_colour_scheme

        apply_colour_scheme(app, scheme)


def run_gui(args: argparse.Namespace, language: str) -> int:
    from .error_log import setup_logging
    from .paths import chosen_data_file
    from .settings import COLOUR_SCHEME, LAST_FILE, Settings
    from .ui.excepthook import install_excepthook
    from .ui.main_window import MainWindow
    from .words.formatting import set_language

    app = create_application()
    set_language(language)
    log_path = setup_logging()
    from .crash_record import end_crash_record, record_crashes

    crashed = record_crashes(log_path.parent)
    settings = Settings()
    apply_chosen_colour_scheme(app, settings.get(COLOUR_SCHEME))
    window = MainWindow(settings, language)
    install_excepthook(window, log_path)
    probe = None
    if os.environ.get(STARTUP_PROBE_ENV):
        from .startup_probe import StartupProbe

        probe = StartupProbe(window)
    window.show()
    if settings.newer_version is not None:
        from .ui.settings_notice import show_newer_settings_notice

        show_newer_settings_notice(window, settings)
    path = chosen_data_file(demo=args.demo, db=args.db, language=language)
    if args.db is None and not args.demo and settings.get(LAST_FILE):
        from pathlib import Path

        path = Path(settings.get(LAST_FILE))

    def ready() -> None:
        if probe is not None:
            probe.store_opened()
        from PySide6.QtCore import QTimer

        from .error_log import write_waiting

        QTimer.singleShot(0, write_waiting)  # the start's log lines, now the window is ready

    def open_data() -> None:
        if probe is not None:
            probe.before_data()
        window.open_at_start(path, demo=args.demo, then=ready)
        if probe is not None:
            probe.data_opened()
        if crashed:
            from .crash_record import report_crashes

            if report_crashes(crashed):  # said once: the records are in the log now, and gone
                from .ui.excepthook import show_crash_notice

                show_crash_notice(window, log_path)

    from .ui.widgets.first_paint import after_first_paint

    # The window paints first; the data file (and SQLAlchemy) come a moment later.
    after_first_paint(window, open_data)
    code = app.exec()
    end_crash_record()
    from .ui.widgets.background import end_workers

    if not end_workers():
        # A worker stuck past the wait: Python's end beside it would crash; the file is
        # closed and the settings written, so end here (the log first).
        logging.shutdown()
        os._exit(code)
    return code


def hear_focus_when_a_reader_listens(app: QApplication) -> None:
    """A screen reader says the name of a field Tab goes to (``ui.widgets.heard_focus``),
    from the first focus change on which Qt's accessibility is active: a reader started
    after the program is heard from then on. The module is imported only then, so a
    start without a reader does not pay for it."""
    from PySide6.QtGui import QAccessible

    def install() -> None:
        from .ui.widgets.heard_focus import hear_focus_first

        hear_focus_first(app)

    if QAccessible.isActive():
        install()
        return

    def check(_old: object, _new: object) -> None:
        if QAccessible.isActive():
            app.focusChanged.disconnect(check)
            install()

    app.focusChanged.connect(check)
