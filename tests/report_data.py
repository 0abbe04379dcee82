"""Builders for the daily report's known data sets (operations and UI tests): cases, notices, cards, follow-ups,
bookings, all by 李警官 at 窗口1 around Monday 23 November 2026."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from sqlalchemy.orm import Session

from counter_app.store.models import AppointmentSlot, Booking, CardCase, FollowUp, Notice, ServiceCase

NOW = datetime(2026, 11, 23, 15, 0)
D23, D22, D20 = date(2026, 11, 23), date(2026, 11, 22), date(2026, 11, 20)
A, B, C = ("id_card_renewal", "居民身份证换领"), ("hukou_move_in", "户口迁入"), ("name_change", "变更姓名")


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm))


def case(
    service: tuple[str, str],
    day: date,
    outcome: str,
    promise: str = "none",
    deadline: datetime | None = None,
    ended: datetime | None = None,
    minutes: int = 0,
    reason: str | None = None,
) -> ServiceCase:
    return ServiceCase(
        day=day,
        service_id=service[0],
        service_name=service[1],
        outcome=outcome,
        promise=promise,
        deadline=deadline,
        started_at=at(day, 9),
        ended_at=ended,
        after_hours_minutes=minutes,
        after_hours_reason=reason,
        clerk="李警官",
        workstation="窗口1",
    )


def notice(no: str, created: datetime) -> Notice:
    return Notice(
        notice_no=no,
        service_id=B[0],
        service_name=B[1],
        applicant_name="王芳",
        answers={},
        brought=[],
        missing=[],
        clerk="李警官",
        workstation="窗口1",
        created_at=created,
    )


def card(no: str, accepted: datetime, arrived: datetime | None = None, collected: datetime | None = None) -> CardCase:
    return CardCase(
        acceptance_no=no,
        service_id=A[0],
        service_name=A[1],
        name="张伟",
        id_number="11010519900101001X",
        id_rev="X10010109915010111",
        reason="renewal",
        fee=20,
        pickup_method="counter",
        accepted_at=accepted,
        limit_days=45,
        promised_date=accepted.date(),
        state="accepted",
        state_at=accepted,
        arrived_at=arrived,
        collected_at=collected,
        clerk="李警官",
        workstation="窗口1",
    )


def follow_up(title: str, created: datetime, due: date, done: datetime | None = None) -> FollowUp:
    return FollowUp(kind="call_back", title=title, due=due, created_at=created, created_by="李警官", done_at=done)


def add_bookings(session: Session, day: date, start: time, statuses: Sequence[str]) -> None:
    """One slot from ``start`` to 18:30 holding a booking in each of ``statuses``."""
    slot = AppointmentSlot(
        day=day, start=start, end=time(18, 30), capacity=6, booked=sum(s != "cancelled" for s in statuses)
    )
    session.add(slot)
    session.flush()
    for status in statuses:
        session.add(
            Booking(
                slot_id=slot.id,
                name="赵敏",
                phone="13800000000",
                service_id=A[0],
                service_name=A[1],
                status=status,
                booked_at=at(day, 8),
                booked_by="李警官",
            )
        )
