"""Every tab and dialog at 1280×800, in Dutch and English: no text cut off, no access key twice.

A text "fits" when the widget is at least as wide as the text needs (labels,
buttons, check boxes, header sections, placeholders); a label that shows "…"
where its text has none is elided. Access keys (the underlined letter, Alt+key)
count per window: the menu bar, the tab bar and the controls of the page shown.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QTabBar,
    QTableView,
    QWidget,
)

SIZE = (1280, 800)
LANGUAGES = ["nl", "en"]


def _mnemonic(text: str) -> str | None:
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].casefold()
        i += 1
    return None


def _shown(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window()) and widget.isVisible()


def _controls(window: QWidget) -> Iterator[QWidget]:
    """The visible widgets of a window, not those of another window it owns."""
    for child in window.findChildren(QWidget):
        if child.window() is window and _shown(child):
            yield child


def menu_access_key_problems(menu: QMenu, where: str = "") -> list[str]:
    """A menu's items, and those of its submenus: each has an access key, none twice in one menu."""
    where = where or menu.title().replace("&", "") or menu.objectName() or "menu"
    keys: dict[str, list[str]] = defaultdict(list)
    problems: list[str] = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible() or not action.text():
            continue
        key = _mnemonic(action.text())
        if key is None:
            problems.append(f"menu {where}: {action.text()!r} has no access key")
        else:
            keys[key].append(action.text().replace("&", ""))
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            problems += menu_access_key_problems(submenu, f"{where} ▸ {action.text().replace('&', '')}")
    problems += [
        f"menu {where}: Alt+{k.upper()}: {', '.join(v)}" for k, v in sorted(keys.items()) if len(v) > 1
    ]
    return problems


def _menus(window: QWidget) -> Iterator[QMenu]:
    """The menus a window's shown controls open: its menu bar's, and those of its buttons."""
    for widget in _controls(window):
        if isinstance(widget, QMenuBar):
            for action in widget.actions():
                menu = action.menu()
                if action.isVisible() and isinstance(menu, QMenu):
                    yield menu
        elif isinstance(widget, QAbstractButton) and hasattr(widget, "menu") and widget.menu() is not None:
            yield widget.menu()


