"""The start-up's quick schema check agrees with alembic, and a current schema is opened without alembic."""

from __future__ import annotations

import os
import subprocess
import sys

from counter_app.store import migrate

PROBE = r"""
import sys
from counter_app.store.database import Database
from counter_app.store import migrate
db = Database(sys.argv[1])
migrate.upgrade(db)
print("alembic" in sys.modules)
"""


def test_expected_head_is_alembics_head():
    assert migrate.expected_head() == migrate.head_revision()


def test_a_current_schema_opens_without_importing_alembic(tmp_path):
    url = f"sqlite:///{tmp_path / 'c.db'}"
    env = dict(os.environ, COUNTER_APP_DATA=str(tmp_path))
    first = subprocess.run([sys.executable, "-c", PROBE, url], env=env, capture_output=True, text=True, check=True)
    again = subprocess.run([sys.executable, "-c", PROBE, url], env=env, capture_output=True, text=True, check=True)
    assert first.stdout.strip() == "True"  # a new database is migrated by alembic
    assert again.stdout.strip() == "False"


def test_stored_revision_of_an_empty_database(tmp_path):
    from counter_app.store.database import Database

    assert migrate.stored_revision(Database(f"sqlite:///{tmp_path / 'e.db'}")) is None
