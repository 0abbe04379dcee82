"""Station-wide settings rows: one JSON value per key, read and replaced inside the caller's transaction.

Each settings model (station, office hours, routine, …) validates its own value and words its own errors; this
module only knows how a value is kept, so that every "save" is the same upsert.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.orm import Session

from counter_app.store.models import Setting


def setting_value(session: Session, key: str) -> dict[str, Any]:
    """The stored value of ``key``, or an empty dict (the model's defaults) when it was never saved."""
    row = session.get(Setting, key)
    return dict(row.value) if row else {}


def setting_values(session: Session | Connection, keys: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    """The stored values of ``keys`` in one statement; a key never saved is missing from the result. A plain read
    of the table: a value stored in this session and not yet flushed is not seen."""
    return {key: dict(value) for key, value in session.execute(_VALUES_OF, {"keys": list(keys)})}


_table = Setting.__table__
_VALUES_OF = select(_table.c.key, _table.c.value).where(_table.c.key.in_(bindparam("keys", expanding=True)))


def store_setting(session: Session, key: str, value: dict[str, Any]) -> dict[str, Any]:
    """Replace the value of ``key``; returns the previous value ({} if none) for the audit entry."""
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
        return {}
    before = dict(row.value)
    row.value = value
    return before
