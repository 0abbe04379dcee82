"""audit log: hash chain column (back-filled), SQLite INSERT OR REPLACE refused; old entries' numbers masked

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 10:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from counter_app.domain.masking import mask_detail, mask_numbers_in_text
from counter_app.store.audit_chain import GENESIS, canonical, chain_hash

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# REPLACE deletes the old row without firing a DELETE trigger unless recursive_triggers is on (the app turns it
# on for its connections; this trigger holds for any connection, the sqlite3 shell included).
_SQLITE_NO_REPLACE = """CREATE TRIGGER audit_entry_no_replace BEFORE INSERT ON audit_entry
WHEN EXISTS (SELECT 1 FROM audit_entry WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END"""
_SQLITE_NO_UPDATE = """CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END"""
_SQLITE_NO_DELETE = """CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END"""


def _back_fill(bind: sa.Connection) -> None:
    """Hash every existing entry in id order. Entries written before lookups were masked may hold a full ID
    number or mobile: they are masked now, once, by the owner, before the chain seals them."""
    table = sa.table(
        "audit_entry", sa.column("id", sa.Integer), sa.column("at", sa.DateTime), sa.column("clerk", sa.String),
        sa.column("workstation", sa.String), sa.column("action", sa.String), sa.column("target", sa.String),
        sa.column("detail", sa.JSON), sa.column("chain_hash", sa.String),
    )
    previous = GENESIS
    rows = bind.execute(sa.select(table).order_by(table.c.id)).all()
    updates = []
    for row in rows:
        target = mask_numbers_in_text(row.target or "")[:100]
        detail = mask_detail(row.detail if row.detail is not None else {})
        previous = chain_hash(previous, canonical(row.id, row.at, row.clerk, row.workstation, row.action, target,
                                                  detail))
        updates.append({"b_id": row.id, "target": target, "detail": detail, "chain_hash": previous})
    if updates:
        bind.execute(
            table.update().where(table.c.id == sa.bindparam("b_id")).values(
                target=sa.bindparam("target"), detail=sa.bindparam("detail"), chain_hash=sa.bindparam("chain_hash")
            ),
            updates,
        )


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column("audit_entry", sa.Column("chain_hash", sa.String(length=64), nullable=True))
    if bind.dialect.name == "postgresql":
        op.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only")
        _back_fill(bind)
        op.execute("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
        _back_fill(bind)
        op.execute(_SQLITE_NO_UPDATE)
        op.execute(_SQLITE_NO_REPLACE)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_column("audit_entry", "chain_hash")
        return
    op.execute("DROP TRIGGER IF EXISTS audit_entry_no_replace")
    op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
    op.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
    with op.batch_alter_table("audit_entry") as batch_op:  # SQLite rebuilds the table: its triggers go with it
        batch_op.drop_column("chain_hash")
    op.execute(_SQLITE_NO_UPDATE)
    op.execute(_SQLITE_NO_DELETE)
