"""The quarterly statement: choose quarter and aios, look at it, print or save, mark as signed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.entities import stored_id
from ...domain.problems import ParseError, ValidationFailed
from ...domain.quarters import Quarter
from ...domain.statement import QuarterStatement
from ...storage.changes import READ_BY_STATEMENT
from ...storage.mapping import UnreadableRow
from ...storage.services.aios import AiosService
from ...storage.services.statements import StatementService
from ...storage.store import Change
from ...words.formatting import format_date
from ...words.problems import problem_text
from ..context import AppContext
from ..widgets.background import Progress, run_in_background
from ..widgets.background import show_failure as show_any_failure
from ..widgets.bar import TwoRowBar
from ..widgets.date_field import DateField
from ..widgets.form_errors import FieldError
from ..widgets.pdf_preview import PdfPreview
from ..widgets.remember import remember_size
from ..widgets.save_file import ask_save_path, show_saved
from ..widgets.user_action import FAILED, run_action, show_failure

_QUARTERS_SHOWN = 12  # three years back: the length of the training
_PRINT_DPI = 300  # rendering pages finer only makes the print job heavier


def quarter_text(quarter: Quarter) -> str:
    """ "K1 2026" / "Q1 2026": the one way a quarter is written in each language."""
    from ...words.statements import quarter_name

    return quarter_name(quarter)


class StatementDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        quarter: Quarter | None = None,
        aios_id: int | None = None,
    ):
        super().__init__(parent)
        self.context = context
        self.service = context.service(StatementService)
        self.statements: list[QuarterStatement] = []
        self.pdf = b""
        self._refreshing = 0  # which refresh the preview shows, so a slower earlier one cannot win
        self._stale = False  # a change came while hidden
        self.setObjectName("statementDialog")
        self.setWindowTitle(self.tr("Quarterly statement"))
        self.resize(900, 760)
        remember_size(self, "statement")

        current = Quarter.of(date.today())
        chosen = quarter or current.previous()
        self.quarter = QComboBox()
        shown = [current]
        for _ in range(_QUARTERS_SHOWN - 1):
            shown.append(shown[-1].previous())
        if chosen not in shown:
            shown.append(chosen)
        for item in sorted(shown, reverse=True):
            self.quarter.addItem(quarter_text(item), str(item))
        self.quarter.setCurrentIndex(self.quarter.findData(str(chosen)))
        self.aios = QComboBox()
        self.aios.setMinimumContentsLength(24)
        self.status = QLabel()
        self.status.setObjectName("statementStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.view = PdfPreview(self)
        self.document = self.view.pdf_document

        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.contacts_button = QPushButton(self.tr("Meeting &contacts report…"))
        self.contacts_button.setToolTip(
            self.tr("The quarterly written report on the meeting contacts and their outcomes, as its own PDF")
        )
        self.digital_button = QPushButton(self.tr("Si&gn digitally…"))
        self.digital_button.setToolTip(self.tr("Sign your own field of the PDF with your certificate"))
        self.sign_button = QPushButton(self.tr("&Mark as signed…"))
        self.unlock_button = QPushButton(self.tr("&Unlock…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.print_button.clicked.connect(self.print_statement)
        self.save_button.clicked.connect(self.save_pdf)
        self.contacts_button.clicked.connect(self.save_contacts_report)
        self.digital_button.clicked.connect(self.sign_digitally)
        self.sign_button.clicked.connect(self.mark_signed)
        self.unlock_button.clicked.connect(self.unlock)
        self.close_button.clicked.connect(self.reject)

        choose = QFormLayout()
        choose.addRow(self.tr("&Quarter"), self.quarter)
        choose.addRow(self.tr("Tr&ainee"), self.aios)
        top = QHBoxLayout()
        top.addLayout(choose)
        top.addWidget(self.status, 1)
        # Seven buttons on one row need some 1000 px in Dutch: wider than a 1280 px laptop
        # at 150 % (853 px), where the dialog ran off the screen and "Sluiten" was cut.
        buttons = TwoRowBar(
            [self.print_button, self.save_button, self.contacts_button, self.digital_button],
            [self.sign_button, self.unlock_button, self.close_button],
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        # The preview was made inside the dialog, the rest joined it later: read after the choices.
        QWidget.setTabOrder(self.aios, self.view)

        self._fill_aios(aios_id)
        self.quarter.currentIndexChanged.connect(lambda _i: self._fill_aios(self.aios.currentData()))
        self.aios.currentIndexChanged.connect(lambda _i: self.refresh())
        context.signals.changed.connect(self._on_change)

    # ----------------------------------------------------------------- state
    def selected_quarter(self) -> Quarter:
        return Quarter.parse(self.quarter.currentData())

    def selected_aios(self) -> int | None:
        """The chosen aios's id; None for all aios."""
        return self.aios.currentData()

    def _fill_aios(self, keep: int | None) -> None:
        self.aios.blockSignals(True)
        self.aios.clear()
        self.aios.addItem(self.tr("All trainees"), None)
        people = self.service.aios_for(self.selected_quarter())
        if keep is not None and all(a.id != keep for a in people):
            try:  # asked for explicitly, though not in training that quarter
                people = sorted([*people, self.context.service(AiosService).get(keep)], key=lambda a: a.name)
            except KeyError:
                keep = None
        for person in people:
            self.aios.addItem(person.name, person.id)
        index = self.aios.findData(keep) if keep is not None else -1
        if index < 0 and len(people) == 1:
            index = 1
        self.aios.setCurrentIndex(max(index, 0))
        self.aios.blockSignals(False)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if not change.touches(READ_BY_STATEMENT):
            return
        if not self.isVisible():
            # Hidden: made again when shown, not at each change (an import of 200,000
            # lines set forty statements off again behind the window).
            self._stale = True
            return
        # A signed paper must keep matching the data; an aios may have come or gone.
        self._fill_aios(self.selected_aios())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._fill_aios(self.selected_aios())

    def refresh(self) -> None:
        """Gather and render again: the preview shows what the paper will say.

        All aios of a quarter (forty statements in a large practice take seconds)
        are made on a worker thread, with a progress dialog that may be cancelled:
        making a statement writes nothing, so cancelling loses nothing. One aios's
        statement is made at once.
        """
        from ...reports.statement import statement_pdf
        from ...words.statements import statement_words

        quarter, aios_id, words, service = (
            self.selected_quarter(),
            self.selected_aios(),
            statement_words(),
            self.service,
        )
        self._refreshing += 1

        def make(progress: Progress | None = None) -> tuple[list[QuarterStatement], bytes]:
            if progress is not None:
                progress.step(0)
            statements = service.gather(quarter, aios_id)
            if not statements:
                return statements, b""
            steps = len(statements) + 2  # gathering, each statement laid out, finishing the file
            laid_out = None
            if progress is not None:
                progress.step(1, steps)
                laid_out = lambda done: progress.step(2 + done, steps)  # noqa: E731
            return statements, statement_pdf(statements, words, progress=laid_out)

        def show(made: tuple[list[QuarterStatement], bytes], generation: int = self._refreshing) -> None:
            if generation != self._refreshing:
                return  # another quarter or aios was chosen meanwhile
            self.statements, self.pdf = made
            self.view.show_pdf(self.pdf)
            self._show_status()

        def failed(error: BaseException) -> None:
            if isinstance(error, UnreadableRow):  # the profile holds a value this version does not know
                self.statements, self.pdf = [], b""
                self.view.show_pdf(b"")
                self.status.setText(" ".join(problem_text(p) for p in error.problems))
            elif isinstance(error, ValidationFailed):  # the aios was deleted meanwhile
                self._fill_aios(None)
            else:
                show_any_failure(self, error)

        def cancelled(generation: int = self._refreshing) -> None:
            if generation != self._refreshing:
                return
            self.statements, self.pdf = [], b""
            self.view.show_pdf(b"")
            self._show_status()
            self.status.setText(
                self.tr("Cancelled: no statements were made. Choose a trainee, or the quarter again.")
            )

        if aios_id is not None:
            try:
                show(make())
            except ValidationFailed as error:
                failed(error)
            return
        for button in (
            self.print_button,
            self.save_button,
            self.contacts_button,
            self.digital_button,
            self.sign_button,
            self.unlock_button,
        ):
            button.setEnabled(False)
        self.status.setText(self.tr("Making the statements…"))
        run_in_background(
            self,
            make,
            label=self.tr("Making the statements of all trainees for {quarter}…").format(
                quarter=quarter_text(quarter)
            ),
            cancellable=True,
            on_done=show,
            on_failed=failed,
            on_cancelled=cancelled,
        )

    def _show_status(self) -> None:
        one = self.statements[0] if len(self.statements) == 1 and self.selected_aios() else None
        for button in (self.print_button, self.save_button, self.contacts_button):
            button.setEnabled(bool(self.statements))
        self.digital_button.setEnabled(one is not None)
        self.sign_button.setEnabled(one is not None and not one.is_signed)
        self.unlock_button.setEnabled(one is not None and one.is_signed)
        if not self.statements:
            self.status.setText(self.tr("No trainee was in training in this quarter."))
        elif one is None:
            signed = sum(1 for s in self.statements if s.is_signed)
            self.status.setText(
                self.tr("%n statement(s); choose one trainee to mark it as signed.", "", len(self.statements))
                + " "
                + self.tr("Signed: %n.", "", signed)
            )
        else:
            self.status.setText(statement_status_text(one))

    # ----------------------------------------------------------------- output
    def default_file_name(self, name: str = "") -> str:
        from ...words.file_names import file_name
        from ...words.statements import statement_name

        who = self.statements[0].aios.name if self.selected_aios() else self.tr("all trainees")
        return file_name(name or statement_name(), quarter_text(self.selected_quarter()), who, suffix=".pdf")

    def save_pdf(self) -> None:
        self._save(self.pdf, self.default_file_name())

    def contacts_pdf(self) -> bytes:
        from ...reports.statement import meeting_contacts_pdf
        from ...words.statements import statement_words

        return meeting_contacts_pdf(self.statements, statement_words())

    def save_contacts_report(self) -> None:
        from ...words.statements import contacts_report_name

        self._save(self.contacts_pdf(), self.default_file_name(contacts_report_name()))

    def sign_digitally(self) -> None:
        from .digital_sign import statement_sign_dialog

        statement_sign_dialog(self.service, self.statements[0], self.pdf, self).exec()

    def _save(self, pdf: bytes, suggested: str) -> None:
        chosen = ask_save_path(self, self.tr("Save as PDF"), suggested, "PDF (*.pdf)", suffix=".pdf")
        if chosen is None:
            return
        path = str(chosen)
        from ...storage.file_ops import write_private

        try:
            write_private(Path(path), pdf)  # user-only; a PDF open in a viewer is retried
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The file could not be saved: {reason}").format(reason=exc.strerror or exc),
            )
            return
        self.saved_notice = show_saved(self, chosen)

    def print_statement(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.default_file_name().removesuffix(".pdf"))
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.document.pageCount()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        print_pdf_pages(self.document, printer)

    # ----------------------------------------------------------------- signing
    def mark_signed(self) -> None:
        one = self.statements[0]
        dialog = SignDialog(self.service, one, self)
        dialog.exec()

    def unlock(self) -> None:
        one = self.statements[0]
        dialog = UnlockDialog(self.service, one, self)
        dialog.exec()


