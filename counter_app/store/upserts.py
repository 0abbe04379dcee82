"""The INSERT with ``ON CONFLICT`` of the session's database (SQLite ≥ 3.24 and PostgreSQL spell it alike).

The dialect's module is imported when a statement needs it: a SQLite counter never loads SQLAlchemy's PostgreSQL
dialect, which was ≈ 4 % of the window's start-up (146 M instructions).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session


def dialect_insert(session: Session, table: Any) -> Any:
    """``insert(table)`` of the session's dialect, which has ``on_conflict_do_update`` / ``_do_nothing``."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table)
