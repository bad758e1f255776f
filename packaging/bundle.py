"""What goes into the PyInstaller bundle, kept apart from the spec so a test can check it.

The bundle mirrors the wheel: resources, translations, the user guide and the
Alembic migrations sit inside the package folder, where ``opleider_desk.paths``
and ``storage.migrate`` look for them, so the frozen program needs no special
paths.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "opleider_desk"
ICONS = ROOT / "resources" / "icons"
ENTRY = ROOT / "packaging" / "launcher.py"
NAME = "opleider-desk"  # the executable and the bundle folder, dist/opleider-desk/
ICON_WINDOWS = ICONS / "opleider-desk.ico"
ICON_MACOS = ICONS / "opleider-desk.icns"
LANGUAGES = ("nl", "en")

# Qt modules the program does not use; PyInstaller would otherwise follow
# optional imports into them. A test checks that the code imports none of these.
EXCLUDED_MODULES = [
    "tkinter",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickTest",
    "PySide6.QtLabsStyleKit",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtConcurrent",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtXml",
]


def data_files() -> list[tuple[Path, str]]:
    """(source in the repository, folder inside the bundle)."""
    files = [
        (ROOT / "resources" / "forms", "opleider_desk/resources/forms"),
        (ROOT / "resources" / "checklists", "opleider_desk/resources/checklists"),
        (ROOT / "resources" / "fonts", "opleider_desk/resources/fonts"),
        (ROOT / "resources" / "color", "opleider_desk/resources/color"),
        (ICONS, "opleider_desk/resources/icons"),
        (ROOT / "docs" / "handleiding.md", "opleider_desk/docs"),
        # Alembic reads its revision scripts as files, not from the frozen archive.
        (PACKAGE / "storage" / "migrations", "opleider_desk/storage/migrations"),
    ]
    files += [
        (ROOT / "translations" / f"opleider_desk_{lang}.qm", "opleider_desk/translations")
        for lang in LANGUAGES
    ]
    return files


def keep_collected(dest: str) -> bool:
    """Of Qt's own translations, which PyInstaller collects for every language, keep
    qtbase in the two languages the program speaks."""
    dest = dest.replace("\\", "/")
    if "/translations/" not in dest or not dest.endswith(".qm") or dest.startswith("opleider_desk/"):
        return True
    return dest.rsplit("/", 1)[1] in {f"qtbase_{lang}.qm" for lang in LANGUAGES}


# --- one version number ----------------------------------------------------------


def _package_version() -> str:
    """``__version__`` from the package, the same place hatch reads the wheel's version."""
    text = (PACKAGE / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise SystemExit("no __version__ in opleider_desk/__init__.py")
    return match.group(1)


VERSION = _package_version()


def version_numbers() -> tuple[int, int, int, int]:
    """The four numbers of a Windows version resource: 0.1.0 -> (0, 1, 0, 0)."""
    parts = [int(p) for p in re.findall(r"\d+", VERSION)[:4]]
    return (*parts, 0, 0, 0, 0)[:4]  # type: ignore[return-value]


def windows_version_text() -> str:
    """The exe's version resource in PyInstaller's version-file format.

    The Inno Setup script reads ProductVersion back from the built exe, so
    the installer carries the same number without typing it again.
    """
    numbers = version_numbers()
    strings = {
        "CompanyName": "OpleiderDesk",
        "FileDescription": "OpleiderDesk",
        "FileVersion": VERSION,
        "InternalName": NAME,
        "LegalCopyright": "GPL-3.0-or-later",
        "OriginalFilename": f"{NAME}.exe",
        "ProductName": "OpleiderDesk",
        "ProductVersion": VERSION,
    }
    table = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
{table}
    ])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])]),
  ]
)
"""


#: PySide6-Essentials 6.12 ships macOS wheels for macOS 14 (macosx_14_0) and newer
#: only; 6.9.x is the last release with wheels for macOS 12 (see macos/README.md).
MACOS_MINIMUM = "14.0"


def macos_info_plist() -> dict[str, object]:
    return {
        "CFBundleName": "OpleiderDesk",
        "CFBundleDisplayName": "OpleiderDesk",
        "CFBundleShortVersionString": VERSION,
        "CFBundleVersion": VERSION,
        "LSMinimumSystemVersion": MACOS_MINIMUM,
        "NSHumanReadableCopyright": "GPL-3.0-or-later",
        "NSHighResolutionCapable": True,
    }


# --- the console entry --------------------------------------------------------------

#: On Windows the main exe is windowed and has no console: --help, --version and
#: every command print nothing there. This second exe in the same folder is a
#: console program for the command line and scheduled tasks.
CLI_NAME = "opleider-desk-cli"


# --- licences -------------------------------------------------------------------------


def notice_files() -> list[tuple[Path, str]]:
    """The program's licence and the notices of the LGPL libraries it carries (Qt, PySide6)."""
    return [
        (ROOT / "LICENSE", "licenses"),
        (ROOT / "packaging" / "licenses", "licenses"),
    ]


# --- what is never loaded ---------------------------------------------------------------

