"""Synthetic but valid ID-card cases in bulk, to try the search and the shelf with a realistic volume.

Rows go to the driver as plain tuples in chunks (no ORM objects, no Core dict per row; see ``bulk_load``), so a
million cases take under two minutes on SQLite.
Acceptance numbers follow GA 214.4 with per-day sequences continuing the ``daily_sequence`` counters, which
are bumped afterwards so later real acceptances never collide.  Arrived cards get unique storage places
while the drawers have room; once they are full, further "arrived" cases are recorded as collected.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, exists, func, insert, or_, select, text
from sqlalchemy.orm import Session

from counter_app.demo.bulk_load import (
    KeyRows,
    bulk_cache,
    indexes_built_after,
    insert_rows,
    stored_form,
)
from counter_app.demo.seed import synthetic_person
from counter_app.domain.acceptance_number import format_acceptance_number
from counter_app.domain.card_lifecycle import CardState
from counter_app.domain.search_keys import search_keys
from counter_app.domain.station_settings import StationSettings
from counter_app.gc_pause import collector_paused
from counter_app.operations.admin.station import load_station
from counter_app.operations.admin.station_calendar import working_calendar
from counter_app.operations.cards.common import storage_layout
from counter_app.operations.context import AppContext
from counter_app.store.models import (
    Booking,
    CardCase,
    CaseEvent,
    DailySequence,
    FollowUp,
    Notice,
    SearchKey,
    ServiceCase,
    UserAccount,
)

CHUNK = 20_000
MAX_PER_DAY = 2_000
BULK_FROM = 50_000  # cards; smaller batches fit the default cache, and their indexes take them as they come
DEMO_CLERK = "演示"
_TABLES = ("card_case", "case_event", "search_key")
_CASE_COLUMNS = (
    "id", "acceptance_no", "service_id", "service_name", "name", "id_number", "id_rev", "phone", "phone_rev",
    "reason", "fee", "fee_note", "pickup_method", "mail_address", "accepted_at", "limit_days", "promised_date",
    "promised_beyond_calendar", "state", "state_at", "storage_place", "arrived_at", "notified_at", "notified_by",
    "collected_at", "collected_by", "temp_card_issued", "clerk", "workstation", "version",
)
_EVENT_COLUMNS = ("id", "case_id", "from_state", "to_state", "at", "clerk", "workstation", "note")
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


def _holds_work(session: Session) -> bool:
    """Whether the database holds anything of a station's work (a fresh file holds only its settings)."""
    tables = (CardCase, Notice, ServiceCase, UserAccount, FollowUp, Booking)
    return bool(session.scalar(select(or_(*(exists().select_from(table) for table in tables)))))


def _insert_cases(connection: Connection, cases: list[tuple[Any, ...]], events: list[tuple[Any, ...]]) -> None:
    """Insert the buffered rows (parents first) and empty the buffers."""
    insert_rows(connection, CardCase.__table__, _CASE_COLUMNS, [cases])
    insert_rows(connection, CaseEvent.__table__, _EVENT_COLUMNS, [events])
    cases.clear()
    events.clear()


def _fix_pg_ids(session: Session) -> None:
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in ("card_case", "case_event"):
        session.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT COALESCE(MAX(id), 1) FROM {table}))"
        ))


class _CardRows:
    """Turns one drawn card into its case and event rows, every value already in its stored form."""

    def __init__(self, ctx: AppContext, connection: Connection, station: StationSettings, days: list[date]) -> None:
        cases = CardCase.__table__
        self.moment = stored_form(connection, cases, "accepted_at")  # every time column is a DateTime
        flag = stored_form(connection, cases, "temp_card_issued")
        self.flags = {True: flag(True), False: flag(False)}
        self.fee = stored_form(connection, cases, "fee")(20)
        self.no_collector = stored_form(connection, cases, "collected_by")(None)
        calendar = working_calendar()
        promise = stored_form(connection, cases, "promised_date")
        self.promised = {}
        for day in days:
            due = calendar.add(day, station.card_promise_days, "working_day")
            self.promised[day] = (promise(due.date), self.flags[due.beyond_known_calendar])
        self.station = station
        self.now = ctx.now
        self.service_names = {sid: ctx.catalog.get(sid).name for sid, _ in _SERVICES if sid in ctx.catalog.services}
        self.services = [(sid, reason) for sid, reason in _SERVICES if sid in self.service_names]
        if not self.services:
            raise ValueError("目录中没有居民身份证业务")

    def rows(self, rng: random.Random, case_id: int, event_id: int, day: date, number: int, person: tuple[str, ...],
             places: Iterator[str]) -> tuple[tuple[Any, ...], tuple[Any, ...], Any]:
        """(case row, event row, stored acceptance time) of the next card; draws from ``rng`` in a fixed order."""
        name, id_number, phone = person
        state = rng.choice(_STATES)
        place = None
        if state is CardState.ARRIVED:
            place = next(places, None)
            if place is None:
                state = CardState.COLLECTED
        accepted = datetime.combine(day, time(8, 30)) + timedelta(seconds=rng.randint(0, 8 * 3600))
        moment = self.moment
        state_at = moment(min(accepted + timedelta(days=rng.randint(0, 30)), self.now()))
        sid, reason = rng.choice(self.services)
        due, beyond = self.promised[day]
        station = self.station
        stored = moment(accepted)
        case = (
            case_id, format_acceptance_number(station.office_code, station.station_code, day, number),
            sid, self.service_names[sid], name, id_number, id_number[::-1], phone, phone[::-1], reason, self.fee, "",
            "mail" if state in _MAIL_STATES else "counter", None, stored, station.card_limit_days, due, beyond,
            state.value, state_at, place, state_at if place else None, None, None,
            state_at if state is CardState.COLLECTED else None, self.no_collector, self.flags[rng.random() < 0.1],
            DEMO_CLERK, DEMO_CLERK, 1,
        )
        event = (event_id, case_id, None, state.value, state_at, DEMO_CLERK, DEMO_CLERK, "演示数据")
        return case, event, stored


