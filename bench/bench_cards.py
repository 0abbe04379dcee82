"""Benchmark of the ID-card cases at volume: lookup per query form, arrivals import, list scrolling, start-up.

Run: ``.venv/bin/python bench/bench_cards.py --db sqlite:///PATH --records N [--reuse]``.

Creates (or, with ``--reuse``, keeps) a database holding N demo cards, then prints a markdown table:

* every lookup form through :func:`counter_app.operations.cards.lookup.lookup` (the function the UI calls),
  50 query values sampled from the database, median and p95; beside it the naive baseline, a full scan
  ``LIKE '%q%'`` over name, id_number, phone and acceptance_no with the same limit (fewer samples);
* a 10,000-row arrivals manifest (到证清单), dry run and commit;
* resident memory after scrolling the whole card list by keyset in pages of 200 rows;
* process start to main window shown, with that database (offscreen, fresh process each time).

The bench setup changes the bench database directly: it moves manifest cards to "dispatched" with an UPDATE,
enlarges the storage drawers so 10,000 arrivals fit, and moves those cards back to "dispatched" afterwards
(on PostgreSQL vacuuming the dead versions this leaves) so ``--reuse`` runs stay comparable.  Never point it at a
production database.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import bindparam, func, select, text, update

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

STARTUP_PROBE = r"""
import sys, time
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication
from counter_app.bootstrap import open_context
from counter_app.ui.main_window import MainWindow
app = QApplication([])
ctx = open_context(sys.argv[2])
window = MainWindow(ctx)
window.show()
app.processEvents()
print(time.time() - t0)
"""

NAIVE_SQL = text(
    "SELECT * FROM card_case WHERE name LIKE :q OR id_number LIKE :q OR phone LIKE :q OR acceptance_no LIKE :q"
    " ORDER BY accepted_at DESC, id DESC LIMIT :limit"
)
PAGE_SQL = text(
    "SELECT id, acceptance_no, name, state, accepted_at, storage_place FROM card_case"
    " WHERE id > :last ORDER BY id LIMIT :page"
)


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def p95(samples: list[float]) -> float:
    return sorted(samples)[max(0, int(len(samples) * 0.95) - 1)]


def rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return -1


def startup(db_url: str, repeat: int) -> list[float]:
    samples = []
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for _ in range(repeat):
        done = subprocess.run([sys.executable, "-c", STARTUP_PROBE, repr(time.time()), db_url], env=env,
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"start-up probe failed:\n{done.stderr}")
        samples.append(float(done.stdout.strip().splitlines()[-1]) * 1000)
    return samples


def sample_queries(ctx, count: int, seed: int) -> dict[str, list[str]]:
    """``count`` real query values per lookup form, taken from random cases of the database."""
    from counter_app.store.models import CardCase, SearchKey

    rng = random.Random(seed)
    with ctx.db.read() as session:
        max_id = session.scalar(select(func.max(CardCase.id))) or 0
        ids = rng.sample(range(1, max_id + 1), min(count * 3, max_id))
        rows = session.execute(select(CardCase.id, CardCase.id_number, CardCase.acceptance_no, CardCase.phone,
                                      CardCase.name).where(CardCase.id.in_(ids))).all()
        rows = [r for r in rows if r.phone and len(r.name) >= 2][:count]
        keys = session.execute(select(SearchKey.case_id, SearchKey.key)
                               .where(SearchKey.case_id.in_([r.id for r in rows]))).all()
    pinyin: dict[int, str] = {}
    initials: dict[int, str] = {}
    for case_id, key in keys:
        if key.startswith("p:"):
            pinyin.setdefault(case_id, key[2:])
        elif key.startswith("i:"):
            initials.setdefault(case_id, key[2:])
    return {
        "ID number, full (18)": [r.id_number for r in rows],
        "ID number, last 6": [r.id_number[-6:] for r in rows],
        "ID number, last 4": [r.id_number[-4:] for r in rows],
        "acceptance no. (22 digits)": [r.acceptance_no for r in rows],
        "phone, full (11)": [r.phone for r in rows],
        "phone, last 4": [r.phone[-4:] for r in rows],
        "name, full (Chinese)": [r.name for r in rows],
        "name part (2nd char on)": [r.name[1:] for r in rows],
        "pinyin initials": [initials[r.id] for r in rows if r.id in initials],
        "full pinyin": [pinyin[r.id] for r in rows if r.id in pinyin],
    }


def prepare_manifest(ctx, rows: int) -> tuple[bytes, list[int]]:
    """Move ``rows`` cases (not on a shelf) to "dispatched" and write their dispatch list as CSV."""
    from dataclasses import replace

    from counter_app.operations.admin.station import load_station, save_station
    from counter_app.store.models import CardCase

    station = load_station(ctx)
    boxes = len(station.storage_boxes.split(","))
    if boxes * station.storage_box_size < rows + 2_000:
        supervisor = replace(ctx, actor=replace(ctx.actor, role="supervisor"))  # set-up work, not a clerk's
        save_station(supervisor, storage_box_size=min(9999, -(-(rows + 2_000) * 2 // boxes)))
    with ctx.db.write() as session:
        picked = session.execute(select(CardCase.id, CardCase.acceptance_no, CardCase.name, CardCase.id_number)
                                 .where(CardCase.state != "arrived", CardCase.storage_place.is_(None))
                                 .order_by(CardCase.id).limit(rows)).all()
        ids = [r.id for r in picked]
        _reset(session, ids)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["受理号", "姓名", "公民身份号码"])
    writer.writerows([r.acceptance_no, r.name, r.id_number] for r in picked)
    return buffer.getvalue().encode("utf-8-sig"), ids


def _reset(session, ids: list[int]) -> None:
    from counter_app.store.models import CardCase

    for start in range(0, len(ids), 500):
        session.execute(update(CardCase).where(CardCase.id.in_(ids[start:start + 500]))
                        .values(state="dispatched", storage_place=None, arrived_at=None, collected_at=None,
                                pickup_method="counter"))


def scroll_all(ctx, page: int) -> tuple[int, float]:
    """Scroll the whole card list by keyset; only the current page is kept, like the UI's list model."""
    total = 0
    last = 0
    start = time.perf_counter()
    with ctx.db.engine.connect() as conn:
        while True:
            rows = conn.execute(PAGE_SQL, {"last": last, "page": page}).all()
            if not rows:
                break
            total += len(rows)
            last = rows[-1].id
    return total, (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True, help="database URL, e.g. sqlite:////tmp/cards.db")
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--reuse", action="store_true", help="keep an existing database (top it up to N cards)")
    parser.add_argument("--samples", type=int, default=50)
    parser.add_argument("--naive-samples", type=int, default=5)
    parser.add_argument("--limit", type=int, default=50)
    parser.add_argument("--manifest-rows", type=int, default=10_000)
    parser.add_argument("--page", type=int, default=200)
    parser.add_argument("--startup-repeat", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("COUNTER_APP_DATA", tempfile.mkdtemp(prefix="counter-bench-"))

    from counter_app.bootstrap import open_context
    from counter_app.demo.cards import make_demo_cards
    from counter_app.operations.cards.arrivals import import_arrivals
    from counter_app.operations.cards.lookup import lookup
    from counter_app.operations.context import Actor
    from counter_app.store.models import CardCase

    if args.db.startswith("sqlite:///") and not args.reuse:
        path = Path(args.db.removeprefix("sqlite:///"))
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    # A supervisor: a clerk's number searches are limited to 30 per 10 minutes (lookup_guard), and a bench makes
    # hundreds; the supervisor's searches take the same path through the index.
    ctx = open_context(args.db, actor=Actor(clerk="bench", workstation="bench", role="supervisor"))
    with ctx.db.read() as session:
        existing = session.scalar(select(func.count()).select_from(CardCase)) or 0
    created_ms = None
    if existing < args.records:
        created_ms = timed(lambda: make_demo_cards(ctx, args.records - existing))
        with ctx.db.engine.connect() as conn:
            if ctx.db.engine.dialect.name == "sqlite":
                conn.execute(text("ANALYZE"))
            conn.commit()
    with ctx.db.read() as session:
        total = session.scalar(select(func.count()).select_from(CardCase)) or 0
    print(f"database: {args.db} — {total:,} cards"
          + (f" (created {args.records - existing:,} in {created_ms / 1000:.1f} s)" if created_ms else " (reused)"))
    print()

    queries = sample_queries(ctx, args.samples, seed=11)
    naive = NAIVE_SQL.bindparams(bindparam("limit", args.limit + 1))
    print("| lookup form                  | median ms |    p95 ms |  n | avg hits | naive LIKE '%q%' median ms |"
          " naive n |")
    print("|------------------------------|-----------|-----------|----|----------|"
          "----------------------------|---------|")
    for form, values in queries.items():
        for value in values[:3]:  # warm the caches the first real lookups would warm
            lookup(ctx, value, args.limit)
        samples, hits = [], []
        for value in values:
            start = time.perf_counter()
            result = lookup(ctx, value, args.limit)
            samples.append((time.perf_counter() - start) * 1000)
            hits.append(len(result.rows))
        naive_samples = []
        with ctx.db.engine.connect() as conn:
            for value in values[:args.naive_samples]:
                naive_samples.append(timed(lambda v=value: conn.execute(naive, {"q": f"%{v}%"}).all()))
        note = " (0 hits: no pinyin column)" if "pinyin" in form else ""
        print(f"| {form:<28} | {statistics.median(samples):9.2f} | {p95(samples):9.2f} | {len(samples):2d} |"
              f" {statistics.mean(hits):8.1f} | {statistics.median(naive_samples):7.2f}{note:<19} |"
              f" {len(naive_samples):7d} |")
    print()

    rss_before = rss_kb()
    scrolled, scroll_ms = scroll_all(ctx, args.page)
    rss_after = rss_kb()
    peak_after_scroll = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    data, ids = prepare_manifest(ctx, args.manifest_rows)
    dry_ms = [timed(lambda: import_arrivals(ctx, data, "bench.csv", dry_run=True)) for _ in range(3)]
    report = None

    def commit() -> None:
        nonlocal report
        report = import_arrivals(ctx, data, "bench.csv", dry_run=False)

    commit_ms = timed(commit)
    with ctx.db.write() as session:
        _reset(session, ids)  # back to "dispatched" so a --reuse run imports the same cards again
    if ctx.db.engine.dialect.name == "postgresql":
        # The two resets and the import leave 30,000 dead card versions a run. A server without autovacuum (this
        # machine's CI server: conf.d/90-ci.conf) keeps them, and each --reuse run measured a more bloated table.
        with ctx.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM (ANALYZE) card_case, case_event")

    starts = startup(args.db, args.startup_repeat)
    peak_end = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    n = f"{len(ids):,}"
    lines = [
        (f"arrivals manifest {n} rows, dry run (median of {len(dry_ms)})", f"{statistics.median(dry_ms):.0f} ms"),
        (f"arrivals manifest {n} rows, commit ({report.matched:,} arrived)", f"{commit_ms:.0f} ms"),
        (f"scroll whole list, {scrolled:,} rows, pages of {args.page}", f"{scroll_ms:.0f} ms"),
        ("RSS (VmRSS) before scroll", f"{rss_before / 1024:.1f} MB"),
        ("RSS (VmRSS) after scroll", f"{rss_after / 1024:.1f} MB"),
        ("peak RSS (ru_maxrss) after scroll", f"{peak_after_scroll / 1024:.1f} MB"),
        ("peak RSS (ru_maxrss) after manifest import", f"{peak_end / 1024:.1f} MB"),
        (f"process start → main window shown, median of {len(starts)}", f"{statistics.median(starts):.0f} ms"),
    ]
    print(f"| {'operation':<56} | {'value':>10} |")
    print(f"|{'-' * 58}|{'-' * 12}|")
    for label, value in lines:
        print(f"| {label:<56} | {value:>10} |")
    print()
    print("Note: the scroll keeps only the current page, as the UI's list model keeps only result rows; the RSS "
          "figures are of this bench process (demo creation and lookups included in the peak).")


if __name__ == "__main__":
    main()