#: Compiled modules other packages import only optionally: Pillow's AVIF and
#: WebP codecs, its font, colour-management, math and Tk support (reportlab
#: needs only Pillow's core; Pillow's own plugins check for these and go
#: without). With them go libavif, libwebp, lcms2, freetype and harfbuzz.
EXCLUDED_OPTIONAL = [
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingcms",
    "PIL._imagingft",
    "PIL._imagingtk",
    "PIL._imagingmath",
    "PIL._imagingmorph",
    "PIL.ImageTk",
    "PIL.ImageQt",
]

#: Qt plugins by folder: the ones kept ("*" keeps the folder). Every other
#: plugin folder is dropped: egldeviceintegrations and generic (framebuffer
#: devices), networkinformation and tls (the program opens no socket),
#: designer, qmltooling, sqldrivers, vectorimageformats.
KEPT_QT_PLUGINS: dict[str, set[str]] = {
    # xcb and wayland on Linux, windows, cocoa; offscreen for the self-test on a build server.
    "platforms": {"qxcb", "qwayland", "qwindows", "qcocoa", "qoffscreen"},
    # The desktop portal gives Flatpak/GNOME/KDE file dialogs; the GTK 3 theme
    # would bring GTK, cairo and pango along, for the look of a file dialog.
    "platformthemes": {"qxdgdesktopportal"},
    "imageformats": {"qsvg"},  # the icons are PNG (built into Qt) and SVG
    "iconengines": {"*"},
    "platforminputcontexts": {"*"},  # compose and ibus: typing ë and é
    "printsupport": {"*"},  # printing the statement
    "xcbglintegrations": {"*"},
    "wayland-decoration-client": {"*"},
    "wayland-graphics-integration-client": {"*"},
    "wayland-shell-integration": {"*"},
    "styles": {"*"},  # macOS and Windows native styles
}


def keep_binary(dest: str) -> bool:
    """False for a Qt plugin the program never loads."""
    parts = dest.replace("\\", "/").split("/")
    if "plugins" not in parts:
        return True
    at = parts.index("plugins")
    if len(parts) < at + 3:
        return True
    folder, file = parts[at + 1], parts[-1]
    kept = KEPT_QT_PLUGINS.get(folder)
    if kept is None:
        return False
    stem = file.split(".", 1)[0]
    stem = stem[3:] if stem.startswith("lib") else stem
    return "*" in kept or stem in kept


def elf_needed(path: Path) -> list[str]:
    """The DT_NEEDED libraries of an ELF file (``readelf -d``); [] when it is not one."""
    import subprocess

    try:
        output = subprocess.run(
            ["readelf", "-d", str(path)], capture_output=True, text=True, check=False
        ).stdout
    except OSError:
        return []
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", output)


def reachable_binaries(binaries: list[tuple[str, str, str]]) -> set[str]:
    """Linux: the destinations of ``binaries`` some kept module or plugin loads.

    Python extension modules and the kept plugins are the roots; a shared
    library stays only if a root needs it, directly or through another. What
    only a dropped plugin needed (GTK, cairo and pango for the GTK theme; the
    EGL device libraries) goes with it.
    """
    by_name: dict[str, list[tuple[str, str]]] = {}
    for dest, source, _kind in binaries:
        by_name.setdefault(Path(dest).name, []).append((dest, source))
    roots = [
        (dest, source)
        for dest, source, _kind in binaries
        if "/plugins/" in dest.replace("\\", "/")
        or ".cpython-" in dest
        or ".abi3." in dest
        or dest.startswith("lib-dynload/")
        or Path(dest).name.startswith("libpython")
    ]
    keep: set[str] = set()
    todo = list(roots)
    while todo:
        dest, source = todo.pop()
        if dest in keep:
            continue
        keep.add(dest)
        for needed in elf_needed(Path(source)):
            todo.extend(by_name.get(needed, []))
    return keep


#: Linux: libraries taken from the workstation, not from the build machine. They
#: belong to every desktop system (or, for printing, to CUPS), and copies of the
#: build machine's versions are what tied the bundle to its glibc: libstdc++,
#: libcups and libexpat of Debian 12 need glibc 2.36. Qt needs at most
#: GLIBCXX_3.4.29 (GCC 11) of the system's libstdc++. Without CUPS only printing
#: is missing (Qt's print plugin does not load); everything else works.
HOST_LIBRARIES = (
    "libstdc++.so",
    "libgcc_s.so",
    "libexpat.so",
    "libfontconfig.so",
    "libfreetype.so",
    "libglib-2.0.so",
    "libgthread-2.0.so",
    "libdbus-1.so",
    "libsystemd.so",
    "libcups.so",
    # what libcups brings along
    "libgnutls.so",
    "libgssapi_krb5.so",
    "libkrb5.so",
    "libk5crypto.so",
    "libkrb5support.so",
    "libcom_err.so",
    "libkeyutils.so",
    "libavahi-client.so",
    "libavahi-common.so",
    "libgcrypt.so",
    "libgpg-error.so",
    "libp11-kit.so",
    "libidn2.so",
    "libunistring.so",
    "libnettle.so",
    "libhogweed.so",
    "libgmp.so",
    "libtasn1.so",
    "libcap.so",
    "liblz4.so",
)


def from_the_host(dest: str) -> bool:
    """True for a library the Linux bundle leaves to the workstation (HOST_LIBRARIES)."""
    name = dest.replace("\\", "/").rsplit("/", 1)[-1]
    return "/" not in dest.replace("\\", "/") and name.startswith(HOST_LIBRARIES)
