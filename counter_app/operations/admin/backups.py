"""Backups as one operation (备份): the supervisor's "Back up now", the ``counter-app backup OUT`` command and the
first start of a day all copy the database here and write one kind of audit entry, ``backup.create``, whose
``kind`` says which of the three it was.

The copy itself is the store's (``store/backup.py``: SQLite's online backup API with an integrity check;
``store/backup_pg.py``: pg_dump). The audit entry is written after the copy, so a backup never holds the entry that
describes it; ``backup.*`` entries are reads for the change marker (``operations/changes.py``), so no page
refreshes because of one.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from counter_app import paths
from counter_app.operations.context import AppContext
from counter_app.store.backup import BackupError, backup_sqlite, daily_backup, unique_path
from counter_app.store.backup_pg import backup_pg
from counter_app.store.database import Database

AUDIT_ACTION = "backup.create"
MANUAL_PREFIX = "counter-manual"


class BackupKind(StrEnum):
    MANUAL = "manual"  # the menu's "Back up now", into the backup folder
    COMMAND = "command"  # counter-app backup OUT, into the file named
    DAILY = "daily"  # the first start of a day (SQLite only), rotated by the store


@dataclass(frozen=True)
class BackupMade:
    path: Path
    size: int
    kind: BackupKind


def backend_of(db: Database) -> str:
    """"sqlite" or "postgresql"; any other server is refused (there is no tool here to copy it)."""
    if db.sqlite_path is not None:
        return "sqlite"
    if db.url.get_backend_name() == "postgresql":
        return "postgresql"
    raise BackupError("unsupported_database", f"不支持备份该数据库：{db.describe()}（仅支持 SQLite 文件和 PostgreSQL）")


def back_up(ctx: AppContext, target: Path, kind: BackupKind = BackupKind.COMMAND) -> BackupMade:
    """Copy the database into ``target`` (which must not exist yet) and audit it."""
    copy_database(ctx.db, target)
    return record_backup(ctx, target, kind)


def copy_database(db: Database, target: Path) -> Path:
    """The copy alone, for a caller that must not open (and so create or migrate) the database first: the
    command line copies what is there, then opens the database to call ``record_backup``."""
    if target.exists():
        raise BackupError("exists", f"{target} 已存在，请换一个文件名（不会覆盖已有文件）")
    if backend_of(db) == "sqlite":
        return backup_sqlite(db, target)
    return backup_pg(db.url.render_as_string(hide_password=False), target)


def back_up_now(ctx: AppContext) -> BackupMade:
    """The menu's backup: a new file in the backup folder, named by the time (never over an earlier one)."""
    suffix = ".db" if backend_of(ctx.db) == "sqlite" else ".dump"
    target = unique_path(paths.backup_dir() / f"{MANUAL_PREFIX}-{ctx.now():%Y%m%d-%H%M%S}{suffix}")
    return back_up(ctx, target, BackupKind.MANUAL)


def daily_backup_if_due(ctx: AppContext) -> BackupMade | None:
    """The first start of a day copies the SQLite file (the store keeps the last copies); None if one exists."""
    created = daily_backup(ctx.db, now=ctx.now())
    return None if created is None else record_backup(ctx, created, BackupKind.DAILY)


def record_backup(ctx: AppContext, target: Path, kind: BackupKind) -> BackupMade:
    """The audit entry of a copy just made (its own transaction, after the copy)."""
    made = BackupMade(target, target.stat().st_size, kind)
    with ctx.db.write() as session:
        ctx.audit(session, AUDIT_ACTION, str(target), kind=kind.value, size=made.size)
    return made
