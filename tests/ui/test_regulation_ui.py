"""Picking, reading and adjusting the regulation through the real dialogs."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from opleider_desk.domain.competency_profiles import GP_PROFILE_2023, PROFILE_2016
from opleider_desk.domain.entities import Aios, LearningGoal
from opleider_desk.domain.enums import CompetencyArea
from opleider_desk.domain.regulations import GP, MG
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.goals import GoalService
from opleider_desk.storage.services.norms import NormService
from opleider_desk.storage.services.profile import ProfileService
from opleider_desk.ui.norms_dialog import NormsDialog


def _pick(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_the_norms_dialog_shows_each_rule_with_its_source(qtbot, window):
    dialog = NormsDialog(window.context.service(NormService), window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.regulation.currentData() == GP
    shifts = dialog.rows["shifts_per_practice_year"].source.text()
    assert "Kwaliteitsplan huisartsopleiders Leiden, Criterium 1" in shifts and "Criterium 1" in shifts
    assert "per aios" in shifts and "per praktijkjaar (HLWP)" in shifts
    assert "instelling van OpleiderDesk" in dialog.rows["final_meeting_months_before_end"].source.text()
    # The LPP's intervision is not a GP rule: shown, not editable, nothing measured.
    intervision = dialog.rows["intervision_sessions_per_year"]
    assert not intervision.spin.isEnabled()
    assert "Geen regel van deze regeling" in intervision.source.text()


def test_an_adjusted_rule_shows_the_regulation_value_and_resets(qtbot, window):
    service = window.context.service(NormService)
    dialog = NormsDialog(service, window)
    qtbot.addWidget(dialog)
    dialog.show()
    row = dialog.rows["kpb_per_year"]
    assert not row.reset.isVisible() and row.adjusted.text() == ""
    row.spin.setValue(12)
    assert row.adjusted.text() == "aangepast · regeling: 10"
    assert row.reset.isVisible()
    assert "1 aangepast" in dialog.windowTitle()
    dialog.accept()
    assert service.overrides() == {"kpb_per_year": 12}

    again = NormsDialog(service, window)
    qtbot.addWidget(again)
    again.show()
    row = again.rows["kpb_per_year"]
    assert row.spin.value() == 12 and row.is_adjusted
    row.reset.click()
    assert row.spin.value() == 10 and not row.is_adjusted
    again.accept()
    assert service.overrides() == {}


def test_the_mg_regulation_is_shown_with_its_proposals(qtbot, window):
    service = window.context.service(NormService)
    dialog = NormsDialog(service, window)
    qtbot.addWidget(dialog)
    dialog.show()
    _pick(dialog.regulation, MG)
    intervision = dialog.rows["intervision_sessions_per_year"]
    assert intervision.spin.isEnabled() and intervision.spin.value() == 3
    assert intervision.source.text().split(" · ", 1)[1].startswith("Voorstel: LPP, § 4")
    assert "Bijlage 1 punt 1" in dialog.rows["supervision_minutes_per_week"].source.text()
    assert not dialog.rows["shifts_per_practice_year"].spin.isEnabled()
    dialog.rows["coaching_min_per_year"].spin.setValue(7)
    dialog.accept()
    # Stored for M&G; the trainer's own (GP) rules are untouched.
    assert service.overrides(MG) == {"coaching_min_per_year": 7}
    assert service.overrides() == {}


def test_the_profile_dialog_picks_the_regulation(qtbot, window):
    from opleider_desk.ui.profile_dialog import ProfileDialog

    dialog = ProfileDialog(window.context.service(ProfileService), parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.regulation.currentData() == GP
    _pick(dialog.regulation, MG)
    assert "SSGO" in dialog.regulation_note.text()
    dialog.accept()
    assert window.context.service(ProfileService).get().regulation == MG
    assert window.context.service(NormService).trainer_regulation_key() == MG


def test_settings_change_the_regulation_in_the_data_file(qtbot, window, settings):
    from opleider_desk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings, window, profiles=window.context.service(ProfileService))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.regulation is not None and dialog.regulation.currentData() == GP
    _pick(dialog.regulation, MG)
    dialog.accept()
    assert window.context.service(ProfileService).get().regulation == MG


def test_the_aios_dialog_sets_the_programme_and_moves_to_the_2023_profile(qtbot, window):
    from opleider_desk.ui.aios.dialog import AiosDialog

    service = window.context.service(AiosService)
    new = AiosDialog(service, parent=window)
    qtbot.addWidget(new)
    # A new aios gets the profile of the trainer's regulation (GP: 2023).
    assert new.competency_profile.currentData() == GP_PROFILE_2023
    assert new.regulation.currentData() == ""
    assert new.regulation.currentText() == "Als de opleider: Huisartsgeneeskunde"

    # An aios from a 0.1 file, on the 2016 profile.
    daan = service.add(Aios(name="Daan Bakker", start_date=date(2025, 9, 1), competency_profile=PROFILE_2016))
    goals = window.context.service(GoalService)
    goals.add(LearningGoal(aios_id=daan, competency=CompetencyArea.ORGANISATIE, statement="Praktijk plannen"))
    dialog = AiosDialog(service, service.get(daan), parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.competency_profile.currentData() == PROFILE_2016
    assert not dialog.profile_note.isVisible()
    _pick(dialog.competency_profile, GP_PROFILE_2023)
    assert dialog.profile_note.isVisible()
    assert "Organisatie → Leiderschap" in dialog.profile_note.text()
    _pick(dialog.regulation, MG)
    dialog.accept()
    saved = service.get(daan)
    assert (saved.regulation, saved.competency_profile) == (MG, GP_PROFILE_2023)
    assert [g.competency for g in goals.list(daan)] == [CompetencyArea.ORGANISATIE]
    assert not any(w.isVisible() and w is dialog for w in QApplication.topLevelWidgets())


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_the_english_norms_dialog_cites_each_section_in_english(qtbot, window):
    """It cited "Criterium 7: minimaal 2 hao-evaluatiegesprekken met de docent per
    opleidingstraject" and "Bijlage 1 punt 1: …" in the English UI."""
    import re

    dutch = re.compile(r"\b(Criterium|Bijlage|Kaart|punt|minimaal|jaarlijks|per jaar|aios|docent)\b")
    dialog = NormsDialog(window.context.service(NormService), window)
    qtbot.addWidget(dialog)
    dialog.show()
    wrong = []
    for regulation in (GP, MG):
        _pick(dialog.regulation, regulation)
        QApplication.processEvents()
        wrong += [f"{regulation} {key}: {row.source.text()!r}" for key, row in dialog.rows.items()]
    _pick(dialog.regulation, GP)  # nothing changed: closing asks nothing
    dialog.done(0)
    wrong = [w for w in wrong if dutch.search(w.split(": ", 1)[1])]
    assert not wrong, "\n".join(wrong)
