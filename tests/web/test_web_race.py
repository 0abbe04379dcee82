"""20 residents book the last place of a slot on the web page while a counter books it in the window: one wins.

The web page runs in a real uvicorn (its own engine and thread pool); the counter is a separate AppContext with its
own engine, calling the window's ``book`` operation. PostgreSQL only: that is where the station's counters and web
process meet (SQLite serialises every writer, so there is no race to lose).
"""

from __future__ import annotations

import datetime as dt
import ssl
import threading

import httpx
import pytest
from sqlalchemy import func, select

from counter_app.operations.appointments.booking import AppointmentError, book, create_slot
from counter_app.store.models import AuditEntry, Booking
from tests.operations.contexts import clocked_context
from tests.web.web_support import NOW, SATURDAY, live_server, make_station

WEB_CLIENTS = 20
ROUNDS = 5
# One for all the residents' clients (the page is plain HTTP): each httpx client would otherwise build its own and
# load the CA store into it, ≈ 20 ms of CPU, a hundred times.
TLS = ssl.create_default_context()


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_the_last_place_is_sold_once(db_url):
    station = make_station(db_url)
    counter = clocked_context(db_url, NOW, clerk="王警官", workstation="窗口2")
    with live_server(station.ctx) as url:
        for round_no in range(ROUNDS):
            slot = create_slot(counter, SATURDAY, dt.time(13 + round_no), dt.time(14 + round_no), 1)
            outcomes = _race(url, counter, slot.id)
            assert sorted(outcomes).count("ok") == 1, outcomes
            assert all(o in {"ok", "slot_full"} for o in outcomes), outcomes
            with station.ctx.db.read() as session:
                held = session.scalar(select(func.count()).select_from(Booking).where(Booking.slot_id == slot.id))
            assert held == 1
    with station.ctx.db.read() as session:
        addresses = set(session.scalars(select(AuditEntry.workstation).where(AuditEntry.clerk == "web")))
    assert addresses <= {"web 10.0.0.*"}  # X-Forwarded-For from the trusted local proxy, masked


def _race(url: str, counter, slot_id: int) -> list[str]:
    barrier = threading.Barrier(WEB_CLIENTS + 1)
    outcomes: list[str] = []
    lock = threading.Lock()

    def resident(index: int) -> None:
        body = {"slot_id": slot_id, "name": f"居民{index}", "phone": f"1390000{index:04d}",
                "service_id": "id_card_renewal"}
        # Each resident comes through the station's proxy from an address of its own (the rate limit is per client).
        with httpx.Client(base_url=url, headers={"X-Forwarded-For": f"10.0.0.{index + 1}"}, timeout=60,
                          verify=TLS) as client:
            barrier.wait(timeout=30)
            response = client.post("/api/bookings", json=body)
        outcome = "ok" if response.status_code == 201 else response.json()["detail"]["reason"]
        with lock:
            outcomes.append(outcome)

    def window() -> None:
        barrier.wait(timeout=30)
        try:
            book(counter, slot_id, "窗口申请人", "13700000000", "id_card_renewal")
            outcome = "ok"
        except AppointmentError as exc:
            outcome = exc.reason
        with lock:
            outcomes.append(outcome)

    threads = [threading.Thread(target=resident, args=(i,), daemon=True) for i in range(WEB_CLIENTS)]
    threads.append(threading.Thread(target=window, daemon=True))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=90)
    assert not any(t.is_alive() for t in threads), "a booking hung"
    assert len(outcomes) == WEB_CLIENTS + 1
    return outcomes
