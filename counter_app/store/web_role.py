"""The web page's PostgreSQL role: read what it shows, write only bookings and its own audit rows.

``counter-app web setup-role --app-user NAME`` (run by the database owner) creates a NOLOGIN group role
``<database>_web`` holding exactly the grants below and a LOGIN role in it. Every grant names its table (and, on
``card_case``, its columns), so a table a later migration adds stays closed to the web until someone decides
otherwise; re-running the command re-applies the list.

What the web may do, table by table:

- ``card_case``: SELECT of the columns the status answer needs (the ID number, for comparing its last 4; never
  the name, phone, address or storage place) — nothing else.
- ``appointment_slot``: SELECT, and UPDATE of ``booked`` only (the guarded UPDATE that takes or gives a place).
- ``booking``: SELECT, INSERT, and UPDATE of the status columns (cancelling); no DELETE.
- ``audit_entry``: SELECT and INSERT (the append-only triggers refuse anything else to everyone).
- ``setting``, ``alembic_version``: SELECT (station details, office hours, notices, retention; the schema check).
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

from counter_app.domain.errors import DomainError

PROFILE = "web"
CARD_COLUMNS = ("id", "acceptance_no", "id_number", "service_id", "reason", "state", "promised_date",
                "temp_card_issued")
GRANTS: tuple[tuple[str, str], ...] = (
    ("card_case", f"SELECT ({', '.join(CARD_COLUMNS)})"),
    ("appointment_slot", "SELECT, UPDATE (booked)"),
    ("booking", "SELECT, INSERT, UPDATE (status, status_at, status_by)"),
    ("audit_entry", "SELECT, INSERT"),
    ("setting", "SELECT"),
    ("alembic_version", "SELECT"),
)
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class WebRoleError(DomainError):
    """The role cannot be set up; the message says why and what to do."""


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"  # standard_conforming_strings is on (PostgreSQL ≥ 9.1 default)


def _role_exists(connection: Connection, name: str) -> bool:
    return bool(connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).scalar())


def setup_web_role(connection: Connection, app_user: str, password: str | None) -> str:
    """Create or update the web group role and its login role ``app_user``; returns the group's name.

    Run as the database owner on a current schema; ``password`` None keeps an existing role's password.
    """
    if connection.dialect.name != "postgresql":
        raise WebRoleError("not_postgresql", "数据库角色只适用于 PostgreSQL；SQLite 文件由操作系统的文件权限保护")
    if not _NAME.match(app_user):
        raise WebRoleError("name", f"角色名「{app_user}」无效：只能用小写字母、数字和下划线，且不以数字开头")
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    group = f"{database}_{PROFILE}"[:63]
    if app_user in (group, connection.execute(text("SELECT current_user")).scalar_one()):
        raise WebRoleError("name", f"角色名「{app_user}」不能与所有者或权限组同名")
    if not _role_exists(connection, group):
        connection.execute(text(f"CREATE ROLE {_quote(group)} NOLOGIN"))
    role = _quote(group)
    connection.execute(text(f"GRANT CONNECT ON DATABASE {_quote(database)} TO {role}"))
    connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {role}"))
    tables = connection.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars().all()
    for table in tables:  # start from nothing, so a grant removed from GRANTS is removed here too
        connection.execute(text(f"REVOKE ALL ON {_quote(table)} FROM {role}"))
    for table, privileges in GRANTS:
        connection.execute(text(f"GRANT {privileges} ON {_quote(table)} TO {role}"))
    for sequence in ("booking_id_seq", "audit_entry_id_seq"):  # new ids for the two tables it inserts into
        connection.execute(text(f"GRANT USAGE ON SEQUENCE {_quote(sequence)} TO {role}"))
    user = _quote(app_user)
    options = "LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"
    secret = f" PASSWORD {_literal(password)}" if password is not None else ""
    verb = "ALTER" if _role_exists(connection, app_user) else "CREATE"
    connection.execute(text(f"{verb} ROLE {user} {options}{secret}"))
    connection.execute(text(f"GRANT {role} TO {user}"))
    return group
