"""Name and pinyin lookups: newest first however common the name, read from the key index without a sort."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import event, func, select

from counter_app.demo.cards import make_demo_cards
from counter_app.domain.search_keys import search_keys
from counter_app.operations.cards.lookup import lookup
from counter_app.store.models import CardCase, SearchKey
from tests.operations.contexts import arrived_card, clocked_context

NOW = datetime(2026, 11, 23, 10, 0)


def test_keys_cover_every_part_and_initials_prefix():
    keys = search_keys("张三丰")
    assert {"n:张", "n:三", "n:丰", "n:张三", "n:三丰", "n:张三丰"} <= keys
    assert {"i:z", "i:zs", "i:zsf", "p:zhangsanfeng"} <= keys
    assert not any(k.startswith("n:") and len(k) > 2 + 12 for k in search_keys("阿" * 30))


def test_demo_cards_get_every_key_with_their_own_acceptance_time(db_url):
    """The demo writes its keys past the ORM, in the stored form of the time: they must equal an acceptance's."""
    ctx = clocked_context(db_url, NOW)
    make_demo_cards(ctx, 40, seed=5)
    with ctx.db.read() as session:
        cases = {c.id: c for c in session.scalars(select(CardCase))}
        keys = session.execute(select(SearchKey.case_id, SearchKey.key, SearchKey.accepted_at)).all()
        differing = session.scalar(
            select(func.count()).select_from(SearchKey).join(CardCase, CardCase.id == SearchKey.case_id)
            .where(SearchKey.accepted_at != CardCase.accepted_at))
    assert differing == 0
    by_case: dict[int, set[str]] = {}
    for case_id, key, accepted_at in keys:
        assert accepted_at == cases[case_id].accepted_at
        by_case.setdefault(case_id, set()).add(key)
    assert by_case == {case_id: search_keys(case.name) for case_id, case in cases.items()}
    ctx.db.dispose()


def test_common_part_returns_the_newest_cards_first(db_url):
    ctx = clocked_context(db_url, NOW)
    make_demo_cards(ctx, 3000, seed=3)  # older demo cards, many sharing surnames and given names
    newest = []
    for n in range(3):
        ctx.clock.now = NOW + timedelta(days=1, minutes=n)
        newest.append(arrived_card(ctx, "王小伟", 900 + n, arrive=False))
    for query in ("王", "伟", "小伟", "王小伟", "w", "wxw", "wangxiaowei", "wangx"):
        rows = lookup(ctx, query, limit=5).rows
        assert [r.acceptance_no for r in rows[:3]] == newest[::-1], query
    page = lookup(ctx, "王", limit=20).rows
    accepted = [r.days_waiting for r in page]
    assert accepted == sorted(accepted), "newest first: fewer days waiting first"
    ctx.db.dispose()


def test_a_full_reading_merges_its_own_cards_and_longer_readings_newest_first(db_url):
    """"wangfang": the exact key (王芳, 汪芳 …) fills the page, and a newer 王芳华 (a longer reading, from the prefix
    range) still comes first; an older one stays behind the page."""
    ctx = clocked_context(db_url, NOW)
    ctx.clock.now = NOW - timedelta(days=3)
    older = arrived_card(ctx, "王芳华", 1, arrive=False)
    exact = []
    for n in range(6):
        ctx.clock.now = NOW + timedelta(minutes=n)
        exact.append(arrived_card(ctx, "王芳", 10 + n, arrive=False))
    ctx.clock.now = NOW + timedelta(minutes=3, seconds=30)
    newer = arrived_card(ctx, "王芳华", 2, arrive=False)
    result = lookup(ctx, "wangfang", limit=5)
    assert [r.acceptance_no for r in result.rows] == [exact[5], exact[4], newer, exact[3], exact[2]]
    assert result.truncated and older not in [r.acceptance_no for r in result.rows]
    assert [r.acceptance_no for r in lookup(ctx, "wangfang", limit=20).rows][-1] == older
    ctx.db.dispose()


def _captured_selects(ctx, query: str, limit: int = 50) -> list[tuple[str, object]]:
    """The SELECT statements one lookup sends, with their parameters."""
    statements: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT") and ("search_key" in statement or "card_case" in statement):
            statements.append((statement, parameters))

    event.listen(ctx.db.engine, "before_cursor_execute", capture)
    try:
        assert lookup(ctx, query, limit=limit).rows, query
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", capture)
    return statements


def _plan(ctx, statement: str, parameters) -> str:
    with ctx.db.engine.connect() as connection:
        plan = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
    return " | ".join(row[-1] for row in plan)


@pytest.mark.parametrize("query", ["王", "小伟", "w"])
def test_sqlite_plan_walks_the_key_index_without_sorting(tmp_path, query):
    """One key (a name part; a single letter, whose i: key holds every reading starting with it): one statement."""
    ctx = clocked_context(f"sqlite:///{tmp_path / 'plan.db'}", NOW)
    arrived_card(ctx, "王小伟", 1, arrive=False)
    statements = _captured_selects(ctx, query)
    assert len(statements) == 1, statements
    statement, parameters = statements[0]
    assert "search_key" in statement and " IN (" not in statement.upper()
    details = _plan(ctx, statement, parameters)
    assert "SEARCH search_key USING PRIMARY KEY (key=?)" in details, details
    assert "TEMP B-TREE" not in details, details
    ctx.db.dispose()


@pytest.mark.parametrize("query", ["wxw", "wangxiaowei", "wangx"])
def test_sqlite_plan_of_a_reading_reads_index_entries_then_only_the_page(tmp_path, query):
    """Initials, a full or a partly typed reading: the keys are read from the index alone, without a sort or an id
    list, and then only the cards of the page are read, each by its primary key."""
    ctx = clocked_context(f"sqlite:///{tmp_path / 'plan.db'}", NOW)
    for n in range(8):
        arrived_card(ctx, "王小伟", n + 1, arrive=False)
    limit = 5
    statements = _captured_selects(ctx, query, limit=limit)
    key_reads = [(s, p) for s, p in statements if "search_key" in s]
    card_reads = [(s, p) for s, p in statements if "search_key" not in s]
    assert key_reads and len(card_reads) == 1, statements
    for statement, parameters in key_reads:
        assert "card_case" not in statement and " IN (" not in statement.upper(), statement
        details = _plan(ctx, statement, parameters)
        assert "USING PRIMARY KEY (key" in details, details
        assert "TEMP B-TREE" not in details and "SCAN search_key" not in details, details
    statement, parameters = card_reads[0]
    assert len(parameters) <= limit + 1, "only the page's cards (and one more, to tell that there are more)"
    details = _plan(ctx, statement, parameters)
    assert "SEARCH card_case USING INTEGER PRIMARY KEY" in details, details
    ctx.db.dispose()


def test_migration_rebuilds_the_keys_both_ways(db_url):
    from alembic import command

    from counter_app.store import migrate

    ctx = clocked_context(db_url, NOW)
    number = arrived_card(ctx, "欧阳娜娜", 7, arrive=False)
    config = migrate._config()

    def keys() -> set[tuple]:
        with ctx.db.engine.connect() as connection:
            return set(connection.exec_driver_sql("SELECT * FROM search_key").all())

    with ctx.db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
    old = keys()
    assert all(len(row) == 2 for row in old) and any(row[0] == "n:娜娜" for row in old)
    with ctx.db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    assert {row[0] for row in keys()} == search_keys("欧阳娜娜")
    assert [r.acceptance_no for r in lookup(ctx, "阳娜").rows] == [number]
    ctx.db.dispose()
