"""Name and pinyin lookups: newest first however common the name, read from the key index without a sort."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import event

from counter_app.demo.cards import make_demo_cards
from counter_app.domain.search_keys import search_keys
from counter_app.operations.cards.lookup import lookup
from tests.operations.contexts import arrived_card, clocked_context

NOW = datetime(2026, 11, 23, 10, 0)


def test_keys_cover_every_part_and_initials_prefix():
    keys = search_keys("张三丰")
    assert {"n:张", "n:三", "n:丰", "n:张三", "n:三丰", "n:张三丰"} <= keys
    assert {"i:z", "i:zs", "i:zsf", "p:zhangsanfeng"} <= keys
    assert not any(k.startswith("n:") and len(k) > 2 + 12 for k in search_keys("阿" * 30))


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


def test_sqlite_plan_walks_the_key_index_without_sorting(tmp_path):
    ctx = clocked_context(f"sqlite:///{tmp_path / 'plan.db'}", NOW)
    arrived_card(ctx, "王小伟", 1, arrive=False)
    statements: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):
        if "search_key" in statement and statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(ctx.db.engine, "before_cursor_execute", capture)
    assert lookup(ctx, "王").rows
    event.remove(ctx.db.engine, "before_cursor_execute", capture)
    assert len(statements) == 1
    statement, parameters = statements[0]
    assert " IN (" not in statement.upper()
    with ctx.db.engine.connect() as connection:
        plan = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
    details = " | ".join(row[-1] for row in plan)
    assert "SEARCH search_key USING PRIMARY KEY (key=?)" in details, details
    assert "TEMP B-TREE" not in details, details
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
