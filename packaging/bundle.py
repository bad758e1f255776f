"""What goes into the PyInstaller bundle, kept apart from the spec so a test can check it.

The bundle mirrors the wheel: resources, translations, the user guide and the
Alembic migrations sit inside the package folder, where ``opleider_desk.paths``
and ``storage.migrate`` look for them, so the frozen program needs no special
paths.
"""

from __future__ import annotations

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
