"""Schema migrations (Alembic), applied at start-up; a SQLite file is copied before any migration runs."""

from __future__ import annotations

import logging
import re
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from counter_app import paths
from counter_app.domain.errors import DomainError
from counter_app.store.database import Database
from counter_app.store.roles import can_migrate, regrant_all

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


# Revisions are numbered like their files (0001_….py has revision "0001") and form one line, so the newest file
# names the head; a test holds this against alembic's own answer. It lets a start on a current schema skip
# importing alembic (with mako and pygments), a third of the start-up time.
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def expected_head() -> str:
    numbers = [m.group(1) for f in (MIGRATIONS_DIR / "versions").iterdir() if (m := _REVISION_FILE.match(f.name))]
    assert numbers, "no migration scripts found"
    return max(numbers)


def stored_revision(db: Database) -> str | None:
    """The schema revision recorded in the database (one SELECT; None for an empty database)."""
    with db.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None, "no migration scripts found"
    return head


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def copy_sqlite_file(source: Path, target: Path) -> Path:
    """A consistent copy of a live SQLite database (the online backup API, safe while others write)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    # closing(): a connection's own "with" only ends a transaction; left open, the files stay open until a garbage
    # collection (the connection and its statement cache are a cycle), and a restore sees the database in use.
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    return target


class SchemaOutdated(DomainError):
    """The schema is older than this program and the connected role may not migrate it (a counters' role)."""


def _refuse_unless_owner(db: Database, stored: str | None) -> None:
    if db.is_sqlite:
        return
    with db.engine.connect() as connection:
        if can_migrate(connection):
            return
        who = connection.execute(text("SELECT current_user")).scalar_one()
    found = f"版本 {stored}" if stored else "空的数据库"
    raise SchemaOutdated(
        "schema_outdated",
        f"数据库结构是{found}，本程序需要版本 {expected_head()}；窗口账户 {who} 无权升级。"
        "请由数据库所有者运行 counter-app --db <所有者的连接> db upgrade，然后再启动本程序。",
    )


def upgrade(db: Database) -> Path | None:
    """Bring the schema to the newest revision; return the pre-migration copy, if one was made.

    On PostgreSQL only the owner migrates: a counter connected as the counters' role finds an older schema and
    refuses to start (SchemaOutdated) instead of half-running a migration it has no rights for.
    """
    stored = stored_revision(db)
    if stored == expected_head():
        return None
    _refuse_unless_owner(db, stored)
    from alembic import command

    current, head = current_revision(db), head_revision()
    if current == head:
        return None
    copy = None
    path = db.sqlite_path
    if path is not None and path.exists() and current is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        copy = copy_sqlite_file(path, paths.backup_dir() / f"{path.stem}-before-{head}-{stamp}.db")
        log.info("copied %s to %s before migrating %s → %s", path, copy, current, head)
    config = _config()
    with db.engine.begin() as connection:
        if not db.is_sqlite:
            # Building an index on a million cards may take longer than an everyday statement is allowed.
            connection.exec_driver_sql("SET LOCAL statement_timeout = 0")
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        regrant_all(connection)  # the counters' roles get the new tables, with the same narrow rights
    return copy
