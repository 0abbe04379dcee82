"""What durability and the audit chain cost at the counter: acceptance and pickup, timed per operation.

Run: ``.venv/bin/python bench/bench_durability.py [--cards 200] [--pg postgresql+psycopg://…]``.

* SQLite: the same acceptances and pickups with ``synchronous=NORMAL`` (the old setting) and ``FULL`` (the
  app's setting now), each on a fresh file in a temporary folder on the disk the temp folder lives on.
* Audit appends: a bare audit write with the chain (advisory lock on PostgreSQL, previous entry read, hash) —
  sequential, then from 4 threads at once — on SQLite and, given ``--pg``, on PostgreSQL.

Prints a markdown table of median and p95 milliseconds per operation. Never point ``--pg`` at a production server:
it creates and drops a database of its own.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import event

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_counters import fresh_database  # noqa: E402
from counter_app.bootstrap import open_context  # noqa: E402
from counter_app.domain.card_lifecycle import CardState  # noqa: E402
from counter_app.operations.cards.accept import accept_card, move_card  # noqa: E402
from counter_app.operations.cards.pickup import hand_out  # noqa: E402
from counter_app.operations.context import Actor, AppContext  # noqa: E402
from counter_app.store.audit_chain import verify_chain  # noqa: E402
from counter_app.store.models import AuditEntry  # noqa: E402
from tests.id_numbers import make_id  # noqa: E402


def _ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"{statistics.median(ordered) * 1000:.2f} | {p95 * 1000:.2f}"


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _context(url: str, synchronous: str | None = None) -> AppContext:
    ctx = open_context(url, actor=Actor(clerk="bench", workstation="bench"))
    if synchronous:
        # Registered after the app's own pragmas, so this one wins on every new connection.
        event.listen(ctx.db.engine, "connect", lambda conn, _r: conn.execute(f"PRAGMA synchronous={synchronous}"))
        ctx.db.engine.dispose()
    ctx.clock = lambda: datetime(2026, 12, 2, 10, 0)
    return ctx


def _cards(ctx: AppContext, count: int) -> tuple[list[float], list[float]]:
    accepts, pickups, numbers = [], [], []
    for seq in range(count):
        def accept(seq: int = seq) -> None:
            numbers.append(accept_card(
                ctx, service_id="id_card_renewal", name="张三丰", id_number=make_id(seq % 999 + 1),
                phone="13812345678", reason="renewal", fee="20", pickup_method="counter").acceptance_no)
        accepts.append(_timed(accept))
    for number in numbers:
        for state in (CardState.IN_PRODUCTION, CardState.DISPATCHED, CardState.ARRIVED):
            move_card(ctx, number, state)
    for number in numbers:
        pickups.append(_timed(lambda n=number: hand_out(ctx, n, proxy=None, old_card_collected=True,
                                                          temp_card_returned=False)))
    return accepts, pickups


def _audits(ctx: AppContext, count: int, threads: int, chained: bool = True) -> list[float]:
    samples: list[float] = []
    lock = threading.Lock()

    def work() -> None:
        mine = []
        for n in range(count // threads):
            def one(n: int = n) -> None:
                with ctx.db.write() as session:
                    if chained:
                        ctx.audit(session, "bench.audit", "x", n=n)
                    else:  # the old way, for comparison: a plain insert, no lock, no hash
                        session.add(AuditEntry(at=ctx.now(), clerk="bench", workstation="bench",
                                               action="bench.audit", target="x", detail={"n": n}))
            mine.append(_timed(one))
        with lock:
            samples.extend(mine)

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return samples


def _report_audits(name: str, ctx: AppContext, count: int) -> None:
    for threads in (1, 4):
        print(f"| {name} audit append, chained, {threads} thread(s) | {_ms(_audits(ctx, count, threads))} |")
    # Verification walks every entry: its time per 1,000 entries, measured before the unchained rows below.
    started = time.perf_counter()
    verdict = verify_chain(ctx.db.engine)
    per_thousand = (time.perf_counter() - started) / max(verdict.checked, 1) * 1000
    print(f"| {name} audit verify, per 1,000 entries ({verdict.checked} checked) | {per_thousand * 1000:.1f} | - |")
    for threads in (1, 4):
        plain = _ms(_audits(ctx, count, threads, chained=False))
        print(f"| {name} audit insert without chain (old), {threads} thread(s) | {plain} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=200)
    parser.add_argument("--audits", type=int, default=400)
    parser.add_argument("--pg", help="a PostgreSQL server URL (a throw-away database is created on it)")
    args = parser.parse_args()
    print("| measurement | median ms | p95 ms |\n|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for synchronous in ("NORMAL", "FULL"):
            ctx = _context(f"sqlite:///{folder}/{synchronous}.db", synchronous)
            accepts, pickups = _cards(ctx, args.cards)
            print(f"| SQLite synchronous={synchronous}: acceptance | {_ms(accepts)} |")
            print(f"| SQLite synchronous={synchronous}: pickup | {_ms(pickups)} |")
            ctx.db.dispose()
        ctx = _context(f"sqlite:///{folder}/audit.db")
        _report_audits("SQLite", ctx, args.audits)
        ctx.db.dispose()
    if args.pg:
        with fresh_database(args.pg) as url:
            ctx = _context(url)
            accepts, pickups = _cards(ctx, args.cards)
            print(f"| PostgreSQL: acceptance | {_ms(accepts)} |")
            print(f"| PostgreSQL: pickup | {_ms(pickups)} |")
            _report_audits("PostgreSQL", ctx, args.audits)
            ctx.db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
