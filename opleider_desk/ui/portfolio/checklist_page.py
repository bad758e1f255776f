"""One aios's portfolio checklist: the table, and beside it the chosen item's
date, note and attached files."""

from __future__ import annotations

import math
from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.entities import AttachmentInfo, stored_id
from ...domain.enums import ChecklistStatus
from ...domain.portfolio import PortfolioCounts, PortfolioEntry
from ...domain.problems import ParseError
from ...storage.services.portfolio import AttachmentDamaged, PortfolioService
from ...words.formatting import current_language, format_date
from ...words.problems import problem_text
from ..context import Host
from ..safety.file_dialogs import open_file_names
from ..safety.viewer_copies import new_copy_folder
from ..widgets.date_field import DateField
from ..widgets.form_errors import FieldError
from ..widgets.remember import least_width, remember_columns
from ..widgets.table_models import ROW_ROLE, Column, RowTableModel
from ..widgets.table_view import setup_row_view
from ..widgets.tones import Tone, tone_css, tone_style
from ..widgets.unsaved import confirm_discard
from ..widgets.user_action import FAILED, run_action
from . import texts
from .checklist_model import (
    COMPUTED_COLUMN,
    STATUS_COLUMN,
    ChecklistModel,
    StatusDelegate,
)

# The share of the table's width the data's verdict ("Ontbreekt · 1 gehouden, 2 verwacht …") keeps.
_VERDICT_SHARE = 0.3


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} kB"
    return f"{n / (1024 * 1024):.1f} MB"


ATTACHMENT_COLUMNS: list[Column[AttachmentInfo]] = [
    Column(lambda: Q.translate("PortfolioModel", "File"), lambda a: a.filename, tooltip=lambda a: a.sha256),
    Column(lambda: Q.translate("PortfolioModel", "Size"), lambda a: _size(a.size), align_right=True),
    Column(
        lambda: Q.translate("PortfolioModel", "Added"),
        lambda a: format_date(a.added_at.date()) if a.added_at else "",
    ),
]


