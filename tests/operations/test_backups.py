"""Backups as one operation: the menu's, the command's and the daily copy, each a checked file and one
``backup.create`` audit entry written after the copy (so the copy never holds it)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy.engine import make_url

from counter_app import paths
from counter_app.operations.admin.backups import (
    AUDIT_ACTION,
    BackupKind,
    back_up,
    back_up_now,
    backend_of,
    daily_backup_if_due,
)
from counter_app.store.backup import BackupError, verify_backup
from counter_app.store.database import Database
from tests.operations.contexts import audits, clocked_context

NOW = datetime(2026, 11, 23, 10, 30)


def _entries_in(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn, conn:
        return [row[0] for row in conn.execute("SELECT action FROM audit_entry")]


def test_the_three_backups_write_one_kind_of_audit_entry(tmp_path: Path) -> None:
    ctx = clocked_context(f"sqlite:///{tmp_path / 'counter.db'}", NOW)
    out = tmp_path / "站里备份.db"
    made = back_up(ctx, out)
    assert made.kind is BackupKind.COMMAND and made.size == out.stat().st_size
    assert verify_backup(out)
    assert _entries_in(out).count(AUDIT_ACTION) == 1  # the start's daily copy, not the entry of this copy

    manual = back_up_now(ctx)
    assert manual.path == paths.backup_dir() / "counter-manual-20261123-103000.db"
    assert back_up_now(ctx).path.name == "counter-manual-20261123-103000-2.db"  # never over the earlier one

    ctx.clock.now = NOW + timedelta(days=1)
    daily = daily_backup_if_due(ctx)
    assert daily is not None and daily.kind is BackupKind.DAILY
    assert daily_backup_if_due(ctx) is None  # once a day

    kinds = [e.detail["kind"] for e in audits(ctx, AUDIT_ACTION)]
    # open_context took the first day's copy; then the command, two manual ones and the next day's.
    assert kinds == ["daily", "command", "manual", "manual", "daily"]
    assert all(e.detail["size"] > 0 for e in audits(ctx, AUDIT_ACTION))
    ctx.db.dispose()


def test_an_existing_file_is_never_overwritten(tmp_path: Path) -> None:
    ctx = clocked_context(f"sqlite:///{tmp_path / 'counter.db'}", NOW)
    taken = tmp_path / "taken.db"
    taken.write_bytes(b"someone's file")
    with pytest.raises(BackupError) as refused:
        back_up(ctx, taken)
    assert refused.value.reason == "exists" and taken.read_bytes() == b"someone's file"
    ctx.db.dispose()


def test_only_sqlite_and_postgresql_can_be_copied(tmp_path: Path) -> None:
    assert backend_of(Database(f"sqlite:///{tmp_path / 'x.db'}")) == "sqlite"
    assert backend_of(Database("postgresql+psycopg://u@localhost/db")) == "postgresql"
    other = SimpleNamespace(sqlite_path=None, url=make_url("mysql://u@localhost/db"), describe=lambda: "MySQL")
    with pytest.raises(BackupError) as refused:
        backend_of(other)  # type: ignore[arg-type] - any server whose name is not postgresql
    assert refused.value.reason == "unsupported_database"
