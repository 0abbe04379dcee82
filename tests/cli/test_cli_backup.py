"""``counter-app backup OUT`` and ``counter-app restore IN [--yes]``: messages, exit codes, audit entries."""

from __future__ import annotations

import argparse
import shutil

import pytest
from sqlalchemy import select

from counter_app.bootstrap import open_context
from counter_app.cli.backup import add_backup_parser, run_backup_command
from counter_app.demo.cards import make_demo_cards
from counter_app.store.models import AuditEntry, Base
from tests.databases import fresh_pg_database
from tests.store.table_checksums import table_checksums


def _run(*argv: str) -> int:
    # The same top-level options as counter_app.cli.main, which wires these subcommands in.
    parser = argparse.ArgumentParser(prog="counter-app")
    parser.add_argument("--db")
    parser.add_argument("--demo", action="store_true")
    add_backup_parser(parser.add_subparsers(dest="command"))
    return run_backup_command(parser.parse_args(list(argv)))


def _filled(url: str, records: int = 40):
    ctx = open_context(url)
    make_demo_cards(ctx, records)
    return ctx


def _wipe(ctx) -> None:
    with ctx.db.write() as session:
        for table in reversed(Base.metadata.sorted_tables):
            if table.name != "audit_entry":
                session.execute(table.delete())


def _actions(ctx) -> list[str]:
    with ctx.db.read() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def _round_trip(url: str, tmp_path, capsys) -> None:
    ctx = _filled(url)
    out = tmp_path / "站里备份.bak"
    assert _run("--db", url, "backup", str(out)) == 0
    assert "已备份" in capsys.readouterr().out and out.exists()
    *in_backup, last = _actions(ctx)
    assert last == "backup.create"  # written after the copy, so it is not inside the backup it describes
    before = table_checksums(ctx.db.engine)

    assert _run("--db", url, "backup", str(out)) == 2  # never overwrites an existing file
    assert "已存在" in capsys.readouterr().err

    _wipe(ctx)
    ctx.db.dispose()
    assert _run("--db", url, "restore", str(out)) == 2  # not confirmed (stdin is not a terminal here)
    captured = capsys.readouterr()
    assert "检查通过" in captured.out and "--yes" in captured.err
    assert table_checksums(ctx.db.engine)["card_case"][0] == 0
    ctx.db.dispose()  # a restore waits for every window to let go of the database

    assert _run("--db", url, "restore", str(out), "--yes") == 0
    captured = capsys.readouterr()
    assert "已从" in captured.out and "被替换的数据库保留在" in captured.out
    after = table_checksums(ctx.db.engine)
    assert {name: rows for name, rows in after.items() if name != "audit_entry"} == {
        name: rows for name, rows in before.items() if name != "audit_entry"
    }
    assert _actions(ctx) == [*in_backup, "backup.restore"]  # recorded in the restored database, after its history
    ctx.db.dispose()


def test_sqlite_backup_and_restore_round_trip(tmp_path, capsys):
    _round_trip(f"sqlite:///{tmp_path / 'counter.db'}", tmp_path, capsys)


@pytest.mark.skipif(shutil.which("pg_dump") is None, reason="pg_dump (PostgreSQL client tools) is not installed")
def test_postgresql_backup_and_restore_round_trip(tmp_path, capsys):
    for url in fresh_pg_database():
        _round_trip(url, tmp_path, capsys)


def test_a_bad_file_is_refused_with_a_message_and_exit_1(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'counter.db'}"
    ctx = _filled(url, 5)
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("hello", encoding="utf-8")
    before = table_checksums(ctx.db.engine)
    assert _run("--db", url, "restore", str(not_a_db), "--yes") == 1
    assert "不是 SQLite 数据库文件" in capsys.readouterr().err
    assert _run("--db", url, "restore", str(tmp_path / "absent.db"), "--yes") == 1
    assert "找不到备份文件" in capsys.readouterr().err
    assert table_checksums(ctx.db.engine) == before
    ctx.db.dispose()


def test_missing_pg_dump_is_explained(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    assert _run("--db", "postgresql+psycopg://postgres@127.0.0.1/x", "backup", str(tmp_path / "x.dump")) == 1
    err = capsys.readouterr().err
    assert "未安装 pg_dump" in err and "Traceback" not in err


def test_backup_of_a_database_file_not_yet_created(tmp_path, capsys):
    assert _run("--db", f"sqlite:///{tmp_path / 'none.db'}", "backup", str(tmp_path / "x.db")) == 1
    assert "找不到数据库文件" in capsys.readouterr().err
    assert not (tmp_path / "x.db").exists()
