"""Fresh test databases, built from one migrated template per test session instead of migrating each one.

Migrating an empty database costs ≈ 0.3–0.5 s of CPU (alembic loads its scripts and runs every step); the suite
needs hundreds of them. So each session (each xdist worker) migrates one SQLite file and one PostgreSQL database
once, and a test gets a copy: the file copied, or ``CREATE DATABASE … TEMPLATE``. A copy is what migrating would
have produced — the same migrations ran on it — and the migration tests themselves ask for an empty database
(``@pytest.mark.empty_database``).

PostgreSQL's DROP DATABASE waits for a checkpoint (up to seconds on a busy machine), so databases are dropped in
background threads while the next tests run; the session waits for the last drop before it ends.
"""

from __future__ import annotations

import os
import shutil
import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

PG_URL = os.environ.get("COUNTER_APP_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def migrate_empty(url: str) -> None:
    """Run every migration on the empty database at ``url``."""
    from counter_app.store import migrate
    from counter_app.store.database import Database

    db = Database(url)
    try:
        migrate.upgrade(db)
    finally:
        db.dispose()


def build_sqlite_template(folder: Path) -> Path:
    path = folder / "migrated.db"
    migrate_empty(f"sqlite:///{path}")
    # Disposed: the last connection checkpointed the WAL into the file and removed it, so the file is the database.
    assert not path.with_name(path.name + "-wal").exists()
    return path


def sqlite_copy(template: Path, target: Path) -> str:
    """A migrated SQLite database at ``target`` (a copy of the session's template); its URL."""
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, target)
    return f"sqlite:///{target}"


def _admin() -> Engine:
    return create_engine(PG_URL, isolation_level="AUTOCOMMIT")


def _libpq_url(url: str) -> str:
    """The SQLAlchemy URL as psycopg takes it (without the "+psycopg" driver name)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _url_of(name: str) -> str:
    return make_url(PG_URL).set(database=name).render_as_string(hide_password=False)


def _no_server(exc: Exception) -> None:
    if os.environ.get("CI"):
        raise RuntimeError(f"PostgreSQL is required in CI but not reachable at {PG_URL}: {exc}") from exc
    pytest.skip(f"no PostgreSQL at {PG_URL}")


class _Dropper:
    """Drops databases in background threads; ``finish`` waits for all of them.

    Each DROP DATABASE waits for a checkpoint of the whole server (seconds on a busy machine), but drops that wait
    at the same time share one checkpoint: eight one after another took 38–59 s here, eight at once 1.7–3.4 s
    (loaded machine). So several run at once.
    """

    THREADS = 6

    def __init__(self) -> None:
        self._pool: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        self.failures: list[str] = []

    def drop(self, name: str) -> None:
        with self._lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(self.THREADS, thread_name_prefix="drop-test-database")
            self._pool.submit(self._drop, name)

    def _drop(self, name: str) -> None:
        try:
            with psycopg.connect(_libpq_url(PG_URL), autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        except Exception as exc:  # noqa: BLE001 - reported by finish(), the session must go on
            self.failures.append(f"{name}: {exc}")

    def finish(self) -> list[str]:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True)
        return self.failures


DROPPER = _Dropper()
_template: dict[str, str] = {}  # "name" → this session's migrated PostgreSQL template
_template_lock = threading.Lock()


def _pg_template() -> str:
    """This session's migrated PostgreSQL template, built on first use."""
    with _template_lock:
        if "name" not in _template:
            name = f"counter_template_{uuid.uuid4().hex[:10]}"
            admin = _admin()
            try:
                with admin.connect() as conn:
                    conn.execute(text(f'CREATE DATABASE "{name}"'))
            finally:
                admin.dispose()
            try:
                migrate_empty(_url_of(name))
            except BaseException:
                DROPPER.drop(name)
                raise
            _template["name"] = name
        return _template["name"]


def drop_pg_template() -> None:
    """At the end of the session: drop the template (after the databases copied from it)."""
    if "name" in _template:
        DROPPER.drop(_template.pop("name"))


def fresh_pg_database(migrated: bool = False) -> Iterator[str]:
    """A new PostgreSQL database for one test, empty or a copy of the migrated template; dropped afterwards."""
    name = f"counter_test_{uuid.uuid4().hex[:10]}"
    admin = _admin()
    try:
        template = f' TEMPLATE "{_pg_template()}"' if migrated else ""
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"{template}'))
    except Exception as exc:  # noqa: BLE001 - any connection failure means "no server here"
        _no_server(exc)
    finally:
        admin.dispose()
    try:
        yield _url_of(name)
    finally:
        DROPPER.drop(name)
