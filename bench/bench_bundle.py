"""Benchmark of the PyInstaller bundle: its size, and the frozen app's start-to-window time beside the source run's.

Run after ``python installer/build.py``: ``.venv/bin/python bench/bench_bundle.py [--runs 5] [--bundle DIR]``.
Each run is a fresh ``--self-test`` process (offscreen, throw-away demo database); the self-test reports its own
phases, and the launcher passes its clock so that "launch → window" includes interpreter start-up and, for the
frozen app, the bootloader.  Prints a table of medians.
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "installer"))

from build import BUNDLE, IS_WINDOWS, folder_size  # noqa: E402 - installer/ is not a package

# Columns of the table: the self-test's own report fields, in seconds.
PHASES = (
    ("launch_to_window", "launch → window"),
    ("without_data", "… minus data"),
    ("imports", "imports"),
    ("data", "demo data"),
    ("window", "window"),
    ("receipt", "receipt PDF"),
)


def _seconds(fields: dict[str, str]) -> dict[str, float]:
    return {key: float(value[:-1]) for key, value in fields.items() if value.endswith("s") and value[0].isdigit()}


def self_test_once(command: list[str], report: Path) -> dict[str, float]:
    """One fresh process; its report fields in seconds, plus the whole process's wall time as ``process``.

    The report goes to a file, not stdout: a windowed Windows executable has no stdout.
    """
    report.unlink(missing_ok=True)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "COUNTER_APP_LAUNCHED_AT": repr(time.time()),
        "COUNTER_APP_SELF_TEST_REPORT": str(report),
    }
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=False)
    wall = time.perf_counter() - started
    lines = report.read_text(encoding="utf-8").splitlines() if report.exists() else []
    if done.returncode != 0 or not lines:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}")
    fields = dict(part.split("=", 1) for part in lines[-1].removeprefix("self-test ok ").split())
    times = _seconds(fields)
    times["process"] = wall
    # What a clerk's start costs without filling a fresh demo database first.
    times["without_data"] = times["launch_to_window"] - times["data"]
    return times


def medians(command: list[str], runs: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as folder:
        report = Path(folder) / "report.txt"
        self_test_once(command, report)  # warm the disk cache: the first run would measure the disk, not the app
        samples = [self_test_once(command, report) for _ in range(runs)]
    return {key: statistics.median(sample[key] for sample in samples) for key in samples[0]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=BUNDLE, help="the one-folder bundle (default: dist/counter-app)")
    args = parser.parse_args()
    executable = args.bundle / ("counter-app.exe" if IS_WINDOWS else "counter-app")
    if not executable.is_file():
        print(f"no bundle at {args.bundle}: run `python installer/build.py --skip-installer` first", file=sys.stderr)
        return 2
    size, files = folder_size(args.bundle)
    frozen = medians([str(executable), "--self-test"], args.runs)
    source = medians([sys.executable, "-m", "counter_app.cli.main", "--self-test"], args.runs)

    print(f"bundle {args.bundle}: {size / 1e6:.1f} MB in {files} files; medians of {args.runs} self-test runs (s)")
    print(f"| {'run':<8} | {'process':>8} | " + " | ".join(f"{label:>15}" for _key, label in PHASES) + " |")
    print(f"|{'-' * 10}|{'-' * 10}|" + "|".join("-" * 17 for _ in PHASES) + "|")
    for name, result in (("frozen", frozen), ("source", source)):
        cells = " | ".join(f"{result.get(key, float('nan')):15.3f}" for key, _label in PHASES)
        print(f"| {name:<8} | {result['process']:8.3f} | {cells} |")
    ratio = frozen["launch_to_window"] / source["launch_to_window"]
    print(f"frozen/source launch → window: {ratio:.2f}×. 'demo data' (the same work in both) opens a fresh database:")
    print("migrations, catalog, 300 synthetic cards, sign-in; 'minus data' is the rest: process, imports, window.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
