"""Start-up: process start → main window painted, against a bare PySide6 window process, interleaved.

Run: ``.venv/bin/python bench/bench_start.py [--repeat 9]``. Each round starts one ``counter-app --demo
--exit-when-shown`` process (an existing demo database in a throw-away data folder, made by a warm-up run) and one
bare ``QMainWindow`` process that quits at its first paint, alternately, so that both meet the same machine load.
Both processes print one line at their first paint; the figure is spawn → that line, read from outside, the same
event for both (the app's own "window shown in N ms" figure, from its first line of Python, is kept too). The app
paints its window first as a frame that says it is opening the database, and fills it in after that paint: its
second line, "window ready in N ms", is when the filled window (signed in, the service guide built) paints — the
moment a clerk can work, reported beside the first. Spawn →
exit is printed as well: quitting is not part of the start, but it shows what a bench timing exits would add.
Peak RSS of each process comes from ``wait4``'s rusage. The bytecode cache sits beside the data folder, not in it:
the start tightens the permissions of everything in the data folder, and a clerk's data folder holds no bytecode.
A third process, the bare window after importing SQLAlchemy and pydantic, shows the floor set by those libraries.
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
from pathlib import Path

BARE_WINDOW = r"""
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("window shown", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication([])
window = QMainWindow()
window.resize(1366, 768)
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
app.exec()
"""


def _run(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float, str, float | None]:
    """Spawn → first line ms, spawn → exit ms, peak RSS MB, stdout and spawn → second line ms (the app's "window
    ready" line; None for a process that prints one line) of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    first = proc.stdout.readline()
    painted = (time.perf_counter() - start) * 1000
    second = proc.stdout.readline()
    ready = (time.perf_counter() - start) * 1000 if second else None
    out = first + second + proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    err = proc.stderr.read() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0 or not first:
        raise SystemExit(f"{cmd} failed:\n{err[-2000:]}")
    return painted, wall, usage.ru_maxrss / 1024, out, ready


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


# The same bare window after importing the libraries every start of the app needs before it can paint anything of
# its own (the database layer and the validation library): the floor no work inside the app can go below.
LIBRARY_FLOOR = "import sqlalchemy.orm, sqlalchemy.dialects.sqlite, pydantic\n" + BARE_WINDOW

ROWS = {
    "app_paint": "counter-app --demo, spawn → first paint, ms",
    "app_own": "  its own line: window shown in, ms",
    "app_ready": "counter-app, spawn → filled window paints, ms",
    "app_own_ready": "  its own line: window ready in, ms",
    "bare_paint": "bare PySide6 QMainWindow, spawn → paint, ms",
    "floor_paint": "bare window after the libraries' imports, ms",
    "app_exit": "counter-app, spawn → exit, ms",
    "bare_exit": "bare window, spawn → exit, ms",
    "app_rss": "peak RSS counter-app, MB (goal ≤ 150)",
    "bare_rss": "peak RSS bare window, MB",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    app_cmd = [sys.executable, "-m", "counter_app.cli.main", "--demo", "--exit-when-shown"]
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    floor_cmd = [sys.executable, "-c", LIBRARY_FLOOR]
    with tempfile.TemporaryDirectory() as root:
        data = Path(root) / "data"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COUNTER_APP_DATA=str(data))
        # PYTHONDONTWRITEBYTECODE is set on these machines; a clerk's installed copy has its bytecode cached.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(root) / "pycache")
        for _ in range(2):  # the demo database, the day's backup, the catalog cache and the bytecode cache
            _run(app_cmd, env)
            _run(bare_cmd, env)
            _run(floor_cmd, env)
        figures: dict[str, list[float]] = {key: [] for key in ROWS}
        for _ in range(args.repeat):
            painted, wall, rss, out, ready = _run(app_cmd, env)
            figures["app_paint"].append(painted)
            figures["app_exit"].append(wall)
            figures["app_rss"].append(rss)
            if ready is not None:
                figures["app_ready"].append(ready)
            for key, word in (("app_own", "shown"), ("app_own_ready", "ready")):
                found = re.search(rf"window {word} in (\d+) ms", out)
                if found:
                    figures[key].append(float(found.group(1)))
            painted, wall, rss, _, _ = _run(bare_cmd, env)
            figures["bare_paint"].append(painted)
            figures["bare_exit"].append(wall)
            figures["bare_rss"].append(rss)
            figures["floor_paint"].append(_run(floor_cmd, env)[0])
    print(f"{'figure':46} {'median':>9} {'p95':>9}")
    for key, label in ROWS.items():
        if figures[key]:
            print(f"{label:46} {statistics.median(figures[key]):9.0f} {_p(figures[key], .95):9.0f}")
    for label, app, bare in (("ratio app / bare, spawn → paint (goal ≤ 4)", "app_paint", "bare_paint"),
                             ("ratio app ready / bare, spawn → paint", "app_ready", "bare_paint"),
                             ("ratio libraries' floor / bare, spawn → paint", "floor_paint", "bare_paint"),
                             ("ratio app / bare, spawn → exit", "app_exit", "bare_exit")):
        print(f"{label:46} {statistics.median(figures[app]) / statistics.median(figures[bare]):9.2f}")


if __name__ == "__main__":
    main()
