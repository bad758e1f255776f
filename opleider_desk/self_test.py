"""``opleider-desk --self-test``: does this installation work, end to end?

Run by ``packaging/build-linux.sh`` on the freshly built bundle (offscreen),
and useful on a practice workstation after installing. Everything happens in
a temporary folder with temporary settings: the user's own data file and
preferences are never opened. Each check prints one line; the exit code is 0
only when all passed. The lines go through Qt's translation system like the
rest of the program (Dutch by default, ``--lang en`` for English); a
traceback after a FAIL line stays as Python writes it.
"""

from __future__ import annotations

import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication as Q

#: The day of the self-test's hour entry; its quarter is the statement printed.
SELF_TEST_DAY = date(2026, 1, 6)

Check = Callable[[Path], str]


class Skipped(Exception):
    """A check that cannot run here (no display); says why, and fails nothing."""


def check_label(key: str) -> str:
    """The name of a check as the report shows it."""
    labels = {
        "data file": Q.translate("SelfTest", "data file"),
        "encryption": Q.translate("SelfTest", "encryption"),
        "PDF": Q.translate("SelfTest", "PDF"),
        "translations": Q.translate("SelfTest", "translations"),
        "templates": Q.translate("SelfTest", "templates"),
        "documents": Q.translate("SelfTest", "documents"),
        "window": Q.translate("SelfTest", "window"),
    }
    return labels.get(key, key)


def _status_words() -> tuple[str, str, str]:
    """ "ok", "FAIL", "skip" in the report's language, padded to one width so the names line up."""
    words = (Q.translate("SelfTest", "ok"), Q.translate("SelfTest", "FAIL"), Q.translate("SelfTest", "skip"))
    width = max(len(w) for w in words) + 1
    return tuple(w.ljust(width) for w in words)  # type: ignore[return-value]


@contextmanager
def isolated(workdir: Path) -> Iterator[None]:
    """The user's data folder (data file, backups) and settings are the
    temporary folder's for as long as the checks run, on every platform."""
    from . import paths, settings

    data = paths.use_data_dir(workdir / "data")
    ini = settings.use_settings_file(workdir / "settings.ini")
    try:
        yield
    finally:
        paths.use_data_dir(data)
        settings.use_settings_file(ini)


def run_self_test(out=None) -> int:
    if out is None and sys.stdout is None:
        # A windowed build on Windows has no console to print to: show the lines instead.
        return _run_and_show()
    out = out or sys.stdout
    failures = skipped = 0
    ok, fail, skip = _status_words()
    with tempfile.TemporaryDirectory(prefix="opleiderdesk-selftest-") as folder:
        workdir = Path(folder)
        with isolated(workdir):
            for key, check in CHECKS:
                name = check_label(key)
                try:
                    detail = check(workdir)
                except Skipped as reason:
                    skipped += 1
                    print(f"{skip}{name}: {reason}", file=out)
                except Exception:
                    failures += 1
                    print(f"{fail}{name}", file=out)
                    print(traceback.format_exc().rstrip(), file=out)
                else:
                    print(f"{ok}{name}: {detail}", file=out)
    ran = len(CHECKS) - skipped
    summary = Q.translate("SelfTest", "self-test: {passed} of {ran} checks passed").format(
        passed=ran - failures, ran=ran
    )
    if skipped:
        summary += Q.translate("SelfTest", ", {skipped} skipped").format(skipped=skipped)
    print(summary, file=out)
    return 0 if failures == 0 else 1


def _run_and_show() -> int:
    import io

    from PySide6.QtWidgets import QMessageBox

    from . import APP_NAME

    report = io.StringIO()
    result = run_self_test(report)
    box = QMessageBox(
        QMessageBox.Icon.Information if result == 0 else QMessageBox.Icon.Critical,
        f"{APP_NAME} --self-test",
        report.getvalue().splitlines()[-1],
    )
    box.setDetailedText(report.getvalue())
    box.exec()
    return result


def _data_file(workdir: Path) -> Path:
    return workdir / "self-test.sqlite"


