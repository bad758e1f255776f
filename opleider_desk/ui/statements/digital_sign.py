"""The trainer signs their own signature field of a statement PDF with their certificate.

The certificate is a PKCS#12 file (``.p12``/``.pfx``) with a passphrase;
neither is stored or remembered: the file is read when "Sign" is pressed,
the passphrase field is emptied right after. The aios and the employer sign
their own fields later in any PDF reader; every signature stays checkable.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.problems import Problem
from ...domain.statement import QuarterStatement, SignerRole
from ...storage.services.statements import StatementService
from ...words.problems import problem_text
from ...words.statements import quarter_name, statement_name
from ..safety.file_dialogs import open_file_name, save_file_name
from ..widgets.form_errors import FieldError
from ..widgets.remember import remember_size


class DigitalSignDialog(QDialog):
    """Signs ``field`` of ``pdf``; ``signed(field)`` is called once it is (to log it)."""

    def __init__(
        self,
        pdf: bytes,
        field: str,
        document: str,
        suggested_name: str,
        signed: Callable[[str], None],
        parent: QWidget | None = None,
        location: str = "",
    ):
        super().__init__(parent)
        self.pdf = pdf
        self.field = field
        self.suggested_name = suggested_name
        self.location = location
        self._signed = signed
        self.reason = document
        self.signed_pdf = b""
        self.setObjectName("digitalSignDialog")
        self.setWindowTitle(self.tr("Sign digitally"))
        explanation = QLabel(
            self.tr(
                "Sign your own signature field of {document} with your certificate (a .p12 or .pfx "
                "file). The certificate and its passphrase are used once and not kept. The other "
                "signers sign their own fields in a PDF reader."
            ).format(document=document)
        )
        explanation.setWordWrap(True)
        self.certificate = QLineEdit()
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.certificate, 1)
        row.addWidget(browse)
        self.certificate_error = FieldError()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_error = FieldError()
        form = QFormLayout()
        form.addRow(self.tr("&Certificate"), row)
        form.addRow("", self.certificate_error)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        form.addRow("", self.passphrase_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = buttons.addButton(
            self.tr("&Sign and save…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        remember_size(self, "digital_sign")

    @staticmethod
    def tr_signed_name(stem: str) -> str:
        from PySide6.QtCore import QCoreApplication as Q

        from ...words.file_names import file_name

        return file_name(
            Q.translate("DigitalSignDialog", "{document} signed").format(document=stem), suffix=".pdf"
        )

    def browse(self) -> None:
        path, _ = open_file_name(
            self, self.tr("Choose your certificate"), "", self.tr("Certificates (*.p12 *.pfx)")
        )
        if path:
            self.certificate.setText(path)

    def sign(self) -> bytes | None:
        """The signed PDF, or None with the problem shown beside its field."""
        from ...reports.signing import SigningError, sign_field

        self.certificate_error.show_message("")
        self.passphrase_error.show_message("")
        path = Path(self.certificate.text().strip()).expanduser()
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.certificate_error.show_message(
                problem_text(
                    Problem("signing.unreadable", "certificate", {"reason": exc.strerror or str(exc)})
                )
            )
            self.certificate.setFocus()
            return None
        try:
            signed = sign_field(
                self.pdf, self.field, data, self.passphrase.text(), reason=self.reason, location=self.location
            )
        except SigningError as error:
            target = self.passphrase_error if error.code == "signing.certificate" else self.certificate_error
            target.show_message(problem_text(Problem(error.code, None)))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return None
        finally:
            self.passphrase.clear()  # never kept, not even in the widget
        self._signed(self.field)
        return signed

    def accept(self) -> None:
        signed = self.sign()
        if signed is None:
            return
        path, _ = save_file_name(self, self.tr("Save the signed PDF"), self.suggested_name, "PDF (*.pdf)")
        if not path:
            return
        self.save(Path(path), signed)
        super().accept()

    def save(self, path: Path, signed: bytes) -> None:
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        from ...storage.file_ops import write_private

        write_private(path, signed)
        self.signed_pdf = signed


def statement_sign_dialog(
    service: StatementService, statement: QuarterStatement, pdf: bytes, parent: QWidget | None = None
) -> DigitalSignDialog:
    """The trainer's own field of a kwartaalverklaring; the signing goes into the audit log."""
    from ...reports.statement import signature_field_name

    quarter = quarter_name(statement.quarter)
    document = f"{statement_name()} {quarter} — {statement.aios.name}"
    suggested = DigitalSignDialog.tr_signed_name(f"{statement_name()} {quarter} {statement.aios.name}")
    return DigitalSignDialog(
        pdf,
        signature_field_name(statement, SignerRole.TRAINER),
        document,
        suggested,
        lambda field: service.record_digital_signature(statement.quarter, statement.aios.id or 0, field),
        parent,
        location=statement.profile.practice,
    )
