"""Every benchmark in one run, on one generated big file; prints each figure with its target.

    python benchmarks/run_all.py [--file BIG.sqlite] [--keep]

Without ``--file`` a file of 40 aios, ten years, 200,000 hour entries and 5,000
meetings is generated in a temporary folder (``generate.generate``) and removed
afterwards unless ``--keep``. Benchmarks are figures to read, not tests: the
exit code is 0 even when a target is missed (the lines say MISSED).

A benchmark module takes part when it exists here. If it defines
``figures(big_file) -> list[Figure]`` (see ``figures.py``) its figures are
printed in the common table; otherwise it is run as a script without
arguments and its own output is shown. Such a script finds the big file in
the environment variable ``OPLEIDERDESK_BENCH_FILE`` if it wants to use it
rather than make its own data.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for path in (str(HERE), str(ROOT)):
    if path not in sys.path:
        sys.path.insert(0, path)

from figures import Figure, print_figures  # noqa: E402
from generate import generate  # noqa: E402

BENCH_FILE_ENV = "OPLEIDERDESK_BENCH_FILE"
BENCHMARKS = (
    ("bench_startup", "Start-up and memory"),
    ("bench_hours_filter", "Hours filter (200k rows)"),
    ("bench_statement", "Quarterly statement PDF"),
    ("bench_stalls", "Longest stall of the window per action (wall), sorting, CSV import, memory"),
)


def _defines_figures(path: Path) -> bool:
    """Looked up in the source: importing a script-style benchmark could run it."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return any(isinstance(node, ast.FunctionDef) and node.name == "figures" for node in tree.body)


def run_one(module_name: str, title: str, big_file: Path) -> list[Figure]:
    if not (HERE / f"{module_name}.py").is_file():
        print(f"{title}: {module_name}.py is not here yet; skipped")
        return []
    if _defines_figures(HERE / f"{module_name}.py"):
        figures = importlib.import_module(module_name).figures(big_file)
        print_figures(title, figures)
        return figures
    print(f"{title} ({module_name}.py):", flush=True)
    env = dict(os.environ, **{BENCH_FILE_ENV: str(big_file)})
    result = subprocess.run([sys.executable, str(HERE / f"{module_name}.py")], cwd=ROOT, env=env)
    if result.returncode != 0:
        print(f"  {module_name}.py exited with {result.returncode}")
    return []


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, help="use this big file instead of generating one")
    parser.add_argument("--keep", action="store_true", help="keep the generated file (its path is printed)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="opleiderdesk-bench-"))
    big_file = args.file
    if big_file is None:
        big_file = folder / "big.sqlite"
        started = time.perf_counter()
        generate(big_file)
        print(
            f"Generated {big_file} in {time.perf_counter() - started:.1f} s "
            "(40 aios, 10 years, 200,000 hour entries, 5,000 meetings)\n"
        )
    all_figures: list[Figure] = []
    try:
        for module_name, title in BENCHMARKS:
            # Figures on a shared machine depend on the neighbours: the load with each.
            print(f"(load average {_load()} on {os.cpu_count()} cores)")
            all_figures += run_one(module_name, title, big_file.resolve())
            print()
    finally:
        if args.file is None and not args.keep:
            for path in folder.iterdir():
                path.unlink()
            folder.rmdir()
    missed = [f.name.strip() for f in all_figures if f.met is False]
    print(
        f"{len(all_figures)} figures in the table; "
        + (f"missed: {', '.join(missed)}" if missed else "every target with a figure here was met")
    )
    print(f"(load average {_load()} at the end)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
