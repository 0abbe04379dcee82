"""Backups and restore of a PostgreSQL database through the client tools pg_dump and pg_restore.

The dump is PostgreSQL's custom format (``pg_dump -Fc``). A restore checks the dump first (readable by
pg_restore, a schema revision this program knows; then, restored into a scratch database, the schema fingerprint
and the audit chain), keeps a dump of the database it replaces in the backup folder, then runs
``pg_restore --clean --if-exists --single-transaction`` so it lands completely or not at all.
The password goes to the tools through PGPASSWORD, never on the command line (where ``ps`` would show it).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from counter_app import paths
from counter_app.store.backup import (
    BackupError,
    OnLive,
    RestoreResult,
    check_restorable,
    check_revision,
    unique_path,
)
from counter_app.store.roles import quote_ident, regrant_all

_STAMP = "%Y%m%d-%H%M%S"
# The data line of the alembic_version table in pg_restore's SQL output: "COPY ... FROM stdin;" then rows.
_VERSION_COPY = re.compile(r"^COPY \S*alembic_version \(version_num\) FROM stdin;\n(.*?)^\\\.$", re.M | re.S)


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupError(
            "tool_missing",
            f"未安装 {name}（PostgreSQL 客户端工具），无法备份或恢复 PostgreSQL 数据库。"
            f"请安装与服务器同一主版本的 PostgreSQL 客户端（如 postgresql-client），并把其 bin 目录加入 PATH",
        )
    return found


def connection_options(url: str) -> tuple[list[str], dict[str, str]]:
    """Command-line options and environment naming the server, user and database of a SQLAlchemy URL."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise BackupError("not_postgresql", f"{parsed.render_as_string(hide_password=True)} 不是 PostgreSQL 数据库")
    if not parsed.database:
        raise BackupError("no_database", "PostgreSQL 地址中缺少数据库名")
    options = ["--dbname", parsed.database, "--no-password"]
    if parsed.host:
        options += ["--host", parsed.host]
    if parsed.port:
        options += ["--port", str(parsed.port)]
    if parsed.username:
        options += ["--username", parsed.username]
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    sslmode = parsed.query.get("sslmode")
    if isinstance(sslmode, str):
        env["PGSSLMODE"] = sslmode
    return options, env


def _run(command: list[str], env: dict[str, str] | None, what: str) -> str:
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, encoding="utf-8", errors="replace")
    except OSError as exc:
        raise BackupError("tool_failed", f"无法运行 {command[0]}：{exc.strerror or exc}") from exc
    if done.returncode != 0:
        detail = " ".join(done.stderr.strip().splitlines()[-3:]) or f"退出码 {done.returncode}"
        raise BackupError("tool_failed", f"{what}失败：{detail}")
    return done.stdout


def backup_pg(url: str, target: Path) -> Path:
    """A custom-format dump of the database at ``target`` (written under a temporary name first)."""
    pg_dump = _tool("pg_dump")
    options, env = connection_options(url)
    target = Path(target)
    temp = target.with_name(f".{target.name}.part")
    try:
        _run([pg_dump, "--format=custom", "--file", str(temp), *options], env, "pg_dump 备份")
        os.replace(temp, target)
    except OSError as exc:
        raise BackupError("backup_failed", f"无法写入备份 {target}：{exc.strerror or exc}") from exc
    finally:
        temp.unlink(missing_ok=True)
    return target


def verify_pg_backup(path: Path) -> str:
    """The schema revision inside a custom-format dump, or a BackupError saying why it cannot be restored."""
    pg_restore = _tool("pg_restore")
    path = Path(path)
    if not path.is_file():
        raise BackupError("file_missing", f"找不到备份文件 {path}")
    with path.open("rb") as handle:
        if handle.read(5) != b"PGDMP":
            raise BackupError("not_pg_dump", f"{path} 不是 pg_dump 自定义格式（-Fc）的备份文件")
    script = _run(
        [pg_restore, "--data-only", "--table", "alembic_version", "--file", "-", str(path)], None, f"读取备份 {path} "
    )
    match = _VERSION_COPY.search(script)
    rows = match.group(1).split() if match else []
    return check_revision(rows[0] if rows else None, path)


@contextmanager
def _scratch_databases(url: str, stamp: str, count: int) -> Iterator[list[str]]:
    """Empty databases beside the live one for the restore's checks, dropped on every path (the owner needs
    CREATEDB). Leftovers of a killed restore are dropped first."""
    parsed = make_url(url)
    prefix = f"{parsed.database}_restore_"[:50]
    admin = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool, hide_parameters=True)
    names = [f"{prefix}{stamp.replace('-', '')}_{i}"[:63] for i in range(count)]
    try:
        with admin.connect() as connection:
            stale = connection.execute(text("SELECT datname FROM pg_database WHERE starts_with(datname, :p)"),
                                       {"p": prefix}).scalars().all()
            for name in [*stale, *names]:
                connection.execute(text(f"DROP DATABASE IF EXISTS {quote_ident(name)} WITH (FORCE)"))
            for name in names:
                connection.execute(text(f"CREATE DATABASE {quote_ident(name)}"))
    except SQLAlchemyError as exc:
        admin.dispose()
        raise BackupError("scratch_failed", f"无法建立用于检查备份的临时数据库（需要 CREATEDB 权限）：{exc.orig or exc}"
                          ) from exc
    try:
        yield [parsed.set(database=name).render_as_string(hide_password=False) for name in names]
    finally:
        with admin.connect() as connection:
            for name in names:
                connection.execute(text(f"DROP DATABASE IF EXISTS {quote_ident(name)} WITH (FORCE)"))
        admin.dispose()


def restore_pg(url: str, source: Path, now: datetime | None = None, on_live: OnLive | None = None) -> RestoreResult:
    """Replace the database's content with a checked dump; the replaced content is dumped to the backup folder.

    The dump is first restored into a scratch database and checked there (``check_restorable``: schema fingerprint,
    then migrated forward, the audit chain), and the restore's audit entry is written into it; only that checked
    copy, dumped again, replaces the live content, in one transaction.
    """
    pg_restore = _tool("pg_restore")
    revision = verify_pg_backup(source)
    options, env = connection_options(url)
    name = make_url(url).database
    stamp = (now or datetime.now()).strftime(_STAMP)
    with tempfile.TemporaryDirectory(prefix="counter-restore-") as folder, \
            _scratch_databases(url, stamp, 2) as (staging, reference):
        staging_options, _ = connection_options(staging)
        _run([pg_restore, "--no-owner", "--no-acl", "--exit-on-error", "--single-transaction", *staging_options,
              str(source)], env, "pg_restore 检查备份")
        check_restorable(staging, Path(source), revision, on_live, scratch_url=reference)
        checked = backup_pg(staging, Path(folder) / "checked.dump")
        replaced = backup_pg(url, unique_path(paths.backup_dir() / f"{name}-replaced-{stamp}.dump"))
        command = [pg_restore, "--clean", "--if-exists", "--single-transaction", "--no-owner", "--no-acl",
                   "--exit-on-error", *options, str(checked)]
        _run(command, env, "pg_restore 恢复")
    engine = create_engine(url, poolclass=NullPool, hide_parameters=True)
    try:
        with engine.begin() as connection:
            regrant_all(connection)  # --no-acl: the counters' roles get their narrow rights back
    finally:
        engine.dispose()
    return RestoreResult(revision=revision, replaced=replaced)
