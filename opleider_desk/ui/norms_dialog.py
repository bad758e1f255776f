"""The rules of a regulation, with where each comes from and the trainer's own values.

Each rule shows its value, its unit and its source: the document and
section, "proposal" for the LPP, or OpleiderDesk's own setting. A value the
trainer changed is marked "adjusted", with the regulation's value beside it
and a reset. The own values are stored per regulation in the data file
(``NormService``), so they travel with the data.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.regulations import Per, Regulation, Rule, RuleGroup, RuleKind, Unit, builtin_regulations
from ..storage.services.norms import NormService
from ..words.formatting import current_language
from .widgets.form_errors import ErrorForm
from .widgets.remember import remember_size
from .widgets.tab_order import buttons_tab_as_shown, shown_buttons, tab_after
from .widgets.tones import Tone, tone_css, tone_style
from .widgets.unsaved import DiscardGuard
from .widgets.user_action import FAILED, run_action


def unit_suffix(unit: Unit) -> str:
    return {
        Unit.MINUTES: Q.translate("NormsDialog", " min"),
        Unit.COUNT: "",
        Unit.DAYS: Q.translate("NormsDialog", " days"),
        Unit.WEEKS: Q.translate("NormsDialog", " weeks"),
        Unit.MONTHS: Q.translate("NormsDialog", " months"),
        Unit.PERCENT: " %",
        Unit.PATIENTS_PER_FTE: "",
        Unit.MONTH_OF_YEAR: "",
    }[unit]


def group_title(group: RuleGroup) -> str:
    return {
        RuleGroup.HOURS: Q.translate("NormsDialog", "Supervision and hours"),
        RuleGroup.MEETINGS: Q.translate("NormsDialog", "Meetings and assessments"),
        RuleGroup.OBLIGATIONS: Q.translate("NormsDialog", "The trainer's own obligations"),
    }[group]


def per_text(per: Per) -> str:
    return {
        Per.AIOS: Q.translate("NormsDialog", "per trainee"),
        Per.TRAINER: Q.translate("NormsDialog", "per trainer"),
        Per.WEEK: Q.translate("NormsDialog", "per week"),
        Per.QUARTER: Q.translate("NormsDialog", "per quarter"),
        Per.YEAR: Q.translate("NormsDialog", "per year"),
        Per.TRAINING_YEAR: Q.translate("NormsDialog", "per training year"),
        Per.PRACTICE_YEAR: Q.translate("NormsDialog", "per practice year (HLWP)"),
        Per.PLACEMENT: Q.translate("NormsDialog", "per placement"),
        Per.TRAINING: Q.translate("NormsDialog", "over the whole training"),
        Per.SESSION: Q.translate("NormsDialog", "per session"),
        Per.DAY: Q.translate("NormsDialog", "per day"),
    }[per]


def source_text(rule: Rule, lang: str) -> str:
    """Where the rule comes from, as the dialog and the user guide say it."""
    if rule.source.document is None:
        return Q.translate("NormsDialog", "OpleiderDesk's own setting (no document gives this value)")
    where = f"{rule.source.document.short_title.get(lang)}, {rule.source.section.get(lang)}"
    if rule.kind is RuleKind.PROPOSAL:
        return Q.translate("NormsDialog", "Proposal: {source}").format(source=where)
    return where


class RuleRow(QWidget):
    """One rule: the value, the regulation's value when it differs, "adjusted" and a reset."""

    def __init__(self, rule: Rule, base: int, value: int, lang: str, on_change: Callable[[], None]):
        super().__init__()
        self.rule = rule
        self.base = base
        self.spin = QSpinBox()
        self.spin.setObjectName(f"norm_{rule.key}")
        self.spin.setRange(0, 100_000)
        self.spin.setSuffix(unit_suffix(rule.unit))
        self.spin.setValue(value)
        self.spin.setEnabled(rule.applies)
        self.setFocusProxy(self.spin)
        self.adjusted = QLabel()
        self.adjusted.setObjectName(f"adjusted_{rule.key}")
        self.reset = QPushButton(Q.translate("NormsDialog", "Reset"))
        self.reset.setObjectName(f"reset_{rule.key}")
        self.reset.setToolTip(Q.translate("NormsDialog", "Back to the value of the regulation"))
        self.reset.clicked.connect(lambda: self.spin.setValue(self.base))
        self.source = QLabel()
        self.source.setObjectName(f"source_{rule.key}")
        self.source.setWordWrap(True)
        tone_style(self.source, lambda: f"color: {tone_css(Tone.MUTED)};")
        if rule.applies:
            counted = ", ".join(per_text(p) for p in rule.per)
            self.source.setText(f"{counted} · {source_text(rule, lang)}")
        else:
            self.source.setText(
                Q.translate("NormsDialog", "Not a rule of this regulation: nothing is measured.")
            )
        tip = [rule.source.document.title.get(lang)] if rule.source.document is not None else []
        if rule.note is not None:
            tip.append(rule.note.get(lang))
            self.spin.setToolTip(rule.note.get(lang))
        self.source.setToolTip("\n\n".join(tip))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.spin)
        top.addWidget(self.adjusted, 1)
        top.addWidget(self.reset)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addLayout(top)
        column.addWidget(self.source)
        self.on_change = on_change
        self.spin.valueChanged.connect(self._changed)
        self.refresh()

    def _changed(self, _value: int) -> None:
        self.refresh()
        self.on_change()

    @property
    def is_adjusted(self) -> bool:
        return self.rule.applies and self.spin.value() != self.base

    def refresh(self) -> None:
        if self.is_adjusted:
            base = f"{self.base}{unit_suffix(self.rule.unit)}"
            self.adjusted.setText(
                Q.translate("NormsDialog", "adjusted · regulation: {value}").format(value=base)
            )
        else:
            self.adjusted.setText("")
        self.reset.setVisible(self.is_adjusted)


