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
