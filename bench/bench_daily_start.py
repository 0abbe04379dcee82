"""The day's first start on a station's SQLite file: the daily backup and the walk over the whole audit log.

Run: ``.venv/bin/python bench/bench_daily_start.py [--entries 100000] [--repeat 3]``. Builds a throw-away database
whose audit log holds ``--entries`` entries (lookups audited by four counters, as a year at a busy window leaves
it), then, with the day's backup due each time (the backup folder emptied):

- *in the start*: ``open_context(url)`` as the window opened its database before, the backup and the walk inside;
- *beside the window*: ``open_context(url, daily_backup=False)`` and ``start_daily_backup`` as the window does now,
  with a Qt event loop ticking every 10 ms meanwhile: how long the open takes, how long the thread runs, and the
  event loop's longest stall while it runs (the clerk's window shares the interpreter's lock with the walk).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

BATCH = 2_000


def _fill_audit_log(url: str, entries: int) -> None:
    from counter_app.bootstrap import open_context
    from counter_app.operations.context import Actor

    ctx = open_context(url, daily_backup=False)
    made = 0
    while made < entries:
        counter = made // BATCH % 4 + 1
        ctx.actor = Actor(clerk=f"clerk{counter}", workstation=f"窗口{counter}", role="clerk")
        count = min(BATCH, entries - made)
        with ctx.db.write() as session:
            ctx.audit_all(session, [("card.lookup", f"张{n % 97}", {"query": "张", "found": n % 7})
                                    for n in range(made, made + count)])
        made += count
    ctx.db.dispose()


def _in_the_start(url: str) -> float:
    from counter_app.bootstrap import open_context

    start = time.perf_counter()
    ctx = open_context(url)
    took = (time.perf_counter() - start) * 1000
    ctx.db.dispose()
    return took


def _beside_the_window(url: str) -> tuple[float, float, float]:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from counter_app.bootstrap import open_context, start_daily_backup

    app = QApplication.instance() or QApplication([])
    start = time.perf_counter()
    ctx = open_context(url, daily_backup=False)
    opened = (time.perf_counter() - start) * 1000
    thread = start_daily_backup(ctx)
    assert thread is not None
    clock = QElapsedTimer()
    clock.start()
    worst = [0.0]
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        worst[0] = max(worst[0], now - last[0] - 10)
        last[0] = now
        if not thread.is_alive():
            app.quit()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    app.exec()
    timer.stop()
    ran = (time.perf_counter() - start) * 1000 - opened
    thread.join()
    ctx.db.dispose()
    return opened, ran, worst[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as root:
        os.environ["COUNTER_APP_DATA"] = root
        from counter_app import paths

        url = f"sqlite:///{Path(root) / 'counter.db'}"
        started = time.perf_counter()
        _fill_audit_log(url, args.entries)
        print(f"audit log of {args.entries:,} entries built in {time.perf_counter() - started:.1f} s, file "
              f"{(Path(root) / 'counter.db').stat().st_size / 1e6:.0f} MB", file=sys.stderr)
        before: list[float] = []
        opened: list[float] = []
        ran: list[float] = []
        stalls: list[float] = []
        for _ in range(args.repeat):  # interleaved, the backup due each time
            shutil.rmtree(paths.backup_dir())
            before.append(_in_the_start(url))
            shutil.rmtree(paths.backup_dir())
            o, r, s = _beside_the_window(url)
            opened.append(o)
            ran.append(r)
            stalls.append(s)
    print(f"{'figure (median of ' + str(args.repeat) + ')':58} {'ms':>8}")
    for label, values in (("open, backup and walk in the start (before)", before),
                          ("open, backup and walk beside the window: open", opened),
                          ("  the backup thread, after the open", ran),
                          ("  the window's longest event-loop stall meanwhile", stalls)):
        print(f"{label:58} {statistics.median(values):8.0f}")


if __name__ == "__main__":
    main()
