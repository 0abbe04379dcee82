"""PostgreSQL backups through pg_dump/pg_restore: a round trip on a real server, refusals, a missing tool."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import text

from counter_app import paths
from counter_app.bootstrap import open_context
from counter_app.demo.cards import make_demo_cards
from counter_app.store import migrate
from counter_app.store.backup import BackupError
from counter_app.store.backup_pg import backup_pg, restore_pg, verify_pg_backup
from counter_app.store.backup_pg import connection_options as pg_connection
from counter_app.store.models import Base
from tests.databases import fresh_pg_database
from tests.store.table_checksums import table_checksums

needs_pg_tools = pytest.mark.skipif(
    shutil.which("pg_dump") is None or shutil.which("pg_restore") is None,
    reason="pg_dump/pg_restore (PostgreSQL client tools) are not installed on this machine",
)


@pytest.fixture
def pg_url():
    yield from fresh_pg_database()


@needs_pg_tools
def test_round_trip_backup_wipe_restore_gives_identical_tables(pg_url, tmp_path):
    ctx = open_context(pg_url)
    make_demo_cards(ctx, 60)
    before = table_checksums(ctx.db.engine)
    assert before["card_case"][0] == 60 and before["audit_entry"][0] > 0
    dump = backup_pg(pg_url, tmp_path / "saved.dump")
    assert verify_pg_backup(dump) == migrate.head_revision()
    with ctx.db.write() as session:  # audit_entry is append-only by trigger; everything else is emptied
        for table in reversed(Base.metadata.sorted_tables):
            if table.name != "audit_entry":
                session.execute(table.delete())
        session.execute(text("DROP TABLE follow_up"))
    ctx.db.dispose()

    result = restore_pg(pg_url, dump)

    assert result.revision == migrate.head_revision()
    assert table_checksums(ctx.db.engine) == before
    assert result.replaced is not None and result.replaced.parent == paths.backup_dir()
    assert verify_pg_backup(result.replaced) == migrate.head_revision()  # the wiped state is kept, restorable
    ctx.db.dispose()


@needs_pg_tools
def test_bad_dumps_are_refused_and_nothing_is_replaced(pg_url, tmp_path):
    ctx = open_context(pg_url)
    make_demo_cards(ctx, 10)
    with ctx.db.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    newer = backup_pg(pg_url, tmp_path / "newer.dump")
    with ctx.db.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = :head"), {"head": migrate.head_revision()})
    not_a_dump = tmp_path / "notes.dump"
    not_a_dump.write_text("PGDMP? no, just text", encoding="utf-8")
    before = table_checksums(ctx.db.engine)
    kept_before = sorted(paths.backup_dir().iterdir())

    for bad, reason in [(newer, "newer_revision"), (not_a_dump, "tool_failed"), (tmp_path / "none", "file_missing")]:
        with pytest.raises(BackupError) as refused:
            restore_pg(pg_url, bad)
        assert refused.value.reason == reason, bad

    assert table_checksums(ctx.db.engine) == before
    assert sorted(paths.backup_dir().iterdir()) == kept_before
    ctx.db.dispose()


def test_missing_client_tools_give_a_clear_message(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: no pg_dump anywhere
    with pytest.raises(BackupError) as missing:
        backup_pg("postgresql+psycopg://postgres@127.0.0.1/x", tmp_path / "x.dump")
    assert missing.value.reason == "tool_missing" and "未安装 pg_dump" in missing.value.message
    with pytest.raises(BackupError, match="未安装 pg_restore"):
        restore_pg("postgresql+psycopg://postgres@127.0.0.1/x", tmp_path / "x.dump")


def test_the_password_travels_in_the_environment_not_on_the_command_line():
    options, env = pg_connection("postgresql+psycopg://clerk:s3cr%40t@db.example:5433/counter?sslmode=require")
    assert options == [
        "--dbname",
        "counter",
        "--no-password",
        "--host",
        "db.example",
        "--port",
        "5433",
        "--username",
        "clerk",
    ]
    assert not any("s3cr" in option for option in options)
    assert env["PGPASSWORD"] == "s3cr@t" and env["PGSSLMODE"] == "require"
    with pytest.raises(BackupError, match="不是 PostgreSQL"):
        pg_connection("sqlite:///counter.db")
