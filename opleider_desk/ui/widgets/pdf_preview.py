"""A PDF shown in a window as it will print: the statement dialog and a meeting's report tab.

The bytes are made by ``reports/``; this only shows them. Qt's PDF document reads
from a device that must outlive it, so each shown PDF keeps its own buffer, and the
previous one is closed only after the document has let go of it.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget


class PdfPreview(QPdfView):
    def __init__(self, parent: QWidget):
        super().__init__(parent)
        # Owned by the parent, not by the view: a view that owned its document crashed
        # when a meeting window holding one closed inside another event loop (seen in tests).
        self.pdf_document = QPdfDocument(parent)
        self.setDocument(self.pdf_document)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setAccessibleName(self.tr("Preview"))
        self._buffer: QBuffer | None = None

    def show_pdf(self, pdf: bytes) -> None:
        """Show ``pdf``; empty bytes leave the view empty."""
        old = self._buffer
        self.pdf_document.close()
        self._buffer = None
        if pdf:
            buffer = QBuffer(self)
            buffer.setData(QByteArray(pdf))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.pdf_document.load(buffer)
            self._buffer = buffer
        if old is not None:
            old.close()
            old.deleteLater()

    def text(self) -> str:
        """Every page's text, as a screen reader or a test reads the preview."""
        document = self.pdf_document
        return "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
