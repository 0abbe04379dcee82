"""Schema migrations (Alembic), applied at start-up; a SQLite file is copied before any migration runs."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from counter_app import paths
from counter_app.store.database import Database

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None, "no migration scripts found"
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def copy_sqlite_file(source: Path, target: Path) -> Path:
    """A consistent copy of a live SQLite database (the online backup API, safe while others write)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def upgrade(db: Database) -> Path | None:
    """Bring the schema to the newest revision; return the pre-migration copy, if one was made."""
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
    return copy
