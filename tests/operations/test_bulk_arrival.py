"""Dispatch lists written in bulk: places stay unique when two counters import at once, and a card changed by
another counter meanwhile refuses the batch."""

from __future__ import annotations

import threading
from datetime import datetime

import pytest
from sqlalchemy import select, update

from counter_app.domain.card_lifecycle import CardState
from counter_app.operations.admin.station import load_station
from counter_app.operations.cards.accept import move_card
from counter_app.operations.cards.arrivals import import_arrivals
from counter_app.operations.cards.bulk_arrival import arrive_all
from counter_app.operations.cards.common import CardError, PlaceAllocator
from counter_app.store.models import CardCase, CaseEvent
from tests.id_numbers import make_id
from tests.operations.contexts import arrived_card, clocked_context

NOW = datetime(2026, 11, 23, 10, 0)
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平"


def _dispatched(ctx, first: int, count: int) -> list[tuple[str, str, str]]:
    rows = []
    for seq in range(first, first + count):
        name = "王" + _GIVEN[seq % len(_GIVEN)] + _GIVEN[seq // len(_GIVEN) % len(_GIVEN)]
        number = arrived_card(ctx, name, seq, arrive=False)
        move_card(ctx, number, CardState.DISPATCHED)
        rows.append((number, name, make_id(seq)))
    return rows


def _csv(rows) -> bytes:
    lines = ["受理号,姓名,公民身份号码", *(",".join(r) for r in rows)]
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_two_counters_importing_at_once_get_distinct_places(db_url):
    first, second = clocked_context(db_url, NOW, workstation="窗口1"), clocked_context(db_url, NOW, workstation="窗口2")
    lists = [_dispatched(first, 1, 12), _dispatched(first, 100, 12)]
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def run(ctx, rows, name):
        try:
            barrier.wait()
            assert import_arrivals(ctx, _csv(rows), name, dry_run=False).matched == len(rows)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(ctx, rows, f"{n}.csv"))
               for n, (ctx, rows) in enumerate(zip((first, second), lists, strict=True))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with first.db.read() as session:
        places = list(session.scalars(select(CardCase.storage_place).where(CardCase.storage_place.is_not(None))))
        events = list(session.scalars(select(CaseEvent.case_id).where(CaseEvent.to_state == "arrived")))
    assert len(places) == 24 == len(set(places)) == len(events)
    for ctx in (first, second):
        ctx.db.dispose()


def test_a_card_changed_meanwhile_refuses_the_whole_batch(db_url):
    ctx = clocked_context(db_url, NOW)
    rows = _dispatched(ctx, 1, 3)
    with pytest.raises(CardError, match="其他窗口修改"), ctx.db.write() as session:
        cases = list(session.scalars(select(CardCase).where(CardCase.acceptance_no.in_([r[0] for r in rows]))))
        # Another counter's change, as seen by this transaction: the version moved on after the cases were read.
        session.execute(update(CardCase).where(CardCase.id == cases[0].id).values(version=CardCase.version + 1),
                        execution_options={"synchronize_session": False})
        arrive_all(ctx, session, [(c, "test") for c in cases], PlaceAllocator(session, load_station(ctx)))
    with ctx.db.read() as session:
        states = set(session.scalars(select(CardCase.state).where(CardCase.acceptance_no.in_([r[0] for r in rows]))))
    assert states == {CardState.DISPATCHED.value}
    ctx.db.dispose()
