"""Benchmark of the daily report (工作日报) over a year of demo data.

Run: ``.venv/bin/python bench/bench_report.py [--cases 250000] [--cards 20000] [--sqlite PATH] [--pg URL]``.

Builds the year with :func:`counter_app.demo.day.make_demo_year` (plus demo ID cards, so the card
counts scan a realistic table) in a fresh SQLite file and, when a server answers, in a fresh PostgreSQL
database; then times build_report + PDF and build_report + XLSX for one day and one month, ``--repeat``
times each, and prints a markdown table of median and p95.  The target is ≤ 2 s each.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

NOW = datetime(2026, 11, 23, 17, 45)
END_DAY = date(2026, 11, 22)
PERIODS = ("2026-06-15", "2026-06")
TARGET_MS = 2_000


def p95(samples: list[float]) -> float:
    return sorted(samples)[max(0, -(-len(samples) * 95 // 100) - 1)]


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


@contextmanager
def fresh_pg(url: str) -> Iterator[str | None]:
    """A throw-away database on the server, or None when no server answers."""
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    name = f"counter_bench_{uuid.uuid4().hex[:8]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - any failure means "no server here"
        print(f"PostgreSQL skipped ({url}): {exc.__class__.__name__}", file=sys.stderr)
        admin.dispose()
        yield None
        return
    try:
        yield make_url(url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def bench_database(label: str, url: str, args: argparse.Namespace) -> list[str]:
    from counter_app.bootstrap import open_context
    from counter_app.demo.cards import make_demo_cards
    from counter_app.demo.day import make_demo_year
    from counter_app.operations.reports.daily_report import build_report, report_pdf, report_xlsx
    from printing.fonts import register_cjk_font
    from printing.report_data import ReportPeriod

    ctx = open_context(url)
    ctx.clock = lambda: NOW
    start = time.perf_counter()
    made = make_demo_year(ctx, cases=args.cases, seed=7, end_day=END_DAY)
    if args.cards:
        make_demo_cards(ctx, args.cards, seed=7)
    print(
        f"{label}: {made.cases:,} cases, {made.notices:,} notices, {made.bookings:,} bookings, "
        f"{made.follow_ups:,} follow-ups, {args.cards:,} cards in {time.perf_counter() - start:.1f} s",
        file=sys.stderr,
    )
    register_cjk_font()  # the one-time font parse (~90 ms) is start-up cost, not report cost
    rows = []
    for key in PERIODS:
        period = ReportPeriod.parse(key)
        for kind, render in (("PDF", report_pdf), ("XLSX", report_xlsx)):
            samples = timed(lambda render=render, period=period: render(build_report(ctx, period)), args.repeat)
            only_build = timed(lambda period=period: build_report(ctx, period), args.repeat)
            med = statistics.median(samples)
            rows.append(
                f"| {label} | {period.kind} {key} | {kind} | {med:.0f} | {p95(samples):.0f} | "
                f"{statistics.median(only_build):.0f} | {'ok' if med <= TARGET_MS else 'SLOW'} |"
            )
    ctx.db.dispose()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=250_000)
    parser.add_argument("--cards", type=int, default=20_000, help="demo ID cards added beside the cases")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sqlite", type=Path, default=None, help="SQLite file (default: a temporary one)")
    parser.add_argument(
        "--pg", default=os.environ.get("COUNTER_APP_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    )
    parser.add_argument("--no-pg", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("COUNTER_APP_DATA", tempfile.mkdtemp(prefix="counter-bench-"))
    path = args.sqlite or Path(tempfile.mkdtemp(prefix="counter-report-")) / "year.db"
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    rows = bench_database("SQLite", f"sqlite:///{path}", args)
    if not args.no_pg:
        with fresh_pg(args.pg) as pg_url:
            if pg_url:
                rows += bench_database("PostgreSQL", pg_url, args)
    print(f"\nDaily report over {args.cases:,} cases (median of {args.repeat}, ms; build = build_report only)\n")
    print("| database | period | format | build+render median | p95 | build median | ≤ 2 s |")
    print("|---|---|---|---:|---:|---:|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
