"""SQLite backups: taken while others write, checked, restored after a wipe, refused when bad, kept daily."""

from __future__ import annotations

import sqlite3
import tempfile
import threading
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import delete, func, select

from counter_app import paths
from counter_app.bootstrap import open_context
from counter_app.demo.cards import make_demo_cards
from counter_app.domain.checklist import evaluate
from counter_app.operations.context import AppContext
from counter_app.operations.guide.service_guide import Applicant, give_notice
from counter_app.store import migrate
from counter_app.store.audit_chain import verify_chain
from counter_app.store.backup import (
    SQLITE_HEADER,
    BackupError,
    backup_sqlite,
    daily_backup,
    daily_backups,
    restore_sqlite,
    verify_backup,
)
from counter_app.store.database import Database
from counter_app.store.models import AuditEntry, Base, CardCase, Setting
from tests.store.table_checksums import table_checksums


@pytest.fixture
def ctx(tmp_path):
    context = open_context(f"sqlite:///{tmp_path / 'counter.db'}")
    make_demo_cards(context, 60)
    service = context.catalog.get("birth_registration")
    give_notice(context, evaluate(service, {"married": False}, []), Applicant("张小明", None, "13812345678"))
    yield context
    context.db.dispose()


def _wipe_rows(db: Database) -> None:
    # audit_entry is append-only by trigger; every other table is emptied, children first.
    with db.write() as session:
        for table in reversed(Base.metadata.sorted_tables):
            if table.name != "audit_entry":
                session.execute(delete(table))


def _live_files(db: Database) -> list[Path]:
    live = db.sqlite_path
    assert live is not None
    return sorted(p for p in live.parent.iterdir() if p.name.startswith(f".{live.name}"))


def test_backup_is_consistent_while_another_connection_writes(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'counter.db'}")
    migrate.upgrade(db)
    stop = threading.Event()
    written: list[int] = []
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            i = 0
            while not stop.is_set() or i < 50:
                with db.write() as session:
                    session.add(Setting(key=f"k{i:06d}", value={"i": i}))
                written.append(i)
                i += 1
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    thread = threading.Thread(target=writer)
    thread.start()
    copies = []
    try:
        for n in range(5):
            copies.append(backup_sqlite(db, tmp_path / f"copy{n}.db"))
    finally:
        stop.set()
        thread.join()
    assert not errors
    for copy in copies:
        assert verify_backup(copy) == migrate.head_revision()
        assert not Path(f"{copy}-wal").exists()  # a backup is one self-contained file
        with closing(sqlite3.connect(copy)) as conn, conn:
            keys = [row[0] for row in conn.execute("SELECT key FROM setting ORDER BY key")]
        # A snapshot: the rows committed before some moment, every one of them, none missing in between.
        assert keys == [f"k{i:06d}" for i in range(len(keys))]
        assert len(keys) <= len(written)
    db.dispose()


@pytest.mark.parametrize("wipe", ["rows", "file"])
def test_round_trip_backup_wipe_restore_gives_identical_tables(ctx, tmp_path, wipe):
    before = table_checksums(ctx.db.engine)
    assert before["card_case"][0] == 60 and before["notice"][0] == 1 and before["audit_entry"][0] > 0
    backup = backup_sqlite(ctx.db, tmp_path / "saved.db")
    live = ctx.db.sqlite_path
    if wipe == "rows":
        _wipe_rows(ctx.db)
        assert table_checksums(ctx.db.engine)["card_case"][0] == 0
    else:
        ctx.db.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{live}{suffix}").unlink(missing_ok=True)

    result = restore_sqlite(ctx.db, backup, now=datetime(2026, 11, 23, 9, 0))

    assert result.revision == migrate.head_revision()
    assert table_checksums(ctx.db.engine) == before
    assert _live_files(ctx.db) == []  # no staged file left beside the database
    if wipe == "rows":
        assert result.replaced == paths.backup_dir() / "counter-replaced-20261123-090000.db"
        kept = Database(f"sqlite:///{result.replaced}")
        assert table_checksums(kept.engine)["card_case"][0] == 0  # the replaced (wiped) state is kept as it was
        kept.dispose()
    else:
        assert result.replaced is None
    reopened = open_context(f"sqlite:///{live}")
    with reopened.db.read() as session:
        assert session.scalar(select(func.count()).select_from(CardCase)) == 60
    reopened.db.dispose()


