"""Start-up: process start → main window painted, against a bare PySide6 window process, interleaved.

Run: ``.venv/bin/python bench/bench_start.py [--repeat 9]``. Each round starts one ``counter-app --demo
--exit-when-shown`` process (an existing demo database in a throw-away data folder, made by a warm-up run) and one
bare ``QMainWindow`` process that quits at its first paint, alternately, so that both meet the same machine load.
Wall time is measured from outside (spawn → exit) and the app's own "window shown in N ms" line is kept too.
Peak RSS of each process comes from ``wait4``'s rusage.
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


def _run(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall ms, peak RSS MB and stdout of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    out = proc.stdout.read() if proc.stdout else ""
    err = proc.stderr.read() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{cmd} failed:\n{err[-2000:]}")
    return wall, usage.ru_maxrss / 1024, out


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    app_cmd = [sys.executable, "-m", "counter_app.cli.main", "--demo", "--exit-when-shown"]
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    with tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COUNTER_APP_DATA=data)
        # PYTHONDONTWRITEBYTECODE is set on these machines; a clerk's installed copy has its bytecode cached.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(data) / "pycache")
        for _ in range(2):  # the demo database, the day's backup and the bytecode cache
            _run(app_cmd, env)
            _run(bare_cmd, env)
        app_wall, app_rss, app_shown, bare_wall, bare_rss = [], [], [], [], []
        for _ in range(args.repeat):
            wall, rss, out = _run(app_cmd, env)
            app_wall.append(wall)
            app_rss.append(rss)
            found = re.search(r"window shown in (\d+) ms", out)
            if found:
                app_shown.append(float(found.group(1)))
            wall, rss, _ = _run(bare_cmd, env)
            bare_wall.append(wall)
            bare_rss.append(rss)
    ratio = statistics.median(app_wall) / statistics.median(bare_wall)
    rows = [("counter-app --demo, spawn → first paint, ms", app_wall),
            ("  its own line: window shown in, ms", app_shown),
            ("bare PySide6 QMainWindow, ms", bare_wall),
            ("peak RSS counter-app, MB (goal ≤ 150)", app_rss),
            ("peak RSS bare window, MB", bare_rss)]
    print(f"{'figure':44} {'median':>9} {'p95':>9}")
    for label, values in rows:
        if values:
            print(f"{label:44} {statistics.median(values):9.0f} {_p(values, .95):9.0f}")
    print(f"{'ratio app / bare, spawn → paint (goal ≤ 4)':44} {ratio:9.2f}")

if __name__ == "__main__":
    main()