def _write_sample(store) -> None:
    """A profile, an aios and one hour entry, each through its service."""
    from .domain.entities import Aios, HourEntry, Profile
    from .storage.services.aios import AiosService
    from .storage.services.categories import CategoryService
    from .storage.services.hours import HoursService
    from .storage.services.profile import ProfileService

    store.service(ProfileService).save(Profile(name="Self Test", practice="Self-test practice"))
    aios_id = store.service(AiosService).add(Aios(name="Test Aios", start_date=date(2026, 1, 5)))
    category = store.service(CategoryService).list()[0]
    # Through the hours service: its validation, day limit and quarter locks.
    store.service(HoursService).add(
        HourEntry(
            day=SELF_TEST_DAY,
            minutes=90,
            aios_id=aios_id,
            category_id=category.id,
            description="Gezamenlijk spreekuur",
        )
    )


def check_data_file(workdir: Path) -> str:
    from sqlalchemy import func, select

    from .storage.models import HourEntryRow
    from .storage.open import open_store
    from .storage.services.aios import AiosService

    store = open_store(_data_file(workdir))  # creates the file and runs every migration
    try:
        _write_sample(store)
        names = [a.name for a in store.service(AiosService).list()]
        with store.read() as session:
            minutes = session.scalar(select(func.sum(HourEntryRow.minutes)))
        if names != ["Test Aios"] or minutes != 90:
            raise AssertionError(
                Q.translate("SelfTest", "read back {names} and {minutes} minutes").format(
                    names=names, minutes=minutes
                )
            )
        store.undo()
        with store.read() as session:
            left = session.scalar(select(func.count()).select_from(HourEntryRow))
        if left != 0:
            raise AssertionError(Q.translate("SelfTest", "undo left the hour entry in place"))
        store.redo()
    finally:
        store.close()
    return Q.translate(
        "SelfTest", "created, migrated, profile + trainee + hour entry written, read back, undone and redone"
    )


def make_pdf(workdir: Path) -> bytes:
    """The real quarterly statement of the sample hour entry.

    The words come from QtCore's translate, which needs no QApplication (the
    ``statement`` command prints them the same way), so this check runs
    before any window exists.
    """
    from .domain.quarters import Quarter
    from .reports.statement import statement_pdf
    from .storage.open import open_store
    from .storage.services.statements import StatementService
    from .words.statements import statement_words

    # A file of its own, so this check also runs when the data-file check failed.
    store = open_store(workdir / "statement.sqlite")
    try:
        _write_sample(store)
        statements = store.service(StatementService).gather(Quarter.of(SELF_TEST_DAY))
    finally:
        store.close()
    if not statements:
        raise AssertionError(Q.translate("SelfTest", "no trainee with hours in the self-test quarter"))
    return statement_pdf(statements, statement_words())


def _pdf_text(pdf: bytes) -> str | None:
    """The PDF's text when pypdf is installed; None when it is not (a bundle may lack it)."""
    try:
        from pypdf import PdfReader
    except ImportError:
        return None
    import io

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def check_pdf(workdir: Path) -> str:
    pdf = make_pdf(workdir)
    if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-64:]:
        raise AssertionError(Q.translate("SelfTest", "not a complete PDF"))
    target = workdir / "self-test.pdf"
    target.write_bytes(pdf)
    text = _pdf_text(pdf)
    if text is None:
        return Q.translate(
            "SelfTest", "quarterly statement, {size} bytes written (pypdf absent: header checked)"
        ).format(size=len(pdf))
    for expected in ("Test Aios", "Self Test", "Gezamenlijk spreekuur"):
        if expected not in text:
            raise AssertionError(
                Q.translate("SelfTest", "the statement does not show “{text}”").format(text=expected)
            )
    return Q.translate("SelfTest", "quarterly statement, {size} bytes written, its text read back").format(
        size=len(pdf)
    )


def check_translations(workdir: Path) -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from .paths import translations_dir

    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for language in ("nl", "en"):
        ours = QTranslator()
        if not ours.load(f"opleider_desk_{language}", str(translations_dir())):
            raise AssertionError(
                Q.translate("SelfTest", "{file} not found in {folder}").format(
                    file=f"opleider_desk_{language}.qm", folder=translations_dir()
                )
            )
        loaded.append(f"opleider_desk_{language}.qm")
        qt = QTranslator()
        if not qt.load(f"qtbase_{language}", qt_dir):
            raise AssertionError(
                Q.translate("SelfTest", "{file} not found in {folder}").format(
                    file=f"qtbase_{language}.qm", folder=qt_dir
                )
            )
        loaded.append(f"qtbase_{language}.qm")
    dutch = QTranslator()
    dutch.load("opleider_desk_nl", str(translations_dir()))
    if not dutch.translate("MainWindow", "&File"):
        raise AssertionError(Q.translate("SelfTest", "opleider_desk_nl.qm has no Dutch for the File menu"))
    return ", ".join(loaded)


