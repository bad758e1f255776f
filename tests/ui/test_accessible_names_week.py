"""Every control a trainer meets in a week of hours has a name a screen reader can say:
the overview and hours tabs whole, and the dialogs they open."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.test_accessibility import _nameless
from tests.ui.test_fit_and_access_keys import demo_window, each_dialog  # noqa: F401


def _dialogs(window) -> list[tuple[str, Callable[[], object]]]:
    from opleider_desk.storage.services.aios import AiosService
    from opleider_desk.storage.services.categories import CategoryService
    from opleider_desk.storage.services.hour_routines import HourRoutineService
    from opleider_desk.ui.hours.categories_dialog import CategoriesDialog
    from opleider_desk.ui.hours.routine_dialog import RoutineDialog

    context = window.context
    aios = context.service(AiosService).list()
    categories = context.service(CategoryService).list()
    return [
        ("profile", window.profile_action.trigger),
        ("settings", window.settings_action.trigger),
        ("norms", window.norms_action.trigger),
        ("statement", window.statement_action.trigger),
        (
            "routines",
            lambda: RoutineDialog(context.service(HourRoutineService), aios, categories, parent=window),
        ),
        ("categories", lambda: CategoriesDialog(context.service(CategoryService), parent=window)),
    ]


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_the_overview_hours_tab_and_their_dialogs_name_every_control(qtbot, demo_window):  # noqa: F811
    missing = []
    for key in ("aios", "hours"):
        demo_window.show_tab(key)
        QApplication.processEvents()
        missing += [f"tab {key}: {m}" for m in _nameless(demo_window)]
    for where, dialog in each_dialog(_dialogs(demo_window)):
        missing += [f"{where}: {m}" for m in _nameless(dialog)]
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_a_forms_access_key_puts_the_cursor_in_its_field(qtbot, demo_window):  # noqa: F811
    """In the profile (and every form with messages under its fields) Alt+P went to the
    box that holds the field and its message, so the typing went nowhere."""
    from PySide6.QtCore import Qt

    from opleider_desk.ui.profile_dialog import ProfileDialog

    demo_window.profile_action.trigger()
    QApplication.processEvents()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ProfileDialog) and w.isVisible())
    assert isinstance(dialog, ProfileDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.name.setFocus()
    qtbot.keyClick(dialog.name, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.practice)
    assert dialog.practice.accessibleName() == "Praktijk"
    dialog.done(0)
