"""The audit log names every action in words, also the demo file's own filling-in."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication, QTableView

from tests.ui.test_fit_and_access_keys import demo_window  # noqa: F401  (the fixture)


@pytest.mark.parametrize("language", ["nl", "en"], indirect=True)
def test_no_action_in_the_audit_log_is_shown_as_a_program_name(qtbot, demo_window):  # noqa: F811
    from opleider_desk.ui.safety.audit_log import AuditLogDialog

    dialog = AuditLogDialog(demo_window.context, demo_window)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    view = dialog.findChild(QTableView)
    assert view is not None
    model = view.model()
    what = [str(model.index(row, 1).data()) for row in range(model.rowCount())]
    assert what
    raw = [w for w in what if re.fullmatch(r"[a-z]+(_[a-z]+)+", w)]
    assert not raw, raw
    dialog.close()
