"""Where the database is and whether it answers: what the UI and the command line may know of the store.

The UI never imports ``store`` or SQLAlchemy (an import-linter contract in pyproject.toml says so); the wizard, the
start-up and the outage banner ask here instead: which URL this workstation uses, how an address reads without its
password, whether a server answers, and whether an exception means the connection was lost.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import make_url

from counter_app.store.database import DatabaseUnavailable, default_url, is_connection_lost, resolve_url
from counter_app.store.migrate import SchemaOutdated
from counter_app.store.server_probe import (
    DEFAULT_PG_PORT,
    ServerSettingsError,
    check_connection,
    count_users,
    postgres_url,
    split_server_url,
)

__all__ = [
    "DEFAULT_PG_PORT",
    "DatabaseUnavailable",
    "SchemaOutdated",
    "ServerSettingsError",
    "UrlParts",
    "check_connection",
    "count_users",
    "database_url",
    "default_url",
    "display_url",
    "is_connection_lost",
    "is_server_url",
    "postgres_url",
    "split_server_url",
    "url_parts",
]


def database_url(explicit: str | None = None, demo: bool = False) -> str:
    """``--db`` first, then ``COUNTER_APP_DB``, then this workstation's choice (first-run wizard or settings), then
    the SQLite file in the data folder."""
    from counter_app.workstation import load_workstation  # read only when nothing more explicit was given

    if explicit or demo:
        return resolve_url(explicit, demo)
    return resolve_url(None, False, configured=load_workstation().database_url)


@dataclass(frozen=True)
class UrlParts:
    backend: str  # "sqlite" or "postgresql"
    host: str
    port: int
    database: str
    username: str
    password: str


def url_parts(url: str) -> UrlParts:
    parsed = make_url(url)
    return UrlParts(parsed.get_backend_name(), parsed.host or "", parsed.port or DEFAULT_PG_PORT,
                    parsed.database or "", parsed.username or "", parsed.password or "")


def display_url(url: str) -> str:
    """The address as it may be shown: the password replaced by ***."""
    return make_url(url).render_as_string(hide_password=True)


def is_server_url(url: str) -> bool:
    return make_url(url).get_backend_name() != "sqlite"
