"""网上预约: the free places of the next days, booking one and cancelling it with the confirmation code.

The slots are the counters' own ``appointment_slot`` rows and the booking is the counters' own ``book``
operation (its guarded UPDATE takes the place), so a place can never be sold twice, whichever side books it.
The web adds only its limits: how far ahead it publishes, and that a booking is found again by its code alone.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from counter_app.domain.booking_code import parse_code
from counter_app.domain.catalog_schema import Service
from counter_app.domain.permissions import Permission, require
from counter_app.operations.appointments.booking import (
    BOOKED,
    AppointmentError,
    BookingView,
    SlotRow,
    book,
    cancel,
    slot_ends_at,
    slot_row,
)
from counter_app.operations.context import AppContext
from counter_app.store.models import AppointmentSlot, Booking

DAYS_AHEAD = 14  # the web shows and books the next two weeks; the counter may book further ahead
NOT_FOUND = "没有找到可取消的预约，请核对确认码；已到场、已取消或时段已结束的预约不能在网上取消。"


def bookable_services(ctx: AppContext) -> list[Service]:
    """The services a resident may book a place for: those done in person at the counter."""
    return [service for service in ctx.catalog.ordered() if service.in_person]


def open_slots(ctx: AppContext, days: int = DAYS_AHEAD) -> list[SlotRow]:
    """Slots from now to ``days`` ahead that have not ended and still have a free place, in time order."""
    now = ctx.now()
    with ctx.db.read() as session:
        slots = session.scalars(
            select(AppointmentSlot)
            .where(AppointmentSlot.day >= now.date(), AppointmentSlot.day <= now.date() + dt.timedelta(days=days),
                   AppointmentSlot.booked < AppointmentSlot.capacity)
            .order_by(AppointmentSlot.day, AppointmentSlot.start)
        ).all()
        return [slot_row(slot) for slot in slots if slot_ends_at(slot) > now]


def book_online(ctx: AppContext, slot_id: int, name: str, phone: str, service_id: str) -> BookingView:
    """Book a place as the counters do; only slots the web publishes, only services done at the counter."""
    require(ctx.actor, Permission.WEB_BOOKING)
    if service_id not in {service.id for service in bookable_services(ctx)}:
        raise AppointmentError("service", "请选择要办理的业务")
    today = ctx.now().date()
    with ctx.db.read() as session:
        slot = session.get(AppointmentSlot, slot_id)
        published = slot is not None and today <= slot.day <= today + dt.timedelta(days=DAYS_AHEAD)
    if not published:
        raise AppointmentError("slot_not_found", "该时段不存在或不在可预约范围内，请重新选择")
    return book(ctx, slot_id, name, phone, service_id)


def booking_by_code(ctx: AppContext, code: str) -> int | None:
    """The id of the still-booked booking with this code, or None (a malformed code makes no query)."""
    stored = parse_code(code)
    if stored is None:
        return None
    with ctx.db.read() as session:
        return session.scalar(select(Booking.id).where(Booking.code == stored, Booking.status == BOOKED))


def cancel_online(ctx: AppContext, code: str) -> BookingView:
    """Cancel with the confirmation code; an unknown, used or ended booking gets the same neutral refusal."""
    require(ctx.actor, Permission.WEB_BOOKING)
    booking_id = booking_by_code(ctx, code)
    if booking_id is None:
        raise AppointmentError("code_not_found", NOT_FOUND)
    try:
        return cancel(ctx, booking_id)
    except AppointmentError as exc:  # checked in or ended meanwhile: the resident learns no more than above
        raise AppointmentError("code_not_found", NOT_FOUND) from exc
