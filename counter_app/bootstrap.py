"""Opening the application's world: the database (migrated), the catalog (with station overrides), the fonts."""

from __future__ import annotations

import logging
import threading

from counter_app import paths
from counter_app.catalog_cache import load_catalog_cached
from counter_app.operations.admin.audit_integrity import record_daily_verification
from counter_app.operations.admin.backups import daily_backup_if_due
from counter_app.operations.admin.database_access import database_url
from counter_app.operations.context import Actor, AppContext
from counter_app.store import migrate
from counter_app.store.database import Database

log = logging.getLogger(__name__)


def run_daily_backup(ctx: AppContext) -> None:
    """The first start of a day backs up the SQLite file; a failed backup is logged and never stops the app."""
    try:
        if daily_backup_if_due(ctx) is not None:
            # The day's first start also walks the audit chain: a broken link is found within a day, and the
            # verdict goes into the log the supervisor reads (audit.verify).
            record_daily_verification(ctx)
    except Exception:  # noqa: BLE001 - a missing backup must not keep the counter closed; the log says why
        log.exception("daily backup of %s failed", ctx.db.describe())


def start_daily_backup(ctx: AppContext) -> threading.Thread | None:
    """``run_daily_backup`` on a thread of its own, for the window: the day's first start does not wait for a copy
    of the file and a walk over the whole audit log (seconds, for a station's year of entries; bench/README.md).
    SQLite lets the copy and the walk read while the clerk writes (WAL); the verdict's seal takes the write lock
    like any change. Not a daemon: a window closed meanwhile leaves the process until the copy is whole."""
    if ctx.db.sqlite_path is None:
        return None
    thread = threading.Thread(target=run_daily_backup, args=(ctx,), name="daily-backup")
    thread.start()
    return thread


def open_context(db_url: str | None = None, demo: bool = False, actor: Actor | None = None,
                 daily_backup: bool = True) -> AppContext:
    """The database (migrated), the catalog and, for the first start of a day on SQLite, the day's backup and audit
    check (``daily_backup=False``: the caller starts them itself, see ``start_daily_backup``)."""
    db = Database(database_url(db_url, demo))
    migrate.upgrade(db)
    catalog = load_catalog_cached(paths.catalog_cache_file(), overrides_dir=paths.overrides_dir())
    for problem in catalog.problems:
        log.warning("catalog problem: %s", problem)
    ctx = AppContext(db=db, catalog=catalog, actor=actor or Actor())
    if daily_backup and not demo and db.sqlite_path is not None:
        run_daily_backup(ctx)
    if demo:
        from counter_app.demo.seed import ensure_demo_data

        ensure_demo_data(ctx)
    return ctx
