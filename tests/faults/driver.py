"""The program the SIGKILL fault tests kill: real operations on a real database, one acknowledgement per commit.

Run from the repository root::

    python -m tests.faults.driver --db URL run import MANIFEST_DIR    # import every manifest not imported yet
    python -m tests.faults.driver --db URL run pickups NUMBERS_FILE   # hand out every listed card still waiting
    python -m tests.faults.driver --db URL serve                      # fork one such run per stdin command

Every line goes to stdout, flushed at once: ``READY`` once the database is open, ``ACK import FILE MATCHED`` or
``ACK pickups ACCEPTANCE_NO`` only after the operation's transaction has committed, ``DONE`` at the end. An ACK
is exactly what the clerk would have seen on the screen, so the tests demand that every ACK survives a kill.

``serve`` exists because starting Python with SQLAlchemy, Alembic and the catalog costs about a second, and
fifty kills must fit in well under a minute: the server imports everything once, then forks a fresh child per
run (``CHILD pid``); the child opens its own engine, so nothing database-related crosses the fork. The child
stays a zombie until the test sends ``reap`` (so the pid it kills can never be a recycled one); the server then
prints ``EXIT status``. The test's last run is a plain ``run`` in a freshly started process.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import traceback
from pathlib import Path

from sqlalchemy import select

from counter_app.bootstrap import open_context
from counter_app.domain.card_lifecycle import CardState
from counter_app.operations.cards.arrivals import import_arrivals
from counter_app.operations.cards.common import CardError
from counter_app.operations.cards.pickup import hand_out
from counter_app.operations.context import Actor, AppContext
from counter_app.store.models import CardCase, ImportBatch
from tests.id_numbers import make_id

PROXY = {"name": "王建国", "relation": "父子", "id_number": make_id(901)}


def say(line: str) -> None:
    # One write(2) per line: a pipe takes writes under PIPE_BUF whole, so a kill never leaves half a line
    # (print() may split the text and its newline, and the server's next line would glue onto it).
    os.write(sys.stdout.fileno(), (line + "\n").encode())


def run_imports(ctx: AppContext, folder: Path) -> None:
    """Import the manifests in name order; a file already committed (same SHA-256) is not imported again."""
    for path in sorted(folder.glob("*.csv")):
        data = path.read_bytes()
        with ctx.db.read() as session:
            done = session.scalars(
                select(ImportBatch.id).where(ImportBatch.sha256 == hashlib.sha256(data).hexdigest())
            ).first()
        if done is not None:
            continue
        # Each list carries one unknown row: accepted partially, it becomes a follow-up in the same transaction.
        report = import_arrivals(ctx, data, path.name, dry_run=False, accept_partial=True)
        say(f"ACK import {path.name} {report.matched}")


def run_pickups(ctx: AppContext, numbers_file: Path) -> None:
    """Hand out the listed cards that are still waiting; every third one is collected by a relative."""
    numbers = numbers_file.read_text(encoding="utf-8").split()
    with ctx.db.read() as session:
        waiting = set(
            session.scalars(
                select(CardCase.acceptance_no).where(
                    CardCase.acceptance_no.in_(numbers), CardCase.state == CardState.ARRIVED.value
                )
            )
        )
    for index, number in enumerate(numbers):
        if number not in waiting:
            continue
        try:
            hand_out(
                ctx, number, proxy=PROXY if index % 3 == 0 else None, old_card_collected=True, temp_card_returned=True
            )
        except CardError as exc:
            say(f"REFUSED pickups {number} {exc.reason}")
            continue
        say(f"ACK pickups {number}")


def run(db_url: str, workload: str, target: Path) -> None:
    ctx = open_context(db_url, actor=Actor(clerk="故障测试", workstation=f"pid{os.getpid()}"))
    say("READY")
    if workload == "import":
        run_imports(ctx, target)
    else:
        run_pickups(ctx, target)
    ctx.db.dispose()
    say("DONE")


def serve(db_url: str) -> None:
    say("SERVING")
    child = 0
    for line in sys.stdin:
        words = line.split()
        if words[:1] == ["run"] and len(words) == 3:
            child = os.fork()
            if child == 0:
                code = 0
                try:
                    run(db_url, words[1], Path(words[2]))
                except BaseException:  # noqa: BLE001 - the child must never return into the server's loop
                    traceback.print_exc()
                    code = 1
                finally:
                    sys.stderr.flush()
                    os._exit(code)
            say(f"CHILD {child}")
        elif words == ["reap"] and child:
            _, status = os.waitpid(child, 0)
            child = 0
            say(f"EXIT {os.waitstatus_to_exitcode(status)}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    sub = parser.add_subparsers(dest="mode", required=True)
    once = sub.add_parser("run")
    once.add_argument("workload", choices=("import", "pickups"))
    once.add_argument("target", type=Path)
    sub.add_parser("serve")
    args = parser.parse_args(argv)
    if args.mode == "serve":
        serve(args.db)
    else:
        run(args.db, args.workload, args.target)


if __name__ == "__main__":
    main()
