"""The training's placements and interruptions inside the aios dialog.

Two small tables with Add / Edit / Remove; each row is edited in its own small
dialog, so a problem appears beside the field it is about. Nothing is stored
here: the aios dialog saves the aios with both lists in one write.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.entities import Aios, Interruption, Placement
from ...domain.enums import InterruptionKind, PlacementSetting
from ...domain.problems import ParseError, Problem
from ...domain.training import (
    NOTICE_SOURCE,
    PROPOSED_END_SOURCE,
    institution_notices,
    proposed_end,
    validate_interruptions,
    validate_placements,
)
from ...words.formatting import current_language, format_date
from ..widgets.form_errors import ErrorForm
from ..widgets.remember import remember_columns, remember_size
from ..widgets.table_models import Column, RowTableModel
from ..widgets.table_view import setup_row_view
from ..widgets.tones import Tone, tone_css, tone_style
from . import training_labels


def _until(day: date | None) -> str:
    return format_date(day) if day else "…"


PLACEMENT_COLUMNS: list[Column[Placement]] = [
    Column(lambda: Q.translate("Training", "Where"), lambda p: training_labels.setting(p.setting)),
    Column(lambda: Q.translate("Training", "Place"), lambda p: p.place),
    Column(
        lambda: Q.translate("Training", "From"), lambda p: format_date(p.start), sort_key=lambda p: p.start
    ),
    Column(lambda: Q.translate("Training", "To"), lambda p: _until(p.end)),
    Column(
        lambda: Q.translate("Training", "Part-time"), lambda p: f"{p.part_time_percent} %", align_right=True
    ),
    Column(lambda: Q.translate("Training", "HLWP"), lambda p: str(p.hlwp or "")),
]

INTERRUPTION_COLUMNS: list[Column[Interruption]] = [
    Column(lambda: Q.translate("Training", "Why"), lambda x: training_labels.interruption(x.kind)),
    Column(lambda: Q.translate("Training", "From"), lambda x: format_date(x.start)),
    Column(lambda: Q.translate("Training", "To"), lambda x: _until(x.end)),
    Column(
        lambda: Q.translate("Training", "Institution informed"),
        lambda x: Q.translate("Training", "yes") if x.institution_informed else "",
    ),
    Column(lambda: Q.translate("Training", "Note"), lambda x: x.note),
]


def _row_problems(problems: list[Problem], prefix: str) -> list[Problem]:
    """A list's problems for the one row being edited, with the plain field name."""
    out = []
    for p in problems:
        if p.field and p.field.startswith(prefix):
            out.append(Problem(p.code, p.field.removeprefix(prefix), p.params))
    return out


class _RowDialog(QDialog):
    """A small form for one row; ``check`` judges the typed row within the whole list."""

    def __init__(self, title: str, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = ErrorForm()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self, *extra: QWidget) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self.form.layout)
        for widget in extra:
            layout.addWidget(widget)
        layout.addWidget(self.form.general)
        layout.addWidget(self.buttons)
        remember_size(self, f"training_{type(self).__name__}")

    @staticmethod
    def read_dates(*fields) -> tuple[dict[str, date | None], list[Problem]]:
        values: dict[str, date | None] = {}
        problems: list[Problem] = []
        for key, widget in fields:
            try:
                values[key] = widget.date(field=key)
                widget.set_date(values[key])
            except ParseError as exc:
                problems.append(exc.problem)
        return values, problems


