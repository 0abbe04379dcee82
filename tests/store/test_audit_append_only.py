"""The audit log is append-only in the database itself: no ORM or SQL path can change or remove a row."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DBAPIError

from counter_app.store import migrate
from counter_app.store.database import Database
from counter_app.store.models import AuditEntry

AT = datetime(2026, 11, 23, 9, 0)


@pytest.fixture
def db(db_url):
    database = Database(db_url)
    migrate.upgrade(database)
    with database.write() as session:
        session.add(
            AuditEntry(
                at=AT,
                clerk="李警官",
                workstation="窗口1",
                action="card.open",
                target="1101050012026112300001",
                detail={"k": "v"},
            )
        )
    yield database
    database.dispose()


def _snapshot(db: Database) -> list[tuple]:
    with db.read() as session:
        return [
            (e.id, e.at, e.clerk, e.workstation, e.action, e.target, e.detail)
            for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        ]


def _refused(db: Database, change) -> None:
    before = _snapshot(db)
    with pytest.raises(DBAPIError, match="append-only"), db.write() as session:
        change(session)
    assert _snapshot(db) == before


def test_query_update_is_refused(db):
    _refused(db, lambda s: s.query(AuditEntry).update({AuditEntry.clerk: "someone"}))


def test_query_delete_is_refused(db):
    _refused(db, lambda s: s.query(AuditEntry).delete())


def test_orm_update_statement_is_refused(db):
    _refused(
        db, lambda s: s.execute(update(AuditEntry).values(action="x"), execution_options={"synchronize_session": False})
    )


def test_orm_delete_statement_is_refused(db):
    _refused(db, lambda s: s.execute(delete(AuditEntry)))


def test_changed_object_flush_is_refused(db):
    def change(session):
        entry = session.scalars(select(AuditEntry)).one()
        entry.target = "edited"
        entry.detail = {"k": "forged"}
        session.flush()

    _refused(db, change)


def test_deleted_object_flush_is_refused(db):
    def change(session):
        session.delete(session.scalars(select(AuditEntry)).one())
        session.flush()

    _refused(db, change)


def test_raw_sql_update_is_refused(db):
    _refused(db, lambda s: s.execute(text("UPDATE audit_entry SET clerk = 'x'")))


def test_raw_sql_delete_is_refused(db):
    _refused(db, lambda s: s.execute(text("DELETE FROM audit_entry")))


def test_truncate_is_refused_on_postgresql(db):
    if db.is_sqlite:
        pytest.skip("SQLite has no TRUNCATE; its DELETE without WHERE is refused above")
    _refused(db, lambda s: s.execute(text("TRUNCATE audit_entry")))


def test_inserting_still_works(db):
    with db.write() as session:
        session.add(AuditEntry(at=AT, clerk="王警官", workstation="窗口2", action="print.receipt", target="x"))
        session.execute(
            text(
                "INSERT INTO audit_entry (at, clerk, workstation, action, target, detail) "
                "VALUES (:at, 'a', 'b', 'c', 'd', '{}')"
            ),
            {"at": AT},
        )
    assert [row[3] for row in _snapshot(db)] == ["窗口1", "窗口2", "b"]
