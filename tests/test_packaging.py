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


# --- one version number ---------------------------------------------------------------


def test_one_version_number_in_wheel_exe_installer_and_app(bundle):
    import ast

    from opleider_desk import __version__

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["hatch"]["version"]["path"] == "opleider_desk/__init__.py"
    assert __version__ == bundle.VERSION
    numbers = bundle.version_numbers()
    assert len(numbers) == 4 and ".".join(map(str, numbers)).startswith(__version__)

    resource = bundle.windows_version_text()
    ast.parse(resource)  # PyInstaller evaluates the file as Python
    assert f"filevers={numbers}" in resource and f"prodvers={numbers}" in resource
    assert f"StringStruct('ProductVersion', '{__version__}')" in resource

    spec = (PACKAGING / "opleider-desk.spec").read_text(encoding="utf-8")
    assert "bundle.windows_version_text()" in spec and "version=str(version_file)" in spec
    assert "version=bundle.VERSION" in spec and "info_plist=bundle.macos_info_plist()" in spec
    plist = bundle.macos_info_plist()
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == __version__

    iss = (PACKAGING / "windows" / "opleider-desk.iss").read_text(encoding="utf-8")
    assert not re.search(r'#define AppVersion "', iss), "the .iss must not type a version"
    assert "GetStringFileInfo(Bundle + AppExe, PRODUCT_VERSION)" in iss
    assert "AppVersion={#AppVersion}" in iss


def test_the_macos_minimum_is_the_one_the_pinned_qt_wheels_install_on(bundle):
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "PySide6-Essentials==6.12.0.*" in project["project"]["dependencies"]
    assert bundle.MACOS_MINIMUM == "14.0"
    assert bundle.macos_info_plist()["LSMinimumSystemVersion"] == "14.0"
    notes = (PACKAGING / "macos" / "README.md").read_text(encoding="utf-8")
    assert "macOS 14 (Sonoma) or newer" in notes and "12 or newer" not in notes
    assert "--timestamp" in notes and "Open Anyway" in notes and "macOS 15" in notes


# --- the console entry ----------------------------------------------------------------------


def test_windows_gets_a_console_exe_beside_the_windowed_one(bundle):
    spec = (PACKAGING / "opleider-desk.spec").read_text(encoding="utf-8")
    cli = spec[spec.index("name=bundle.CLI_NAME") :]
    assert "console=True" in cli[:200]
    assert "COLLECT(*executables" in spec
    iss = (PACKAGING / "windows" / "opleider-desk.iss").read_text(encoding="utf-8")
    assert f'#define CliExe "{bundle.CLI_NAME}.exe"' in iss
    assert 'Name: "addtopath"' in iss and "NeedsAddPath" in iss
    assert "schtasks" in iss and "opleider-desk-cli backup" in iss
    assert f'ln -sf opleider-desk "$BUNDLE/{bundle.CLI_NAME}"' in (PACKAGING / "build-linux.sh").read_text()


# --- licences --------------------------------------------------------------------------------


def test_the_licence_and_the_lgpl_notices_ship_everywhere(bundle):
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["license"] == "GPL-3.0-or-later"
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in licence and "Version 3, 29 June 2007" in licence
    for source, dest in bundle.notice_files():
        assert source.exists() and dest == "licenses"
    notices = PACKAGING / "licenses"
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (notices / "LGPL-3.0.txt").read_text(encoding="utf-8")
    third = (notices / "THIRD-PARTY.md").read_text(encoding="utf-8")
    for name in ("Qt 6.12", "PySide6", "LGPL-3.0", "SQLCipher", "replace"):
        assert name in third
    spec = (PACKAGING / "opleider-desk.spec").read_text(encoding="utf-8")
    assert "bundle.notice_files()" in spec
    iss = PACKAGING / "windows" / "opleider-desk.iss"
    text = iss.read_text(encoding="utf-8")
    found = re.search(r"^LicenseFile=(.+)$", text, re.M)
    assert found is not None
    licence_file = found.group(1).strip()
    assert (iss.parent / Path(*PureWindowsPath(licence_file).parts)).resolve() == (ROOT / "LICENSE").resolve()
    assert r'Source: "..\licenses\*"' in text
    assert 'install -m644 "$ROOT/LICENSE" "$BUNDLE/LICENSE"' in (PACKAGING / "build-linux.sh").read_text()


# --- the Linux start-menu entry ----------------------------------------------------------------


