"""First-run checks and applying the wizard's answers, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.engine import make_url

from counter_app.bootstrap import open_context
from counter_app.domain.errors import DomainError
from counter_app.domain.settings_registry import SettingRefused
from counter_app.operations.admin.accounts import list_users
from counter_app.operations.admin.first_run import NewSupervisor, apply_first_run, check_station
from counter_app.operations.admin.station import load_station
from counter_app.store.server_probe import ServerSettingsError, count_users, postgres_url
from tests.ui.staff import fast_hashing  # noqa: F401 - fixture


@given(st.text(max_size=8))
def test_office_code_must_be_six_digits(code):
    valid = len(code.strip()) == 6 and code.strip().isascii() and code.strip().isdigit()
    try:
        assert check_station({"office_code": code}).office_code == code.strip()
        assert valid
    except SettingRefused as exc:
        assert not valid and exc.reason == "office_code" and "6 位数字" in exc.message


@given(st.sampled_from(["name", "address", "phone", "hours"]), st.text(" \t", max_size=3))
def test_required_text_is_named_when_empty(field, blank):
    with pytest.raises(SettingRefused) as info:
        check_station({field: blank})
    assert info.value.reason == field


@given(
    st.from_regex(r"\A[a-z0-9][a-z0-9.-]{0,19}\Z") | st.ip_addresses().map(str),
    st.integers(1, 65535),
    st.text(min_size=1, max_size=20).filter(lambda s: s.strip()),
    st.text(min_size=1, max_size=20).filter(lambda s: s.strip()),
    st.text(max_size=20),
)
def test_postgres_url_round_trips_every_field(host, port, database, user, password):
    url = make_url(postgres_url(host, port, database, user, password))
    assert (url.host, url.port, url.database, url.username) == (host.strip(), port, database.strip(), user.strip())
    assert (url.password or "") == password


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (("", 5432, "db", "u"), "host"),
        (("a/b", 5432, "db", "u"), "host"),
        (("a b", 5432, "db", "u"), "host"),
        (("h", 0, "db", "u"), "port"),
        (("h", "x", "db", "u"), "port"),
        (("h", 5432, " ", "u"), "database"),
        (("h", 5432, "db", ""), "user"),
    ],
)
def test_postgres_url_names_the_bad_field(args, reason):
    with pytest.raises(ServerSettingsError) as info:
        postgres_url(*args)
    assert info.value.reason == reason


def test_apply_creates_the_supervisor_and_stores_the_station(db_url, fast_hashing):  # noqa: F811
    ctx = open_context(db_url)
    assert count_users(db_url) == 0
    station = check_station(
        {"name": "一窗", "address": "某路1号", "phone": "010-1", "office_code": "320102", "station_code": "012"}
    )
    acting = apply_first_run(ctx, station, NewSupervisor("Boss", "王所长", "boss-secret-1"))
    assert acting.actor.clerk == "boss" and acting.actor.role == "supervisor"
    assert load_station(ctx).office_code == "320102" and load_station(ctx).name == "一窗"
    assert [u.username for u in list_users(ctx)] == ["boss"]
    assert count_users(db_url) == 1
    # A second run without an account and nobody logged in is refused (the station needs a supervisor).
    with pytest.raises(DomainError):
        apply_first_run(ctx, station, None)
    ctx.db.dispose()
