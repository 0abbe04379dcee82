"""Noticing changes made at other counters: the newest audit entry of an action that changed data.

Every change writes an audit entry in its own transaction, so the newest such entry is a cheap, exact marker
for "something changed since I last looked". Reads (lookups, views, prints, exports, logins) write audit rows
too but must not count: a page that refreshes on a change and audits its own search would otherwise make two
counters refresh each other forever.
"""

from __future__ import annotations

from sqlalchemy import not_, or_, select

from counter_app.operations.context import AppContext
from counter_app.store.models import AuditEntry

READ_ACTIONS = (
    "card.lookup", "card.open", "card.unmask", "notice.search", "audit.view", "report", "export", "notice.sms_export",
    "login", "login.failed", "login.locked", "unlock", "unlock.failed",
)
READ_PREFIXES = ("print.", "backup.")


def change_marker(ctx: AppContext) -> int:
    """Id of the newest audit entry that records a change (0 when there is none)."""
    reads = or_(AuditEntry.action.in_(READ_ACTIONS), *(AuditEntry.action.like(f"{p}%") for p in READ_PREFIXES))
    # Walks back from the newest row and stops at the first change: reads since then are few.
    statement = select(AuditEntry.id).where(not_(reads)).order_by(AuditEntry.id.desc()).limit(1)
    with ctx.db.read() as session:
        return session.scalar(statement) or 0
