"""Two counters booking the last place of a slot at the same moment: exactly one wins, on SQLite and PostgreSQL.

Each counter is its own AppContext with its own engine, so the bookings run on separate connections. On
PostgreSQL the two transactions are held at a barrier right before the guarded UPDATE, after both have read the
slot and seen a free place: the hardest interleaving, the one a read-then-write check would lose. On SQLite,
BEGIN IMMEDIATE makes the second writer wait for the first before it reads anything, so holding both inside their
transactions would deadlock; there the barrier releases both calls at once instead.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from functools import partial

import pytest
from sqlalchemy import event, func, select

from counter_app.bootstrap import open_context
from counter_app.operations.appointments.booking import AppointmentError, book, create_slot, slots_for
from counter_app.operations.context import Actor, AppContext
from counter_app.store.models import Booking

NOW = dt.datetime(2026, 11, 23, 10, 0)
DAY = dt.date(2026, 11, 28)
ROUNDS = 20
_GUARDED_UPDATE = "UPDATE appointment_slot SET booked="


def _counter(db_url: str, name: str) -> AppContext:
    ctx = open_context(db_url, actor=Actor(clerk=name, workstation=name))
    ctx.clock = lambda: NOW
    return ctx


def _hold_before_update(ctx: AppContext, barrier: threading.Barrier, reached: list[str]) -> Callable[..., None]:
    """Make this counter's connection wait at ``barrier`` just before it runs the guarded UPDATE."""

    def hook(conn, cursor, statement, parameters, context, executemany) -> None:  # noqa: ANN001 - event API
        if statement.startswith(_GUARDED_UPDATE) and "booked + " in statement:
            reached.append(threading.current_thread().name)
            barrier.wait(timeout=20)

    event.listen(ctx.db.engine, "before_cursor_execute", hook)
    return hook


def _race(counters: list[AppContext], slot_id: int, start: Callable[[], object]) -> list[str]:
    """Every counter books ``slot_id`` at once; returns "ok" or the refusal reason per counter."""
    outcomes: list[str] = []
    lock = threading.Lock()

    def run(index: int, ctx: AppContext) -> None:
        start()
        try:
            book(ctx, slot_id, f"申请人{index}", f"1380000{index:04d}", "id_card_renewal")
            outcome = "ok"
        except AppointmentError as exc:
            outcome = exc.reason
        except Exception as exc:  # noqa: BLE001 - anything else is a failure the assertion must show
            outcome = f"{type(exc).__name__}: {exc}"
        with lock:
            outcomes.append(outcome)

    threads = [
        threading.Thread(target=run, args=(i, ctx), name=f"counter{i}", daemon=True) for i, ctx in enumerate(counters)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(t.is_alive() for t in threads), "a booking hung"
    return outcomes


def _bookings(ctx: AppContext, slot_id: int) -> int:
    with ctx.db.read() as session:
        return session.scalar(select(func.count()).select_from(Booking).where(Booking.slot_id == slot_id))


@pytest.mark.parametrize("counters_count", [2, 8])
def test_only_one_counter_gets_the_last_place(db_url: str, counters_count: int) -> None:
    counters = [_counter(db_url, f"窗口{i}") for i in range(counters_count)]
    admin = counters[0]
    postgres = not admin.db.is_sqlite
    try:
        for round_no in range(ROUNDS if counters_count == 2 else 3):
            start = dt.time(8 + round_no // 2, 30 * (round_no % 2))
            slot = create_slot(
                admin, DAY, start, (dt.datetime.combine(DAY, start) + dt.timedelta(minutes=30)).time(), 2
            )
            book(admin, slot.id, "先到者", "13911112222", "id_card_renewal")  # one place left

            barrier = threading.Barrier(counters_count)
            reached: list[str] = []
            if postgres:
                hooks = [_hold_before_update(ctx, barrier, reached) for ctx in counters]
                outcomes = _race(counters, slot.id, lambda: None)
                for ctx, hook in zip(counters, hooks, strict=True):
                    event.remove(ctx.db.engine, "before_cursor_execute", hook)
                assert len(reached) == counters_count, "not every counter reached the UPDATE together"
            else:
                outcomes = _race(counters, slot.id, partial(barrier.wait, timeout=20))

            assert sorted(outcomes) == ["ok"] + ["slot_full"] * (counters_count - 1), outcomes
            row = next(s for s in slots_for(admin, DAY) if s.id == slot.id)
            assert (row.booked, row.capacity) == (2, 2)
            assert _bookings(admin, slot.id) == 2
    finally:
        for ctx in counters:
            ctx.db.dispose()
