"""Hour categories: add the practice's own, rename, take out of use.

Nothing is deleted: an entry keeps its category, and a renamed category
shows its new name on old entries too.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.entities import HourCategory, stored_id
from ...storage.services.categories import CategoryService
from ..widgets.form_errors import FieldError, FormErrors
from ..widgets.remember import remember_columns, remember_size
from ..widgets.table_models import ROW_ROLE, Column, RowTableModel
from ..widgets.table_view import setup_row_view
from ..widgets.unsaved import confirm_discard
from ..widgets.user_action import FAILED, run_action
from .fields import category_name


class CategoriesDialog(QDialog):
    def __init__(self, service: CategoryService, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Hour categories"))
        self.resize(560, 480)
        remember_size(self, "categories")
        columns: list[Column[HourCategory]] = [
            Column(lambda: self.tr("Name"), category_name),
            Column(
                lambda: self.tr("Counts as supervision"),
                lambda c: self.tr("yes") if c.counts_as_supervision else "",
            ),
            Column(lambda: self.tr("In use"), lambda c: self.tr("yes") if c.active else self.tr("no")),
        ]
        self.model = RowTableModel(columns, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Categories"))
        setup_row_view(self.view)
        remember_columns(self.view, "categories")

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name of a new category, or a new name for the selected one"))
        self.name.setAccessibleName(self.tr("Category name"))  # a placeholder is no name
        self.supervision = QCheckBox(self.tr("Counts as supervision of the trainee"))
        self.name_error = FieldError()
        self.general = FieldError()
        self.errors = FormErrors({"name": (self.name, self.name_error)}, self.general)
        self.add_button = QPushButton(self.tr("&Add"))
        self.rename_button = QPushButton(self.tr("&Rename"))
        self.active_button = QPushButton(self.tr("&Take out of use"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.name)
        layout.addWidget(self.name_error)
        layout.addWidget(self.supervision)
        layout.addLayout(buttons)
        layout.addWidget(self.general)
        layout.addWidget(close)

        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.active_button.clicked.connect(self.toggle_active)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def reject(self) -> None:
        # Esc and Close would otherwise drop a category name typed but not added.
        if self.name.text().strip() and not confirm_discard(
            self, self.tr("Discard the category name you typed?")
        ):
            return
        super().reject()

    def reload(self) -> None:
        self.model.set_rows(self.service.list(include_inactive=True))
        self._update_buttons()

    def selected(self) -> HourCategory | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _update_buttons(self, *_args) -> None:
        category = self.selected()
        self.rename_button.setEnabled(category is not None)
        self.active_button.setEnabled(category is not None)
        if category is not None and not category.active:
            self.active_button.setText(self.tr("&Use again"))
        else:
            self.active_button.setText(self.tr("&Take out of use"))

    def _run(self, action) -> None:
        if run_action(self, action, show_in=self.errors) is FAILED:
            return
        self.errors.clear()
        self.name.clear()
        self.reload()

    def add(self) -> None:
        self._run(
            lambda: self.service.add(self.name.text(), counts_as_supervision=self.supervision.isChecked())
        )

    def rename(self) -> None:
        category = self.selected()
        if category is not None:
            self._run(lambda: self.service.rename(stored_id(category.id), self.name.text()))

    def toggle_active(self) -> None:
        category = self.selected()
        if category is not None:
            self._run(lambda: self.service.set_active(stored_id(category.id), not category.active))
