"""The main window: menus, tabs, status bar; opens and switches data files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, __version__
from ..settings import LAST_FILE, LAST_TAB, WINDOW_GEOMETRY, WINDOW_STATE, Settings
from .tabs import TABS
from .widgets.first_paint import after_first_paint

FILE_FILTER = "OpleiderDesk (*.sqlite *.db);;*"


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, language: str):
        super().__init__()
        self.settings = settings
        self.language = language
        self.context = None  # AppContext once a file is open
        self.tabs_built: dict[int, QWidget] = {}
        self.user_guide = None  # the Help ▸ User guide window, once opened
        self._pending_shortcuts: list[tuple[QAction, object]] | None = []
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
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        self.undo_action = self._action(self.edit_menu, self.tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(self.edit_menu, self.tr("&Redo"), self.redo, QKeySequence.StandardKey.Redo)

        for number, spec in enumerate(TABS):
            self._action(
                self.view_menu,
                spec.title(),
                lambda _checked=False, i=number: self.tabs.setCurrentIndex(i),
                f"Ctrl+{number + 1}",
            )
        self.guide_action = self._action(
            self.help_menu, self.tr("&User guide"), self.show_user_guide, QKeySequence.StandardKey.HelpContents
        )
        self.about_action = self._action(self.help_menu, self.tr("&About OpleiderDesk"), self.about)
        self._update_undo_actions()

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
    def open_store(self, path: Path, *, demo: bool = False) -> bool:
        """Open ``path`` and build the tabs; on failure, explain and keep the current file."""
        from ..storage.database import DataFileError
        from ..storage.open import open_store
        from .context import AppContext, StoreSignals
        from .file_errors import data_file_error_text

        try:
            store = open_store(path)
        except DataFileError as exc:
            QMessageBox.critical(self, APP_NAME, data_file_error_text(exc))
            return False
        if demo:
            from ..storage.demo import fill_demo_if_empty

            fill_demo_if_empty(store)
        self.close_store()
        signals = StoreSignals(store, self)
        self.context = AppContext(store, signals, self.settings, self.language)
        signals.changed.connect(lambda _change: self._update_undo_actions())
        if not demo:
            self.settings.set(LAST_FILE, str(path))
        # Qt's namespace costs ~40 ms to load: not before the first paint.
        from PySide6.QtCore import Qt

        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setText(str(path))
        self.setWindowTitle(f"{path.stem} — {APP_NAME}" if not demo else f"Demo — {APP_NAME}")
        self._ensure_tab(self.tabs.currentIndex())
        self._update_undo_actions()
        QTimer.singleShot(0, self._first_run_profile)
        return True

    def close_store(self) -> None:
        if self.context is None:
            return
        for index, widget in list(self.tabs_built.items()):
            widget.deleteLater()
        self.tabs_built.clear()
        self.context.signals.detach()
        self.context.store.close()
        self.context = None

    def _ensure_tab(self, index: int) -> None:
        if self.context is None or index < 0 or index in self.tabs_built:
            return
        page = self.tabs.widget(index)
        widget = TABS[index].load()(self.context, page)
        page.layout().addWidget(widget)
        self.tabs_built[index] = widget

    def tab_widget(self, key: str) -> QWidget | None:
        """The built tab of that key, building it if needed (for navigation)."""
        index = next(i for i, spec in enumerate(TABS) if spec.key == key)
        self._ensure_tab(index)
        return self.tabs_built.get(index)

    def _first_run_profile(self) -> None:
        from ..storage.services.profile import ProfileService

        if self.context is not None and not self.context.service(ProfileService).exists():
            self.edit_profile(first_run=True)

    def new_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New data file"), "", FILE_FILTER)
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
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open data file"), "", FILE_FILTER)
        if path:
            self.open_store(Path(path))

    # ----------------------------------------------------------------- dialogs
    def edit_profile(self, first_run: bool = False) -> None:
        from ..storage.services.profile import ProfileService
        from .profile_dialog import ProfileDialog

        if self.context is None:
            return
        dialog = ProfileDialog(self.context.service(ProfileService), first_run=first_run, parent=self)
        dialog.setObjectName("profileDialog")
        dialog.open()

    def edit_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        SettingsDialog(self.settings, self).open()

    def show_user_guide(self) -> None:
        from .user_guide import UserGuideDialog

        if self.user_guide is None:
            self.user_guide = UserGuideDialog(self)
            self.user_guide.setObjectName("userGuideDialog")
        self.user_guide.show()
        self.user_guide.raise_()
        self.user_guide.activateWindow()

    def about(self) -> None:
        path = str(self.context.store.path) if self.context else "—"
        QMessageBox.about(
            self,
            self.tr("About OpleiderDesk"),
            self.tr(
                "<h3>OpleiderDesk {version}</h3>"
                "<p>For GP trainers and practice supervisors: aios, meetings, hours and "
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
        from sqlalchemy.exc import SQLAlchemyError

        from ..storage.store import NothingToUndo
        from .operation_names import operation_name

        if self.context is None:
            return
        store = self.context.store
        try:
            step = store.undo() if undo else store.redo()
        except NothingToUndo:
            return
        except SQLAlchemyError:
            QMessageBox.warning(
                self,
                APP_NAME,
                self.tr("This can no longer be undone: later changes depend on it."),
            )
            store.history.clear()
            self._update_undo_actions()
            return
        message = self.tr("Undone: {action}") if undo else self.tr("Redone: {action}")
        self.statusBar().showMessage(message.format(action=operation_name(step.op)), 4000)
        self._update_undo_actions()

    # ----------------------------------------------------------------- close
    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(WINDOW_STATE, self.saveState())
        self.settings.set(LAST_TAB, self.tabs.currentIndex())
        self.settings.sync()
        self.close_store()
        super().closeEvent(event)