class PlacementDialog(_RowDialog):
    def __init__(
        self,
        placement: Placement,
        check: Callable[[Placement], list[Problem]],
        parent: QWidget | None = None,
    ):
        super().__init__(Q.translate("Training", "Placement"), parent)
        from ..widgets.date_field import DateField

        self.original = placement
        self.check = check
        self.value: Placement | None = None
        self.setting = QComboBox()
        self.setting.setObjectName("placementSetting")
        for setting in PlacementSetting:
            self.setting.addItem(training_labels.setting(setting), setting)
        self.place = QLineEdit()
        self.place.setPlaceholderText(Q.translate("Training", "e.g. the hospital's name"))
        self.start = DateField()
        self.end = DateField(optional=True)
        self.part_time = QSpinBox()
        self.part_time.setRange(0, 100)
        self.part_time.setSuffix(" %")
        self.hlwp = QComboBox()
        self.hlwp.addItem(Q.translate("Training", "none"), None)
        for number in (1, 2):
            self.hlwp.addItem(Q.translate("Training", "HLWP {n}").format(n=number), number)
        f = self.form
        f.add(Q.translate("Training", "&Where"), self.setting, "setting")
        f.add(Q.translate("Training", "P&lace"), self.place, "place")
        f.add(Q.translate("Training", "&From"), self.start, "start")
        f.add(Q.translate("Training", "&To (last day)"), self.end, "end")
        f.add(Q.translate("Training", "&Part-time"), self.part_time, "part_time_percent")
        f.add(Q.translate("Training", "Practice &year (HLWP)"), self.hlwp, "hlwp")
        self.finish_layout()
        self.setting.setCurrentIndex(self.setting.findData(placement.setting))
        self.place.setText(placement.place)
        self.start.set_date(placement.start)
        self.end.set_date(placement.end)
        self.part_time.setValue(placement.part_time_percent)
        self.hlwp.setCurrentIndex(max(0, self.hlwp.findData(placement.hlwp)))

    def accept(self) -> None:
        dates, problems = self.read_dates(("start", self.start), ("end", self.end))
        value = replace(
            self.original,
            setting=PlacementSetting(self.setting.currentData()),
            place=self.place.text().strip(),
            start=dates.get("start") or self.original.start,
            end=dates.get("end") if "end" in dates else self.original.end,
            part_time_percent=self.part_time.value(),
            hlwp=self.hlwp.currentData(),
        )
        unread = {p.field for p in problems}
        problems += [p for p in self.check(value) if p.field not in unread]
        if problems:
            self.form.errors.show_and_focus(problems)
            return
        self.value = value
        super().accept()


