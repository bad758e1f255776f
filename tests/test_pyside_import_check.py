"""PySide's look at each module imported after it reads the module's file, not its source lines.

PySide6 checks every module imported after it for whether it uses PySide;
its own check went through ``inspect.getsource``, which tokenised the file
and kept all of its lines in ``linecache``: some 300 modules (most of them
SQLAlchemy's) on every start, tens of milliseconds and megabytes.
"""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import linecache, sys
sys.path.insert(0, sys.argv[1])
from opleider_desk.pyside_import_check import install
install()
feature = sys.modules["shibokensupport.feature"]
import uses_qt, plain
print(feature.pyside_feature_dict["uses_qt"], feature.pyside_feature_dict["plain"])
print(sorted(name for name in linecache.cache if name.endswith(("uses_qt.py", "plain.py"))))
"""


def test_the_check_gives_pysides_answer_without_reading_the_source_into_linecache(tmp_path):
    (tmp_path / "uses_qt.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    (tmp_path / "plain.py").write_text("import json\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", CHECK, str(tmp_path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    answers, cached = result.stdout.splitlines()
    assert answers == "0 -1"  # PySide's own values: uses PySide, ignore
    assert cached == "[]"


def test_what_the_check_answers_unread_names_pyside_nowhere():
    """SQLAlchemy's and the standard library's modules are answered "does not use PySide"
    without reading them (9 MB at every start): true only while none of their files names it."""
    from pathlib import Path

    from opleider_desk.pyside_import_check import folders_without_pyside

    places, stdlib = folders_without_pyside()
    assert any("sqlalchemy" in place for place in places)
    files = [Path(place) for place in places if place.endswith(".py")]
    files += [file for place in places if not place.endswith(".py") for file in Path(place).rglob("*.py")]
    files += [
        file
        for file in Path(stdlib).rglob("*.py")
        if not {"site-packages", "dist-packages"} & set(file.relative_to(stdlib).parts)
    ]
    assert len(files) > 1000
    naming = [str(file) for file in files if b"PySide6" in file.read_bytes()]
    assert naming == []


SKIPPED = """
import sys
from opleider_desk.pyside_import_check import install
install()
feature = sys.modules["shibokensupport.feature"]
reads = []
real_open = open
def watching_open(file, *args, **kwargs):
    reads.append(str(file))
    return real_open(file, *args, **kwargs)
import builtins
builtins.open = watching_open
import sqlalchemy.orm
builtins.open = real_open
print(feature.pyside_feature_dict["sqlalchemy.orm"], feature.pyside_feature_dict["asyncio.base_events"])
print(len([path for path in reads if path.endswith(".py")]))
"""


def test_sqlalchemy_and_the_standard_library_are_answered_without_reading_their_files():
    result = subprocess.run([sys.executable, "-c", SKIPPED], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    answers, read = result.stdout.splitlines()
    assert answers == "-1 -1"
    assert read == "0"