def test_restore_waits_until_no_other_window_has_the_database_open(ctx, tmp_path):
    backup = backup_sqlite(ctx.db, tmp_path / "saved.db")
    other_window = sqlite3.connect(ctx.db.sqlite_path)
    other_window.execute("SELECT count(*) FROM card_case").fetchone()
    before = table_checksums(ctx.db.engine)
    try:
        with pytest.raises(BackupError) as refused:
            restore_sqlite(ctx.db, backup)
        assert refused.value.reason == "in_use" and "关闭" in refused.value.message
        assert table_checksums(ctx.db.engine) == before
        assert not list(paths.backup_dir().glob("counter-replaced-*"))
        assert _live_files(ctx.db) == []
    finally:
        other_window.close()
    ctx.db.dispose()
    assert restore_sqlite(ctx.db, backup).replaced is not None


def _corrupt(source: Path, target: Path) -> Path:
    data = bytearray(source.read_bytes())
    data[4096 : 4096 * 3] = b"\xa5" * (4096 * 2)  # pages 2-3: b-tree pages of the schema's first tables
    target.write_bytes(bytes(data))
    return target


def _with_revision(source: Path, target: Path, revision: str | None) -> Path:
    target.write_bytes(source.read_bytes())
    with closing(sqlite3.connect(target)) as conn, conn:
        if revision is None:
            conn.execute("DROP TABLE alembic_version")
        else:
            conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.close()
    return target


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("corrupt", "integrity_failed"),
        ("text", "not_sqlite"),
        ("missing", "file_missing"),
        ("newer", "newer_revision"),
        ("unknown", "unknown_revision"),
        ("foreign", "no_revision"),
    ],
)
def test_bad_backups_are_refused_and_nothing_is_replaced(ctx, tmp_path, kind, reason):
    good = backup_sqlite(ctx.db, tmp_path / "good.db")
    bad = {
        "corrupt": lambda: _corrupt(good, tmp_path / "bad.db"),
        "text": lambda: (tmp_path / "bad.db").write_text("户籍窗口 not a database", encoding="utf-8"),
        "missing": lambda: None,
        "newer": lambda: _with_revision(good, tmp_path / "bad.db", "9999"),
        "unknown": lambda: _with_revision(good, tmp_path / "bad.db", "feedface"),
        "foreign": lambda: _with_revision(good, tmp_path / "bad.db", None),
    }[kind]
    bad()
    before = table_checksums(ctx.db.engine)
    kept_before = sorted(paths.backup_dir().iterdir())

    with pytest.raises(BackupError) as checked:
        verify_backup(tmp_path / "bad.db")
    with pytest.raises(BackupError) as refused:
        restore_sqlite(ctx.db, tmp_path / "bad.db")

    assert checked.value.reason == refused.value.reason == reason
    assert "bad.db" in refused.value.message
    assert table_checksums(ctx.db.engine) == before
    assert sorted(paths.backup_dir().iterdir()) == kept_before  # nothing moved aside either
    assert _live_files(ctx.db) == []