def statement_status_text(statement: QuarterStatement) -> str:
    from PySide6.QtCore import QCoreApplication as Q

    if statement.is_signed and statement.matches_signed:
        return Q.translate(
            "StatementDialog",
            "Marked as signed on {date}; the hours are locked. The data still matches the signed "
            "paper (code {code}).",
        ).format(date=format_date(statement.signed_on), code=statement.verification_code)
    if statement.is_signed:
        return Q.translate(
            "StatementDialog",
            "Marked as signed on {date} with code {signed}, but the data has changed since: "
            "it now gives {code}.",
        ).format(
            date=format_date(statement.signed_on),
            signed=statement.signed_code,
            code=statement.verification_code,
        )
    if statement.signed_on is not None:
        return Q.translate(
            "StatementDialog", "Signed on {date}, then unlocked. Print it again and have it signed anew."
        ).format(date=format_date(statement.signed_on))
    return Q.translate(
        "StatementDialog",
        "Not signed yet. Print it, have it signed, then mark it as signed to lock the quarter.",
    )


def print_pdf_pages(document: QPdfDocument, printer) -> None:
    """Each page rendered into the printer's page area, within the chosen page range."""
    first = max(printer.fromPage(), 1) - 1
    last = (printer.toPage() or document.pageCount()) - 1
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        dpi = min(printer.resolution(), _PRINT_DPI)
        for page in range(first, min(last, document.pageCount() - 1) + 1):
            if page > first:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(
                page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            scale = min(area.width() / points.width(), area.height() / points.height())
            target = QRectF(0, 0, points.width() * scale, points.height() * scale)
            painter.drawImage(target, image)
    finally:
        painter.end()


class SignDialog(QDialog):
    """Asks the day the paper was signed; marking it locks the quarter."""

    def __init__(self, service: StatementService, statement: QuarterStatement, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.statement = statement
        self.setObjectName("signDialog")
        self.setWindowTitle(self.tr("Mark as signed"))
        explanation = QLabel(
            self.tr(
                "Mark the statement of {aios} for {quarter} as signed. Its hours are then locked: "
                "they cannot be changed until the quarter is unlocked. The code on the paper should "
                "read {code}."
            ).format(
                aios=statement.aios.name,
                quarter=quarter_text(statement.quarter),
                code=statement.verification_code,
            )
        )
        explanation.setWordWrap(True)
        self.signed_on = DateField()
        self.signed_on.set_date(date.today())
        self.error = FieldError()
        form = QFormLayout()
        form.addRow(self.tr("&Signed on"), self.signed_on)
        form.addRow("", self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(self.tr("Mark as signed"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def accept(self) -> None:
        try:
            day = self.signed_on.required_date(field="signed_on")
            self.service.mark_signed(self.statement.quarter, stored_id(self.statement.aios.id), day)
        except ParseError as exc:
            self.error.show_message(problem_text(exc.problem))
            return
        except ValidationFailed as failure:
            show_failure(self, failure, show_in=self.error)
            return
        super().accept()


class UnlockDialog(QDialog):
    """Unlocking needs a reason; it is kept in the audit log."""

    def __init__(self, service: StatementService, statement: QuarterStatement, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.statement = statement
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Unlock quarter"))
        explanation = QLabel(
            self.tr(
                "The statement of {aios} for {quarter} was marked as signed on {date}. After unlocking, "
                "its hours can be changed again and the signed paper may no longer match. Why is it "
                "unlocked?"
            ).format(
                aios=statement.aios.name,
                quarter=quarter_text(statement.quarter),
                date=format_date(statement.signed_on),
            )
        )
        explanation.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self.error = FieldError()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        reason_label = QLabel(self.tr("&Reason"))
        reason_label.setBuddy(self.reason)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def accept(self) -> None:
        quarter, aios_id = self.statement.quarter, stored_id(self.statement.aios.id)
        unlocked = run_action(
            self, lambda: self.service.unlock(quarter, aios_id, self.reason.toPlainText()), show_in=self.error
        )
        if unlocked is FAILED:
            self.reason.setFocus()
            return
        super().accept()
