"""Backups and restore of the SQLite database file (备份与恢复).

A backup is one self-contained file taken with SQLite's online backup API, so counters may keep writing while
it runs, and checked with ``PRAGMA integrity_check`` before it is given its final name. A restore checks the
file first on a staged copy (SQLite header, integrity, a schema revision this program knows, the schema fingerprint
against what the migrations create, then — migrated forward — the audit chain), writes its own audit entry into
that copy, keeps the database it replaces in the backup folder, and puts the copy in place with one atomic rename.
PostgreSQL goes through pg_dump/pg_restore instead (see ``backup_pg``).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from counter_app import paths
from counter_app.domain.errors import DomainError
from counter_app.store import migrate
from counter_app.store.database import Database

log = logging.getLogger(__name__)

DEFAULT_KEEP = 14
SQLITE_HEADER = b"SQLite format 3\x00"
_STAMP = "%Y%m%d-%H%M%S"


# Writes the restore's audit entry into the restored database (a Session on it), in the step that makes it live.
OnLive = Callable[[Any], None]


class BackupError(DomainError):
    """A backup or restore that cannot be done; the message says why and what to do."""


@dataclass(frozen=True)
class RestoreResult:
    revision: str  # the schema revision of the backup (the restored database is migrated to the current one)
    replaced: Path | None  # where the database that was replaced is kept, if there was one


def _live_path(db: Database) -> Path:
    path = db.sqlite_path
    if path is None:
        raise BackupError("not_sqlite_file", f"数据库 {db.describe()} 不是 SQLite 文件，不能按文件备份或恢复")
    return path


def unique_path(path: Path) -> Path:
    """The path itself, or the same name with -2, -3… so that two runs in one second never overwrite."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def _open_read_only(path: Path) -> sqlite3.Connection:
    # immutable=1: reading a file to check it must never create -wal/-shm files beside it or change it.
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def known_revisions() -> list[str]:
    """Every schema revision this program can migrate from, newest first."""
    from alembic.script import ScriptDirectory  # only a restore needs it; start-up must not pay for alembic

    script = ScriptDirectory.from_config(migrate._config())
    return [rev.revision for rev in script.walk_revisions()]


def check_revision(revision: str | None, path: Path) -> str:
    if revision is None:
        raise BackupError("no_revision", f"{path} 中没有架构版本信息，不是本程序的数据库备份")
    if revision == migrate.expected_head():
        # The usual case (the daily backup of a database this start has just checked): no need to load alembic
        # and every migration script to know the newest revision.
        return revision
    known = known_revisions()
    if revision in known:
        return revision
    head = known[0]
    if revision.isdigit() and head.isdigit() and int(revision) > int(head):
        raise BackupError(
            "newer_revision",
            f"{path} 的架构版本 {revision} 比本程序（{head}）新，请先升级程序再恢复",
        )
    raise BackupError("unknown_revision", f"{path} 的架构版本 {revision} 不是本程序认识的版本，不能恢复")


def _check_open_file(connection: sqlite3.Connection, path: Path) -> str:
    try:
        rows = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            found = "; ".join(map(str, rows[:3]))
            raise BackupError("integrity_failed", f"{path} 完整性检查未通过（{found}），文件已损坏")
        has_version = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone() if has_version else None
    except sqlite3.DatabaseError as exc:
        raise BackupError("integrity_failed", f"{path} 无法读取（{exc}），文件已损坏") from exc
    return check_revision(revision[0] if revision else None, path)


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError as exc:
        raise BackupError("file_missing", f"找不到备份文件 {path}") from exc
    except OSError as exc:
        raise BackupError("file_unreadable", f"无法读取 {path}：{exc.strerror or exc}") from exc
    if header != SQLITE_HEADER:
        raise BackupError("not_sqlite", f"{path} 不是 SQLite 数据库文件")


def verify_backup(path: Path) -> str:
    """The schema revision of a backup file, or a BackupError saying why it cannot be restored."""
    path = Path(path)
    _check_header(path)
    try:
        connection = _open_read_only(path)
    except sqlite3.Error as exc:
        raise BackupError("file_unreadable", f"无法打开 {path}：{exc}") from exc
    try:
        return _check_open_file(connection, path)
    finally:
        connection.close()


