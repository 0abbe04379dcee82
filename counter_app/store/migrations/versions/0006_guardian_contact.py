"""card_case.guardian_contact: the guardian check recorded when a 16–17-year-old applies alone

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 10:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Nullable: adults (and cases accepted before this revision) have nothing to record.
    with op.batch_alter_table("card_case", schema=None) as batch_op:
        batch_op.add_column(sa.Column("guardian_contact", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("card_case", schema=None) as batch_op:
        batch_op.drop_column("guardian_contact")
