"""The agenda of one meeting: reorder by dragging or with the arrows, add points, tick off."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.agenda import AGREEMENT, USER, user_point
from ..widgets.tones import Tone, tone_css, tone_style

ITEM_ROLE = Qt.ItemDataRole.UserRole


class AgendaPage(QWidget):
    changed = Signal()
    printRequested = Signal()

    def __init__(
        self, items: list[dict[str, Any]], *, read_only: bool = False, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.read_only = read_only
        self.list = QListWidget()
        self.list.setObjectName("agendaList")
        self.list.setAccessibleName(self.tr("Agenda"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setAlternatingRowColors(True)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setObjectName("agendaUp")
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.setObjectName("agendaDown")
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.new_point = QLineEdit()
        self.new_point.setObjectName("agendaNewPoint")
        self.new_point.setAccessibleName(self.tr("New agenda point"))  # a placeholder is no name
        self.new_point.setPlaceholderText(self.tr("A point of the trainer or the trainee…"))
        self.add_button = QPushButton(self.tr("Add poi&nt"))
        self.add_button.setObjectName("agendaAdd")
        self.print_button = QPushButton(self.tr("Agenda as &PDF…"))
        self.print_button.setObjectName("agendaPdf")
        legend = QLabel(
            self.tr("↺ open agreement from an earlier meeting · tick a point once it has been discussed")
        )
        tone_style(legend, lambda: f"color: {tone_css(Tone.MUTED)};")

        side = QVBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            side.addWidget(button)
        side.addStretch()
        side.addWidget(self.print_button)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(side)
        add = QHBoxLayout()
        add.addWidget(self.new_point, 1)
        add.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(add)
        layout.addWidget(legend)
        for widget in (self.up_button, self.down_button, self.remove_button, self.new_point, self.add_button):
            widget.setEnabled(not read_only)
        if read_only:
            self.list.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)

        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_button.clicked.connect(self.add_point)
        self.new_point.returnPressed.connect(self.add_point)
        self.print_button.clicked.connect(self.printRequested)
        self.list.model().rowsMoved.connect(lambda *_args: self.changed.emit())
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.set_items(items)

    def set_items(self, items: list[dict[str, Any]]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for item in items:
            self.list.addItem(self._item(item))
        self.list.blockSignals(False)

    def _item(self, data: dict[str, Any]) -> QListWidgetItem:
        marker = "↺ " if data.get("source") == AGREEMENT else ""
        item = QListWidgetItem(marker + data.get("text", ""))
        item.setData(ITEM_ROLE, dict(data))
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only:
            flags |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled
        item.setFlags(flags)
        item.setCheckState(Qt.CheckState.Checked if data.get("done") else Qt.CheckState.Unchecked)
        if data.get("source") == USER:
            font = QFont(item.font())
            font.setItalic(True)
            item.setFont(font)
        return item

    def items(self) -> list[dict[str, Any]]:
        out = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            data = dict(item.data(ITEM_ROLE))
            data["done"] = item.checkState() == Qt.CheckState.Checked
            out.append(data)
        return out

    def texts(self) -> list[str]:
        return [item["text"] for item in self.items()]

    def move_item(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def draft(self) -> str | None:
        """A point typed in the field below the list and not added yet."""
        return self.new_point.text() if self.new_point.text().strip() else None

    def restore_draft(self, draft: str) -> None:
        self.new_point.setText(draft)

    def unsaved_text(self) -> str | None:
        return self.tr("an agenda point that you typed but did not add") if self.draft() else None

    def add_point(self) -> None:
        text = self.new_point.text().strip()
        if not text:
            return
        self.list.addItem(self._item(user_point(text)))
        self.new_point.clear()
        self.changed.emit()
