"""Preview of "copy last week": what will be added, and what is left out, before anything is."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from ...domain.durations import format_minutes
from ...domain.entities import HourEntry
from ...storage.services.hour_copy_week import WeekCopy
from ...words.formatting import format_date
from ..widgets.remember import remember_columns, remember_size
from ..widgets.table_models import Column, RowTableModel
from ..widgets.table_view import setup_row_view
from .model import own_time_label


def _columns(aios: Mapping[int, str], categories: Mapping[int, str]) -> list[Column[HourEntry]]:
    return [
        Column(lambda: Q.translate("CopyWeekDialog", "Date"), lambda e: format_date(e.day), lambda e: e.day),
        Column(
            lambda: Q.translate("CopyWeekDialog", "Trainee"),
            lambda e: aios.get(e.aios_id, "") if e.aios_id else own_time_label(),
        ),
        Column(
            lambda: Q.translate("CopyWeekDialog", "Category"), lambda e: categories.get(e.category_id, "")
        ),
        Column(
            lambda: Q.translate("CopyWeekDialog", "Duration"),
            lambda e: format_minutes(e.minutes),
            lambda e: e.minutes,
            align_right=True,
        ),
        Column(lambda: Q.translate("CopyWeekDialog", "Description"), lambda e: e.description),
    ]


class CopyWeekDialog(QDialog):
    """Lists the entries that would be copied; nothing is written until the user confirms."""

    def __init__(
        self,
        plan: WeekCopy,
        aios: Mapping[int, str],
        categories: Mapping[int, str],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Copy last week"))
        self.resize(760, 420)
        remember_size(self, "copy_week")
        self.summary = QLabel(self._summary())
        self.summary.setWordWrap(True)
        self.model: RowTableModel[HourEntry] = RowTableModel(_columns(aios, categories), self)
        self.model.set_rows(plan.new)
        self.view = setup_row_view(QTableView())
        self.view.setModel(self.model)
        remember_columns(self.view, "copy_week")
        self.view.setAccessibleName(self.tr("Entries to copy"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.copy_button = self.buttons.addButton(
            self.tr("Copy %n entry(ies)", "", len(plan.new)), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.copy_button.setDefault(True)
        self.copy_button.setEnabled(bool(plan.new))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if not plan.new:
            # Only days still to come: an empty list and "Copy 0 entries" beside Cancel
            # read as a step that failed; the summary says it all, and Close ends it.
            self.view.hide()
            self.copy_button.hide()
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        if not plan.new:
            # Sized once the layout is there, as high as its words need at a readable width:
            # sized before, it was a box of a few words a line with the rest cut off.
            width = max(self.sizeHint().width(), 480)
            self.resize(width, self.heightForWidth(width))

    def _summary(self) -> str:
        plan = self.plan
        week = self.tr("the week of {day}").format(day=format_date(plan.monday))
        lines = [
            self.tr(
                "These %n entry(ies) from the week before will be added to {week}:", "", len(plan.new)
            ).format(week=week)
            if plan.new
            else self.tr("Nothing to copy into {week}.").format(week=week)
        ]
        if plan.future:
            lines.append(
                self.tr(
                    "%n entry(ies) on days that have not come yet are left out: "
                    "log those hours once they are worked.",
                    "",
                    len(plan.future),
                )
            )
        if plan.already:
            lines.append(self.tr("%n entry(ies) are already logged this week.", "", plan.already))
        return "\n".join(lines)
