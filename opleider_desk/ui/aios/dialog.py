"""Add or edit one aios; problems appear beside their field, nothing typed is lost."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.competency_profiles import builtin_profiles, competency_profile
from ...domain.dates import add_months
from ...domain.entities import Aios, Interruption, Placement
from ...domain.enums import AiosStatus
from ...domain.problems import ParseError, Problem, ValidationFailed
from ...domain.regulations import builtin_regulations
from ...domain.validation import validate_aios
from ...storage.services.aios import AiosService
from ...storage.services.norms import NormService
from ...words import labels
from ...words.formatting import current_language, format_date
from ..widgets.date_field import DateField
from ..widgets.form_errors import ErrorForm
from ..widgets.remember import remember_size
from ..widgets.unsaved import confirm_discard
from ..widgets.user_action import FAILED, run_action
from .training_editor import TrainingEditor

# The narrowest dialog with the training beside the form: at 960 px (200 % on a 1920 px
# monitor) the placements' six columns had 366 px and needed some 390 even wrapped.
SIDE_BY_SIDE_WIDTH = 1100
# Rows each training table shows without scrolling when under the form.
STACKED_ROWS = 4


class AiosDialog(QDialog):
    def __init__(self, service: AiosService, aios: Aios | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.original = aios
        self.saved_id: int | None = aios.id if aios else None
        self.setWindowTitle(self.tr("Edit trainee") if aios else self.tr("New trainee"))
        # Wide enough for the form beside the training, within the screen: 960 px ran off a
        # 1280 px laptop's screen at 150 % (853 px), Cancel out of reach.
        screen_width = (parent or self).screen().availableGeometry().width()
        self.setMinimumWidth(min(960, screen_width))
        # At its own size hint the placements list showed three of its six columns (Tot,
        # Deeltijd … behind a sideways scroll): open wide enough for them, within the window
        # it opens over (which fits its screen).
        owner = self.parentWidget()
        width = 1220 if owner is None else min(1220, owner.window().width() - 40)
        width = min(width, screen_width)

        self.name = QLineEdit()
        self.start_date = DateField()
        self.end_date = DateField(optional=True)
        self.training_year = QComboBox()
        for year in (1, 2, 3):
            self.training_year.addItem(self.tr("Year %n", "", year), year)
        self.phase = QLineEdit()
        self.phase.setPlaceholderText(self.tr("e.g. first practice year"))
        self.part_time = QSpinBox()
        self.part_time.setRange(0, 100)
        self.part_time.setSuffix(" %")
        self.status = QComboBox()
        for status in AiosStatus:
            self.status.addItem(labels.aios_status(status), status)
        self.praktijkbegeleider = QLineEdit()
        self.institute_contact = QLineEdit()
        self.email = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(72)
        self._add_programme_fields()
        self.start_notice = QLabel()
        self.start_notice.setObjectName("startNotice")
        self.start_notice.setWordWrap(True)
        self.start_notice.setVisible(False)

        form = ErrorForm()
        form.add(self.tr("&Name"), self.name, "name")
        form.add(self.tr("&Start date"), self.start_date, "start_date")
        form.layout.addRow(self.start_notice)  # the whole row: a few lines, not a narrow column
        form.add(self.tr("Expected &end date"), self.end_date, "expected_end_date")
        form.add(self.tr("Training &year"), self.training_year, "training_year")
        form.add(self.tr("P&hase"), self.phase)
        form.add(self.tr("&Part-time"), self.part_time, "part_time_percent")
        form.add(self.tr("S&tatus"), self.status)
        form.add(self.tr("Practice supe&rvisor"), self.praktijkbegeleider)
        form.add(self.tr("Institute &contact"), self.institute_contact)
        form.add(self.tr("E-&mail"), self.email)
        form.add(self.tr("Re&gulation"), self.regulation, "regulation")
        form.add(self.tr("Competency pro&file"), self.competency_profile, "competency_profile")
        form.add("", self.profile_note)
        form.add(self.tr("N&otes"), self.notes)
        self.errors = form.errors

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        # The training's structure beside the aios's details: start and expected end
        # on the left are the whole training's, the placements divide it.
        self.training = TrainingEditor(
            self._typed_aios, self.end_date.set_date, notice_months=self._notice_months(aios)
        )
        layout = QVBoxLayout(self)
        self.stacked = width < SIDE_BY_SIDE_WIDTH
        if self.stacked:
            # Too narrow for both side by side (125 % and more on a laptop, 200 % on a monitor):
            # the training under the form, with the whole width for its tables, and the two
            # scrolled together within the screen's height.
            page = QWidget()
            page.setObjectName("aiosPage")
            below = QVBoxLayout(page)
            below.setContentsMargins(0, 0, 0, 0)
            below.addLayout(form.layout)
            below.addWidget(self.training)
            scroll = QScrollArea()
            scroll.setObjectName("aiosScroll")
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields take the focus, not the frame
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidgetResizable(True)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(page)
            layout.addWidget(scroll)
            # Their own height for a few rows: at their 90 px minimum the placements showed two
            # of four rows behind a scroll inside the dialog's scroll.
            for view in (self.training.placements.view, self.training.interruptions.view):
                rows = view.verticalHeader().defaultSectionSize() * STACKED_ROWS
                view.setMinimumHeight(
                    rows + view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
                )
        else:
            columns = QHBoxLayout()
            left = QVBoxLayout()
            left.addLayout(form.layout)
            left.addStretch()
            columns.addLayout(left, 2)
            columns.addWidget(self.training, 3)
            layout.addLayout(columns)
        layout.addWidget(form.general)
        layout.addWidget(buttons)
        self._loaded_placements: list[Placement] = []
        self._load(aios)
        self._loaded_state = self._state()
        self.resize(max(self.sizeHint().width(), width), max(self.sizeHint().height(), 600))
        remember_size(self, "aios_dialog")

    def _add_programme_fields(self) -> None:
        """Which programme's rules measure this aios, and on which competency areas."""
        lang = current_language()
        norms = self.service.store.service(NormService)
        self.trainer_regulation = norms.regulation()
        self.regulation = QComboBox()
        self.regulation.setObjectName("aiosRegulation")
        self.regulation.addItem(
            self.tr("As the trainer: {regulation}").format(
                regulation=self.trainer_regulation.title.get(lang)
            ),
            "",
        )
        for key, regulation in builtin_regulations().items():
            self.regulation.addItem(regulation.title.get(lang), key)
        self.competency_profile = QComboBox()
        self.competency_profile.setObjectName("aiosCompetencyProfile")
        for key, profile in builtin_profiles().items():
            self.competency_profile.addItem(profile.title.get(lang), key)
            self.competency_profile.setItemData(
                self.competency_profile.count() - 1,
                f"{profile.source_document.get(lang)}: {profile.source_section.get(lang)}",
                Qt.ItemDataRole.ToolTipRole,
            )
        self.profile_note = QLabel()
        self.profile_note.setObjectName("profileNote")
        self.profile_note.setWordWrap(True)
        self.competency_profile.currentIndexChanged.connect(self._show_profile_note)

    def _show_profile_note(self) -> None:
        """Moving to a newer profile: old goals keep their area; the mapping is only shown."""
        old_key = self.original.competency_profile if self.original else None
        new = competency_profile(self.competency_profile.currentData())
        text = ""
        if old_key is not None and old_key != new.key:
            pairs = ", ".join(
                f"{labels.competency(a)} → {labels.competency(b)}" for a, b in new.mapping.items()
            )
            text = self.tr("Earlier goals keep their area.")
            if pairs and new.replaces == old_key:
                text += " " + self.tr("Shown beside them: {mapping}.").format(mapping=pairs)
        self.profile_note.setText(text)
        self.profile_note.setVisible(bool(text))

    def _load(self, aios: Aios | None) -> None:
        if aios is None:
            self.start_date.set_date(date.today())
            self.part_time.setValue(100)
            self.competency_profile.setCurrentIndex(
                max(0, self.competency_profile.findData(self.trainer_regulation.competency_profile))
            )
            self._show_profile_note()
            return
        if aios.id is not None:
            self._loaded_placements = self.service.placements([aios.id]).get(aios.id, [])
            interruptions = self.service.interruptions([aios.id]).get(aios.id, [])
            self.training.load(self._loaded_placements, interruptions)
        self.name.setText(aios.name)
        self.start_date.set_date(aios.start_date)
        if aios.start_to_check:
            self.start_notice.setText(
                self.tr(
                    "Upgraded from version 0.1 in year {year}: this start is that of the current "
                    "placement. Enter the day the whole training began (full-time without "
                    "interruptions about {full_time}); the placements keep their dates. Saving "
                    "confirms the start."
                ).format(
                    year=aios.training_year,
                    full_time=format_date(add_months(aios.start_date, -12 * max(0, aios.training_year - 1))),
                )
            )
            self.start_notice.setVisible(True)
        self.end_date.set_date(aios.expected_end_date)
        self.training_year.setCurrentIndex(self.training_year.findData(aios.training_year))
        self.phase.setText(aios.phase)
        self.part_time.setValue(aios.part_time_percent)
        self.status.setCurrentIndex(self.status.findData(aios.status))
        self.praktijkbegeleider.setText(aios.praktijkbegeleider)
        self.institute_contact.setText(aios.institute_contact)
        self.email.setText(aios.email)
        self.notes.setPlainText(aios.notes)
        self.regulation.setCurrentIndex(max(0, self.regulation.findData(aios.regulation)))
        self.competency_profile.setCurrentIndex(
            max(0, self.competency_profile.findData(aios.competency_profile))
        )
        self._show_profile_note()

    def _state(self) -> tuple:
        return (
            self.name.text(),
            self.start_date.text(),
            self.end_date.text(),
            self.training_year.currentIndex(),
            self.phase.text(),
            self.part_time.value(),
            self.status.currentIndex(),
            self.praktijkbegeleider.text(),
            self.institute_contact.text(),
            self.email.text(),
            self.notes.toPlainText(),
            self.regulation.currentIndex(),
            self.competency_profile.currentIndex(),
            self.training.state(),
        )

    def is_dirty(self) -> bool:
        return self._state() != self._loaded_state

    def _read(self) -> Aios:
        """The typed aios; raises ValidationFailed with every problem at once."""
        problems: list[Problem] = []
        dates = {}
        for key, field_widget in (("start_date", self.start_date), ("expected_end_date", self.end_date)):
            try:
                dates[key] = field_widget.date(field=key)
                field_widget.set_date(dates[key])
            except ParseError as exc:
                problems.append(exc.problem)
        aios = Aios(
            id=self.original.id if self.original else None,
            name=self.name.text().strip(),
            start_date=dates.get("start_date") or date.today(),
            expected_end_date=dates.get("expected_end_date"),
            training_year=self.training_year.currentData(),
            phase=self.phase.text().strip(),
            part_time_percent=self.part_time.value(),
            praktijkbegeleider=self.praktijkbegeleider.text().strip(),
            institute_contact=self.institute_contact.text().strip(),
            email=self.email.text().strip(),
            status=self.status.currentData(),
            notes=self.notes.toPlainText().strip(),
            regulation=self.regulation.currentData(),
            competency_profile=self.competency_profile.currentData(),
            # Saving the dialog is the trainer's word on the start (an upgraded aios's notice).
            start_to_check=False,
        )
        if problems:
            # Judge the rest too, except comparisons with a date we could not read.
            unread = {p.field for p in problems}
            problems += [
                p
                for p in validate_aios(aios)
                if p.field not in unread
                and not (p.code == "aios.end_before_start" and "start_date" in unread)
            ]
            raise ValidationFailed(problems)
        return aios

    def _notice_months(self, aios: Aios | None) -> int:
        """After how long the aios's regulation wants an interruption reported (0: it does not)."""
        from ...storage.services.norms import NormService

        regulation = self.service.store.service(NormService).regulation_of(aios)
        rule = regulation.get("institution_notice_months")
        return rule.value if rule is not None and rule.value is not None else 0

    def _typed_aios(self) -> Aios:
        """The aios as typed so far, for the placement rows to be judged against."""
        dates = {}
        for key, widget in (("start_date", self.start_date), ("expected_end_date", self.end_date)):
            try:
                dates[key] = widget.date()
            except ParseError:
                dates[key] = getattr(self.original, key, None) if self.original else None
        return Aios(
            id=self.original.id if self.original else None,
            name=self.name.text().strip(),
            start_date=dates["start_date"] or date.today(),
            expected_end_date=dates["expected_end_date"],
            part_time_percent=self.part_time.value(),
        )

    def _training(self, aios: Aios) -> tuple[list[Placement] | None, list[Interruption]]:
        placements, interruptions = self.training.values()
        if not placements and aios.id is None:
            return None, interruptions  # the service makes the one over the whole training
        if (
            len(placements) == 1
            and placements == self._loaded_placements
            and self.original is not None
            # The upgraded aios's start moves to the training's: its placement stays put.
            and not self.original.start_to_check
            and (placements[0].start, placements[0].end)
            == (self.original.start_date, self.original.expected_end_date)
        ):
            # One placement over the whole training follows the training's dates.
            placements = [replace(placements[0], start=aios.start_date, end=aios.expected_end_date)]
        return placements, interruptions

    def accept(self) -> None:
        if run_action(self, self._save, show_in=self.errors) is FAILED:
            return
        super().accept()

    def _save(self) -> None:
        aios = self._read()
        placements, interruptions = self._training(aios)
        if aios.id is None:
            self.saved_id = self.service.add(aios, placements, interruptions)
        else:
            self.service.update(aios, placements, interruptions)

    def reject(self) -> None:
        if self.is_dirty() and not confirm_discard(
            self, self.tr("Discard the changes you made to this trainee?")
        ):
            return
        super().reject()