def backup_sqlite(db: Database, target: Path) -> Path:
    """A checked, self-contained copy of the live database at ``target`` (written under a temporary name first)."""
    source = _live_path(db)
    target = Path(target)
    if target.resolve() == source.resolve():
        raise BackupError("same_file", f"备份文件不能就是数据库文件本身：{target}")
    if not source.exists():
        raise BackupError("file_missing", f"找不到数据库文件 {source}")
    temp = target.with_name(f".{target.name}.part")
    try:
        migrate.copy_sqlite_file(source, temp)
        connection = sqlite3.connect(temp)
        try:
            # A backup should be one file: leave WAL mode so no -wal/-shm is needed beside it.
            connection.execute("PRAGMA journal_mode=DELETE")
            _check_open_file(connection, temp)
        finally:
            connection.close()
        os.replace(temp, target)
    except BackupError:
        temp.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error) as exc:
        temp.unlink(missing_ok=True)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise BackupError("backup_failed", f"无法写入备份 {target}：{reason}") from exc
    return target


def _daily_pattern(stem: str) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(stem)}-(\d{{8}})-(\d{{6}})\.db$")


def daily_backups(db: Database) -> list[Path]:
    """The daily backups of this database in the backup folder, oldest first (only files named by us)."""
    pattern = _daily_pattern(_live_path(db).stem)
    found = [p for p in paths.backup_dir().iterdir() if p.is_file() and pattern.match(p.name)]
    return sorted(found, key=lambda p: p.name)


def daily_backup(db: Database, keep: int = DEFAULT_KEEP, now: datetime | None = None) -> Path | None:
    """At the first start of a day: back up to ``<stem>-YYYYMMDD-HHMMSS.db`` and keep the newest ``keep``.

    Returns the new file, or None when today's backup already exists or there is nothing to back up yet.
    """
    if keep < 1:
        raise BackupError("bad_keep", f"保留份数应至少为 1，而不是 {keep}")
    source = _live_path(db)
    if not source.exists():
        return None
    now = now or datetime.now()
    existing = daily_backups(db)
    today = now.strftime("%Y%m%d")
    if any(p.name.split("-")[-2] == today for p in existing):
        return None
    created = backup_sqlite(db, unique_path(paths.backup_dir() / f"{source.stem}-{now.strftime(_STAMP)}.db"))
    for old in daily_backups(db)[:-keep]:
        old.unlink(missing_ok=True)
        log.info("removed old daily backup %s", old)
    log.info("daily backup written to %s", created)
    return created


def _ensure_not_in_use(live: Path) -> None:
    """Refuse while another window or program has the file open: replacing it under them would lose their
    writes or mix their -wal into the new file. Leaving WAL mode needs the only connection, so it is the test
    (and it also checkpoints the -wal into the file, so the kept copy is complete on its own)."""
    connection = sqlite3.connect(live, timeout=1)
    try:
        connection.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise BackupError(
                "in_use", f"数据库 {live} 正被其他窗口或程序使用。请先关闭所有使用它的窗口，再恢复"
            ) from exc
        log.warning("could not checkpoint %s before replacing it: %s", live, exc)
    except sqlite3.DatabaseError as exc:  # a damaged file is what a restore is for: keep it as it is
        log.warning("could not checkpoint %s before replacing it: %s", live, exc)
    finally:
        connection.close()


