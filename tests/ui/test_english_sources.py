"""In the English UI a rule's or profile's source reads in English, as a regulation's sections do.

The engine's own account of its rules (``due_norms.RULES``, used where no regulation is at
hand), the institution-notice source and the competency profiles' sources were Dutch only.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from opleider_desk.domain.due import DueItem, DueKind, DueStatus, DueTarget, TargetArea
from opleider_desk.domain.due_norms import RULES
from opleider_desk.words.due import source_text

#: Words only the Dutch citations use.
DUTCH = ("kaart ", "criterium", "Bijlage", "maanden", "per jaar", "praktijkbegeleider", "competentie")


def _item(rule: str) -> DueItem:
    return DueItem(
        aios_id=None,
        kind=DueKind.KPB,
        due_date=date(2026, 6, 1),
        status=DueStatus.OK,
        target=DueTarget(TargetArea.MEETING, None),
        rule=rule,
    )


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_every_built_in_rule_source_reads_in_english(ui_language):
    wrong = []
    for rule in RULES:
        text = source_text(_item(rule))
        if any(word in text for word in DUTCH):
            wrong.append(f"{rule}: {text!r}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_the_dutch_ui_keeps_the_dutch_citation(ui_language):
    text = source_text(_item("leoh"))
    assert "criterium 6: LEOh minimaal 2 x per jaar" in text and "Kwaliteitsplan" in text


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_the_aios_dialog_names_the_profiles_sources_and_the_notice_in_english(qtbot, window):
    from opleider_desk.storage.services.aios import AiosService
    from opleider_desk.ui.aios.dialog import AiosDialog

    dialog = AiosDialog(window.context.service(AiosService), None, window)
    qtbot.addWidget(dialog)
    combo = dialog.competency_profile
    tips = [combo.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(combo.count())]
    assert tips and all(tips), tips
    assert not [t for t in tips if any(word in t for word in DUTCH)], tips
    assert any("seven competency areas" in t for t in tips), tips


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_the_interruption_dialog_cites_the_notice_rule_in_english(qtbot, ui_language):
    from PySide6.QtWidgets import QLabel

    from opleider_desk.domain.entities import Interruption
    from opleider_desk.ui.aios.training_editor import InterruptionDialog

    dialog = InterruptionDialog(Interruption(start=date(2026, 3, 1)), lambda _i: [])
    qtbot.addWidget(dialog)
    hint = dialog.findChild(QLabel, "institutionHint")
    assert hint is not None
    assert "Appendix 1 §9" in hint.text() and "Bijlage" not in hint.text(), hint.text()


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_the_due_list_and_the_norms_dialog_name_the_program_s_own_setting_alike(ui_language):
    from opleider_desk.ui.norms_dialog import source_text as norms_source_text
    from opleider_desk.words.due import rule_text

    item = _item("final_meeting_months_before_end")
    words = "OpleiderDesk's own setting"
    assert source_text(item).startswith(words) and rule_text(item).startswith(f"Rule: {words}")
    from opleider_desk.domain.regulations import GP, regulation

    own = next(r for r in regulation(GP).rules if r.source.document is None)
    assert norms_source_text(own, ui_language).startswith(words)


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_the_proposed_end_and_the_notice_after_an_interruption_read_in_english(qtbot, window):

    from opleider_desk.storage.services.aios import AiosService
    from opleider_desk.ui.aios.dialog import AiosDialog
    from tests.ui.test_aios_training import _aios, add_sick_leave

    service = window.context.service(AiosService)
    dialog = AiosDialog(service, service.get(_aios(window, "maatschappij_en_gezondheid")), window)
    qtbot.addWidget(dialog)
    dialog.show()
    editor = dialog.training

    add_sick_leave(qtbot, editor, "2026-03-01", "2026-05-09")
    shown = f"{editor.notice.text()} {editor.proposal.text()}"
    dialog.accept()  # closing with the change unsaved would ask whether to discard it
    assert "OpleiderDesk's own setting" in shown and "Practice training M&G (SSGO), Appendix 1 §9" in shown, (
        shown
    )
    assert not [word for word in ("instelling", "Bijlage", "praktijkbegeleider") if word in shown], shown


@pytest.mark.parametrize("language", ["nl", "en"], indirect=True)
def test_the_obligation_names_the_trainer_s_own_training_as_the_hours_norm_does(ui_language):
    from opleider_desk.domain.checklists import load_builtin_checklist
    from opleider_desk.domain.hour_norms import HourNorm
    from opleider_desk.ui.hours.totals import _what

    item = next(i for i in load_builtin_checklist("trainer").items if i.key == "training_days")
    # „Scholing” / "Training" beside the hours' „Eigen scholing” / "Own training" read as two things.
    assert item.title.get(ui_language).startswith(f"{_what(HourNorm.OWN_TRAINING)}:")
