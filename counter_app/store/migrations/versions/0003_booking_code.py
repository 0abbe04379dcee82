"""booking confirmation code (预约确认码) for residents who book on the station's web page

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 09:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Nullable: bookings made before this revision have no code and are checked in from the day list as before.
    with op.batch_alter_table("booking", schema=None) as batch_op:
        batch_op.add_column(sa.Column("code", sa.String(length=12), nullable=True))
        batch_op.create_index(batch_op.f("ix_booking_code"), ["code"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("booking", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_booking_code"))
        batch_op.drop_column("code")