class NormsDialog(QDialog):
    def __init__(
        self, service: NormService, parent: QWidget | None = None, regulation_key: str | None = None
    ):
        super().__init__(parent)
        self.service = service
        self.lang = current_language()
        self.setWindowTitle(self.tr("Norms and regulation"))
        self.setMinimumWidth(640)
        self.fields: dict[str, QSpinBox] = {}
        self.rows: dict[str, RuleRow] = {}

        self.regulation = QComboBox()
        self.regulation.setObjectName("normsRegulation")
        for key, found in builtin_regulations().items():
            self.regulation.addItem(found.title.get(self.lang), key)
        trainer = service.trainer_regulation_key()
        self.regulation.setCurrentIndex(max(0, self.regulation.findData(regulation_key or trainer)))
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setObjectName("normsRegulationDescription")
        pick = QFormLayout()
        pick.addRow(self.tr("&Regulation"), self.regulation)
        pick.addRow("", self.description)

        self.rules_area = QScrollArea()
        self.rules_area.setWidgetResizable(True)
        self.rules_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields are the Tab stops, not the pane
        self.general = QLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).setText(self.tr("Reset &all"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.reset_all)
        self.bottom = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.rules_area, 1)
        layout.addLayout(self.bottom)
        layout.addWidget(buttons)
        buttons_tab_as_shown(buttons)
        self.buttons = buttons
        self.regulation.currentIndexChanged.connect(lambda _i: self._build())
        self._build()
        self.resize(720, 680)
        remember_size(self, "norms")
        self.guard = DiscardGuard(self, self.tr("Discard the changes you made to the norms?"))

    def reject(self) -> None:
        if self.guard.may_close():
            super().reject()

    @property
    def regulation_key(self) -> str:
        return self.regulation.currentData()

    def shown_regulation(self) -> Regulation:
        return self.service.regulation(self.regulation_key)

    def _build(self) -> None:
        """The rules of the chosen regulation, grouped, with the own values stored for it."""
        regulation = self.shown_regulation()
        self.description.setText(regulation.description.get(self.lang))
        base = regulation.norms().as_dict()
        values = self.service.norms(regulation.key).as_dict()
        error_form = ErrorForm()
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        self.fields, self.rows = {}, {}
        for group in RuleGroup:
            rules = [r for r in regulation if r.group is group and r.key in base]
            if not rules:
                continue
            box = QGroupBox(group_title(group))
            form = QFormLayout(box)
            for rule in rules:
                row = RuleRow(rule, base[rule.key], values[rule.key], self.lang, self._update_counts)
                error_form.add(rule.title.get(self.lang), row, rule.key, into=form)
                self.rows[rule.key] = row
                self.fields[rule.key] = row.spin
            inner_layout.addWidget(box)
        self.rules_area.setWidget(inner)
        tab_after(inner, shown_buttons(self.buttons))
        while self.bottom.count():
            item = self.bottom.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
        self.bottom.addWidget(error_form.general, 1)
        self.errors = error_form.errors
        self._update_counts()

    def _update_counts(self) -> None:
        count = sum(row.is_adjusted for row in self.rows.values())
        self.setWindowTitle(
            self.tr("Norms and regulation") + (" — " + self.tr("%n adjusted", "", count) if count else "")
        )

    def adjusted(self) -> list[str]:
        return [key for key, row in self.rows.items() if row.is_adjusted]

    def reset_all(self) -> None:
        for row in self.rows.values():
            row.spin.setValue(row.base)

    def values(self) -> dict[str, int]:
        return {key: spin.value() for key, spin in self.fields.items()}

    def _save(self) -> None:
        self.service.set_overrides(self.values(), self.regulation_key)

    def accept(self) -> None:
        if run_action(self, self._save, show_in=self.errors) is FAILED:
            return
        super().accept()
