"""Appointments (预约): after-hours and weekend slots with a capacity, booking and cancelling.

No slot is ever overbooked, also when several counters book at the same moment: a place is taken only by the
guarded ``UPDATE … SET booked = booked + 1 WHERE id = :id AND booked < capacity`` checked by its row count,
inside the same transaction as the Booking insert. On PostgreSQL the UPDATE waits for a concurrent one on the
same row and re-checks the condition; on SQLite the write transaction (BEGIN IMMEDIATE) serialises writers.
The table's CHECK constraint (``booked <= capacity``) is the last guard. Status changes use the same pattern
(``WHERE status = 'booked'``) so that two counters cannot cancel one booking twice and give back two places.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from counter_app.domain.booking_code import new_code
from counter_app.domain.errors import DomainError
from counter_app.domain.phone_numbers import phone_digits
from counter_app.operations.admin.station_calendar import working_calendar
from counter_app.operations.appointments.template import load_template
from counter_app.operations.context import AppContext
from counter_app.store.models import AppointmentSlot, Booking

BOOKED, CHECKED_IN, NO_SHOW, CANCELLED = "booked", "checked_in", "no_show", "cancelled"
STATUS_LABELS = {BOOKED: "已预约", CHECKED_IN: "已到场", NO_SHOW: "未到", CANCELLED: "已取消"}

_MAX_NAME = 30
_MAX_NOTE = 200
_MAX_GENERATED_DAYS = 92  # a quarter ahead is as far as stations publish their after-hours service
_MOBILE = re.compile(r"1\d{10}")
# Landline: area code 0 + 2–3 digits and a 7–8 digit local number, or the local number alone.
_LANDLINE = re.compile(r"0\d{9,11}|[2-9]\d{6,7}")
_COUNTRY_PREFIXES = ("0086", "86")


class AppointmentError(DomainError):
    """A booking or slot operation refused for a reason the clerk can act on."""


@dataclass(frozen=True)
class SlotRow:
    """A slot as the booking page shows it."""

    id: int
    day: dt.date
    start: dt.time
    end: dt.time
    capacity: int
    booked: int
    note: str

    @property
    def free(self) -> int:
        return self.capacity - self.booked


@dataclass(frozen=True)
class BookingView:
    """One booking with its slot; ``phone`` is the full number (for starting the service case on check-in)."""

    id: int
    slot_id: int
    day: dt.date
    start: dt.time
    end: dt.time
    name: str
    phone: str
    service_id: str
    service_name: str
    note: str
    status: str
    code: str | None = None  # the confirmation code (None for bookings made before codes existed)

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


def slot_row(slot: AppointmentSlot) -> SlotRow:
    return SlotRow(slot.id, slot.day, slot.start, slot.end, slot.capacity, slot.booked, slot.note)


def booking_view(booking: Booking, slot: AppointmentSlot) -> BookingView:
    return BookingView(
        id=booking.id,
        slot_id=slot.id,
        day=slot.day,
        start=slot.start,
        end=slot.end,
        name=booking.name,
        phone=booking.phone,
        service_id=booking.service_id,
        service_name=booking.service_name,
        note=booking.note,
        status=booking.status,
        code=booking.code,
    )


def slot_ends_at(slot: AppointmentSlot) -> dt.datetime:
    return dt.datetime.combine(slot.day, slot.end)


def normalize_phone(phone: str) -> str:
    """The digits of an 11-digit mobile (a +86/0086 prefix dropped) or a landline; anything else is refused."""
    digits = phone_digits(phone) or ""
    for prefix in _COUNTRY_PREFIXES:
        if digits.startswith(prefix) and _MOBILE.fullmatch(digits[len(prefix) :]):
            digits = digits[len(prefix) :]
    if _MOBILE.fullmatch(digits) or _LANDLINE.fullmatch(digits):
        return digits
    raise AppointmentError("phone", f"联系电话「{phone.strip()}」无效：应为11位手机号或带区号的固定电话")


def validate_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise AppointmentError("name", "请输入预约人姓名")
    if len(cleaned) > _MAX_NAME or any(not ch.isprintable() for ch in cleaned):
        raise AppointmentError("name", f"预约人姓名「{cleaned[:_MAX_NAME]}」无效：最多{_MAX_NAME}个字，不含控制字符")
    return cleaned


def _check_note(note: str) -> str:
    note = note.strip()
    if len(note) > _MAX_NOTE:
        raise AppointmentError("note", f"备注过长：最多{_MAX_NOTE}个字，当前{len(note)}个字")
    return note


def _check_slot_shape(day: dt.date, start: dt.time, end: dt.time, capacity: int, now: dt.datetime) -> None:
    if not start < end:
        raise AppointmentError("slot_time", f"时段结束时间 {end:%H:%M} 应晚于开始时间 {start:%H:%M}")
    if not 1 <= capacity <= 50:
        raise AppointmentError("capacity", f"每个时段可约人数应为 1–50，当前为 {capacity}")
    if dt.datetime.combine(day, end) <= now:
        raise AppointmentError("slot_past", f"{day:%Y-%m-%d} {start:%H:%M}–{end:%H:%M} 已经过去，不能再设时段")


def create_slot(ctx: AppContext, day: dt.date, start: dt.time, end: dt.time, capacity: int, note: str = "") -> SlotRow:
    """Add one slot by hand (e.g. an extra Sunday for exam candidates); a second slot at the same start is refused."""
    _check_slot_shape(day, start, end, capacity, ctx.now())
    note = note.strip()[:100]
    try:
        with ctx.db.write() as session:
            slot = AppointmentSlot(day=day, start=start, end=end, capacity=capacity, booked=0, note=note)
            session.add(slot)
            session.flush()
            ctx.audit(session, "appointment.slot_create", f"{day} {start:%H:%M}", slot_id=slot.id, capacity=capacity)
            return slot_row(slot)
    except IntegrityError:
        raise AppointmentError("slot_exists", f"{day:%Y-%m-%d} {start:%H:%M} 已有预约时段") from None


def generate_slots(ctx: AppContext, first: dt.date, last: dt.date | None = None) -> list[SlotRow]:
    """Create the template's slots for every day from ``first`` to ``last``; slots that exist are kept as they are.

    Running it twice is harmless, so a clerk may generate the next weeks whenever the template changes.
    """
    last = last or first
    now = ctx.now()
    if last < first:
        raise AppointmentError("range", f"结束日期 {last} 早于开始日期 {first}")
    if (last - first).days >= _MAX_GENERATED_DAYS:
        raise AppointmentError("range", f"一次最多生成 {_MAX_GENERATED_DAYS} 天的预约时段")
    template = load_template(ctx)
    calendar = working_calendar()
    wanted = [
        (first + dt.timedelta(days=offset), start, end, capacity)
        for offset in range((last - first).days + 1)
        for start, end, capacity in template.slots_on(first + dt.timedelta(days=offset), calendar)
    ]
    wanted = [w for w in wanted if dt.datetime.combine(w[0], w[2]) > now]
    try:
        with ctx.db.write() as session:
            existing = set(
                session.execute(
                    select(AppointmentSlot.day, AppointmentSlot.start).where(
                        AppointmentSlot.day >= first, AppointmentSlot.day <= last
                    )
                ).all()
            )
            created = [
                AppointmentSlot(day=day, start=start, end=end, capacity=capacity, booked=0, note="")
                for day, start, end, capacity in wanted
                if (day, start) not in existing
            ]
            session.add_all(created)
            session.flush()
            ctx.audit(session, "appointment.slots_generate", f"{first}..{last}", created=len(created))
            return [slot_row(slot) for slot in created]
    except IntegrityError:
        # Another counter generated the same days at this moment (PostgreSQL); its slots are the same ones.
        raise AppointmentError("slot_exists", "其他窗口正在生成同一日期的时段，请刷新后重试") from None


def slots_for(ctx: AppContext, day: dt.date) -> list[SlotRow]:
    """The day's slots in time order, with their free places."""
    with ctx.db.read() as session:
        slots = session.scalars(
            select(AppointmentSlot).where(AppointmentSlot.day == day).order_by(AppointmentSlot.start)
        ).all()
        return [slot_row(slot) for slot in slots]


