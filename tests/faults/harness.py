"""Shared machinery of the SIGKILL tests: a prepared database, the driver under a kill loop, integrity checks.

The kill point is chosen by progress, not by wall time, so that a fast and a slow machine both see kills in
the middle of the work: each run is killed after a seeded random number of acknowledgements plus a seeded
random fraction (0–1.5×) of the operation time measured so far, i.e. inside an operation or between two.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from counter_app.bootstrap import open_context
from counter_app.demo.cards import make_demo_cards
from counter_app.operations.context import Actor, AppContext

ROOT = Path(__file__).resolve().parents[2]
DRIVER = [sys.executable, "-m", "tests.faults.driver"]
LINE_TIMEOUT = 30.0  # seconds without a line from the driver before the test gives up (a hung lock)


def prepare(db_url: str, records: int, seed: int) -> AppContext:
    """A migrated database holding ``records`` demo cards in every state."""
    ctx = open_context(db_url, actor=Actor(clerk="准备", workstation="测试"))
    make_demo_cards(ctx, records, seed=seed)
    return ctx


def one_snapshot(session: Session) -> None:
    """Make every read of ``session`` (before its first) see the database at one moment. A killed run's COMMIT that
    had reached PostgreSQL still lands after the run is reaped (its server process finishes the command before it
    notices the client is gone), so a check reading in several snapshots could see half of it: the import batch not
    yet, its cards already. On SQLite the session's transaction is one snapshot already, and a reaped run is done.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})


def sqlite_problems(db_url: str) -> list[str]:
    """``PRAGMA integrity_check`` and ``foreign_key_check`` findings of a SQLite file; [] when healthy."""
    path = db_url.removeprefix("sqlite:///")
    with closing(sqlite3.connect(path)) as conn, conn:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
        problems += [f"foreign key: {row}" for row in conn.execute("PRAGMA foreign_key_check")]
    return problems


@dataclass
class RunOutcome:
    acks: list[str] = field(default_factory=list)  # the words after "ACK <workload>"
    killed: bool = False
    done: bool = False


class KillLoop:
    """Runs the driver's server and kills its forked runs; use as a context manager."""

    def __init__(self, db_url: str, workload: str, target: Path, seed: int) -> None:
        self.db_url, self.workload, self.target = db_url, workload, target
        self.rng = random.Random(seed)
        self.op_seconds = 0.02  # refined from the gaps between acknowledgements
        self.proc = subprocess.Popen(
            [*DRIVER, "--db", db_url, "serve"],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            bufsize=1,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()
        self._expect("SERVING")

    def __enter__(self) -> KillLoop:
        return self

    def __exit__(self, *exc: object) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put("")

    def _next(self) -> str:
        try:
            line = self.lines.get(timeout=LINE_TIMEOUT)
        except queue.Empty:
            raise AssertionError(f"driver silent for {LINE_TIMEOUT} s") from None
        if line == "":
            raise AssertionError(f"driver server ended unexpectedly (exit {self.proc.wait()})")
        return line

    def _expect(self, word: str) -> str:
        line = self._next()
        assert line.startswith(word), f"expected {word}, driver said {line!r}"
        return line

    def _send(self, command: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()

    def _record(self, line: str, outcome: RunOutcome) -> None:
        prefix = f"ACK {self.workload} "
        if line.startswith(prefix):
            outcome.acks.append(line.removeprefix(prefix))
        elif line == "DONE":
            outcome.done = True

    def kill_once(self, remaining: int, kills_left: int) -> RunOutcome:
        """One forked run killed after a random share of the ``remaining`` operations."""
        self._send(f"run {self.workload} {self.target}")
        pid = int(self._expect("CHILD").split()[1])
        self._expect("READY")
        outcome = RunOutcome()
        after = self.rng.randint(0, max(0, 2 * remaining // (kills_left + 1)))
        delay = self.rng.uniform(0, 1.5)
        last = time.perf_counter()
        while len(outcome.acks) < after and not outcome.done:
            self._record(self._next(), outcome)
            now = time.perf_counter()
            self.op_seconds = 0.8 * self.op_seconds + 0.2 * (now - last)
            last = now
        if not outcome.done:
            time.sleep(delay * self.op_seconds)
            os.kill(pid, signal.SIGKILL)  # the child is at worst a zombie until "reap": never a recycled pid
            outcome.killed = True
        self._send("reap")
        while not (line := self._next()).startswith("EXIT"):
            self._record(line, outcome)
        code = int(line.split()[1])
        if outcome.done and not outcome.killed:
            assert code == 0, f"driver run failed with exit {code}"
        else:
            # A run may finish between the last line read and the signal (it then says DONE while reaped, and its
            # exit is 0 or the signal's, depending on whether it had exited); anything else is a crash.
            assert code in (-signal.SIGKILL, 0), f"driver run failed with exit {code}"
        return outcome


def final_run(db_url: str, workload: str, target: Path) -> RunOutcome:
    """The last run in a freshly started process, left to finish: it must pick up where the kills left off."""
    done = subprocess.run(
        [*DRIVER, "--db", db_url, "run", workload, str(target)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    outcome = RunOutcome(done=done.stdout.splitlines()[-1:] == ["DONE"])
    prefix = f"ACK {workload} "
    outcome.acks = [line.removeprefix(prefix) for line in done.stdout.splitlines() if line.startswith(prefix)]
    return outcome


def kill_repeatedly(
    loop: KillLoop, kills: int, remaining: Callable[[], int], check: Callable[[set[str]], None]
) -> tuple[set[str], int]:
    """Kill ``kills`` runs (fewer if the work runs out), checking the database after each; returns the
    acknowledged items and the number of runs actually killed."""
    acked: set[str] = set()
    killed = 0
    for n in range(kills):
        left = remaining()
        if left == 0:
            break
        outcome = loop.kill_once(left, kills - n)
        acked.update(outcome.acks)
        killed += outcome.killed
        check(acked)
    return acked, killed
