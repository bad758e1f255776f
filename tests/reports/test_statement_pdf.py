"""The statement PDF read back: names, quarter, totals, signatures, code on every page."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from opleider_desk.domain.enums import CategoryKey, Role
from opleider_desk.domain.quarters import Quarter
from opleider_desk.reports.statement import statement_pdf
from opleider_desk.storage.services.statements import StatementService
from tests.statement_data import add_aios, hold_meeting, log_hours, save_profile

Q3 = Quarter(2026, 3)


def pages(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def make_quarter(store, *, entries: int = 6, **profile) -> int:
    save_profile(store, **profile)
    sanne = add_aios(store, "Sanne de Vries", part_time=80)
    for number in range(entries):
        log_hours(
            store,
            sanne,
            date(2026, 7, 1 + number % 28),
            30 + number,
            CategoryKey.LEERGESPREK,
            f"Leergesprek {number}",
        )
    log_hours(store, sanne, date(2026, 8, 3), 120, CategoryKey.GEZAMENLIJK_SPREEKUUR, "Gezamenlijk spreekuur")
    log_hours(store, sanne, date(2026, 9, 30), 45, CategoryKey.EIGEN_SCHOLING, "Terugkomdag")
    hold_meeting(store, sanne, "kpb", date(2026, 7, 10))
    hold_meeting(store, sanne, "kpb", date(2026, 8, 10))
    hold_meeting(store, sanne, "voortgangsgesprek", date(2026, 9, 1))
    return sanne


def test_header_entries_totals_and_meetings_are_printed(store, words):
    sanne = make_quarter(store)
    statement = store.service(StatementService).get(Q3, sanne)
    text = " ".join(pages(statement_pdf([statement], words)))
    for expected in (
        "Kwartaalverklaring",
        "Marieke Jansen",
        "Huisartsopleider",
        "Huisartsenpraktijk De Linde",
        "Gezondheidscentrum De Linde B.V.",
        "Huisartsopleiding Utrecht",
        "Sanne de Vries",
        "80 %",
        "K3 2026",
        "01-07-2026 t/m 30-09-2026",
        "06-07-2026",
        "Leergesprek 5",
        "Terugkomdag",
        "30-09-2026",
    ):
        assert expected in text, expected
    # 30+31+...+35 = 195 min of learning talks in July, 2:00 joint surgery, 0:45 own training
    assert "Totaal Juli 2026 3:15" in text
    assert "Totaal Augustus 2026 2:00" in text
    assert "Totaal September 2026 0:45" in text
    assert "Juli 2026 3:15" in text and "Augustus 2026 2:00" in text
    assert re.search(r"Leergesprek ✓ 3:15", text)
    assert re.search(r"Gezamenlijk spreekuur ✓ 2:00", text)
    assert "Totaal 6:00" in text
    assert "Geregistreerde begeleiding (categorieën met ✓) 5:15" in text
    # 92 days / 7 * 2:00 * 80 % = 21:02
    assert "21:02" in text and "Verschil — onder de norm -15:47" in text
    assert "KPB-nabespreking" in text and "Voortgangsgesprek" in text
    assert re.search(r"Totaal 3 0 0 0\b", text)
    assert (
        "Afschrift aan: Petra de Boer, beleidsverantwoordelijke kwaliteit, Huisartsopleiding Utrecht"
    ) in text


def test_code_and_page_x_of_y_on_every_page(store, words):
    sanne = make_quarter(store, entries=150)
    statement = store.service(StatementService).get(Q3, sanne)
    texts = pages(statement_pdf([statement], words))
    assert len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        assert f"verificatiecode {statement.verification_code}" in text
        assert f"Pagina {number} van {len(texts)}" in text


def test_signature_blocks_for_an_opleider_with_an_employer(store, words):
    statement = store.service(StatementService).get(Q3, make_quarter(store))
    text = pages(statement_pdf([statement], words))[0]
    assert "Ondertekening" in text
    assert "Huisartsopleider Naam: Marieke Jansen" in text
    assert "Aios Naam: Sanne de Vries" in text
    assert "Werkgever Naam: Datum:" in text
    assert "praktijkbegeleider" not in text
    assert text.count("Handtekening") == 3


def test_no_employer_block_without_an_employer_and_the_opleider_signs_for_a_praktijkbegeleider(store, words):
    sanne = make_quarter(store, employer="", role=Role.PRAKTIJKBEGELEIDER)
    statement = store.service(StatementService).get(Q3, sanne)
    text = " ".join(pages(statement_pdf([statement], words)))
    assert "Werkgever" not in text
    assert "Praktijkbegeleider Naam: Marieke Jansen" in text
    assert "Opleider (ondertekent mee) Naam: Henk Visser" in text
    assert text.count("Handtekening") == 3


def test_all_aios_each_on_their_own_pages_with_their_own_code(store, words):
    make_quarter(store)
    daan = add_aios(store, "Daan Bakker")
    log_hours(store, daan, date(2026, 8, 4), 60)
    statements = store.service(StatementService).gather(Q3)
    texts = pages(statement_pdf(statements, words))
    first, second = statements
    own = [[t for t in texts if s.verification_code in t] for s in statements]
    assert [len(o) for o in own] == [len(texts) - len(own[1]), len(texts) - len(own[0])]
    assert all(first.aios.name in t for t in own[0]) and all(second.aios.name in t for t in own[1])
    assert f"Pagina 1 van {len(own[0])}" in own[0][0] and f"Pagina 1 van {len(own[1])}" in own[1][0]


def test_a_quarter_without_hours_still_gives_a_signable_page(store, words):
    save_profile(store)
    aios = add_aios(store, "Eva Jansen")
    statement = store.service(StatementService).get(Q3, aios)
    text = " ".join(pages(statement_pdf([statement], words)))
    assert "Voor deze aios zijn in dit kwartaal geen uren geregistreerd." in text
    assert "In dit kwartaal zijn geen gehouden gesprekken vastgelegd." in text
    assert "Handtekening" in text


@pytest.mark.parametrize("words", ["en"], indirect=True)
def test_in_english_with_the_same_code(store, words):
    sanne = make_quarter(store)
    statement = store.service(StatementService).get(Q3, sanne)
    text = " ".join(pages(statement_pdf([statement], words)))
    assert "Quarterly statement" in text and "Q3 2026" in text and "K3" not in text
    assert "2026-07-01 to 2026-09-30" in text
    assert "Page 1 of" in text and f"verification code {statement.verification_code}" in text
    assert "Employer Name: Date:" in text and "Signature" in text


# --- the regulation the statement follows ---------------------------------------------


def _set_regulation(store, key: str) -> None:
    import dataclasses

    from opleider_desk.storage.services.profile import ProfileService

    profiles = store.service(ProfileService)
    profiles.save(dataclasses.replace(profiles.get(), regulation=key))


@pytest.mark.parametrize("role", [Role.HUISARTSOPLEIDER, Role.PRAKTIJKBEGELEIDER])
def test_a_gp_trainers_statement_never_cites_the_mg_appendix(store, words, role):
    sanne = make_quarter(store, role=role)
    text = " ".join(pages(statement_pdf([store.service(StatementService).get(Q3, sanne)], words)))
    # The document's own appendix is called "Bijlage 1"; the M&G rule is never cited.
    assert "§" not in text
    assert "op verzoek van het opleidingsinstituut" in text
    assert "Regeling: Huisartsgeneeskunde" in text
    # No regulation names a recipient: the quality officer from the profile gets the copy.
    assert (
        "Afschrift aan: Petra de Boer, beleidsverantwoordelijke kwaliteit, Huisartsopleiding Utrecht" in text
    )


def test_an_mg_trainers_statement_cites_appendix_1_5d_and_copies_the_institution(store, words):
    sanne = make_quarter(store)
    _set_regulation(store, "maatschappij_en_gezondheid")
    statement = store.service(StatementService).get(Q3, sanne)
    text = " ".join(pages(statement_pdf([statement], words)))
    assert "bijlage 1 § 5d" in text
    assert "Regeling: Arts Maatschappij & Gezondheid (SSGO)" in text
    assert "op verzoek van het opleidingsinstituut" not in text
    assert (
        "Afschrift aan: de beleidsverantwoordelijke kwaliteit praktijkopleiding van de opleidingsinrichting "
        "(Petra de Boer, Huisartsopleiding Utrecht)"
    ) in text
    assert "Werkgever Naam: Datum:" in text


def test_an_mg_praktijkbegeleider_is_signed_by_employer_aios_and_opleider(store, words):
    sanne = make_quarter(store, role=Role.PRAKTIJKBEGELEIDER)
    _set_regulation(store, "maatschappij_en_gezondheid")
    statement = store.service(StatementService).get(Q3, sanne)
    assert [s.role.value for s in statement.signers] == ["trainer", "employer", "aios", "opleider"]
    text = " ".join(pages(statement_pdf([statement], words)))
    assert "bijlage 2 § 5" in text
    assert "Werkgever" in text and "Henk Visser" in text


def test_an_aios_on_mg_under_a_gp_trainer_gets_the_mg_statement_and_the_code_moves(store, words):
    import dataclasses

    from opleider_desk.storage.services.aios import AiosService

    sanne = make_quarter(store)
    before = store.service(StatementService).get(Q3, sanne)
    aios = store.service(AiosService)
    aios.update(dataclasses.replace(aios.get(sanne), regulation="maatschappij_en_gezondheid"))
    after = store.service(StatementService).get(Q3, sanne)
    assert after.regulation_key == "maatschappij_en_gezondheid"
    assert after.citation is not None and "§ 5d" in after.citation.nl
    assert after.verification_code != before.verification_code