@given(st.booleans(), st.binary(max_size=3000))
def test_arbitrary_bytes_are_never_accepted_as_a_backup(with_header, data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "input.db"
        path.write_bytes((SQLITE_HEADER if with_header else b"") + data)
        with pytest.raises(BackupError):
            verify_backup(path)
        assert sorted(p.name for p in Path(folder).iterdir()) == ["input.db"]  # reading left no -wal/-shm


def test_daily_backup_runs_once_a_day_and_keeps_the_newest(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'counter.db'}")
    migrate.upgrade(db)
    folder = paths.backup_dir()
    strangers = [
        "counter-replaced-20260101-000000.db",
        "counter-notes.db",
        "other-20260101-000000.db",
        "counter-20260101-000000.db.txt",
    ]
    for name in strangers:
        (folder / name).write_bytes(b"not ours")
    day = datetime(2026, 11, 23, 8, 5, 9)

    first = daily_backup(db, keep=3, now=day)
    assert first == folder / "counter-20261123-080509.db"
    assert daily_backup(db, keep=3, now=day + timedelta(hours=7)) is None  # same day: already done
    for n in range(1, 6):
        assert daily_backup(db, keep=3, now=day + timedelta(days=n)) is not None

    assert [p.name for p in daily_backups(db)] == [
        "counter-20261126-080509.db",
        "counter-20261127-080509.db",
        "counter-20261128-080509.db",
    ]
    assert all((folder / name).read_bytes() == b"not ours" for name in strangers)
    assert verify_backup(daily_backups(db)[-1]) == migrate.head_revision()
    with pytest.raises(BackupError):
        daily_backup(db, keep=0, now=day)
    db.dispose()


def test_open_context_takes_the_daily_backup_once_and_audits_it(tmp_path):
    url = f"sqlite:///{tmp_path / 'counter.db'}"
    for _ in range(2):
        ctx = open_context(url)
        ctx.db.dispose()
    assert len(daily_backups(ctx.db)) == 1
    with ctx.db.read() as session:
        entries = list(session.scalars(select(AuditEntry).where(AuditEntry.action == "backup.create")))
    assert [e.detail["kind"] for e in entries] == ["daily"]
    ctx.db.dispose()


def test_the_window_takes_the_daily_backup_and_audit_check_beside_it(tmp_path):
    """The window opens without them (daily_backup=False) and runs both on a thread while the clerk works."""
    from counter_app.bootstrap import start_daily_backup

    url = f"sqlite:///{tmp_path / 'counter.db'}"
    ctx = open_context(url, daily_backup=False)
    assert daily_backups(ctx.db) == []
    with ctx.db.write() as session:  # the clerk's first change, while nothing runs beside it yet
        ctx.audit(session, "card.lookup", "张三")
    thread = start_daily_backup(ctx)
    assert thread is not None and not thread.daemon
    with ctx.db.write() as session:  # and one while the copy and the walk may be running
        ctx.audit(session, "card.lookup", "李四")
    thread.join(timeout=60)
    assert len(daily_backups(ctx.db)) == 1
    with ctx.db.read() as session:
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
        verdict = session.scalars(select(AuditEntry).where(AuditEntry.action == "audit.verify")).one()
    assert {"backup.create", "audit.verify"} <= set(actions) and verdict.target == "ok"
    assert verify_chain(ctx.db.engine).ok  # both threads' entries chained, none forked
    again = start_daily_backup(ctx)  # a second start that day: the thread finds the day's backup made
    assert again is not None
    again.join(timeout=60)
    assert len(daily_backups(ctx.db)) == 1
    ctx.db.dispose()
    # A server database has no daily file backup: no thread (the URL is never connected).
    server = AppContext(db=Database("postgresql+psycopg://u@127.0.0.1/x"), catalog=ctx.catalog)
    assert start_daily_backup(server) is None


def test_a_failing_daily_backup_never_stops_the_app(tmp_path, caplog):
    (paths.data_dir() / "backups").write_text("a file where the backup folder should be")
    ctx = open_context(f"sqlite:///{tmp_path / 'counter.db'}")
    with ctx.db.read() as session:
        assert session.scalar(select(func.count()).select_from(CardCase)) == 0
    assert "daily backup" in caplog.text
    ctx.db.dispose()


def test_backup_of_a_server_database_or_onto_itself_is_refused(tmp_path):
    with pytest.raises(BackupError, match="不是 SQLite 文件"):
        backup_sqlite(Database("postgresql+psycopg://u@127.0.0.1/x"), tmp_path / "x.db")
    db = Database(f"sqlite:///{tmp_path / 'counter.db'}")
    migrate.upgrade(db)
    with pytest.raises(BackupError, match="数据库文件本身"):
        backup_sqlite(db, tmp_path / "counter.db")
    db.dispose()
