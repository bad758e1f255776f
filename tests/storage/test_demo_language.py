"""The demo speaks the language of the UI it is made for.

``--demo`` in English filled the file with Dutch meeting texts, agreements, hour
descriptions and IOP goals: a new English-speaking user saw Dutch content. Every
free text of every table is read back from the real SQLite file, in both
languages, and checked for tell-tale words of the other one and for the
glossary's terms.
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from opleider_desk.storage.demo import fill_demo_if_empty
from opleider_desk.storage.open import open_store

TODAY = date(2026, 11, 30)

#: Columns that hold a key, a code or a name, not a text in a language.
NOT_TEXT = {
    "owner",
    "status",
    "kind",
    "key",
    "template_key",
    "competency",
    "competency_profile",
    "setting",
    "role",
    "regulation",
    "verdict",
    "uid",
    "verification_code",
    "content_sha256",
    "sha256",
    "email",
    "action",
    "entity",
    "details",  # the audit log: row snapshots, read back through their own words
    "name",
    "praktijkbegeleider",
    "signed_paper",  # names, keys and numbers only
}
#: People and places keep their Dutch names in either language.
NAMES = re.compile(
    r"Sanne de Vries|Daan Bakker|Marieke Jansen|Petra de Boer|Ilse Vermeulen|Jeroen Smit|Anke Mulder|"
    r"De Linde|De Bilt|Diakonessenhuis|St\. Antonius|Altrecht|UMC Utrecht|Utrecht|Mrs K\.|mevrouw K\."
)
DUTCH = re.compile(
    r"\b(de|het|een|en|van|met|voor|bij|op|niet|ik|wat|gesprek\w*|\w*gesprek|spreekuur|bespreking|"
    r"patiënt\w*|afspraken|voortgang|opleider\w*|aios|huisarts\w*|verslag|zorg|jaar|stage|werkt|"
    r"instituut|intervisie|griep|leerdoel|nabespreking)\b",
    re.IGNORECASE,
)
ENGLISH = re.compile(
    r"\b(the|and|of|with|for|from|not|trainee|trainer|meeting|talk|report|discussion|surgery|"
    r"patient|agreement|goal|care|year|placement|works?|does)\b",
    re.IGNORECASE,
)


def _demo(tmp_path: Path, language: str) -> Path:
    path = tmp_path / f"demo-{language}.sqlite"
    store = open_store(path)
    assert fill_demo_if_empty(store, TODAY, language)
    store.close()
    return path


def _strings(value: object) -> list[str]:
    """The string leaves of a JSON value (its keys are the program's, not a language's)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        if value.get("source") == "template":  # shown from the template in the reader's language
            return []
        keys = ("source", "competenties.keuze")
        return [s for key, item in value.items() if key not in keys for s in _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


def demo_texts(path: Path) -> list[tuple[str, str]]:
    """(table.column, text) of every text the demo wrote, attachments' contents too."""
    found: list[tuple[str, str]] = []
    with sqlite3.connect(path) as con:
        tables = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            columns = [row[1] for row in con.execute(f"PRAGMA table_info({table})")]
            for row in con.execute(f"SELECT * FROM {table}"):
                for column, value in zip(columns, row, strict=True):
                    if column in NOT_TEXT or value is None:
                        continue
                    if isinstance(value, bytes) and table == "attachment":
                        value = value.decode()
                    if not isinstance(value, str) or not value.strip() or value[:4].isdigit():
                        continue
                    if value[:1] in "[{":
                        texts = _strings(json.loads(value))
                    else:
                        texts = [value]
                    found += [(f"{table}.{column}", text) for text in texts if text.strip()]
    return found


def _glossary() -> list[dict[str, str]]:
    path = Path(__file__).resolve().parents[2] / "translations" / "glossary.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.reader(handle, delimiter="\t") if row and not row[0].startswith("#")]
    return [
        dict(zip(("concept", "nl", "en", "not_nl", "not_en"), row + [""] * 5, strict=False)) for row in rows
    ]


@pytest.fixture(scope="module")
def demos(tmp_path_factory) -> dict[str, list[tuple[str, str]]]:
    folder = tmp_path_factory.mktemp("demos")
    return {language: demo_texts(_demo(folder, language)) for language in ("nl", "en")}


def test_the_english_demo_holds_no_dutch_text(demos):
    texts = demos["en"]
    where = {w.split(".")[0] for w, _ in texts}
    # Every kind of text the demo writes is read: a table left out would go unchecked.
    assert {
        "agreement",
        "hour_entry",
        "learning_goal",
        "meeting",
        "checklist_item",
        "aios",
        "profile",
    } <= where
    dutch = [f"{w}: {t!r}" for w, t in texts if DUTCH.search(NAMES.sub("", t))]
    assert not dutch, "\n".join(dutch)


def test_the_dutch_demo_holds_no_english_text(demos):
    english = [f"{w}: {t!r}" for w, t in demos["nl"] if ENGLISH.search(NAMES.sub("", t))]
    assert not english, "\n".join(english)


def test_both_demos_hold_the_same_practice(demos):
    """The same rows in either language: only the words differ."""
    assert [w for w, _ in demos["nl"]] == [w for w, _ in demos["en"]]


@pytest.mark.parametrize(("language", "column"), [("nl", "not_nl"), ("en", "not_en")])
def test_the_demo_texts_use_the_glossary_term(demos, language, column):
    wrong = [
        f"{where}: {text!r} ({entry['concept']}: use {entry[language]!r})"
        for entry in _glossary()
        for pattern in [re.compile(p.strip(), re.IGNORECASE) for p in entry[column].split(" | ") if p.strip()]
        for where, text in demos[language]
        if pattern.search(text)
    ]
    assert not wrong, "\n".join(wrong)
