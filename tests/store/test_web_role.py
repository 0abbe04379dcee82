"""The web page's PostgreSQL role: its operations work through it, and nothing else does."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from counter_app.operations.self_service.bookings import book_online, cancel_online, open_slots
from counter_app.operations.self_service.card_status import card_status
from counter_app.operations.self_service.client import for_client
from counter_app.operations.self_service.notices import current_notices
from counter_app.operations.self_service.station_info import station_info
from counter_app.store.database import Database
from counter_app.store.roles import RoleError
from counter_app.store.web_role import setup_web_role
from tests.web.web_support import make_station

FORBIDDEN = [
    "SELECT name FROM card_case",
    "SELECT phone FROM card_case",
    "SELECT storage_place FROM card_case",
    "SELECT * FROM notice",
    "SELECT * FROM user_account",
    "UPDATE card_case SET state = 'collected'",
    "UPDATE appointment_slot SET capacity = 50",
    "UPDATE booking SET name = 'x'",
    "DELETE FROM booking",
    "INSERT INTO setting (key, value) VALUES ('station', '{}')",
    "UPDATE audit_entry SET action = 'x'",
    "CREATE TABLE evil (id int)",
]


@pytest.fixture
def web_login(db_url):
    """(owner's station, the web role's URL); the roles are dropped again, as they are cluster-wide."""
    station = make_station(db_url)
    user = f"web_{uuid.uuid4().hex[:8]}"
    owner = create_engine(db_url)
    with owner.begin() as connection:
        group = setup_web_role(connection, user, "secret-pass")
        again = setup_web_role(connection, user, None)  # idempotent, keeps the password
    assert group == again
    try:
        yield station, make_url(db_url).set(username=user, password="secret-pass").render_as_string(False)
    finally:
        with owner.begin() as connection:
            for role in (user, group):
                connection.execute(text(f'DROP OWNED BY "{role}"'))
                connection.execute(text(f'DROP ROLE "{role}"'))
        owner.dispose()


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_the_web_role_does_the_web_pages_work(web_login):
    station, url = web_login
    web = for_client(replace(station.ctx, db=Database(url)), "192.0.2.10")
    try:
        assert card_status(web, station.acceptance_no, station.id_last4).state == "arrived"
        assert card_status(web, station.acceptance_no, "0000") is None
        assert [s.id for s in open_slots(web)][:1] == [station.slot_id]
        view = book_online(web, station.slot_id, "王五", "13800001111", "id_card_renewal")
        assert cancel_online(web, view.code).status == "cancelled"
        assert station_info(web).name and current_notices(web)
    finally:
        web.db.dispose()


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
@pytest.mark.parametrize("statement", FORBIDDEN)
def test_the_web_role_is_refused_everything_else(web_login, statement):
    _, url = web_login
    engine = create_engine(url)
    try:
        with pytest.raises(ProgrammingError, match="permission denied"), engine.begin() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


def test_sqlite_has_no_roles(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'c.db'}")
    with pytest.raises(RoleError), engine.begin() as connection:
        setup_web_role(connection, "web", "x")


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_the_owner_sets_it_up_from_the_command_line(db_url, monkeypatch, capsys):
    import io

    from counter_app.cli.main import main

    make_station(db_url)
    user = f"web_{uuid.uuid4().hex[:8]}"
    monkeypatch.setattr("sys.stdin", io.StringIO("secret-pass\n"))
    try:
        assert main(["--db", db_url, "db", "setup-roles", "--profile", "web", "--app-user", user,
                     "--password-stdin"]) == 0
        assert "counter-app web --db postgresql+psycopg://" + user in capsys.readouterr().out
    finally:
        owner = create_engine(db_url)
        with owner.begin() as connection:
            group = connection.execute(text("SELECT current_database()")).scalar_one() + "_web"
            for role in (user, group):
                connection.execute(text(f'DROP OWNED BY "{role}"'))
                connection.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        owner.dispose()
