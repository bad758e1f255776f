"""What the window imports before its first paint stays light: SQLAlchemy,
reportlab and the dialogs come after, when the data file is opened."""

from __future__ import annotations

import subprocess
import sys

BEFORE_FIRST_PAINT = """
import sys
from opleider_desk.cli import build_parser
from opleider_desk.app import run_gui
from opleider_desk.ui.main_window import MainWindow
build_parser()
print(" ".join(sorted(name for name in sys.modules if name.split(".")[0] in ("sqlalchemy", "reportlab"))))
"""


def test_argument_parser_and_window_modules_import_no_storage_or_reports():
    result = subprocess.run(
        [sys.executable, "-c", BEFORE_FIRST_PAINT], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == []
