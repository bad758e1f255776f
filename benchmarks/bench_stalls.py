"""How long the window stays frozen: the longest event-loop stall per user action.

    python benchmarks/bench_stalls.py BIG.sqlite [--import-only]

``--import-only``: open the file, show every entry, then only the CSV import and
its undo (the figures of the other actions are left out).

A timer that should fire every 10 ms notes how late it fires; the longest
lateness while an action runs (until its background work has ended too) is
the longest the window could not repaint or answer a click. The actions are
driven through the real main window on the big file (offscreen, private
settings and backup folder, in a child process so Qt starts clean):
start and open, the backups on opening and closing, the hours tab, every
entry, header sorts, search keystrokes, a change while every entry is shown
(one entry saved, then undone) with the reload it sets off, a CSV import of
200,000 lines (50 MB) and its undo, the statements of all aios for a quarter
(their progress dialog shown), an AVG export, a full integrity check and the
report tab of a long meeting (its PDF laid out). Resident memory at rest is
measured on the big file with every entry shown, and again after the import.

Stalls are wall-clock time: on a shared machine the neighbours lengthen them
(the load average is printed). The CSV import also reports its lines per
second read and checked (until the preview shows) and the peak resident
memory of the whole window process (reset just before it): once until every
line is written (the import's own), once with the list of every entry
reloaded afterwards (400,000 entries, 50 MB more text, in the hours list).
Beside them the resident size as the import began and the import's own rise:
after the statements and the AVG export the window holds some 100 MB more than
at rest (their modules, fonts and caches), which the process's peak includes.
The sheet is written by a process of its own, so none of that is the bench's.

``BENCH_RSS_SAMPLES=1`` (with ``--child``, whose stderr is then shown) prints the
resident size every 50 ms through the import with its phase (reading and
checking, writing, written) and the entries in the list: where the peak comes from.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for path in (str(HERE), str(ROOT)):
    if path not in sys.path:
        sys.path.insert(0, path)

from figures import Figure  # noqa: E402

STALL_MS = 100
IMPORT_LINES = 200_000
IMPORT_LINES_PER_S = 20_000
IMPORT_RSS_MB = 200
SORT_MS = 100
FIRST_ROWS_MS = 300
TICK_S = 0.010
# The child's own limit (60 × the CSV import's target): an import not ended by then is reported as missed.
CHILD_TIMEOUT_S = 600
PARTIAL = "partial: "


def figures(big_file: Path, *, import_only: bool = False) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="opleiderdesk-stalls-") as folder:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            XDG_CONFIG_HOME=str(Path(folder) / "config"),
            XDG_DATA_HOME=str(Path(folder) / "data"),
            PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")])),
        )
        # A copy: the benchmark writes (an import, backups) and must leave the big file as it was.
        work = Path(folder) / "big.sqlite"
        work.write_bytes(big_file.read_bytes())
        try:
            result = subprocess.run(
                [sys.executable, str(Path(__file__).resolve()), str(work), "--child", folder]
                + (["--import-only"] if import_only else []),
                env=env,
                capture_output=True,
                text=True,
                timeout=CHILD_TIMEOUT_S,
                cwd=ROOT,
            )
            finished, stderr = result.returncode == 0, result.stderr
            if finished:
                measured = json.loads(result.stdout.splitlines()[-1])
        except subprocess.TimeoutExpired as timeout:
            finished = False
            raw: Any = timeout.stderr or b""  # bytes as read so far, even with text=True
            stderr = raw.decode(errors="replace") if isinstance(raw, bytes) else str(raw)
        if not finished:
            # What was measured before it stopped, and the rest said as missing.
            measured = {"stalls": [], "figures": []}
            for line in stderr.splitlines():
                if line.startswith(PARTIAL):
                    part = json.loads(line[len(PARTIAL) :])
                    measured["stalls" if "stall" in part else "figures"].append(
                        part.get("stall") or part.get("figure")
                    )
            tail = [line for line in stderr.splitlines() if not line.startswith(PARTIAL)][-3:]
            print(f"  bench_stalls: the child stopped before the end ({'; '.join(tail)[:300]})")
            done = {name for name, *_ in measured["stalls"]}
            if not any(name.startswith("CSV import") for name in done):
                # Not ended when the child was stopped: at least that long, against its target.
                measured["figures"].append(
                    (
                        f"CSV import: {IMPORT_LINES:,} lines, not ended after",
                        CHILD_TIMEOUT_S,
                        "s",
                        IMPORT_LINES / IMPORT_LINES_PER_S,
                    )
                )
    out = [Figure(f"longest stall: {name}", ms, "ms", STALL_MS) for name, ms in measured["stalls"]]
    out += [Figure(name, value, unit, target) for name, value, unit, target in measured["figures"]]
    return out


# ---------------------------------------------------------------- the child process
def _child(path: Path, folder: Path, *, import_only: bool = False) -> None:
    from datetime import date

    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from opleider_desk import startup_gc
    from opleider_desk.app import create_application
    from opleider_desk.domain.quarters import Quarter
    from opleider_desk.settings import BACKUP_FOLDER, Settings
    from opleider_desk.startup_probe import resident_kb
    from opleider_desk.ui.main_window import MainWindow
    from opleider_desk.ui.widgets.background import busy
    from opleider_desk.ui.widgets.first_paint import after_first_paint
    from opleider_desk.words.formatting import set_language

    startup_gc.pause()  # as cli.main does for the window's start, until it is ready
    app = create_application()
    set_language("nl")
    stalls: list[tuple[str, float]] = []

    class _Figures(list):
        """Each figure also goes to stderr at once: a run cut short still shows it."""

        def append(self, figure) -> None:
            super().append(figure)
            print(PARTIAL + json.dumps({"figure": figure}), file=sys.stderr, flush=True)

    figures: list[tuple[str, float, str, float | None]] = _Figures()
    last = [time.perf_counter()]
    worst = [0.0]

    def tick() -> None:
        now = time.perf_counter()
        worst[0] = max(worst[0], now - last[0] - TICK_S)
        last[0] = now

    timer = QTimer()
    timer.setInterval(int(TICK_S * 1000))
    timer.timeout.connect(tick)
    timer.start()

    def spin(until, timeout_s: float = 600) -> None:
        # A timer object, not a closure that re-arms itself: that closure and the
        # loop formed a cycle, and the collector freed the QEventLoop later on
        # whatever thread it ran, a worker's too, which crashed the process.
        loop = QEventLoop()
        deadline = time.monotonic() + timeout_s
        poller = QTimer()
        poller.setInterval(5)

        def poll() -> None:
            if until() or time.monotonic() > deadline:
                loop.quit()

        poller.timeout.connect(poll)
        poller.start()
        QTimer.singleShot(0, poll)
        loop.exec()
        poller.stop()

    def measure(name: str, action, until=lambda: True) -> float:
        """Run ``action`` from the event loop, then wait for ``until`` and the window's work;
        returns the CPU time the process used meanwhile (on a shared machine wall time
        mostly measures the neighbours)."""
        spin(lambda: True)
        last[0], worst[0] = time.perf_counter(), 0.0
        started = time.process_time()
        QTimer.singleShot(0, action)
        spin(lambda: True)
        spin(lambda: until() and not busy(window))
        tick()
        stalls.append((name, worst[0] * 1000))
        print(f"{name}: {worst[0] * 1000:.0f} ms", file=sys.stderr, flush=True)
        print(PARTIAL + json.dumps({"stall": [name, worst[0] * 1000]}), file=sys.stderr, flush=True)
        return time.process_time() - started

    settings = Settings()
    backups = folder / "backups"
    settings.set(BACKUP_FOLDER, str(backups))
    window = MainWindow(settings, "nl")
    window.confirm_discard_unsaved = lambda: True  # type: ignore[method-assign]

    def start() -> None:
        window.show()
        after_first_paint(window, lambda: window.open_at_start(path))

    measure("start, open, check and backup", start, lambda: window.context is not None)

    def forget_backups() -> None:
        for file in backups.glob("*"):
            file.unlink()

    forget_backups()
    measure("open again, closing backup", lambda: window.open_store(path), lambda: window.context is not None)
    forget_backups()
    measure("backup on closing", lambda: window.close_store())
    measure("open, backup on opening", lambda: window.open_store(path), lambda: window.context is not None)

    tab: Any = None

    def show_hours() -> None:
        nonlocal tab
        tab = window.show_tab("hours")

    measure("switch to the hours tab", show_hours, lambda: tab is not None)
    from opleider_desk.ui.hours.periods import PeriodKind

    total = tab.service.count(None)
    first_rows = [0.0]

    def every_entry() -> None:
        started = time.perf_counter()
        tab.kind.setCurrentIndex(tab.kind.findData(PeriodKind.ALL))
        first_rows[0] = (time.perf_counter() - started) * 1000

    measure("switch to every entry", every_entry, lambda: tab.model.total_count() == total)
    figures.append(("every entry: first rows shown", first_rows[0], "ms", FIRST_ROWS_MS))

    if not import_only:  # the other actions' figures
        view = tab.view
        slowest_sort = 0.0
        for column in range(tab.proxy.columnCount()):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                seconds = measure(
                    f"sort by column {column + 1} {order.name[:-5].lower()}",
                    lambda c=column, o=order: view.sortByColumn(c, o),
                )
                slowest_sort = max(slowest_sort, seconds)
        figures.append(("slowest header sort, every entry (CPU)", slowest_sort * 1000, "ms", SORT_MS))
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        worst_key = 0.0
        typed = "astma"
        for text in [typed[: n + 1] for n in range(len(typed))] + [
            typed[:n] for n in range(len(typed) - 1, -1, -1)
        ]:
            measure(f"search “{text}”", lambda t=text: tab.search.setText(t))
            worst_key = max(worst_key, stalls.pop()[1])
        stalls.append(("search keystroke (worst)", worst_key))
        print(PARTIAL + json.dumps({"stall": stalls[-1]}), file=sys.stderr, flush=True)

        # A change reloads what shows it: one entry saved while every entry is shown (as
        # the entry row saves it, on the GUI thread), then undone (as Ctrl+Z does).
        from opleider_desk.domain.entities import HourEntry

        category_id = next(c.id for c in tab.categories if c.active)
        saved: list[int] = []
        total = tab.service.count(None)

        def save_one() -> None:
            entry = HourEntry(day=date(2001, 1, 1), minutes=30, category_id=category_id, description="bench")
            saved.append(tab.service.add(entry))

        measure(
            f"save one entry, every entry shown ({total:,}), and its reload",
            save_one,
            lambda: tab.model.total_count() == total + 1,
        )
        measure(
            "undo that entry, and its reload",
            lambda: window.undo(),
            lambda: tab.model.total_count() == total,
        )
        # At rest: the big file open, every entry shown, sorted and searched.
        figures.append(
            (
                f"resident memory at rest, every entry shown (the big file: {total:,} entries)",
                (resident_kb() or 0) / 1024,
                "MB",
                150,
            )
        )

        from opleider_desk.ui.statements.dialog import StatementDialog

        context = window.context
        assert context is not None
        dialogs: list[Any] = []
        measure(
            "statements of all aios, 2026-Q3",
            lambda: dialogs.append(StatementDialog(context, window, quarter=Quarter(2026, 3))),
            lambda: bool(dialogs) and bool(dialogs[0].pdf),
        )
        # Gone once closed, as the window's own statement and AVG request are.
        dialogs[0].setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialogs.pop().close()

        from opleider_desk.ui.safety.avg_dialog import AvgDialog

        assert window.context is not None
        avg = AvgDialog(window.context, window)
        chosen = avg.selected()
        assert chosen is not None
        target = folder / "avg.zip"
        measure("AVG export of one aios", lambda: avg.export_to(chosen, target), target.exists)
        avg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        avg.close()

        from opleider_desk.storage.integrity import check
        from opleider_desk.ui.widgets.background import run_in_background

        measure(
            "full integrity check",
            lambda: run_in_background(window, lambda _p: check(path, full=True), label="check", modal=False),
        )
    else:
        figures.append(
            (
                f"resident memory at rest, every entry shown (the big file: {total:,} entries)",
                (resident_kb() or 0) / 1024,
                "MB",
                150,
            )
        )
    # A CSV file of new lines as big as a whole-career sheet: 50 MB, ten minutes each,
    # 144 a day, in years before the file's hours, each with a long description.
    # Written by a process of its own: what writing it allocated (some 30 MB, freed but
    # still counted resident) is no part of the window's memory during the import.
    from opleider_desk.ui.hours import csv_io
    from opleider_desk.ui.hours.fields import category_name

    names = [category_name(c) for c in tab.categories if c.active]
    csv_file = folder / "import.csv"
    subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--write-csv", str(csv_file)],
        input=json.dumps({"names": names, "headers": csv_io.export_headers()}),
        text=True,
        check=True,
        cwd=ROOT,
    )
    csv_megabytes = csv_file.stat().st_size / 1e6
    Path("/proc/self/clear_refs").write_text("5")  # resets the peak resident size
    # Where the import starts from: after the statements and the AVG export (their modules,
    # fonts and caches stay) the window holds far more than at rest.
    before_import = (resident_kb() or 0) / 1024
    if os.environ.get("BENCH_RSS_SAMPLES"):  # where the peak comes from: resident size every 50 ms
        import threading

        def sample(begun: float = time.perf_counter()) -> None:
            while True:
                phase = ("reading and checking", "writing", "written")[len(imported)]
                print(
                    f"rss {time.perf_counter() - begun:6.2f} s {(resident_kb() or 0) / 1024:4.0f} MB,"
                    f" {phase}, {tab.model.total_count():,} in the list",
                    file=sys.stderr,
                    flush=True,
                )
                time.sleep(0.05)

    imported: list[float] = []
    if os.environ.get("BENCH_RSS_SAMPLES"):
        threading.Thread(target=sample, daemon=True).start()
    written_peak: list[float] = []  # the peak when the import's dialog closed: the list not yet reloaded

    def accept_import() -> None:
        dialog = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if type(w).__name__ == "ImportDialog" and w.isVisible()
            ),
            None,
        )
        if dialog is None:
            QTimer.singleShot(10, accept_import)
            return
        imported.append(time.perf_counter())
        if not dialog.import_button.isEnabled():  # type: ignore[attr-defined]
            print("the import file has errors", file=sys.stderr, flush=True)
            dialog.reject()  # type: ignore[attr-defined]
        else:
            dialog.accept()  # type: ignore[attr-defined]

        def closed() -> None:
            if dialog.isVisible():
                QTimer.singleShot(10, closed)
            else:
                imported.append(time.perf_counter())
                written_peak.append(_peak_kb() / 1024)

        closed()

    started = time.perf_counter()

    def import_csv() -> None:
        QTimer.singleShot(0, accept_import)
        tab.import_csv(str(csv_file))

    measure(f"CSV import of {IMPORT_LINES:,} lines", import_csv, lambda: len(imported) == 2)
    peak = _peak_kb() / 1024
    read_and_checked = imported[0] - started
    # ≥ 20,000 lines a second, said as the time 200,000 lines may take (a Figure is an upper bound).
    figures.append(
        (
            f"CSV import: {IMPORT_LINES:,} lines read and checked",
            read_and_checked,
            "s",
            IMPORT_LINES / IMPORT_LINES_PER_S,
        )
    )
    figures.append(
        ("CSV import: lines read and checked per second", IMPORT_LINES / read_and_checked, "/s", None)
    )
    figures.append(("CSV import: seconds until all lines are written", imported[1] - started, "s", None))
    figures.append(("CSV import: size of the file", csv_megabytes, "MB", None))
    figures.append(
        (
            "CSV import: peak resident memory until every line is written",
            written_peak[0] if written_peak else peak,
            "MB",
            IMPORT_RSS_MB,
        )
    )
    figures.append(("CSV import: resident memory as it began", before_import, "MB", None))
    figures.append(
        (
            "CSV import: its own rise until every line is written (peak less the start)",
            (written_peak[0] if written_peak else peak) - before_import,
            "MB",
            None,
        )
    )
    figures.append(
        ("CSV import: peak resident memory, with the list of every entry reloaded", peak, "MB", IMPORT_RSS_MB)
    )

    # After the import the file holds 50 MB more of text, each description unlike any
    # other; held to the import's own bound (memory independent of the file's size).
    figures.append(
        (
            f"resident memory at rest, every entry shown (after the import: {tab.model.total_count():,})",
            (resident_kb() or 0) / 1024,
            "MB",
            IMPORT_RSS_MB,
        )
    )
    # Taking the import back (Ctrl+Z): 200,000 rows deleted, read back first for a redo.
    measure(
        f"undo the CSV import of {IMPORT_LINES:,} lines, and its reload",
        lambda: window.undo(),
        lambda: tab.model.total_count() == total,
    )
    if not import_only:
        # A long meeting's report in its window's report tab (the PDF laid out as it prints):
        # every text field of the template with the most of them, and 60 agreements.
        from opleider_desk.domain.entities import Agreement, stored_id
        from opleider_desk.domain.enums import MeetingStatus
        from opleider_desk.domain.templates import FieldKind, expand_steps
        from opleider_desk.storage.services.agreements import AgreementService
        from opleider_desk.storage.services.meetings import MeetingService

        context = window.context
        assert context is not None
        meetings = context.service(MeetingService)

        def text_fields(meeting) -> list[str]:
            template = meetings.template(meeting.kind)
            return [
                step.answer_key(f.id)
                for step in expand_steps(template, {})
                for f in step.step.fields
                if f.kind in (FieldKind.TEXT, FieldKind.MULTILINE)
            ]

        unsigned = [m for m in meetings.list()[:400] if m.status is not MeetingStatus.SIGNED]
        longest = max(unsigned, key=lambda m: len(text_fields(m)))
        said = (
            "De aios bespreekt een patiënt met astma en COPD; we kijken naar „richtlijnen” en haar rol. " * 12
        )
        meetings.save_progress(stored_id(longest.id), answers=dict.fromkeys(text_fields(longest), said))
        # Unannounced: 60 changes at once set off 60 reloads of the due list, each with a connection.
        context.signals.blockSignals(True)
        for n in range(60):
            context.service(AgreementService).add(
                Agreement(aios_id=longest.aios_id, meeting_id=longest.id, text=f"Afspraak {n}: {said[:300]}")
            )
        context.signals.blockSignals(False)
        meetings_tab: Any = window.show_tab("meetings")
        meeting_window = meetings_tab.open_meeting(longest.id)
        spin(lambda: not busy(window))
        measure(
            f"report tab of a long meeting ({len(text_fields(longest))} fields, 60 agreements)",
            lambda: meeting_window.tabs.setCurrentWidget(meeting_window.report_page),
            lambda: bool(meeting_window.report_preview.text()) and not busy(meeting_window),
        )
        meeting_window.close()
    measure("close the window", window.close)
    app.quit()
    print(json.dumps({"stalls": stalls, "figures": figures}))


def _peak_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def _write_import_csv(csv_file: Path, names: list[str], headers: dict[str, str]) -> None:
    """The import's sheet, written in parts: not even this process holds the whole file."""
    from datetime import date, timedelta

    from opleider_desk.domain.csv_hours import ExportRow, write_hours_csv

    first = date(2001, 1, 1)
    filler = "besproken: astma, COPD en diabetes in de huisartsenpraktijk; afspraken vastgelegd. " * 3
    with csv_file.open("wb") as out:
        for offset in range(0, IMPORT_LINES, 10_000):
            part = write_hours_csv(
                (
                    ExportRow(
                        first + timedelta(days=i // 144), "", names[i % len(names)], 10, f"{i}: {filler}"
                    )
                    for i in range(offset, min(offset + 10_000, IMPORT_LINES))
                ),
                headers,
            )
            if offset:  # the BOM and the header once, at the top
                part = part.split(b"\r\n", 1)[1]
            out.write(part)


def main() -> int:
    if "--write-csv" in sys.argv:
        wanted = json.loads(sys.stdin.read())
        _write_import_csv(
            Path(sys.argv[sys.argv.index("--write-csv") + 1]), wanted["names"], wanted["headers"]
        )
        return 0
    if "--child" in sys.argv:
        _child(
            Path(sys.argv[1]),
            Path(sys.argv[sys.argv.index("--child") + 1]),
            import_only="--import-only" in sys.argv,
        )
        return 0
    from figures import print_figures

    print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    print_figures("Stalls", figures(Path(sys.argv[1]).resolve(), import_only="--import-only" in sys.argv))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
