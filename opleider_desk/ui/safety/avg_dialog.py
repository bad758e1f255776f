"""Bestand ▸ AVG-verzoek: hand over or erase everything about one aios."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from ...backup_settings import backup_folder, rotation_policy
from ...domain.entities import Aios, stored_id
from ...storage.privacy import (
    aios_key,
    collect,
    erase_aios,
    export_aios,
    purge_backups,
    write_private,
)
from ...storage.services.aios import AiosService
from ..context import AppContext
from ..widgets.background import BackgroundTask, run_in_background
from ..widgets.remember import remember_size


def _table_count(table: str, n: int) -> str:
    texts = {
        "aios": lambda: Q.translate("AvgDialog", "%n trainee record(s)", "", n),
        "meeting": lambda: Q.translate("AvgDialog", "%n meeting(s)", "", n),
        "agreement": lambda: Q.translate("AvgDialog", "%n agreement(s)", "", n),
        "learning_goal": lambda: Q.translate("AvgDialog", "%n learning goal(s)", "", n),
        "hour_entry": lambda: Q.translate("AvgDialog", "%n hour entry(ies)", "", n),
        "recurring_hours": lambda: Q.translate("AvgDialog", "%n recurring hour rule(s)", "", n),
        "statement": lambda: Q.translate("AvgDialog", "%n quarterly statement(s)", "", n),
        "checklist_item": lambda: Q.translate("AvgDialog", "%n portfolio item(s)", "", n),
        "attachment": lambda: Q.translate("AvgDialog", "%n attached file(s)", "", n),
        "trainer_event": lambda: Q.translate("AvgDialog", "%n trainer activity(ies)", "", n),
    }
    make = texts.get(table)
    return make() if make else f"{n} × {table}"


def describe_counts(counts: dict[str, int]) -> str:
    return "\n".join(f"• {_table_count(table, n)}" for table, n in counts.items() if n)


def export_file_name(aios: Aios, today: date) -> str:
    from ...words.file_names import file_name

    return file_name("AVG", aios.name, today, suffix=".zip")


class AvgDialog(QDialog):
    def __init__(self, context: AppContext, parent=None, aios_id: int | None = None):
        super().__init__(parent)
        self.setObjectName("avgDialog")
        self.setWindowTitle(self.tr("GDPR (AVG) request"))
        self.context = context
        self.service = context.service(AiosService)
        self.aios = QComboBox()
        for aios in self.service.list():
            self.aios.addItem(aios.name, aios.id)
        if aios_id is not None:
            self.aios.setCurrentIndex(max(0, self.aios.findData(aios_id)))
        form = QFormLayout()
        form.addRow(self.tr("Tr&ainee"), self.aios)

        access = QGroupBox(self.tr("Request for access"))
        access_text = QLabel(
            self.tr(
                "Saves everything this file holds about the trainee in one ZIP file: the data as "
                "JSON, attached files and the documents made for this trainee."
            )
        )
        access_text.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export everything…"))
        access_layout = QVBoxLayout(access)
        access_layout.addWidget(access_text)
        access_layout.addWidget(self.export_button)

        erasure = QGroupBox(self.tr("Erasure"))
        erasure_text = QLabel(
            self.tr("Erases the trainee and everything about them from this file. This cannot be undone.")
        )
        erasure_text.setWordWrap(True)
        self.erase_button = QPushButton(self.tr("E&rase completely…"))
        erasure_layout = QVBoxLayout(erasure)
        erasure_layout.addWidget(erasure_text)
        erasure_layout.addWidget(self.erase_button)

        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export_selected)
        self.erase_button.clicked.connect(self.erase_selected)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(access)
        layout.addWidget(erasure)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        self._update_buttons()
        remember_size(self, "avg")

    def _update_buttons(self) -> None:
        has_aios = self.aios.count() > 0
        self.export_button.setEnabled(has_aios)
        self.erase_button.setEnabled(has_aios and not self.context.store.read_only)

    def selected(self) -> Aios | None:
        aios_id = self.aios.currentData()
        return self.service.get(aios_id) if aios_id is not None else None

    def export_selected(self) -> None:
        aios = self.selected()
        if aios is None:
            return
        from ..widgets.save_file import ask_save_path

        path = ask_save_path(
            self,
            self.tr("Save GDPR export"),
            export_file_name(aios, date.today()),
            "ZIP (*.zip)",
            suffix=".zip",
        )
        if path is not None:
            self.export_to(aios, path)

    def export_to(self, aios: Aios, path: Path) -> BackgroundTask[None]:
        """Save the export on a worker thread (its PDFs take a while); the task, to wait for."""
        store = self.context.store

        def export(_progress) -> None:
            write_private(path, export_aios(store, stored_id(aios.id)))

        def saved(_result: None) -> None:
            self.outcome.setText(
                self.tr("Everything about {name} was saved in {path}.").format(name=aios.name, path=path)
            )

        return run_in_background(
            self,
            export,
            label=self.tr("Saving everything about {name}…").format(name=aios.name),
            on_done=saved,
        )

    def confirm_erasure(self, aios: Aios) -> tuple[bool, bool]:
        """(erase, also clean the backups) as the user answered."""
        counts = collect(self.context.store, stored_id(aios.id)).counts
        counts.pop("audit_log", None)
        months = rotation_policy(self.context.settings).monthly
        text = self.tr(
            "Erase {name} completely? This erases:\n{details}\n\n"
            "Entries about {name} in the audit log keep only what was done and when. "
            "This cannot be undone.\n\n"
            "Backups made earlier still hold these data until they are rotated out "
            "(after at most {months} months), unless you also remove them from the backups."
        ).format(name=aios.name, details=describe_counts(counts), months=months)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Erase trainee"), text, QMessageBox.StandardButton.Cancel, self
        )
        box.setObjectName("confirmErasure")
        purge = QCheckBox(self.tr("Also remove {name} from the existing backups").format(name=aios.name))
        box.setCheckBox(purge)
        erase = box.addButton(self.tr("Erase"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is erase, purge.isChecked()

    def erase_selected(self) -> None:
        aios = self.selected()
        if aios is None:
            return
        confirmed, purge = self.confirm_erasure(aios)
        if confirmed:
            self.erase(aios, purge_backups_too=purge)

    def erase(self, aios: Aios, *, purge_backups_too: bool) -> None:
        key = aios_key(self.context.store, stored_id(aios.id))
        erase_aios(self.context.store, stored_id(aios.id))
        message = self.tr("{name} has been erased.").format(name=aios.name)
        if purge_backups_too:
            result = purge_backups(
                backup_folder(self.context.settings),
                self.context.store.path,
                key,
                self.context.store.database.passphrase,
            )
            message += " " + self.tr("Removed from %n backup(s).", "", len(result.cleaned))
            if result.failed:
                message += " " + self.tr(
                    "These backups could not be opened; delete them yourself: {files}"
                ).format(files=", ".join(str(p) for p in result.failed))
        self.aios.removeItem(self.aios.currentIndex())
        self._update_buttons()
        self.outcome.setText(message)
