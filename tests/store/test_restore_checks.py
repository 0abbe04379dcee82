"""A restore checks everything before it replaces anything: a backup whose triggers were dropped, whose audit rows
were forged, or a foreign file with a forged schema version is refused, the live database is left as it was and no
staging copy stays behind; an honest backup goes live together with its own ``backup.restore`` entry."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from counter_app.bootstrap import open_context
from counter_app.demo.cards import make_demo_cards
from counter_app.operations.context import Actor, write_audit
from counter_app.store import migrate
from counter_app.store.audit_chain import verify_chain
from counter_app.store.backup import BackupError, backup_sqlite, restore_sqlite
from counter_app.store.backup_pg import backup_pg, restore_pg
from counter_app.store.database import Database
from counter_app.store.models import AuditEntry
from tests.databases import fresh_pg_database

RESTORER = Actor(clerk="cli:root", workstation="服务器", role="supervisor")


def _on_live(session) -> None:
    from datetime import datetime

    write_audit(session, RESTORER, datetime(2026, 12, 2, 10, 0), "backup.restore", "test")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def live(tmp_path):
    ctx = open_context(f"sqlite:///{tmp_path / 'counter.db'}")
    make_demo_cards(ctx, 20)
    ctx.db.dispose()
    return Database(f"sqlite:///{tmp_path / 'counter.db'}")


def _forge_sqlite(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path)) as connection, connection:
        for statement in statements:
            connection.execute(statement)
    connection.close()


_DROP = ("DROP TRIGGER audit_entry_no_update", "DROP TRIGGER audit_entry_no_delete")
_FORGE = "UPDATE audit_entry SET clerk = '王警官' WHERE id = (SELECT max(id) FROM audit_entry)"
_RESTORE_GUARD = ("CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
                  "BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END",
                  "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
                  "BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END")


@pytest.mark.parametrize(("forgery", "reason"), [
    ((*_DROP, _FORGE), "schema_mismatch"),  # triggers gone, a row forged
    ((*_DROP, _FORGE, *_RESTORE_GUARD), "audit_chain"),  # the guard put back after the forgery
    ((*_DROP, "CREATE TABLE evil (x)"), "schema_mismatch"),
])
def test_a_tampered_sqlite_backup_is_refused_before_anything_is_replaced(live, tmp_path, forgery, reason):
    backup = backup_sqlite(live, tmp_path / "backup.db")
    _forge_sqlite(backup, *forgery)
    before = _digest(live.sqlite_path)
    with pytest.raises(BackupError) as refused:
        restore_sqlite(live, backup, on_live=_on_live)
    assert refused.value.reason == reason, refused.value.message
    assert _digest(live.sqlite_path) == before
    assert [p.name for p in tmp_path.iterdir() if ".restore-" in p.name] == []


def test_a_foreign_file_with_a_forged_schema_version_is_refused(live, tmp_path):
    foreign = tmp_path / "foreign.db"
    _forge_sqlite(foreign, "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)",
                  f"INSERT INTO alembic_version VALUES ('{migrate.head_revision()}')",
                  "CREATE TABLE audit_entry (id INTEGER PRIMARY KEY)")
    before = _digest(live.sqlite_path)
    with pytest.raises(BackupError) as refused:
        restore_sqlite(live, foreign, on_live=_on_live)
    assert refused.value.reason == "schema_mismatch"
    assert _digest(live.sqlite_path) == before and open_context(f"sqlite:///{live.sqlite_path}") is not None


def test_an_honest_backup_goes_live_with_its_own_restore_entry_and_leaves_no_staging(live, tmp_path):
    backup = backup_sqlite(live, tmp_path / "backup.db")
    leftover = tmp_path / ".counter.db.restore-20261201-000000"  # what a killed restore left
    shutil.copy(backup, leftover)
    restore_sqlite(live, backup, on_live=_on_live)
    with live.read() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert (last.action, last.clerk) == ("backup.restore", "cli:root")
    assert verify_chain(live.engine).ok
    assert [p.name for p in tmp_path.iterdir() if ".restore-" in p.name] == []


@pytest.fixture
def pg_live():
    yield from fresh_pg_database()


def _scratch_left(url: str) -> list[str]:
    engine = create_engine(url)
    with engine.connect() as connection:
        names = connection.execute(text("SELECT datname FROM pg_database WHERE datname LIKE '%\\_restore\\_%'"))
        found = [n for n in names.scalars() if n.startswith(engine.url.database)]
    engine.dispose()
    return found


@pytest.mark.skipif(shutil.which("pg_restore") is None, reason="PostgreSQL client tools not installed")
def test_a_tampered_postgresql_dump_is_refused_and_an_honest_one_restored(pg_live, tmp_path):
    ctx = open_context(pg_live)
    make_demo_cards(ctx, 10)
    with ctx.db.write() as session:
        ctx.audit(session, "card.open", "x")
    honest = backup_pg(pg_live, tmp_path / "honest.dump")
    engine = create_engine(pg_live)
    with engine.begin() as connection:
        connection.execute(text("DROP TRIGGER audit_entry_append_only ON audit_entry"))
        connection.execute(text("UPDATE audit_entry SET clerk = '王警官' WHERE id = (SELECT max(id) FROM audit_entry)"))
    forged = backup_pg(pg_live, tmp_path / "forged.dump")
    snapshot = "SELECT count(*), max(id), string_agg(clerk, ',' ORDER BY id) FROM audit_entry"
    with engine.connect() as connection:
        before = tuple(connection.execute(text(snapshot)).one())
    with pytest.raises(BackupError) as refused:
        restore_pg(pg_live, forged, on_live=_on_live)
    assert refused.value.reason == "schema_mismatch", repr(refused.value.__cause__)
    assert "audit_entry_append_only" in refused.value.message
    with engine.connect() as connection:
        assert tuple(connection.execute(text(snapshot)).one()) == before  # nothing replaced
    assert _scratch_left(pg_live) == []
    restore_pg(pg_live, honest, on_live=_on_live)
    with engine.connect() as connection:
        last = connection.execute(text("SELECT action, clerk FROM audit_entry ORDER BY id DESC LIMIT 1")).one()
        guarded = connection.execute(text("SELECT count(*) FROM pg_trigger WHERE tgname = 'audit_entry_append_only'"))
        assert tuple(last) == ("backup.restore", "cli:root") and guarded.scalar() == 1
    assert verify_chain(engine).ok and _scratch_left(pg_live) == []
    engine.dispose()
    ctx.db.dispose()
