"""The demo builder's bulk load: SQLite's indexes built after the rows, keys in key order, a fresh file's settings.

Whatever the load's shortcuts, the database it leaves is the migrated schema with the same rows as a plain load.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import Connection, text

from counter_app.demo.bulk_load import KeyRows, indexes_built_after
from counter_app.demo.cards import make_demo_cards
from counter_app.domain.search_keys import search_keys
from tests.databases import sqlite_copy
from tests.operations.contexts import clocked_context

NOW = datetime(2026, 11, 23, 10, 0)
_TABLES = ("card_case", "case_event", "search_key")


def _schema(connection: Connection) -> list[tuple]:
    """Every table, index, constraint and trigger as the database itself describes it."""
    if connection.dialect.name == "sqlite":
        return connection.execute(text("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name")).all()
    indexes = connection.execute(text(
        "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 2"
    )).all()
    constraints = connection.execute(text(
        "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint"
        " WHERE connamespace = current_schema()::regnamespace ORDER BY 2"
    )).all()
    return indexes + constraints


def test_a_bulk_load_leaves_the_migrated_schema(db_url):
    ctx = clocked_context(db_url, NOW)
    with ctx.db.engine.connect() as connection:
        migrated = _schema(connection)
    assert make_demo_cards(ctx, 400, seed=3, indexes_after=True) == 400
    ctx.db.engine.dispose()  # a new connection: what the next user of the database sees
    with ctx.db.engine.connect() as connection:
        assert _schema(connection) == migrated
        if connection.dialect.name == "sqlite":
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    ctx.db.dispose()


def _contents(path: Path) -> dict[str, list[tuple]]:
    with closing(sqlite3.connect(path)) as db, db:
        return {table: db.execute(f"SELECT * FROM {table} ORDER BY 1, 2, 3").fetchall()
                for table in (*_TABLES, "daily_sequence")}


def test_a_bulk_load_writes_the_rows_of_a_plain_one(sqlite_template, tmp_path):
    paths = [tmp_path / "plain.db", tmp_path / "bulk.db"]
    for path, bulk in zip(paths, (False, True), strict=True):
        ctx = clocked_context(sqlite_copy(sqlite_template, path), NOW)
        make_demo_cards(ctx, 500, seed=4)  # a second batch on top: ids and daily numbers continue
        make_demo_cards(ctx, 700, seed=5, indexes_after=bulk)
        ctx.db.dispose()
    plain, bulk = (_contents(path) for path in paths)
    assert plain == bulk
    assert len(bulk["card_case"]) == 1200
    names = {row[0]: row[4] for row in bulk["card_case"]}
    keys: dict[int, set[str]] = {}
    for key, _, case_id in bulk["search_key"]:
        keys.setdefault(case_id, set()).add(key)
    assert keys == {case_id: search_keys(name) for case_id, name in names.items()}


def test_key_rows_come_in_primary_key_order():
    rows = KeyRows()
    cards = [("张三", "2026-11-02 09:00:00.000000", 1), ("张三丰", "2026-11-01 09:00:00.000000", 2),
             ("李四", "2026-11-02 09:00:00.000000", 3), ("张三", "2026-11-01 09:00:00.000000", 4),
             ("张三丰", "2026-11-02 09:00:00.000000", 5)]
    for name, at, case_id in cards:
        if name not in rows:
            rows.add_group(name, tuple(sorted(search_keys(name))))
        rows.add(name, at, case_id)
    batches = list(rows.in_key_order(size=7))
    handed_out = [row for batch in batches for row in batch]
    expected = sorted((key, at, case_id) for name, at, case_id in cards for key in search_keys(name))
    assert handed_out == expected
    assert len(batches) > 2
    by_case = [row for batch in rows.by_case(size=7) for row in batch]
    assert by_case == [(key, at, case_id) for name, at, case_id in cards for key in sorted(search_keys(name))]


def test_a_failed_load_keeps_the_indexes(sqlite_template, tmp_path):
    ctx = clocked_context(sqlite_copy(sqlite_template, tmp_path / "counter.db"), NOW)
    with ctx.db.engine.connect() as connection:
        before = _schema(connection)
    with pytest.raises(RuntimeError), ctx.db.write() as session, \
            indexes_built_after(session.connection(), _TABLES):
        assert _schema(session.connection()) != before  # dropped inside the load
        raise RuntimeError("the load fails")
    with ctx.db.engine.connect() as connection:
        assert _schema(connection) == before
    ctx.db.dispose()
