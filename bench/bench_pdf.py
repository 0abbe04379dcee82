"""Receipt and one-time notice PDFs, warm, against the same documents drawn by hand on a raw reportlab canvas.

Run: ``.venv/bin/python bench/bench_pdf.py [--repeat 60]``. Both sides use the printing tests' sample receipt and
notice, the same registered TrueType font and the same Code 128 bars (the anchor is ``bench/raw_pdf_anchor.py``).
After a warm-up, each round builds every project document and its anchor back to back, alternating which goes
first, so both meet the same machine load; the table gives medians of wall and CPU time (the process's own CPU
time is the steadier figure on a shared machine) and the ratio of the medians.

``--instructions [--repeat 5]`` counts instructions instead, the steady A/B on a loaded machine: each document and
its anchor is built in its own process under ``valgrind --tool=callgrind --instr-atstart=no``, which turns
instrumentation on after two warm-up builds (``callgrind_control -i on``), so start-up and font parsing are left out;
the table gives millions of instructions per document and their ratio.  ``--only DOC --side project|anchor`` builds
one document ``--repeat`` times without timing (that child, or a run under cProfile).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "printing"), str(ROOT / "bench")]

from printing_samples import sample_notice, sample_receipt  # noqa: E402
from raw_pdf_anchor import raw_notice, raw_receipt  # noqa: E402

from printing import build_notice_pdf, build_receipt_pdf  # noqa: E402
from printing.fonts import active_font_name  # noqa: E402

GOALS = {"receipt": 1.5, "notice-a4": 2.0, "notice-a5": 2.0}


def documents() -> dict[str, tuple[Callable[[], bytes], Callable[[], bytes]]]:
    """Each figure's (project, anchor) builders."""
    font = active_font_name()
    receipt, notice = sample_receipt(), sample_notice()
    return {
        "receipt": (lambda: build_receipt_pdf(receipt), lambda: raw_receipt(receipt, font)),
        "notice-a4": (lambda: build_notice_pdf(notice, "A4"), lambda: raw_notice(notice, font, "A4")),
        "notice-a5": (lambda: build_notice_pdf(notice, "A5"), lambda: raw_notice(notice, font, "A5")),
    }


def _time(fn: Callable[[], bytes]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def measure(repeat: int, warmup: int) -> dict[str, dict[str, list[tuple[float, float]]]]:
    docs = documents()
    for project, anchor in docs.values():
        for _ in range(warmup):
            project()
            anchor()
    samples: dict[str, dict[str, list[tuple[float, float]]]] = {
        name: {"project": [], "anchor": []} for name in docs
    }
    for i in range(repeat):
        for name, (project, anchor) in docs.items():
            order = [("project", project), ("anchor", anchor)]
            for side, fn in order if i % 2 == 0 else reversed(order):
                samples[name][side].append(_time(fn))
    return samples


def instructions(name: str, side: str, repeat: int) -> float:
    """Instructions per warm build of one document, counted by callgrind in a child process."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={tmp}/out",
               sys.executable, __file__, "--only", name, "--side", side, "--repeat", str(repeat), "--instrument"]
        run = subprocess.run(cmd, capture_output=True, text=True, check=True)
    found = re.search(r"Collected : (\d+)", run.stderr)
    if found is None:
        raise SystemExit(f"callgrind printed no count:\n{run.stderr[-2000:]}")
    return int(found.group(1)) / repeat


def _median(values: list[tuple[float, float]], which: int) -> float:
    return statistics.median(v[which] for v in values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=60)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--only", choices=sorted(GOALS))
    parser.add_argument("--side", choices=("project", "anchor"), default="project")
    parser.add_argument("--instructions", action="store_true", help="count instructions under callgrind")
    parser.add_argument("--instrument", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.only:
        project, anchor = documents()[args.only]
        fn = project if args.side == "project" else anchor
        if args.instrument:
            fn(), fn()
            subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], capture_output=True, check=True)
        for _ in range(args.repeat):
            fn()
        return
    if args.instructions:
        print(f"instructions per warm build (callgrind, {args.repeat} builds each, millions)\n")
        print("| document | project | anchor | ratio | goal |\n|---|---|---|---|---|")
        for name in GOALS:
            project, anchor = (instructions(name, side, args.repeat) / 1e6 for side in ("project", "anchor"))
            print(f"| {name} | {project:.1f} | {anchor:.1f} | {project / anchor:.2f}× | ≤ {GOALS[name]}× |")
        return
    samples = measure(args.repeat, args.warmup)
    print(f"{args.repeat} interleaved rounds after {args.warmup} warm-up builds each; font {active_font_name()}\n")
    print("| document | project wall ms | anchor wall ms | ratio (wall) | project CPU ms | anchor CPU ms "
          "| ratio (CPU) | goal |")
    print("|---|---|---|---|---|---|---|---|")
    for name, sides in samples.items():
        pw, aw = _median(sides["project"], 0), _median(sides["anchor"], 0)
        pc, ac = _median(sides["project"], 1), _median(sides["anchor"], 1)
        print(f"| {name} | {pw:.2f} | {aw:.2f} | {pw / aw:.2f}× | {pc:.2f} | {ac:.2f} | {pc / ac:.2f}× "
              f"| ≤ {GOALS[name]}× |")


if __name__ == "__main__":
    main()
