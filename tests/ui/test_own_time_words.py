"""Hours spent with no trainee (own training, intervision) are named so a trainer knows them.

"— eigen tijd —" / "— own time —" in the Trainee column, the entry row's trainee field, the
filter and the norm section read as free time; they are the trainer's own hours.
"""

from __future__ import annotations

import pytest

from opleider_desk.ui.hours.fields import OWN_TIME

WORDS = {"nl": "— uzelf, geen aios —", "en": "— yourself, no trainee —"}


@pytest.mark.parametrize("language", ["nl", "en"], indirect=True)
def test_the_trainee_fields_name_the_trainer_s_own_hours(qtbot, window, ui_language):
    tab = window.show_tab("hours")
    combos = [tab.aios_filter, tab.entry_row.fields.aios]
    for combo in combos:
        assert combo.itemText(combo.findData(OWN_TIME)) == WORDS[ui_language]
