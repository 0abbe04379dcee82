"""Daily sequence numbers that never collide, even with several counters on one database.

One atomic upsert bumps the counter row and returns the new value (SQLite ≥ 3.35 and PostgreSQL both support
``INSERT … ON CONFLICT DO UPDATE … RETURNING``); the unique constraint on the numbered rows is the last guard.
"""

from __future__ import annotations

from datetime import date

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
