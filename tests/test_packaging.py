"""The packaging files point at files that exist (CI does not build the bundle)."""

from __future__ import annotations

import configparser
import importlib.util
import re
import subprocess
import sys
import tomllib
from pathlib import Path, PureWindowsPath

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bundle():
    return _load("bundle")


def test_every_bundled_file_exists(bundle):
    for source, dest in bundle.data_files():
        assert source.exists(), f"{source} is listed for the bundle but missing"
        assert dest.startswith("opleider_desk/"), dest
    assert bundle.ENTRY.is_file()
    assert bundle.ICON_WINDOWS.is_file() and bundle.ICON_MACOS.is_file()


def test_both_languages_and_all_templates_are_bundled(bundle):
    sources = {source for source, _dest in bundle.data_files()}
    for language in ("nl", "en"):
        assert ROOT / "translations" / f"opleider_desk_{language}.qm" in sources
    assert ROOT / "resources" / "forms" in sources
    assert ROOT / "resources" / "checklists" in sources
    assert ROOT / "docs" / "handleiding.md" in sources


def test_only_our_languages_of_qt_translations_are_kept(bundle):
    assert bundle.keep_collected("PySide6/Qt/translations/qtbase_nl.qm")
    assert bundle.keep_collected("PySide6/Qt/translations/qtbase_en.qm")
    assert not bundle.keep_collected("PySide6/Qt/translations/qtbase_de.qm")
    assert not bundle.keep_collected("PySide6/Qt/translations/qtwebengine_nl.qm")
    assert bundle.keep_collected("opleider_desk/translations/opleider_desk_nl.qm")
    assert bundle.keep_collected("PySide6/Qt/lib/libQt6Core.so.6")


def test_no_excluded_qt_module_is_used(bundle):
    used = set()
    for path in (ROOT / "opleider_desk").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    excluded = {name.removeprefix("PySide6.") for name in bundle.EXCLUDED_MODULES}
    assert not used & excluded, f"excluded from the bundle but imported: {used & excluded}"


def test_spec_builds_from_bundle_py():
    spec = (PACKAGING / "opleider-desk.spec").read_text(encoding="utf-8")
    assert "import bundle" in spec
    for name in ("bundle.ENTRY", "bundle.data_files()", "bundle.EXCLUDED_MODULES", "bundle.NAME"):
        assert name in spec


def test_icon_sizes_are_rendered():
    make_icons = _load("make_icons")
    assert make_icons.SVG.is_file()
    for size in make_icons.PNG_SIZES:
        assert make_icons.png_path(size).is_file(), f"run packaging/make_icons.py ({size} px missing)"


def test_linux_build_script_builds_the_spec_and_self_tests_the_bundle(bundle):
    script = PACKAGING / "build-linux.sh"
    text = script.read_text(encoding="utf-8")
    assert "packaging/opleider-desk.spec" in text and (PACKAGING / "opleider-desk.spec").is_file()
    assert f'"$ROOT/dist/{bundle.NAME}"' in text
    assert f'"$BUNDLE/{bundle.NAME}" --self-test' in text
    assert "QT_QPA_PLATFORM=offscreen" in text
    subprocess.run(["bash", "-n", str(script)], check=True)


def test_desktop_entry_starts_the_installed_command():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(PACKAGING / "opleider-desk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert desktop["Exec"].split()[0] in scripts
    assert desktop["Type"] == "Application" and desktop["Terminal"] == "false"
    assert (ROOT / "resources" / "icons" / f"{desktop['Icon']}.svg").is_file()
    assert desktop["StartupWMClass"] == "opleider-desk"  # QApplication.setDesktopFileName


def test_inno_setup_script_points_at_the_bundle_and_the_icon(bundle):
    iss = PACKAGING / "windows" / "opleider-desk.iss"
    text = iss.read_text(encoding="utf-8")

    def resolve(value: str) -> Path:
        return (iss.parent / Path(*PureWindowsPath(value).parts)).resolve()

    icon_line = re.search(r"^SetupIconFile=(.+)$", text, re.M)
    source_line = re.search(r'^Source: "([^"]+)"', text, re.M)
    assert icon_line is not None and source_line is not None
    icon = icon_line.group(1).strip()
    assert resolve(icon) == bundle.ICON_WINDOWS.resolve()
    source = source_line.group(1)
    assert resolve(source).parent == (ROOT / "dist" / bundle.NAME).resolve()
    assert f'#define AppExe "{bundle.NAME}.exe"' in text


@pytest.mark.parametrize(
    "document, location",
    [
        ("windows/opleider-desk.iss", r"%LOCALAPPDATA%\OpleiderDesk\opleiderdesk.sqlite"),
        ("opleider-desk.desktop", "~/.local/share/OpleiderDesk/opleiderdesk.sqlite"),
        ("macos/README.md", "~/Library/Application Support/OpleiderDesk/opleiderdesk.sqlite"),
    ],
)
def test_installer_notes_name_the_data_file_and_upgrades(document, location):
    from opleider_desk.paths import default_data_file

    text = (PACKAGING / document).read_text(encoding="utf-8")
    assert location in text
    assert default_data_file().name == "opleiderdesk.sqlite"
    assert "migration" in text and "upgrade" in text.lower()


def test_wheel_ships_what_the_program_reads():
    force = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    included = force["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    for source, target in included.items():
        assert (ROOT / source).exists(), source
        assert target.startswith("opleider_desk/")
    assert included["docs/handleiding.md"] == "opleider_desk/docs/handleiding.md"


def test_launcher_runs_the_cli(tmp_path):
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "d"),
        "XDG_CONFIG_HOME": str(tmp_path / "c"),
        "PYTHONPATH": str(ROOT),
        "PATH": "/usr/bin:/bin",
    }
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "launcher.py"), "--version"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("OpleiderDesk ")
