"""What every tab is handed: the open store, its Qt signal, the settings."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from ..settings import Settings
from ..storage.store import Change, Store


class StoreSignals(QObject):
    """Turns the store's plain-Python announcements into a Qt signal."""

    changed = Signal(object)  # a storage.store.Change

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        store.subscribe(self._relay)

    def _relay(self, change: Change) -> None:
        self.changed.emit(change)

    def detach(self) -> None:
        self.store.unsubscribe(self._relay)


@dataclass
class AppContext:
    store: Store
    signals: StoreSignals
    settings: Settings
    language: str

    def service(self, cls):
        return self.store.service(cls)
