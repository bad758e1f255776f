"""The norms in use, for an institute that counts differently from the national defaults.

Every value is a whole number; what differs from its default is stored in the
data file (``NormService``), so the norms travel with the data.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.norms import Norms
from ..storage.services.norms import NormService
from .widgets.form_errors import ErrorForm
from .widgets.user_action import FAILED, run_action


def _minutes() -> str:
    return Q.translate("NormsDialog", " min")


def _months() -> str:
    return Q.translate("NormsDialog", " months")


def _per_year() -> str:
    return Q.translate("NormsDialog", " a year")


def _days() -> str:
    return Q.translate("NormsDialog", " days")


def _weeks() -> str:
    return Q.translate("NormsDialog", " weeks")


def _percent() -> str:
    return " %"


def _none() -> str:
    return ""


#: Group title -> (norm key, label, unit suffix), in the order shown.
GROUPS: list[tuple[Callable[[], str], list[tuple[str, Callable[[], str], Callable[[], str]]]]] = [
    (
        lambda: Q.translate("NormsDialog", "Supervision and hours"),
        [
            (
                "supervision_minutes_per_week",
                lambda: Q.translate("NormsDialog", "Supervision per aios per week (full-time)"),
                _minutes,
            ),
            (
                "joint_surgery_minutes_per_week",
                lambda: Q.translate("NormsDialog", "Joint surgery per week, at least"),
                _minutes,
            ),
            (
                "joint_surgery_weeks_percent",
                lambda: Q.translate("NormsDialog", "Weeks that must reach the joint surgery"),
                _percent,
            ),
            (
                "supervision_recent_weeks",
                lambda: Q.translate("NormsDialog", "Supervision checked over the last"),
                _weeks,
            ),
            (
                "opleider_available_minutes_per_year",
                lambda: Q.translate("NormsDialog", "Trainer available when tasks are delegated"),
                _minutes,
            ),
            ("tolerance_percent", lambda: Q.translate("NormsDialog", "Still on the norm within"), _percent),
        ],
    ),
    (
        lambda: Q.translate("NormsDialog", "Meetings and assessments"),
        [
            (
                "voortgangsgesprek_interval_months",
                lambda: Q.translate("NormsDialog", "Progress meeting every"),
                _months,
            ),
            (
                "geschiktheidsbeoordeling_interval_months",
                lambda: Q.translate("NormsDialog", "Suitability assessment every"),
                _months,
            ),
            (
                "final_meeting_months_before_end",
                lambda: Q.translate("NormsDialog", "Final meeting before the expected end"),
                _months,
            ),
            ("kpb_per_year", lambda: Q.translate("NormsDialog", "KPBs (full-time)"), _per_year),
            (
                "coaching_min_per_year",
                lambda: Q.translate("NormsDialog", "Coaching talks, at least"),
                _per_year,
            ),
            (
                "coaching_max_per_year",
                lambda: Q.translate("NormsDialog", "Coaching talks, at most"),
                _per_year,
            ),
            ("leoh_per_year", lambda: Q.translate("NormsDialog", "LEOh evaluations"), _per_year),
            (
                "docent_evaluations_per_trainee",
                lambda: Q.translate("NormsDialog", "Evaluation talks with the docent per aios"),
                _none,
            ),
            ("due_soon_days", lambda: Q.translate("NormsDialog", "Mark as due soon within"), _days),
        ],
    ),
    (
        lambda: Q.translate("NormsDialog", "The trainer's own obligations"),
        [
            (
                "training_year_start_month",
                lambda: Q.translate("NormsDialog", "Training year starts in month"),
                _none,
            ),
            (
                "own_training_days_per_training_year",
                lambda: Q.translate("NormsDialog", "Own training days per training year"),
                _none,
            ),
            (
                "training_day_minutes",
                lambda: Q.translate("NormsDialog", "One training day counts as"),
                _minutes,
            ),
            (
                "intervision_sessions_per_year",
                lambda: Q.translate("NormsDialog", "Intervision sessions"),
                _per_year,
            ),
            (
                "intervision_session_minutes",
                lambda: Q.translate("NormsDialog", "One intervision session"),
                _minutes,
            ),
            (
                "training_development_minutes_per_year",
                lambda: Q.translate("NormsDialog", "Training development"),
                _minutes,
            ),
            (
                "shifts_per_practice_year",
                lambda: Q.translate("NormsDialog", "Out-of-hours shifts per practice year"),
                _none,
            ),
            (
                "practice_patients_per_fte_min",
                lambda: Q.translate("NormsDialog", "Patients per FTE GP, at least"),
                _none,
            ),
            (
                "practice_patients_per_fte_max",
                lambda: Q.translate("NormsDialog", "Patients per FTE GP, at most"),
                _none,
            ),
            (
                "profiel_max_age_months",
                lambda: Q.translate("NormsDialog", "Profiel Leerwerkplan updated within"),
                _months,
            ),
            (
                "recognition_lapse_months",
                lambda: Q.translate("NormsDialog", "Recognition lapses without an aios after"),
                _months,
            ),
        ],
    ),
]


GROUPS.append(
    (
        lambda: Q.translate("NormsDialog", "The training's placements and interruptions"),
        [
            (
                "startgesprek_within_days",
                lambda: Q.translate("NormsDialog", "Start meeting within"),
                _days,
            ),
            (
                "themed_leergesprek_per_week",
                lambda: Q.translate("NormsDialog", "Themed learning talks per week"),
                _none,
            ),
            (
                "part_time_days_per_week",
                lambda: Q.translate("NormsDialog", "Part-time aios in the practice, days a week"),
                _days,
            ),
            (
                "ibt_followup_weeks",
                lambda: Q.translate("NormsDialog", "Internal supervision plan evaluated after"),
                _weeks,
            ),
            (
                "gbt_default_months",
                lambda: Q.translate(
                    "NormsDialog", "Intensified supervision plan, when the form says nothing"
                ),
                _months,
            ),
            (
                "pb_consultation_interval_months",
                lambda: Q.translate("NormsDialog", "Practice supervisor consults the trainer every"),
                _months,
            ),
            ("span_of_control_max", lambda: Q.translate("NormsDialog", "Aios at once, at most"), _none),
            (
                "institution_notice_months",
                lambda: Q.translate("NormsDialog", "Report an interruption to the institution after"),
                _months,
            ),
            (
                "pro_rata_part_time",
                lambda: Q.translate("NormsDialog", "Counts pro rata for part-time (100 on, 0 off)"),
                _percent,
            ),
            (
                "interruptions_move_due",
                lambda: Q.translate("NormsDialog", "Interruptions move what is due (100 on, 0 off)"),
                _percent,
            ),
        ],
    )
)


class NormsDialog(QDialog):
    def __init__(self, service: NormService, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Norms"))
        self.setMinimumWidth(560)
        self.fields: dict[str, QSpinBox] = {}
        error_form = ErrorForm()
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        for title, rows in GROUPS:
            box = QGroupBox(title())
            form = QFormLayout(box)
            for key, label, unit in rows:
                spin = QSpinBox()
                spin.setObjectName(f"norm_{key}")
                spin.setRange(0, 100_000)
                spin.setSuffix(unit())
                error_form.add(label(), spin, key, into=form)
                self.fields[key] = spin
            inner_layout.addWidget(box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        general = error_form.general
        self.errors = error_form.errors
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self._load(Norms())
        )
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        bottom = QHBoxLayout()
        bottom.addWidget(general, 1)
        layout.addLayout(bottom)
        layout.addWidget(buttons)
        self._load(service.norms())
        self.resize(620, 640)

    def _load(self, norms: Norms) -> None:
        for key, value in norms.as_dict().items():
            if key in self.fields:
                self.fields[key].setValue(value)

    def values(self) -> dict[str, int]:
        return {key: spin.value() for key, spin in self.fields.items()}

    def accept(self) -> None:
        if run_action(self, lambda: self.service.set_overrides(self.values()), show_in=self.errors) is FAILED:
            return
        super().accept()
