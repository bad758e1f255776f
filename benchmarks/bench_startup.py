"""Start-up time and memory, against a bare PySide6 window started in the same run.

    python benchmarks/bench_startup.py BIG.sqlite [--runs N]

Each start is a fresh process (``QT_QPA_PLATFORM=offscreen``, private settings
and data folders). The program reports its own moments through the start-up
probe (``opleider_desk/startup_probe.py``, switched on by an environment
variable); the baseline is a QMainWindow that reports its first paint the same
way. Baseline and program runs alternate, so both see the same machine load,
and the median of the runs is reported.

Two clocks: wall time from the moment this script starts the process, and the
CPU time the process itself used until that moment. Start-up here is CPU work
on warm files, so on a machine shared with other jobs the CPU figures show
what the program costs and the wall figures what the neighbours added.

The package's bytecode is compiled first, in place (``compileall``, into its
``__pycache__`` folders, as ``pip install`` leaves it): with
``PYTHONDONTWRITEBYTECODE`` set, as on the development machines, every start
would otherwise compile some 200 modules again, which no user's start does.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from figures import Figure, print_figures  # noqa: E402

FIRST_PAINT_RATIO = 1.5
FILLED_RATIO = 3.5
READY_RATIO = 4
RSS_MB = 150

# What opening a file imports, alone: the floor under the ready figure.
STORAGE_IMPORT = """
import time
import opleider_desk.storage.open, opleider_desk.storage.services.hours
print(f"imported {time.process_time():.6f}", flush=True)
"""

BASELINE = """
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication([])
window = QMainWindow()
window.resize(1100, 700)

class Probe(QObject):
    def eventFilter(self, watched, event):
        if watched is window and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, done)
        return False

def done():
    print(f"first-paint {time.monotonic():.6f} {time.process_time():.6f}", flush=True)
    app.quit()

