"""The audit log's hash chain: `counter-app audit verify` passes on honest data and names the first entry that
an owner-level edit, deletion, reordering or a dropped trigger left behind (SQLite and PostgreSQL)."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from datetime import datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from counter_app.bootstrap import open_context
from counter_app.cli.main import main
from counter_app.operations.context import Actor
from counter_app.store import migrate
from counter_app.store.audit_chain import verify_chain
from counter_app.store.database import Database
from tests.id_numbers import make_id

NOW = datetime(2026, 12, 2, 9, 0)


def _context(db_url, clerk="李警官"):
    ctx = open_context(db_url, actor=Actor(clerk=clerk, workstation="窗口1"))
    ctx.clock = lambda: NOW
    return ctx


@pytest.fixture
def chained(db_url):
    """Six entries: four in their own transactions, two sharing one."""
    ctx = _context(db_url)
    for i in range(4):
        with ctx.db.write() as session:
            ctx.audit(session, "card.open", f"11010500120261202{i:05d}", n=i, pair=(i, "x"))
    with ctx.db.write() as session:
        ctx.audit(session, "card.lookup", "张三", results=2)
        ctx.audit(session, "print.receipt", "x", layout="a5", amount=1.5)
    ctx.db.dispose()
    return db_url


def _owner_sql(db_url: str, *statements: str) -> None:
    """Statements run with the owner's rights, the triggers lifted the way such an owner would."""
    db = Database(db_url)
    with db.engine.begin() as connection:
        if db.is_sqlite:
            connection.exec_driver_sql("DROP TRIGGER audit_entry_no_update")
            connection.exec_driver_sql("DROP TRIGGER audit_entry_no_delete")
        else:
            connection.exec_driver_sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only")
        for statement in statements:
            connection.exec_driver_sql(statement)
    db.dispose()


def _verify(db_url, capsys) -> tuple[int, str]:
    code = main(["--db", db_url, "audit", "verify"])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_an_honest_log_verifies(chained, capsys):
    db = Database(chained)
    with db.read() as session:
        count = session.scalar(text("SELECT count(*) FROM audit_entry"))  # SQLite adds its first-start backup's
    db.dispose()
    code, message = _verify(chained, capsys)
    assert count >= 6 and code == 0 and f"已核对 {count} 条" in message


_SWAP = (
    "UPDATE audit_entry SET action = CASE id WHEN 2 THEN (SELECT action FROM audit_entry WHERE id = 3) "
    "ELSE (SELECT action FROM audit_entry WHERE id = 2) END, target = CASE id WHEN 2 THEN "
    "(SELECT target FROM audit_entry WHERE id = 3) ELSE (SELECT target FROM audit_entry WHERE id = 2) END "
    "WHERE id IN (2, 3)"
)


@pytest.mark.parametrize(("tamper", "named"), [
    (["UPDATE audit_entry SET clerk = '王警官' WHERE id = 3"], "第 3 号记录"),
    (["UPDATE audit_entry SET target = '' WHERE id = 6"], "第 6 号记录"),
    (["DELETE FROM audit_entry WHERE id = 2"], "第 3 号记录"),
    ([_SWAP], "第 2 号记录"),
    (["UPDATE audit_entry SET chain_hash = NULL WHERE id = 1"], "第 1 号记录"),
    ([], "触发器"),  # the guard lifted and left so: nothing edited yet, but nothing would stop the next edit
])
def test_any_owner_level_change_is_named(chained, capsys, tamper, named):
    _owner_sql(chained, *tamper)
    code, message = _verify(chained, capsys)
    assert code == 1 and named in message, message


def test_sqlite_insert_or_replace_cannot_rewrite_an_entry(tmp_path):
    url = f"sqlite:///{tmp_path / 'counter.db'}"
    ctx = _context(url)
    with ctx.db.write() as session:
        ctx.audit(session, "card.open", "x")
    forged = ("INSERT OR REPLACE INTO audit_entry (id, at, clerk, workstation, action, target, detail) "
              "VALUES (1, '2026-12-02 09:00:00', 'x', 'y', 'forged', '', '{}')")
    with pytest.raises(DBAPIError, match="append-only"), ctx.db.write() as session:
        session.execute(text(forged))
    # A connection that is not the app's (recursive_triggers off, as in the sqlite3 shell): refused too.
    with (closing(sqlite3.connect(tmp_path / "counter.db")) as plain, plain,
          pytest.raises(sqlite3.DatabaseError, match="append-only")):
        plain.execute(forged)
    assert verify_chain(ctx.db.engine).ok


def test_counters_appending_at_once_keep_one_chain(db_url):
    contexts = [_context(db_url, clerk=f"窗口{i}") for i in range(4)]
    before = verify_chain(contexts[0].db.engine).checked  # SQLite: the first start's backup entry
    errors: list[BaseException] = []

    def work(ctx):
        try:
            for n in range(15):
                with ctx.db.write() as session:
                    ctx.audit(session, "card.lookup", "王", n=n)
                    ctx.audit(session, "card.open", "y", n=n)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(c,)) for c in contexts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    verdict = verify_chain(contexts[0].db.engine)
    assert verdict.ok and verdict.checked == before + 4 * 15 * 2


@pytest.mark.empty_database
def test_migration_back_fills_the_chain_and_masks_old_numbers(db_url):
    from alembic import command

    db = Database(db_url)
    config = migrate._config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        for i, target in enumerate((make_id(3), "320106 19740313 4389", "张三")):
            connection.execute(text(
                "INSERT INTO audit_entry (at, clerk, workstation, action, target, detail) "
                "VALUES (:at, 'a', 'b', 'card.lookup', :t, :d)"), {"at": NOW, "t": target, "d": f'{{"n": {i}}}'})
    migrate.upgrade(db)
    with db.read() as session:
        targets = list(session.scalars(text("SELECT target FROM audit_entry ORDER BY id")))
    assert targets == [make_id(3)[:6] + "********" + make_id(3)[-4:], "320106 ******** 4389", "张三"]
    verdict = verify_chain(db.engine)
    assert verdict.ok and verdict.checked == 3
    db.dispose()
