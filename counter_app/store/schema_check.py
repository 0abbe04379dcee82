"""A database's schema fingerprint, compared with what the migrations themselves create at the same revision.

A restore must not bring back a database whose guard was removed: a backup whose audit triggers were dropped (and
rows forged), or a foreign file with a forged ``alembic_version``. The fingerprint lists every table, column,
index and trigger (SQLite: the stored SQL of every schema object; PostgreSQL: the catalog's own definitions,
the trigger function's body and whether each trigger is enabled). The reference is built by running the
migrations on an empty database up to the same revision, so no hand-kept list can drift from the migrations.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, create_engine, text

_SPACE = re.compile(r"\s+")

_PG_FINGERPRINT = """
SELECT 'column ' || c.table_name || '.' || c.column_name || ' ' || c.data_type || ' ' || c.is_nullable
  FROM information_schema.columns c WHERE c.table_schema = current_schema()
UNION ALL SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = current_schema()
UNION ALL SELECT 'trigger ' || pg_get_triggerdef(t.oid) || ' enabled=' || t.tgenabled::text
  FROM pg_trigger t JOIN pg_class r ON r.oid = t.tgrelid JOIN pg_namespace n ON n.oid = r.relnamespace
 WHERE NOT t.tgisinternal AND n.nspname = current_schema()
UNION ALL SELECT 'function ' || p.proname || ' ' || md5(p.prosrc)
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = current_schema()
UNION ALL SELECT 'constraint ' || conrelid::regclass::text || ' ' || pg_get_constraintdef(oid)
  FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
"""


def fingerprint(connection: Connection) -> set[str]:
    """Every schema object of the connected database as one normalised line each."""
    if connection.dialect.name == "postgresql":
        return set(connection.execute(text(_PG_FINGERPRINT)).scalars())
    rows = connection.execute(text(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND sql IS NOT NULL"
    ))
    return {f"{kind} {name} on {table}: {_SPACE.sub(' ', sql).strip()}" for kind, name, table, sql in rows}


def migrate_to(connection: Connection, revision: str) -> None:
    """Run the migrations on ``connection`` up to ``revision`` (inside the caller's transaction)."""
    from alembic import command

    from counter_app.store import migrate

    config = migrate._config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


@contextmanager
def _scratch_sqlite() -> Iterator[str]:
    with tempfile.TemporaryDirectory(prefix="counter-schema-") as folder:
        yield f"sqlite:///{Path(folder) / 'reference.db'}"


def reference_fingerprint(revision: str, scratch_url: str | None = None) -> set[str]:
    """The fingerprint of an empty database migrated to ``revision``: on a throw-away SQLite file, or on the
    empty PostgreSQL database ``scratch_url`` (the caller creates and drops it)."""
    if scratch_url is None:
        with _scratch_sqlite() as url:
            return _migrated_fingerprint(url, revision)
    return _migrated_fingerprint(scratch_url, revision)


def _migrated_fingerprint(url: str, revision: str) -> set[str]:
    engine = create_engine(url, hide_parameters=True)
    try:
        with engine.begin() as connection:
            migrate_to(connection, revision)
        with engine.connect() as connection:
            return fingerprint(connection)
    finally:
        engine.dispose()


def differences(found: set[str], expected: set[str], limit: int = 3) -> str:
    """The first few objects missing or extra, for a refusal message ("" when the schemas match)."""
    missing = sorted(expected - found)[:limit]
    extra = sorted(found - expected)[:limit]
    parts = [f"缺少 {m[:120]}" for m in missing] + [f"多出 {e[:120]}" for e in extra]
    return "；".join(parts)
