"""Migrations, sequences and the notice round trip on real SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, datetime

import pytest
from sqlalchemy import inspect, select, text

from counter_app.bootstrap import open_context
from counter_app.domain.checklist import evaluate
from counter_app.operations.context import Actor
from counter_app.operations.guide.service_guide import Applicant, find_notices, give_notice
from counter_app.store import migrate
from counter_app.store.database import Database
from counter_app.store.models import AuditEntry, Notice
from counter_app.store.sequences import next_in_sequence, take_ahead


@pytest.mark.empty_database
def _fifteen_each_from_six_threads(take: Callable[[], int]) -> list[int]:
    """Every number ``take`` gave, called 15 times in each of 6 threads at once; any thread's error fails the test."""
    got: list[int] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def worker() -> None:
        try:
            for _ in range(15):
                value = take()
                with lock:
                    got.append(value)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    return got


def test_migration_creates_schema_at_head(db_url):
    db = Database(db_url)
    migrate.upgrade(db)
    assert migrate.current_revision(db) == migrate.head_revision()
    tables = set(inspect(db.engine).get_table_names())
    assert {"notice", "card_case", "case_event", "audit_entry", "daily_sequence", "search_key"} <= tables
    assert migrate.upgrade(db) is None  # already at head: nothing to do, no copy
    db.dispose()


def test_sqlite_runs_in_wal_with_foreign_keys(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'x.db'}")
    with db.read() as session:
        assert session.connection().exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.dispose()


def test_sequence_never_repeats_under_concurrent_writers(db_url):
    db = Database(db_url)
    migrate.upgrade(db)
    def take() -> int:
        with db.write() as session:
            return next_in_sequence(session, "110105001", date(2026, 11, 23))

    assert sorted(_fifteen_each_from_six_threads(take)) == list(range(1, 91))
    with db.write() as session:  # a new day starts at 1 again
        assert next_in_sequence(session, "110105001", date(2026, 11, 24)) == 1
    db.dispose()


def test_numbers_taken_ahead_never_repeat_under_concurrent_writers(db_url):
    """PostgreSQL takes an acceptance's number in a statement that is its own transaction, committed without
    waiting for its disk flush; SQLite takes it inside the numbered transaction (take_ahead gives None)."""
    db = Database(db_url)
    migrate.upgrade(db)
    day = date(2026, 11, 23)
    if db.is_sqlite:
        with db.autocommit() as connection:
            assert take_ahead(connection, "110105001", day) is None
        db.dispose()
        return
    def take() -> int:
        with db.autocommit() as connection:
            value = take_ahead(connection, "110105001", day)
            # Only the numbering statement skipped the wait for its flush.
            assert connection.execute(text("SHOW synchronous_commit")).scalar() == "on"
        assert value is not None
        return value

    assert sorted(_fifteen_each_from_six_threads(take)) == list(range(1, 91))
    with db.write() as session:
        assert session.execute(text("SHOW synchronous_commit")).scalar() == "on"
        assert next_in_sequence(session, "110105001", day) == 91  # both ways share the day's row
    db.dispose()


def test_notice_is_recorded_audited_and_found_again(db_url):
    clock = lambda: datetime(2026, 11, 23, 10, 30)  # noqa: E731
    ctx = open_context(db_url, actor=Actor(clerk="李警官", workstation="窗口2"))
    ctx.clock = clock
    service = ctx.catalog.get("birth_registration")
    checklist = evaluate(service, {"married": False}, ["birth_medical_certificate"])
    notice_no, pdf = give_notice(ctx, checklist, Applicant("张小明", "11010519491231002x", "13812345678"))
    assert notice_no == "GZ202611230001"
    assert pdf.startswith(b"%PDF")
    second, _ = give_notice(ctx, checklist, Applicant("王芳", None, None))
    assert second == "GZ202611230002"

    for query in ("张小明", "张", "002X", "1231002X", "11010519491231002X", "5678", "13812345678", notice_no):
        found = find_notices(ctx, query)
        assert [n.notice_no for n in found] == [notice_no], query
    summary = find_notices(ctx, "张小明")[0]
    assert summary.id_masked == "110105********002X"
    assert summary.phone_masked == "138****5678"
    assert "落户方父（母）的居民户口簿" in " ".join(summary.missing) or summary.missing
    assert find_notices(ctx, "赵") == []
    with ctx.db.read() as session:
        actions = [a.action for a in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]
        stored = session.scalars(select(Notice).where(Notice.notice_no == notice_no)).one()
    assert actions.count("notice.give") == 2 and "notice.search" in actions
    assert stored.clerk == "李警官" and stored.workstation == "窗口2"
    assert stored.id_number == "11010519491231002X"
    ctx.db.dispose()


def test_sqlite_file_is_copied_before_a_migration(tmp_path, monkeypatch):
    from counter_app import paths

    url = f"sqlite:///{tmp_path / 'old.db'}"
    db = Database(url)
    migrate.upgrade(db)
    with db.write() as session:  # pretend the file is one revision behind
        session.connection().exec_driver_sql("UPDATE alembic_version SET version_num = 'older'")
    monkeypatch.setattr(migrate, "head_revision", lambda: "newer")
    monkeypatch.setattr("alembic.command.upgrade", lambda config, target: None)
    copy = migrate.upgrade(db)
    assert copy is not None and copy.exists() and copy.parent == paths.backup_dir()
    db.dispose()


@pytest.mark.empty_database
def test_migrations_match_the_models(db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from counter_app.store.models import Base

    db = Database(db_url)
    migrate.upgrade(db)
    with db.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    db.dispose()


def test_connections_carry_their_timeouts(db_url):
    """A hung server must be reported within seconds: every connection has its timeouts set."""
    db = Database(db_url)
    with db.read() as session:
        connection = session.connection()
        if db.is_sqlite:
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000
            assert db.server_address() == ""
        else:
            assert connection.exec_driver_sql("SHOW statement_timeout").scalar() == "30s"
            assert connection.exec_driver_sql("SHOW idle_in_transaction_session_timeout").scalar() == "1min"
            info = connection.connection.dbapi_connection.info
            params = info.get_parameters()
            assert params["connect_timeout"] == "5" and params["keepalives"] == "1"
            assert db.server_address() == f"{db.url.host}:{db.url.port or 5432}"
    db.dispose()
