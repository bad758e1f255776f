"""How the hours list keeps up with a large practice; run on demand, prints figures.

    python benchmarks/bench_hours_filter.py [--entries 200000] [--keep FILE]

Generates 40 aios and 200,000 entries, loads a year and then every entry
into the hours tab's model (with the tab's table view on it, offscreen), and
times the search per keystroke while a word is typed, then deleted again: the
search, the view's repaint and the footer's count and sum, as the tab does them.
Keystrokes are timed in CPU time and in wall time; the verdict is on CPU time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate

KEYSTROKE_TARGET_MS = 30
SORT_TARGET_MS = 100
RELOAD_TARGET_MS = 1000
REPEATS = 3


def _clock() -> float:
    # CPU time of this process: on a shared machine wall time mostly measures the neighbours.
    return time.process_time()


def _ms(seconds: float) -> float:
    return seconds * 1000


def _line(what: str, ms: float, target: float | None, wall_ms: float | None = None, *, report=print) -> None:
    verdict = "" if target is None else ("  ok" if ms <= target else "  MISSED")
    target_text = "" if target is None else f"  (target ≤ {target:.0f} ms)"
    wall_text = "" if wall_ms is None else f"  wall {wall_ms:6.1f} ms"
    report(f"  {what:<48} {ms:8.1f} ms{target_text}{verdict}{wall_text}")


def measure(path: Path, first_day, *, report=print) -> list:
    """The figures on the data file at ``path``; ``report`` gets the detail lines."""
    from dataclasses import replace

    from figures import Figure
    from PySide6.QtWidgets import QApplication

    from opleider_desk.domain.entities import stored_id
    from opleider_desk.domain.quarters import Period
    from opleider_desk.storage.open import open_store
    from opleider_desk.storage.services.aios import AiosService
    from opleider_desk.storage.services.categories import CategoryService
    from opleider_desk.storage.services.hours import HoursService
    from opleider_desk.ui.hours.fields import category_name
    from opleider_desk.ui.hours.model import HoursProxy, HoursTableModel
    from opleider_desk.ui.hours.view import hours_view

    app = QApplication.instance() or QApplication([])
    out: list[Figure] = []
    store = open_store(path, read_only=True)
    service = store.service(HoursService)
    aios_names = {stored_id(a.id): a.name for a in store.service(AiosService).list()}
    names = {
        stored_id(c.id): category_name(c) for c in store.service(CategoryService).list(include_inactive=True)
    }
    model = HoursTableModel()
    proxy = HoursProxy()
    proxy.setSourceModel(model)
    view = hours_view(proxy)
    view.resize(1000, 700)
    view.show()
    app.processEvents()

    report("\nPeriod reload (query, fill the model, show it):")
    year = Period.year_of(first_day.replace(year=first_day.year + 1))
    loaded = {}
    for label, period, target in (
        (f"a year ({year.start.year})", year, RELOAD_TARGET_MS),
        ("every entry", None, None),
    ):
        t0 = _clock()
        entries = loaded[label] = service.entries(period)
        t1 = _clock()
        model.set_entries(entries, aios_names, names, service.locked_quarters())
        app.processEvents()
        t2 = _clock()
        _line(f"{label}: query {len(entries):,} entries", _ms(t1 - t0), None, report=report)
        _line(f"{label}: fill the model and show it", _ms(t2 - t1), None, report=report)
        _line(f"{label}: reload in all", _ms(t2 - t0), target, report=report)
        out.append(Figure(f"hours: {label}, reload (CPU)", _ms(t2 - t0), "ms", target))

    # The search looks in each distinct row text once; generated descriptions repeat
    # (as routine entries do), so also time the worst case, where none repeats.
    loaded["every entry, no two descriptions alike"] = [
        replace(e, description=f"{e.description} {e.id}") for e in loaded["every entry"]
    ]
    typed = "astma"
    steps = [typed[: n + 1] for n in range(len(typed))] + [typed[:n] for n in range(len(typed) - 1, -1, -1)]
    for label, entries in loaded.items():
        report(
            f"\nSearch per keystroke, {label} ({len(entries):,} entries), typing and deleting "
            f"“{typed}” (median of {REPEATS} runs):"
        )
        timings: list[list[float]] = [[] for _ in steps]
        walls: list[list[float]] = [[] for _ in steps]
        rows: list[int] = [0] * len(steps)
        for _ in range(REPEATS):
            model.set_entries(entries, aios_names, names)  # forgets earlier search results
            app.processEvents()
            for position, text in enumerate(steps):
                w0, t0 = time.perf_counter(), _clock()
                proxy.set_search(text)
                rows[position] = model.rowCount()
                model.visible_minutes()  # the footer: "n of N entries · h:mm"
                app.processEvents()
                timings[position].append(_ms(_clock() - t0))
                walls[position].append(_ms(time.perf_counter() - w0))
        medians, wall_medians = [], []
        for position, text in enumerate(steps):
            median = statistics.median(timings[position])
            medians.append(median)
            wall_medians.append(statistics.median(walls[position]))
            action = "type" if position < len(typed) else "delete to"
            _line(
                f"{action} “{text}” → {rows[position]:,} rows",
                median,
                KEYSTROKE_TARGET_MS,
                wall_medians[-1],
                report=report,
            )
        _line("slowest keystroke", max(medians), KEYSTROKE_TARGET_MS, max(wall_medians), report=report)
        out.append(
            Figure(f"hours search, {label}: slowest key (CPU)", max(medians), "ms", KEYSTROKE_TARGET_MS)
        )
        out.append(Figure(f"hours search, {label}: slowest key (wall)", max(wall_medians), "ms"))

    report("\nSorting by a header click (every entry, no two descriptions alike):")
    for column, label in ((1, "aios"), (4, "description"), (0, "date")):
        t0 = _clock()
        view.sortByColumn(column, view.horizontalHeader().sortIndicatorOrder())
        app.processEvents()
        _line(f"by {label}", _ms(_clock() - t0), SORT_TARGET_MS, report=report)
        out.append(Figure(f"hours: sort 200k by {label} (CPU)", _ms(_clock() - t0), "ms", SORT_TARGET_MS))
    out += _read_from_the_file(app, store, model, proxy, aios_names, names, steps, report)
    store.close()
    view.close()
    return out


def _read_from_the_file(app, store, model, proxy, aios_names, names, steps, report) -> list:
    """Every entry as a list too large to hold its descriptions (after a whole-career import)
    shows it: each word looked up in the file (on a worker thread in the tab), then shown."""
    from itertools import chain

    from figures import Figure

    from opleider_desk.storage.services.hour_descriptions import HourDescriptionService
    from opleider_desk.storage.services.hours import HoursService
    from opleider_desk.ui.hours.model import load_rows
    from opleider_desk.ui.hours.stored_descriptions import StoredDescriptions

    descriptions = store.service(HourDescriptionService)
    stored = StoredDescriptions(descriptions.texts, lambda word: descriptions.matching(word, None))
    w0 = time.perf_counter()
    rows = chain.from_iterable(store.service(HoursService).entry_parts(None, ranked=True))
    model.show_loaded(load_rows(rows, aios_names, names, stored=stored))
    app.processEvents()
    report(
        f"\nEvery entry, descriptions read from the file (loaded in {time.perf_counter() - w0:.1f} s wall):"
    )
    slowest_key = slowest_look_up = 0.0
    for position, text in enumerate(steps):
        w0 = time.perf_counter()
        stored.find(model.words_to_find(text))  # the tab's worker
        w1, t1 = time.perf_counter(), _clock()
        proxy.set_search(text)
        app.processEvents()
        key = _ms(_clock() - t1)
        slowest_key, slowest_look_up = max(slowest_key, key), max(slowest_look_up, _ms(w1 - w0))
        action = "type" if position <= len(steps) // 2 else "delete to"
        _line(
            f"{action} “{text}” → {model.rowCount():,} rows",
            key,
            KEYSTROKE_TARGET_MS,
            _ms(w1 - w0),
            report=report,
        )
    report("  (wall: the look-up in the file, on a worker thread in the tab)")
    return [
        Figure(
            "hours search, descriptions read from the file: slowest key (CPU)",
            slowest_key,
            "ms",
            KEYSTROKE_TARGET_MS,
        ),
        Figure(
            "hours search, descriptions read from the file: slowest look-up (worker, wall)",
            slowest_look_up,
            "ms",
        ),
    ]


def figures(big_file: Path) -> list:
    """For ``run_all.py``: the figures on its big file, without the detail lines."""
    from opleider_desk.storage.open import open_store
    from opleider_desk.storage.services.hours import HoursService

    store = open_store(big_file, read_only=True)
    span = store.service(HoursService).span()
    store.close()
    assert span is not None, "the big file has no hours"
    return measure(big_file, span.start, report=lambda _line: None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=200_000)
    parser.add_argument("--keep", type=Path, help="write the generated file here and keep it")
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory(prefix="opleiderdesk-bench-")
    path = args.keep or Path(folder.name) / "bench.sqlite"
    started = _clock()
    generated = generate(path, entries=args.entries)
    print(
        f"Times are CPU time of this process (load average {os.getloadavg()[0]:.1f} "
        f"on {os.cpu_count()} cores)."
    )
    print(
        f"Generated {generated.entries:,} entries for {len(generated.aios_ids)} aios "
        f"in {_clock() - started:.1f} s: {path}"
    )
    measure(path, generated.first_day)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
