"""The appointment day at the counter: the list, check-in on arrival, no-shows, and the printed list."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.booking_code import parse_code
from counter_app.domain.masking import mask_phone
from counter_app.operations.admin.station_letterhead import station_document
from counter_app.operations.appointments.booking import (
    BOOKED,
    CANCELLED,
    CHECKED_IN,
    NO_SHOW,
    STATUS_LABELS,
    AppointmentError,
    BookingView,
    booking_view,
    move_booking,
    slot_ends_at,
)
from counter_app.operations.context import AppContext
from counter_app.store.models import AppointmentSlot, Booking


@dataclass(frozen=True)
class DayListRow:
    """One line of the day's list; the phone arrives masked, as on every screen and slip."""

    booking_id: int
    slot_id: int
    start: dt.time
    end: dt.time
    name: str
    phone_masked: str
    service_name: str
    status: str
    note: str

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def time_text(self) -> str:
        return f"{self.start:%H:%M}–{self.end:%H:%M}"


def _slot_of(session: Session, booking_id: int) -> tuple[Booking, AppointmentSlot]:
    booking = session.get(Booking, booking_id)
    if booking is None:
        raise AppointmentError("booking_not_found", f"没有编号为 {booking_id} 的预约")
    return booking, session.get(AppointmentSlot, booking.slot_id)


def check_in(ctx: AppContext, booking_id: int) -> BookingView:
    """The applicant has arrived: only on the slot's own day. A late arrival already marked 未到 is still taken.

    Returns the booking (with the full phone) so the UI can start the service case.
    """
    today = ctx.now().date()
    with ctx.db.write() as session:
        booking, slot = _slot_of(session, booking_id)
        if slot.day != today:
            raise AppointmentError("wrong_day", f"该预约在 {slot.day:%Y-%m-%d}，只能在当天登记到场")
        before = booking.status
        move_booking(ctx, session, booking_id, (BOOKED, NO_SHOW), CHECKED_IN)
        ctx.audit(
            session, "appointment.check_in", f"{slot.day} {slot.start:%H:%M}", booking_id=booking_id, from_status=before
        )
        return booking_view(booking, slot)


def check_in_by_code(ctx: AppContext, code: str) -> BookingView:
    """Check in the booking whose confirmation code (确认码) the applicant shows, e.g. one booked on the web page."""
    stored = parse_code(code)
    with ctx.db.read() as session:
        booking_id = None if stored is None else session.scalar(select(Booking.id).where(Booking.code == stored))
    if booking_id is None:
        raise AppointmentError("code_not_found", f"没有确认码为「{code.strip()[:20]}」的预约，请核对")
    return check_in(ctx, booking_id)


def mark_no_show(ctx: AppContext, booking_id: int) -> BookingView:
    """Record that the applicant did not come; only once the slot has ended. The place is not given back."""
    now = ctx.now()
    with ctx.db.write() as session:
        booking, slot = _slot_of(session, booking_id)
        if slot_ends_at(slot) > now:
            raise AppointmentError("slot_not_ended", f"时段 {slot.start:%H:%M}–{slot.end:%H:%M} 尚未结束，不能登记未到")
        move_booking(ctx, session, booking_id, (BOOKED,), NO_SHOW)
        ctx.audit(session, "appointment.no_show", f"{slot.day} {slot.start:%H:%M}", booking_id=booking_id)
        return booking_view(booking, slot)


def mark_no_shows(ctx: AppContext, day: dt.date) -> list[BookingView]:
    """Mark every still-booked appointment of ``day`` whose slot has ended as 未到 (end-of-day tidy-up)."""
    now = ctx.now()
    with ctx.db.write() as session:
        pairs = session.execute(
            select(Booking, AppointmentSlot)
            .join(AppointmentSlot, Booking.slot_id == AppointmentSlot.id)
            .where(AppointmentSlot.day == day, Booking.status == BOOKED)
            .order_by(AppointmentSlot.start, Booking.id)
        ).all()
        marked = []
        for booking, slot in pairs:
            if slot_ends_at(slot) > now:
                continue
            move_booking(ctx, session, booking.id, (BOOKED,), NO_SHOW)
            ctx.audit(session, "appointment.no_show", f"{slot.day} {slot.start:%H:%M}", booking_id=booking.id)
            marked.append(booking_view(booking, slot))
        return marked


def day_list(ctx: AppContext, day: dt.date, *, include_cancelled: bool = True) -> list[DayListRow]:
    """The day's bookings in slot order, then in booking order."""
    with ctx.db.read() as session:
        statement = (
            select(Booking, AppointmentSlot)
            .join(AppointmentSlot, Booking.slot_id == AppointmentSlot.id)
            .where(AppointmentSlot.day == day)
            .order_by(AppointmentSlot.start, Booking.booked_at, Booking.id)
        )
        if not include_cancelled:
            statement = statement.where(Booking.status != CANCELLED)
        return [
            DayListRow(
                booking_id=b.id,
                slot_id=s.id,
                start=s.start,
                end=s.end,
                name=b.name,
                phone_masked=mask_phone(b.phone),
                service_name=b.service_name,
                status=b.status,
                note=b.note,
            )
            for b, s in session.execute(statement).all()
        ]


def appointment_list_pdf(ctx: AppContext, day: dt.date | None = None) -> bytes:
    """The A4 list of a day's appointments (tomorrow by default) with a column to sign on arrival; audited."""
    from printing.appointments import AppointmentList, AppointmentRow, build_appointment_list_pdf

    day = day or ctx.now().date() + dt.timedelta(days=1)
    station = station_document(ctx)
    rows = tuple(
        AppointmentRow(
            start=r.start,
            end=r.end,
            name=r.name,
            phone=r.phone_masked,
            service_name=r.service_name,
            note=r.note,
            status=r.status_label if r.status != BOOKED else "",
        )
        for r in day_list(ctx, day, include_cancelled=False)
    )
    document = AppointmentList(title="预约办理名单", day=day, printed_at=ctx.now(), station=station, rows=rows)
    pdf = build_appointment_list_pdf(document)
    with ctx.db.write() as session:
        ctx.audit(session, "print.appointment_list", day.isoformat(), rows=len(rows))
    return pdf
