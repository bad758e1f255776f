"""Turning reportlab's output into an archivable PDF with empty signature fields.

PDF/A-2b ("b": the pages look the same everywhere): every font embedded
(``fonts.py``), XMP metadata that matches the document information (title,
author = the trainer, subject, language ``nl-NL``, the PDF/A identification),
and an output intent with the sRGB profile shipped in ``resources/color``.
The signature fields are added by pyHanko as an incremental update, the way
a PDF reader adds a signature later, so signing in a reader or from the
program keeps the earlier revision intact.

pypdf and pyHanko are imported here only, and this module only when a PDF is
made: neither costs start-up time.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import UTC, datetime
from functools import cache
from xml.sax.saxutils import escape

from ..shipped import shipped_dir
from .field_places import FieldPlace

LANGUAGE = "nl-NL"
CODES_PREFIX = "OpleiderDesk verificatiecode "
_ICC_NAME = "sRGB IEC61966-2.1"


class ColorProfileError(RuntimeError):
    """The shipped colour profile is missing or not an RGB ICC profile; names the file."""


@cache
def srgb_profile() -> bytes:
    path = shipped_dir("resources") / "color" / "sRGB.icc"
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ColorProfileError(f"{path}: {exc.strerror or exc}") from exc
    if len(data) < 128 or data[36:40] != b"acsp" or data[16:20] != b"RGB ":
        raise ColorProfileError(f"{path}: not an RGB ICC profile (header)")
    return data


def keywords(codes: Sequence[str]) -> str:
    """The document's verification codes as its keywords, where a file check reads them."""
    return "; ".join(CODES_PREFIX + code for code in codes)


def codes_in_keywords(text: str) -> list[str]:
    return [
        part.strip()[len(CODES_PREFIX) :] for part in text.split(";") if part.strip().startswith(CODES_PREFIX)
    ]


@cache
def producer() -> str:
    # pyHanko writes its own name as the producer, in the XMP and the document
    # information, whenever it adds a revision (a field, a signature); using
    # the same name from the start keeps the two equal, as PDF/A asks.
    from pyhanko.pdf_utils.metadata.model import VENDOR

    return VENDOR


def _pdf_date(moment: datetime) -> str:
    return moment.strftime("D:%Y%m%d%H%M%S+00'00'")


def _xmp(title: str, author: str, subject: str, words: str, moment: datetime) -> bytes:
    iso = moment.strftime("%Y-%m-%dT%H:%M:%S+00:00")

    def alt(value: str) -> str:
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li></rdf:Alt>'

    packet = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:xmp="http://ns.adobe.com/xap/1.0/"
  xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
  xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<dc:format>application/pdf</dc:format>
<dc:title>{alt(title)}</dc:title>
<dc:creator><rdf:Seq><rdf:li>{escape(author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description>{alt(subject)}</dc:description>
<dc:language><rdf:Bag><rdf:li>{LANGUAGE}</rdf:li></rdf:Bag></dc:language>
<xmp:CreatorTool>OpleiderDesk</xmp:CreatorTool>
<xmp:CreateDate>{iso}</xmp:CreateDate>
<xmp:ModifyDate>{iso}</xmp:ModifyDate>
<xmp:MetadataDate>{iso}</xmp:MetadataDate>
<pdf:Producer>{escape(producer())}</pdf:Producer>
<pdf:Keywords>{escape(words)}</pdf:Keywords>
<pdfaid:part>2</pdfaid:part>
<pdfaid:conformance>B</pdfaid:conformance>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return packet.encode("utf-8")


def finish_pdf(
    raw: bytes,
    *,
    title: str,
    author: str,
    subject: str,
    codes: Sequence[str] = (),
    fields: Sequence[FieldPlace] = (),
    moment: datetime | None = None,
) -> bytes:
    """``raw`` (reportlab) as PDF/A-2b, with one empty signature field per ``fields``."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    moment = (moment or datetime.now(UTC)).replace(microsecond=0)
    words = keywords(codes)
    if fields:
        # Fields first, then one clean rewrite: the file has a single revision
        # until someone signs, and its metadata is written once, consistently.
        raw = add_signature_fields(raw, fields)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(raw)))
    root = writer._root_object

    metadata = DecodedStreamObject()
    metadata.set_data(_xmp(title, author, subject, words, moment))
    metadata.update(
        {NameObject("/Type"): NameObject("/Metadata"), NameObject("/Subtype"): NameObject("/XML")}
    )
    root[NameObject("/Metadata")] = writer._add_object(metadata)

    profile = DecodedStreamObject()
    profile.set_data(srgb_profile())
    profile[NameObject("/N")] = NumberObject(3)
    intent = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/OutputIntent"),
            NameObject("/S"): NameObject("/GTS_PDFA1"),
            NameObject("/OutputConditionIdentifier"): TextStringObject(_ICC_NAME),
            NameObject("/Info"): TextStringObject(_ICC_NAME),
            NameObject("/DestOutputProfile"): writer._add_object(profile.flate_encode()),
        }
    )
    root[NameObject("/OutputIntents")] = ArrayObject([writer._add_object(intent)])
    root[NameObject("/Lang")] = TextStringObject(LANGUAGE)

    stamp = _pdf_date(moment)
    writer.metadata = None
    writer.add_metadata(
        {
            "/Title": title,
            "/Author": author,
            "/Subject": subject,
            "/Keywords": words,
            "/Creator": "OpleiderDesk",
            "/Producer": producer(),
            "/CreationDate": stamp,
            "/ModDate": stamp,
        }
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def add_signature_fields(pdf: bytes, fields: Sequence[FieldPlace]) -> bytes:
    """One empty, visible signature field per place, as an incremental update."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    for place in fields:
        append_signature_field(
            writer,
            SigFieldSpec(
                sig_field_name=place.name, on_page=place.page, box=place.box, empty_field_appearance=True
            ),
        )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