def _load_slot(session: Session, slot_id: int) -> AppointmentSlot:
    slot = session.get(AppointmentSlot, slot_id)
    if slot is None:
        raise AppointmentError("slot_not_found", f"没有编号为 {slot_id} 的预约时段")
    return slot


def book(ctx: AppContext, slot_id: int, name: str, phone: str, service_id: str, note: str = "") -> BookingView:
    """Book one place in a slot that has not ended; a full slot is refused with 该时段已约满."""
    name = validate_name(name)
    digits = normalize_phone(phone)
    note = _check_note(note)
    try:
        service_name = ctx.catalog.get(service_id).name
    except KeyError:
        raise AppointmentError("service", f"未知的业务「{service_id}」") from None
    now = ctx.now()
    with ctx.db.write() as session:
        slot = _load_slot(session, slot_id)
        if slot_ends_at(slot) <= now:
            raise AppointmentError(
                "slot_past", f"{slot.day} {slot.start:%H:%M}–{slot.end:%H:%M} 的时段已结束，不能预约"
            )
        duplicate = session.scalar(
            select(Booking.id).where(Booking.slot_id == slot_id, Booking.phone == digits, Booking.status == BOOKED)
        )
        if duplicate is not None:
            raise AppointmentError("duplicate", "该电话已预约此时段，无需重复预约")
        _take_place(session, slot_id)
        booking = Booking(
            slot_id=slot_id,
            name=name,
            phone=digits,
            service_id=service_id,
            service_name=service_name,
            note=note,
            status=BOOKED,
            booked_at=now,
            booked_by=ctx.actor.clerk,
            code=new_code(),
        )
        session.add(booking)
        session.flush()
        session.refresh(slot)
        ctx.audit(
            session,
            "appointment.book",
            f"{slot.day} {slot.start:%H:%M}",
            booking_id=booking.id,
            slot_id=slot_id,
            service_id=service_id,
        )
        return booking_view(booking, slot)


