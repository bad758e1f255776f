"""One screenshot per tab of the main window on the demo data, for the README.

    python packaging/screenshots.py [--lang nl|en] [--dark] [--out docs/screenshots]
    python packaging/screenshots.py --all      # Dutch, English and dark, as in docs/

Runs offscreen by default (``QWidget.grab`` renders the window without a
display); with ``--display`` it uses the current ``$DISPLAY`` instead, e.g. an
Xvfb server. Settings and the demo file live in a temporary folder, so your own
files are never opened. Every tab in ``ui/tabs.TABS`` gets ``<key>.png``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1200, 720)


def _settle(app, seconds: float = 0.4) -> None:
    """Let timers (the data file opening after the first paint, tab models) run."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def take(out: Path, language: str, dark: bool = False) -> list[Path]:
    from PySide6.QtCore import QSettings

    from opleider_desk.app import create_application
    from opleider_desk.i18n import install_translators
    from opleider_desk.settings import Settings
    from opleider_desk.ui.main_window import MainWindow
    from opleider_desk.ui.tabs import TABS
    from opleider_desk.words.formatting import set_language

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="opleiderdesk-shots-") as folder:
        app = create_application()
        if dark:
            # As a user gets it from the Dark setting: the platform's dark palette, or (offscreen,
            # where there is none) the program's own.
            from opleider_desk.ui.widgets.colour_scheme import apply_colour_scheme

            apply_colour_scheme(app, "dark")
        install_translators(app, language)
        set_language(language)
        settings = Settings(QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings, language)
        window.resize(*SIZE)
        window.show()
        if not window.open_store(Path(folder) / "demo.sqlite", demo=True):
            raise SystemExit("could not open the demo file")
        # The file's check, backup and the open list run on worker threads; columns fit
        # their contents once the rows are in (ui/widgets/remember.py): wait for both.
        from opleider_desk.ui.widgets.background import busy

        deadline = time.monotonic() + 20
        while busy(window) and time.monotonic() < deadline:
            _settle(app, 0.1)
        _settle(app, 1.0)
        # The status bar would show the temporary folder; show where a user's demo file lives.
        window.file_label.setText("~/.local/share/OpleiderDesk/demo.sqlite")
        written = []
        for index, spec in enumerate(TABS):
            window.tabs.setCurrentIndex(index)
            _settle(app)
            target = out / f"{spec.key}.png"
            if not window.grab().save(str(target)):
                raise SystemExit(f"could not write {target}")
            written.append(target)
        window.close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    parser.add_argument("--dark", action="store_true", help="in the Dark colour scheme (Settings)")
    parser.add_argument(
        "--all", action="store_true", help="Dutch into --out, English into --out/en, dark into --out/dark"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--display", action="store_true", help="use $DISPLAY instead of offscreen")
    args = parser.parse_args()
    if not args.display:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # Only the window's own folders: the demo file goes in the temporary folder above.
    scratch = tempfile.mkdtemp(prefix="opleiderdesk-shots-home-")
    os.environ["XDG_CONFIG_HOME"] = os.path.join(scratch, "config")
    os.environ["XDG_DATA_HOME"] = os.path.join(scratch, "data")
    sys.path.insert(0, str(ROOT))
    if args.all:
        # One process per set: a QApplication's style and translators are set once.
        import subprocess

        for extra, folder in (
            ([], args.out),
            (["--lang", "en"], args.out / "en"),
            (["--dark"], args.out / "dark"),
        ):
            command = [sys.executable, __file__, "--out", str(folder), *extra]
            if args.display:
                command.append("--display")
            subprocess.run(command, check=True)
        return 0
    for path in take(args.out, args.lang, dark=args.dark):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
