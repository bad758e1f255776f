"""One meeting in its own window: agenda, guided form, agreements, IOP and report.

What is typed is saved by the ``Autosaver`` (after a pause, on every step
change and when the window closes), so closing the window never asks
"save changes?" and loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.agenda import in_language
from ...domain.competency_profiles import areas_of
from ...domain.durations import format_minutes
from ...domain.enums import MeetingStatus
from ...domain.problems import ParseError, ValidationFailed
from ...domain.templates import FieldKind, Signer
from ...storage.changes import Area
from ...storage.services.aios import AiosService
from ...storage.services.meetings import MeetingService
from ...storage.store import Change
from ...words import labels
from ...words.formatting import format_date
from ...words.problems import problem_text
from ..context import AppContext
from ..safety.file_dialogs import save_file_name
from ..widgets.background import run_in_background
from ..widgets.background import show_failure as show_in_background_failure
from ..widgets.date_field import DateField
from ..widgets.form_errors import FieldError
from ..widgets.pdf_preview import PdfPreview
from ..widgets.remember import remember_geometry
from ..widgets.save_file import ask_save_path, show_saved
from ..widgets.tones import Tone, tone_css, tone_style
from ..widgets.unsaved import confirm_discard
from ..widgets.user_action import FAILED, run_action, show_failure
from ..widgets.wheel_guard import scroll_past_choices
from .agenda import AgendaPage
from .agreements import AgreementsEditor, EarlierAgreements
from .autosave import Autosaver
from .document import meeting_document, report_words
from .guided_form import GuidedForm, in_sentence
from .iop import CoverageView, GoalsEditor

# What goes into a report's code besides the meeting itself.
_REPORT_AREAS = frozenset({Area.AGREEMENTS, Area.GOALS, Area.PROFILE, Area.AIOS})


class HoldDialog(QDialog):
    """Held on which day, how long, and log it as hours in one go."""

    def __init__(self, planned: date | None, minutes: int, category: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("holdDialog")
        self.setWindowTitle(self.tr("Meeting held"))
        self.day = DateField()
        self.day.set_date(min(planned or date.today(), date.today()))
        self.duration = QSpinBox()
        self.duration.setRange(1, 24 * 60)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(max(minutes, 1))
        self.log_hours = QCheckBox()
        self.log_hours.setChecked(True)
        self.error = FieldError()

        def explain() -> None:
            self.log_hours.setText(
                self.tr("Log {duration} as hours under “{category}”").format(
                    duration=format_minutes(self.duration.value()), category=category
                )
            )

        self.duration.valueChanged.connect(explain)
        explain()
        form = QFormLayout()
        form.addRow(self.tr("Held &on"), self.day)
        form.addRow(self.tr("&Duration"), self.duration)
        form.addRow("", self.log_hours)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)


class MeetingWindow(QWidget):
    def __init__(self, context: AppContext, meeting_id: int, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("meetingWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.lang = context.language
        self.meeting_id = meeting_id
        self.service = context.service(MeetingService)
        self.autosaver = Autosaver(self._save, self)
        self.resize(1050, 720)
        # Within the screen (``fit_screen``): at 150 % on a 1280×800 laptop the default size
        # (1575×1080 pixels) ran past its edges, the Meeting held and step buttons out of sight.
        remember_geometry(self, "meeting_window")

        self.heading = QLabel()
        self.heading.setObjectName("meetingHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.facts = QLabel()
        self.save_state = QLabel()
        self.save_state.setObjectName("saveState")
        tone_style(self.save_state, lambda: f"color: {tone_css(Tone.MUTED)};")
        # A refused autosave says why here: wrapped, so a long reason never widens the window.
        self.save_state.setWordWrap(True)
        self.hold_button = QPushButton(self.tr("Meeting &held…"))
        self.hold_button.setObjectName("holdButton")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("meetingTabs")

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.facts)
        header.addLayout(titles, 1)
        header.addWidget(self.save_state)
        header.addWidget(self.hold_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

        self.hold_button.clicked.connect(self.hold_dialog)
        # A meeting window is a document window: Ctrl+W (and Esc, see keyPressEvent) close it;
        # what was typed is autosaved.
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        # What the report tab shows must be what a PDF made now prints: save the typing first.
        self.tabs.currentChanged.connect(self._tab_changed)
        self._closed = False
        self._preview_asked = 0  # which report preview the report tab waits for
        self._discard_asked = False
        self._meeting_labels: dict[int, tuple[str, str]] = {}
        context.signals.changed.connect(self._on_change)
        self._build()

    # ------------------------------------------------------------ building
    def _build(self) -> None:
        """(Re)build the pages from the stored meeting; after signing they are read-only."""
        index = self.tabs.currentIndex()
        # Held (or signed) rebuilds every page: what was typed and not added comes along.
        drafts = self._drafts() if self.tabs.count() else {}
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if page is not None:
                page.deleteLater()
        self.meeting = self.service.get(self.meeting_id)
        self.template = self.service.template(self.meeting.kind)
        self.aios = self.context.service(AiosService).get(self.meeting.aios_id)
        locked = self.meeting.status is MeetingStatus.SIGNED
        self.read_only = locked

        self.agenda_page = AgendaPage(
            in_language(self.service.current_agenda(self.meeting_id), self.template, self.lang),
            read_only=locked,
        )
        self.form = GuidedForm(
            self.template,
            self.meeting.answers,
            lang=self.lang,
            current=self.meeting.current_step,
            verdict=self.meeting.verdict,
            explanation=self.meeting.verdict_explanation,
            editors=self._editor,
            read_only=locked,
            areas=areas_of(self.aios.competency_profile),
            drafts=None if locked else drafts.get("form"),
        )
        self.tabs.addTab(self.agenda_page, self.tr("&Agenda"))
        self.tabs.addTab(self.form, self.tr("&Guided form"))
        self.agreements_page = self._agreements_page(locked)
        self.tabs.addTab(self.agreements_page, self.tr("Agr&eements"))
        self.tabs.addTab(self._iop_page(locked), self.tr("&IOP"))
        self.report_page = self._report_page()
        self.tabs.addTab(self.report_page, self.tr("&Report"))
        self.tabs.setCurrentIndex(index if index >= 0 else (1 if self.meeting.answers else 0))
        if not locked:
            for name, editor in self._draft_editors().items():
                if name in drafts:
                    editor.restore_draft(drafts[name])

        self.agenda_page.changed.connect(self.autosaver.touch)
        self.agenda_page.printRequested.connect(self.save_agenda_dialog)
        self.form.changed.connect(self.autosaver.touch)
        self.form.stepChanged.connect(self._step_changed)
        self.form.lastStepPassed.connect(lambda: self.tabs.setCurrentWidget(self.report_page))
        self._update_header()

    def _draft_editors(self) -> dict[str, AgendaPage | AgreementsEditor | GoalsEditor]:
        return {"agenda": self.agenda_page, "agreements": self.agreements_editor, "goals": self.goals_editor}

    def _drafts(self) -> dict[str, Any]:
        drafts: dict[str, Any] = {
            name: draft for name, editor in self._draft_editors().items() if (draft := editor.draft())
        }
        if form_drafts := self.form.all_drafts():
            drafts["form"] = form_drafts
        return drafts

    def unsaved_input(self) -> str | None:
        """What is typed in this meeting and not added (autosave keeps the rest), in words."""
        texts = [text for editor in self._draft_editors().values() if (text := editor.unsaved_text())]
        texts += [text for text, _draft in self.form.all_drafts().values()]
        return "; ".join(dict.fromkeys(texts)) or None

    def close_discarding(self) -> None:
        """Close without asking: the caller asked already (the file is closing)."""
        self._discard_asked = True
        self.close()

    def show_agreements(self, agreement_id: int | None = None) -> None:
        """The agreements page, with the agreement selected where it is listed (here or earlier)."""
        self.tabs.setCurrentWidget(self.agreements_page)
        if agreement_id is not None and not self.agreements_editor.select(agreement_id):
            self.earlier_agreements.select(agreement_id)

    def _editor(self, kind: FieldKind, parent: QWidget) -> QWidget:
        if kind is FieldKind.EARLIER_AGREEMENTS:
            earlier = EarlierAgreements(
                self.context, self.meeting.aios_id, self.meeting_id, read_only=self.read_only, parent=parent
            )
            # The table's height, not the panel's: with none to list, a line says so without a gap.
            earlier.view.setMinimumHeight(160)
            return earlier
        if kind is FieldKind.AGREEMENTS:
            return AgreementsEditor(
                self.context, self.meeting.aios_id, self.meeting_id, read_only=self.read_only, parent=parent
            )
        editor = GoalsEditor(
            self.context,
            self.meeting.aios_id,
            self.meeting_id,
            only_meeting=True,
            read_only=self.read_only,
            access_keys=False,
            parent=parent,
        )
        editor.setMinimumHeight(320)
        return editor

    def _meeting_label(self, meeting_id: int | None) -> tuple[str, str]:
        """A meeting's title and date ("", "" for none, or one no longer there)."""
        if meeting_id is None:
            return "", ""
        if meeting_id not in self._meeting_labels:
            try:
                other = self.service.get(meeting_id)
            except ValidationFailed:
                return "", ""
            kind = self.service.templates().get(other.kind)
            title = kind.title.get(self.lang) if kind else other.kind
            self._meeting_labels[meeting_id] = (title, format_date(other.date))
        return self._meeting_labels[meeting_id]

    def _agreements_page(self, locked: bool) -> QWidget:
        page = QWidget()
        own = QGroupBox(self.tr("Agreements made in this meeting"))
        self.agreements_editor = AgreementsEditor(
            self.context, self.meeting.aios_id, self.meeting_id, read_only=locked
        )
        QVBoxLayout(own).addWidget(self.agreements_editor)
        earlier = QGroupBox(self.tr("Open agreements from earlier meetings"))
        self.earlier_agreements = EarlierAgreements(self.context, self.meeting.aios_id, self.meeting_id)
        QVBoxLayout(earlier).addWidget(self.earlier_agreements)
        layout = QVBoxLayout(page)
        layout.addWidget(own, 3)
        layout.addWidget(earlier, 2)
        return page

    def _iop_page(self, locked: bool) -> QWidget:
        page = QWidget()
        coverage = QGroupBox(self.tr("Competency areas covered by learning goals over the training"))
        self.coverage = CoverageView(self.context, self.meeting.aios_id)
        QVBoxLayout(coverage).addWidget(self.coverage)
        goals = QGroupBox(self.tr("Learning goals of {aios}").format(aios=self.aios.name))
        self.goals_editor = GoalsEditor(
            self.context,
            self.meeting.aios_id,
            self.meeting_id,
            read_only=locked,
            meeting_label=self._meeting_label,
        )
        QVBoxLayout(goals).addWidget(self.goals_editor)
        layout = QVBoxLayout(page)
        layout.addWidget(coverage)
        layout.addWidget(goals, 1)
        # The coverage and the goals together asked 534 px of the window: more than a
        # 1920×1200 screen at 200 % leaves it. On a low window the page scrolls instead.
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields are the Tab stops, not the pane
        scroll.setWidget(page)
        scroll_past_choices(scroll)
        return scroll

    def _report_page(self) -> QWidget:
        page = QWidget()
        self.report_state = QLabel()
        self.report_state.setObjectName("reportState")
        self.report_state.setWordWrap(True)
        self.report_state.setTextFormat(Qt.TextFormat.RichText)
        self.report_error = FieldError()
        self.report_button = QPushButton(self.tr("Report as &PDF…"))
        self.report_button.setObjectName("reportPdf")
        self.sign_button = QPushButton(self.tr("Mark as &signed…"))
        self.sign_button.setObjectName("signButton")
        self.digital_button = QPushButton(self.tr("Sign &digitally…"))
        self.digital_button.setObjectName("digitalSignButton")
        self.digital_button.setToolTip(self.tr("Sign your own field of the report PDF with your certificate"))
        self.copy_eportfolio_button = QPushButton(self.tr("&Copy for the e-portfolio"))
        self.copy_eportfolio_button.setObjectName("copyEportfolio")
        self.copy_eportfolio_button.setToolTip(
            self.tr("The report as plain text, one section per step, to paste into the e-portfolio")
        )
        self.save_eportfolio_button = QPushButton(self.tr("Save as &text…"))
        self.save_eportfolio_button.setObjectName("saveEportfolio")
        self.eportfolio_note = QLabel()
        self.eportfolio_note.setObjectName("eportfolioNote")
        # The PDF and signing on one row, the e-portfolio copy on the next: five buttons
        # side by side made the window wider than a laptop screen at 150 %.
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.digital_button)
        buttons.addStretch()
        eportfolio = QHBoxLayout()
        eportfolio.addWidget(self.copy_eportfolio_button)
        eportfolio.addWidget(self.save_eportfolio_button)
        eportfolio.addStretch()
        layout = QVBoxLayout(page)
        layout.addWidget(self.report_state)
        layout.addLayout(buttons)
        layout.addLayout(eportfolio)
        layout.addWidget(self.eportfolio_note)
        layout.addWidget(self.report_error)
        # The report as its PDF prints it, so the trainer reads it before saving or signing.
        self.report_preview = PdfPreview(page)
        self.report_preview.setObjectName("reportPreview")
        self.report_preview.setAccessibleName(self.tr("Preview of the report"))
        layout.addWidget(self.report_preview, 1)
        self.report_button.clicked.connect(self.save_report_dialog)
        self.sign_button.clicked.connect(self.sign_dialog)
        self.digital_button.clicked.connect(self.sign_digitally)
        self.copy_eportfolio_button.clicked.connect(self.copy_for_eportfolio)
        self.save_eportfolio_button.clicked.connect(self.save_eportfolio_dialog)
        return page

    def _update_header(self) -> None:
        meeting = self.meeting
        self.setWindowTitle(f"{self.template.title.get(self.lang)} — {self.aios.name}")
        self.heading.setText(
            f"<b style='font-size: 15pt'>{self.template.title.get(self.lang)}</b> &nbsp; {self.aios.name}"
        )
        when = format_date(meeting.date)
        if meeting.held_on is None and meeting.planned_at is not None:
            when += " " + meeting.planned_at.strftime("%H:%M")
        parts = [
            when,
            format_minutes(meeting.duration_minutes) if meeting.duration_minutes else "",
            labels.meeting_status(meeting.status),
        ]
        self.facts.setText(" · ".join(p for p in parts if p))
        self.hold_button.setVisible(meeting.status is MeetingStatus.PLANNED)
        self._update_report_state()

    def _update_report_state(self) -> None:
        """The report tab's state and code, as the saved report PDF would print them."""
        meeting = self.meeting
        signer_names = ", ".join(in_sentence(labels.signer(s)) for s in self.template.signers)
        if meeting.status is MeetingStatus.SIGNED:
            state = self.tr(
                "The report was signed on {day}. Verification code <b>{code}</b>. The meeting is locked."
            ).format(day=format_date(meeting.signed_on), code=meeting.verification_code)
        elif signer_names:
            state = self.tr(
                "Not signed yet. The report is signed by: {signers}. "
                "Mark it as signed once it is, which locks the meeting."
            ).format(signers=signer_names)
        else:
            state = self.tr(
                "Nobody signs the report of this kind of meeting. Mark it as signed "
                "when it is final: that locks the meeting."
            )
        if meeting.status is not MeetingStatus.SIGNED:
            state += "<br>" + self.tr("Verification code if signed as it is now: {code}").format(
                code=self.service.current_code(self.meeting_id)
            )
        self.report_state.setText(state)
        if self._report_shown():
            self.refresh_report_preview()
        self.sign_button.setEnabled(meeting.status is MeetingStatus.HELD)
        self.digital_button.setEnabled(
            meeting.status is not MeetingStatus.PLANNED and Signer.OPLEIDER in self.template.signers
        )

    # ------------------------------------------------------------ saving
    def _save(self) -> None:
        try:
            self.service.save_progress(
                self.meeting_id,
                answers=self.form.answers,
                agenda=self.agenda_page.items(),
                current_step=self.form.current,
                verdict=self.form.verdict,
                verdict_explanation=self.form.explanation,
            )
        except ValidationFailed as failure:
            # The autosave's own line, not a field: where the user looks after typing.
            self.save_state.setText(" ".join(map(problem_text, failure.problems)))
            tone_style(self.save_state, lambda: f"color: {tone_css(Tone.BAD)};")
            return
        self.save_state.setText(self.tr("Saved"))
        tone_style(self.save_state, lambda: f"color: {tone_css(Tone.MUTED)};")

    def _tab_changed(self, _index: int) -> None:
        if self._report_shown():
            self.flush()
            self.refresh_report_preview()

    def _report_shown(self) -> bool:
        return (
            getattr(self, "report_page", None) is not None and self.tabs.currentWidget() is self.report_page
        )

    def refresh_report_preview(self) -> None:
        """Show the report PDF as it prints now, laid out on a worker thread.

        The meeting's words are read here, as they are now; reportlab lays them out on
        a worker: a long meeting with 60 agreements took 100–200 ms, and a session's
        first report 0.9 s (reportlab's start), on the GUI thread at every autosave while
        the report tab showed. The preview shows the last one asked for."""
        self._preview_asked += 1
        asked = self._preview_asked
        try:
            lay_out = self._report_maker()
        except ValidationFailed as failure:
            # The meeting was deleted meanwhile (the window closes on that change), or the
            # report reads a row this version cannot (the profile's role): said above the preview.
            self.report_error.show_problems(failure.problems)
            self.report_preview.show_pdf(b"")
            return
        self.report_error.show_message("")

        def show(pdf: bytes) -> None:
            if asked == self._preview_asked and not self._closed:
                self.report_preview.show_pdf(pdf)

        def failed(error: BaseException) -> None:
            if not isinstance(error, ValidationFailed):
                show_in_background_failure(self, error)
            elif asked == self._preview_asked and not self._closed:
                self.report_error.show_problems(error.problems)
                self.report_preview.show_pdf(b"")

        run_in_background(self, lambda _progress: lay_out(), label="", on_done=show, on_failed=failed)

    def _step_changed(self, _index: int) -> None:
        if self.read_only:
            return  # reading a signed meeting's steps changes nothing; saving it would be refused
        self.autosaver.touch()
        self.autosaver.flush()

    def flush(self) -> None:
        if not self.read_only:
            self.autosaver.flush()

    def _on_change(self, change: Change) -> None:
        if change.areas - {Area.AUDIT} == {Area.MEETING_NOTES}:  # every write is audited too
            # Autosaved typing: it is in the form already; only the code it gives changed.
            try:
                self.meeting = self.service.get(self.meeting_id)
            except ValidationFailed:
                return
            self._update_report_state()
            return
        if change.touches(_REPORT_AREAS) and Area.MEETINGS not in change.areas:
            self._update_report_state()  # an agreement or goal of this meeting is in the code
        if Area.MEETINGS in change.areas:
            try:
                fresh = self.service.get(self.meeting_id)
            except ValidationFailed:
                self.close_discarding()  # deleted, e.g. by undoing its planning: nothing to add to
                return
            if fresh.status is not self.meeting.status:
                self.flush()
                self._build()
                return
            self.meeting = fresh
            self._update_header()
        if Area.AGREEMENTS in change.areas and self.meeting.status is MeetingStatus.PLANNED:
            self.flush()
            self.agenda_page.set_items(self.service.current_agenda(self.meeting_id))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Reaches the window only when the focused field did not use the key.
        if event.key() == Qt.Key.Key_Escape or event.matches(QKeySequence.StandardKey.Close):
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        lost = None if self._discard_asked or self.read_only else self.unsaved_input()
        if lost and not confirm_discard(
            self, self.tr("Not added yet: {what}. Close the meeting and lose it?").format(what=lost)
        ):
            event.ignore()
            return
        self.flush()
        if not self._closed:
            self._closed = True
            self.context.signals.changed.disconnect(self._on_change)
        super().closeEvent(event)

    # ------------------------------------------------------------ actions
    def hold(self, held_on: date, minutes: int, *, log_hours: bool) -> None:
        """Raises ValidationFailed; the meeting is held even when logging the hours is refused."""
        self.flush()
        self.service.hold(self.meeting_id, held_on, minutes)
        if log_hours:
            self.service.log_hours(self.meeting_id, self.hours_description())

    def hours_description(self) -> str:
        return f"{self.template.title.get(self.lang)} — {self.aios.name}"

    def hold_dialog(self) -> None:
        category = labels.category(self.template.hour_category.value)
        planned = self.meeting.planned_at.date() if self.meeting.planned_at else None
        dialog = HoldDialog(planned, self.meeting.duration_minutes, category, self)
        while dialog.exec():
            try:
                held_on = dialog.day.required_date(field="day")
                self.hold(held_on, dialog.duration.value(), log_hours=dialog.log_hours.isChecked())
            except ParseError as exc:
                dialog.error.show_message(problem_text(exc.problem))
                continue
            except ValidationFailed as failure:
                show_failure(self, failure, title=self.windowTitle())
            return

    def write_report(self, path: Path) -> None:
        from ...storage.file_ops import write_private

        write_private(path, self.report_pdf())

    def write_agenda(self, path: Path) -> None:
        from ...storage.file_ops import write_private

        write_private(path, self._agenda_maker()())

    def _agenda_maker(self) -> Callable[[], bytes]:
        """The agenda's words read now; what lays them out as a PDF, on any thread."""
        from ...reports.meeting_report import agenda_pdf

        self.flush()
        document = meeting_document(self.context.store, self.meeting_id, self.lang)
        words = report_words()
        return lambda: agenda_pdf(document, words)

    def eportfolio_text(self) -> str:
        from .eportfolio import eportfolio_text

        self.flush()
        return eportfolio_text(self.context.store, self.meeting_id, self.lang)

    def copy_for_eportfolio(self) -> None:
        text = run_action(self, self.eportfolio_text, show_in=self.report_error)
        if text is FAILED:  # e.g. a profile this version cannot read
            return
        QApplication.clipboard().setText(text)
        self.eportfolio_note.setText(
            self.tr("The report is on the clipboard: paste it into the e-portfolio.")
        )

    def write_eportfolio(self, path: Path) -> None:
        from ...storage.file_ops import write_private
        from .eportfolio import eportfolio_file_bytes

        write_private(path, eportfolio_file_bytes(self.eportfolio_text()))

    def save_eportfolio_dialog(self) -> None:
        path, _ = save_file_name(
            self, self.tr("Save for the e-portfolio"), self.file_name(".txt"), self.tr("Text (*.txt)")
        )
        if not path:
            return
        try:
            self.write_eportfolio(Path(path))
        except ValidationFailed as failure:
            show_failure(self, failure, title=self.tr("Save for the e-portfolio"))
        except OSError as exc:  # on Windows: the file is open in an editor
            QMessageBox.warning(
                self,
                self.tr("Save for the e-portfolio"),
                self.tr("The file could not be saved: {reason}").format(reason=exc.strerror or exc),
            )

    def _save_pdf(self, title: str, suggested: str, make: Callable[[], Callable[[], bytes]]) -> None:
        """Ask where, read the meeting now, and lay the PDF out and write it on a worker (a long
        meeting's report takes 100-200 ms, a session's first 0.9 s)."""
        from ...storage.file_ops import write_private

        path = ask_save_path(self, title, suggested, self.tr("PDF (*.pdf)"), suffix=".pdf")
        if path is None:
            return
        try:
            lay_out = make()  # the meeting's words, read now on the GUI thread
        except ValidationFailed as failure:  # e.g. a profile this version cannot read
            show_failure(self, failure, title=title)
            return

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationFailed):
                show_failure(self, error, title=title)
                return
            if not isinstance(error, OSError):
                show_in_background_failure(self, error)
                return
            QMessageBox.warning(  # on Windows: the PDF is still open in a viewer
                self,
                title,
                self.tr("The file could not be saved: {reason}").format(reason=error.strerror or error),
            )

        def saved(_nothing: None) -> None:
            self.saved_notice = show_saved(self, path, title=title)

        run_in_background(
            self,
            lambda _progress: write_private(path, lay_out()),
            label=self.tr("Saving {file}…").format(file=path.name),
            on_done=saved,
            on_failed=failed,
        )

    def file_name(self, suffix: str, *, document: str = "") -> str:
        """The name a save dialog suggests: the meeting's kind in the UI's words, whose, which day."""
        from ...words.file_names import meeting_file_name

        title = self.template.title.get(self.lang)
        return meeting_file_name(title, self.aios.name, self.meeting.date, suffix, document=document)

    def save_report_dialog(self) -> None:
        self._save_pdf(self.tr("Save report"), self.file_name(".pdf"), self._report_maker)

    def save_agenda_dialog(self) -> None:
        name = self.file_name(".pdf", document=self.tr("Agenda"))
        self._save_pdf(self.tr("Save agenda"), name, self._agenda_maker)

    def sign(self, signed_on: date | None = None) -> str:
        self.flush()
        return self.service.sign(self.meeting_id, signed_on or date.today())

    def report_pdf(self) -> bytes:
        return self._report_maker()()

    def _report_maker(self) -> Callable[[], bytes]:
        """The report's words read now; what lays them out as a PDF, on any thread."""
        from ...reports.meeting_report import meeting_report_pdf

        self.flush()
        document = meeting_document(self.context.store, self.meeting_id, self.lang)
        words = report_words()
        return lambda: meeting_report_pdf(document, words)

    def digital_sign_dialog(self):
        """The trainer (opleider) signs their own field of the report PDF."""
        from ..statements.digital_sign import DigitalSignDialog

        stem = self.file_name("")
        return DigitalSignDialog(
            self._report_maker(),  # laid out on the dialog's worker, not here
            Signer.OPLEIDER.value,
            f"{self.template.title.get(self.lang)} — {self.aios.name}",
            DigitalSignDialog.tr_signed_name(stem),
            lambda field: self.service.record_digital_signature(self.meeting_id, field),
            self,
        )

    def sign_digitally(self) -> None:
        dialog = run_action(self, self.digital_sign_dialog, show_in=self.report_error)
        if dialog is not FAILED:
            dialog.exec()

    def sign_dialog(self) -> None:
        signers = ", ".join(in_sentence(labels.signer(s)) for s in self.template.signers)
        if signers:
            question = self.tr(
                "Has the report been signed by {signers}? Afterwards the meeting, its "
                "agreements' wording and its learning goals can no longer be changed."
            ).format(signers=signers)
        else:
            question = self.tr(
                "Mark the report as final? Afterwards the meeting, its agreements' wording "
                "and its learning goals can no longer be changed."
            )
        if lost := self.unsaved_input():
            # Signing locks the pages: a row typed and not added would be gone without a word.
            question = (
                self.tr("Not added yet: {what}. It is lost when the meeting locks.").format(what=lost)
                + "\n\n"
                + question
            )
        answer = QMessageBox.question(self, self.tr("Mark as signed"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        run_action(self, self.sign, show_in=self.report_error)
