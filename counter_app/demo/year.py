"""A year of demo service cases (with notices, slots, bookings and follow-ups) for the report benchmark.

The year goes in with Core ``insert`` in chunks (no ORM objects) and lets the database number the rows, so
no id sequence needs repairing afterwards on PostgreSQL.  Rows are not linked to notices or card cases: the
report counts each table on its own.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from counter_app.demo.seed import synthetic_person
from counter_app.domain.catalog_schema import Category, Service
from counter_app.operations.admin.station_calendar import working_calendar
from counter_app.operations.context import AppContext
from counter_app.store.models import AppointmentSlot, Booking, FollowUp, Notice, ServiceCase

CHUNK = 5_000
CLERK = "演示"
OPEN, LUNCH, REOPEN, CLOSE, EXTENDED = time(8, 30), time(12, 0), time(14, 0), time(17, 30), time(18, 30)
DUTY_START, DUTY_END = time(9, 0), time(12, 0)
# ID cards and residence permits are most of a real counter's traffic; the rarer 户口 changes come next.
_WEIGHTS = {Category.ID_CARD: 6.0, Category.RESIDENCE_PERMIT: 3.0, Category.CERTIFICATE: 2.0, Category.HUKOU: 1.0}
FOLLOW_UP_KINDS = ("call_back", "await_materials", "uncollected_card", "other")


@dataclass(frozen=True)
class DemoYear:
    cases: int
    notices: int
    slots: int
    bookings: int
    follow_ups: int


def at(day: date, moment: time, minutes: int = 0) -> datetime:
    return datetime.combine(day, moment) + timedelta(minutes=minutes)


def _window(day: date, start: time, end: time, rng: random.Random) -> datetime:
    span = int((at(day, end) - at(day, start)).total_seconds() // 60)
    return at(day, start, rng.randrange(max(1, span)))


class _YearMaker:
    """Turns one day's share of cases into row dicts; kept as an object so the loop body stays short."""

    def __init__(self, ctx: AppContext, rng: random.Random) -> None:
        self.rng = rng
        self.services: list[Service] = ctx.catalog.ordered()
        self.weights = [_WEIGHTS.get(s.category, 1.0) for s in self.services]
        self.notice_seq: dict[date, int] = {}

    def case(self, day: date, duty: bool) -> tuple[dict[str, Any], dict[str, Any] | None]:
        rng = self.rng
        service = rng.choices(self.services, self.weights)[0]
        name, id_number, phone = synthetic_person(rng, day)
        reason, channel, deadline = None, "regular", at(day, CLOSE)
        roll = rng.random()
        if duty:
            started, reason, deadline = _window(day, DUTY_START, DUTY_END, rng), "weekend_duty", at(day, DUTY_END)
        elif roll < 0.05:
            started, reason = _window(day, LUNCH, REOPEN, rng), "lunch"
        elif roll < 0.09:
            started, deadline = _window(day, CLOSE, EXTENDED, rng), at(day, EXTENDED)
            channel = "appointment" if rng.random() < 0.4 else "regular"
            reason = "appointment" if channel == "appointment" else "evening"
        elif roll < 0.095:
            started, reason, channel = _window(day, LUNCH, REOPEN, rng), "green_channel", "green_channel"
        else:
            started = _window(day, OPEN, LUNCH, rng) if rng.random() < 0.55 else _window(day, REOPEN, CLOSE, rng)
        ended = started + timedelta(minutes=rng.randint(4, 35))
        overrun = int((ended - deadline).total_seconds() // 60)
        if overrun > 0:
            # A case started just before closing is finished in the extended service (当日事当日办), so its
            # deadline moves to the end of that service and the minutes past closing are after hours.
            deadline += timedelta(hours=1)
            if reason is None:
                reason = "evening"
        promise = "same_day" if service.on_the_spot else "limit"
        roll = rng.random()
        if roll < 0.12:
            outcome, promise = "notice", "none"
        elif roll < 0.15:
            outcome, promise = "refused", "none"
        elif service.on_the_spot and roll < 0.18:
            outcome, ended = "not_done", max(ended, deadline + timedelta(minutes=1))
        else:
            outcome = "done" if service.on_the_spot else "accepted"
            if promise == "same_day" and roll > 0.99:
                ended = deadline + timedelta(minutes=rng.randint(5, 40))  # a promise broken by minutes
        minutes = max(1, int((ended - started).total_seconds() // 60)) if reason else 0
        if reason == "evening" and started < at(day, CLOSE):
            minutes = max(1, overrun)
        row = dict(
            day=day,
            service_id=service.id,
            service_name=service.name,
            applicant_name=name,
            id_number=id_number,
            phone=phone,
            channel=channel,
            promise=promise,
            deadline=deadline if promise == "same_day" else None,
            started_at=started,
            ended_at=ended,
            outcome=outcome,
            not_done_reason="材料需补充核实" if outcome == "not_done" else "",
            after_hours_minutes=minutes,
            after_hours_reason=reason,
            note="",
            clerk=CLERK,
            workstation=CLERK,
            version=1,
        )
        return row, self._notice(service, row) if outcome == "notice" else None

    def _notice(self, service: Service, case: dict[str, Any]) -> dict[str, Any]:
        day = case["day"]
        self.notice_seq[day] = seq = self.notice_seq.get(day, 0) + 1
        id_number, phone = case["id_number"], case["phone"]
        missing = [m.id for m in service.materials[:2]]
        return dict(
            notice_no=f"YS{day:%Y%m%d}{seq:05d}",
            service_id=service.id,
            service_name=service.name,
            applicant_name=case["applicant_name"],
            id_number=id_number,
            id_rev=id_number[::-1],
            phone=phone,
            phone_rev=phone[::-1],
            answers={},
            brought=[],
            missing=missing,
            clerk=CLERK,
            workstation=CLERK,
            created_at=case["ended_at"],
        )


def _insert(session: Session, model: type, rows: list[dict[str, Any]]) -> int:
    for start in range(0, len(rows), CHUNK):
        session.execute(insert(model), rows[start : start + CHUNK])
    count = len(rows)
    rows.clear()
    return count


def _year_days(end_day: date) -> tuple[list[date], list[date]]:
    """(working days, rest-day Saturdays with weekend duty) of the 365 days up to ``end_day``."""
    calendar = working_calendar()
    days = [end_day - timedelta(days=n) for n in range(364, -1, -1)]
    working = [d for d in days if calendar.is_working_day(d)]
    duty = [d for d in days if d.weekday() == 5 and not calendar.is_working_day(d)]
    return working, duty


def _slots_and_bookings(session: Session, rng: random.Random, working: list[date], duty: list[date]) -> tuple[int, int]:
    taken = set(
        session.execute(
            select(AppointmentSlot.day, AppointmentSlot.start).where(AppointmentSlot.day >= min(working + duty))
        )
    )
    plan = [(d, CLOSE, EXTENDED, 6) for d in working] + [(d, DUTY_START, DUTY_END, 20) for d in duty]
    plan = [p for p in plan if (p[0], p[1]) not in taken]
    bookings: list[tuple[date, time, list[str]]] = []
    slots = []
    for day, start, end, capacity in plan:
        statuses = rng.choices(("checked_in", "no_show", "cancelled"), (0.8, 0.1, 0.1), k=rng.randint(0, capacity))
        slots.append(
            dict(
                day=day,
                start=start,
                end=end,
                capacity=capacity,
                note="演示",
                booked=sum(s != "cancelled" for s in statuses),
            )
        )
        bookings.append((day, start, statuses))
    count_slots = _insert(session, AppointmentSlot, slots)
    ids = {
        (d, s): i for i, d, s in session.execute(select(AppointmentSlot.id, AppointmentSlot.day, AppointmentSlot.start))
    }
    rows = []
    for day, start, statuses in bookings:
        for status in statuses:
            name, _, phone = synthetic_person(rng, day)
            rows.append(
                dict(
                    slot_id=ids[(day, start)],
                    name=name,
                    phone=phone,
                    service_id="id_card_renewal",
                    service_name="居民身份证换领",
                    note="",
                    status=status,
                    booked_at=at(day - timedelta(days=rng.randint(1, 6)), time(10)),
                    booked_by=CLERK,
                    status_at=at(day, start, 20),
                    status_by=CLERK,
                )
            )
    return count_slots, _insert(session, Booking, rows)


def _follow_ups(session: Session, rng: random.Random, working: list[date], per_day: int) -> int:
    rows = []
    for day in working:
        for _ in range(per_day):
            name, _, phone = synthetic_person(rng, day)
            due = day + timedelta(days=rng.randint(2, 10))
            roll = rng.random()
            done_at = (
                None
                if roll < 0.04
                else at(due, time(16)) + timedelta(days=rng.randint(1, 5))
                if roll < 0.12
                else at(day + timedelta(days=rng.randint(0, (due - day).days)), time(15))
            )
            rows.append(
                dict(
                    kind=rng.choice(FOLLOW_UP_KINDS),
                    title=f"回访 {name}",
                    applicant_name=name,
                    phone=phone,
                    due=due,
                    source="manual",
                    source_ref=None,
                    created_at=at(day, time(11)),
                    created_by=CLERK,
                    done_at=done_at,
                    done_by=CLERK if done_at else None,
                    done_note="",
                )
            )
    return _insert(session, FollowUp, rows)


def make_demo_year(ctx: AppContext, cases: int = 250_000, seed: int = 7, end_day: date | None = None) -> DemoYear:
    """Insert about ``cases`` service cases over the 365 days up to ``end_day`` (default yesterday), with
    their one-time notices, evening and Saturday slots with bookings, and follow-ups; one transaction."""
    rng = random.Random(seed)
    end_day = end_day or ctx.now().date() - timedelta(days=1)
    working, duty = _year_days(end_day)
    # A Saturday on duty sees about a fifth of a weekday's visitors.
    weight = {d: 1.0 for d in working} | {d: 0.2 for d in duty}
    per_unit = cases / sum(weight.values())
    maker = _YearMaker(ctx, rng)
    case_rows: list[dict[str, Any]] = []
    notice_rows: list[dict[str, Any]] = []
    made = notices = 0
    with ctx.db.write() as session:
        ordered = sorted(weight)
        duty_days = set(duty)
        for index, day in enumerate(ordered):
            # The last day takes the rounding remainder, so exactly ``cases`` rows are made.
            count = cases - made if index == len(ordered) - 1 else min(cases - made, round(per_unit * weight[day]))
            for _ in range(max(0, count)):
                row, notice = maker.case(day, duty=day in duty_days)
                case_rows.append(row)
                if notice:
                    notice_rows.append(notice)
            made += max(0, count)
            if len(case_rows) >= CHUNK:
                _insert(session, ServiceCase, case_rows)
                notices += _insert(session, Notice, notice_rows)
        _insert(session, ServiceCase, case_rows)
        notices += _insert(session, Notice, notice_rows)
        slots, bookings = _slots_and_bookings(session, rng, working, duty)
        follow_ups = _follow_ups(session, rng, working, per_day=3)
        ctx.audit(session, "demo.year", end_day.isoformat(), cases=made)
    return DemoYear(made, notices, slots, bookings, follow_ups)
