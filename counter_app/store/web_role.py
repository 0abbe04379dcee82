"""The web page's PostgreSQL role: read what it shows, write only bookings and its own audit rows.

``counter-app db setup-roles --profile web --app-user NAME`` (run by the database owner) creates a NOLOGIN group role
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

from sqlalchemy import Connection, text

from counter_app.store.roles import quote_ident, setup_login_role

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


def grant_web(connection: Connection, group: str) -> None:
    """(Re)grant exactly ``GRANTS`` to ``group``: everything else on the schema's tables is revoked first."""
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    role = quote_ident(group)
    connection.execute(text(f"GRANT CONNECT ON DATABASE {quote_ident(database)} TO {role}"))
    connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {role}"))
    tables = connection.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars().all()
    for table in tables:  # start from nothing, so a grant removed from GRANTS is removed here too
        connection.execute(text(f"REVOKE ALL ON {quote_ident(table)} FROM {role}"))
    for table, privileges in GRANTS:
        connection.execute(text(f"GRANT {privileges} ON {quote_ident(table)} TO {role}"))
    for sequence in ("booking_id_seq", "audit_entry_id_seq"):  # new ids for the two tables it inserts into
        connection.execute(text(f"GRANT USAGE ON SEQUENCE {quote_ident(sequence)} TO {role}"))


def setup_web_role(connection: Connection, app_user: str, password: str | None) -> str:
    """Create or update the web group role and its login role ``app_user``; returns the group's name.

    Run as the database owner on a current schema; ``password`` None keeps an existing role's password.
    """
    return setup_login_role(connection, app_user, password, PROFILE, lambda group: grant_web(connection, group))
