"""Shared fixtures: every storage test runs on a fresh SQLite file and on a fresh PostgreSQL database."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from hypothesis import settings
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

# Wall-clock deadlines make property tests flaky on a busy two-core CI machine; speed is measured in bench/.
settings.register_profile("counter", deadline=None)
settings.load_profile("counter")

PG_URL = os.environ.get("COUNTER_APP_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    """Keep every test's logs, backups and databases out of the real user data folder."""
    monkeypatch.setenv("COUNTER_APP_DATA", str(tmp_path / "data"))
    monkeypatch.delenv("COUNTER_APP_DB", raising=False)


def _fresh_pg_database() -> Iterator[str]:
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = f"counter_test_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - any connection failure means "no server here"
        admin.dispose()
        if os.environ.get("CI"):
            raise RuntimeError(f"PostgreSQL is required in CI but not reachable at {PG_URL}: {exc}") from exc
        pytest.skip(f"no PostgreSQL at {PG_URL}")
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'counter.db'}"
    else:
        yield from _fresh_pg_database()


# The real print spooler (CUPS + cups-pdf) for the printing tests; see tests/spooler.py.
from tests.spooler import cups_queue, spool, stopped_queue  # noqa: E402, F401


@pytest.fixture(scope="session")
def standin_library(tmp_path_factory):
    """The stand-in sdtapi library built once per run (tests/devices/sdtapi_standin.c)."""
    from tests.devices.standin import build

    return build(tmp_path_factory.mktemp("sdtapi"))


@pytest.fixture
def standin(standin_library):
    """The stand-in's controls, reset to: a USB reader on port 1001, no card."""
    from tests.devices.standin import StandIn

    controls = StandIn(standin_library)
    controls.reset()
    yield controls
    controls.reset()