def check_templates(workdir: Path) -> str:
    from .domain.checklists import load_builtin_checklist
    from .domain.templates import builtin_forms_dir, load_templates

    templates = load_templates(builtin_forms_dir())
    if not templates:
        raise AssertionError(
            Q.translate("SelfTest", "no meeting templates in {folder}").format(folder=builtin_forms_dir())
        )
    checklists = [load_builtin_checklist(name) for name in ("portfolio", "trainer")]
    return Q.translate("SelfTest", "{templates} meeting templates, {checklists} checklists").format(
        templates=len(templates), checklists=len(checklists)
    )


def check_documents(workdir: Path) -> str:
    from .paths import icon_files, user_guide_file

    guide = user_guide_file()
    if not guide.read_text(encoding="utf-8").strip():
        raise AssertionError(Q.translate("SelfTest", "{file} is empty").format(file=guide))
    icons = icon_files()
    if not icons:
        raise AssertionError(Q.translate("SelfTest", "no application icon found"))
    return Q.translate("SelfTest", "user guide and {count} icon sizes").format(count=len(icons))


def check_window(workdir: Path) -> str:
    """The window on the test file, every tab built: the lazily imported modules are there."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from .app import create_application
    from .display import has_display
    from .settings import Settings
    from .ui.aios.tab import AiosTab
    from .ui.main_window import MainWindow
    from .ui.tabs import TABS

    if not has_display():
        raise Skipped(
            Q.translate(
                "SelfTest",
                "no display (DISPLAY and WAYLAND_DISPLAY are not set); "
                "run with QT_QPA_PLATFORM=offscreen to build the window without one",
            )
        )
    if not isinstance(create_application(), QApplication):
        raise AssertionError(Q.translate("SelfTest", "no QApplication"))
    settings = Settings(QSettings(str(workdir / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, "nl")
    try:
        if not window.open_store(_data_file(workdir)):
            raise AssertionError(Q.translate("SelfTest", "the window could not open the test file"))
        for spec in TABS:
            if window.tab_widget(spec.key) is None:
                raise AssertionError(Q.translate("SelfTest", "tab {tab} was not built").format(tab=spec.key))
        overview = window.tab_widget("aios")
        rows = overview.model.rowCount() if isinstance(overview, AiosTab) else 0
        if rows != 1:
            raise AssertionError(
                Q.translate("SelfTest", "the trainee overview shows {rows} rows, expected 1").format(
                    rows=rows
                )
            )
    finally:
        window.close_store()
        window.deleteLater()
    return Q.translate("SelfTest", "%n tab(s) built on platform {platform}", "", len(TABS)).format(
        platform=QApplication.platformName()
    )


def check_encryption(workdir: Path) -> str:
    """SQLCipher is in the installation: an encrypted file is written and opened again."""
    from .storage import encryption
    from .storage.open import open_store
    from .storage.services.aios import AiosService

    if not encryption.available():
        raise AssertionError(
            Q.translate("SelfTest", "sqlcipher3 is missing: encrypted data files cannot be opened")
        )
    path = workdir / "encrypted.sqlite"
    store = open_store(path, passphrase="self-test passphrase")
    try:
        _write_sample(store)
    finally:
        store.close()
    if not encryption.looks_encrypted(path):
        raise AssertionError(Q.translate("SelfTest", "the file was written unencrypted"))
    store = open_store(path, passphrase="self-test passphrase")
    try:
        names = [a.name for a in store.service(AiosService).list()]
    finally:
        store.close()
    if names != ["Test Aios"]:
        raise AssertionError(Q.translate("SelfTest", "read back {names}").format(names=names))
    return Q.translate("SelfTest", "encrypted file written and opened again")


CHECKS: list[tuple[str, Check]] = [
    ("data file", check_data_file),
    ("encryption", check_encryption),
    ("PDF", check_pdf),
    ("translations", check_translations),
    ("templates", check_templates),
    ("documents", check_documents),
    ("window", check_window),
]
