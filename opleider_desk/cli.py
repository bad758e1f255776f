"""Entry point: ``opleider-desk`` and ``python -m opleider_desk``.

Without a command it starts the window; with one (``import-hours``,
``statement``, ``backup`` …) it does that job on the data file and exits.
Help texts go through Qt's translator like every other user-visible string,
so the language option is read before the parser is built.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import APP_ID, APP_NAME, ORG_NAME, __version__
from .paths import chosen_data_file, data_dir, default_data_file, demo_data_file
from .settings import LANGUAGE, LANGUAGES


def _early_language(argv: list[str]) -> str:
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--lang", choices=LANGUAGES)
    known, _ = pre.parse_known_args(argv)
    if known.lang:
        return known.lang
    from .settings import Settings

    return Settings().get(LANGUAGE)


PASSPHRASE_VARIABLE = "OPLEIDERDESK_PASSPHRASE"


class _Refused(Exception):
    pass


class _SilentParser(argparse.ArgumentParser):
    """Raises instead of printing: used to look before the application exists."""

    def error(self, message: str):
        raise _Refused(message)


def build_parser(
    parser_class: type[argparse.ArgumentParser] = argparse.ArgumentParser,
    *,
    commands: bool = True,
    language: str = "nl",
) -> argparse.ArgumentParser:
    """``commands=False``: without the commands (nor their modules), for the window's options.
    ``language``: the one the help is shown in, which names that language's demo file."""
    from PySide6.QtCore import QCoreApplication as Q

    from . import cli_text

    cli_text.install()
    parser = parser_class(
        prog=APP_ID,
        formatter_class=cli_text.HelpFormatter,
        description=Q.translate(
            "Cli",
            "OpleiderDesk: trainee overview, meetings, hour registration and quarterly "
            "statements for GP trainers. Without a command, the window opens.",
        ),
        epilog=Q.translate("Cli", "Data file used when --db is not given:\n  {path}").format(
            path=default_data_file()
        ),
        add_help=False,
    )
    parser.add_argument("-h", "--help", action="help", help=Q.translate("Cli", "show this help and exit"))
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help=Q.translate("Cli", "show the version number and exit"),
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        type=Path,
        help=Q.translate("Cli", "open this data file (created if it does not exist)"),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=Q.translate(
            "Cli",
            "open a separate demo file with example trainees, hours and meetings; "
            "your own data file is not touched ({path})",
        ).format(path=demo_data_file(language)),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=Q.translate("Cli", "language of the program: nl (Dutch) or en (English)"),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=Q.translate(
            "Cli",
            "check this installation on a temporary file (data file, PDF, translations, "
            "templates, window) and exit; your own data and settings are not touched",
        ),
    )
    if not commands:
        return parser
    from .commands import command_modules

    modules = command_modules()
    if modules:
        sub = parser.add_subparsers(dest="command", metavar="COMMAND")
        for module in modules:
            command = sub.add_parser(module.NAME, help=module.help_text(), description=module.help_text())
            module.add_arguments(command)
            command.set_defaults(command_module=module)
    return parser


def data_file(args: argparse.Namespace) -> Path:
    from .words.formatting import current_language

    return chosen_data_file(demo=args.demo, db=args.db, language=current_language())


