"""The change marker other counters poll: moves on changes, stays on reads (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from counter_app.bootstrap import open_context
from counter_app.operations.cards.lookup import lookup
from counter_app.operations.changes import change_marker
from counter_app.operations.follow_ups.notebook import add_follow_up, tick


@pytest.fixture
def ctx(db_url):
    context = open_context(db_url)
    yield context
    context.db.dispose()


def test_marker_moves_on_changes_and_not_on_reads(ctx):
    start = change_marker(ctx)
    lookup(ctx, "张三")  # another counter searching must not make this one refresh
    assert change_marker(ctx) == start
    item = add_follow_up(ctx, "call_back", "回电", date.today() + timedelta(days=1))
    after_add = change_marker(ctx)
    assert after_add > start
    lookup(ctx, "李四")
    assert change_marker(ctx) == after_add
    tick(ctx, item)
    assert change_marker(ctx) > after_add
