"""Shared fixtures: every storage test runs on a fresh SQLite file and on a fresh PostgreSQL database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from counter_app.gui_thread_gc import collect_if_due, take_over
from tests.databases import DROPPER, build_sqlite_template, drop_pg_template, fresh_pg_database, sqlite_copy

# Wall-clock deadlines make property tests flaky on a busy two-core CI machine; speed is measured in bench/.
settings.register_profile("counter", deadline=None)
settings.load_profile("counter")


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    """Keep every test's logs, backups and databases out of the real user data folder."""
    monkeypatch.setenv("COUNTER_APP_DATA", str(tmp_path / "data"))
    monkeypatch.delenv("COUNTER_APP_DB", raising=False)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """This session's migrated SQLite database; tests get copies of it (tests/databases.py)."""
    folder = tmp_path_factory.mktemp("template")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("COUNTER_APP_DATA", str(folder / "data"))
        return build_sqlite_template(folder)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> Iterator[str]:
    """A fresh database on SQLite and on PostgreSQL, migrated to the newest schema — or empty for a test marked
    ``empty_database`` (the migrations' own tests)."""
    empty = request.node.get_closest_marker("empty_database") is not None
    if request.param == "sqlite":
        if empty:
            yield f"sqlite:///{tmp_path / 'counter.db'}"
        else:
            yield sqlite_copy(request.getfixturevalue("sqlite_template"), tmp_path / "counter.db")
    else:
        yield from fresh_pg_database(migrated=not empty)


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread() -> Iterator[None]:
    """Only the main thread collects cycles (counter_app/gui_thread_gc.py, taken over in pytest_configure): a Qt
    object left in a cycle by one test must not be destroyed by another's worker thread."""
    collect_if_due()
    yield
    collect_if_due()


def pytest_configure(config) -> None:
    take_over()
    config.addinivalue_line("markers", "empty_database: db_url gives an empty database, not a migrated copy")


def pytest_sessionfinish(session) -> None:
    drop_pg_template()
    failures = DROPPER.finish()
    if failures:
        print("\ncould not drop test databases:", *failures, sep="\n  ")


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
