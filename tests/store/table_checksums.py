"""Row counts and a content checksum per table: what a backup → wipe → restore round trip must give back."""

from __future__ import annotations

import hashlib

from sqlalchemy import Engine, MetaData, select


def table_checksums(engine: Engine) -> dict[str, tuple[int, str]]:
    """``{table: (rows, sha256 of every row in primary-key order)}`` for every table, alembic_version included."""
    metadata = MetaData()
    metadata.reflect(engine)
    result: dict[str, tuple[int, str]] = {}
    with engine.connect() as connection:
        for table in metadata.sorted_tables:
            order = list(table.primary_key.columns) or list(table.columns)
            digest = hashlib.sha256()
            count = 0
            for row in connection.execute(select(table).order_by(*order)):
                digest.update(repr(tuple(row)).encode())
                count += 1
            result[table.name] = (count, digest.hexdigest())
    return result