class _OwnItemDialog(QInputDialog):
    """The title of an item of one's own; Esc asks before dropping what was typed."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add own item"))
        self.setLabelText(self.tr("What should the portfolio hold?"))

    def reject(self) -> None:
        if self.textValue().strip() and not confirm_discard(self):
            return
        super().reject()


def _table(view: QTableView) -> QTableView:
    return setup_row_view(view, editable=True, fit_columns=False)


class ChecklistPage(QWidget):
    def __init__(self, service: PortfolioService, host: Host, parent: QWidget | None = None):
        super().__init__(parent)
        self.host = host
        self.service = service
        self.aios_id: int | None = None
        self._shown: PortfolioEntry | None = None  # the item the pane's fields were loaded from

        self.model = ChecklistModel(service.set_status, self)
        self.view = _table(QTableView())
        self.view.setObjectName("portfolioChecklist")
        self.view.setAccessibleName(self.tr("Portfolio checklist"))
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(STATUS_COLUMN, StatusDelegate(self.view))
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setAlternatingRowColors(True)
        # Every column in view, also in a 960 px window: long titles and the data's verdict
        # wrap onto more lines rather than pushing the date, note and files off to the right.
        self.view.setWordWrap(True)
        rows = self.view.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())  # a line of text keeps a row's usual height
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COMPUTED_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)  # what is left goes to the verdict, not to the file count
        remember_columns(self.view, "portfolio_checklist", room=(COMPUTED_COLUMN, _VERDICT_SHARE))
        self.add_item_button = QPushButton(self.tr("Add own &item…"))
        self.delete_item_button = QPushButton(self.tr("Delete own item"))

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.description = QLabel()
        self.description.setWordWrap(True)
        tone_style(self.description, lambda: f"color: {tone_css(Tone.MUTED)};")
        self.computed = QLabel()
        self.computed.setWordWrap(True)
        # Ticked present while the data says missing: said here, with the way out.
        self.conflict = QLabel()
        self.conflict.setObjectName("portfolioConflict")
        self.conflict.setWordWrap(True)
        tone_style(self.conflict, lambda: f"color: {tone_css(Tone.BAD)};")
        self.conflict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reset_button = QPushButton(self.tr("Set back to Missing"))
        self.reset_button.setObjectName("portfolioResetStatus")
        self.summary = QLabel()
        self.summary.setObjectName("portfolioSummary")
        self.summary.setWordWrap(True)
        self.item_date = DateField(optional=True)
        # The form's label names the box around the field and its error line, not the field.
        self.item_date.setAccessibleName(self.tr("Date"))
        self.date_error = FieldError()
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.save_button = QPushButton(self.tr("Save date and no&te"))
        self.attachment_model = RowTableModel(ATTACHMENT_COLUMNS, self)
        self.attachments = _table(QTableView())
        self.attachments.setObjectName("attachments")
        self.attachments.setModel(self.attachment_model)
        remember_columns(self.attachments, "attachments")
        self.attachments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attach_button = QPushButton(self.tr("Attach fi&le…"))
        self.open_button = QPushButton(self.tr("O&pen"))
        self.remove_button = QPushButton(self.tr("&Remove"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_item_button)
        buttons.addWidget(self.delete_item_button)
        buttons.addStretch()
        left_layout.addLayout(buttons)

        # The item's texts and fields, and its files: one above the other beside the table,
        # side by side under it when the window is narrow (see _arrange).
        about = QWidget()
        detail = QVBoxLayout(about)
        detail.setContentsMargins(0, 0, 0, 0)
        detail.addWidget(self.title)
        detail.addWidget(self.description)
        detail.addWidget(self.computed)
        detail.addWidget(self.conflict)
        detail.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        date_box = QWidget()
        date_layout = QVBoxLayout(date_box)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.addWidget(self.item_date)
        date_layout.addWidget(self.date_error)
        form.addRow(self.tr("&Date"), date_box)
        form.addRow(self.tr("N&ote"), self.note)
        detail.addLayout(form)
        detail.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        files = QWidget()
        files_layout = QVBoxLayout(files)
        files_layout.setContentsMargins(0, 0, 0, 0)
        files_layout.addWidget(QLabel(self.tr("Attached files")))
        files_layout.addWidget(self.attachments)
        file_buttons = QHBoxLayout()
        for button in (self.attach_button, self.open_button, self.remove_button):
            file_buttons.addWidget(button)
        file_buttons.addStretch()
        files_layout.addLayout(file_buttons)
        self.detail = QWidget()
        self.detail_layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self.detail)
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_layout.addWidget(about)
        self.detail_layout.addWidget(files)

        # At 150 % the pane is taller than the window: it scrolls rather than squeezing
        # the explanation of a contradiction into a clipped line.
        self.detail_scroll = detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        detail_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields are the Tab stops, not the pane
        detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        detail_scroll.setWidget(self.detail)
        self.splitter = splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(detail_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self._fit_pane()
        self._pane_beside = detail_scroll.minimumWidth()  # the pane's least width beside the table
        self._arranged = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.attachments.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.attachments.doubleClicked.connect(lambda _i: self.open_attachment())
        self.add_item_button.clicked.connect(self.add_own_item)
        self.delete_item_button.clicked.connect(self.delete_own_item)
        self.save_button.clicked.connect(self.save_detail)
        self.reset_button.clicked.connect(self.set_back_to_missing)
        self.attach_button.clicked.connect(self.attach_files)
        self.open_button.clicked.connect(self.open_attachment)
        self.remove_button.clicked.connect(self.remove_attachment)
        self._show_selected()

    # ------------------------------------------------------------ beside the table, or under it
    def _fit_pane(self) -> None:
        # As wide as the pane needs (its rows of buttons), so nothing is cut at the right.
        scroll = self.detail_scroll
        self.detail_layout.invalidate()
        scroll.setMinimumWidth(
            self.detail.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        )

    def _least_table_width(self) -> int:
        """The table with every column in view and its text wrapped: each column as wide as
        its header and the longest word of its rows, the data's verdict its share of the width."""
        least = [least_width(self.view, column) for column in range(self.model.columnCount())]
        others = sum(least) - least[COMPUTED_COLUMN]
        columns = max(others + least[COMPUTED_COLUMN], math.ceil(others / (1 - _VERDICT_SHARE)))
        return columns + 2 * self.view.frameWidth() + self.view.verticalScrollBar().sizeHint().width()

    def _arrange(self) -> None:
        """Beside the table where both fit; under it in a narrow window (1024 px, or a 1280 px
        laptop at 125 %), where beside it the table hid its date, note and files."""
        if not self.isVisible():
            return  # placed when shown, at its own width
        table = self._least_table_width()
        side = self.width() >= table + self.splitter.handleWidth() + self._pane_beside
        wanted = Qt.Orientation.Horizontal if side else Qt.Orientation.Vertical
        if wanted != self.splitter.orientation() or not self._arranged:
            self._arranged = True
            self.splitter.setOrientation(wanted)
            self.detail_layout.setDirection(
                QBoxLayout.Direction.TopToBottom if side else QBoxLayout.Direction.LeftToRight
            )
            self._fit_pane()
            room = self.height() - self.splitter.handleWidth()
            if not side:
                self.splitter.setSizes([room * 3 // 5, room - room * 3 // 5])
        if side:
            room = self.width() - self.splitter.handleWidth()
            if self.splitter.sizes()[0] < table:
                # The pane gives way to the table, down to the pane's own least width.
                self.splitter.setSizes([table, room - table])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._arrange()

    # ------------------------------------------------------------ loading
    def set_aios(self, aios_id: int | None) -> None:
        self.aios_id = aios_id
        if aios_id is not None:
            self.service.ensure_items(aios_id)
        self.reload()

    def reload(self) -> None:
        selected = self.selected()
        entries = self.service.entries(self.aios_id, date.today()) if self.aios_id is not None else []
        self.model.set_rows(entries)
        self._show_summary(entries)
        self._arrange()  # other titles may need another width
        if selected is not None:
            self.select(stored_id(selected.item.id))
        self._show_selected()

    def selected(self) -> PortfolioEntry | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select(self, item_id: int) -> bool:
        row = self.model.row_of(item_id)
        if row is None:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def select_template_key(self, key: str) -> bool:
        entry = next((e for e in self.model.rows() if e.item.template_key == key), None)
        return entry is not None and self.select(stored_id(entry.item.id))

    def _typed(self) -> tuple[str, str]:
        """The date (as it would be saved) and note in the pane."""
        try:
            day = format_date(self.item_date.date())
        except ParseError:
            day = self.item_date.text().strip()
        return day, self.note.toPlainText().strip()

    @staticmethod
    def _values(entry: PortfolioEntry) -> tuple[str, str]:
        return format_date(entry.item.item_date), entry.item.note.strip()

    def unsaved_item(self) -> PortfolioEntry | None:
        """The item whose date or note was typed in the pane and not saved yet."""
        shown = self._shown
        return shown if shown is not None and self._typed() != self._values(shown) else None

    def _show_selected(self) -> None:
        entry = self.selected()
        pending = self.unsaved_item()
        if pending is not None and (entry is None or entry.item.id != pending.item.id):
            # Another item chosen (or another aios): the typing goes with its own item.
            if not self._save_typed(pending):
                self.select(stored_id(pending.item.id))
                return
            pending = None
        # The same item shown again after a change (its status, say): what was typed stays.
        keep_typing = pending is not None and entry is not None and self._typed() != self._values(entry)
        self._shown = entry
        self.detail.setEnabled(entry is not None)
        if not keep_typing:
            self.date_error.show_message("")
        if entry is None:
            self.title.setText(self.tr("Choose an item in the list."))
            for label in (self.description, self.computed, self.conflict):
                label.clear()
            self.item_date.set_date(None)
            self.note.clear()
            self.attachment_model.set_rows([])
        else:
            self.title.setText(f"<b>{texts.entry_title(entry)}</b>")
            self.description.setText(
                entry.template.description.get(current_language()) if entry.template else ""
            )
            computed = texts.outcome_text(entry)
            self.computed.setText(
                self.tr("From the data: {status}").format(status=computed) if computed else ""
            )
            self.conflict.setText(texts.contradiction_text(entry))
            if not keep_typing:
                self.item_date.set_date(entry.item.item_date)
                self.note.setPlainText(entry.item.note)
            self.attachment_model.set_rows(self.service.attachments(stored_id(entry.item.id)))
        self.conflict.setVisible(bool(self.conflict.text()))
        self.reset_button.setVisible(entry is not None and entry.contradicted)
        self._update_buttons()

    def _show_summary(self, entries: list[PortfolioEntry]) -> None:
        counts = PortfolioCounts.of(entries)
        if not entries:
            self.summary.clear()
            return
        parts = [
            self.tr("%n item(s) missing", "", counts.missing)
            if counts.missing
            else self.tr("Nothing missing")
        ]
        if counts.contradicted:
            parts.append(
                self.tr("%n ticked present by hand while the data says missing", "", counts.contradicted)
            )
        self.summary.setText(" · ".join(parts))

    def _update_buttons(self) -> None:
        entry = self.selected()
        own = entry is not None and not entry.item.template_key
        self.delete_item_button.setEnabled(own)
        self.add_item_button.setEnabled(self.aios_id is not None)
        has_file = bool(self.attachments.selectionModel().selectedRows())
        self.open_button.setEnabled(has_file)
        self.remove_button.setEnabled(has_file)

    def _selected_attachment(self) -> AttachmentInfo | None:
        rows = self.attachments.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _save_typed(self, entry: PortfolioEntry) -> bool:
        """Save what was typed for ``entry`` as the pane moves on; False: keep showing it."""
        title = texts.entry_title(entry)
        try:
            day = self.item_date.date(field="item_date")
        except ParseError:
            if confirm_discard(
                self,
                self.tr(
                    "The date typed for “{item}” is not a date. Discard the date and note typed for it?"
                ).format(item=title),
            ):
                return True
            self.date_error.show_message(self.tr("Not a date: correct it, or clear it, and save."))
            return False
        item_id, note = stored_id(entry.item.id), self.note.toPlainText().strip()
        # After the selection has settled: the write reloads the table.
        QTimer.singleShot(0, lambda: self._write_typed(item_id, day, note, title))
        return True

    def _write_typed(self, item_id: int, day: date | None, note: str, title: str) -> None:
        saved = run_action(
            self,
            lambda: self.service.update_item(item_id, item_date=day, note=note),
            title=self.tr("Portfolio"),
        )
        if saved is not FAILED:
            self.host.show_status(self.tr("Date and note of “{item}” saved.").format(item=title), 4000)

    def unsaved_input(self) -> str | None:
        entry = self.unsaved_item()
        if entry is None:
            return None
        return self.tr("the date and note of portfolio item “{item}”").format(item=texts.entry_title(entry))

    # ------------------------------------------------------------ actions
    def save_detail(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        try:
            day = self.item_date.date(field="item_date")
        except ParseError as exc:
            self.date_error.show_message(problem_text(exc.problem))
            self.item_date.setFocus()
            return
        saved = run_action(
            self,
            lambda: self.service.update_item(
                stored_id(entry.item.id), item_date=day, note=self.note.toPlainText().strip()
            ),
            title=self.tr("Portfolio"),
        )
        if saved is FAILED:
            return
        self.host.show_status(self.tr("Saved."), 3000)

    def set_back_to_missing(self) -> None:
        entry = self.selected()
        if entry is None or not entry.contradicted:
            return
        item_id = stored_id(entry.item.id)
        if (
            run_action(
                self,
                lambda: self.service.set_status(item_id, ChecklistStatus.MISSING),
                title=self.tr("Portfolio"),
            )
            is not FAILED
        ):
            self.host.show_status(self.tr("Set back to Missing. Undo with Ctrl+Z."), 6000)

    def add_own_item(self) -> None:
        aios_id = self.aios_id
        if aios_id is None:
            return
        dialog = _OwnItemDialog(self)
        ok = dialog.exec() == QInputDialog.DialogCode.Accepted
        title = dialog.textValue()
        dialog.deleteLater()
        if ok and title.strip():
            item_id = run_action(
                self, lambda: self.service.add_own_item(aios_id, title), title=self.tr("Portfolio")
            )
            if item_id is FAILED:
                return
            self.select(item_id)

    def delete_own_item(self) -> None:
        entry = self.selected()
        if entry is None or entry.item.template_key:
            return
        self.service.delete_item(stored_id(entry.item.id))
        self.host.show_status(self.tr("Item deleted. Undo with Ctrl+Z."), 6000)

    def attach_files(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        paths, _ = open_file_names(self, self.tr("Attach files"))
        item_id = stored_id(entry.item.id)
        for path in paths:
            run_action(self, partial(self.service.add_attachment, item_id, path), title=self.tr("Portfolio"))

    def open_attachment(self) -> None:
        attachment = self._selected_attachment()
        if attachment is None:
            return
        try:
            # A private copy (ui/safety/viewer_copies): removed at exit, or at the next start.
            path = self.service.export_attachment(stored_id(attachment.id), new_copy_folder())
        except AttachmentDamaged:
            QMessageBox.critical(
                self,
                self.tr("Portfolio"),
                self.tr(
                    "The stored copy of {name} is damaged: its contents no longer match the "
                    "checksum recorded when it was added. Restore a backup of the data file."
                ).format(name=attachment.filename),
            )
            return
        # The system viewer opens a temporary copy, so editing it never changes the stored file.
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def remove_attachment(self) -> None:
        attachment = self._selected_attachment()
        if attachment is None:
            return
        self.service.remove_attachment(stored_id(attachment.id))
        self.host.show_status(
            self.tr("{name} removed. Undo with Ctrl+Z.").format(name=attachment.filename), 6000
        )
