"""Preview of a CSV file before anything is imported.

Shows how the header was read, how each category was understood, the lines
that will be imported (the first ``PREVIEW_LINES`` of a big file, with
duplicates flagged) and the lines that cannot be, with their line number and
the reason. Any error blocks the import: the user fixes the file and tries
again, so a half-imported file never has to be untangled. The import runs
on a worker thread with its progress shown, and may be cancelled: nothing
is then imported.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.csv_hours import ImportRow, RowError
from ...domain.durations import format_minutes
from ...domain.entities import Aios, HourCategory
from ...domain.problems import ValidationFailed
from ...storage.services.hour_import import HourImportService, ImportCheck
from ...words.formatting import format_date
from ...words.problems import problem_text
from ..widgets.background import Cancelled, Progress, run_in_background, show_failure
from ..widgets.form_errors import FieldError
from ..widgets.remember import remember_columns, remember_size
from ..widgets.table_models import Column
from ..widgets.table_view import setup_row_view
from ..widgets.tones import Tone, follow_palette, tone, tone_css, tone_style
from ..widgets.user_action import show_failure as show_refusal
from .fields import category_name
from .model import own_time_label

_FIT_ROWS = 30  # rows measured to fit a column: about what the dialog shows
R = TypeVar("R")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _cells(columns: Sequence[Column[R]], rows: Sequence[R], parent: QWidget) -> QStandardItemModel:
    """The preview's texts made once, held by Qt.

    Each line's height follows its wrapped description, and Qt measures every
    line again at each change of the dialog's layout (the progress shown, a
    message, the import button's text): with the cells in a Python model that
    was some 70,000 calls into Python for 200 lines, 0.7 s as the preview opened
    and 0.1 s at each change, far longer while a worker held the interpreter
    (the import itself). Held by Qt, the measuring never leaves C++.
    """
    model = QStandardItemModel(len(rows), len(columns), parent)
    model.setHorizontalHeaderLabels([column.header() for column in columns])
    toned: list[tuple[QStandardItem, Column[R], R]] = []
    for r, row in enumerate(rows):
        for c, column in enumerate(columns):
            item = QStandardItem(column.display(row))
            item.setEditable(False)
            if column.align_right:
                item.setTextAlignment(_RIGHT)
            if column.foreground is not None and column.foreground(row) is not None:
                toned.append((item, column, row))
            model.setItem(r, c, item)

    def colour() -> None:  # again at a switch of light and dark: a fixed tone would not read
        for item, column, row in toned:
            if column.foreground is not None:
                item.setForeground(column.foreground(row))

    follow_palette(parent, colour, f"cells{id(model)}")
    return model


_COLUMN_NAMES = {
    "day": lambda: Q.translate("HoursImport", "date"),
    "aios": lambda: Q.translate("HoursImport", "trainee"),
    "category": lambda: Q.translate("HoursImport", "category"),
    "duration": lambda: Q.translate("HoursImport", "duration"),
    "minutes": lambda: Q.translate("HoursImport", "minutes"),
    "hours": lambda: Q.translate("HoursImport", "hours"),
    "description": lambda: Q.translate("HoursImport", "description"),
}
_SEPARATOR_NAMES = {
    ";": lambda: Q.translate("HoursImport", "semicolon"),
    ",": lambda: Q.translate("HoursImport", "comma"),
    "\t": lambda: Q.translate("HoursImport", "tab"),
}


class ImportDialog(QDialog):
    def __init__(
        self,
        service: HourImportService,
        check: ImportCheck,
        file_name: str,
        aios: Sequence[Aios],
        categories: Sequence[HourCategory],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.service = service
        self.check = check
        self.file_name = file_name
        self.imported = 0
        self._fits: list[QTimer] = []  # one per list: its lines' heights measured again
        self.setWindowTitle(self.tr("Import hours from {file}").format(file=file_name))
        self.resize(820, 560)
        remember_size(self, "import")
        preview = check.preview
        aios_names = {a.id: a.name for a in aios}
        names = {c.id: category_name(c) for c in categories}

        self.summary = QLabel(self._summary())
        self.summary.setWordWrap(True)
        self.categories = QLabel(self._categories(names))
        self.categories.setObjectName("importCategories")
        self.categories.setWordWrap(True)
        self.categories.setVisible(bool(check.categories))
        self.shown_note = QLabel()
        self.shown_note.setVisible(len(preview.rows) < check.row_count)
        self.shown_note.setText(
            self.tr("The first {shown} of {count} lines are shown; all of them are imported.").format(
                shown=len(preview.rows), count=check.row_count
            )
        )
        self.file_problems = FieldError()
        self.file_problems.show_message("\n".join(problem_text(p) for p in preview.file_problems))

        def flag(row: ImportRow) -> str:
            if row.line_no in check.existing_duplicates:
                return self.tr("already logged")
            if row.line_no in check.file_duplicates:
                return self.tr("twice in this file")
            return ""

        columns: list[Column[ImportRow]] = [
            Column(
                lambda: self.tr("Line"),
                lambda r: str(r.line_no),
                sort_key=lambda r: r.line_no,
                align_right=True,
            ),
            Column(lambda: self.tr("Date"), lambda r: format_date(r.day), sort_key=lambda r: r.day),
            Column(lambda: self.tr("Trainee"), lambda r: aios_names.get(r.aios_id, own_time_label())),
            Column(lambda: self.tr("Category"), lambda r: names.get(r.category_id, r.category_name)),
            Column(lambda: self.tr("Duration"), lambda r: format_minutes(r.minutes), align_right=True),
            Column(lambda: self.tr("Description"), lambda r: r.description),
            Column(lambda: self.tr("Note"), flag, foreground=lambda r: tone(Tone.WARN) if flag(r) else None),
        ]
        self.rows_model = _cells(columns, preview.rows, self)
        self.rows_view = self._table(self.rows_model)
        self.rows_view.setObjectName("importRows")
        # The description takes the room that is left and wraps, so the note beside it
        # ("already logged") stays in sight.
        self._wrap(self.rows_view, stretch=5)
        remember_columns(self.rows_view, "import_rows")

        error_columns: list[Column[RowError]] = [
            Column(lambda: self.tr("Line"), lambda e: str(e.line_no), align_right=True),
            Column(lambda: self.tr("Problem"), lambda e: problem_text(e.problem)),
        ]
        self.errors_model = _cells(error_columns, check.errors, self)
        self.errors_view = self._table(self.errors_model)
        self.errors_view.setObjectName("importErrors")
        # A reason can be long (it lists the categories there are): it wraps, never runs
        # off to the right of the list.
        self._wrap(self.errors_view, stretch=1)
        remember_columns(self.errors_view, "import_errors")
        self.errors_title = QLabel()
        # On one line the Dutch sentence asked 964 px: wider than a laptop screen at 150 %.
        self.errors_title.setWordWrap(True)
        tone_style(self.errors_title, lambda: f"color: {tone_css(Tone.BAD)}; font-weight: bold;")

        self.skip_duplicates = QCheckBox(
            self.tr("Leave out the %n line(s) already logged", "", len(check.existing_duplicates))
        )
        self.skip_duplicates.setChecked(True)
        self.skip_duplicates.setVisible(bool(check.existing_duplicates))
        self.general = FieldError()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.file_problems)
        layout.addWidget(self.categories)
        layout.addWidget(QLabel(self.tr("Lines to import")))
        layout.addWidget(self.rows_view, 3)
        layout.addWidget(self.shown_note)
        layout.addWidget(self.errors_title)
        layout.addWidget(self.errors_view, 2)
        layout.addWidget(self.skip_duplicates)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.errors_view.setVisible(bool(check.errors))
        self.skip_duplicates.toggled.connect(self._update)
        self._update()

    @staticmethod
    def _table(model: QStandardItemModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        # Columns fit the rows in sight, not all 200 (and 1,000 errors): measuring every
        # row asked for 21,000 cells and held the window for 0.1 s as the preview opened.
        view.horizontalHeader().setResizeContentsPrecision(_FIT_ROWS)
        setup_row_view(view, multi=True)
        return view

    def _wrap(self, view: QTableView, *, stretch: int) -> None:
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        view.setWordWrap(True)
        # Each line as high as its wrapped text, measured when the columns get their widths
        # and again when those change, once per turn of the event loop. Sized to contents
        # by the header, every line was measured again at each of the dialog's layout
        # passes: 80-120 ms of the window as the preview of 50 long lines first showed.
        fit = QTimer(view)
        fit.setSingleShot(True)
        fit.setInterval(0)
        fit.timeout.connect(view.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: fit.start())
        self._fits.append(fit)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        for fit in self._fits:
            fit.start()

    def _summary(self) -> str:
        preview = self.check.preview
        mapping = ", ".join(
            self.tr("“{header}” → {column}").format(header=header, column=_COLUMN_NAMES[key]())
            for key, header in preview.header_mapping.items()
        )
        separator = _SEPARATOR_NAMES.get(preview.separator, lambda: preview.separator)()
        # Python's name for UTF-8 with a byte order mark means nothing to a user.
        encoding = preview.encoding.upper().replace("-SIG", " (BOM)")
        text = self.tr("Read as {encoding}, columns separated by a {separator}.").format(
            encoding=encoding, separator=separator
        )
        if mapping:
            text += " " + self.tr("Columns: {mapping}.").format(mapping=mapping)
        if preview.ignored_columns:
            text += " " + self.tr("Not used: {columns}.").format(
                columns=", ".join(self.tr("“{header}”").format(header=c) for c in preview.ignored_columns)
            )
        return text

    def _categories(self, names: dict[int | None, str]) -> str:
        """How each category in the file was understood: the user sees a near-miss read right."""
        understood = ", ".join(
            self.tr("“{written}” → {category}").format(written=written, category=names.get(ident, written))
            for written, ident in self.check.categories
        )
        return self.tr("Categories: {understood}.").format(understood=understood)

    def _count(self) -> int:
        return self.check.import_count(skip_existing_duplicates=self.skip_duplicates.isChecked())

    def _update(self, *_args) -> None:
        count = self._count()
        errors = self.check.error_count
        text = (
            self.tr(
                "%n line(s) cannot be imported. Correct the file and import it again; "
                "nothing is imported until every line is right.",
                "",
                errors,
            )
            if errors
            else ""
        )
        if errors > len(self.check.errors):
            text += " " + self.tr("The first %n are listed.", "", len(self.check.errors))
        self.errors_title.setText(text)
        self.errors_title.setVisible(bool(errors))
        self.import_button.setText(self.tr("Import %n entry(ies)", "", count))
        self.import_button.setEnabled(self.check.can_import and count > 0)

    def accept(self) -> None:
        """Import on a worker thread (one transaction: all lines or none), progress shown.

        Cancelling rolls the transaction back: nothing is imported and the
        dialog stays open to try again."""
        if not self.import_button.isEnabled():
            return
        check, service = self.check, self.service
        skip, count = self.skip_duplicates.isChecked(), self._count()

        def work(progress: Progress) -> int | None:
            try:
                return service.import_checked(
                    check,
                    skip_existing_duplicates=skip,
                    progress=lambda _lines, done, total: progress.step(done, total),
                )
            except Cancelled:
                return None

        def imported(count: int | None) -> None:
            if count is None:
                self.import_button.setEnabled(True)
                self.general.show_message(self.tr("Cancelled: nothing was imported."))
                return
            self.imported = count
            super(ImportDialog, self).accept()

        def failed(error: BaseException) -> None:
            self.import_button.setEnabled(True)
            if isinstance(error, ValidationFailed):
                show_refusal(self, error, show_in=self.general)
            else:
                show_failure(self, error)

        self.import_button.setEnabled(False)  # one import at a time
        self.general.show_message("")
        run_in_background(
            self,
            work,
            label=self.tr("Importing %n entry(ies)…", "", count),
            on_done=imported,
            on_failed=failed,
            cancellable=True,
        )
