"""Where a data file lives: a local disk, a network share, or a folder a sync client copies.

SQLite's write-ahead log keeps its index in shared memory beside the file,
which only works when every process that opens the file runs on the same
computer; on a network file system (SMB/CIFS, NFS, AFP, WebDAV, sshfs) two
computers then each believe they are alone, and a sync client (OneDrive,
Dropbox, iCloud, Google Drive, Nextcloud…) copies the data file and its log
separately, at moments of its own choosing. See
https://www.sqlite.org/wal.html ("WAL does not work over a network
filesystem") and https://www.sqlite.org/useovernet.html.

There the program uses SQLite's rollback journal instead (every commit is
in the data file itself) and the window says what that means (instelling van
OpleiderDesk). A backup folder on a share is fine: a backup is one finished
file, written once.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path


class Place(Enum):
    LOCAL = "local"
    NETWORK = "network"
    SYNC = "sync"


@dataclass(frozen=True, slots=True)
class Location:
    place: Place
    # The file system ("cifs", "nfs4") or the sync service ("OneDrive").
    detail: str = ""

    @property
    def shared(self) -> bool:
        return self.place is not Place.LOCAL


NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "afpfs",
        "webdav",
        "davfs",
        "fuse.davfs2",
        "fuse.sshfs",
        "sshfs",
        "9p",
        "afs",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "fuse.rclone",
        "fuse.s3fs",
        "lustre",
        "gpfs",
        "ncpfs",
        "coda",
    }
)

# Folder names sync clients create (case-insensitive; a prefix for "OneDrive - Praktijk").
SYNC_FOLDERS = (
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("icloud drive", "iCloud"),
    ("mobile documents", "iCloud"),
    ("icloud~", "iCloud"),
    ("nextcloud", "Nextcloud"),
    ("owncloud", "ownCloud"),
    ("synologydrive", "Synology Drive"),
    ("pcloud drive", "pCloud"),
    ("box sync", "Box"),
    ("mega", "MEGA"),
    ("stack", "STACK"),
)


MOUNTS = Path("/proc/self/mounts")


def _sync_service(path: Path) -> str | None:
    parts = [part.lower() for part in path.parts]
    for part in parts:
        for prefix, service in SYNC_FOLDERS:
            if part == prefix or (len(prefix) > 5 and part.startswith(prefix)):
                return service
    if "cloudstorage" in parts:  # macOS: ~/Library/CloudStorage/<provider>-<account>
        return "CloudStorage"
    return None


def _linux_file_system(path: Path) -> str | None:
    """The file system type of the mount that holds ``path`` (from /proc/self/mounts)."""
    try:
        lines = MOUNTS.read_text().splitlines()
    except OSError:
        return None
    best, best_type = "", None
    target = str(path)
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, fields[2]
    return best_type


def _mac_file_system(path: Path) -> str | None:
    """``f_fstypename`` of statfs(2), or "remote" when the mount is not MNT_LOCAL."""
    import ctypes

    class StatFs(ctypes.Structure):
        _fields_ = [
            ("f_bsize", ctypes.c_uint32),
            ("f_iosize", ctypes.c_int32),
            ("f_counts", ctypes.c_uint64 * 5),
            ("f_fsid", ctypes.c_int32 * 2),
            ("f_owner", ctypes.c_uint32),
            ("f_type", ctypes.c_uint32),
            ("f_flags", ctypes.c_uint32),
            ("f_fssubtype", ctypes.c_uint32),
            ("f_fstypename", ctypes.c_char * 16),
            ("f_mntonname", ctypes.c_char * 1024),
            ("f_mntfromname", ctypes.c_char * 1024),
            ("f_reserved", ctypes.c_uint32 * 8),
        ]

    libc = ctypes.CDLL(None)
    function = getattr(libc, "statfs$INODE64", None) or libc.statfs
    info = StatFs()
    if function(os.fsencode(path), ctypes.byref(info)) != 0:
        return None
    name = info.f_fstypename.decode(errors="replace")
    mnt_local = 0x00001000
    if not info.f_flags & mnt_local:
        return name if name in NETWORK_FILE_SYSTEMS else "remote"
    return name


def _windows_is_remote(path: str) -> bool:
    if path.startswith(("\\\\", "//")):
        return True  # \\server\share
    import ctypes

    drive = os.path.splitdrive(path)[0]
    if not drive:
        return False
    drive_remote = 4
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote  # type: ignore[attr-defined]


def _existing(path: Path) -> Path:
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def locate(path: Path) -> Location:
    """Where ``path`` (a data file, existing or about to be made) lives."""
    absolute = Path(os.path.abspath(path))
    service = _sync_service(absolute)
    try:
        if sys.platform == "win32":
            if _windows_is_remote(str(absolute)):
                return Location(Place.NETWORK, "smb")
        else:
            folder = Path(os.path.realpath(_existing(absolute)))
            kind = _mac_file_system(folder) if sys.platform == "darwin" else _linux_file_system(folder)
            if kind is not None and (kind in NETWORK_FILE_SYSTEMS or kind == "remote"):
                return Location(Place.NETWORK, kind)
            if kind is not None and kind.startswith("fuse.") and service is not None:
                return Location(Place.SYNC, service)
    except (OSError, AttributeError, ValueError):
        pass  # not knowing is treated as local: the ordinary, fastest journal
    if service is not None:
        return Location(Place.SYNC, service)
    return Location(Place.LOCAL)
