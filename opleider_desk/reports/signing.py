"""Digital signatures in the PDFs: the trainer signing their own field, and checking any.

Uses pyHanko, imported only here and only when a PDF is signed or checked.
The trainer's certificate comes as a PKCS#12 file (``.p12``/``.pfx``) with its
passphrase; neither is stored: the caller passes the bytes, they are used once.
Checking never goes online (no revocation or timestamp fetching): it tells
whether each signature is intact, who signed and when, and whether the
certificate chains to a trusted root given by the caller (by default none,
so a certificate is reported as "not checked against a trusted authority").
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime


class SigningError(Exception):
    """Signing failed; ``code`` is a problem key the UI can put in words."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail


@dataclass(frozen=True, slots=True)
class SignatureCheck:
    field: str
    intact: bool  # the signed bytes are unchanged and the signature fits the certificate
    signer: str  # the certificate's name (common name, else the whole subject)
    signed_at: datetime | None  # as the signer's computer stated it
    covers_whole_file: bool  # nothing but allowed form filling or later signatures came after it
    trusted: bool  # the certificate chains to a root the caller trusts


@dataclass(frozen=True, slots=True)
class FieldInfo:
    name: str
    signed: bool


def signature_fields(pdf: bytes) -> list[FieldInfo]:
    """Every signature field of the file, signed or empty, in file order."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    return [FieldInfo(str(name), value is not None) for name, value, _ref in enumerate_sig_fields(reader)]


def sign_field(
    pdf: bytes,
    field: str,
    pkcs12: bytes,
    passphrase: str,
    *,
    reason: str = "",
    location: str = "",
) -> bytes:
    """``pdf`` with ``field`` signed by the certificate in ``pkcs12``, as an incremental update.

    Raises ``SigningError``: ``signing.certificate`` when the file or the
    passphrase is wrong, ``signing.no_field`` when ``field`` is not an empty
    signature field of the document.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    empty = {f.name for f in signature_fields(pdf) if not f.signed}
    if field not in empty:
        raise SigningError("signing.no_field", field)
    try:
        signer = signers.SimpleSigner.load_pkcs12_data(pkcs12, [], passphrase=passphrase.encode("utf-8"))
    except Exception as exc:  # pyHanko raises several kinds for a bad file or passphrase
        raise SigningError("signing.certificate", str(exc)) from exc
    if signer is None:
        raise SigningError("signing.certificate")
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    meta = signers.PdfSignatureMetadata(field_name=field, reason=reason or None, location=location or None)
    out = io.BytesIO()
    signers.sign_pdf(writer, meta, signer=signer, existing_fields_only=True, output=out)
    return out.getvalue()


def check_signatures(pdf: bytes, trust_roots: Sequence = ()) -> list[SignatureCheck]:
    """Each digital signature in ``pdf``: intact or not, who, when, whole file covered."""
    import logging

    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    # pyHanko logs a self-signed or untrusted certificate as an error with a
    # traceback; here that is an expected answer ("not trusted"), not a fault.
    log = logging.getLogger("pyhanko")
    level = log.level
    log.setLevel(logging.CRITICAL)
    try:
        return _check(
            PdfFileReader(io.BytesIO(pdf), strict=False),
            trust_roots,
            validate_pdf_signature,
            ValidationContext,
        )
    finally:
        log.setLevel(level)


def _check(reader, trust_roots, validate_pdf_signature, ValidationContext) -> list[SignatureCheck]:
    checks = []
    for embedded in reader.embedded_signatures:
        context = ValidationContext(trust_roots=list(trust_roots), allow_fetching=False)
        try:
            status = validate_pdf_signature(embedded, context)
        except Exception:  # a damaged signature is reported as not intact, not as a crash
            checks.append(SignatureCheck(str(embedded.field_name), False, "", None, False, False))
            continue
        cert = status.signing_cert
        names = cert.subject.native if cert is not None else {}
        signer = names.get("common_name") or (cert.subject.human_friendly if cert is not None else "")
        coverage = status.coverage.name if status.coverage is not None else ""
        modified = getattr(status, "modification_level", None)
        whole = coverage == "ENTIRE_FILE" or (
            coverage == "ENTIRE_REVISION"
            and modified is not None
            and modified.name in ("NONE", "LTA_UPDATES", "FORM_FILLING")
        )
        checks.append(
            SignatureCheck(
                field=str(embedded.field_name),
                intact=bool(status.intact and status.valid),
                signer=str(signer),
                signed_at=status.signer_reported_dt,
                covers_whole_file=whole,
                trusted=bool(status.trusted),
            )
        )
    return checks
