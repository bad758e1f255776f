"""Every PDF the program makes, read back: signature fields, fonts, PDF/A metadata, marks.

No PDF/A validator installs from the registries this project uses (veraPDF
does not), so the PDF/A-2b requirements are checked by reading the file's
structure back with pypdf: every font embedded, XMP metadata that matches the
document information, the PDF/A identification, the language and the output
intent with the shipped colour profile; ``qpdf --check`` runs where qpdf is
installed.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader

from opleider_desk.domain.enums import Role
from opleider_desk.reports.fonts import FAMILY, fonts_dir
from opleider_desk.reports.statement import statement_pdf
from opleider_desk.shipped import shipped_dir
from opleider_desk.storage.services.statements import StatementService
from tests.reports.test_statement_pdf import Q3, make_quarter, pages

AFTER_Q3 = date(2026, 10, 2)


def reader_of(pdf: bytes) -> Any:
    # pypdf's objects are typed as the base PdfObject; these tests index into them freely.
    return PdfReader(io.BytesIO(pdf))


def fields(pdf: bytes) -> dict[str, Any]:
    return reader_of(pdf).get_fields() or {}


def fonts(pdf: bytes) -> list[dict]:
    found = {}
    for page in reader_of(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            found[font["/BaseFont"]] = font
    return list(found.values())


def xmp(pdf: bytes) -> str:
    return reader_of(pdf).trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")


def test_a_statement_has_one_empty_signature_field_per_signer(store, words):
    statement = store.service(StatementService).get(Q3, make_quarter(store))
    found = fields(statement_pdf([statement], words))
    assert sorted(found) == sorted(
        f"{role}_{statement.aios.id}_2026Q3" for role in ("trainer", "aios", "employer")
    )
    assert all(f["/FT"] == "/Sig" and "/V" not in f for f in found.values())


def test_a_praktijkbegeleiders_statement_has_a_field_for_the_opleider_too(store, words):
    sanne = make_quarter(store, employer="", role=Role.PRAKTIJKBEGELEIDER)
    statement = store.service(StatementService).get(Q3, sanne)
    roles = sorted(name.split("_")[0] for name in fields(statement_pdf([statement], words)))
    assert roles == ["aios", "opleider", "trainer"]


def test_every_font_is_embedded_and_is_one_of_the_shipped_ones(store, words):
    from reportlab.pdfbase.ttfonts import TTFontFile

    statement = store.service(StatementService).get(Q3, make_quarter(store))
    pdf = statement_pdf([statement], words)
    shipped = {TTFontFile(str(fonts_dir() / f"{name}.ttf")).name.decode() for name in FAMILY}
    used = fonts(pdf)
    assert used and all("/FontFile2" in f["/FontDescriptor"] for f in used)
    assert {str(f["/BaseFont"]).split("+", 1)[1] for f in used} <= shipped
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= {str(f["/BaseFont"]).split("+", 1)[1] for f in used}
    assert not any("Helvetica" in str(f["/BaseFont"]) for f in used)


def test_the_same_data_gives_the_same_pages_wherever_it_is_printed(store, words):
    statement = store.service(StatementService).get(Q3, make_quarter(store))
    first, second = statement_pdf([statement], words), statement_pdf([statement], words)

    def contents(pdf):
        return [page.get_contents().get_data() for page in reader_of(pdf).pages]

    assert contents(first) == contents(second)


def test_pdf_a_2b_metadata_language_and_output_intent(store, words):
    statement = store.service(StatementService).get(Q3, make_quarter(store))
    pdf = statement_pdf([statement], words)
    reader = reader_of(pdf)
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "nl-NL"
    packet = xmp(pdf)
    assert "<pdfaid:part>2</pdfaid:part>" in packet and "<pdfaid:conformance>B</pdfaid:conformance>" in packet
    info = reader.metadata
    assert (
        info.title in packet
        and info.author == "Marieke Jansen"
        and "<rdf:li>Marieke Jansen</rdf:li>" in packet
    )
    assert info.subject and info.subject in packet and "<rdf:li>nl-NL</rdf:li>" in packet
    assert statement.verification_code in info["/Keywords"] and info["/Keywords"] in packet
    assert info.producer in packet
    [intent] = root["/OutputIntents"]
    intent = intent.get_object()
    assert intent["/S"] == "/GTS_PDFA1"
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 3
    assert profile.get_data() == (shipped_dir("resources") / "color" / "sRGB.icc").read_bytes()
    assert "/ID" in reader.trailer
    assert not reader.is_encrypted


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
def test_qpdf_finds_no_errors(store, words, tmp_path):
    statement = store.service(StatementService).get(Q3, make_quarter(store))
    path = tmp_path / "statement.pdf"
    path.write_bytes(statement_pdf([statement], words))
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_an_unsigned_statement_says_concept_on_every_page_and_a_signed_one_when(store, words):
    service = store.service(StatementService)
    sanne = make_quarter(store, entries=150)
    texts = pages(statement_pdf([service.get(Q3, sanne)], words))
    assert len(texts) >= 3
    assert all("CONCEPT" in t and "Concept: niet als ondertekend gemarkeerd" in t for t in texts)
    signed = service.mark_signed(Q3, sanne, AFTER_Q3, today=AFTER_Q3)
    texts = pages(statement_pdf([signed], words))
    assert all("Als ondertekend gemarkeerd op 02-10-2026" in t for t in texts)
    assert not any("CONCEPT" in t for t in texts)
    service.unlock(Q3, sanne, "correctie")
    texts = pages(statement_pdf([service.get(Q3, sanne)], words))
    assert all("CONCEPT" in t and "ontgrendeld" in t for t in texts)


def test_the_first_page_holds_the_totals_the_meetings_and_the_signature_block(store, words):
    statement = store.service(StatementService).get(Q3, make_quarter(store, entries=150))
    texts = pages(statement_pdf([statement], words))
    first = texts[0]
    for expected in (
        "Uren per categorie",
        "Totaal",
        "Begeleiding ten opzichte van de norm",
        "Gesprekscontacten",
        "Ondertekening",
        "Handtekening",
        "Afschrift aan",
    ):
        assert expected in first, expected
    assert "Leergesprek 0" not in first  # the entries are the appendix
    assert "Bijlage 1" in texts[1] and "Leergesprek 0" in texts[1]
    assert not any("Handtekening" in t for t in texts[1:])
    # the signature fields sit on the first page
    reader = reader_of(statement_pdf([statement], words))
    assert len(reader.pages[0]["/Annots"]) == 3


def test_a_full_first_page_keeps_the_signature_block_with_the_totals(store, words):
    """The demo's quarter: five categories and three kinds of meeting do not all fit beside the
    signature block, so the meeting contacts move to page two and the block stays on page one."""
    from opleider_desk.storage.demo import fill_demo
    from opleider_desk.storage.services.aios import AiosService

    fill_demo(store, date(2026, 12, 1))
    sanne = next(a for a in store.service(AiosService).list() if a.name == "Sanne de Vries")
    assert sanne.id is not None
    statement = store.service(StatementService).get(Q3, sanne.id)
    pdf = statement_pdf([statement], words)
    texts = pages(pdf)
    for expected in ("Uren per categorie", "Totaal", "Ondertekening", "Handtekening", "Afschrift aan"):
        assert expected in texts[0], expected
    assert not any("Handtekening" in t for t in texts[1:])
    assert "Gesprekscontacten" in texts[1]
    assert len(reader_of(pdf).pages[0]["/Annots"]) == 3


def test_meeting_outcomes_are_in_the_statement(store, words):
    from opleider_desk.domain.entities import Agreement
    from opleider_desk.storage.services.agreements import AgreementService
    from opleider_desk.storage.services.meetings import MeetingService

    sanne = make_quarter(store)
    meetings = store.service(MeetingService)
    [meeting] = [m for m in meetings.list(sanne) if m.kind == "voortgangsgesprek"]
    store.service(AgreementService).add(
        Agreement(aios_id=sanne, meeting_id=meeting.id, text="Twee KPB's in oktober")
    )
    statement = store.service(StatementService).get(Q3, sanne)
    text = " ".join(pages(statement_pdf([statement], words)))
    assert "Bijlage 2 — gesprekscontacten en hun uitkomsten" in text
    assert "Twee KPB's in oktober" in text
    assert re.search(r"Voortgangsgesprek 1 0 1 0", text)


def test_a_pdf_signed_with_a_test_certificate_verifies_and_a_changed_byte_fails(store, words):
    from opleider_desk.reports.signing import check_signatures, sign_field, signature_fields
    from tests.reports.certificates import make_pkcs12

    statement = store.service(StatementService).get(Q3, make_quarter(store))
    pdf = statement_pdf([statement], words)
    field = f"trainer_{statement.aios.id}_2026Q3"
    signed = sign_field(pdf, field, make_pkcs12("Marieke Jansen"), "geheim", reason="Kwartaalverklaring")
    [check] = check_signatures(signed)
    assert check.field == field and check.intact and check.signer == "Marieke Jansen"
    assert check.covers_whole_file and check.signed_at is not None and not check.trusted
    assert [f.name for f in signature_fields(signed) if not f.signed] == [
        f"aios_{statement.aios.id}_2026Q3",
        f"employer_{statement.aios.id}_2026Q3",
    ]
    # the signed file is still PDF/A: metadata and information agree
    assert "<pdfaid:part>2</pdfaid:part>" in xmp(signed) or 'pdfaid:part="2"' in xmp(signed)
    assert reader_of(signed).metadata.producer in xmp(signed)
    changed = bytearray(signed)
    changed[len(pdf) // 2] ^= 0x01
    [broken] = check_signatures(bytes(changed))
    assert not broken.intact


def test_a_wrong_passphrase_is_refused_without_signing(store, words):
    from opleider_desk.reports.signing import SigningError, sign_field
    from tests.reports.certificates import make_pkcs12

    statement = store.service(StatementService).get(Q3, make_quarter(store))
    pdf = statement_pdf([statement], words)
    with pytest.raises(SigningError) as refused:
        sign_field(pdf, f"trainer_{statement.aios.id}_2026Q3", make_pkcs12(), "fout")
    assert refused.value.code == "signing.certificate"
    with pytest.raises(SigningError) as no_field:
        sign_field(pdf, "nobody", make_pkcs12(), "geheim")
    assert no_field.value.code == "signing.no_field"


def test_reports_and_agendas_are_archivable_too_and_a_report_has_its_fields(store, words):
    from opleider_desk.reports.meeting_report import agenda_pdf, meeting_report_pdf
    from opleider_desk.storage.services.meetings import MeetingService
    from opleider_desk.ui.meetings.document import meeting_document, report_words

    sanne = make_quarter(store)
    [meeting] = [m for m in store.service(MeetingService).list(sanne) if m.kind == "voortgangsgesprek"]
    assert meeting.id is not None
    document = meeting_document(store, meeting.id, "nl")
    report = meeting_report_pdf(document, report_words())
    agenda = agenda_pdf(document, report_words())
    for pdf in (report, agenda):
        packet = xmp(pdf)
        assert "<pdfaid:part>2</pdfaid:part>" in packet and "<rdf:li>nl-NL</rdf:li>" in packet
        assert all("/FontFile2" in f["/FontDescriptor"] for f in fonts(pdf))
        assert reader_of(pdf).trailer["/Root"]["/OutputIntents"]
    assert set(fields(report)) == {"opleider", "aios"}
    assert fields(agenda) == {}  # nothing to sign on an agenda
    assert all("CONCEPT" in t for t in pages(report))
