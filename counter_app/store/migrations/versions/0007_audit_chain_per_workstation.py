"""audit log: one hash chain per workstation (chain_version 2), so counters stop queueing on one lock

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 13:30:00

Existing entries keep their version-1 links untouched (the column's default marks them so): adding a column with a
constant default rewrites no row, so the append-only triggers stay in place throughout.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ALTER TABLE on SQLite too: a batch rebuild would drop the table's append-only triggers.
    op.add_column("audit_entry", sa.Column("chain_version", sa.SmallInteger(), server_default="1", nullable=False))
    op.create_index("ix_audit_entry_chain", "audit_entry", ["workstation", "chain_version", "id"])


def downgrade() -> None:
    op.drop_index("ix_audit_entry_chain", table_name="audit_entry")
    # Not op.drop_column: on SQLite alembic would rebuild the table and lose its triggers; SQLite 3.35+ drops a
    # column in place.
    op.execute("ALTER TABLE audit_entry DROP COLUMN chain_version")
