"""The portfolio review of the card "Beoordeling aios-portfolio", question by
question, before a progress meeting. Each finding is saved as it is given."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.portfolio import ReviewAnswer, ReviewEntry
from ...storage.services.portfolio import PortfolioService
from ...words.formatting import current_language, format_date
from .. import due_texts
from ..context import Host
from ..widgets.tones import Tone, tone_css, tone_style
from . import texts


class _Question:
    """The widgets of one question: the finding and a note, saved on change."""

    def __init__(self, page: ReviewPage, entry: ReviewEntry, row: int, grid: QGridLayout):
        self.page = page
        self.key = entry.question.key
        language = current_language()
        question = QLabel(f"<b>{row + 1}. {entry.question.question.get(language)}</b>")
        question.setWordWrap(True)
        grid.addWidget(question, 3 * row, 0, 1, 2)
        if entry.question.description is not None:
            hint = QLabel(entry.question.description.get(language))
            hint.setWordWrap(True)
            tone_style(hint, lambda: f"color: {tone_css(Tone.MUTED)};")
            grid.addWidget(hint, 3 * row + 1, 0, 1, 2)
        self.answer = QComboBox()
        self.answer.setObjectName(f"review_{self.key}")
        for answer in ReviewAnswer:
            self.answer.addItem(texts.review_answer(answer), answer)
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            Q.translate("ReviewPage", "What you found; what to raise in the meeting")
        )
        # The question is a label above, not a buddy: a screen reader gets it from the names.
        self.answer.setAccessibleName(
            Q.translate("ReviewPage", "Finding on question {n}: {question}").format(
                n=row + 1, question=entry.question.question.get(language)
            )
        )
        self.note.setAccessibleName(Q.translate("ReviewPage", "Note on question {n}").format(n=row + 1))
        grid.addWidget(self.answer, 3 * row + 2, 0)
        grid.addWidget(self.note, 3 * row + 2, 1)
        self.load(entry)
        self.answer.activated.connect(lambda _n: self.save())
        self.note.editingFinished.connect(self.save)

    def load(self, entry: ReviewEntry) -> None:
        self.entry = entry
        self.answer.setCurrentIndex(self.answer.findData(entry.answer))
        if not self.note.hasFocus():
            self.note.setText(entry.note)
        answer = entry.answer
        tone_style(self.answer, lambda: _answer_style(answer))

    def save(self) -> None:
        answer = self.answer.currentData()
        note = self.note.text().strip()
        if (answer, note) != (self.entry.answer, self.entry.note):
            self.page.save(self.key, answer, note)


class ReviewPage(QWidget):
    def __init__(self, service: PortfolioService, host: Host, parent: QWidget | None = None):
        super().__init__(parent)
        self.host = host
        self.service = service
        self.aios_id: int | None = None
        self.intro = QLabel(
            self.tr(
                "Before each progress meeting, go through the portfolio with these questions "
                "(card “Beoordeling aios-portfolio”). Points of attention go on the meeting's agenda."
            )
        )
        self.intro.setWordWrap(True)
        self.summary = QLabel()
        self.new_button = QPushButton(self.tr("Start a &new review"))
        self.new_button.setToolTip(self.tr("Clears the findings of the previous review."))
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.new_button)

        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(4)
        self.questions = [
            _Question(self, entry, row, grid) for row, entry in enumerate(service.review_questions())
        ]
        grid.setRowStretch(3 * len(self.questions), 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(scroll)
        self.new_button.clicked.connect(self.start_new)
        self.setEnabled(False)

    def set_aios(self, aios_id: int | None) -> None:
        self.aios_id = aios_id
        self.reload()

    def reload(self) -> None:
        self.setEnabled(self.aios_id is not None)
        if self.aios_id is None:
            return
        entries = {e.question.key: e for e in self.service.review(self.aios_id)}
        for question in self.questions:
            question.load(entries[question.key])
        done = [e for e in entries.values() if e.answer is not ReviewAnswer.OPEN]
        attention = sum(1 for e in done if e.answer is ReviewAnswer.ATTENTION)
        text = self.tr("{done} of {total} questions answered").format(done=len(done), total=len(entries))
        if attention:
            text += " · " + self.tr("%n point(s) of attention", "", attention)
        last = max((e.answered_on for e in done if e.answered_on), default=None)
        if last:
            text += " · " + self.tr("last on {day}").format(day=format_date(last))
        self.summary.setText(text)

    def save(self, key: str, answer: ReviewAnswer, note: str) -> None:
        if self.aios_id is not None:
            self.service.answer_review(self.aios_id, key, answer, note, date.today())

    def start_new(self) -> None:
        if self.aios_id is not None:
            self.service.start_review(self.aios_id)
            self.host.show_status(self.tr("Previous findings cleared. Undo with Ctrl+Z."), 6000)


def _answer_style(answer: ReviewAnswer | None) -> str:
    colour = (
        {
            ReviewAnswer.ATTENTION: due_texts.DUE_SOON_COLOUR,
            ReviewAnswer.IN_ORDER: due_texts.OK_COLOUR,
        }.get(answer)
        if answer is not None
        else None
    )
    return f"color: {colour.name()};" if colour else ""
