"""Engine and session set-up: SQLite in the user's data folder by default, any SQLAlchemy URL otherwise.

SQLite runs in WAL mode with foreign keys on. Write transactions start with ``BEGIN IMMEDIATE`` so that two
counters writing at once wait for each other (busy timeout) instead of failing on a lock upgrade.

PostgreSQL connections carry timeouts, so that a server that is down, paused or cut off by the network is
reported within seconds instead of hanging a counter: libpq's ``connect_timeout``, a server-side
``statement_timeout`` and ``idle_in_transaction_session_timeout`` (a stuck counter cannot hold row locks for long),
and TCP keepalives plus ``tcp_user_timeout`` so a dead peer is noticed on a connection already open.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from counter_app import paths
from counter_app.domain.errors import DomainError

ENV_DB = "COUNTER_APP_DB"
_WRITE = "counter_app_write"

CONNECT_TIMEOUT_S = 5  # libpq rounds below 2 s up to 2; a LAN server answers in milliseconds
STATEMENT_TIMEOUT_MS = 30_000  # the slowest legitimate statement (a year's report) takes ≈ 2 s
IDLE_IN_TRANSACTION_MS = 60_000
SQLITE_BUSY_TIMEOUT_MS = 10_000


def postgres_connect_args() -> dict[str, Any]:
    """libpq parameters every PostgreSQL connection of the app uses (see the module docstring)."""
    options = (f"-c statement_timeout={STATEMENT_TIMEOUT_MS} "
               f"-c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_MS}")
    return {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "options": options,
        "keepalives": 1,
        "keepalives_idle": 10,
        "keepalives_interval": 5,
        "keepalives_count": 3,
        "tcp_user_timeout": 20_000,  # ms: unacknowledged data for this long drops the connection
    }


class DatabaseUnavailable(DomainError):
    """The database server cannot be reached right now; raised at once instead of waiting for a timeout."""

    def __init__(self, where: str) -> None:
        super().__init__("unavailable", f"无法连接数据库服务器 {where}，正在重试；恢复后可继续办理。")


_SQLITE_OUTAGES = ("locked", "unable to open", "disk i/o", "readonly database")


def is_connection_lost(exc: BaseException) -> bool:
    """Whether ``exc`` says the database could not be reached (as opposed to a bug or a refused value)."""
    if isinstance(exc, DatabaseUnavailable):
        return True
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    if isinstance(exc, OperationalError):
        text = str(exc.orig).lower()
        is_sqlite = type(exc.orig).__module__.startswith("sqlite3")
        return not is_sqlite or any(word in text for word in _SQLITE_OUTAGES)
    return False


def default_url(demo: bool = False) -> str:
    name = "demo.db" if demo else "counter.db"
    return f"sqlite:///{paths.data_dir() / name}"


def resolve_url(explicit: str | None = None, demo: bool = False, configured: str | None = None) -> str:
    """``--db`` first, then ``COUNTER_APP_DB``, then ``configured`` (this workstation's choice, read by the caller:
    the store knows no workstation), then the SQLite file in the data folder."""
    if explicit:
        return explicit
    if demo:
        return default_url(demo)
    if os.environ.get(ENV_DB):
        return os.environ[ENV_DB]
    return configured or default_url()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite's own transaction handling is switched off so that BEGIN is ours (see _begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    # FULL: a committed pickup survives a power cut (NORMAL in WAL mode may lose the last commits).
    # bench/bench_durability.py measures what it costs an acceptance and a pickup.
    cursor.execute("PRAGMA synchronous=FULL")
    # An INSERT OR REPLACE on audit_entry then fires its delete trigger (and is refused) instead of silently
    # deleting the old row; the migration's BEFORE INSERT trigger refuses it for other connections too.
    cursor.execute("PRAGMA recursive_triggers=ON")
    cursor.execute("PRAGMA case_sensitive_like=ON")
    cursor.close()


def _begin(connection: Any) -> None:
    immediate = connection.get_execution_options().get(_WRITE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """One database: an engine, a session factory, and the two kinds of transaction the app uses."""

    def __init__(self, url: str, echo: bool = False) -> None:
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        if self.is_sqlite and self.url.database and self.url.database != ":memory:":
            Path(self.url.database).parent.mkdir(parents=True, exist_ok=True)
        # Statement parameters are applicants' names, ID numbers and phones: never in an error text or a log.
        kwargs: dict[str, Any] = {"echo": echo, "hide_parameters": True}
        if self.is_sqlite:
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
        else:
            kwargs["pool_pre_ping"] = True
            if self.url.get_backend_name() == "postgresql":
                kwargs["connect_args"] = postgres_connect_args()
        self.engine: Engine = create_engine(self.url, **kwargs)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
            event.listen(self.engine, "begin", _begin)
        # Set by the window's connection monitor while the server does not answer: work then stops at once with
        # DatabaseUnavailable instead of hanging the GUI thread on a dead socket (see ``probing``).
        self.unreachable = False
        self._probe = threading.local()
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(self.engine.execution_options(**{_WRITE: True}), expire_on_commit=False)

    @property
    def sqlite_path(self) -> Path | None:
        if self.is_sqlite and self.url.database and self.url.database != ":memory:":
            return Path(self.url.database)
        return None

    def describe(self) -> str:
        """The location shown to people: a file path, or the server without its password."""
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        return self.url.render_as_string(hide_password=True)

    def server_address(self) -> str:
        """``host:port`` of a database server ("" for a SQLite file): what an outage message names."""
        if self.is_sqlite:
            return ""
        return f"{self.url.host or 'localhost'}:{self.url.port or 5432}"

    def where(self) -> str:
        """The server's ``host:port``, or the file: what an outage message names."""
        return self.server_address() or self.describe()

    def _check_reachable(self) -> None:
        if self.unreachable and not getattr(self._probe, "active", False):
            raise DatabaseUnavailable(self.where())

    @contextmanager
    def probing(self) -> Iterator[None]:
        """Work in this thread that checks whether the server is back: allowed while ``unreachable``."""
        self._probe.active = True
        try:
            yield
        finally:
            self._probe.active = False

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work; closing it ends the transaction and keeps loaded objects readable."""
        self._check_reachable()
        with self._reader() as session:
            yield session

    @contextmanager
    def write(self, on: Connection | None = None) -> Iterator[Session]:
        """An all-or-nothing unit of work: committed if the block finishes, rolled back if it raises.

        ``on``: the connection of an :meth:`autocommit` block still open, to go on with rather than take another
        from the pool (each check-out pings the server: a round trip). Its reads end here.
        """
        self._check_reachable()
        if on is None:
            with self._writer() as session, session.begin():
                yield session
            return
        on.rollback()
        if self.is_sqlite:
            on.execution_options(**{_WRITE: True})
        else:
            on.execution_options(isolation_level=on.default_isolation_level)
        with Session(bind=on, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def autocommit(self) -> Iterator[Connection]:
        """On a server, a connection whose every statement is a transaction of its own: no BEGIN and COMMIT round
        trips, and a row a statement locks is free again when the statement ends, not when this process gets to
        send a COMMIT. On SQLite a read transaction, for reads only: its write transactions are serialised anyway,
        and SQLAlchemy's autocommit would leave pysqlite's own transaction handling switched back on."""
        self._check_reachable()
        with self.engine.connect() as connection:
            yield connection if self.is_sqlite else connection.execution_options(isolation_level="AUTOCOMMIT")

    @contextmanager
    def bulk_write(self, fresh_file: bool = False) -> Iterator[Session]:
        """A write unit of work for a large load whose references the caller guarantees (the demo builder).

        On SQLite its connection checks no foreign keys; for a ``fresh_file`` (one holding nothing a crash could
        cost) it also keeps the rollback journal in memory and does not sync, so each page is written once, to the
        file, instead of to the WAL and again at the checkpoint. A rollback still undoes everything; a crash in the
        middle may leave a fresh file unusable. The file is set back to WAL and the connection closed afterwards
        (the next one gets the usual settings), so the database is an ordinary one again. Elsewhere: :meth:`write`.
        """
        if not self.is_sqlite:
            with self.write() as session:
                yield session
            return
        with self.engine.connect() as connection:
            raw = connection.connection.driver_connection  # no transaction yet: these PRAGMAs only work outside one
            try:
                raw.execute("PRAGMA foreign_keys=OFF")
                if fresh_file:
                    # Refused (the mode stays WAL) while another connection has the file open: only slower then.
                    raw.execute("PRAGMA journal_mode=MEMORY")
                    raw.execute("PRAGMA synchronous=OFF")
                with Session(connection.execution_options(**{_WRITE: True})) as session, session.begin():
                    yield session
            finally:
                if fresh_file:
                    raw.execute("PRAGMA journal_mode=WAL")
                connection.invalidate()

    def dispose(self) -> None:
        self.engine.dispose()
