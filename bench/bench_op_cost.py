"""What one counter operation costs on PostgreSQL: client CPU, server CPU, statements, round trips' worth.

Run: ``.venv/bin/python bench/bench_op_cost.py [--repeat 300] [--records 20000] [--instructions] [--profile OP]``.

The eight-counter bench (``bench_counters.py``) is closed-loop on two cores, so its latencies are roughly the CPU
each operation costs (the counter's process and its PostgreSQL backend) times the contention, plus the waits for
locks. This bench measures that cost alone, one counter, with the same operations and query strings as the
eight-counter bench: per operation the median client CPU (``time.process_time``), the mean CPU of its backend
(``/proc/<pid>/stat``; the server must be local), the SQL statements sent (``before_cursor_execute``; commits
apart) and the transactions begun, each a connection check-out with its ping and a BEGIN.

``--instructions`` counts the client's instructions per operation under callgrind instead (each operation in its
own child process, instrumentation switched on after 20 warm-up operations): the figure that stays put on a
shared machine. ``--profile OP`` prints a cProfile (CPU time) of that operation's loop. The database is dropped
at the end.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import event, text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_counters import DEFAULT_PG, Setup, fresh_database, prepare  # noqa: E402
from counter_app.bootstrap import open_context  # noqa: E402
from counter_app.operations.context import Actor, AppContext  # noqa: E402

OPERATIONS = ("accept", "lookup", "pickup")
WARM_UP = 20
_TICKS = os.sysconf("SC_CLK_TCK")


class Counts:
    def __init__(self) -> None:
        self.statements = 0
        self.commits = 0
        self.begins = 0


def _backend_cpu(pid: int) -> float:
    """Seconds of CPU the backend ``pid`` used so far (utime + stime)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICKS


def operations(ctx: AppContext, setup: Setup, shelf_from: int = 0) -> dict[str, Callable[[], object]]:
    """The eight-counter bench's operations, with its arguments."""
    from counter_app.demo.seed import synthetic_person
    from counter_app.operations.cards.accept import accept_card
    from counter_app.operations.cards.lookup import lookup
    from counter_app.operations.cards.pickup import hand_out

    rng = random.Random(11)
    shelf = iter(setup.shelf[shelf_from:])

    def accept() -> object:
        name, id_number, phone = synthetic_person(rng, ctx.now().date())
        return accept_card(ctx, service_id="id_card_first", name=name, id_number=id_number, phone=phone,
                           reason="first", fee="0", pickup_method="counter", guardian_contact="已电话联系监护人")

    def find() -> object:
        return lookup(ctx, rng.choice(setup.queries))

    def pickup() -> object:
        return hand_out(ctx, next(shelf), proxy=None, old_card_collected=True, temp_card_returned=True)

    return {"accept": accept, "lookup": find, "pickup": pickup}


def measure_cpu(ctx: AppContext, setup: Setup, repeat: int, profile: str | None) -> list[tuple]:
    counts = Counts()

    def statement(*_args: object) -> None:
        counts.statements += 1

    def commit(*_args: object) -> None:
        counts.commits += 1

    def begin(*_args: object) -> None:
        counts.begins += 1

    # Operations run one after another, so the pool hands out its one connection every time: one backend.
    ctx.db.engine.pool.dispose()
    with ctx.db.engine.connect() as conn:
        pid = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
    event.listen(ctx.db.engine, "before_cursor_execute", statement)
    event.listen(ctx.db.engine, "commit", commit)
    event.listen(ctx.db.engine, "begin", begin)
    rows = []
    for name, run in operations(ctx, setup).items():
        for _ in range(WARM_UP):
            run()
        if profile == name:
            profiler = cProfile.Profile(time.process_time)  # CPU, not the waits for the server
            profiler.enable()
            for _ in range(repeat):
                run()
            profiler.disable()
            stats = pstats.Stats(profiler).sort_stats(os.environ.get("BENCH_SORT", "cumulative"))
            stats.print_stats(os.environ.get("BENCH_FILTER", ""), 60)
            continue
        client, server = [], []
        counts.statements = counts.commits = counts.begins = 0
        wall = time.perf_counter()
        for _ in range(repeat):
            c0, s0 = time.process_time(), _backend_cpu(pid)
            run()
            client.append((time.process_time() - c0) * 1000)
            server.append((_backend_cpu(pid) - s0) * 1000)
        wall = (time.perf_counter() - wall) * 1000 / repeat
        rows.append((name, f"{statistics.median(client):.2f}", f"{statistics.mean(server):.2f}",
                     f"{counts.statements / repeat:.1f}", f"{counts.begins / repeat:.1f}",
                     f"{counts.commits / repeat:.1f}", f"{wall:.2f}"))
    return rows


