"""Noticing changes made at other counters: the newest audit entry of an action that changed data.

Every change writes an audit entry in its own transaction, so the newest such entry is a cheap, exact marker
for "something changed since I last looked". Reads (lookups, views, prints, exports, logins) write audit rows
too but must not count: a page that refreshes on a change and audits its own search would otherwise make two
counters refresh each other forever.

The newest id alone is not enough on PostgreSQL: ids are handed out when a row is inserted, not when its
transaction commits, so a transaction that commits late shows up *below* an id already seen and a "newest id"
watermark skips it for good. The marker therefore also counts the change entries among the last ``WINDOW`` ids
below the newest: a late commit inside that window changes the count even when the newest id stays the same.
A transaction cannot stay open long enough for ``WINDOW`` later entries to pass it (statement and
idle-in-transaction timeouts, store/database.py), so every commit is noticed. SQLite serialises writers, so
there ids are commit-ordered anyway.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, not_, or_, select

from counter_app.operations.context import AppContext
from counter_app.store.models import AuditEntry

READ_ACTIONS = (
    "card.lookup", "card.open", "card.unmask", "notice.search", "audit.view", "report", "export", "notice.sms_export",
    "login", "login.failed", "login.locked", "unlock", "unlock.failed",
)
READ_PREFIXES = ("print.", "backup.")
WINDOW = 20_000  # audit ids re-checked below the newest change: far more than can commit while one is open


@dataclass(frozen=True, order=True)
class ChangeMarker:
    """What a counter remembers of the change log; any difference means "something changed, refresh"."""

    newest: int = 0  # id of the newest change entry
    recent: int = 0  # change entries with an id in (newest - WINDOW, newest]


def change_marker(ctx: AppContext) -> ChangeMarker:
    """The newest change entry and the number of changes just below it (both 0 when there is none)."""
    changes = not_(
        or_(AuditEntry.action.in_(READ_ACTIONS), *(AuditEntry.action.like(f"{p}%") for p in READ_PREFIXES))
    )
    # Walks back from the newest row and stops at the first change: reads since then are few.
    newest_statement = select(AuditEntry.id).where(changes).order_by(AuditEntry.id.desc()).limit(1)
    with ctx.db.read() as session:
        newest = session.scalar(newest_statement) or 0
        recent = session.scalar(
            select(func.count()).select_from(AuditEntry).where(changes, AuditEntry.id > newest - WINDOW)
        )
        return ChangeMarker(newest, int(recent or 0))