probe = Probe()
window.installEventFilter(probe)
window.show()
app.exec()
"""


def _environment(scratch: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(scratch / "config"),
        XDG_DATA_HOME=str(scratch / "data"),
        OPLEIDERDESK_STARTUP_PROBE="1",
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")])),
    )
    return env


def _run(command: list[str], env: dict[str, str]) -> tuple[float, dict[str, list[str]]]:
    started = time.monotonic()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    if result.returncode != 0:
        raise RuntimeError(f"{command} failed:\n{result.stderr}")
    lines = {}
    for line in result.stdout.splitlines():
        key, *values = line.split()
        lines[key] = values
    return started, lines


def measure(big_file: Path, runs: int = 7, program: list[str] | None = None) -> list[Figure]:
    """``program``: how to start OpleiderDesk (default ``python -m opleider_desk``;
    a built bundle's ``dist/opleider-desk/opleider-desk`` works the same way)."""
    if program is None:
        compile_package()
    program = program or [sys.executable, "-m", "opleider_desk"]
    samples: dict[str, list[float]] = {
        key: []
        for key in (
            "base",
            "base_cpu",
            "first",
            "first_cpu",
            "filled",
            "filled_cpu",
            "open",
            "open_cpu",
            "checked",
            "nofirst",
            "nofirst_cpu",
            "nofirst_open",
            "nofirst_open_cpu",
            "storage_cpu",
            "python_cpu",
            "rss",
        )
    }
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="opleiderdesk-bench-") as folder:
            env = _environment(Path(folder))
            started, out = _run([sys.executable, "-c", BASELINE], env)
            samples["base"].append(float(out["first-paint"][0]) - started)
            samples["base_cpu"].append(float(out["first-paint"][1]))
            command = [*program, "--db", str(big_file), "--lang", "nl"]
            started, out = _run(command, env)
            if int(out["overview-filled"][2]) == 0:
                raise RuntimeError("the aios overview was empty: wrong data file?")
            samples["first"].append(float(out["first-paint"][0]) - started)
            samples["first_cpu"].append(float(out["first-paint"][1]))
            samples["filled"].append(float(out["overview-filled"][0]) - started)
            samples["filled_cpu"].append(float(out["overview-filled"][1]))
            samples["open"].append(float(out["store-open"][0]) - started)
            samples["open_cpu"].append(float(out["store-open"][1]))
            samples["checked"].append(float(out["checked"][0]) - started)
            samples["rss"].append(int(out["rss-kb"][0]) / 1024)
            # Without the first look: the window opens on the hours tab.
            _hours_first(Path(folder))
            started, out = _run(command, env)
            samples["nofirst"].append(float(out["first-paint"][0]) - started)
            samples["nofirst_cpu"].append(float(out["first-paint"][1]))
            samples["nofirst_open"].append(float(out["store-open"][0]) - started)
            samples["nofirst_open_cpu"].append(float(out["store-open"][1]))
            _, out = _run([sys.executable, "-c", STORAGE_IMPORT], env)
            samples["storage_cpu"].append(float(out["imported"][0]))
            _, out = _run([sys.executable, "-c", "import time; print(f'python {time.process_time()}')"], env)
            samples["python_cpu"].append(float(out["python"][0]))
    m = {key: statistics.median(values) for key, values in samples.items()}
    return [
        Figure("bare QMainWindow: start to first paint (wall)", m["base"] * 1000, "ms"),
        Figure("start to first paint (wall)", m["first"] * 1000, "ms"),
        Figure("first paint ÷ bare window (wall)", m["first"] / m["base"], "×", FIRST_PAINT_RATIO),
        Figure("start to aios overview filled, big file (wall)", m["filled"] * 1000, "ms"),
        Figure("overview filled ÷ bare window (wall)", m["filled"] / m["base"], "×", FILLED_RATIO),
        Figure("bare QMainWindow: first paint (CPU)", m["base_cpu"] * 1000, "ms"),
        Figure("first paint ÷ bare window (CPU)", m["first_cpu"] / m["base_cpu"], "×", FIRST_PAINT_RATIO),
        Figure("overview filled ÷ bare window (CPU)", m["filled_cpu"] / m["base_cpu"], "×", FILLED_RATIO),
        # The aios can show from a first look before the file is open (storage/first_look.py):
        # when the whole program is ready, for context.
        Figure("start to data file open, big file (wall)", m["open"] * 1000, "ms"),
        Figure("data file open ÷ bare window (CPU)", m["open_cpu"] / m["base_cpu"], "×"),
        # Ready: the file open, the tab built, an hour can be logged (a save in the first
        # moments waits for the check after opening, which follows on a worker thread).
        Figure("ready ÷ bare window (wall)", m["open"] / m["base"], "×", READY_RATIO),
        Figure("ready ÷ bare window (CPU)", m["open_cpu"] / m["base_cpu"], "×", READY_RATIO),
        Figure("start to file checked, writes allowed (wall)", m["checked"] * 1000, "ms"),
        Figure("no first look: first paint ÷ bare (wall)", m["nofirst"] / m["base"], "×", FIRST_PAINT_RATIO),
        Figure(
            "no first look: first paint ÷ bare (CPU)",
            m["nofirst_cpu"] / m["base_cpu"],
            "×",
            FIRST_PAINT_RATIO,
        ),
        Figure(
            "no first look, hours tab: ready ÷ bare (wall)", m["nofirst_open"] / m["base"], "×", READY_RATIO
        ),
        Figure(
            "no first look, hours tab: ready ÷ bare (CPU)",
            m["nofirst_open_cpu"] / m["base_cpu"],
            "×",
            READY_RATIO,
        ),
        # For context: Python alone, and Python importing what opening a file needs
        # (SQLAlchemy, the models, the services) and nothing else.
        Figure("python alone ÷ bare window (CPU)", m["python_cpu"] / m["base_cpu"], "×"),
        Figure("importing the storage layer alone ÷ bare (CPU)", m["storage_cpu"] / m["base_cpu"], "×"),
        Figure("resident memory after opening the big file", m["rss"], "MB", RSS_MB),
    ]


def compile_package() -> None:
    """The package's ``.pyc`` files, in place; up-to-date ones are left as they are."""
    import compileall

    if not compileall.compile_dir(ROOT / "opleider_desk", quiet=1):
        raise RuntimeError("the package did not compile")


def _hours_first(scratch: Path) -> None:
    """Settings that open the window on the hours tab (no first look at the aios)."""
    from PySide6.QtCore import QSettings

    from opleider_desk import APP_ID, ORG_NAME
    from opleider_desk.settings import LAST_TAB, Settings
    from opleider_desk.ui.tabs import TABS

    # Where QSettings(ORG_NAME, APP_ID) keeps them on Linux, under the private XDG_CONFIG_HOME.
    file = scratch / "config" / ORG_NAME / f"{APP_ID}.conf"
    file.parent.mkdir(parents=True, exist_ok=True)
    settings = Settings(QSettings(str(file), QSettings.Format.IniFormat))
    settings.set(LAST_TAB, next(i for i, spec in enumerate(TABS) if spec.key == "hours"))
    settings.sync()


def figures(big_file: Path) -> list[Figure]:
    return measure(big_file)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("big_file", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--bundle", type=Path, help="time this built program instead of python -m opleider_desk"
    )
    args = parser.parse_args()
    print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    program = [str(args.bundle.resolve())] if args.bundle else None
    print_figures("Start-up", measure(args.big_file.resolve(), args.runs, program))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
