"""Fixtures of the web tests (the building blocks live in web_support.py)."""

from __future__ import annotations

import pytest

from counter_app.web import create_app
from tests.web.web_support import CLIENT, Station, TestClient, make_station


@pytest.fixture
def station(db_url) -> Station:
    return make_station(db_url)


@pytest.fixture
def client(station) -> TestClient:
    return TestClient(create_app(station.ctx), client=CLIENT)
