"""One hash chain per workstation (chain version 2), sealed by the daily verification: counters append without
waiting for each other, and cutting a counter's newest entries is still caught once a seal lies above them."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from counter_app.bootstrap import open_context
from counter_app.operations.admin.audit_integrity import record_daily_verification
from counter_app.operations.context import Actor
from counter_app.store import migrate
from counter_app.store.audit_chain import CHAIN_VERSION, GENESIS, verify_chain
from counter_app.store.database import Database
from tests.store.test_audit_chain import _owner_sql

NOW = datetime(2026, 12, 2, 9, 0)


def _context(db_url, workstation):
    ctx = open_context(db_url, actor=Actor(clerk="李警官", workstation=workstation))
    ctx.clock = lambda: NOW
    return ctx


def _write(ctx, count, action="card.lookup"):
    for n in range(count):
        with ctx.db.write() as session:
            ctx.audit(session, action, "王", n=n)


def _ids(db_url, workstation):
    db = Database(db_url)
    with db.read() as session:
        ids = list(session.scalars(text("SELECT id FROM audit_entry WHERE workstation = :w ORDER BY id"),
                                   {"w": workstation}))
    db.dispose()
    return ids


@pytest.fixture
def two_counters(db_url):
    first, second = _context(db_url, "窗口1"), _context(db_url, "窗口2")
    yield first, second
    first.db.dispose()
    second.db.dispose()


def test_each_workstation_chains_its_own_entries(db_url, two_counters):
    first, second = two_counters
    _write(first, 3)
    _write(second, 2)
    _write(first, 1)
    db = Database(db_url)
    with db.read() as session:
        versions = set(session.scalars(text("SELECT chain_version FROM audit_entry")))
        first_link = session.execute(text(
            "SELECT chain_hash FROM audit_entry WHERE workstation = '窗口2' ORDER BY id LIMIT 1")).scalar()
    db.dispose()
    assert versions == {CHAIN_VERSION}
    assert first_link and first_link != GENESIS
    assert verify_chain(first.db.engine).ok


def test_an_entry_cut_from_one_counter_breaks_that_counters_next_entry(db_url, two_counters):
    first, second = two_counters
    _write(first, 3)
    _write(second, 3)
    _write(first, 1)
    cut = _ids(db_url, "窗口1")[1]
    _owner_sql(db_url, f"DELETE FROM audit_entry WHERE id = {cut}")
    verdict = verify_chain(first.db.engine)
    assert not verdict.ok and verdict.bad_id == _ids(db_url, "窗口1")[1]


def test_a_seal_catches_the_newest_entries_cut_from_a_counter_that_stopped(db_url, two_counters):
    first, second = two_counters
    _write(first, 3)
    _write(second, 2)
    verification = record_daily_verification(second)  # the seal: it records 窗口1's tip
    assert verification.verdict.ok
    _write(second, 2)
    newest_of_first = _ids(db_url, "窗口1")[-1]
    seal_id = max(_ids(db_url, "窗口2")[:3])
    _owner_sql(db_url, f"DELETE FROM audit_entry WHERE id = {newest_of_first}")
    verdict = verify_chain(first.db.engine)
    assert not verdict.ok and verdict.bad_id == seal_id and "窗口1" in verdict.reason


def test_a_forged_old_version_entry_after_the_new_chains_is_named(db_url, two_counters):
    first, _ = two_counters
    _write(first, 2)
    _owner_sql(db_url, "INSERT INTO audit_entry (id, at, clerk, workstation, action, target, detail, chain_version, "
                       "chain_hash) VALUES (9999, '2026-12-02 09:00:00', 'x', 'y', 'card.open', '', '{}', 1, "
                       f"'{'a' * 64}')")
    verdict = verify_chain(first.db.engine)
    assert not verdict.ok and verdict.bad_id == 9999


@pytest.mark.empty_database
def test_entries_from_before_migration_0007_keep_verifying_and_new_chains_start_at_their_tip(db_url):
    from alembic import command

    db = Database(db_url)
    config = migrate._config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
        for i in range(3):
            connection.execute(text(
                "INSERT INTO audit_entry (at, clerk, workstation, action, target, detail) "
                "VALUES (:at, 'a', '窗口1', 'card.lookup', '张三', :d)"), {"at": NOW, "d": f'{{"n": {i}}}'})
    migrate.upgrade(db)  # 0005 chains the three as version 1, 0007 adds the per-workstation chains
    ctx = _context(db_url, "窗口1")
    _write(ctx, 2)
    with db.read() as session:
        versions = list(session.scalars(text("SELECT chain_version FROM audit_entry ORDER BY id")))
    verdict = verify_chain(db.engine)
    # SQLite's first start adds its backup's and the daily check's entries to the two lookups.
    assert versions[:3] == [1, 1, 1] and set(versions[3:]) == {CHAIN_VERSION} and len(versions) >= 5
    assert verdict.ok and verdict.checked == len(versions)
    # The first version-2 link hangs on the last version-1 link: cutting that one is seen.
    _owner_sql(db_url, "DELETE FROM audit_entry WHERE id = 3")
    verdict = verify_chain(db.engine)
    assert not verdict.ok and verdict.bad_id == 4
    ctx.db.dispose()
    db.dispose()


@pytest.fixture
def pg_url(db_url):
    if not db_url.startswith("postgresql"):
        pytest.skip("the chain locks are PostgreSQL's advisory locks; SQLite serialises writers itself")
    return db_url


def test_another_counter_appends_while_one_holds_its_chain_open(pg_url):
    """The shape of issue 15's fix: a counter's open audit append blocks only its own workstation's chain."""
    first, second, same = _context(pg_url, "窗口1"), _context(pg_url, "窗口2"), _context(pg_url, "窗口1")
    try:
        with first.db.write() as held:
            first.audit(held, "card.lookup", "王")
            held.flush()
            with second.db.write() as other:  # would wait for `held` to commit under the old single lock
                other.execute(text("SET LOCAL lock_timeout = '2s'"))
                second.audit(other, "card.lookup", "李")
            with pytest.raises(OperationalError, match="lock timeout"), same.db.write() as blocked:
                blocked.execute(text("SET LOCAL lock_timeout = '200ms'"))
                same.audit(blocked, "card.lookup", "赵")
        assert verify_chain(first.db.engine).ok
    finally:
        for ctx in (first, second, same):
            ctx.db.dispose()


