"""The command line against a server that is stopped, paused or restarted: one Chinese line, exit 1, in time."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from sqlalchemy.engine import make_url

from counter_app.bootstrap import open_context
from counter_app.cli.main import main
from counter_app.store.database import CONNECT_TIMEOUT_S
from tests.databases import fresh_pg_database
from tests.net_proxy import TcpProxy
from tests.operations.contexts import arrived_card


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from fresh_pg_database()


@pytest.fixture
def proxy(pg_url) -> Iterator[TcpProxy]:
    url = make_url(pg_url)
    server = TcpProxy(url.host or "127.0.0.1", url.port or 5432)
    yield server
    server.close()


def _lookup(url: str, capsys) -> tuple[int, str, str, float]:
    started = time.monotonic()
    code = main(["--db", url, "lookup", "张三丰"])
    out, err = capsys.readouterr()
    return code, out, err, time.monotonic() - started


def test_cli_outages_are_one_line_and_exit_1(pg_url, proxy, capsys) -> None:
    setup = open_context(pg_url)
    arrived_card(setup, "张三丰", 1)
    setup.db.dispose()
    url = proxy.url(pg_url)
    where = f"127.0.0.1:{proxy.port}"

    proxy.stop()
    code, out, err, _ = _lookup(url, capsys)
    assert code == 1 and out == ""
    assert err.splitlines() == [f"无法连接数据库服务器 {where}：连接被拒绝，服务器可能未运行。请稍后重试或联系管理员。"]

    proxy.start()
    proxy.pause()  # connections are taken, nothing answers: only the connect timeout ends the wait
    code, out, err, took = _lookup(url, capsys)
    assert code == 1 and out == ""
    assert err.splitlines() == [f"无法连接数据库服务器 {where}：服务器在规定时间内没有响应。请稍后重试或联系管理员。"]
    assert CONNECT_TIMEOUT_S - 0.5 <= took < CONNECT_TIMEOUT_S + 3

    proxy.resume()  # restarted: the next command simply works
    proxy.stop()
    proxy.start()
    code, out, err, _ = _lookup(url, capsys)
    assert code == 0 and "张三丰" in out and "无法连接" not in err
