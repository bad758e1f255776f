"""The demo through the real window, in either language: no text of the other one.

The English demo showed Dutch agreements, hour descriptions, IOP goals, meeting
answers and report texts, on every tab, in the meeting window and in its report.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.storage.test_demo_language import TODAY, demo_texts
from tests.ui.conftest import settled_overview
from tests.ui.test_fit_and_access_keys import demo_window, each_page_and_step  # noqa: F401 (a fixture)

OTHER = {"nl": "en", "en": "nl"}


def _shown_texts(top: QWidget) -> list[str]:
    """What the visible widgets of ``top`` show: labels, fields and every cell of every table."""
    texts: list[str] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QLineEdit)):
            texts.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            # A list model keeps columnCount to itself: one column.
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
            for row in range(model.rowCount(QModelIndex())):
                for column in range(columns):
                    index = model.index(row, column, QModelIndex())
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = index.data(role)
                        if isinstance(value, str):
                            texts.append(value)
        texts.append(widget.toolTip())
    return [t for t in texts if t]


def _pdf_text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _tell_tales(folder: Path, language: str) -> set[str]:
    """The demo's own texts in ``language``: long enough not to be a name or a shared word."""
    from opleider_desk.storage.demo import fill_demo_if_empty
    from opleider_desk.storage.open import open_store

    path = folder / f"other-{language}.sqlite"
    store = open_store(path)
    fill_demo_if_empty(store, TODAY, language)
    store.close()
    return {_flat(text) for _where, text in demo_texts(path) if len(text) >= 12 and " " in text}


@pytest.mark.parametrize("language", ["en", "nl"], indirect=True)
def test_every_screen_of_the_demo_speaks_the_ui_language(qtbot, demo_window, ui_language, tmp_path):  # noqa: F811
    from opleider_desk.domain.enums import MeetingKind
    from opleider_desk.storage.services.meetings import MeetingService
    from opleider_desk.ui.tabs import TABS

    other = _tell_tales(tmp_path, OTHER[ui_language])
    own = _tell_tales(tmp_path, ui_language)
    seen: dict[str, str] = {}
    settled_overview(demo_window)
    for spec in TABS:
        demo_window.show_tab(spec.key)
        qtbot.wait(50)
        seen[f"tab {spec.key}"] = _flat(" ¶ ".join(_shown_texts(demo_window)))
    tab = demo_window.show_tab("meetings")
    meetings = demo_window.context.service(MeetingService).list()
    with_answers = [m for m in meetings if m.kind in (MeetingKind.FEEDBACKGESPREK, MeetingKind.STAR_GESPREK)]
    planned = [m for m in meetings if m.kind is MeetingKind.VOORTGANGSGESPREK]
    reports: list[str] = []
    for meeting in [*with_answers, *planned]:
        window = tab.open_meeting(meeting.id)
        qtbot.waitExposed(window)
        for page, step in each_page_and_step(window):
            seen[f"{meeting.kind} page {page} step {step}"] = _flat(" ¶ ".join(_shown_texts(window)))
        seen[f"{meeting.kind} report"] = report = _flat(_pdf_text(window.report_pdf()))
        reports.append(report)
        window.close()

    wrong = sorted({f"{where}: {text!r}" for where, shown in seen.items() for text in other if text in shown})
    assert not wrong, "\n".join(wrong)
    # And the demo's own texts are there: the hours' descriptions, the answers in the report.
    everything = " ".join(seen.values())
    assert len([text for text in own if text in everything]) >= 10
    answers = {
        "en": "A calm pace, a good explanation of the ECG; the patient felt heard.",
        "nl": "Rustig tempo, goede uitleg over het ecg, patiënt voelde zich gehoord.",
    }
    assert any(answers[ui_language] in report for report in reports)
