"""Check a verification code typed from a paper statement against the data file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.problems import ParseError
from ...storage.services.statements import CodeCheck, StatementService
from ..context import AppContext
from ..formatting import format_date
from ..problem_texts import problem_text
from ..widgets.form_errors import FieldError
from .dialog import quarter_text


class VerifyDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = context.service(StatementService)
        self.setObjectName("verifyDialog")
        self.setWindowTitle(self.tr("Check a statement"))
        intro = QLabel(
            self.tr(
                "Type the verification code printed at the foot of a quarterly statement. "
                "Case, spaces and dashes do not matter."
            )
        )
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setPlaceholderText("K7Q2-M9XD-4P")
        self.error = FieldError()
        self.outcome = QLabel()
        self.outcome.setObjectName("verifyResult")
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("&Code"), self.code)
        form.addRow("", self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.check_button = buttons.addButton(self.tr("C&heck"), QDialogButtonBox.ButtonRole.ActionRole)
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def check(self) -> None:
        self.error.show_message("")
        try:
            found = self.service.verify(self.code.text())
        except ParseError as exc:
            self.outcome.clear()
            self.error.show_message(problem_text(exc.problem))
            self.code.setFocus()
            return
        self.outcome.setText(self.describe(found))
        self.adjustSize()  # the answer is several lines; show all of it

    def describe(self, found: CodeCheck | None) -> str:
        if found is None:
            return self.tr(
                "No statement in this data file has this code. Check the letters and digits, "
                "or open the data file the statement was printed from."
            )
        statement = found.statement
        which = self.tr("This is the statement of {aios} for {quarter} ({start} to {end}).").format(
            aios=statement.aios.name,
            quarter=quarter_text(statement.quarter),
            start=format_date(statement.quarter.start),
            end=format_date(statement.quarter.end),
        )
        signed = format_date(statement.signed_on)
        if found.signed_code_matches and found.data_matches:
            verdict = self.tr("It was marked as signed on {date}, and the data still matches it.")
        elif found.signed_code_matches:
            verdict = self.tr(
                "It was marked as signed on {date}, but the data has changed since: "
                "this paper no longer matches the data file."
            )
        else:
            verdict = self.tr(
                "The code matches the data as it is now, but the version marked as signed on "
                "{date} had a different code."
            )
        if not statement.is_signed:
            verdict += " " + self.tr("The quarter has been unlocked since.")
        return f"{which}\n{verdict.format(date=signed)}"
