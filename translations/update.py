"""Refresh the translation files from the code, then compile them.

    python translations/update.py            # lupdate + fill English + lrelease
    python translations/update.py --check    # exit 1 if anything is unfinished
    python translations/update.py --keep-pending   # on a branch: keep the .tsv files

Source strings are English. ``opleider_desk_en.ts`` is completed
automatically (a source string is its own English translation; "(s)" plurals
are spelled out); ``opleider_desk_nl.ts`` is translated by people. Dutch
translations handed in as ``translations/pending/*.tsv`` (context, source,
translation; tab-separated) are folded into the Dutch file and the .tsv
removed, so parallel work never has to merge XML by hand.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PACKAGE = ROOT / "opleider_desk"
LANGUAGES = {"nl": "nl_NL", "en": "en_GB"}


def ts_path(lang: str) -> Path:
    return HERE / f"opleider_desk_{lang}.ts"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6-Essentials")
    return found


def lupdate() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))
    for lang, locale in LANGUAGES.items():
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                "en_GB",
                "-target-language",
                locale,
                *sources,
                "-ts",
                str(ts_path(lang).relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )


def english_plural(source: str) -> tuple[str, str]:
    singular = re.sub(r"\(ies\)", "", source)
    plural = re.sub(r"y\(ies\)", "ies", source)
    singular = singular.replace("(s)", "")
    plural = plural.replace("(s)", "s")
    return singular, plural


def _messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def _finish(translation: ET.Element) -> None:
    translation.attrib.pop("type", None)


def fill_english() -> None:
    path = ts_path("en")
    tree = ET.parse(path)
    for _context, message in _messages(tree):
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        source = message.findtext("source")
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform") or [ET.SubElement(translation, "numerusform")]
            while len(forms) < 2:
                forms.append(ET.SubElement(translation, "numerusform"))
            forms[0].text, forms[1].text = english_plural(source)
        else:
            translation.text = source
        _finish(translation)
    _write(tree, path)


def fold_pending(*, keep: bool = False) -> None:
    pending = sorted((HERE / "pending").glob("*.tsv")) if (HERE / "pending").is_dir() else []
    if not pending:
        return
    wanted: dict[tuple[str, str], list[str]] = {}
    for file in pending:
        with file.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) >= 3 and row[0] and not row[0].startswith("#"):
                    wanted[(row[0], row[1].replace("\\n", "\n"))] = [t.replace("\\n", "\n") for t in row[2:]]
    path = ts_path("nl")
    tree = ET.parse(path)
    used = set()
    for context, message in _messages(tree):
        key = (context, message.findtext("source"))
        if key not in wanted:
            continue
        used.add(key)
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            texts = wanted[key] if len(wanted[key]) > 1 else wanted[key] * 2
            for text in texts:
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = wanted[key][0]
        _finish(translation)
    _write(tree, path)
    unused = set(wanted) - used
    for context, source in sorted(unused):
        print(f"pending translation matches no string in the code: [{context}] {source!r}")
    if not keep:
        for file in pending:
            file.unlink()


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def unfinished(lang: str) -> list[str]:
    tree = ET.parse(ts_path(lang))
    return [
        f"[{context}] {message.findtext('source')}"
        for context, message in _messages(tree)
        if message.find("translation").get("type") == "unfinished"
    ]


def lrelease() -> None:
    for lang in LANGUAGES:
        target = HERE / f"opleider_desk_{lang}.qm"
        # Written beside it and swapped in: Qt maps a loaded .qm file into memory, and a
        # program (or test run) using this one crashed when it was rewritten in place.
        fresh = target.with_name(target.name + ".new")
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts_path(lang)), "-qm", str(fresh)],
            check=True,
        )
        os.replace(fresh, target)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report unfinished strings")
    parser.add_argument(
        "--keep-pending",
        action="store_true",
        help="fold translations/pending/*.tsv in but keep the files (work on a branch)",
    )
    args = parser.parse_args()
    if not args.check:
        lupdate()
        fill_english()
        fold_pending(keep=args.keep_pending)
        lrelease()
    missing = {lang: unfinished(lang) for lang in LANGUAGES}
    for lang, items in missing.items():
        for item in items:
            print(f"{lang}: unfinished {item}")
    return 1 if any(missing.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
