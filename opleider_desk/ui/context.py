"""What every tab is handed: the open store, its Qt signal, the settings, its host."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

from ..settings import Settings
from ..storage.store import Change, Service, Store

if TYPE_CHECKING:
    from ..domain.quarters import Quarter
    from .navigation import NavTarget

S = TypeVar("S", bound=Service)


class Host(Protocol):
    """What a tab may ask of the window around it (the main window is the one host).

    Tabs reach the window through this and not through ``self.window()``, so
    what they rely on is written down and checked.
    """

    #: True while the window builds the tab it opens with, as it starts: a tab may then leave
    #: what the user does not wait for (a list below its form) until after its first paint.
    opening_at_start: bool

    def show_status(self, text: str, msecs: int = 4000) -> None: ...

    def navigate(self, target: NavTarget) -> bool: ...

    def open_statement(self, quarter: Quarter | None = None, aios_id: int | None = None) -> None: ...

    def avg_request(self, aios_id: int | None = None) -> None: ...

    def edit_norms(self) -> None: ...


class StoreSignals(QObject):
    """Turns the store's plain-Python announcements into a Qt signal, on the GUI thread.

    A change written by a worker (``widgets/background.py``) is announced on
    the worker's thread; it crosses to this object's thread before any view
    hears of it, so views only ever refresh on the GUI thread.
    """

    changed = Signal(object)  # a storage.store.Change
    _from_worker = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self._gui_thread = threading.get_ident()
        self._from_worker.connect(self._emit, Qt.ConnectionType.QueuedConnection)
        store.subscribe(self._relay)

    def _relay(self, change: Change) -> None:
        if threading.get_ident() == self._gui_thread:
            self.changed.emit(change)
        else:
            self._from_worker.emit(change)

    @Slot(object)
    def _emit(self, change: Change) -> None:
        self.changed.emit(change)

    def detach(self) -> None:
        self.store.unsubscribe(self._relay)


@dataclass
class AppContext:
    store: Store
    signals: StoreSignals
    settings: Settings
    language: str
    host: Host

    def service(self, cls: type[S]) -> S:
        return self.store.service(cls)
