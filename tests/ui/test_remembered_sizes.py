"""Every window, dialog and table comes back as the user left it, also in the other language.

Through the real widgets: each dialog is opened, resized, closed and opened
again; the tables in it get a column dragged wider; the tabs' tables and the
main window are checked after the window is closed and a new one opened in the
other language (a language switch takes a restart).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QApplication, QDialog, QHeaderView, QTableView, QTreeView, QWidget

from tests.ui.test_fit_and_access_keys import _new_top_level, demo_window, dialog_openers  # noqa: F401

#: Tables whose columns are given by the program on purpose, each with why.
FIXED_COLUMNS: dict[str, str] = {}


def _opened(open_it: Callable[[], object]) -> Iterator[QWidget]:
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    opened = open_it()
    QApplication.processEvents()
    if isinstance(opened, QWidget):
        opened.show()
        yield opened
    else:
        yield from _new_top_level(before)


def _close(window: QWidget) -> None:
    if isinstance(window, QDialog):
        window.done(0)
    else:
        window.close()
    QApplication.processEvents()


def _tables(window: QWidget) -> list[QTableView | QTreeView]:
    return [
        v
        for v in window.findChildren(QTableView) + window.findChildren(QTreeView)
        if v.isVisible() and v.model() is not None and v.model().columnCount() > 1
    ]


def _header(view: QTableView | QTreeView) -> QHeaderView:
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()


def _name(view: QWidget) -> str:
    return view.objectName() or view.accessibleName() or type(view).__name__


def _drag_first_column(view: QTableView | QTreeView) -> int:
    """Widen the first column as a drag on its edge does; returns the new width."""
    header = _header(view)
    width = header.sectionSize(0) + 37
    if header.sectionResizeMode(0) != QHeaderView.ResizeMode.Interactive:
        return -1  # the program sizes it (it stretches): nothing for the user to drag
    header.resizeSection(0, width)
    return width


def _resizable(window: QWidget) -> bool:
    return window.minimumSize() != window.maximumSize()


def _new_size(window: QWidget) -> QSize:
    screen = window.screen().availableGeometry()
    wanted = window.size() + QSize(53, 31)
    return wanted.boundedTo(QSize(screen.width() - 10, screen.height() - 10)).expandedTo(window.minimumSize())


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_every_dialog_and_its_tables_open_as_they_were_left(qtbot, demo_window):  # noqa: F811
    problems = []
    tried_sizes = tried_columns = 0
    for where, open_it in dialog_openers(demo_window):
        widths: dict[str, int] = {}
        sizes: dict[str, QSize] = {}
        for dialog in _opened(open_it):
            qtbot.waitExposed(dialog)
            if _resizable(dialog):
                size = _new_size(dialog)
                dialog.resize(size)
                sizes[dialog.windowTitle()] = dialog.size()
            for view in _tables(dialog):
                if (width := _drag_first_column(view)) > 0:
                    widths[_name(view)] = width
            _close(dialog)
        tried_sizes += len(sizes)
        tried_columns += len(widths)
        for dialog in _opened(open_it):
            qtbot.waitExposed(dialog)
            QApplication.processEvents()
            if (left := sizes.get(dialog.windowTitle())) is not None and dialog.size() != left:
                problems.append(f"{where}: opens at {dialog.size().toTuple()}, was left at {left.toTuple()}")
            for view in _tables(dialog):
                name = _name(view)
                if (
                    name in widths
                    and _header(view).sectionSize(0) != widths[name]
                    and name not in FIXED_COLUMNS
                ):
                    problems.append(
                        f"{where}: table {name} column 0 is {_header(view).sectionSize(0)}, was left at {widths[name]}"
                    )
            _close(dialog)
    assert tried_sizes >= 10 and tried_columns >= 3, (tried_sizes, tried_columns)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_a_meeting_window_opens_where_and_as_large_as_it_was_left(qtbot, demo_window):  # noqa: F811
    from opleider_desk.storage.services.meetings import MeetingService

    tab = demo_window.show_tab("meetings")
    meeting = next(
        m for m in demo_window.context.service(MeetingService).list() if m.kind == "voortgangsgesprek"
    )
    window = tab.open_meeting(meeting.id)
    qtbot.waitExposed(window)
    window.resize(_new_size(window))
    size = window.size()
    widths = {}
    for page in range(window.tabs.count()):
        window.tabs.setCurrentIndex(page)
        QApplication.processEvents()
        for view in _tables(window):
            if (width := _drag_first_column(view)) > 0:
                widths[_name(view)] = width
    window.close()
    qtbot.waitUntil(lambda: meeting.id not in tab.windows)
    window = tab.open_meeting(meeting.id)
    qtbot.waitExposed(window)
    assert window.size() == size
    assert widths, "no table was tried"
    for page in range(window.tabs.count()):
        window.tabs.setCurrentIndex(page)
        QApplication.processEvents()
        for view in _tables(window):
            if _name(view) in widths:
                assert _header(view).sectionSize(0) == widths[_name(view)], _name(view)
    window.close()


def test_the_main_window_and_every_tab_table_survive_a_restart_in_the_other_language(qtbot, qapp, tmp_path):
    from opleider_desk.i18n import install_translators
    from opleider_desk.settings import Settings
    from opleider_desk.storage.demo import fill_demo_if_empty
    from opleider_desk.storage.open import open_store
    from opleider_desk.ui.main_window import MainWindow
    from opleider_desk.ui.tabs import TABS
    from opleider_desk.words.formatting import set_language
    from tests.ui.conftest import settled_overview

    path = tmp_path / "demo.sqlite"
    store = open_store(path)
    fill_demo_if_empty(store)
    store.close()

    def open_window(language: str) -> MainWindow:
        install_translators(qapp, language)
        set_language(language)
        settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings, language)
        window.confirm_discard_unsaved = lambda: True  # type: ignore[method-assign]
        qtbot.addWidget(window)
        assert window.open_store(path)
        window.show()
        qtbot.waitExposed(window)
        settled_overview(window)
        return window

    try:
        window = open_window("nl")
        # Inside the offscreen screen (800×600), so restoring does not clamp it. Only the
        # overview is shown: at this width another tab widens the window to its minimum.
        window.resize(QSize(777, 555).expandedTo(window.minimumSizeHint()))
        QApplication.processEvents()
        left_at = window.size()
        window.close()
        window.close_store()

        window = open_window("en")
        assert window.size() == left_at
        widths: dict[tuple[str, str], int] = {}
        for spec in TABS:
            window.show_tab(spec.key)
            qtbot.wait(50)
            for view in _tables(window):
                if (width := _drag_first_column(view)) > 0:
                    widths[(spec.key, _name(view))] = width
        window.close()
        window.close_store()

        window = open_window("nl")
        problems = []
        for spec in TABS:
            window.show_tab(spec.key)
            qtbot.wait(50)
            for view in _tables(window):
                key = (spec.key, _name(view))
                if key in widths and _header(view).sectionSize(0) != widths[key]:
                    problems.append(f"{key}: {_header(view).sectionSize(0)}, was left at {widths[key]}")
        window.close()
        window.close_store()
        assert widths, "no table was tried"
        assert not problems, "\n".join(problems)
    finally:
        install_translators(qapp, "nl")
        set_language("nl")


@pytest.mark.parametrize("language", ["nl", "en"], indirect=True)
def test_a_dialog_remembered_in_one_language_fits_the_other(qtbot, qapp, demo_window, language):  # noqa: F811
    """A size kept from the dialog in one language (closing keeps it) comes back in the
    other, whose wrapped texts need other heights: none may be cut."""
    from opleider_desk.i18n import install_translators
    from opleider_desk.words.formatting import set_language
    from tests.ui.test_fit_and_access_keys import _check

    for _where, open_it in dialog_openers(demo_window):
        for dialog in _opened(open_it):
            qtbot.waitExposed(dialog)
            _close(dialog)
    other = "en" if language == "nl" else "nl"
    install_translators(qapp, other)
    set_language(other)
    problems = []
    for where, open_it in dialog_openers(demo_window):
        for dialog in _opened(open_it):
            qtbot.waitExposed(dialog)
            problems += [p for p in _check(dialog, where) if "needs" in p and "high" in p]
            _close(dialog)
    assert not problems, "\n".join(problems)
