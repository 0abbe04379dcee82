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


def test_a_late_commit_can_no_longer_sit_under_a_newer_id(db_url):
    """PostgreSQL hands ids out at insert time, so a change committed after a later one used to sit below the newest
    id (the case the marker's ``recent`` count was added for). Audit entries are now appended under the hash chain's
    transaction-level lock: a second counter's change waits for the first to commit, and ids follow commit order."""
    if db_url.startswith("sqlite"):
        pytest.skip("SQLite serialises writers: ids are commit-ordered")
    late_counter, other_counter = open_context(db_url), open_context(db_url)
    item = add_follow_up(other_counter, "call_back", "回电", date.today() + timedelta(days=1))
    flushed, release, other_done = threading.Event(), threading.Event(), threading.Event()

    def tick_committing_late() -> None:
        with late_counter.db.write() as session:
            late_counter.audit(session, "follow_up.tick", str(item))
            session.flush()  # the id is taken now ...
            flushed.set()
            release.wait(10)  # ... and becomes visible only when this transaction commits

    def other_change() -> None:
        add_follow_up(other_counter, "call_back", "又一条", date.today() + timedelta(days=1))
        other_done.set()

    worker = threading.Thread(target=tick_committing_late)
    worker.start()
    assert flushed.wait(10)
    other = threading.Thread(target=other_change)
    other.start()
    assert not other_done.wait(1)  # waits for the chain's lock, held by the uncommitted transaction
    release.set()
    worker.join(10)
    other.join(10)
    late_id = max(a.id for a in audits(late_counter, "follow_up.tick"))
    other_id = max(a.id for a in audits(other_counter, "follow_up.add"))
    assert late_id < other_id and change_marker(other_counter).newest == other_id
    for context in (late_counter, other_counter):
        context.db.dispose()