def _take_place(session: Session, slot_id: int) -> None:
    try:
        taken = session.execute(
            update(AppointmentSlot)
            .where(AppointmentSlot.id == slot_id, AppointmentSlot.booked < AppointmentSlot.capacity)
            .values(booked=AppointmentSlot.booked + 1)
            .execution_options(synchronize_session=False)
        ).rowcount
    except IntegrityError:  # the CHECK constraint caught what the WHERE clause should have
        taken = 0
    if taken != 1:
        raise AppointmentError("slot_full", "该时段已约满，请选择其他时段")


def give_back_place(session: Session, slot_id: int) -> None:
    """Return one place to the slot (cancellation); guarded so ``booked`` never goes below zero."""
    freed = session.execute(
        update(AppointmentSlot)
        .where(AppointmentSlot.id == slot_id, AppointmentSlot.booked > 0)
        .values(booked=AppointmentSlot.booked - 1)
        .execution_options(synchronize_session=False)
    ).rowcount
    if freed != 1:
        raise AppointmentError("slot_count", "预约人数记录异常，无法退回名额，请联系管理员")


def move_booking(ctx: AppContext, session: Session, booking_id: int, allowed: tuple[str, ...], target: str) -> Booking:
    """Change a booking's status only if it is still in one of ``allowed``; a concurrent change loses cleanly."""
    booking = session.get(Booking, booking_id)
    if booking is None:
        raise AppointmentError("booking_not_found", f"没有编号为 {booking_id} 的预约")
    moved = session.execute(
        update(Booking)
        .where(Booking.id == booking_id, Booking.status.in_(allowed))
        .values(status=target, status_at=ctx.now(), status_by=ctx.actor.clerk)
        .execution_options(synchronize_session=False)
    ).rowcount
    session.refresh(booking)
    if moved != 1:
        raise AppointmentError(
            "illegal_status",
            f"该预约当前为「{STATUS_LABELS.get(booking.status, booking.status)}」，不能改为「{STATUS_LABELS[target]}」",
        )
    return booking


def cancel(ctx: AppContext, booking_id: int) -> BookingView:
    """Cancel a booking before its slot ends and give the place back."""
    now = ctx.now()
    with ctx.db.write() as session:
        booking = session.get(Booking, booking_id)
        if booking is None:
            raise AppointmentError("booking_not_found", f"没有编号为 {booking_id} 的预约")
        slot = _load_slot(session, booking.slot_id)
        if booking.status == BOOKED and slot_ends_at(slot) <= now:
            raise AppointmentError("slot_past", "该时段已结束，请登记为未到，不能取消")
        move_booking(ctx, session, booking_id, (BOOKED,), CANCELLED)
        give_back_place(session, slot.id)
        session.refresh(slot)
        ctx.audit(session, "appointment.cancel", f"{slot.day} {slot.start:%H:%M}", booking_id=booking_id)
        return booking_view(booking, slot)
