"""Sentences for data files that cannot be opened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q

from ..storage.database import DataFileError
from ..storage.file_location import Location, Place


def data_file_error_text(error: DataFileError) -> str:
    path = str(error.path)
    if error.code == "file.newer":
        return Q.translate(
            "FileError",
            "The data file {path} was written by a newer version of OpleiderDesk. "
            "Install the newest version to open it. The file has not been changed.",
        ).format(path=path)
    if error.code == "file.foreign":
        return Q.translate(
            "FileError",
            "The file {path} is not an OpleiderDesk data file. It has not been changed.",
        ).format(path=path)
    if error.code == "file.damaged":
        return Q.translate(
            "FileError",
            "The data file {path} is damaged. It has not been changed; restore a backup.",
        ).format(path=path)
    if error.code == "file.in_use":
        return Q.translate(
            "FileError",
            "The data file {path} is already open in another OpleiderDesk window, "
            "on this or another computer. Only one window at a time can change it.",
        ).format(path=path)
    if error.code == "file.encrypted":
        return Q.translate(
            "FileError", "The data file {path} is encrypted; its passphrase is needed to open it."
        ).format(path=path)
    if error.code == "file.wrong_passphrase":
        return Q.translate(
            "FileError",
            "The passphrase does not open {path}. Check it (capitals count) and try again.",
        ).format(path=path)
    if error.code == "file.encryption_unavailable":
        return Q.translate(
            "FileError",
            "The data file {path} is encrypted, but this installation of OpleiderDesk cannot "
            "open encrypted files. Install it with the extra 'encryption'.",
        ).format(path=path)
    if error.code == "file.hard_linked":
        return Q.translate(
            "FileError",
            "The data file {path} has a second name elsewhere on this disk (a hard link, made for "
            "instance by a backup or sync tool). SQLite keeps the latest changes beside the name a "
            "program opened the file by, so with two names changes can be lost after a crash. "
            "OpleiderDesk does not open it and has not changed it. Remove the other name, or copy the "
            "file to a file of its own and open the copy.",
        ).format(path=path)
    if error.code == "file.empty":
        return Q.translate(
            "FileError",
            "The data file {path} is empty (0 bytes): it holds no data. It has not been changed. "
            "If your data should be in it, restore a backup; otherwise choose another name for a new file.",
        ).format(path=path)
    if error.code == "file.no_version":
        return Q.translate(
            "FileError",
            "The data file {path} does not record which version of OpleiderDesk wrote it, so it is "
            "not opened, to keep its data safe. It has not been changed; restore a backup.",
        ).format(path=path)
    if error.code == "file.missing":
        return Q.translate("FileError", "The data file {path} does not exist.").format(path=path)
    return Q.translate("FileError", "The file {path} cannot be opened as a data file ({detail}).").format(
        path=path, detail=error.detail
    )


def location_notice(location: Location) -> str:
    """What a data file on a share or in a sync folder means for the trainer; empty when local."""
    if location.place is Place.NETWORK:
        return Q.translate(
            "FileError",
            "This data file is on a network drive ({kind}). OpleiderDesk works there without its "
            "write-ahead log, so saving is a little slower. Open it from one computer at a time; "
            "a data file on this computer with its backups on the network drive is safer.",
        ).format(kind=location.detail)
    if location.place is Place.SYNC:
        return Q.translate(
            "FileError",
            "This data file is in a folder that {service} copies to other computers. OpleiderDesk "
            "saves every change straight into the file there, but close it on one computer before "
            "opening it on another, or the copies get mixed up.",
        ).format(service=location.detail)
    return ""
