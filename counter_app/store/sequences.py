"""Daily sequence numbers that never collide, even with several counters on one database.

One atomic upsert bumps the counter row and returns the new value (SQLite ≥ 3.35 and PostgreSQL both support
``INSERT … ON CONFLICT DO UPDATE … RETURNING``); the unique constraint on the numbered rows is the last guard.

The row stays locked until the transaction that bumped it ends, so every counter numbering the same day queues
behind that transaction. Where the number is taken decides how long the queue is held:

- :func:`next_in_sequence` takes it inside the caller's transaction — held to that transaction's commit.
- :func:`take_ahead` takes it on PostgreSQL in a statement that is its own transaction, committed before the
  numbered row is written: the lock is held for the upsert alone. A numbered transaction that then fails leaves a
  gap in the day's numbers (GA 214.4 fixes the format and a daily sequence from 00001, not that no number is
  skipped), never a duplicate.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from counter_app.store.models import DailySequence
from counter_app.store.upserts import dialect_insert


def next_in_sequence(session: Session, prefix: str, day: date) -> int:
    table = DailySequence.__table__
    statement = (
        dialect_insert(session, table)
        .values(prefix=prefix, day=day, last=1)
        .on_conflict_do_update(index_elements=["prefix", "day"], set_={"last": table.c.last + 1})
        .returning(table.c.last)
    )
    return int(session.execute(statement).scalar_one())


def take_ahead(connection: Connection, prefix: str, day: date) -> int | None:
    """The next number, taken by one statement that commits on its own (``connection`` is a
    ``Database.autocommit()`` one) — on PostgreSQL; None on SQLite, whose caller takes its number with
    :func:`next_in_sequence` inside the numbered transaction.

    PostgreSQL: eight counters accepting at once queued for the day's row through the whole acceptance and its
    commit's disk flush (issue 15); taken ahead, they queue for the upsert alone, the row lock never waiting for a
    counter's next round trip. This commit does not wait for its own flush (``synchronous_commit`` off, for this
    statement only): the numbered transaction's durable commit comes later in the same write-ahead log, whose
    flush covers this one too, so a crash either keeps both or loses a number no committed row holds — a gap,
    never a duplicate.

    SQLite: every write transaction holds the whole database's lock anyway, so taking the number ahead would save
    no wait and cost a second commit.
    """
    if connection.dialect.name != "postgresql":
        return None
    return int(connection.execute(_PG_TAKE_AHEAD, {"prefix": prefix, "day": day}).scalar_one())


# next_in_sequence's upsert, switching synchronous_commit off for its own transaction on the way (set_config with
# is_local true is SET LOCAL): the single statement is that transaction.
_PG_TAKE_AHEAD = text(
    "INSERT INTO daily_sequence (prefix, day, last)"
    " SELECT :prefix, :day, 1 FROM (SELECT set_config('synchronous_commit', 'off', true)) AS no_flush_wait"
    " ON CONFLICT (prefix, day) DO UPDATE SET last = daily_sequence.last + 1 RETURNING last"
)