def count_instructions(url: str, setup: Setup, repeat: int) -> list[tuple]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        setup_file = Path(tmp) / "setup.json"
        setup_file.write_text(json.dumps({"shelf": setup.shelf, "queries": setup.queries}), encoding="utf-8")
        for offset, name in enumerate(OPERATIONS):
            cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={tmp}/out",
                   sys.executable, __file__, "--child", name, "--url", url, "--setup-file", str(setup_file),
                   "--repeat", str(repeat), "--shelf-from", str(offset * (repeat + WARM_UP))]
            run = subprocess.run(cmd, capture_output=True, text=True, check=True)
            found = re.search(r"Collected : (\d+)", run.stderr)
            if found is None:
                raise SystemExit(f"callgrind printed no count:\n{run.stderr[-2000:]}")
            rows.append((name, f"{int(found.group(1)) / repeat / 1e6:.2f}"))
    return rows


def child(args: argparse.Namespace) -> None:
    """One operation's loop under callgrind, instrumented after the warm-up."""
    data = json.loads(Path(args.setup_file).read_text(encoding="utf-8"))
    setup = Setup(args.url, data["shelf"], [], data["queries"])
    ctx = open_context(args.url, actor=Actor(clerk="柜员1", workstation="窗口1"))
    run = operations(ctx, setup, args.shelf_from)[args.child]
    for _ in range(WARM_UP):
        run()
    subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], capture_output=True, check=True)
    for _ in range(args.repeat):
        run()
    subprocess.run(["callgrind_control", "-i", "off", str(os.getpid())], capture_output=True, check=True)
    ctx.db.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=300)
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--instructions", action="store_true", help="count client instructions under callgrind")
    parser.add_argument("--profile", choices=OPERATIONS)
    parser.add_argument("--prefix", default="op_cost", help="name prefix of the database made for the run")
    parser.add_argument("--child", choices=OPERATIONS, help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--setup-file", help=argparse.SUPPRESS)
    parser.add_argument("--shelf-from", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("COUNTER_APP_DATA", tempfile.mkdtemp(prefix="counter-bench-"))
    if args.child:
        child(args)
        return 0
    with fresh_database(os.environ.get("COUNTER_APP_TEST_PG", DEFAULT_PG), args.prefix) as url:
        setup = prepare(url, args.records, 0, 7)
        if args.instructions:
            rows = count_instructions(url, setup, args.repeat)
            header = ("operation", "client instructions per operation (M)")
        else:
            ctx = open_context(url, actor=Actor(clerk="柜员1", workstation="窗口1"))
            rows = measure_cpu(ctx, setup, args.repeat, args.profile)
            ctx.db.dispose()
            header = ("operation", "client CPU median ms", "server CPU mean ms", "statements", "transactions",
                      "commits", "wall mean ms")
    print(f"{args.repeat} operations each, one counter, load average {os.getloadavg()[0]:.2f}\n")
    print("| " + " | ".join(header) + " |")
    print("|---|" + "---:|" * (len(header) - 1))
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
