"""The portfolio tab: per aios what the portfolio holds and what is missing,
the portfolio review before a progress meeting, and the trainer's own
obligations per training year."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.due import TargetArea
from ...domain.enums import AiosStatus, MeetingKind, TrainerEventKind
from ...storage.changes import READ_BY_OBLIGATIONS, READ_BY_PORTFOLIO, Area
from ...storage.services.aios import AiosService
from ...storage.services.portfolio import PortfolioService
from ...storage.services.trainer_events import ANNOUNCED
from ...storage.store import Change
from ...words import labels
from ..context import AppContext
from ..navigation import PORTFOLIO, NavTarget
from ..widgets.tones import Tone, tone_css, tone_style
from ..widgets.unreadable_notice import UnreadableNotice
from .checklist_page import ChecklistPage
from .obligations_page import ObligationsPage
from .review_page import ReviewPage

#: The checklist item that shows a meeting kind's reports.
MEETING_ITEMS = {
    MeetingKind.VOORTGANGSGESPREK: "progress_reports",
    MeetingKind.GESCHIKTHEIDSBEOORDELING: "suitability_reports",
    MeetingKind.EINDGESPREK: "final_report",
    MeetingKind.KPB: "kpb",
}


class PortfolioTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.service = context.service(PortfolioService)

        self.aios = QComboBox()
        self.aios.setObjectName("portfolioAios")
        self.aios.setMinimumContentsLength(24)
        aios_label = QLabel(self.tr("Tr&ainee"))
        aios_label.setBuddy(self.aios)
        self.norms_button = QPushButton(self.tr("&Norms…"))
        self.checklist = ChecklistPage(self.service, context.host)
        self.review = ReviewPage(self.service, context.host)
        self.obligations = ObligationsPage(context)
        self.pages = QTabWidget()
        self.pages.addTab(self.checklist, self.tr("&Checklist"))
        self.pages.addTab(self.review, self.tr("Portfolio revie&w"))
        self.pages.addTab(self.obligations, self.tr("&My obligations"))

        top = QHBoxLayout()
        top.addWidget(aios_label)
        top.addWidget(self.aios)
        top.addStretch()
        top.addWidget(self.norms_button)
        self.template_warning = QLabel()
        self.template_warning.setObjectName("templateWarning")
        self.template_warning.setWordWrap(True)
        tone_style(self.template_warning, lambda: f"color: {tone_css(Tone.BAD)};")
        self.template_warning.setText(
            "\n".join(
                self.tr(
                    "Your own checklist {file} cannot be used ({error}); the built-in checklist is shown."
                ).format(
                    file=error.file,
                    error=error.message if error.field is None else f"{error.field}: {error.message}",
                )
                for error in self.service.template_errors
            )
        )
        self.template_warning.setVisible(bool(self.service.template_errors))
        # Rows with a value this version does not know: left out of the pages, said here.
        self.unreadable_warning = UnreadableNotice()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.template_warning)
        layout.addWidget(self.unreadable_warning)
        layout.addWidget(self.pages)

        self.aios.currentIndexChanged.connect(lambda _n: self._aios_changed())
        # The trainer's own obligations are not about one aios.
        self.pages.currentChanged.connect(
            lambda _n: self.aios.setEnabled(self.pages.currentWidget() is not self.obligations)
        )
        self.norms_button.clicked.connect(lambda: self.context.host.edit_norms())
        context.signals.changed.connect(self._on_change)
        self._apply_role()
        self.reload_aios()
        self.show_unreadable()

    def _apply_role(self) -> None:
        """A praktijkbegeleider has duties of their own (in the overview), not the opleider's
        obligations; the page stays for the § 9 events where a regulation in use has them."""
        from ...domain.enums import Role
        from ...storage.services.profile import ProfileService

        pb = self.context.service(ProfileService).get_or_default().role is Role.PRAKTIJKBEGELEIDER
        # The pb keeps the page for what 000_… Bijlage 2 §11 has them tell the institution.
        visible = not pb or any(self.obligations.section_9_in_use())
        self.pages.setTabVisible(self.pages.indexOf(self.obligations), visible)
        self.obligations.set_praktijkbegeleider(pb)

    def aios_id(self) -> int | None:
        return self.aios.currentData()

    def reload_aios(self) -> None:
        current = self.aios_id()
        everyone = self.context.service(AiosService).list()
        # Active and paused aios first: those are the portfolios still growing.
        everyone.sort(
            key=lambda a: (a.status not in (AiosStatus.ACTIVE, AiosStatus.PAUSED), a.name.casefold())
        )
        self.aios.blockSignals(True)
        self.aios.clear()
        for a in everyone:
            text = a.name if a.status is AiosStatus.ACTIVE else f"{a.name} ({labels.aios_status(a.status)})"
            self.aios.addItem(text, a.id)
        index = self.aios.findData(current)
        self.aios.setCurrentIndex(index if index >= 0 else (0 if everyone else -1))
        self.aios.blockSignals(False)
        if self.aios_id() != current or current is None:
            self._aios_changed()

    def _aios_changed(self) -> None:
        aios_id = self.aios_id()
        self.checklist.set_aios(aios_id)
        self.review.set_aios(aios_id)
        self.show_unreadable()

    def _on_change(self, change: Change) -> None:
        if Area.PROFILE in change.areas or Area.AIOS in change.areas:
            self._apply_role()
        if Area.AIOS in change.areas:
            self.reload_aios()
        if change.touches(READ_BY_PORTFOLIO):
            self.checklist.reload()
            self.review.reload()
        if change.touches(READ_BY_OBLIGATIONS):
            self.obligations.reload()
        self.show_unreadable()

    def show_unreadable(self) -> None:
        """Every row the pages left out, in words (``storage.mapping.UnknownValue``)."""
        self.unreadable_warning.refresh(self.context.store)

    def unsaved_input(self) -> str | None:
        """What closing the window would lose (``MainWindow.confirm_discard_unsaved``)."""
        return self.checklist.unsaved_input()

    def select_aios(self, aios_id: int | None) -> bool:
        index = self.aios.findData(aios_id)
        if index < 0:
            return False
        self.aios.setCurrentIndex(index)
        return True

    def show_target(self, target: NavTarget) -> bool:
        """Navigation: the checklist item, the review or the obligation to act on."""
        area = target.area
        if area == TargetArea.TRAINER_EVENT:
            self.pages.setCurrentWidget(self.obligations)
            self.obligations.select_obligation(str(target.ref))
            if target.ref == TrainerEventKind.LEOH:
                aios_id = target.aios_id
                QTimer.singleShot(0, lambda: self.obligations.record(TrainerEventKind.LEOH, aios_id))
            elif target.ref in ANNOUNCED:
                # "Inform the institution": the event to mark once they know.
                self.obligations.select_event(TrainerEventKind(target.ref))
            return True
        if target.aios_id is None or not self.select_aios(target.aios_id):
            return False
        if area == TargetArea.AGREEMENT:
            # Agreements are the review's "activities in line with earlier agreements".
            self.pages.setCurrentWidget(self.review)
            return True
        if area in (TargetArea.MEETING, PORTFOLIO):
            self.pages.setCurrentWidget(self.checklist)
            key = MEETING_ITEMS.get(target.ref) if area == TargetArea.MEETING else target.ref
            if key:
                self.checklist.select_template_key(key)
            return True
        return False
