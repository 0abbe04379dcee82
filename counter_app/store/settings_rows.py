"""Station-wide settings rows: one JSON value per key, read and replaced inside the caller's transaction.

Each settings model (station, office hours, routine, …) validates its own value and words its own errors; this
module only knows how a value is kept, so that every "save" is the same upsert.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from counter_app.store.models import Setting


def setting_value(session: Session, key: str) -> dict[str, Any]:
    """The stored value of ``key``, or an empty dict (the model's defaults) when it was never saved."""
    row = session.get(Setting, key)
    return dict(row.value) if row else {}


def store_setting(session: Session, key: str, value: dict[str, Any]) -> dict[str, Any]:
    """Replace the value of ``key``; returns the previous value ({} if none) for the audit entry."""
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
        return {}
    before = dict(row.value)
    row.value = value
    return before
