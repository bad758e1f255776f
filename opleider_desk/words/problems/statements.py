"""Problem sentences for printing, signing, unlocking and checking quarterly statements."""

from PySide6.QtCore import QCoreApplication as Q

from ..formatting import format_date


def quarter_words(value) -> str:
    """A quarter key ("2026-Q1") as the language writes it: "K1 2026" / "Q1 2026"."""
    from ...domain.problems import ParseError
    from ...domain.quarters import Quarter

    try:
        quarter = value if isinstance(value, Quarter) else Quarter.parse(str(value))
    except ParseError:
        return str(value)
    return Q.translate("StatementPdf", "Q{number} {year}").format(number=quarter.number, year=quarter.year)


TEXTS = {
    "statement.aios_unknown": lambda p: Q.translate(
        "Problem", "No trainee named “{name}”. Known trainees: {known}."
    ).format(**p),
    "statement.aios_ambiguous": lambda p: Q.translate(
        "Problem", "“{name}” fits more than one trainee: {matches}. Type the full name."
    ).format(**p),
    "statement.no_aios": lambda p: Q.translate(
        "Problem", "No trainee was in training in {quarter} and none has hours in it."
    ).format(quarter=quarter_words(p["quarter"])),
    "statement.signed_before_end": lambda p: Q.translate(
        "Problem", "A quarterly statement is signed after the quarter: on {end} or later."
    ).format(end=format_date(p["end"])),
    "statement.signed_in_future": lambda p: Q.translate(
        "Problem", "The date of signing cannot be in the future."
    ),
    "statement.already_signed": lambda p: Q.translate(
        "Problem", "The statement for {quarter} was already marked as signed on {signed_on}."
    ).format(quarter=quarter_words(p["quarter"]), signed_on=format_date(p.get("signed_on"))),
    "statement.not_signed": lambda p: Q.translate(
        "Problem", "The statement for {quarter} is not marked as signed, so it is not locked."
    ).format(quarter=quarter_words(p["quarter"])),
}
