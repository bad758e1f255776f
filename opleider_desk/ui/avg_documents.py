"""The PDFs an AVG access export holds besides the data: statements and meeting reports.

``storage.privacy`` collects documents through registered providers; the
providers live here because the PDFs are printed in the user's language,
which only the UI layer has. Registering imports nothing heavy: reportlab
is loaded when an export actually prints.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication as Q

from ..domain.entities import stored_id
from ..domain.enums import MeetingStatus
from ..domain.templates import TemplateError
from ..storage.privacy import Document, register_document_provider
from ..storage.services.meetings import MeetingService
from ..storage.services.statements import StatementService
from ..storage.store import Store
from ..words.file_names import file_name
from ..words.formatting import current_language


def statement_documents(store: Store, aios_id: int) -> Iterator[Document]:
    """One statement PDF per quarter with hours logged or a signature recorded."""
    from ..reports.statement import statement_pdf
    from ..words.statements import quarter_name, statement_name, statement_words

    service = store.service(StatementService)
    words = statement_words()
    for quarter in service.quarters_of(aios_id):
        yield (
            file_name(statement_name(), quarter_name(quarter), suffix=".pdf"),
            statement_pdf(service.gather(quarter, aios_id), words),
        )


def meeting_report_documents(store: Store, aios_id: int) -> Iterator[Document]:
    """The report of every meeting held or signed; a planned one has nothing to report yet."""
    from ..reports.meeting_report import meeting_report_pdf
    from ..words.statements import meeting_kind_name
    from .meetings.document import meeting_document, report_words

    service = store.service(MeetingService)
    words, lang = report_words(), current_language()
    for meeting in service.list(aios_id):
        if meeting.status not in (MeetingStatus.HELD, MeetingStatus.SIGNED):
            continue
        try:
            document = meeting_document(store, stored_id(meeting.id), lang)
        except (KeyError, TemplateError):  # its template was removed: the data.json still holds it
            continue
        name = file_name(
            Q.translate("AvgDocuments", "meeting report"),
            meeting_kind_name(meeting.kind),
            meeting.date,
            suffix=".pdf",
        )
        yield name, meeting_report_pdf(document, words)


def register_avg_documents() -> None:
    register_document_provider(statement_documents)
    register_document_provider(meeting_report_documents)
