"""Help ▸ Handleiding: the Dutch user guide (docs/handleiding.md), rendered in a window."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..paths import user_guide_file
from .widgets.remember import remember_size


class UserGuideDialog(QDialog):
    """Non-modal, so the guide can stay open beside the window it explains."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.resize(760, 680)
        remember_size(self, "user_guide")
        self.browser = QTextBrowser()
        self.browser.setObjectName("userGuide")
        self.browser.setOpenExternalLinks(True)
        path = user_guide_file()
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            text = self.tr("The user guide was not found at {path}.").format(path=path)
        self.browser.setMarkdown(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
