"""A database that goes away answers every command with one Chinese line and a non-zero exit, nothing half-written.

Attack on the old main: the PostgreSQL server ending the connection in the middle of an arrivals import ended the
CLI with a raw traceback. Here the server really ends it (pg_terminate_backend from another session) once the
import has started writing.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import Engine, create_engine, event, func, select, text

from counter_app.bootstrap import open_context
from counter_app.cli.main import main
from counter_app.domain.card_lifecycle import CardState
from counter_app.operations.cards.accept import accept_card, move_card
from counter_app.store.models import CardCase, ImportBatch
from tests.databases import fresh_pg_database
from tests.id_numbers import make_id


@pytest.fixture
def pg_url():
    yield from fresh_pg_database()


def _dispatched(url: str, count: int) -> list[tuple[str, str, str]]:
    ctx = open_context(url)
    made = []
    for n in range(count):
        number = make_id(n + 1)
        summary = accept_card(ctx, service_id="id_card_renewal", name=f"王小{'一二三四'[n]}", id_number=number,
                              phone=None, reason="renewal", fee="20", pickup_method="counter")
        move_card(ctx, summary.acceptance_no, CardState.IN_PRODUCTION)
        move_card(ctx, summary.acceptance_no, CardState.DISPATCHED)
        made.append((summary.acceptance_no, number, summary.name))
    ctx.db.dispose()
    return made


def test_the_server_ending_the_connection_mid_import_is_one_line_and_nothing_is_written(pg_url, tmp_path, capsys):
    cases = _dispatched(pg_url, 4)
    manifest = tmp_path / "到证清单.csv"
    manifest.write_bytes(("\r\n".join(["受理编号,身份证号,姓名", *(",".join(c) for c in cases)]) + "\r\n")
                         .encode("utf-8-sig"))
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    killed: list[int] = []

    def kill_after_first_write(conn, cursor, statement, parameters, context, executemany):
        if not killed and statement.lstrip().upper().startswith("UPDATE CARD_CASE"):
            pid = conn.connection.dbapi_connection.info.backend_pid
            with admin.connect() as other:
                other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            killed.append(pid)

    event.listen(Engine, "before_cursor_execute", kill_after_first_write)
    try:
        code = main(["--db", pg_url, "arrivals", "import", str(manifest)])
    finally:
        event.remove(Engine, "before_cursor_execute", kill_after_first_write)
    err = capsys.readouterr().err
    assert killed and code == 1
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1 and "连接中断" in err
    engine = create_engine(pg_url)
    with engine.connect() as connection:
        states = set(connection.execute(select(CardCase.state)).scalars())
        batches = connection.execute(select(func.count()).select_from(ImportBatch)).scalar()
    assert states == {CardState.DISPATCHED.value} and batches == 0  # the import's transaction was rolled back
    engine.dispose()
    admin.dispose()


@pytest.mark.parametrize("command", [["lookup", "张"], ["notices", "list"], ["audit", "verify"], ["backup", "x.db"],
                                     ["user", "list"], ["report", "daily", "-o", "r.pdf"], ["db", "upgrade"]])
def test_an_unreachable_server_is_one_line_for_every_command(command, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # x.db, r.pdf: never in the work tree
    url = "postgresql+psycopg://counter:secret@127.0.0.1:1/counter?connect_timeout=2"
    code = main(["--db", url, *command])
    err = capsys.readouterr().err
    assert code != 0 and "Traceback" not in err and re.search(r"[\u4e00-\u9fff]", err)
    assert len(err.strip().splitlines()) == 1 and "secret" not in err
