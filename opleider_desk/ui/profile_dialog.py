"""The trainer's profile: asked once at first start, editable later."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.entities import Profile
from ..domain.enums import Role
from ..domain.regulations import builtin_regulations, regulation
from ..storage.services.profile import ProfileService
from ..words import labels
from ..words.formatting import current_language
from .widgets.form_errors import ErrorForm
from .widgets.remember import remember_size
from .widgets.unsaved import DiscardGuard
from .widgets.user_action import FAILED, run_action
from .widgets.wrapped_label import WrappedLabel


class ProfileDialog(QDialog):
    def __init__(self, service: ProfileService, *, first_run: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Your profile"))
        profile = service.get()

        self.name = QLineEdit(profile.name)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(labels.role(role), role)
        self.role.setCurrentIndex(self.role.findData(profile.role))
        self.practice = QLineEdit(profile.practice)
        self.employer = QLineEdit(profile.employer)
        self.employer.setPlaceholderText(self.tr("leave empty when self-employed"))
        self.institute = QLineEdit(profile.institute)
        self.quality_officer = QLineEdit(profile.quality_officer)
        self.supervising_opleider = QLineEdit(profile.supervising_opleider)
        self.patients = QSpinBox()
        self.patients.setRange(0, 100000)
        self.patients.setSpecialValueText(self.tr("unknown"))
        self.patients.setValue(profile.practice_patients or 0)
        self.fte = QSpinBox()
        self.fte.setRange(0, 5000)
        self.fte.setSuffix(" %")
        self.fte.setSpecialValueText(self.tr("unknown"))
        self.fte.setValue(profile.practice_gp_fte_percent or 0)
        self.regulation, self.regulation_note = regulation_choice(profile.regulation)
        # Names of practices and institutes run long: wide enough for the usual ones,
        # and a longer one shows its start (QLineEdit would show its end).
        wide = self.fontMetrics().averageCharWidth() * 40
        for field in (
            self.name,
            self.practice,
            self.employer,
            self.institute,
            self.quality_officer,
            self.supervising_opleider,
        ):
            field.setMinimumWidth(wide)
            field.setCursorPosition(0)

        form = ErrorForm()
        form.add(self.tr("Your &name"), self.name, "name")
        form.add(self.tr("&Role"), self.role, "role")
        form.add(self.tr("Re&gulation you train under"), self.regulation, "regulation")
        form.add("", self.regulation_note)
        form.add(self.tr("&Practice"), self.practice, "practice")
        form.add(self.tr("&Employer"), self.employer, "employer")
        form.add(self.tr("&Training institute"), self.institute, "institute")
        form.add(self.tr("&Quality officer (gets a copy)"), self.quality_officer, "quality_officer")
        form.add(self.tr("Trainer &who co-signs"), self.supervising_opleider, "supervising_opleider")
        form.add(self.tr("Patients in the practice"), self.patients, "practice_patients")
        form.add(self.tr("GP capacity (% of one FTE)"), self.fte, "practice_gp_fte_percent")
        self.errors = form.errors
        # The long labels (Dutch) and the fields side by side; a wrapped note would otherwise
        # let the form be squeezed to the width of its buttons.
        form.layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        if first_run:
            intro = QLabel(
                self.tr(
                    "Welcome to OpleiderDesk. Every statement and report you print carries "
                    "these details; you can change them later under File ▸ Profile."
                )
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)
        layout.addLayout(form.layout)
        layout.addWidget(form.general)
        layout.addWidget(buttons)
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        self.guard = DiscardGuard(self, self.tr("Discard the changes you made to your profile?"))
        remember_size(self, "profile")

    def reject(self) -> None:
        if self.guard.may_close():
            super().reject()

    def _role_changed(self, *_args) -> None:
        is_pb = self.role.currentData() is Role.PRAKTIJKBEGELEIDER
        self.supervising_opleider.setEnabled(is_pb)

    def profile(self) -> Profile:
        return Profile(
            name=self.name.text().strip(),
            role=self.role.currentData(),
            practice=self.practice.text().strip(),
            employer=self.employer.text().strip(),
            institute=self.institute.text().strip(),
            quality_officer=self.quality_officer.text().strip(),
            supervising_opleider=self.supervising_opleider.text().strip()
            if self.role.currentData() is Role.PRAKTIJKBEGELEIDER
            else "",
            practice_patients=self.patients.value() or None,
            practice_gp_fte_percent=self.fte.value() or None,
            regulation=self.regulation.currentData(),
        )

    def accept(self) -> None:
        if run_action(self, lambda: self.service.save(self.profile()), show_in=self.errors) is FAILED:
            return
        super().accept()


def regulation_choice(current: str) -> tuple[QComboBox, QLabel]:
    """A choice of the shipped regulations, with the chosen one's description below it."""
    lang = current_language()
    combo = QComboBox()
    combo.setObjectName("regulation")
    for key, found in builtin_regulations().items():
        combo.addItem(found.title.get(lang), key)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    note = WrappedLabel()
    note.setObjectName("regulationNote")

    def describe() -> None:
        note.setText(regulation(combo.currentData()).description.get(lang))

    combo.currentIndexChanged.connect(describe)
    describe()
    return combo, note
