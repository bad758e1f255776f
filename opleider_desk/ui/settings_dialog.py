"""Preferences of this computer's user, and the regulation of the open data file.

The regulation is data, not a preference: it is stored in the data file
(the profile), so it travels with the file to another computer.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from ..domain.problems import ValidationFailed
from ..paths import default_backup_dir
from ..settings import (
    BACKUP_AUTOMATIC,
    BACKUP_FOLDER,
    BACKUP_INTERVAL_HOURS,
    BACKUP_KEEP_DAILY,
    BACKUP_KEEP_MONTHLY,
    BACKUP_KEEP_WEEKLY,
    COLOUR_SCHEME,
    LANGUAGE,
    Settings,
)
from ..storage.services.profile import ProfileService
from .safety.file_dialogs import existing_directory
from .widgets.colour_scheme import DARK, LIGHT, SYSTEM, apply_colour_scheme, chosen_scheme
from .widgets.remember import remember_size
from .widgets.unsaved import DiscardGuard


def _spin(low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(min(max(value, low), high))
    return box


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        parent=None,
        profiles: ProfileService | None = None,
        language: str | None = None,
    ):
        super().__init__(parent)
        self.settings = settings
        self.profiles = profiles
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        # The language in use, which ``--lang`` may have chosen for this run instead of the
        # saved one; it is saved only when changed here, so --lang leaves the choice alone.
        self.language_in_use = language or settings.get(LANGUAGE)
        self.language.setCurrentIndex(max(0, self.language.findData(self.language_in_use)))
        note = QLabel(self.tr("A new language takes effect when you restart OpleiderDesk."))
        note.setWordWrap(True)
        self.colour_scheme = QComboBox()
        self.colour_scheme.addItem(self.tr("Follow the system"), SYSTEM)
        self.colour_scheme.addItem(self.tr("Light"), LIGHT)
        self.colour_scheme.addItem(self.tr("Dark"), DARK)
        self.colour_scheme.setCurrentIndex(
            self.colour_scheme.findData(chosen_scheme(settings.get(COLOUR_SCHEME)))
        )
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("Colour &scheme"), self.colour_scheme)

        backups = QGroupBox(self.tr("Backups"))
        self.backup_folder = QLineEdit(settings.get(BACKUP_FOLDER))
        self.backup_folder.setPlaceholderText(str(default_backup_dir()))
        self.backup_folder.setToolTip(str(default_backup_dir()))
        metrics = self.backup_folder.fontMetrics()
        self.backup_folder.setMinimumWidth(
            min(560, metrics.horizontalAdvance(str(default_backup_dir())) + 16)
        )
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder)
        folder_row.addWidget(choose)
        self.backup_automatic = QCheckBox(self.tr("Make a backup when a file is opened and closed"))
        self.backup_automatic.setChecked(settings.get(BACKUP_AUTOMATIC))
        self.backup_interval = _spin(0, 24 * 7, settings.get(BACKUP_INTERVAL_HOURS))
        self.backup_interval.setSuffix(self.tr(" h"))
        self.keep_daily = _spin(1, 365, settings.get(BACKUP_KEEP_DAILY))
        self.keep_weekly = _spin(0, 104, settings.get(BACKUP_KEEP_WEEKLY))
        self.keep_monthly = _spin(0, 120, settings.get(BACKUP_KEEP_MONTHLY))
        backup_form = QFormLayout(backups)
        folder_label = QLabel(self.tr("&Folder"))
        folder_label.setBuddy(self.backup_folder)
        backup_form.addRow(folder_label, folder_row)
        backup_form.addRow("", self.backup_automatic)
        backup_form.addRow(self.tr("At most one automatic backup &every"), self.backup_interval)
        backup_form.addRow(self.tr("Keep the last &days"), self.keep_daily)
        backup_form.addRow(self.tr("Keep the last &weeks"), self.keep_weekly)
        backup_form.addRow(self.tr("Keep the last &months"), self.keep_monthly)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        self.regulation: QComboBox | None = None
        if profiles is not None:
            layout.addWidget(self._regulation_box(profiles))
        layout.addWidget(backups)
        layout.addWidget(buttons)
        self.guard = DiscardGuard(self, self.tr("Discard the changes you made to the settings?"))
        remember_size(self, "settings")

    def _regulation_box(self, profiles: ProfileService) -> QGroupBox:
        from .profile_dialog import regulation_choice

        box = QGroupBox(self.tr("Regulation (stored in the data file)"))
        self.regulation, description = regulation_choice(profiles.regulation())
        box_form = QFormLayout(box)
        box_form.addRow(self.tr("&Regulation you train under"), self.regulation)
        box_form.addRow("", description)
        return box

    def _choose_folder(self) -> None:
        start = self.backup_folder.text() or str(default_backup_dir())
        folder = existing_directory(self, self.tr("Folder for backups"), start)
        if folder:
            self.backup_folder.setText(folder)

    def reject(self) -> None:
        if self.guard.may_close():
            super().reject()

    def accept(self) -> None:
        if self.language.currentData() != self.language_in_use:
            self.settings.set(LANGUAGE, self.language.currentData())
        scheme = self.colour_scheme.currentData()
        if scheme != chosen_scheme(self.settings.get(COLOUR_SCHEME)):
            from PySide6.QtWidgets import QApplication

            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_colour_scheme(app, scheme)  # at once, in every open window
        self.settings.set(COLOUR_SCHEME, scheme)
        self.settings.set(BACKUP_FOLDER, self.backup_folder.text().strip())
        self.settings.set(BACKUP_AUTOMATIC, self.backup_automatic.isChecked())
        self.settings.set(BACKUP_INTERVAL_HOURS, self.backup_interval.value())
        self.settings.set(BACKUP_KEEP_DAILY, self.keep_daily.value())
        self.settings.set(BACKUP_KEEP_WEEKLY, self.keep_weekly.value())
        self.settings.set(BACKUP_KEEP_MONTHLY, self.keep_monthly.value())
        self.settings.sync()
        if self.profiles is not None and self.regulation is not None:
            chosen = self.regulation.currentData()
            if chosen != self.profiles.regulation():
                try:
                    self.profiles.save(dataclasses.replace(self.profiles.get(), regulation=chosen))
                except ValidationFailed:
                    # An incomplete profile (no name yet): the profile dialog asks for it. Or one
                    # this version cannot read (UnreadableRow): only its regulation is written.
                    self.profiles.save_regulation(chosen)
        super().accept()