def test_the_desktop_entry_passes_desktop_file_validate():
    import shutil

    validate = shutil.which("desktop-file-validate")
    if validate is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    result = subprocess.run(
        [validate, str(PACKAGING / "opleider-desk.desktop")], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_the_bundle_installs_its_desktop_entry_icon_and_command(tmp_path):
    import shutil

    bundle_dir = tmp_path / "opleider-desk"
    (bundle_dir / "icons").mkdir(parents=True)
    shutil.copy(PACKAGING / "linux" / "install.sh", bundle_dir / "install.sh")
    shutil.copy(PACKAGING / "opleider-desk.desktop", bundle_dir)
    shutil.copy(ROOT / "resources" / "icons" / "opleider-desk-256.png", bundle_dir / "icons")
    shutil.copy(ROOT / "resources" / "icons" / "opleider-desk.svg", bundle_dir / "icons")
    program = bundle_dir / "opleider-desk"
    program.write_text("#!/bin/sh\necho OpleiderDesk test\n")
    program.chmod(0o755)
    home = tmp_path / "home"
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    subprocess.run(["sh", str(bundle_dir / "install.sh")], env=env, check=True, capture_output=True)

    installed = home / ".local" / "lib" / "opleider-desk"
    entry = home / ".local" / "share" / "applications" / "opleider-desk.desktop"
    assert (installed / "opleider-desk").is_file()
    assert f"Exec={installed}/opleider-desk\n" in entry.read_text(encoding="utf-8")
    assert (home / ".local/share/icons/hicolor/scalable/apps/opleider-desk.svg").is_file()
    assert (home / ".local/bin/opleider-desk").resolve() == (installed / "opleider-desk").resolve()
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(entry)], check=True)
    # Installing again (an upgrade) replaces the program folder and nothing else.
    (installed / "stale.so").write_text("old")
    subprocess.run(["sh", str(bundle_dir / "install.sh")], env=env, check=True, capture_output=True)
    assert not (installed / "stale.so").exists()
    build = (PACKAGING / "build-linux.sh").read_text(encoding="utf-8")
    assert '"$BUNDLE/install.sh"' in build and '"$BUNDLE/opleider-desk.desktop"' in build


# --- what is never loaded -----------------------------------------------------------------------


def test_the_plugins_the_program_never_loads_are_left_out(bundle):
    kept = [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PIL/_imaging.cpython-311-x86_64-linux-gnu.so",
    ]
    dropped = [
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/imageformats/libqtiff.so",
        "PySide6/Qt/plugins/imageformats/libqwebp.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so",
        "PySide6/Qt/plugins/generic/libqevdevkeyboardplugin.so",
    ]
    assert all(bundle.keep_binary(dest) for dest in kept)
    assert not any(bundle.keep_binary(dest) for dest in dropped)
    assert {"PIL._avif", "PIL._webp", "PIL._imagingcms", "PIL._imagingft"} <= set(bundle.EXCLUDED_OPTIONAL)


def test_a_library_stays_only_when_something_kept_needs_it(bundle, monkeypatch):
    needs = {
        "/v/PySide6/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/v/libQt6Gui.so.6": ["libQt6Core.so.6"],
        "/v/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "/v/libQt6XcbQpa.so.6": ["libQt6Gui.so.6", "libxcb-cursor.so.0"],
        "/v/libgtk-3.so.0": ["libcairo.so.2"],
    }
    monkeypatch.setattr(bundle, "elf_needed", lambda path: needs.get(str(path), []))
    binaries = [
        ("PySide6/QtGui.abi3.so", "/v/PySide6/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/v/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/v/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/v/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/v/libQt6XcbQpa.so.6", "BINARY"),
        ("libxcb-cursor.so.0", "/v/libxcb-cursor.so.0", "BINARY"),
        ("libgtk-3.so.0", "/v/libgtk-3.so.0", "BINARY"),
        ("libcairo.so.2", "/v/libcairo.so.2", "BINARY"),
        ("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", "/v/egl", "BINARY"),
    ]
    kept = bundle.reachable_binaries(binaries)
    assert kept == {dest for dest, *_ in binaries[:6]}


def test_elf_needed_reads_a_real_library(bundle):
    import _ctypes
    import shutil

    if not sys.platform.startswith("linux") or shutil.which("readelf") is None:
        pytest.skip("readelf on Linux only")
    assert "libc.so.6" in bundle.elf_needed(Path(_ctypes.__file__)) + bundle.elf_needed(Path(sys.executable))


# --- the release workflow -----------------------------------------------------------------------


def test_the_release_workflow_tests_and_builds_on_three_platforms():
    yaml = pytest.importorskip("yaml")
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8"))
    jobs = workflow["jobs"]
    assert set(jobs["test"]["strategy"]["matrix"]["os"]) == {"ubuntu-22.04", "windows-2022", "macos-14"}
    steps = " ".join(str(step.get("run", "")) for step in jobs["test"]["steps"])
    assert "pytest" in steps and "ruff check" in steps
    builds = {
        "linux": "bash packaging/build-linux.sh",
        "windows": r"iscc packaging\windows\opleider-desk.iss",
        "macos": "hdiutil create",
    }
    for job, command in builds.items():
        runs = " ".join(str(step.get("run", "")) for step in jobs[job]["steps"])
        assert command in runs and "--self-test" in runs + (PACKAGING / "build-linux.sh").read_text()
        assert jobs[job]["needs"] == "test"


def test_the_linux_bundle_leaves_the_system_libraries_to_the_workstation(bundle):
    for dest in ("libstdc++.so.6", "libcups.so.2", "libexpat.so.1", "libgnutls.so.30"):
        assert bundle.from_the_host(dest), dest
    for dest in ("libpython3.11.so.1.0", "libffi.so.8", "PySide6/Qt/lib/libQt6Core.so.6", "libsqlite3.so.0"):
        assert not bundle.from_the_host(dest), dest
    spec = (PACKAGING / "opleider-desk.spec").read_text(encoding="utf-8")
    assert "bundle.from_the_host(entry[0])" in spec


def test_pdfs_use_the_shipped_fonts_and_nothing_looks_for_arial(bundle):
    """macOS has no Arial where the code once looked: the PDFs use the fonts the bundle ships."""
    for path in (ROOT / "opleider_desk").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "arial" not in text.lower(), f"{path} looks for Arial"
    sources = {source for source, _dest in bundle.data_files()}
    assert ROOT / "resources" / "fonts" in sources
