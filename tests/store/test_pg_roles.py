"""PostgreSQL: the counters log in as the role `counter-app db setup-roles` made, and that role cannot rewrite the
audit log — not by UPDATE, DELETE or TRUNCATE, nor by disabling or dropping the trigger; nor can it migrate."""

from __future__ import annotations

import io
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from counter_app.bootstrap import open_context
from counter_app.cli.main import main
from counter_app.operations.cards.accept import accept_card
from counter_app.operations.context import Actor
from counter_app.store.audit_chain import verify_chain
from counter_app.store.migrate import SchemaOutdated, expected_head
from tests.databases import fresh_pg_database
from tests.id_numbers import make_id


@pytest.fixture
def roles(monkeypatch):
    """A fresh database migrated by its owner, and the counters' login role made by `db setup-roles`."""
    for owner_url in fresh_pg_database():
        app_user = f"counter_{uuid.uuid4().hex[:8]}"
        assert main(["--db", owner_url, "db", "upgrade"]) == 0
        monkeypatch.setattr("sys.stdin", io.StringIO("s3cret'pw\n"))
        assert main(["--db", owner_url, "db", "setup-roles", "--app-user", app_user, "--password-stdin"]) == 0
        app_url = make_url(owner_url).set(username=app_user, password="s3cret'pw").render_as_string(
            hide_password=False)
        try:
            yield owner_url, app_url
        finally:
            owner = create_engine(owner_url)
            with owner.begin() as connection:
                group = f"{make_url(owner_url).database}_counter"
                connection.execute(text(f'DROP OWNED BY "{app_user}", "{group}"'))
                connection.execute(text(f'DROP ROLE "{app_user}"'))
                connection.execute(text(f'DROP ROLE "{group}"'))
            owner.dispose()


def test_the_counters_role_works_at_the_counter(roles):
    _, app_url = roles
    ctx = open_context(app_url, actor=Actor(clerk="李警官", workstation="窗口1"))
    accept_card(ctx, service_id="id_card_renewal", name="张三丰", id_number=make_id(4), phone="13812345678",
                reason="renewal", fee="20", pickup_method="counter")
    with ctx.db.read() as session:
        assert session.scalar(text("SELECT current_user")).startswith("counter_")
    assert verify_chain(ctx.db.engine).ok
    ctx.db.dispose()


@pytest.mark.parametrize("statement", [
    "UPDATE audit_entry SET clerk = 'x'",
    "DELETE FROM audit_entry",
    "TRUNCATE audit_entry",
    "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only",
    "ALTER TABLE audit_entry DISABLE TRIGGER ALL",
    "DROP TRIGGER audit_entry_append_only ON audit_entry",
    "DROP TABLE audit_entry",
    "CREATE TABLE forged (id int)",
    "UPDATE alembic_version SET version_num = '0001'",
])
def test_the_counters_role_cannot_rewrite_the_audit_log_or_the_schema(roles, statement):
    owner_url, app_url = roles
    ctx = open_context(app_url, actor=Actor(clerk="李警官", workstation="窗口1"))
    with ctx.db.write() as session:
        ctx.audit(session, "card.open", "x")
    denied = pytest.raises(DBAPIError, match="permission denied|must be owner|must be the owner")
    with denied, ctx.db.write() as session:
        session.execute(text(statement))
    ctx.db.dispose()
    assert verify_chain(create_engine(owner_url)).ok


def test_a_counter_finding_an_older_schema_refuses_to_start_and_migrates_nothing(roles):
    owner_url, app_url = roles
    owner = create_engine(owner_url)
    with owner.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0002'"))
    with pytest.raises(SchemaOutdated) as refused:
        open_context(app_url)
    assert "db upgrade" in refused.value.message and expected_head() in refused.value.message
    with owner.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0002"
    owner.dispose()
