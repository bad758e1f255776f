"""The .ts files use one term per concept, as translations/glossary.tsv lists them."""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"


def _glossary() -> list[dict[str, str]]:
    with (TRANSLATIONS / "glossary.tsv").open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.reader(handle, delimiter="\t") if row and not row[0].startswith("#")]
    return [
        dict(zip(("concept", "nl", "en", "not_nl", "not_en"), row + [""] * 5, strict=False)) for row in rows
    ]


def _translations(language: str) -> list[tuple[str, str, str]]:
    """(context, source, translated text) of every finished message."""
    tree = ET.parse(TRANSLATIONS / f"opleider_desk_{language}.ts")
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            texts = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            for text in texts:
                found.append((name, message.findtext("source") or "", text))
    return found


def _patterns(cell: str) -> list[re.Pattern[str]]:
    return [re.compile(p.strip(), re.IGNORECASE) for p in cell.split(" | ") if p.strip()]


def test_the_glossary_names_each_concept_in_both_languages():
    glossary = _glossary()
    assert {"kwartaalverklaring", "verificatiecode", "begeleiding", "K1 2026"} <= {g["nl"] for g in glossary}
    assert all(g["nl"] and g["en"] for g in glossary)


@pytest.mark.parametrize(("language", "column"), [("nl", "not_nl"), ("en", "not_en")])
def test_translations_use_the_glossary_term(language, column):
    wrong = []
    for entry in _glossary():
        for pattern in _patterns(entry[column]):
            for context, _source, text in _translations(language):
                if pattern.search(text) or pattern.search(text.replace("&", "")):  # "A&ios" too
                    wrong.append(f"{context}: {text!r} ({entry['concept']}: use {entry[language]!r})")
    assert not wrong, "\n".join(wrong)


def test_dutch_never_writes_a_quarter_as_q1():
    quarter = re.compile(r"\bQ[1-4]\b|[0-9]{4}-Q[1-4]|Q\{number\}")
    wrong = [f"{c}: {t!r}" for c, _s, t in _translations("nl") if quarter.search(t)]
    assert not wrong, "\n".join(wrong)


def _english_resource_texts() -> list[tuple[str, str]]:
    """(file, text) of every English text in the shipped data files (templates, checklists, rules)."""
    import json

    resources = TRANSLATIONS.parent / "resources"
    found: list[tuple[str, str]] = []

    def walk(value: object, where: str) -> None:
        if isinstance(value, dict):
            if isinstance(value.get("en"), str):
                found.append((where, value["en"]))
            for item in value.values():
                walk(item, where)
        elif isinstance(value, list):
            for item in value:
                walk(item, where)

    for path in sorted(resources.rglob("*.json")):
        if path.name.endswith("schema.json"):
            continue
        walk(json.loads(path.read_text(encoding="utf-8")), str(path.relative_to(resources)))
    return found


def test_the_english_texts_of_the_data_files_use_the_glossary_term():
    texts = _english_resource_texts()
    assert len(texts) > 500  # the templates, checklists and regulations are all read
    wrong = [
        f"{where}: {text!r} ({entry['concept']}: use {entry['en']!r})"
        for entry in _glossary()
        for pattern in _patterns(entry["not_en"])
        for where, text in texts
        if pattern.search(text)
    ]
    assert not wrong, "\n".join(wrong)


def test_dutch_quotes_one_way():
    """Dutch opens a quotation with „ (as in „Datum”), never with the English “: one dialog
    (the CSV import) showed both side by side."""
    wrong = [f"{context}: {text!r}" for context, _source, text in _translations("nl") if "“" in text]
    assert not wrong, "\n".join(wrong)