def make_demo_cards(ctx: AppContext, records: int, seed: int = 7, *, indexes_after: bool | None = None) -> int:
    """Insert ``records`` synthetic cases spread over all states; returns the number inserted.

    On SQLite, ``indexes_after`` builds the secondary indexes after the load (see :mod:`counter_app.demo.bulk_load`);
    by default a batch of at least ``BULK_FROM`` cards that at least doubles the cards does. PostgreSQL's load keeps
    its indexes live, as a station's own work does.
    """
    if records <= 0:
        return 0
    rng = random.Random(seed)
    station = load_station(ctx)
    prefix = station.office_code + station.station_code
    today = ctx.now().date()
    days = _days(records, today)
    key_rows = KeyRows()  # grouped by name: ~300,000 distinct names at most (the demo's name lists)
    with ctx.db.read() as session:
        existing = session.scalar(select(func.max(CardCase.id))) or 0
        fresh = existing == 0 and not _holds_work(session)
    if indexes_after is None:
        indexes_after = records >= BULK_FROM and records >= existing
    indexes_after = indexes_after and ctx.db.is_sqlite
    # A bulk load checks no foreign keys: every reference it writes is to a case it has just inserted.
    with ctx.db.bulk_write(fresh_file=fresh) if indexes_after else ctx.db.write() as session:
        connection = session.connection()
        maker = _CardRows(ctx, connection, station, days)
        next_id = (session.scalar(select(func.max(CardCase.id))) or 0) + 1
        first_id = next_id
        next_event = (session.scalar(select(func.max(CaseEvent.id))) or 0) + 1
        used_places = set(session.scalars(select(CardCase.storage_place)
                                           .where(CardCase.storage_place.is_not(None))))
        places = (p for p in storage_layout(station) if p not in used_places)
        seq = _sequences(session, prefix, days)
        cases: list[tuple[Any, ...]] = []
        events: list[tuple[Any, ...]] = []
        with bulk_cache(connection, records >= BULK_FROM), collector_paused(), \
                indexes_built_after(connection, _TABLES, indexes_after):
            for n in range(records):
                day = days[n % len(days)]
                if seq[day] >= 99_999:
                    continue
                seq[day] += 1
                person = synthetic_person(rng, today)
                case, event, stored = maker.rows(rng, next_id, next_event, day, seq[day], person, places)
                cases.append(case)
                events.append(event)
                name = person[0]
                if name not in key_rows:
                    key_rows.add_group(name, tuple(sorted(search_keys(name))))
                key_rows.add(name, stored, next_id)
                next_id += 1
                next_event += 1
                if len(cases) >= CHUNK:
                    _insert_cases(connection, cases, events)
            _insert_cases(connection, cases, events)
            # SQLite: in the key table's primary-key order, appended rather than scattered over it; PostgreSQL: card
            # by card, as acceptances write them (see bulk_load).
            key_order = key_rows.in_key_order() if ctx.db.is_sqlite else key_rows.by_case()
            insert_rows(connection, SearchKey.__table__, ("key", "accepted_at", "case_id"), key_order)
        _bump_sequences(session, prefix, seq)
        _fix_pg_ids(session)
        inserted = next_id - first_id
        ctx.audit(session, "demo.cards", prefix, records=records)
    return inserted
