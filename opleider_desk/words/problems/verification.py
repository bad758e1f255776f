"""Problem sentences for checking a document's verification code."""

from PySide6.QtCore import QCoreApplication as Q

TEXTS = {
    "verification.invalid": lambda p: Q.translate(
        "Problem",
        "A verification code has {length} letters and digits in groups of four, "
        "for example K7Q2-M9XD-4PAB-7RTC-1WE5-HN3F.",
    ).format(**p),
    "signing.unreadable": lambda p: Q.translate(
        "Problem", "The certificate file cannot be read: {reason}"
    ).format(**p),
    "signing.certificate": lambda p: Q.translate(
        "Problem",
        "This certificate could not be opened with this passphrase. Check the passphrase, "
        "and that the file is a .p12 or .pfx certificate with its private key.",
    ),
    "signing.no_field": lambda p: Q.translate(
        "Problem", "This PDF has no empty signature field for you: it may have been signed already."
    ),
    "verification.typo": lambda p: Q.translate(
        "Problem",
        "This code contains a typing error: its last character does not fit the others. "
        "Check each character against the paper.",
    ).format(**p),
}
