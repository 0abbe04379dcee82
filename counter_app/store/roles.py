"""PostgreSQL roles: the database owner migrates; the counters log in as a role that cannot rewrite the audit log.

``setup_roles`` (run by the owner, ``counter-app db setup-roles``) creates a NOLOGIN *group* role per profile and
database (``<database>_counter``) holding the privileges, and a LOGIN role that is a member of it. Privileges live
on the group so that ``counter-app db upgrade`` can grant a migration's new tables to every profile in place, and a
second, narrower profile is one more entry in ``PROFILES``; the web page's role, whose grants name tables and
columns one by one, shares the set-up through ``setup_login_role`` (``store/web_role.py``).

The ``counter`` profile: SELECT/INSERT/UPDATE/DELETE on the working tables, only SELECT and INSERT on
``audit_entry``, only SELECT on ``alembic_version``; no CREATE on the schema, and — not owning any table — no
ALTER TABLE, DISABLE TRIGGER or DROP TRIGGER.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, text

from counter_app.domain.errors import DomainError

AUDIT_TABLE = "audit_entry"
VERSION_TABLE = "alembic_version"
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class RoleError(DomainError):
    """A role cannot be set up; the message says why and what to do."""


@dataclass(frozen=True)
class RoleProfile:
    working_tables: tuple[str, ...]  # privileges on every table not named below
    audit_table: tuple[str, ...]
    version_table: tuple[str, ...] = ("SELECT",)


PROFILES: dict[str, RoleProfile] = {
    "counter": RoleProfile(working_tables=("SELECT", "INSERT", "UPDATE", "DELETE"), audit_table=("SELECT", "INSERT")),
}


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str) -> str:
    # standard_conforming_strings is on (the default since PostgreSQL 9.1): doubling quotes is the whole escape.
    return "'" + value.replace("'", "''") + "'"


def group_role(database: str, profile: str) -> str:
    return f"{database}_{profile}"[:63]


def _role_exists(connection: Connection, name: str) -> bool:
    return bool(connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).scalar())


def can_migrate(connection: Connection) -> bool:
    """Whether the connected role may change the schema: it owns the tables (or is a superuser)."""
    return bool(connection.execute(text(
        "SELECT CASE WHEN (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN true "
        "WHEN to_regclass('alembic_version') IS NULL THEN has_schema_privilege(current_schema(), 'CREATE') "
        "ELSE pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = to_regclass('alembic_version')),"
        " 'USAGE') END"
    )).scalar())


def grant_profile(connection: Connection, group: str, profile: RoleProfile) -> None:
    """(Re)grant exactly the profile's privileges on every table of the current schema to ``group``."""
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    tables = list(connection.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
    )).scalars())
    role = quote_ident(group)
    connection.execute(text(f"GRANT CONNECT ON DATABASE {quote_ident(database)} TO {role}"))
    connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {role}"))
    for table in tables:
        privileges = {AUDIT_TABLE: profile.audit_table, VERSION_TABLE: profile.version_table}.get(
            table, profile.working_tables)
        connection.execute(text(f"REVOKE ALL ON {quote_ident(table)} FROM {role}"))
        if privileges:
            connection.execute(text(f"GRANT {', '.join(privileges)} ON {quote_ident(table)} TO {role}"))
    # Sequences: new ids (nextval); the audit chain draws its ids itself.
    connection.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}"))


def setup_roles(connection: Connection, app_user: str, password: str | None, profile: str = "counter") -> str:
    """Create (or update) the profile's group role and the login role ``app_user``; returns the group's name.

    Run as the owner on a current schema. ``password`` None keeps an existing role's password.
    """
    return setup_login_role(connection, app_user, password, profile,
                            lambda group: grant_profile(connection, group, PROFILES[profile]))


def setup_login_role(connection: Connection, app_user: str, password: str | None, profile: str,
                     grant: Callable[[str], None]) -> str:
    """The checks, the group role ``<database>_<profile>`` given its privileges by ``grant(group)``, and the login
    role in it; shared by the counters' profile and the web page's (``store/web_role.py``)."""
    if connection.dialect.name != "postgresql":
        raise RoleError("not_postgresql", "数据库角色只适用于 PostgreSQL；SQLite 文件由操作系统的文件权限保护")
    if not _NAME.match(app_user):
        raise RoleError("name", f"角色名「{app_user}」无效：只能用小写字母、数字和下划线，且不以数字开头")
    if not can_migrate(connection):
        raise RoleError("not_owner", "须以数据库所有者（建表的账户）连接后运行 counter-app db setup-roles")
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    group = group_role(database, profile)
    if app_user in (group, connection.execute(text("SELECT current_user")).scalar_one()):
        raise RoleError("name", f"角色名「{app_user}」不能与所有者或权限组同名")
    if not _role_exists(connection, group):
        connection.execute(text(f"CREATE ROLE {quote_ident(group)} NOLOGIN"))
    grant(group)
    # PostgreSQL 15 already withholds CREATE on the public schema from PUBLIC; older servers do not.
    connection.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
    user = quote_ident(app_user)
    options = "LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"
    secret = f" PASSWORD {_literal(password)}" if password is not None else ""
    verb = "ALTER" if _role_exists(connection, app_user) else "CREATE"
    connection.execute(text(f"{verb} ROLE {user} {options}{secret}"))
    connection.execute(text(f"GRANT {quote_ident(group)} TO {user}"))
    return group


def regrant_all(connection: Connection) -> list[str]:
    """After a migration: every existing profile group of this database gets the new tables (owner only)."""
    if connection.dialect.name != "postgresql":
        return []
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    done = []
    for name, profile in PROFILES.items():
        group = group_role(database, name)
        if _role_exists(connection, group):
            grant_profile(connection, group, profile)
            done.append(group)
    return done