def _keep_replaced(source: Path, stamp: str) -> Path:
    """Keep the database about to be replaced in the backup folder, with its -wal if it still has one."""
    kept = unique_path(paths.backup_dir() / f"{source.stem}-replaced-{stamp}.db")
    shutil.copy2(source, kept)
    wal = source.with_name(source.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        shutil.copy2(wal, kept.with_name(kept.name + "-wal"))
    return kept


def _staging_files(staged: Path) -> list[Path]:
    return [staged, *(staged.with_name(staged.name + suffix) for suffix in ("-journal", "-wal", "-shm"))]


def remove_stale_staging(live: Path) -> list[Path]:
    """Staging copies a killed restore left beside the live file (each a full copy of the data): removed."""
    removed = []
    for leftover in live.parent.glob(f".{live.name}.restore-*"):
        leftover.unlink(missing_ok=True)
        removed.append(leftover)
    return removed


def check_restorable(url: str, source: Path, revision: str, on_live: OnLive | None,
                     scratch_url: str | None = None) -> None:
    """Everything a restore checks on its staged copy before anything live is touched, in this order: the schema
    fingerprint against what the migrations create at ``revision``; then, migrated to the current schema, the
    audit chain and its triggers. ``on_live`` then writes the restore's own audit entry into the staged copy, so
    it is there exactly when the copy goes live. SQLite and PostgreSQL alike (``scratch_url``: an empty
    PostgreSQL database for the reference schema)."""
    from sqlalchemy import create_engine
    from sqlalchemy.exc import SQLAlchemyError
    from sqlalchemy.pool import NullPool

    engine = create_engine(url, poolclass=NullPool, hide_parameters=True)
    try:
        _check_staged(engine, source, revision, on_live, scratch_url)
    except SQLAlchemyError as exc:  # a foreign file can fail a migration step: refused, never half-restored
        raise BackupError(
            "restore_check_failed", f"{source} 无法迁移到本程序的版本（{type(exc).__name__}），不予恢复"
        ) from exc
    finally:
        engine.dispose()


def _check_staged(engine: Any, source: Path, revision: str, on_live: OnLive | None, scratch_url: str | None) -> None:
    from sqlalchemy.orm import Session

    from counter_app.store.audit_chain import verify_chain
    from counter_app.store.schema_check import differences, fingerprint, migrate_to, reference_fingerprint

    with engine.connect() as connection:
        found = fingerprint(connection)
    mismatch = differences(found, reference_fingerprint(revision, scratch_url))
    if mismatch:
        raise BackupError(
            "schema_mismatch",
            f"{source} 的数据库结构与本程序在版本 {revision} 所建的不符（{mismatch}），可能被改动过，不予恢复",
        )
    with engine.begin() as connection:
        migrate_to(connection, "head")
    verdict = verify_chain(engine)
    if not verdict.ok:
        raise BackupError("audit_chain", f"{source}：{verdict.message()}，不予恢复")
    if on_live is not None:
        with Session(engine) as session, session.begin():
            on_live(session)


def restore_sqlite(db: Database, source: Path, now: datetime | None = None,
                   on_live: OnLive | None = None) -> RestoreResult:
    """Replace the live database with a checked backup; nothing is touched unless the backup passes every check
    (``check_restorable``), and no staging copy is left behind on any path."""
    live = _live_path(db)
    source = Path(source)
    _check_header(source)
    if live.exists() and source.resolve() == live.resolve():
        raise BackupError("same_file", f"要恢复的文件就是当前数据库：{source}")
    stamp = (now or datetime.now()).strftime(_STAMP)
    live.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_staging(live)
    # Staged beside the live file so the final os.replace stays on one file system and is atomic.
    staged = live.with_name(f".{live.name}.restore-{stamp}")
    try:
        reader = _open_read_only(source)
        try:
            with sqlite3.connect(staged) as writer:
                reader.backup(writer)
            writer.close()
        finally:
            reader.close()
        checker = sqlite3.connect(staged)
        try:
            revision = _check_open_file(checker, source)
        finally:
            checker.close()
        check_restorable(f"sqlite:///{staged}", source, revision, on_live)
        db.dispose()
        replaced = None
        if live.exists():
            _ensure_not_in_use(live)
            replaced = _keep_replaced(live, stamp)
        for suffix in ("-wal", "-shm"):
            live.with_name(live.name + suffix).unlink(missing_ok=True)
        os.replace(staged, live)
    except sqlite3.DatabaseError as exc:
        raise BackupError("integrity_failed", f"{source} 无法读取（{exc}），文件已损坏") from exc
    except OSError as exc:
        raise BackupError(
            "restore_failed",
            f"无法替换数据库 {live}：{exc.strerror or exc}。请关闭所有使用该数据库的窗口后重试",
        ) from exc
    finally:
        for path in _staging_files(staged):
            path.unlink(missing_ok=True)
    log.info("restored %s from %s (revision %s); replaced copy kept at %s", live, source, revision, replaced)
    return RestoreResult(revision=revision, replaced=replaced)
