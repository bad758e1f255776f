"""Sentences for a JSON export that cannot be imported (window and command line)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication as Q

from ..storage.json_transfer import TransferError


def transfer_error_text(error: TransferError, source: Path, target: Path) -> str:
    if error.code == "json.newer":
        return Q.translate(
            "TransferError",
            "{path} was written in a newer export format (version {version}). "
            "Install the newest OpleiderDesk to import it. Nothing was imported.",
        ).format(path=source, version=error.detail)
    if error.code in ("json.not_json", "json.not_ours"):
        return Q.translate(
            "TransferError", "{path} is not an OpleiderDesk JSON export. Nothing was imported."
        ).format(path=source)
    if error.code == "json.target_not_empty":
        return Q.translate(
            "TransferError",
            "The data file {file} already holds data; an export is only imported into a new, empty "
            "data file. Name a new file with --db. Nothing was imported.",
        ).format(file=target)
    return Q.translate(
        "TransferError",
        "{path} cannot be imported: {where} is not as the format describes. Nothing was imported.",
    ).format(path=source, where=error.detail)
