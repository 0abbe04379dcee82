"""Support of the web tests: a station on a fixed clock with one arrived card and bookable slots, the CSRF token
of a page, and the page served by a real uvicorn on a free 127.0.0.1 port (in a thread of the test process)."""

from __future__ import annotations

import datetime as dt
import re
import socket
import threading
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import uvicorn

from counter_app.operations.admin.station import save_station
from counter_app.operations.appointments.booking import create_slot
from counter_app.operations.context import AppContext
from counter_app.operations.self_service.notices import add_notice
from counter_app.web import create_app
from tests.id_numbers import make_id
from tests.operations.contexts import arrived_card, as_supervisor, clocked_context

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # Starlette's notice that it prefers httpx2; httpx works the same here
    from fastapi.testclient import TestClient

NOW = dt.datetime(2026, 12, 2, 10, 0)  # a Wednesday
SATURDAY = dt.date(2026, 12, 5)
CLIENT = ("203.0.113.57", 50000)


@dataclass
class Station:
    ctx: AppContext
    acceptance_no: str  # an arrived card …
    id_last4: str  # … and the last 4 of its holder's ID number
    slot_id: int  # Saturday 09:00–10:00, 2 places
    last_place_slot: int  # Saturday 10:00–11:00, 1 place


def make_station(db_url: str) -> Station:
    ctx = clocked_context(db_url, NOW)
    boss = as_supervisor(ctx)
    save_station(boss, name="东城分局和平里派出所户籍窗口", address="和平里东街 15 号一层", phone="010-6421 0110")
    add_notice(boss, "12月5日（周六）上午加开身份证办理时段，可网上预约。", until=SATURDAY)
    acceptance_no = arrived_card(ctx, "张三", 1)
    slot = create_slot(ctx, SATURDAY, dt.time(9), dt.time(10), 2)
    last = create_slot(ctx, SATURDAY, dt.time(10), dt.time(11), 1)
    return Station(ctx, acceptance_no, make_id(1)[-4:], slot.id, last.id)


def csrf_token(client: TestClient, path: str = "/status") -> str:
    """Open a page (which sets the CSRF cookie) and read its form token."""
    page = client.get(path)
    return re.search(r'name="csrf_token" value="([0-9a-f]+)"', page.text).group(1)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def live_server(ctx: AppContext) -> Iterator[str]:
    """Serve ``ctx`` until the block ends; yields the base URL."""
    port = free_port()
    config = uvicorn.Config(create_app(ctx), host="127.0.0.1", port=port, log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
