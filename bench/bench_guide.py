"""Benchmark of the service guide: catalog load, checklist evaluation, notice PDF, start to main window.

Run: ``.venv/bin/python bench/bench_guide.py [--repeat N]``. Prints medians (and p95) over repeated runs; the
start-up figure spawns a fresh process each time, offscreen, and stops the clock when the window is shown.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable

STARTUP_PROBE = r"""
import sys, time
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication
from counter_app.bootstrap import open_context
from counter_app.ui.main_window import MainWindow
app = QApplication([])
ctx = open_context()
window = MainWindow(ctx)
window.show()
app.processEvents()
print(time.time() - t0)
"""


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def startup(repeat: int) -> list[float]:
    samples = []
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for _ in range(repeat):
        done = subprocess.run([sys.executable, "-c", STARTUP_PROBE, repr(time.time())], env=env,
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"start-up probe failed:\n{done.stderr}")
        samples.append(float(done.stdout.strip().splitlines()[-1]) * 1000)
    return samples


def row(name: str, samples: list[float], target: str) -> str:
    p95 = sorted(samples)[max(0, int(len(samples) * 0.95) - 1)]
    return f"| {name:<34} | {statistics.median(samples):9.2f} | {p95:9.2f} | {len(samples):4d} | {target:<10} |"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--startup-repeat", type=int, default=7)
    args = parser.parse_args()
    os.environ.setdefault("COUNTER_APP_DATA", tempfile.mkdtemp(prefix="counter-bench-"))

    import printing
    from counter_app.bootstrap import open_context
    from counter_app.domain.catalog import load_catalog
    from counter_app.domain.checklist import evaluate
    from counter_app.operations.guide.service_guide import Applicant, notice_document

    catalog = load_catalog()
    service = catalog.get("birth_registration")
    ctx = open_context()
    checklist = evaluate(service, {"married": False}, ["birth_medical_certificate"])
    document = notice_document(ctx, checklist, Applicant("张小明", "11010519491231002X", "13812345678"), "GZ1")
    printing.build_notice_pdf(document)  # font registration is a one-time cost, reported separately below

    print("| operation                          | median ms |    p95 ms |    n | target     |")
    print("|------------------------------------|-----------|-----------|------|------------|")
    print(row("catalog load (all services)", timed(load_catalog, args.repeat), "-"))
    print(row("checklist evaluation", timed(lambda: evaluate(service, {"married": False}), args.repeat * 10), "-"))
    print(row("notice PDF build, A4, warm", timed(lambda: printing.build_notice_pdf(document), args.repeat), "≤ 30 ms"))
    print(row("notice PDF build, A5, warm",
              timed(lambda: printing.build_notice_pdf(document, page="A5"), args.repeat), "≤ 30 ms"))
    print(row("process start → main window shown", startup(args.startup_repeat), "≤ 1000 ms"))


if __name__ == "__main__":
    main()
