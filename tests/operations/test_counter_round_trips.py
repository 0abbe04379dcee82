"""The shape of the hot paths on PostgreSQL: how many statements an acceptance, a lookup and a hand-out send.

With eight counters on two cores each wait for the server is also a wait for the CPU (issue 15), so these counts
are what the eight-counter bench pays; the chains they write still verify.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import event

from counter_app.operations.cards.accept import accept_card
from counter_app.operations.cards.lookup import lookup
from counter_app.operations.cards.pickup import hand_out
from counter_app.store.audit_chain import verify_chain
from tests.id_numbers import make_id
from tests.operations.contexts import arrived_card, clocked_context

NOW = datetime(2026, 12, 2, 10, 0)


@pytest.fixture
def ctx(db_url):
    if not db_url.startswith("postgresql"):
        pytest.skip("the round trips counted are PostgreSQL's; SQLite is a file in the same process")
    context = clocked_context(db_url, NOW)
    yield context
    context.db.dispose()


def _statements(ctx, operation) -> list[str]:
    sent: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:
        sent.append(" ".join(statement.split()[:3]))

    event.listen(ctx.db.engine, "before_cursor_execute", record)
    try:
        operation()
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", record)
    return sent


def _accept(ctx, seq: int):
    return accept_card(ctx, service_id="id_card_renewal", name="王小伟", id_number=make_id(seq), phone="13812345678",
                       reason="renewal", fee="20", pickup_method="counter")


def test_an_acceptance_sends_four_statements_and_a_lookup_two(ctx):
    _accept(ctx, 1)  # the first entry of the counter's chain reads the chain's tip; later ones do not
    accepted = _statements(ctx, lambda: _accept(ctx, 2))
    # The settings, the day's number (a transaction of its own), the rows with the audit ids, the audit entries.
    assert len(accepted) == 4, accepted
    assert accepted[1].startswith("INSERT INTO daily_sequence") and accepted[2].startswith("WITH new_case")
    found = _statements(ctx, lambda: lookup(ctx, "王小伟"))
    assert len(found) == 2, found  # the search takes its audit entry's id; then the entry
    nothing = _statements(ctx, lambda: lookup(ctx, "赵"))
    assert len(nothing) == 3, nothing  # no row to carry the id: it is taken apart
    verdict = verify_chain(ctx.db.engine)
    assert verdict.ok and verdict.checked >= 5, verdict


def test_a_hand_out_flushes_the_case_once(ctx):
    number = arrived_card(ctx, "王小伟", 3)
    sent = _statements(ctx, lambda: hand_out(ctx, number, proxy=None, old_card_collected=True,
                                             temp_card_returned=True))
    assert sum(s.startswith("UPDATE card_case") for s in sent) == 1, sent
    assert verify_chain(ctx.db.engine).ok