def _window_args(argv: list[str]) -> argparse.Namespace | None:
    """The arguments when they ask for the window; None for --help, --version and
    commands (those need no display) and for a mistake.

    The window is started with these: its help texts are never shown, so building
    the parser again once the translators are in would only cost the start its time.
    Nor are the commands looked at: a command's name is a word this parser does not
    know, so it refuses it and the whole parser takes over (importing the eight
    command modules was 7 ms before the first paint)."""
    if any(arg in ("-h", "--help", "--version") for arg in argv):
        return None
    try:
        return build_parser(_SilentParser, commands=False).parse_args(argv)
    except _Refused:
        return None  # a command, or a mistake the translated parser will explain


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from .pyside_import_check import install

    install()  # before the imports that follow pay for PySide's way of looking at them
    from .console import make_output_robust

    make_output_robust()
    from PySide6.QtCore import QCoreApplication

    from .i18n import install_translators

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_ID)
    language = _early_language(argv)
    # Translators need an application object, and the window needs it to be
    # a QApplication; help and commands get by without a display.
    from .display import has_display

    app = QCoreApplication.instance()
    window_args = _window_args(argv) if app is None else None
    window_wanted = window_args is not None
    if window_wanted:
        from . import startup_gc

        startup_gc.pause()  # until the window is ready (MainWindow.open_at_start)
    # The windowed Windows exe has no console: what a command prints is shown in a box.
    windowed = sys.stdout is None and not window_wanted
    if app is None:
        if (window_wanted or windowed) and has_display():
            from .app import create_application

            app = create_application()
        else:
            app = QCoreApplication([sys.argv[0]])
    install_translators(app, language)
    from .words.formatting import set_language

    set_language(language)  # commands print dates too
    if windowed:
        return _shown_in_a_box(lambda: _dispatch(argv, language, window_args))
    return _dispatch(argv, language, window_args)


def _dispatch(argv: list[str], language: str, window_args: argparse.Namespace | None) -> int:
    from .display import has_display

    window_wanted = window_args is not None
    args = window_args if window_args is not None else build_parser(language=language).parse_args(argv)
    if window_wanted and not has_display() and not args.self_test:
        print(_no_display_text(), file=sys.stderr)
        return 2
    module = getattr(args, "command_module", None)
    if module is not None:
        return _run_command(module, args)
    if args.self_test:
        from . import startup_gc
        from .self_test import run_self_test

        startup_gc.resume()

        return run_self_test()
    from .app import run_gui

    return run_gui(args, language)


def _shown_in_a_box(run) -> int:
    """Run a command of the windowed exe and show what it printed, with the way to the console exe."""
    import contextlib
    import io

    from PySide6.QtCore import QCoreApplication as Q
    from PySide6.QtWidgets import QMessageBox

    from . import APP_NAME

    output = io.StringIO()
    with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
        try:
            result = run()
        except SystemExit as stop:  # --help, --version and argparse's refusals end so
            result = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 2)
    hint = Q.translate(
        "Cli",
        "For the command line and scheduled tasks use opleider-desk-cli.exe, in the same folder: "
        "it prints in the console.",
    )
    box = QMessageBox(
        QMessageBox.Icon.Information if result == 0 else QMessageBox.Icon.Warning,
        APP_NAME,
        f"{output.getvalue().strip()}\n\n{hint}".strip(),
    )
    box.exec()
    return result


def _no_display_text() -> str:
    from PySide6.QtCore import QCoreApplication as Q

    return Q.translate(
        "Cli",
        "There is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). "
        "Start OpleiderDesk from the desktop, or use a command (see --help); "
        "--self-test runs without a display.",
    )


def _run_command(module, args: argparse.Namespace) -> int:
    from .storage.database import DataFileError, FileInUseError
    from .storage.open import open_store

    # An encrypted file's passphrase comes from the environment, never from
    # the command line, where other users could read it.
    passphrase = os.environ.get(PASSPHRASE_VARIABLE) or None
    path = data_file(args)
    reads_only = getattr(module, "READ_ONLY", False)
    try:
        try:
            # A command that only reads never creates a file (the demo is made on demand).
            store = open_store(
                path,
                read_only=reads_only and not args.demo and not path.exists(),
                passphrase=passphrase,
                user_files_dir=data_dir(),
            )
        except FileInUseError:
            # A window has the file: a command that only reads (a backup, a
            # statement, an export) reads beside it through SQLite's own
            # concurrency; a command that writes is turned away.
            if not reads_only:
                raise
            store = open_store(path, read_only=True, passphrase=passphrase, user_files_dir=data_dir())
    except DataFileError as exc:
        from .words.file_errors import data_file_error_text

        print(data_file_error_text(exc), file=sys.stderr)
        return 2
    if args.demo:
        from .storage.demo import fill_demo_if_empty
        from .words.formatting import current_language

        # The demo file always holds the example practice, in the language asked for.
        fill_demo_if_empty(store, language=current_language())
    try:
        return int(module.run(args, store))
    finally:
        store.close()


if __name__ == "__main__":
    raise SystemExit(main())
