"""Bestand ▸ Herstellen: the backups of the open file, each with what it holds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ...storage.backup import (
    BEFORE_RESTORE,
    DAMAGED,
    BackupError,
    BackupFile,
    BackupSummary,
    list_backups,
    summarize,
)
from ...words.formatting import format_date
from ..widgets.remember import remember_columns, remember_size
from ..widgets.table_models import Column, RowTableModel, SearchProxy
from .file_dialogs import open_file_name


def format_moment(value: datetime | None) -> str:
    return f"{format_date(value.date())} {value:%H:%M}" if value else ""


@dataclass(frozen=True)
class BackupRow:
    backup: BackupFile
    summary: BackupSummary | None  # None: the file could not be read
    problem: str = ""  # the BackupError code when it could not


def _count(row: BackupRow, attribute: str) -> str:
    return str(getattr(row.summary, attribute)) if row.summary else ""


def _note(row: BackupRow) -> str:
    if row.problem == "backup.other_passphrase":
        return Q.translate("RestoreDialog", "made with an earlier passphrase")
    if row.summary is None:
        return Q.translate("RestoreDialog", "unreadable")
    if row.backup.tag == BEFORE_RESTORE:
        return Q.translate("RestoreDialog", "made before a restore")
    if row.backup.tag == DAMAGED:
        return Q.translate("RestoreDialog", "damaged file, kept as it was")
    return ""


COLUMNS: list[Column[BackupRow]] = [
    Column(
        lambda: Q.translate("RestoreDialog", "Made on"),
        lambda r: format_moment(r.backup.taken_at),
        sort_key=lambda r: r.backup.taken_at,
    ),
    Column(
        lambda: Q.translate("RestoreDialog", "Trainee"),
        lambda r: _count(r, "aios"),
        sort_key=lambda r: r.summary.aios if r.summary else -1,
        align_right=True,
    ),
    Column(
        lambda: Q.translate("RestoreDialog", "Hour entries"),
        lambda r: _count(r, "hour_entries"),
        sort_key=lambda r: r.summary.hour_entries if r.summary else -1,
        align_right=True,
    ),
    Column(
        lambda: Q.translate("RestoreDialog", "Meetings"),
        lambda r: _count(r, "meetings"),
        sort_key=lambda r: r.summary.meetings if r.summary else -1,
        align_right=True,
    ),
    Column(
        lambda: Q.translate("RestoreDialog", "Last change"),
        lambda r: format_moment(r.summary.last_change) if r.summary else "",
        sort_key=lambda r: r.summary.last_change if r.summary else None,
    ),
    Column(lambda: Q.translate("RestoreDialog", "Note"), _note),
]


def backup_row(backup: BackupFile, passphrase: str | None = None) -> BackupRow:
    try:
        return BackupRow(backup, summarize(backup.path, passphrase))
    except BackupError as exc:
        return BackupRow(backup, None, exc.code)


def confirm_restore(parent, row: BackupRow) -> bool:
    summary = row.summary
    text = Q.translate(
        "RestoreDialog",
        "Replace the data file by the backup of {when}?\n\n"
        "The backup holds {aios} trainees, {entries} hour entries and {meetings} meetings; "
        "its last change was on {last}.\n\n"
        "Everything entered after that is replaced. The current file is first kept "
        "as a backup, so you can go back.",
    ).format(
        when=format_moment(row.backup.taken_at),
        aios=summary.aios if summary else "?",
        entries=summary.hour_entries if summary else "?",
        meetings=summary.meetings if summary else "?",
        last=format_moment(summary.last_change) if summary and summary.last_change else "—",
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        Q.translate("RestoreDialog", "Restore backup"),
        text,
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("confirmRestore")
    restore = box.addButton(Q.translate("RestoreDialog", "Restore"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is restore


class RestoreDialog(QDialog):
    """Pick a backup; ``chosen`` holds it once the user confirmed."""

    def __init__(self, folder: Path, data_path: Path, parent=None, passphrase: str | None = None):
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(760, 420)
        remember_size(self, "backups")
        self.data_path = data_path
        self.chosen: Path | None = None
        self.passphrase = passphrase
        intro = QLabel(self.tr("Backups of {file} in {folder}:").format(file=data_path.name, folder=folder))
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = RowTableModel(COLUMNS, self)
        self.model.set_rows([backup_row(b, passphrase) for b in list_backups(folder, data_path)])
        proxy = SearchProxy(self)
        proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(proxy)
        self.view.setAccessibleName(self.tr("Backups"))
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        remember_columns(self.view, "backups")
        self.view.doubleClicked.connect(lambda _index: self.restore_selected())
        empty = QLabel(self.tr("There are no backups of this file yet."))
        empty.setVisible(self.model.rowCount() == 0)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.other_button = QPushButton(self.tr("&Other file…"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.other_button.clicked.connect(self.restore_other)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        if self.model.rowCount():
            self.view.selectRow(0)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view)
        layout.addWidget(empty)
        layout.addWidget(buttons)

    def selected(self) -> BackupRow | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(Qt.ItemDataRole.UserRole + 2) if rows else None

    def _update_buttons(self, *_args) -> None:
        row = self.selected()
        self.restore_button.setEnabled(row is not None and row.summary is not None)

    def restore_selected(self) -> None:
        row = self.selected()
        if row is not None and row.summary is not None and confirm_restore(self, row):
            self.chosen = row.backup.path
            self.accept()

    def restore_other(self) -> None:
        path, _ = open_file_name(self, self.tr("Choose a backup"), "", "OpleiderDesk (*.sqlite *.db);;*")
        if not path:
            return
        chosen = Path(path)
        taken = datetime.fromtimestamp(chosen.stat().st_mtime).replace(microsecond=0)
        row = backup_row(BackupFile(chosen, taken), self.passphrase)
        if row.summary is None:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The file {path} is not an OpleiderDesk backup.").format(path=chosen),
            )
            return
        if confirm_restore(self, row):
            self.chosen = chosen
            self.accept()
