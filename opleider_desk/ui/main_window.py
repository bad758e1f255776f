"""The main window: menus, tabs, status bar; opens and switches data files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, __version__
from ..settings import LAST_FILE, LAST_TAB, WINDOW_GEOMETRY, WINDOW_STATE, Settings
from .file_window import FileWindow
from .safety.file_dialogs import open_file_name, save_file_name
from .tabs import TABS
from .widgets.first_paint import after_first_paint

# A step with more rows than this is undone or redone on a worker thread.
_REPLAY_AT_ONCE = 2_000

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..domain.entities import Aios
    from ..domain.quarters import Quarter
    from ..storage.store import Store
    from .aios.first_look import FirstLookView
    from .context import AppContext
    from .navigation import NavTarget
    from .user_guide import UserGuideDialog
    from .widgets.background import BackgroundTask

FILE_FILTER = "OpleiderDesk (*.sqlite *.db);;*"


def _register_avg_documents() -> None:
    # The AVG export's PDFs are printed in the user's language, which storage
    # does not know; registering twice is harmless.
    from .avg_documents import register_avg_documents

    register_avg_documents()


class MainWindow(FileWindow):
    def __init__(self, settings: Settings, language: str):
        super().__init__()
        self.settings = settings
        from .widgets.save_file import remember_in

        remember_in(settings)
        self.language = language
        self.context: AppContext | None = None  # once a file is open
        self.demo = False
        self._explained_locations: set[Path] = set()
        self.tabs_built: dict[int, QWidget] = {}
        self.user_guide: UserGuideDialog | None = None  # the Help ▸ User guide window, once opened
        self.first_look: FirstLookView | None = None  # the aios shown before the file is open
        self.opening_at_start = False  # see ``context.Host``
        self._backup_task: BackgroundTask[str | None] | None = None  # the automatic backup running
        self._pending_shortcuts: (
            list[tuple[QAction, QKeySequence | QKeySequence.StandardKey | str]] | None
        ) = []
        self.setWindowTitle(APP_NAME)
        self.resize(1100, 700)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for spec in TABS:
            page = QWidget()
            page.setObjectName(f"tab_{spec.key}")
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(page, spec.title())
        self.setCentralWidget(self.tabs)
        self.file_label = QLabel()  # made selectable once it shows a path (open_store)
        self.statusBar().addPermanentWidget(self.file_label)
        self._build_menus()
        self.restoreGeometry(settings.get(WINDOW_GEOMETRY))
        from .widgets.remember import fit_screen  # here: the window's module stays light (test_light_start)

        fit_screen(self)
        self.restoreState(settings.get(WINDOW_STATE))
        last_tab = settings.get(LAST_TAB)
        if 0 <= last_tab < self.tabs.count():
            self.tabs.setCurrentIndex(last_tab)
        self.tabs.currentChanged.connect(self._ensure_tab)
        after_first_paint(self, self._apply_shortcuts)

    # ----------------------------------------------------------------- menus
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.statements_menu = bar.addMenu(self.tr("&Statements"))
        self.help_menu = bar.addMenu(self.tr("&Help"))

        self.new_action = self._action(self.file_menu, self.tr("&New data file…"), self.new_file)
        self.open_action = self._action(
            self.file_menu, self.tr("&Open data file…"), self.open_file_dialog, QKeySequence.StandardKey.Open
        )
        self.file_menu.addSeparator()
        self.profile_action = self._action(self.file_menu, self.tr("&Profile…"), self.edit_profile)
        self.settings_action = self._action(
            self.file_menu, self.tr("&Settings…"), self.edit_settings, QKeySequence.StandardKey.Preferences
        )
        self.norms_action = self._action(self.file_menu, self.tr("Nor&ms…"), self.edit_norms)
        self.file_menu.addSeparator()
        self.import_hours_action = self._action(
            self.file_menu, self.tr("&Import hours from CSV…"), lambda: self._hours_tab_do("import_csv")
        )
        self.export_hours_action = self._action(
            self.file_menu,
            self.tr("E&xport the hours list to CSV…"),
            lambda: self._hours_tab_do("export_csv"),
        )
        self.export_all_action = self._action(
            self.file_menu, self.tr("Export all data (&JSON)…"), self.export_all
        )
        self.file_menu.addSeparator()
        self.backup_action = self._action(self.file_menu, self.tr("Make a &backup now"), self.backup_now)
        self.restore_action = self._action(self.file_menu, self.tr("&Restore a backup…"), self.restore_backup)
        self.avg_action = self._action(self.file_menu, self.tr("&GDPR (AVG) request…"), self.avg_request)
        self.encryption_action = self._action(self.file_menu, self.tr("&Encryption…"), self.edit_encryption)
        self.file_menu.addSeparator()
        self.quit_action = self._action(
            self.file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit
        )

        self.undo_action = self._action(
            self.edit_menu, self.tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo
        )
        self.redo_action = self._action(
            self.edit_menu, self.tr("&Redo"), self.redo, QKeySequence.StandardKey.Redo
        )

        for number, spec in enumerate(TABS):
            self._action(
                self.view_menu,
                spec.menu_title(),
                lambda _checked=False, i=number: self.tabs.setCurrentIndex(i),
                f"Ctrl+{number + 1}",
            )
        self.statement_action = self._action(
            self.statements_menu,
            self.tr("&Quarterly statement…"),
            lambda _checked=False: self.open_statement(),
        )
        self.verify_action = self._action(
            self.statements_menu, self.tr("&Check statement…"), self.verify_statement
        )
        self.view_menu.addSeparator()
        self.audit_log_action = self._action(self.view_menu, self.tr("Audit &log"), self.show_audit_log)
        self.guide_action = self._action(
            self.help_menu,
            self.tr("&User guide"),
            self.show_user_guide,
            QKeySequence.StandardKey.HelpContents,
        )
        self.log_action = self._action(self.help_menu, self.tr("Open &log file"), self.open_log_file)
        self.about_action = self._action(self.help_menu, self.tr("&About OpleiderDesk"), self.about)
        self._update_undo_actions()
        self._update_file_actions()

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if self._pending_shortcuts is None:
                action.setShortcut(shortcut)
            else:
                self._pending_shortcuts.append((action, shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _apply_shortcuts(self) -> None:
        # The first setShortcut makes PySide build Qt's key enums, some 30 ms:
        # the menus' shortcuts arrive just after the first paint instead.
        pending, self._pending_shortcuts = self._pending_shortcuts or [], None
        for action, shortcut in pending:
            action.setShortcut(shortcut)

    # ----------------------------------------------------------------- files
    def open_at_start(
        self, path: Path, *, demo: bool = False, then: Callable[[], None] | None = None
    ) -> None:
        """Open ``path`` at start-up, showing its aios before the file itself is open.

        When the overview is the current tab and ``storage/first_look.py`` can
        read the aios, they show first and the file opens after that paint;
        otherwise it starts opening now. The reading (with the modules the
        overview's table needs) and the opening (SQLAlchemy's import is most of
        it) run on worker threads, one after the other, so the window keeps
        painting and the GUI thread never waits for a module a worker is
        importing; a file that will not open as it is is then opened the
        ordinary way, which explains why. ``then`` runs once the open has been
        attempted, either way.
        """

        def opened(store: Store | None) -> None:
            from .widgets.background import start_finished

            start_finished()  # garbage collection paused for the start (cli.main) goes on
            if store is not None:
                if self.context is None:
                    self.opening_at_start = True
                    try:
                        self._show_store(store, path, demo=False, read_only=False)
                    finally:
                        self.opening_at_start = False
                else:  # the user opened another file meanwhile
                    store.close()
            else:  # it will not open as it is: the ordinary way explains why and offers what helps
                self.open_store(path, demo=demo)
            if self.first_look is not None:
                self.first_look.deleteLater()
                self.first_look = None
            if then is not None:
                then()

        if demo:
            after_first_paint(self, lambda: opened(None))
            return
        # SQLAlchemy, the models and the tab's module take a good part of a second to
        # import: on a worker thread, so the window keeps painting meanwhile.
        module = TABS[self.tabs.currentIndex()].module
        from ..paths import data_dir

        user_files = data_dir()

        def open_file(_progress) -> Store | None:
            import importlib

            from ..storage.database import DataFileError
            from ..storage.open import open_store

            for name in (module, "opleider_desk.ui.context", "opleider_desk.words.file_errors"):
                importlib.import_module(name)
            try:
                return open_store(path, user_files_dir=user_files, check_later=True)
            except DataFileError:
                return None

        from .widgets.background import run_in_background

        def start() -> None:
            run_in_background(
                self, open_file, label=self.tr("Opening the data file…"), modal=False, on_done=opened
            )

        if TABS[self.tabs.currentIndex()].key != "aios":
            start()
            return
        page = self.tabs.currentWidget()

        def read_first_look(_progress) -> list[Aios] | None:
            from ..storage.first_look import aios_first_look
            from .aios import first_look  # noqa: F401  (for show_first_look, on the GUI thread)

            return aios_first_look(path)

        def show_first_look(rows: list[Aios] | None) -> None:
            layout = page.layout()
            if rows is None or self.context is not None or layout is None:
                start()
                return
            from ..settings import AIOS_SHOW_INACTIVE
            from .aios.first_look import FirstLookView

            self.first_look = FirstLookView(rows, self.settings.get(AIOS_SHOW_INACTIVE), page)
            layout.addWidget(self.first_look)
            after_first_paint(self, start)  # the aios are on screen first

        run_in_background(
            self,
            read_first_look,
            label="",
            modal=False,
            on_done=show_first_look,
            on_failed=lambda _error: start(),  # the ordinary opening explains what is wrong
        )

    def open_store(
        self, path: Path, *, demo: bool = False, read_only: bool = False, passphrase: str | None = None
    ) -> bool:
        """Open ``path`` and build the tabs; on failure, explain and keep the current file.

        A damaged file brings the offer of its newest sound backup; a file
        that another window writes to may be opened read-only; an encrypted
        one asks for its passphrase until it is right or the user cancels.
        """
        from ..paths import data_dir
        from ..storage.database import DataFileError
        from ..storage.open import open_store
        from ..words.file_errors import data_file_error_text

        if self.context is not None and self.context.store.path.resolve() == Path(path).resolve():
            # Opening the file that is already open: let go of it first, or
            # our own one-writer lock would call it "in use".
            self.close_store(backup=False)
        try:
            # SQLite's check of the whole file runs after the window is ready, on a
            # worker thread; the store holds writes back until it has passed.
            user_files = data_dir()
            store = self._open_off_gui_thread(
                lambda: open_store(
                    path,
                    read_only=read_only,
                    passphrase=passphrase,
                    user_files_dir=user_files,
                    check_later=True,
                )
            )
        except DataFileError as exc:
            # With its restore dialog: imported only when a file will not open.
            from .safety import backups

            message = data_file_error_text(exc)
            if exc.code in ("file.encrypted", "file.wrong_passphrase"):
                from .safety.passphrase import ask_passphrase

                entered = ask_passphrase(self, path, wrong=exc.code == "file.wrong_passphrase")
                if entered is None:
                    return False
                return self.open_store(path, demo=demo, read_only=read_only, passphrase=entered)
            if exc.code == "file.damaged" and not demo:
                return backups.offer_backup_for_damaged(self, path, message, passphrase)
            if exc.code == "file.in_use" and not read_only and backups.ask_read_only(self, message):
                return self.open_store(path, demo=demo, read_only=True, passphrase=passphrase)
            QMessageBox.critical(self, APP_NAME, message)
            return False
        if demo and not read_only:
            from ..storage.demo import fill_demo_if_empty

            fill_demo_if_empty(store, language=self.language)
        self._show_store(store, path, demo=demo, read_only=read_only)
        return True

    def _open_off_gui_thread(self, open_file: Callable[[], Store]) -> Store:
        """``open_file()`` on a worker thread, the window repainting meanwhile (with a
        progress dialog if it lasts); what it raises is raised here, on the GUI thread.

        Opening a big file takes a good part of a second (SQLAlchemy's first import,
        the schema's version, an encrypted file's key); File ▸ Open froze that long.
        """
        from .widgets.background import run_in_background

        task = run_in_background(
            self,
            lambda _progress: open_file(),
            label=self.tr("Opening the data file…"),
            on_failed=lambda _error: None,  # raised below, where the caller explains it
        )
        store = task.wait()
        if task.error is not None:
            raise task.error
        assert store is not None
        return store

    def _show_store(self, store: Store, path: Path, *, demo: bool, read_only: bool) -> None:
        """Make the opened ``store`` the window's file: close the one before, build the tab."""
        from .context import AppContext, StoreSignals

        self.close_store()
        signals = StoreSignals(store, self)
        self.context = AppContext(store, signals, self.settings, self.language, self)
        self.demo = demo
        signals.changed.connect(lambda _change: self._update_undo_actions())
        if not demo:
            self.settings.set(LAST_FILE, str(path))
        # Qt's namespace costs ~40 ms to load: not before the first paint.
        from PySide6.QtCore import Qt

        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setText(self.tr("{path} (read-only)").format(path=path) if read_only else str(path))
        title = f"{path.stem} — {APP_NAME}" if not demo else f"Demo — {APP_NAME}"
        self.setWindowTitle(self.tr("{title} (read-only)").format(title=title) if read_only else title)
        self._ensure_tab(self.tabs.currentIndex())
        self._update_undo_actions()
        self._update_file_actions()
        # Once the other tabs' modules are in (the profile's service among them): imported on
        # the GUI thread meanwhile, it waited for the worker importing the same modules.
        # They begin after the tab's first paint: beside it, each of the paint's calls into
        # Python (a cell's text, its colour) waited for the importing worker to let go of
        # the interpreter, and the paint and the first column fit held the window longer.
        shown = self.tabs_built.get(self.tabs.currentIndex())
        after_first_paint(shown or self, lambda: self._import_other_tabs(then=self._first_run_profile))
        backup = not demo and not read_only
        if store.writes_held:
            self._check_in_background(store, backup=backup)
        elif backup:
            self._backup_on_open(store)
        QTimer.singleShot(0, lambda: self._explain_location(store))

    def _explain_location(self, store) -> None:
        """Once per file and session: what a network drive or sync folder means."""
        from ..words.file_errors import location_notice

        notice = location_notice(store.database.location)
        if notice and store.path not in self._explained_locations:
            self._explained_locations.add(store.path)
            QMessageBox.information(self, APP_NAME, notice)

    def confirm_discard_unsaved(self) -> bool:
        """Ask before typing that is not saved yet would be lost; False: keep the window as it is.

        Meetings autosave (their tabs flush on close); what a tab cannot save on
        its own, it names through ``unsaved_input``.
        """
        lost = [
            text
            for widget in self.tabs_built.values()
            if (text := getattr(widget, "unsaved_input", lambda: None)())
        ]
        if not lost:
            return True
        answer = QMessageBox.question(
            self,
            APP_NAME,
            self.tr("Not saved yet: {what}. Close anyway and lose it?").format(what="; ".join(lost)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _import_other_tabs(self, then: Callable[[], None]) -> None:
        """Import the other tabs' modules on a worker thread once the window is ready,
        so switching to one only builds it (a tab's imports took a good part of its start).
        The AVG export's documents come along (their services the first tab needs not)
        and are registered once imported; ``then`` follows, either way."""
        import importlib

        from .widgets.background import run_in_background, show_failure

        modules = [spec.module for spec in TABS] + [
            "opleider_desk.ui.avg_documents",
            "opleider_desk.storage.services.profile",
        ]

        def warm_up(_progress) -> None:
            from ..window_turns import giving_way_on_imports

            with giving_way_on_imports():
                for module in modules:
                    importlib.import_module(module)

        def done(_none: None) -> None:
            _register_avg_documents()
            then()

        def failed(error: BaseException) -> None:
            then()
            show_failure(self, error)

        run_in_background(self, warm_up, label="", modal=False, delay_ms=0, on_done=done, on_failed=failed)

    def _check_in_background(self, store: Store, *, backup: bool) -> None:
        from ..storage.open import check_opened
        from .widgets.background import run_in_background

        if self.context is None or self.context.store is not store:
            return

        def check(_progress) -> list[str]:
            findings = check_opened(store)
            if backup and not findings:
                # What the backup on opening needs, imported here: on the GUI thread it
                # waited for the other tabs' warm-up importing the same modules.
                from .safety import backups  # noqa: F401
            return findings

        run_in_background(
            self,
            check,
            label=self.tr("Checking the data file…"),
            modal=False,
            on_done=lambda findings: self._checked(store, findings, backup=backup),
            delay_ms=0,  # after the paint that shows the file
        )

    def _checked(self, store: Store, findings: list[str], *, backup: bool) -> None:
        """The check after opening is done: offer the newest sound backup if it failed."""
        if self.context is None or self.context.store is not store:
            return
        if findings:
            from ..storage.database import DataFileError
            from ..words.file_errors import data_file_error_text
            from .safety.backups import offer_backup_for_damaged

            message = data_file_error_text(DataFileError("file.damaged", store.path, findings[0]))
            offer_backup_for_damaged(self, store.path, message, store.database.passphrase)
        elif backup:
            self._backup_on_open(store)

    def _backup_on_open(self, store: Store) -> None:
        # Copying and checking a large file takes a second or more: on a worker
        # thread, while the trainer already works.
        if self.context is not None and self.context.store is store:
            self._auto_backup(store.path, store.database.passphrase, wait=False)

    def close_store(self, *, backup: bool = True) -> None:
        """Close the open file; ``backup``: make the automatic closing backup if due."""
        if self.context is None:
            return
        for widget in self.tabs_built.values():
            # A tab with unsaved typing (an open meeting) saves it while the file is open.
            flush = getattr(widget, "flush", None)
            if flush is not None:
                flush()
        for _index, widget in list(self.tabs_built.items()):
            widget.deleteLater()
        self.tabs_built.clear()
        self.context.signals.detach()
        store = self.context.store
        store.close()
        self.context = None
        self._update_file_actions()
        if backup and not self.demo and not store.read_only:
            self._auto_backup(store.path, store.database.passphrase, wait=True)

    def _auto_backup(self, path: Path, passphrase: str | None, *, wait: bool) -> None:
        """The automatic backup, if due, on a worker thread; ``wait``: return once it is
        made (on closing), the window repainting meanwhile and a progress shown if it lasts."""
        from .safety.backups import auto_backup_job
        from .widgets.background import run_in_background

        if self._backup_task is not None and not self._backup_task.finished:
            self._backup_task.wait()  # one backup at a time: the next then sees it is not due
        job = auto_backup_job(self.settings, path, passphrase)
        task = self._backup_task = run_in_background(
            self,
            lambda _progress: job(),
            label=self.tr("Making a backup of the data file…"),
            modal=wait,
            on_done=self._show_backup_failure,
        )
        if wait:
            task.wait()

    def _show_backup_failure(self, failure: str | None) -> None:
        if failure:
            self.statusBar().showMessage(failure, 15000)

    def _update_file_actions(self) -> None:
        writable = self.context is not None and not self.context.store.read_only
        self.backup_action.setEnabled(self.context is not None)
        self.restore_action.setEnabled(writable)
        self.audit_log_action.setEnabled(self.context is not None)
        self.avg_action.setEnabled(self.context is not None)
        self.export_all_action.setEnabled(self.context is not None)
        self.encryption_action.setEnabled(writable and not self.demo)

    def backup_now(self) -> None:
        from .safety.backups import backup_now

        backup_now(self)

    def export_all(self) -> None:
        from .safety.transfer import export_all

        export_all(self)

    def restore_backup(self) -> None:
        from .safety.backups import choose_and_restore

        choose_and_restore(self)

    def edit_encryption(self) -> None:
        from .safety.passphrase import EncryptionDialog

        if self.context is not None:
            EncryptionDialog(self, self.context.store).open()

    def avg_request(self, aios_id: int | None = None) -> None:
        from .safety.avg_dialog import AvgDialog

        _register_avg_documents()  # at once, should the warm-up after opening not be done yet
        if self.context is not None:
            dialog = AvgDialog(self.context, self, aios_id)
            # Gone once closed, as the statement is: each request left its dialog behind.
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def show_audit_log(self) -> None:
        from .safety.audit_log import AuditLogDialog

        if self.context is not None:
            AuditLogDialog(self.context, self).open()

    def _ensure_tab(self, index: int) -> None:
        if self.context is None or index < 0 or index in self.tabs_built:
            return
        page = self.tabs.widget(index)
        widget = TABS[index].load()(self.context, page)
        page_layout = page.layout() if page is not None else None
        assert page_layout is not None  # each page gets its layout when the window is built
        page_layout.addWidget(widget)
        self.tabs_built[index] = widget

    def tab_widget(self, key: str) -> QWidget | None:
        """The built tab of that key, building it if needed (for navigation)."""
        index = self._tab_index(key)
        self._ensure_tab(index)
        return self.tabs_built.get(index)

    def show_tab(self, key: str) -> QWidget | None:
        """Make the tab of that key the current one and return it."""
        self.tabs.setCurrentIndex(self._tab_index(key))
        return self.tab_widget(key)

    @staticmethod
    def _tab_index(key: str) -> int:
        return next(i for i, spec in enumerate(TABS) if spec.key == key)

    def navigate(self, target: NavTarget) -> bool:
        """Show the place to act on ``target`` (a ``navigation.NavTarget``).

        Each tab listed for the target's area in ``navigation.AREA_TABS`` is
        asked in turn through its ``show_target``; the first that accepts
        becomes the current tab. False when none could.
        """
        from .navigation import AREA_TABS

        keys = [spec.key for spec in TABS]
        for key in AREA_TABS.get(target.area, ()):
            if key not in keys:
                continue
            widget = self.tab_widget(key)
            show = getattr(widget, "show_target", None)
            if show is not None and show(target):
                self.show_tab(key)
                return True
        return False

    def _hours_tab_do(self, method: str) -> None:
        if self.context is not None:
            getattr(self.show_tab("hours"), method)()

    def _first_run_profile(self) -> None:
        from ..storage.services.profile import ProfileService

        if (
            self.context is not None
            and not self.context.store.read_only
            and not self.context.service(ProfileService).exists()
        ):
            self.edit_profile(first_run=True)

    def new_file(self) -> None:
        if not self.confirm_discard_unsaved():
            return
        path, _ = save_file_name(self, self.tr("New data file"), "", FILE_FILTER)
        if path:
            if not path.endswith((".sqlite", ".db")):
                path += ".sqlite"
            if Path(path).exists():
                QMessageBox.warning(
                    self, APP_NAME, self.tr("That file already exists; open it with File ▸ Open.")
                )
                return
            self.open_store(Path(path))

    def open_file_dialog(self) -> None:
        if not self.confirm_discard_unsaved():
            return
        path, _ = open_file_name(self, self.tr("Open data file"), "", FILE_FILTER)
        if path:
            self.open_store(Path(path))

    # ----------------------------------------------------------------- dialogs
    def edit_profile(self, first_run: bool = False) -> None:
        from ..storage.services.profile import ProfileService
        from .profile_dialog import ProfileDialog
        from .widgets.user_action import FAILED, run_action

        if self.context is None:
            return
        service = self.context.service(ProfileService)
        # A profile this version cannot read (a role it does not know) is said, not opened.
        if run_action(self, service.get, title=self.tr("Your profile")) is FAILED:
            return
        dialog = ProfileDialog(service, first_run=first_run, parent=self)
        dialog.setObjectName("profileDialog")
        dialog.open()

    def open_statement(self, quarter: Quarter | None = None, aios_id: int | None = None) -> None:
        """The statement dialog; the hours tab may open it on its own quarter and aios."""
        from .statements.dialog import StatementDialog

        if self.context is None:
            return
        dialog = StatementDialog(self.context, self, quarter=quarter, aios_id=aios_id)
        # Gone once closed: a closed statement kept listening to every change.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def verify_statement(self) -> None:
        from .statements.verify_dialog import VerifyDialog

        if self.context is None:
            return
        VerifyDialog(self.context, self).open()

    def edit_settings(self) -> None:
        from ..storage.services.profile import ProfileService
        from .settings_dialog import SettingsDialog

        profiles = self.context.service(ProfileService) if self.context is not None else None
        SettingsDialog(self.settings, self, profiles=profiles, language=self.language).open()

    def edit_norms(self) -> None:
        from ..storage.services.norms import NormService
        from .norms_dialog import NormsDialog

        if self.context is None:
            return
        dialog = NormsDialog(self.context.service(NormService), self)
        dialog.setObjectName("normsDialog")
        dialog.open()

    def show_user_guide(self) -> None:
        from .user_guide import UserGuideDialog

        if self.user_guide is None:
            self.user_guide = UserGuideDialog(self)
            self.user_guide.setObjectName("userGuideDialog")
        self.user_guide.show()
        self.user_guide.raise_()
        self.user_guide.activateWindow()

    def open_log_file(self) -> None:
        """The log in the system's text viewer; an empty one if nothing was logged yet."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from ..error_log import log_file

        path = log_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch(exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def about(self) -> None:
        path = str(self.context.store.path) if self.context else "—"
        QMessageBox.about(
            self,
            self.tr("About OpleiderDesk"),
            self.tr(
                "<h3>OpleiderDesk {version}</h3>"
                "<p>For GP trainers and practice supervisors: trainees, meetings, hours and "
                "signable quarterly statements, kept on this computer only.</p>"
                "<p>Data file: <code>{path}</code></p>"
                "<p>Licence: GNU General Public License, version 3 or later.</p>"
            ).format(version=__version__, path=path),
        )

    # ----------------------------------------------------------------- undo
    def _update_undo_actions(self) -> None:
        history = self.context.store.history if self.context else None
        undo = history.peek_undo() if history else None
        redo = history.peek_redo() if history else None
        self.undo_action.setEnabled(undo is not None)
        self.redo_action.setEnabled(redo is not None)
        if undo is None and redo is None:
            # Also the state while the window is built: operation_names pulls
            # in the services and so SQLAlchemy, which the first paint must not wait for.
            self.undo_action.setText(self.tr("&Undo"))
            self.redo_action.setText(self.tr("&Redo"))
            return
        from .operation_names import operation_name

        self.undo_action.setText(
            self.tr("&Undo {action}").format(action=operation_name(undo.op)) if undo else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo {action}").format(action=operation_name(redo.op)) if redo else self.tr("&Redo")
        )

    def undo(self) -> None:
        self._replay(undo=True)

    def redo(self) -> None:
        self._replay(undo=False)

    def _replay(self, *, undo: bool) -> None:
        """Undo or redo the last step; a large one (an import of 200,000 lines takes
        seconds to take back) on a worker thread, its progress shown, the window
        painting meanwhile. It writes through the store as any step does."""
        from ..storage.store import NothingToUndo, UndoConflict
        from ..storage.undo import InsertedRows
        from .operation_names import operation_name
        from .widgets.background import run_in_background, show_failure

        if self.context is None:
            return
        store = self.context.store
        step = store.history.peek_undo() if undo else store.history.peek_redo()
        if step is None:
            return

        def replay(_progress=None):
            return store.undo() if undo else store.redo()

        def done(replayed) -> None:
            message = self.tr("Undone: {action}") if undo else self.tr("Redone: {action}")
            self.statusBar().showMessage(message.format(action=operation_name(replayed.op)), 4000)
            self._update_undo_actions()

        def failed(error: BaseException) -> None:
            if isinstance(error, UndoConflict):
                QMessageBox.warning(
                    self,
                    APP_NAME,
                    self.tr("This can no longer be undone: later changes depend on it."),
                )
                store.history.clear()
            elif not isinstance(error, NothingToUndo):
                show_failure(self, error)
            self._update_undo_actions()

        if len(step.changes) > _REPLAY_AT_ONCE or any(isinstance(c, InsertedRows) for c in step.changes):
            self.undo_action.setEnabled(False)  # one replay at a time
            self.redo_action.setEnabled(False)
            label = self.tr("Undoing: {action}…") if undo else self.tr("Redoing: {action}…")
            run_in_background(
                self,
                replay,
                label=label.format(action=operation_name(step.op)),
                on_done=done,
                on_failed=failed,
            )
            return
        try:
            replayed = replay()
        except (NothingToUndo, UndoConflict) as error:
            failed(error)
            return
        done(replayed)

    # ----------------------------------------------------------------- close
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_discard_unsaved():
            event.ignore()
            return
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(WINDOW_STATE, self.saveState())
        self.settings.set(LAST_TAB, self.tabs.currentIndex())
        self.settings.sync()
        self.close_store()
        super().closeEvent(event)
