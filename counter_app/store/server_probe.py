"""Checking a database before the app commits to it: build a PostgreSQL URL, try a short connection, look for accounts.

Used by the first-run wizard, where a clerk types a server address and must learn at once (not after a minute's
hang at the next start) whether it answers.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, inspect, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from counter_app.domain.errors import DomainError
from counter_app.store.models import UserAccount

CONNECT_TIMEOUT_SECONDS = 3
DEFAULT_PG_PORT = 5432
# A host name, an IPv4 address or a bare IPv6 address; anything else would be misread inside a URL.
_HOST = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*")


class ServerSettingsError(DomainError):
    """A server field that cannot be used, or a server that does not answer; ``reason`` names the field."""


def postgres_url(host: str, port: int | str, database: str, user: str, password: str = "") -> str:
    """A psycopg URL from the wizard's fields; each empty or malformed field is refused by name."""
    host, database, user = host.strip(), database.strip(), user.strip()
    if not host:
        raise ServerSettingsError("host", "请填写数据库服务器地址（主机名或 IP）。")
    if not _HOST.fullmatch(host):
        raise ServerSettingsError(
            "host", f"服务器地址“{host[:60]}”无效：应为主机名或 IP 地址（字母、数字、. - _ 或 IPv6）。"
        )
    try:
        port_number = int(str(port).strip())
    except ValueError:
        raise ServerSettingsError("port", f"端口“{port}”无效：应为 1–65535 的数字。") from None
    if not 1 <= port_number <= 65535:
        raise ServerSettingsError("port", f"端口“{port_number}”无效：应为 1–65535 的数字。")
    if not database:
        raise ServerSettingsError("database", "请填写数据库名称。")
    if not user:
        raise ServerSettingsError("user", "请填写数据库用户名。")
    url = URL.create(
        "postgresql+psycopg", username=user, password=password or None, host=host, port=port_number, database=database
    )
    return url.render_as_string(hide_password=False)


def split_server_url(text: str) -> dict[str, Any]:
    """The fields of a pasted PostgreSQL address (``postgresql://user:password@host:port/database``)."""
    cleaned = text.strip()
    try:
        url = make_url(cleaned)
    except ArgumentError:
        raise ServerSettingsError("database_url", f"数据库地址“{cleaned[:80]}”格式不正确。") from None
    if url.get_backend_name() != "postgresql":
        raise ServerSettingsError("database_url", "共享数据库应为 PostgreSQL 地址，以 postgresql:// 开头。")
    return {
        "host": url.host or "",
        "port": url.port or DEFAULT_PG_PORT,
        "database": url.database or "",
        "user": url.username or "",
        "password": url.password or "",
    }


def _engine(url: str) -> Any:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ServerSettingsError("database_url", f"数据库地址“{url[:80]}”格式不正确。") from None
    connect_args: dict[str, Any] = {}
    if parsed.get_backend_name() == "postgresql":
        # libpq's own timeout: an unreachable host otherwise blocks for the OS TCP timeout (minutes).
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_SECONDS
    # A probe keeps no connection open; like every engine, it never puts statement parameters in an error text.
    return create_engine(parsed, connect_args=connect_args, poolclass=NullPool, hide_parameters=True)


def _reason(exc: SQLAlchemyError) -> str:
    original = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(original).splitlines() if line.strip()]
    return lines[0] if lines else type(original).__name__


def check_connection(url: str) -> None:
    """Connect once (at most a few seconds); a refusal is raised with the server's own reason."""
    engine = _engine(url)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except SQLAlchemyError as exc:
        where = make_url(url).render_as_string(hide_password=True)
        raise ServerSettingsError("connection", f"无法连接数据库 {where}：{_reason(exc)}") from None
    finally:
        engine.dispose()


def count_users(url: str) -> int:
    """How many accounts the database already holds (0 for a new or unmigrated one); it is not migrated here."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and not (parsed.database and Path(parsed.database).exists()):
        return 0  # connecting would create the file; a cancelled wizard must leave nothing behind
    engine = _engine(url)
    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table(UserAccount.__tablename__):
                return 0
            return int(connection.scalar(select(func.count()).select_from(UserAccount.__table__)) or 0)
    except SQLAlchemyError as exc:
        raise ServerSettingsError("connection", f"无法读取数据库：{_reason(exc)}") from None
    finally:
        engine.dispose()