def access_key_clashes(window: QWidget) -> list[str]:
    problems = [p for menu in _menus(window) for p in menu_access_key_problems(menu)]
    keys: dict[str, list[str]] = defaultdict(list)
    for widget in _controls(window):
        texts: list[str] = []
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts = [widget.title()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        elif isinstance(widget, QMenuBar):
            texts = [a.text() for a in widget.actions() if a.isVisible()]
        for text in texts:
            key = _mnemonic(text)
            if key:
                keys[key].append(text.replace("&", ""))
    return problems + [f"Alt+{k.upper()}: {', '.join(v)}" for k, v in sorted(keys.items()) if len(v) > 1]


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def cut_off_texts(window: QWidget, *, in_view: bool = False) -> list[str]:
    problems: list[str] = []
    for widget in _controls(window):
        name = f"{type(widget).__name__} {widget.objectName() or ''}".strip()
        metrics = widget.fontMetrics()
        if isinstance(widget, QLabel) and widget.text() and widget.wordWrap():
            # A wrapped label given fewer lines than its text needs is cut at top and bottom.
            room = widget.contentsRect().height()
            need = widget.heightForWidth(widget.width()) - (widget.height() - room)
            if need > room + 1:
                problems.append(f"{name} {widget.text()!r}: needs {need}px high, has {room}")
            # Nor can a word wider than the label wrap: it is cut at the side.
            font = QFont(widget.font())
            font.setBold("<b>" in widget.text())  # measured as the widest it may be drawn
            words = re.sub(r"<[^>]+>|&nbsp;", " ", widget.text()).split()
            widest = max(words, key=QFontMetrics(font).horizontalAdvance, default="")
            if QFontMetrics(font).horizontalAdvance(widest) > widget.contentsRect().width() + 1:
                problems.append(f"{name} word {widest!r} is wider than {widget.contentsRect().width()}px")
        elif isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            if widget.textFormat() == Qt.TextFormat.RichText or "<" in widget.text():
                continue
            if widget.pixmap() is not None and not widget.pixmap().isNull():
                continue
            lines = _plain(widget.text()).splitlines() or [""]
            need = max(metrics.horizontalAdvance(line) for line in lines)
            if need > widget.contentsRect().width() + 1:
                problems.append(
                    f"{name} {widget.text()!r}: needs {need}px, has {widget.contentsRect().width()}"
                )
        elif isinstance(widget, QPushButton | QCheckBox | QRadioButton) and widget.text():
            if widget.width() + 1 < widget.minimumSizeHint().width():
                problems.append(
                    f"{name} {widget.text()!r}: needs {widget.minimumSizeHint().width()}px, has {widget.width()}"
                )
        elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
            need = metrics.horizontalAdvance(widget.placeholderText()) + 12
            if need > widget.width():
                problems.append(
                    f"{name} placeholder {widget.placeholderText()!r}: needs {need}px, has {widget.width()}"
                )
        elif isinstance(widget, QTableView):
            header = widget.horizontalHeader()
            model = widget.model()
            if not header.isVisible():
                continue
            for column in range(model.columnCount()):
                if header.isSectionHidden(column):
                    continue
                text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                if not text:
                    continue
                need = header.fontMetrics().horizontalAdvance(text) + 6
                if header.stretchLastSection() and column == header.count() - 1:
                    continue
                if need > header.sectionSize(column):
                    problems.append(
                        f"{name} column {text!r}: needs {need}px, has {header.sectionSize(column)}"
                    )
            problems += _cut_cells(widget, name, in_view=in_view)
        if isinstance(widget, QLineEdit) and widget.text() and not widget.hasFocus():
            # A field too narrow for what it holds shows only part of it (its end, or its middle).
            need = metrics.horizontalAdvance(widget.text()) + 12
            inside = isinstance(widget.parent(), QAbstractSpinBox | QComboBox)  # measured as that control
            if need > widget.width() and not inside:
                problems.append(f"{name} text {widget.text()!r}: needs {need}px, has {widget.width()}")
    return problems


def _cut_cells(view: QTableView, name: str, rows: int = 20, *, in_view: bool = False) -> list[str]:
    """Cells whose text is cut short ("…") with nothing (a tooltip) to show the rest.

    ``in_view``: also what runs past the view's right edge, out of sight until one
    scrolls sideways (a list of problems whose reason one cannot read, say)."""
    model = view.model()
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    problems = []
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        width = header.sectionSize(column)
        # What of the column the view shows without scrolling sideways: a column that runs
        # past the view's right edge is cut there, however wide the column itself is.
        if in_view:
            width = min(width, view.viewport().width() - header.sectionViewportPosition(column))
            if width <= 0:
                problems.append(f"{name} column {column}: out of sight (scrolled off to the right)")
                continue
        if (
            header.stretchLastSection()
            and column == header.count() - 1
            and width >= header.sectionSize(column)
        ):
            continue
        for row in range(min(rows, model.rowCount())):
            index = model.index(row, column)
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            if not text.strip():
                continue
            tooltip = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
            if text in tooltip:
                continue  # shortened on purpose, whole in the tooltip
            pieces = text.split() if view.wordWrap() else text.splitlines()
            # Qt draws a cell's text with a few pixels of margin each side (as when fitting a column).
            need = max(metrics.horizontalAdvance(piece) for piece in pieces) + 6
            if view.wordWrap():
                # Wrapped text also needs the row's height for its lines.
                lines = max(1, -(-metrics.horizontalAdvance(text) // max(width - 6, 1)))
                if lines * metrics.lineSpacing() > view.rowHeight(row) + 2:
                    need = max(need, metrics.horizontalAdvance(text) + 6)
            if need > width:
                problems.append(f"{name} cell {text!r} (column {column}): needs {need}px, has {width}")
                break
    return problems


def _check(window: QWidget, where: str, *, in_view: bool = False) -> list[str]:
    QApplication.processEvents()
    return [f"{where}: {p}" for p in cut_off_texts(window, in_view=in_view)] + [
        f"{where}: {p}" for p in access_key_clashes(window)
    ]


@pytest.fixture
def demo_window(qtbot, ui_language, tmp_path):
    from opleider_desk.settings import Settings
    from opleider_desk.storage.demo import fill_demo_if_empty
    from opleider_desk.storage.open import open_store
    from opleider_desk.ui.main_window import MainWindow

    path = tmp_path / "demo.sqlite"
    store = open_store(path)
    fill_demo_if_empty(store, language=ui_language)  # the demo's texts in the UI's language, as --demo
    store.close()
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(settings, ui_language)
    win.confirm_discard_unsaved = lambda: True  # type: ignore[method-assign]
    qtbot.addWidget(win)
    assert win.open_store(path)
    win.resize(*SIZE)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close_store()


def _new_top_level(before: set[int]) -> list[QWidget]:
    # Not a background task's progress dialog: on a loaded machine one shows for a moment
    # and is deleted while it is being checked.
    return [
        w
        for w in QApplication.topLevelWidgets()
        if id(w) not in before and w.isVisible() and not isinstance(w, QProgressDialog)
    ]


def opened_windows(open_it: Callable[[], object]) -> list[QWidget]:
    """What ``open_it`` opened: the widget it returns, or else the windows that showed."""
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    opened = open_it()
    QApplication.processEvents()
    return [opened] if isinstance(opened, QWidget) else _new_top_level(before)


def each_tab(qtbot, window) -> Iterator[str]:
    """The window on each of its tabs in turn (given a moment to lay out); yields the tab's key."""
    from opleider_desk.ui.tabs import TABS

    for spec in TABS:
        window.show_tab(spec.key)
        qtbot.wait(50)
        yield spec.key


def each_dialog(openers: Iterable[tuple[str, Callable[[], object]]]) -> Iterator[tuple[str, QWidget]]:
    """Each window the openers open, shown, with where it came from; closed once looked at."""
    for where, open_it in openers:
        for dialog in opened_windows(open_it):
            if not shiboken6.isValid(dialog):
                continue  # a background task's progress dialog, shown late on a loaded machine and closed since
            if not dialog.isVisible():
                dialog.show()
            QApplication.processEvents()
            yield f"{where} ({dialog.windowTitle()})", dialog
            if isinstance(dialog, QDialog):
                dialog.done(0)
            else:
                dialog.close()


def each_page_and_step(window) -> Iterator[tuple[int, int | None]]:
    """A meeting window on each of its pages in turn, and on the guided form's each step."""
    for page in range(window.tabs.count()):
        window.tabs.setCurrentIndex(page)
        steps = range(len(window.form.steps)) if window.tabs.widget(page) is window.form else [None]
        for step in steps:
            if step is not None:
                window.form.go_to(step)
            QApplication.processEvents()
            yield page, step


def _open_and_check(window, open_it: Callable[[], object], where: str, *, in_view: bool = False) -> list[str]:
    problems: list[str] = []
    for label, dialog in each_dialog([(where, open_it)]):
        problems += _check(dialog, label, in_view=in_view)
    return problems


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_tab_fits_and_has_distinct_access_keys(qtbot, demo_window):
    from tests.ui.conftest import settled_overview

    problems = []
    # What is due arrives from a worker and widens its columns: checked once it is there,
    # the check no longer depends on the machine's speed.
    settled_overview(demo_window)
    for key in each_tab(qtbot, demo_window):
        problems += _check(demo_window, f"tab {key}")
        assert demo_window.width() == SIZE[0], f"the window widened itself on tab {key}"
        # Nor would it on a smaller screen (1024 wide, a laptop at 125 %): no tab needs more.
        assert demo_window.minimumSizeHint().width() <= 1024, f"tab {key} needs a wider window"
    assert not problems, "\n".join(problems)


def dialog_openers(w) -> list[tuple[str, Callable[[], object]]]:
    """Every dialog of the program, each with what opens it (on the demo file)."""
    from opleider_desk.storage.services.aios import AiosService
    from opleider_desk.storage.services.categories import CategoryService
    from opleider_desk.storage.services.hour_routines import HourRoutineService
    from opleider_desk.storage.services.hours import HoursService
    from opleider_desk.ui.aios.dialog import AiosDialog
    from opleider_desk.ui.hours.categories_dialog import CategoriesDialog
    from opleider_desk.ui.hours.entry_dialog import EntryDialog
    from opleider_desk.ui.hours.routine_dialog import RoutineDialog

    context = w.context
    aios = context.service(AiosService).list()
    categories = context.service(CategoryService).list()
    hours = context.service(HoursService)
    entry = hours.entries(None)[0]

    def plan_meeting():
        w.show_tab("meetings")
        return w.tab_widget("meetings").plan_meeting()

    return [
        ("profile", w.profile_action.trigger),
        ("settings", w.settings_action.trigger),
        ("norms", w.norms_action.trigger),
        ("statement", w.statement_action.trigger),
        ("verify", w.verify_action.trigger),
        ("audit log", w.audit_log_action.trigger),
        ("avg", w.avg_action.trigger),
        ("new aios", lambda: AiosDialog(context.service(AiosService), parent=w)),
        ("edit aios", lambda: AiosDialog(context.service(AiosService), aios[0], parent=w)),
        ("edit hours", lambda: EntryDialog(hours, entry, aios, categories, parent=w)),
        ("routines", lambda: RoutineDialog(context.service(HourRoutineService), aios, categories, parent=w)),
        ("categories", lambda: CategoriesDialog(context.service(CategoryService), parent=w)),
        ("plan meeting", plan_meeting),
    ]


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_dialog_fits_and_has_distinct_access_keys(qtbot, demo_window):
    problems = []
    for where, open_it in dialog_openers(demo_window):
        problems += _open_and_check(demo_window, open_it, where)
    assert not problems, "\n".join(problems)


# A meeting window opens smaller than the main window (1050×720): it must fit as it opens too,
# and on a 1280-wide laptop screen at 150 % (853 px wide).
# And on a 1920×1200 screen at 200 % (960×600, less a title bar and a panel): it asked 534 px.
MEETING_SIZES = {
    "as it opens": None,
    "1280x800": SIZE,
    "laptop at 150 %": (840, 600),
    "1920x1200 at 200 %": (960, 520),
}


@pytest.mark.parametrize("size", MEETING_SIZES)
@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_page_of_a_meeting_window_fits_and_has_distinct_access_keys(qtbot, demo_window, size):
    from opleider_desk.storage.services.meetings import MeetingService

    tab = demo_window.show_tab("meetings")
    meetings = demo_window.context.service(MeetingService).list()
    kinds_seen: set[str] = set()
    problems = []
    for meeting in meetings:
        if meeting.kind in kinds_seen:
            continue
        kinds_seen.add(meeting.kind)
        window = tab.open_meeting(meeting.id)
        if (wanted := MEETING_SIZES[size]) is not None:
            window.resize(*wanted)
        qtbot.waitExposed(window)
        for page, step in each_page_and_step(window):
            problems += _check(window, f"{meeting.kind} page {window.tabs.tabText(page)} step {step}")
            if wanted is not None and window.width() > wanted[0]:
                problems.append(f"{meeting.kind} page {page} step {step}: widened to {window.width()}")
            if wanted is not None and window.height() > wanted[1]:
                problems.append(f"{meeting.kind} page {page} step {step}: grew to {window.height()} high")
        window.close()
    assert not problems, "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("size", MEETING_SIZES)
@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_iop_shows_each_learning_goal_whole(qtbot, demo_window, size):
    from opleider_desk.storage.services.goals import GoalService
    from opleider_desk.storage.services.meetings import MeetingService

    tab = demo_window.show_tab("meetings")
    goals = demo_window.context.service(GoalService)
    meeting = next(m for m in demo_window.context.service(MeetingService).list() if goals.list(m.aios_id))
    window = tab.open_meeting(meeting.id)
    if (wanted := MEETING_SIZES[size]) is not None:
        window.resize(*wanted)
    qtbot.waitExposed(window)
    window.tabs.setCurrentIndex(window.tabs.count() - 2)  # the IOP page
    view = window.findChild(QTableView, "goalTable")
    qtbot.waitUntil(lambda: view.isVisible() and view.model().rowCount() > 0)
    QApplication.processEvents()
    column = 1  # Leerdoel / Learning goal
    width = view.horizontalHeader().sectionSize(column) - 6
    metrics = view.fontMetrics()
    for row in range(view.model().rowCount()):
        text = view.model().index(row, column).data()
        shown = metrics.boundingRect(0, 0, width, 10_000, Qt.TextFlag.TextWordWrap, text)
        assert view.rowHeight(row) >= shown.height(), (
            f"{text!r} is cut: {view.rowHeight(row)} < {shown.height()}"
        )
        # A word wider than the column ends in "…" ("slechtnieuws…") whatever the height.
        longest = max(text.split(), key=metrics.horizontalAdvance)
        assert metrics.horizontalAdvance(longest) <= width, f"{longest!r} is cut in {width}px"
    # The goal is what the table is for: no other column takes the room it needs.
    header = view.horizontalHeader()
    widest = max(range(header.count()), key=header.sectionSize)
    assert widest == column, f"column {widest} is wider than the learning goal"
    window.close()


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_clash_warning_of_the_plan_dialog_is_read_whole(qtbot, demo_window):
    from PySide6.QtCore import QTime

    from opleider_desk.domain.enums import MeetingStatus
    from opleider_desk.storage.services.meetings import MeetingService

    tab = demo_window.show_tab("meetings")
    taken = next(
        m.planned_at
        for m in demo_window.context.service(MeetingService).list()
        if m.status is MeetingStatus.PLANNED and m.planned_at is not None
    )
    dialog = tab.plan_meeting()
    qtbot.waitExposed(dialog)
    dialog.day.set_date(taken.date())
    dialog.time.setTime(QTime(taken.hour, taken.minute))
    qtbot.waitUntil(lambda: dialog.clash.isVisible())
    assert _check(dialog, "plan meeting with a clash") == []
    dialog.done(0)


def test_the_main_window_and_a_meeting_open_within_a_small_screen(qtbot, tmp_path):
    """1100×700 and 1050×720 by default: on a 1920×1200 screen at 200 % (960×600) both ran
    off the screen, the meeting's buttons out of reach. The test screen is 800 px wide."""
    from opleider_desk.settings import Settings
    from opleider_desk.storage.demo import fill_demo_if_empty
    from opleider_desk.storage.open import open_store
    from opleider_desk.storage.services.meetings import MeetingService
    from opleider_desk.ui.main_window import MainWindow
    from opleider_desk.ui.meetings.tab import MeetingsTab

    path = tmp_path / "demo.sqlite"
    store = open_store(path)
    fill_demo_if_empty(store)
    store.close()
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)), "nl")
    window.confirm_discard_unsaved = lambda: True  # type: ignore[method-assign]
    qtbot.addWidget(window)
    room = window.screen().availableGeometry().size()
    assert room.width() < 1050, "the test screen is smaller than the default sizes"
    assert window.width() <= room.width() and window.height() <= room.height(), (window.size(), room)
    assert window.open_store(path)
    window.show()
    assert window.context is not None
    meeting = window.context.service(MeetingService).list()[0]
    assert meeting.id is not None
    tab = window.show_tab("meetings")
    assert isinstance(tab, MeetingsTab)
    opened = tab.open_meeting(meeting.id)
    assert opened.width() <= room.width() and opened.height() <= room.height(), (opened.size(), room)
    opened.close()
    window.close_store()
