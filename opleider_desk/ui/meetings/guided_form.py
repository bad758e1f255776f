"""The guided form: the step list beside the current step.

Each step shows its title, who talks (Pendleton prescribes the order), the
guidance, the prompt questions and answer fields generated from the
template's field kinds. STAR(R) steps repeat per chosen competency: the list
grows as soon as a competency is ticked. Every edit goes into ``answers``
and emits ``changed``; the window saves.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.competency_profiles import areas_of
from ...domain.enums import CompetencyArea
from ...domain.templates import ExpandedStep, Field, FieldKind, Template, Verdict, expand_steps
from ...words import labels
from ..widgets.tab_order import tab_after
from ..widgets.tones import Tone, tint, tone_css, tone_style

# Builds the editor for an "agreements" or "goals" field of this meeting.
EditorFactory = Callable[[FieldKind, QWidget], QWidget]


def in_sentence(label: str) -> str:
    """A role's label (“Aios”, “Trainee”) inside a sentence or brackets: not capitalised."""
    return label[:1].lower() + label[1:]


def step_title(step: ExpandedStep, lang: str) -> str:
    title = step.step.title.get(lang)
    if step.competency is not None:
        return f"{labels.competency(step.competency)}: {title}"
    return title


class CompetencyChoice(QWidget):
    """The aios's areas as tick boxes; the value keeps the order they were ticked in.

    An area an earlier answer chose that the aios's profile no longer has
    (Organisatie after a move to the 2023 profile) stays shown and ticked.
    """

    changed = Signal(list)

    def __init__(
        self,
        value: list[str],
        parent: QWidget | None = None,
        areas: Sequence[CompetencyArea] | None = None,
    ):
        super().__init__(parent)
        self.value = [v for v in value if v in {a.value for a in CompetencyArea}]
        shown = list(areas if areas is not None else areas_of(None))
        shown += [CompetencyArea(v) for v in self.value if CompetencyArea(v) not in shown]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[CompetencyArea, QCheckBox] = {}
        for area in shown:
            box = QCheckBox(labels.competency(area))
            box.setObjectName(f"competency_{area.value}")
            box.setChecked(area.value in self.value)
            box.toggled.connect(lambda checked, a=area: self._toggle(a, checked))
            layout.addWidget(box)
            self.boxes[area] = box

    def _toggle(self, area: CompetencyArea, checked: bool) -> None:
        if checked and area.value not in self.value:
            self.value.append(area.value)
        elif not checked and area.value in self.value:
            self.value.remove(area.value)
        self.changed.emit(list(self.value))

    def set_read_only(self, read_only: bool) -> None:
        for box in self.boxes.values():
            box.setEnabled(not read_only)


