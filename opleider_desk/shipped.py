"""Folders that ship with the program (templates, checklists, translations, docs).

An installed wheel carries them inside the package; a source checkout
(editable install) has them at the top of the repository. Plain Python, so
the domain core can find its data files without Qt or platformdirs.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def shipped_dir(name: str) -> Path:
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _PACKAGE.parent / name
