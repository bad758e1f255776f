"""The rows a view left out for a value this version does not know, said above the view.

The rows are found where they are read (``storage.mapping.to_entities``) and
kept per open file (``Store.unreadable``); each tab that shows what they
would have counted toward puts this notice above its tables.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ...domain.enums import TrainerEventKind
from ...storage.services.aios import AiosService
from ...storage.store import Store
from .tones import Tone, tone_css, tone_style


class UnreadableNotice(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("unreadableWarning")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tone_style(self, lambda: f"color: {tone_css(Tone.BAD)};")
        self.hide()

    def refresh(self, store: Store, tables: Iterable[str] | None = None) -> None:
        """Say the rows left out so far; ``tables``: only those of what the view shows."""
        found = store.unreadable.found(tables)
        if not found:
            self.clear()
            self.hide()
            return
        # After the check: the hours tab refreshes this before it is ready, and the
        # portfolio's words bring the due engine, which that tab does not need.
        from ...words.unreadable import unreadable_intro, unreadable_text
        from ..portfolio import texts

        names = {a.id: a.name for a in store.service(AiosService).list() if a.id is not None}
        lines = [f"• {unreadable_text(e, names, {TrainerEventKind: texts.event_kind})}" for e in found]
        self.setText("\n".join([unreadable_intro(len(found)), *lines]))
        self.show()