class GuidedForm(QWidget):
    changed = Signal()  # an answer or the verdict changed
    stepChanged = Signal(int)
    # Next on the last step: the form is gone through, the window shows the report.
    lastStepPassed = Signal()

    def __init__(
        self,
        template: Template,
        answers: dict[str, Any],
        *,
        lang: str,
        current: int = 0,
        verdict: str = "",
        explanation: str = "",
        editors: EditorFactory | None = None,
        read_only: bool = False,
        areas: Sequence[CompetencyArea] | None = None,
        drafts: dict[str, tuple[str, Any]] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.areas = areas
        # Typing in a step's agreement or goal row that was not added yet, per answer key
        # (with the words that name it): kept while another step is shown, and put back.
        self.drafts: dict[str, tuple[str, Any]] = dict(drafts or {})
        self.template = template
        self.answers = dict(answers)
        self.verdict = verdict
        self.explanation = explanation
        self.lang = lang
        self.editors = editors
        self.read_only = read_only
        self.steps: list[ExpandedStep] = expand_steps(template, self.answers)
        self.current = min(max(current, 0), len(self.steps) - 1)
        self.field_widgets: dict[str, QWidget] = {}

        self.step_list = QListWidget()
        self.step_list.setObjectName("stepList")
        self.step_list.setAccessibleName(self.tr("Steps"))
        self.step_list.setMinimumWidth(200)
        self.step_list.setWordWrap(True)
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_area = QScrollArea()
        self.page_area.setWidgetResizable(True)
        self.page_area.setFrameShape(QFrame.Shape.NoFrame)
        self.previous_button = QPushButton(self.tr("← &Previous"))
        self.previous_button.setObjectName("previousStep")
        self.next_button = QPushButton(self.tr("&Next →"))
        self.next_button.setObjectName("nextStep")
        self.position = QLabel()

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.page_area, 1)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addStretch()
        nav.addWidget(self.position)
        nav.addStretch()
        nav.addWidget(self.next_button)
        right_layout.addLayout(nav)
        splitter = QSplitter()
        splitter.addWidget(self.step_list)
        splitter.addWidget(right)
        # Both give way as the window narrows, the step (with its tables) three times as much:
        # the list kept its 320 px in an 853 px window (150 % on a 1280 px laptop), and the
        # step's learning goals scrolled sideways beside it. Its titles wrap.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([320, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.step_list.currentRowChanged.connect(self._list_moved)
        self.previous_button.clicked.connect(lambda: self.go_to(self.current - 1))
        self.next_button.clicked.connect(self._next)
        self._fill_list()
        self._show(self.current)

    # ------------------------------------------------------------ steps
    def _fill_list(self) -> None:
        self.step_list.blockSignals(True)
        self.step_list.clear()
        for number, step in enumerate(self.steps, 1):
            text = f"{number}. {step_title(step, self.lang)}"
            if step.step.speaker is not None:
                text += f" ({in_sentence(labels.speaker(step.step.speaker))})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, step.id)
            self.step_list.addItem(item)
        self.step_list.setCurrentRow(self.current)
        self.step_list.blockSignals(False)

    def _list_moved(self, row: int) -> None:
        if row >= 0 and row != self.current:
            self.go_to(row)

    def _next(self) -> None:
        if self.current == len(self.steps) - 1:
            self.lastStepPassed.emit()
        else:
            self.go_to(self.current + 1)

    def go_to(self, index: int) -> None:
        if not 0 <= index < len(self.steps) or index == self.current:
            return
        self.current = index
        self.step_list.blockSignals(True)
        self.step_list.setCurrentRow(index)
        self.step_list.blockSignals(False)
        self._show(index)
        self.stepChanged.emit(index)

    def current_step(self) -> ExpandedStep:
        return self.steps[self.current]

    def _regrow(self) -> None:
        """The competencies changed: the loop steps follow, the current step stays."""
        current_id = self.steps[self.current].id
        self.steps = expand_steps(self.template, self.answers)
        self.current = next((i for i, s in enumerate(self.steps) if s.id == current_id), 0)
        self._fill_list()
        self._update_position()

    def _update_position(self) -> None:
        self.position.setText(
            self.tr("Step {n} of {total}").format(n=self.current + 1, total=len(self.steps))
        )
        self.previous_button.setEnabled(self.current > 0)
        # The last step leads on to the report rather than to a dead, greyed-out button;
        # the same access key as Next, so the window keeps one key per control.
        last = self.current == len(self.steps) - 1
        self.next_button.setText(self.tr("&Next: the report →") if last else self.tr("&Next →"))

    # ------------------------------------------------------------ one step
    def _keep_drafts(self) -> None:
        for key, widget in self.field_widgets.items():
            draft = getattr(widget, "draft", None)
            what = getattr(widget, "unsaved_text", None)
            if draft is not None and what is not None and (kept := draft()) is not None:
                self.drafts[key] = (what(), kept)

    def all_drafts(self) -> dict[str, tuple[str, Any]]:
        """Every step's typing not added yet: the step shown and those left."""
        drafts = dict(self.drafts)
        for key, widget in self.field_widgets.items():
            draft = getattr(widget, "draft", None)
            what = getattr(widget, "unsaved_text", None)
            if draft is not None and what is not None and (kept := draft()) is not None:
                drafts[key] = (what(), kept)
        return drafts

    def _show(self, index: int) -> None:
        expanded = self.steps[index]
        step = expanded.step
        self._keep_drafts()
        self.field_widgets = {}
        page = QWidget()
        page.setObjectName("stepPage")
        layout = QVBoxLayout(page)
        title = QLabel(step_title(expanded, self.lang))
        title.setObjectName("stepTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        layout.addWidget(title)
        heard: list[str] = []  # the words above the fields, for a screen reader (below)
        if step.speaker is not None:
            speaker = QLabel(self.tr("Speaking: {who}").format(who=labels.speaker(step.speaker)))
            speaker.setObjectName("stepSpeaker")
            heard.append(speaker.text())
            tone_style(speaker, lambda: f"color: {tone_css(Tone.INFO)}; font-weight: bold;")
            layout.addWidget(speaker)
        if step.guidance is not None:
            guidance = QLabel(step.guidance.get(self.lang))
            guidance.setObjectName("stepGuidance")
            heard.append(guidance.text())
            guidance.setWordWrap(True)
            tone_style(
                guidance,
                lambda: (
                    f"background: {tint(Tone.INFO)}; border-left: 3px solid {tone_css(Tone.INFO)}; padding: 6px;"
                ),
            )
            layout.addWidget(guidance)
        if step.questions:
            questions = QLabel("\n".join(f"• {q.get(self.lang)}" for q in step.questions))
            questions.setObjectName("stepQuestions")
            heard += [q.get(self.lang) for q in step.questions]
            questions.setWordWrap(True)
            questions.setStyleSheet("font-style: italic;")
            layout.addWidget(questions)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for field in step.fields:
            widget = self._field_widget(expanded, field)
            label = field.label.get(self.lang) + (" *" if field.required else "")
            if isinstance(widget, QCheckBox):
                # A tick box carries its own label: not a lone box under a label of its own.
                widget.setText(label)
                form.addRow(widget)
            else:
                form.addRow(label, widget)
            if field.required:
                self._heard_as_required(form, widget, field.label.get(self.lang))
        if step.shows_verdict and self.template.verdict is not None:
            form.addRow(
                self.template.verdict.label.get(self.lang), self._verdict_widget(self.template.verdict)
            )
            explanation = QPlainTextEdit(self.explanation)
            explanation.setObjectName("verdictExplanation")
            explanation.setTabChangesFocus(True)
            explanation.setReadOnly(self.read_only)
            explanation.textChanged.connect(lambda w=explanation: self._set_explanation(w.toPlainText()))
            required = " *" if self.template.verdict.explanation_required else ""
            form.addRow(self.tr("Explanation") + required, explanation)
            if required:
                self._heard_as_required(form, explanation, self.tr("Explanation"))
        layout.addLayout(form)
        layout.addStretch()
        self.page_area.setWidget(page)
        self.page_area.setAccessibleName(title.text())
        # Tab stops at the page, then at its fields: the words above them (who speaks, the
        # guidance, the questions) are heard only there, as the page's description.
        self.page_area.setAccessibleDescription(
            " ".join(words if words.endswith((".", "?", "!")) else f"{words}." for words in heard)
        )
        tab_after(page, [self.previous_button, self.next_button])
        self._update_position()

    def _heard_as_required(self, form: QFormLayout, widget: QWidget, label: str) -> None:
        """The mark after a required field's label is seen, not heard: Orca said the
        label's text, "Sterke punten *" (the mark read out as a symbol, or not at all),
        and never that the field must be filled in. Heard: the label's words, and
        "required" as the field's description."""
        shown_label = form.labelForField(widget)
        for named in (widget, shown_label):
            if named is not None:
                named.setAccessibleName(label)
        widget.setAccessibleDescription(self.tr("Required"))

    def _verdict_widget(self, verdict: Verdict) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName("verdict")
        combo.addItem(self.tr("— choose —"), "")
        for option in verdict.options:
            combo.addItem(option.label.get(self.lang), option.key)
        if self.verdict and combo.findData(self.verdict) < 0:
            # A value 0.1 stored ("twijfel") stays what it was, named as old, not "— choose —".
            combo.addItem(labels.verdict(verdict, self.verdict, self.lang), self.verdict)
        combo.setCurrentIndex(max(0, combo.findData(self.verdict)))
        combo.setEnabled(not self.read_only)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self._set_verdict(c.currentData()))
        return combo

    def _set_verdict(self, key: str) -> None:
        self.verdict = key
        self.changed.emit()

    def _set_explanation(self, text: str) -> None:
        self.explanation = text
        self.changed.emit()

    def _set(self, key: str, value: Any) -> None:
        if self.answers.get(key) == value:
            return
        self.answers[key] = value
        self.changed.emit()

    def _field_widget(self, step: ExpandedStep, field: Field) -> QWidget:
        key = step.answer_key(field.id)
        value = self.answers.get(key)
        kind = field.kind
        widget: QWidget
        if kind is FieldKind.TEXT:
            widget = QLineEdit(value if isinstance(value, str) else "")
            widget.setReadOnly(self.read_only)
            widget.textChanged.connect(lambda text, k=key: self._set(k, text))
        elif kind is FieldKind.MULTILINE:
            widget = QPlainTextEdit(value if isinstance(value, str) else "")
            widget.setTabChangesFocus(True)
            widget.setMinimumHeight(90)
            widget.setReadOnly(self.read_only)
            widget.textChanged.connect(lambda w=widget, k=key: self._set(k, w.toPlainText()))
        elif kind is FieldKind.CHOICE:
            widget = QComboBox()
            widget.addItem("", "")
            for option in field.options:
                widget.addItem(option.label.get(self.lang), option.key)
            widget.setCurrentIndex(max(0, widget.findData(value)))
            widget.setEnabled(not self.read_only)
            widget.currentIndexChanged.connect(lambda _i, w=widget, k=key: self._set(k, w.currentData()))
        elif kind is FieldKind.CHECKBOX:
            widget = QCheckBox()
            widget.setChecked(bool(value))
            widget.setEnabled(not self.read_only)
            widget.toggled.connect(lambda checked, k=key: self._set(k, checked))
        elif kind is FieldKind.NUMBER:
            widget = QSpinBox()
            widget.setRange(
                field.minimum if field.minimum is not None else 0,
                field.maximum if field.maximum is not None else 1_000_000,
            )
            widget.setValue(value if isinstance(value, int) else widget.minimum())
            widget.setReadOnly(self.read_only)
            widget.valueChanged.connect(lambda number, k=key: self._set(k, number))
        elif kind is FieldKind.COMPETENCIES:
            widget = CompetencyChoice(value if isinstance(value, list) else [], areas=self.areas)
            widget.set_read_only(self.read_only)
            widget.changed.connect(lambda chosen, k=key: self._competencies(k, chosen))
        else:  # AGREEMENTS, GOALS, EARLIER_AGREEMENTS: rows of their own, edited in place
            widget = self.editors(kind, self) if self.editors else QLabel()
            restore = getattr(widget, "restore_draft", None)
            if key in self.drafts and restore is not None:
                restore(self.drafts.pop(key)[1])
        widget.setObjectName(key)
        self.field_widgets[key] = widget
        return widget

    def _competencies(self, key: str, chosen: list[str]) -> None:
        self.answers[key] = chosen
        self.changed.emit()
        if self.template.loop is not None and self.template.loop.over == key:
            self._regrow()
