"""A user action the rules refuse is shown one way: in the form's lines, or in a warning."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from opleider_desk.domain.problems import Problem, ValidationFailed
from opleider_desk.ui.widgets.form_errors import FieldError
from opleider_desk.ui.widgets.user_action import FAILED, run_action


def _refused() -> int:
    raise ValidationFailed([Problem("required", "name")])


def test_a_result_comes_back_and_a_refusal_is_failed_with_its_sentence_in_the_line(qtbot, ui_language):
    widget = QWidget()
    qtbot.addWidget(widget)
    line = FieldError(widget)
    assert run_action(widget, lambda: 42, show_in=line) == 42
    assert run_action(widget, _refused, show_in=line) is FAILED
    assert line.text() == "Dit veld is verplicht."


def test_without_a_form_the_refusal_is_a_warning_with_the_title_given(qtbot, ui_language, monkeypatch):
    widget = QWidget()
    qtbot.addWidget(widget)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: shown.append((title, text)))
    assert run_action(widget, _refused, title="Uren") is FAILED
    assert shown == [("Uren", "Dit veld is verplicht.")]


def test_a_defect_is_no_refusal_and_goes_on_to_the_excepthook(qtbot, ui_language):
    widget = QWidget()
    qtbot.addWidget(widget)

    def broken() -> None:
        raise KeyError("x")

    with pytest.raises(KeyError):
        run_action(widget, broken)
