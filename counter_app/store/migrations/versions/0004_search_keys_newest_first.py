"""search keys as exact keys ordered newest first (key, accepted_at, case_id)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 09:55:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from counter_app.domain.search_keys import search_keys

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 5_000


def _rebuild(with_accepted_at: bool) -> None:
    """Replace search_key by a table of the new (or old) shape filled from the cases' names."""
    columns = [sa.Column("key", sa.String(length=60), nullable=False)]
    if with_accepted_at:
        columns.append(sa.Column("accepted_at", sa.DateTime(), nullable=False))
    columns.append(sa.Column("case_id", sa.Integer(), nullable=False))
    pk = ["key", "accepted_at", "case_id"] if with_accepted_at else ["key", "case_id"]
    op.drop_index("ix_search_key_case_id", table_name="search_key")
    op.drop_table("search_key")
    table = op.create_table(
        "search_key",
        *columns,
        sa.ForeignKeyConstraint(["case_id"], ["card_case.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint(*pk),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_search_key_case_id", "search_key", ["case_id"], unique=False)
    bind = op.get_bind()
    page = sa.text("SELECT id, name, accepted_at FROM card_case WHERE id > :last ORDER BY id LIMIT :size").columns(
        id=sa.Integer, name=sa.String, accepted_at=sa.DateTime
    )
    keys_of: dict[str, set[str]] = {}
    rows: list[dict] = []
    last = 0
    while cases := bind.execute(page, {"last": last, "size": _BATCH}).all():
        last = cases[-1][0]
        _add_rows(cases, keys_of, rows, with_accepted_at)
        if rows:
            bind.execute(table.insert(), rows)
        rows.clear()


def _add_rows(cases: list, keys_of: dict[str, set[str]], rows: list[dict], with_accepted_at: bool) -> None:
    for case_id, name, accepted_at in cases:
        if name not in keys_of:
            keys_of[name] = search_keys(name) if with_accepted_at else _old_keys(name)
        for key in keys_of[name]:
            row = {"key": key, "case_id": case_id}
            if with_accepted_at:
                row["accepted_at"] = accepted_at
            rows.append(row)


def _old_keys(name: str) -> set[str]:
    from counter_app.domain.pinyin_keys import name_keys

    folded = name.strip().lower()
    keys = {f"n:{folded[i:]}" for i in range(len(folded))}
    readings = name_keys(name.strip())
    keys.update(f"p:{k.lower()}" for k in readings.full if k)
    keys.update(f"i:{k.lower()}" for k in readings.initials if k)
    return {k[:60] for k in keys}


def upgrade() -> None:
    _rebuild(with_accepted_at=True)


def downgrade() -> None:
    _rebuild(with_accepted_at=False)
