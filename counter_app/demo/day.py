"""Demo data for the counter's day: one lively day for the window's ``--demo`` (cases in progress, an overdue
same-day case, after-hours cases this week, today's and tomorrow's slots, open and overdue follow-ups).

``make_demo_year`` (a year of cases for the report benchmark) lives in :mod:`demo_year`; it is re-exported
here because the two are used together.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.demo.seed import synthetic_person
from counter_app.demo.year import CLERK, CLOSE, EXTENDED, FOLLOW_UP_KINDS, DemoYear, at, make_demo_year
from counter_app.domain.catalog_schema import Service
from counter_app.operations.context import AppContext
from counter_app.store.models import AppointmentSlot, Booking, FollowUp, ServiceCase

__all__ = ["DemoYear", "ensure_demo_day", "make_demo_year"]


def _day_case(service: Service, day: date, started: datetime, minutes: int, **values: Any) -> ServiceCase:
    on_spot = service.on_the_spot
    fields: dict[str, Any] = dict(
        day=day,
        service_id=service.id,
        service_name=service.name,
        channel="regular",
        promise="same_day" if on_spot else "limit",
        deadline=at(day, CLOSE) if on_spot else None,
        started_at=started,
        ended_at=started + timedelta(minutes=minutes),
        outcome="done" if on_spot else "accepted",
        after_hours_minutes=0,
        clerk=CLERK,
        workstation="窗口1",
    )
    fields.update(values)
    return ServiceCase(**fields)


def ensure_demo_day(ctx: AppContext, seed: int = 11) -> bool:
    """Give an empty demo database a lively today; returns False (and does nothing) when cases exist."""
    with ctx.db.read() as session:
        if session.scalar(select(func.count()).select_from(ServiceCase)):
            return False
    rng = random.Random(seed)
    now = ctx.now()
    today = now.date()
    spot = [s for s in ctx.catalog.ordered() if s.on_the_spot] or ctx.catalog.ordered()
    later = [s for s in ctx.catalog.ordered() if not s.on_the_spot] or spot
    # Closing time, or a little later when the demo starts after hours, so "in progress" is not yet late.
    deadline = max(at(today, CLOSE), now + timedelta(minutes=45))
    with ctx.db.write() as session:
        rows: list[ServiceCase] = []
        for k in range(10):
            started = now - timedelta(minutes=30 + 22 * k)
            if started.date() == today:
                rows.append(_day_case(rng.choice(spot if k % 3 else later), today, started, rng.randint(6, 20)))
        for k in range(3):
            rows.append(
                _day_case(
                    spot[k % len(spot)],
                    today,
                    now - timedelta(minutes=8 + 6 * k),
                    0,
                    ended_at=None,
                    outcome="in_progress",
                    deadline=deadline,
                )
            )
        rows.append(
            _day_case(
                spot[-1],
                today,
                now - timedelta(minutes=95),
                0,
                ended_at=None,
                outcome="in_progress",
                deadline=now - timedelta(minutes=15),
                note="演示：已过当日办结时限",
            )
        )
        for back, (moment, reason) in enumerate(
            ((time(12, 10), "lunch"), (time(17, 40), "evening"), (time(12, 25), "lunch")), start=1
        ):
            day = today - timedelta(days=back)
            rows.append(
                _day_case(
                    rng.choice(spot),
                    day,
                    at(day, moment),
                    25,
                    after_hours_minutes=25,
                    after_hours_reason=reason,
                    deadline=at(day, EXTENDED),
                )
            )
        for row in rows:
            name, id_number, phone = synthetic_person(rng, today)
            row.applicant_name, row.id_number, row.phone = name, id_number, phone
        session.add_all(rows)
        _demo_slots(session, rng, today, now)
        for due_in, done in ((2, False), (5, False), (9, False), (-1, False), (-3, False), (-2, True)):
            name, _, phone = synthetic_person(rng, today)
            session.add(
                FollowUp(
                    kind=FOLLOW_UP_KINDS[due_in % len(FOLLOW_UP_KINDS)],
                    title=f"回访 {name}",
                    applicant_name=name,
                    phone=phone,
                    due=today + timedelta(days=due_in),
                    source="manual",
                    created_at=now - timedelta(days=4),
                    created_by=CLERK,
                    done_at=now - timedelta(hours=1) if done else None,
                    done_by=CLERK if done else None,
                    done_note="",
                )
            )
        ctx.audit(session, "demo.day", today.isoformat(), cases=len(rows))
    return True


def _demo_slots(session: Session, rng: random.Random, today: date, now: datetime) -> None:
    for day, people in ((today, 3), (today + timedelta(days=1), 2)):
        exists = session.scalar(
            select(AppointmentSlot.id).where(AppointmentSlot.day == day, AppointmentSlot.start == CLOSE)
        )
        if exists is not None:
            continue
        slot = AppointmentSlot(day=day, start=CLOSE, end=EXTENDED, capacity=6, booked=people, note="演示")
        session.add(slot)
        session.flush()
        for _ in range(people):
            name, _, phone = synthetic_person(rng, today)
            session.add(
                Booking(
                    slot_id=slot.id,
                    name=name,
                    phone=phone,
                    service_id="id_card_renewal",
                    service_name="居民身份证换领",
                    status="booked",
                    booked_at=now - timedelta(days=1),
                    booked_by=CLERK,
                )
            )