class InterruptionDialog(_RowDialog):
    def __init__(
        self,
        interruption: Interruption,
        check: Callable[[Interruption], list[Problem]],
        parent: QWidget | None = None,
        *,
        hint: bool = True,
    ):
        super().__init__(Q.translate("Training", "Interruption"), parent)
        from ..widgets.date_field import DateField

        self.original = interruption
        self.check = check
        self.value: Interruption | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("interruptionKind")
        for kind in InterruptionKind:
            self.kind.addItem(training_labels.interruption(kind), kind)
        self.start = DateField()
        self.end = DateField(optional=True)
        self.end.setPlaceholderText(Q.translate("Training", "empty while it goes on"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        self.informed = QCheckBox(Q.translate("Training", "I have informed the institution"))
        f = self.form
        f.add(Q.translate("Training", "&Why"), self.kind, "kind")
        f.add(Q.translate("Training", "&From"), self.start, "start")
        f.add(Q.translate("Training", "&To (last day)"), self.end, "end")
        f.add(Q.translate("Training", "N&ote"), self.note, "note")
        f.add("", self.informed)
        show_hint = hint
        notice = QLabel(
            Q.translate(
                "Training",
                "Inform the institution directly when the practice training is interrupted for more than "
                "two months (your illness or other circumstances), when you lay down the task, or when you "
                "work fewer than 16 hours a week in the specialty ({source}).",
            ).format(source=NOTICE_SOURCE.get(current_language()))
            + " "
            + Q.translate(
                "Training", "Record laying down the task and your hours under Portfolio ▸ My obligations."
            )
        )
        notice.setWordWrap(True)
        notice.setObjectName("institutionHint")
        self.informed.setVisible(show_hint)
        notice.setVisible(show_hint)
        self.finish_layout(notice)
        self.kind.setCurrentIndex(self.kind.findData(interruption.kind))
        self.start.set_date(interruption.start)
        self.end.set_date(interruption.end)
        self.note.setPlainText(interruption.note)
        self.informed.setChecked(interruption.institution_informed)

    def accept(self) -> None:
        dates, problems = self.read_dates(("start", self.start), ("end", self.end))
        value = replace(
            self.original,
            kind=InterruptionKind(self.kind.currentData()),
            start=dates.get("start") or self.original.start,
            end=dates.get("end") if "end" in dates else self.original.end,
            note=self.note.toPlainText().strip(),
            institution_informed=self.informed.isChecked(),
        )
        unread = {p.field for p in problems}
        problems += [p for p in self.check(value) if p.field not in unread]
        if problems:
            self.form.errors.show_and_focus(problems)
            return
        self.value = value
        super().accept()


class _ListBox(QGroupBox):
    """A titled table with Add / Edit / Remove buttons."""

    def __init__(self, title: str, model: RowTableModel, name: str):
        super().__init__(title)
        self.model = model
        self.view = QTableView()
        self.view.setObjectName(name)
        self.view.setAccessibleName(title.replace("&", ""))
        self.view.setModel(model)
        setup_row_view(self.view)
        remember_columns(self.view, f"training_{name}")
        self.view.setMinimumHeight(90)
        self.add_button = QPushButton(Q.translate("Training", "Add…"))
        self.edit_button = QPushButton(Q.translate("Training", "Edit…"))
        self.remove_button = QPushButton(Q.translate("Training", "Remove"))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QHBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.doubleClicked.connect(lambda _i: self.edit_button.click())

    def selected_row(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None


class TrainingEditor(QWidget):
    """Placements and interruptions of one aios; ``aios()`` gives the training they must fit."""

    def __init__(
        self,
        aios: Callable[[], Aios],
        set_end: Callable[[date], None],
        parent: QWidget | None = None,
        *,
        notice_months: int = 0,
    ):
        """``notice_months``: after how long the aios's regulation wants the institution told (0: never)."""
        super().__init__(parent)
        self.aios = aios
        self.set_end = set_end
        self.notice_months = notice_months
        self.placement_model: RowTableModel[Placement] = RowTableModel(PLACEMENT_COLUMNS, self)
        self.interruption_model: RowTableModel[Interruption] = RowTableModel(INTERRUPTION_COLUMNS, self)
        self.placements = _ListBox(Q.translate("Training", "Placements"), self.placement_model, "placements")
        self.interruptions = _ListBox(
            Q.translate("Training", "Interruptions"), self.interruption_model, "interruptions"
        )
        self.notice = QLabel()
        self.notice.setObjectName("institutionNotice")
        self.notice.setWordWrap(True)
        tone_style(self.notice, lambda: f"color: {tone_css(Tone.WARN)};")
        self.proposal = QLabel()
        self.proposal.setObjectName("endProposal")
        self.proposal.setWordWrap(True)
        self.use_proposal = QPushButton(Q.translate("Training", "Use this end date"))
        self.use_proposal.hide()
        proposal_row = QHBoxLayout()
        proposal_row.addWidget(self.proposal, 1)
        proposal_row.addWidget(self.use_proposal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placements)
        layout.addWidget(self.interruptions)
        layout.addWidget(self.notice)
        layout.addLayout(proposal_row)
        self._proposed: date | None = None

        self.placements.add_button.clicked.connect(self.add_placement)
        self.placements.edit_button.clicked.connect(self.edit_placement)
        self.placements.remove_button.clicked.connect(
            lambda: self._remove(self.placement_model, self.placements)
        )
        self.interruptions.add_button.clicked.connect(self.add_interruption)
        self.interruptions.edit_button.clicked.connect(self.edit_interruption)
        self.interruptions.remove_button.clicked.connect(
            lambda: self._remove(self.interruption_model, self.interruptions)
        )
        self.use_proposal.clicked.connect(self._apply_proposal)

    # --- loading and reading -----------------------------------------------------------

    def load(self, placements: list[Placement], interruptions: list[Interruption]) -> None:
        self.placement_model.set_rows(sorted(placements, key=lambda p: p.start))
        self.interruption_model.set_rows(sorted(interruptions, key=lambda x: x.start))
        self._refresh_notes(None)

    def values(self) -> tuple[list[Placement], list[Interruption]]:
        return list(self.placement_model.rows()), list(self.interruption_model.rows())

    def state(self) -> tuple:
        return tuple(self.placement_model.rows()), tuple(self.interruption_model.rows())

    # --- editing -----------------------------------------------------------------------

    def _placement_check(self, index: int | None) -> Callable[[Placement], list[Problem]]:
        def check(value: Placement) -> list[Problem]:
            rows = list(self.placement_model.rows())
            at = len(rows) if index is None else index
            rows[at : at + 1] = [value]
            return _row_problems(validate_placements(self.aios(), rows), f"placements[{at}].")

        return check

    def _interruption_check(self, index: int | None) -> Callable[[Interruption], list[Problem]]:
        def check(value: Interruption) -> list[Problem]:
            rows = list(self.interruption_model.rows())
            at = len(rows) if index is None else index
            rows[at : at + 1] = [value]
            return _row_problems(validate_interruptions(self.aios(), rows), f"interruptions[{at}].")

        return check

    def add_placement(self) -> None:
        rows = self.placement_model.rows()
        aios = self.aios()
        last_end = max((p.end for p in rows if p.end is not None), default=None)
        start = date.fromordinal(last_end.toordinal() + 1) if last_end else aios.start_date
        new = Placement(start=start, part_time_percent=aios.part_time_percent)
        dialog = PlacementDialog(new, self._placement_check(None), self)
        if dialog.exec() and dialog.value is not None:
            self.placement_model.set_rows(sorted([*rows, dialog.value], key=lambda p: p.start))

    def edit_placement(self) -> None:
        row = self.placements.selected_row()
        if row is None:
            return
        rows = list(self.placement_model.rows())
        dialog = PlacementDialog(rows[row], self._placement_check(row), self)
        if dialog.exec() and dialog.value is not None:
            rows[row] = dialog.value
            self.placement_model.set_rows(sorted(rows, key=lambda p: p.start))

    def add_interruption(self) -> None:
        new = Interruption(start=date.today())
        dialog = InterruptionDialog(new, self._interruption_check(None), self, hint=self.notice_months > 0)
        if dialog.exec() and dialog.value is not None:
            rows = [*self.interruption_model.rows(), dialog.value]
            self.interruption_model.set_rows(sorted(rows, key=lambda x: x.start))
            self._refresh_notes(dialog.value)

    def edit_interruption(self) -> None:
        row = self.interruptions.selected_row()
        if row is None:
            return
        rows = list(self.interruption_model.rows())
        dialog = InterruptionDialog(
            rows[row], self._interruption_check(row), self, hint=self.notice_months > 0
        )
        if dialog.exec() and dialog.value is not None:
            rows[row] = dialog.value
            self.interruption_model.set_rows(sorted(rows, key=lambda x: x.start))
            self._refresh_notes(dialog.value)

    def _remove(self, model: RowTableModel, box: _ListBox) -> None:
        row = box.selected_row()
        if row is None:
            return
        rows = list(model.rows())
        del rows[row]
        model.set_rows(rows)
        self._refresh_notes(None)

    # --- what the interruptions mean ---------------------------------------------------

    def _refresh_notes(self, changed: Interruption | None) -> None:
        today = date.today()
        open_notices = [
            n
            for n in institution_notices(self.interruption_model.rows(), today, self.notice_months)
            if n.interruption is not None and not n.interruption.institution_informed
        ]
        if open_notices:
            x = open_notices[0].interruption
            assert x is not None
            self.notice.setText(
                Q.translate(
                    "Training",
                    "The training is interrupted from {start} for more than two months: inform the "
                    "institution directly ({source}).",
                ).format(start=format_date(x.start), source=NOTICE_SOURCE.get(current_language()))
            )
        else:
            self.notice.setText("")
        self._proposed = proposed_end(self.aios().expected_end_date, changed, today) if changed else None
        if self._proposed is not None:
            self.proposal.setText(
                Q.translate(
                    "Training",
                    "Whether the end of the training moves is decided with the institution; no document "
                    "gives a rule ({source}). Proposed: the expected end moved by the days away, {day}.",
                ).format(source=PROPOSED_END_SOURCE.get(current_language()), day=format_date(self._proposed))
            )
        else:
            self.proposal.setText("")
        self.use_proposal.setVisible(self._proposed is not None)

    def _apply_proposal(self) -> None:
        if self._proposed is not None:
            self.set_end(self._proposed)
            self.use_proposal.hide()
            self.proposal.setText("")
