"""The translation files are complete, compiled and current."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "translations"
PLACEHOLDER = re.compile(r"\{(\w*)\}|%n")


def _messages(lang: str):
    tree = ET.parse(TRANSLATIONS / f"opleider_desk_{lang}.ts")
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_unfinished_translations(lang):
    unfinished = [
        f"[{context}] {message.findtext('source')}"
        for context, message in _messages(lang)
        if message.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_translations_keep_their_placeholders(lang):
    for context, message in _messages(lang):
        source = message.findtext("source")
        translation = message.find("translation")
        texts = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        for text in texts:
            wanted = set(PLACEHOLDER.findall(source)) - {""}
            assert set(PLACEHOLDER.findall(text)) - {""} == wanted, f"[{context}] {source}"


def test_the_translations_cover_every_string_in_the_code(tmp_path):
    """Running lupdate on the code finds nothing the .ts files lack."""
    lupdate = shutil.which("pyside6-lupdate")
    assert lupdate, "pyside6-lupdate ships with PySide6-Essentials"
    copy = tmp_path / "nl.ts"
    shutil.copy(TRANSLATIONS / "opleider_desk_nl.ts", copy)
    sources = sorted(str(p) for p in (ROOT / "opleider_desk").rglob("*.py"))
    subprocess.run(
        [lupdate, "-locations", "none", "-no-obsolete", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    tree = ET.parse(copy)
    new = [
        m.findtext("source")
        for m in tree.getroot().iter("message")
        if (translation := m.find("translation")) is not None and translation.get("type") == "unfinished"
    ]
    assert new == [], "run python translations/update.py"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_compiled_qm_matches_the_ts(lang, tmp_path):
    lrelease = shutil.which("pyside6-lrelease")
    assert lrelease is not None
    out = tmp_path / f"{lang}.qm"
    subprocess.run(
        [lrelease, "-silent", str(TRANSLATIONS / f"opleider_desk_{lang}.ts"), "-qm", str(out)], check=True
    )
    assert out.read_bytes() == (TRANSLATIONS / f"opleider_desk_{lang}.qm").read_bytes()
