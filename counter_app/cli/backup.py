"""The ``counter-app backup OUT`` and ``counter-app restore IN [--yes]`` subcommands.

Exit codes: 0 done; 1 the backup or restore failed (the message says why, nothing was replaced);
2 refused before starting (the output exists, or the restore was not confirmed).
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from counter_app import paths
from counter_app.cli.users import admin_actor

if TYPE_CHECKING:  # the parser (cli/main) imports this module for every command, the window's start included
    from counter_app.store.database import Database


def add_backup_parser(sub: Any) -> None:
    """Add ``backup`` and ``restore`` to the subcommands of ``counter-app``."""
    backup = sub.add_parser(
        "backup", help="copy the database to a file (SQLite: a checked file copy; PostgreSQL: pg_dump -Fc)"
    )
    backup.add_argument("output", type=Path, metavar="OUT")
    restore = sub.add_parser(
        "restore", help="replace the database with a backup file; the replaced database is kept in backups/"
    )
    restore.add_argument("input", type=Path, metavar="IN")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def _backup(args: argparse.Namespace, db: Database) -> int:
    from counter_app.operations.admin.backups import BackupKind, copy_database, record_backup

    output: Path = args.output
    if output.exists():
        print(f"{output} 已存在，请换一个文件名（不会覆盖已有文件）", file=sys.stderr)
        return 2
    copy_database(db, output)  # what is there: opening the database first could create or migrate it
    from counter_app.bootstrap import open_context

    ctx = open_context(args.db, args.demo)
    try:
        made = record_backup(ctx, output, BackupKind.COMMAND)
    finally:
        ctx.db.dispose()
    print(f"已备份 {db.describe()} → {made.path}（{made.size:,} 字节）")
    return 0


def _confirmed(args: argparse.Namespace, db: Database) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        print("恢复会替换当前数据库；确认无误请加 --yes 再运行", file=sys.stderr)
        return False
    answer = input(f"将用 {args.input} 替换 {db.describe()}，当前数据库会保留在 {paths.backup_dir()}。输入 yes 继续：")
    return answer.strip().lower() == "yes"


def _restore(args: argparse.Namespace, db: Database) -> int:
    from counter_app.operations.admin.backups import backend_of
    from counter_app.operations.context import write_audit
    from counter_app.store.backup import RestoreResult, restore_sqlite, verify_backup
    from counter_app.store.backup_pg import restore_pg, verify_pg_backup

    backend = backend_of(db)
    revision = verify_backup(args.input) if backend == "sqlite" else verify_pg_backup(args.input)
    print(f"备份文件 {args.input} 检查通过（架构版本 {revision}）")
    if not _confirmed(args, db):
        print("未恢复，数据库保持不变", file=sys.stderr)
        return 2
    result: RestoreResult
    at = datetime.now().replace(microsecond=0)

    def on_live(session: Any) -> None:
        # Written into the checked copy itself: the entry is in the database exactly when the restore is.
        write_audit(session, admin_actor(), at, "backup.restore", str(args.input), revision=revision)

    if backend == "sqlite":
        result = restore_sqlite(db, args.input, on_live=on_live)
    else:
        result = restore_pg(db.url.render_as_string(hide_password=False), args.input, on_live=on_live)
    print(f"已从 {args.input} 恢复 {db.describe()}")
    if result.replaced is not None:
        print(f"被替换的数据库保留在 {result.replaced}")
    return 0


def run_backup_command(args: argparse.Namespace) -> int:
    """Run ``backup`` or ``restore``; problems a person can fix are printed, never raised."""
    from counter_app.operations.admin.database_access import database_url
    from counter_app.store.backup import BackupError
    from counter_app.store.database import Database

    db = Database(database_url(args.db, args.demo))
    try:
        return _backup(args, db) if args.command == "backup" else _restore(args, db)
    except BackupError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    finally:
        db.dispose()
