"""The change marker other counters poll: moves on changes, stays on reads (SQLite and PostgreSQL)."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest

from counter_app.bootstrap import open_context
from counter_app.operations.cards.lookup import lookup
from counter_app.operations.changes import change_marker
from counter_app.operations.follow_ups.notebook import add_follow_up, tick
from tests.operations.contexts import audits


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


def test_a_late_commit_under_a_lower_id_is_noticed(db_url):
    """PostgreSQL hands the id out at insert time: a change committed after a later one sits below the newest id."""
    if db_url.startswith("sqlite"):
        pytest.skip("SQLite serialises writers: ids are commit-ordered")
    late_counter, other_counter = open_context(db_url), open_context(db_url)
    item = add_follow_up(other_counter, "call_back", "回电", date.today() + timedelta(days=1))
    flushed, release = threading.Event(), threading.Event()

    def tick_committing_late() -> None:
        with late_counter.db.write() as session:
            late_counter.audit(session, "follow_up.tick", str(item))
            session.flush()  # the id is taken now ...
            flushed.set()
            release.wait(10)  # ... and becomes visible only after the other counter's change

    worker = threading.Thread(target=tick_committing_late)
    worker.start()
    assert flushed.wait(10)
    add_follow_up(other_counter, "call_back", "又一条", date.today() + timedelta(days=1))
    seen = change_marker(other_counter)
    release.set()
    worker.join(10)
    late_id = max(a.id for a in audits(late_counter, "follow_up.tick"))
    assert late_id < seen.newest  # the situation a newest-id watermark misses
    after = change_marker(other_counter)
    assert after.newest == seen.newest and after != seen
    for context in (late_counter, other_counter):
        context.db.dispose()