def test_a_rolled_back_entry_is_never_taken_for_the_chains_tip(pg_url):
    """The tip a counter remembers comes from its commits only: an entry rolled back never became a link."""
    ctx = _context(pg_url, "窗口1")
    try:
        _write(ctx, 1)
        with pytest.raises(ZeroDivisionError), ctx.db.write() as session:
            ctx.audit(session, "card.lookup", "王", n="rolled back")
            1 / 0  # noqa: B018 - anything that rolls the transaction back
        _write(ctx, 2)
        verdict = verify_chain(ctx.db.engine)
        assert verdict.ok and verdict.checked == 3
    finally:
        ctx.db.dispose()


def test_a_remembered_tip_that_is_no_longer_the_tip_is_read_again(pg_url, monkeypatch):
    """Another process of the same workstation (or a restored database) moved the chain on: the counter's
    remembered tip is stale, the guarded INSERT declines it, and the entry is chained to the real tip."""
    from counter_app.store import audit_append

    ctx, other = _context(pg_url, "窗口1"), _context(pg_url, "窗口1")
    try:
        _write(ctx, 1)
        stale = dict(audit_append._committed_tips)
        _write(other, 2)  # as if from another process: this one's memory is put back below
        monkeypatch.setattr(audit_append, "_committed_tips", stale)
        _write(ctx, 1)
        verdict = verify_chain(ctx.db.engine)
        assert verdict.ok and verdict.checked == 4
        assert len(_ids(pg_url, "窗口1")) == 4
    finally:
        ctx.db.dispose()
        other.db.dispose()
