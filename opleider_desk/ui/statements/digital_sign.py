"""The trainer signs their own signature field of a statement PDF with their certificate.

The certificate is a PKCS#12 file (``.p12``/``.pfx``) with a passphrase;
neither is stored or remembered: the file is read when "Sign" is pressed,
the passphrase field is emptied right after. The aios and the employer sign
their own fields later in any PDF reader; every signature stays checkable.

The PDF is laid out (when the dialog was given what lays it out, as the
meeting window does: a long report takes a second) and signed on a worker
thread: the window repaints meanwhile, the progress shows if it lasts, and
a problem is shown in words beside its field or above the buttons.
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

from ...domain.problems import Problem, ValidationFailed
from ...domain.statement import QuarterStatement, SignerRole
from ...storage.services.statements import StatementService
from ...words.problems import problem_text
from ...words.statements import quarter_name, statement_name
from ..safety.file_dialogs import open_file_name, save_file_name
from ..widgets.background import BackgroundTask, run_in_background, show_failure
from ..widgets.form_errors import FieldError
from ..widgets.remember import remember_size


class DigitalSignDialog(QDialog):
    """Signs ``field`` of ``pdf``; ``signed(field)`` is called once it is (to log it).

    ``pdf``: the PDF, or what lays it out; that runs on a worker thread, once."""

    def __init__(
        self,
        pdf: bytes | Callable[[], bytes],
        field: str,
        document: str,
        suggested_name: str,
        signed: Callable[[str], None],
        parent: QWidget | None = None,
        location: str = "",
    ):
        super().__init__(parent)
        self.pdf = pdf if isinstance(pdf, bytes) else b""
        self._lay_out = None if isinstance(pdf, bytes) else pdf
        self.field = field
        self.suggested_name = suggested_name
        self.location = location
        self._signed = signed
        self.reason = document
        self.signed_pdf = b""  # as saved
        self.last_signed: bytes | None = None  # as the last signing made it
        self.task: BackgroundTask | None = None
        self._given_up = False
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
        self.general_error = FieldError()  # the PDF could not be made, or signing failed otherwise
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = buttons.addButton(
            self.tr("&Sign and save…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
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

    def sign(self, then: Callable[[bytes], None] | None = None) -> BackgroundTask | None:
        """Lay out (once) and sign on a worker thread; ``then(signed)`` follows on the GUI
        thread, or the problem is shown beside its field. None: the certificate could not
        be read (shown), or a signing runs already."""
        from ...reports.signing import SigningError, sign_field

        if self.task is not None:
            return None  # one signing at a time
        self._given_up = False
        self.certificate_error.show_message("")
        self.passphrase_error.show_message("")
        self.general_error.show_message("")
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
        passphrase = self.passphrase.text()
        self.passphrase.clear()  # never kept, not even in the widget
        pdf, lay_out, field = self.pdf, self._lay_out, self.field
        reason, location = self.reason, self.location

        def work(_progress) -> tuple[bytes, bytes]:
            document = pdf or (lay_out() if lay_out is not None else b"")
            return document, sign_field(document, field, data, passphrase, reason=reason, location=location)

        def done(result: tuple[bytes, bytes]) -> None:
            self._ended()
            if self._given_up:
                return  # cancelled meanwhile: nothing signed is kept or logged
            self.pdf, signed = result
            self._lay_out = None
            self.last_signed = signed
            self._signed(self.field)
            if then is not None:
                then(signed)

        def failed(error: BaseException) -> None:
            self._ended()
            if isinstance(error, SigningError):
                wrong = error.code == "signing.certificate"
                target = self.passphrase_error if wrong else self.certificate_error
                target.show_message(problem_text(Problem(error.code, None)))
                self.passphrase.setFocus()
            elif isinstance(error, ValidationFailed):  # the document could not be made
                self.general_error.show_problems(error.problems)
            else:
                show_failure(self, error)

        self.sign_button.setEnabled(False)
        self.task = run_in_background(
            self,
            work,
            label=self.tr("Signing {document}…").format(document=self.reason),
            on_done=done,
            on_failed=failed,
        )
        return self.task

    def reject(self) -> None:
        self._given_up = True
        super().reject()

    def _ended(self) -> None:
        self.task = None
        self.sign_button.setEnabled(True)

    def accept(self) -> None:
        def save(signed: bytes) -> None:
            path, _ = save_file_name(self, self.tr("Save the signed PDF"), self.suggested_name, "PDF (*.pdf)")
            if not path:
                return
            self.save(Path(path), signed)
            super(DigitalSignDialog, self).accept()

        self.sign(save)

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
