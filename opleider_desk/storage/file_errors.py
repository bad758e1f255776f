"""Why a data file cannot be opened: the errors the opening modules share.

Apart from ``database`` so that ``encryption`` (which ``database`` uses) can
raise them without importing ``database`` back.
"""

from __future__ import annotations

from pathlib import Path


class DataFileError(Exception):
    """The file cannot be opened as an OpleiderDesk data file."""

    def __init__(self, code: str, path: Path, detail: str = ""):
        self.code = code
        self.path = path
        self.detail = detail
        super().__init__(f"{code}: {path} {detail}".strip())


class NewerSchemaError(DataFileError):
    def __init__(self, path: Path, revision: str):
        super().__init__("file.newer", path, revision)
        self.revision = revision


class FileInUseError(DataFileError):
    """Another OpleiderDesk writes to this file; it may be opened read-only."""

    def __init__(self, path: Path):
        super().__init__("file.in_use", path)
