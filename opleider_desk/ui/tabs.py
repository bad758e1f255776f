"""The main window's tabs, in order. A tab's module is imported when it is
first shown, so start-up pays only for the tab the user sees."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication as Q


@dataclass(frozen=True)
class TabSpec:
    key: str
    module: str
    cls: str
    title: Callable[[], str]
    #: The View menu's item: the title with an access key (a tab bar's titles have none).
    menu_title: Callable[[], str]

    def load(self):
        return getattr(importlib.import_module(self.module), self.cls)


TABS: list[TabSpec] = [
    TabSpec(
        "aios",
        "opleider_desk.ui.aios.tab",
        "AiosTab",
        lambda: Q.translate("MainWindow", "Trainee overview"),
        lambda: Q.translate("MainWindow", "&Trainee overview"),
    ),
    TabSpec(
        "meetings",
        "opleider_desk.ui.meetings.tab",
        "MeetingsTab",
        lambda: Q.translate("MainWindow", "Meetings"),
        lambda: Q.translate("MainWindow", "&Meetings"),
    ),
    TabSpec(
        "hours",
        "opleider_desk.ui.hours.tab",
        "HoursTab",
        lambda: Q.translate("MainWindow", "Hours"),
        lambda: Q.translate("MainWindow", "&Hours"),
    ),
    TabSpec(
        "portfolio",
        "opleider_desk.ui.portfolio.tab",
        "PortfolioTab",
        lambda: Q.translate("MainWindow", "Portfolio"),
        lambda: Q.translate("MainWindow", "&Portfolio"),
    ),
]
