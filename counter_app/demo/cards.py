"""Synthetic but valid ID-card cases in bulk, to try the search and the shelf with a realistic volume.

Rows go in with Core ``insert`` in chunks (no ORM objects), so a million cases take minutes, not hours.
Acceptance numbers follow GA 214.4 with per-day sequences continuing the ``daily_sequence`` counters, which
are bumped afterwards so later real acceptances never collide.  Arrived cards get unique storage places
while the drawers have room; once they are full, further "arrived" cases are recorded as collected.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from counter_app.demo.seed import synthetic_person
from counter_app.domain.acceptance_number import format_acceptance_number
from counter_app.domain.card_lifecycle import CardState
from counter_app.domain.search_keys import search_keys
from counter_app.operations.admin.station import load_station
from counter_app.operations.admin.station_calendar import working_calendar
from counter_app.operations.cards.common import storage_layout
from counter_app.operations.context import AppContext
from counter_app.store.models import CardCase, CaseEvent, DailySequence, SearchKey

CHUNK = 5_000
MAX_PER_DAY = 2_000
BULK_CACHE_FROM = 50_000  # cards; smaller batches fit the default cache
BULK_CACHE_KIB = -262_144  # 256 MiB (a negative cache_size is in KiB)
_SERVICES = (("id_card_first", "first"), ("id_card_renewal", "renewal"), ("id_card_replacement", "lost"))
_MAIL_STATES = frozenset({CardState.MAILED, CardState.RECEIVED, CardState.VERIFIED})
_STATES = tuple(CardState)


def _days(records: int, today: date) -> list[date]:
    # At least two months, so that a small demo shows cards waiting for days and some past their limit.
    span = max(60, min(365 * 3, -(-records // MAX_PER_DAY) * 2))
    return [today - timedelta(days=n) for n in range(span)]


def _sequences(session: Session, prefix: str, days: list[date]) -> dict[date, int]:
    rows = session.execute(
        select(DailySequence.day, DailySequence.last).where(DailySequence.prefix == prefix,
                                                             DailySequence.day >= min(days))
    )
    last = {day: 0 for day in days}
    last.update({day: value for day, value in rows if day in last})
    return last


def _bump_sequences(session: Session, prefix: str, used: dict[date, int]) -> None:
    existing = set(session.scalars(select(DailySequence.day).where(DailySequence.prefix == prefix)))
    for day, value in used.items():
        if not value:
            continue
        if day in existing:
            session.execute(DailySequence.__table__.update()
                            .where(DailySequence.prefix == prefix, DailySequence.day == day)
                            .values(last=value))
        else:
            session.execute(insert(DailySequence).values(prefix=prefix, day=day, last=value))


def _fix_pg_ids(session: Session) -> None:
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in ("card_case", "case_event"):
        session.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT COALESCE(MAX(id), 1) FROM {table}))"
        ))


def _flush(session: Session, cases: list[dict[str, Any]], events: list[dict[str, Any]],
           keys: list[tuple[str, Any, int]]) -> None:
    """Insert the buffered rows (parents first) and empty the buffers."""
    # Core on the session's connection: one executemany per table, not the ORM's bulk path (4× slower here).
    connection = session.connection()
    for model, rows in ((CardCase, cases), (CaseEvent, events)):
        if rows:
            connection.execute(model.__table__.insert(), rows)
        rows.clear()
    if keys:
        # A dozen keys a card: plain tuples straight to the driver (Core would build and convert a dict per row),
        # the time already in the column's stored form (see _stored_time).
        mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
        connection.exec_driver_sql(
            f"INSERT INTO {SearchKey.__tablename__} (key, accepted_at, case_id) VALUES ({mark}, {mark}, {mark})", keys
        )
        keys.clear()


def _stored_time(session: Session) -> Callable[[datetime], Any]:
    """A time as the dialect stores it (SQLite: SQLAlchemy's text form; PostgreSQL: the datetime itself)."""
    dialect = session.get_bind().dialect
    process = SearchKey.__table__.c.accepted_at.type.dialect_impl(dialect).bind_processor(dialect)
    return process or (lambda value: value)


@contextmanager
def _bulk_cache(session: Session, records: int) -> Iterator[None]:
    """A larger SQLite page cache while a big batch goes in, the connection's own setting restored after.

    A million cards touch their indexes all over; with the default 2 MB cache most inserts evict a page written a
    moment ago, to be read back for the next key.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite" or records < BULK_CACHE_FROM:
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size={BULK_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(before)}")


def make_demo_cards(ctx: AppContext, records: int, seed: int = 7) -> int:
    """Insert ``records`` synthetic cases spread over all states; returns the number inserted."""
    if records <= 0:
        return 0
    rng = random.Random(seed)
    station = load_station(ctx)
    prefix = station.office_code + station.station_code
    today = ctx.now().date()
    days = _days(records, today)
    calendar = working_calendar()
    promised = {}
    for day in days:
        due = calendar.add(day, station.card_promise_days, "working_day")
        promised[day] = (due.date, due.beyond_known_calendar)
    names = {sid: ctx.catalog.get(sid).name for sid, _ in _SERVICES if sid in ctx.catalog.services}
    services = [(sid, reason) for sid, reason in _SERVICES if sid in names]
    if not services:
        raise ValueError("目录中没有居民身份证业务")
    keys_cache: dict[str, list[str]] = {}
    with ctx.db.write() as session, _bulk_cache(session, records):
        stored_time = _stored_time(session)
        next_id = (session.scalar(select(func.max(CardCase.id))) or 0) + 1
        first_id = next_id
        next_event = (session.scalar(select(func.max(CaseEvent.id))) or 0) + 1
        used_places = set(session.scalars(select(CardCase.storage_place)
                                           .where(CardCase.storage_place.is_not(None))))
        places = (p for p in storage_layout(station) if p not in used_places)
        seq = _sequences(session, prefix, days)
        cases: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        keys: list[tuple[str, Any, int]] = []
        for n in range(records):
            day = days[n % len(days)]
            if seq[day] >= 99_999:
                continue
            seq[day] += 1
            name, id_number, phone = synthetic_person(rng, today)
            state = rng.choice(_STATES)
            place = None
            if state is CardState.ARRIVED:
                place = next(places, None)
                if place is None:
                    state = CardState.COLLECTED
            accepted = datetime.combine(day, time(8, 30)) + timedelta(seconds=rng.randint(0, 8 * 3600))
            state_at = min(accepted + timedelta(days=rng.randint(0, 30)), ctx.now())
            sid, reason = rng.choice(services)
            due, beyond = promised[day]
            cases.append(dict(
                id=next_id, acceptance_no=format_acceptance_number(station.office_code, station.station_code,
                                                                  day, seq[day]),
                service_id=sid, service_name=names[sid], name=name, id_number=id_number, id_rev=id_number[::-1],
                phone=phone, phone_rev=phone[::-1], reason=reason, fee=20, fee_note="",
                pickup_method="mail" if state in _MAIL_STATES else "counter", mail_address=None,
                accepted_at=accepted, limit_days=station.card_limit_days, promised_date=due,
                promised_beyond_calendar=beyond, state=state.value, state_at=state_at, storage_place=place,
                arrived_at=state_at if place else None, notified_at=None, notified_by=None,
                collected_at=state_at if state is CardState.COLLECTED else None, collected_by=None,
                temp_card_issued=rng.random() < 0.1, clerk="演示", workstation="演示", version=1,
            ))
            events.append(dict(id=next_event, case_id=next_id, from_state=None, to_state=state.value,
                               at=state_at, clerk="演示", workstation="演示", note="演示数据"))
            if name not in keys_cache:  # ~300,000 distinct names at most (the demo's name lists), ≈ 100 MB
                keys_cache[name] = sorted(search_keys(name))
            stored = stored_time(accepted)
            keys.extend((k, stored, next_id) for k in keys_cache[name])
            next_id += 1
            next_event += 1
            if len(cases) >= CHUNK:
                _flush(session, cases, events, keys)
        _flush(session, cases, events, keys)
        _bump_sequences(session, prefix, seq)
        _fix_pg_ids(session)
        inserted = next_id - first_id
        ctx.audit(session, "demo.cards", prefix, records=records)
    return inserted
