"""Verklaring controleren: a code typed from paper, or a PDF file, against the data file.

The answer is a verdict in one sentence, then what the signed paper says
beside what the data says now (period, aios, totals per category, signers,
signed date), so the person holding the paper can compare line by line.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...storage.services.meetings import MeetingService
from ...storage.services.statements import StatementService
from ...words.verdict import FileVerdict, Outcome, Verdict, check_code, check_pdf, column_titles
from ..context import AppContext
from ..safety.file_dialogs import open_file_name
from ..widgets.form_errors import FieldError
from ..widgets.remember import remember_size
from ..widgets.tab_order import buttons_tab_as_shown
from ..widgets.tones import Tone, follow_palette, palette_text, tone_css

_TONES = {
    Outcome.MATCHES: Tone.GOOD,
    Outcome.CHANGED: Tone.BAD,
    Outcome.CONCEPT: Tone.WARN,
    Outcome.UNKNOWN: Tone.BAD,
}


class VerifyDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = context.service(StatementService)
        self.meetings = context.service(MeetingService)
        self.setObjectName("verifyDialog")
        self.setWindowTitle(self.tr("Check a statement"))
        intro = QLabel(
            self.tr(
                "Type the verification code printed at the foot of a quarterly statement, or choose "
                "the PDF file you received. Case, spaces and dashes do not matter."
            )
        )
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setPlaceholderText("K7Q2-M9XD-4PAB-7RTC-1WE5-HN3F")
        self.code.returnPressed.connect(self.check)
        self.error = FieldError()
        self.outcome = QLabel()
        self.outcome.setObjectName("verifyResult")
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.RichText)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.plain_result = ""  # the same answer as plain text (copy, tests)
        form = QFormLayout()
        form.addRow(self.tr("&Code"), self.code)
        form.addRow("", self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.check_button = buttons.addButton(self.tr("C&heck"), QDialogButtonBox.ButtonRole.ActionRole)
        self.file_button = buttons.addButton(
            self.tr("Check a &PDF file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        for button in buttons.buttons():
            # Enter belongs to the code field (it checks); no button may take it to close.
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        self.check_button.clicked.connect(self.check)
        self.file_button.clicked.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addWidget(buttons)
        buttons_tab_as_shown(buttons)
        self.setMinimumWidth(620)
        remember_size(self, "verify")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.check()
            return
        super().keyPressEvent(event)

    def check(self) -> None:
        self.error.show_message("")
        verdict = check_code(self.service, self.code.text(), self.meetings)
        if verdict.outcome is Outcome.INVALID:
            follow_palette(self.outcome, self.outcome.clear, "text")
            self.plain_result = ""
            self._show_error(verdict.headline)
            self.code.setFocus()
            return
        self._show(verdict.as_text(), lambda: _html(verdict))

    def choose_file(self) -> None:
        from ..widgets.save_file import document_folder

        # The PDF to check is usually one this program saved: start in that folder.
        path, _ = open_file_name(
            self, self.tr("Check a PDF file"), str(document_folder()), self.tr("PDF (*.pdf)")
        )
        if path:
            self.check_file(Path(path))

    def check_file(self, path: Path) -> FileVerdict | None:
        self.error.show_message("")
        try:
            data = path.read_bytes()
        except OSError as exc:
            self._show_error(
                self.tr("The file could not be read: {reason}").format(reason=exc.strerror or exc)
            )
            return None
        verdict = check_pdf(self.service, data, self.meetings)
        self._show(verdict.as_text(), lambda: _file_html(verdict))
        return verdict

    def _show_error(self, text: str) -> None:
        self.error.show_message(text)
        # Two lines in the room of one, cut at top and bottom ("Een verificatiecode heeft 24
        # letters …"): the dialog grows to the message as it does to an answer.
        self.adjustSize()

    def _show(self, plain: str, html: Callable[[], str]) -> None:
        self.plain_result = plain
        # Made again in the new colours when the palette changes (dark mode switched on).
        follow_palette(self.outcome, lambda: self.outcome.setText(html()), "text")
        self.adjustSize()  # the answer is several lines; show all of it

    def describe(self, verdict: Verdict) -> str:
        return verdict.as_text()


def _file_html(verdict: FileVerdict) -> str:
    colour = tone_css(Tone.GOOD if verdict.trustworthy else Tone.BAD)
    html = f"<p style='color:{colour}'><b>{escape(verdict.headline)}</b></p>"
    html += "".join(f"<p>{escape(s)}</p>" for s in verdict.signatures)
    return html + "".join(_html(v) for v in verdict.codes)


def _html(verdict: Verdict) -> str:
    kind = _TONES.get(verdict.outcome)
    colour = tone_css(kind) if kind is not None else palette_text()
    html = f"<p style='color:{colour}'><b>{escape(verdict.headline)}</b></p>"
    html += "".join(f"<p>{escape(note)}</p>" for note in verdict.notes)
    if verdict.comparison:
        paper_title, now_title = column_titles()
        changed = f" style='color:{tone_css(Tone.BAD)}'"  # a line where paper and data differ
        rows = "".join(
            f"<tr><td>{escape(what)}</td><td>{escape(paper)}</td>"
            f"<td{changed if paper != now else ''}>{escape(now)}</td></tr>"
            for what, paper, now in verdict.comparison
        )
        html += (
            "<table cellspacing='0' cellpadding='3' border='1'>"
            f"<tr><th></th><th>{escape(paper_title)}</th><th>{escape(now_title)}</th></tr>{rows}</table>"
        )
    return html
