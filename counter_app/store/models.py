"""The database tables (SQLAlchemy 2 typed ORM). The same models run on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    SmallInteger,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Setting(Base):
    """A station-wide setting shared by every counter (workstation settings stay on the machine)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON)


class DailySequence(Base):
    """The last number given out per prefix and day; bumped atomically, never computed as max + 1."""

    __tablename__ = "daily_sequence"
    prefix: Mapped[str] = mapped_column(String(20), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    last: Mapped[int] = mapped_column(Integer)


class Notice(Base):
    """A one-time notice (一次性告知单) given to an applicant, kept so the next visit can pick it up."""

    __tablename__ = "notice"
    id: Mapped[int] = mapped_column(primary_key=True)
    notice_no: Mapped[str] = mapped_column(String(30), unique=True)
    service_id: Mapped[str] = mapped_column(String(60))
    service_name: Mapped[str] = mapped_column(String(100))
    applicant_name: Mapped[str] = mapped_column(String(60), index=True)
    id_number: Mapped[str | None] = mapped_column(String(18), index=True)
    id_rev: Mapped[str | None] = mapped_column(String(18), index=True)
    phone: Mapped[str | None] = mapped_column(String(20))
    phone_rev: Mapped[str | None] = mapped_column(String(20), index=True)
    answers: Mapped[dict[str, Any]] = mapped_column(JSON)
    brought: Mapped[list[Any]] = mapped_column(JSON)
    missing: Mapped[list[Any]] = mapped_column(JSON)
    clerk: Mapped[str] = mapped_column(String(60))
    workstation: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)


class CardCase(Base):
    """An accepted ID-card application, from acceptance to pickup (the "is my card back yet?" record)."""

    __tablename__ = "card_case"
    id: Mapped[int] = mapped_column(primary_key=True)
    acceptance_no: Mapped[str] = mapped_column(String(22), unique=True)
    service_id: Mapped[str] = mapped_column(String(60))
    service_name: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(60), index=True)
    id_number: Mapped[str] = mapped_column(String(18), index=True)
    id_rev: Mapped[str] = mapped_column(String(18), index=True)
    phone: Mapped[str | None] = mapped_column(String(20))
    phone_rev: Mapped[str | None] = mapped_column(String(20), index=True)
    reason: Mapped[str] = mapped_column(String(30))
    fee: Mapped[float] = mapped_column(Numeric(8, 2))
    fee_note: Mapped[str] = mapped_column(String(200), default="")
    pickup_method: Mapped[str] = mapped_column(String(20))
    mail_address: Mapped[str | None] = mapped_column(String(200))
    accepted_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    limit_days: Mapped[int] = mapped_column(Integer)
    promised_date: Mapped[date] = mapped_column(Date)
    promised_beyond_calendar: Mapped[bool] = mapped_column(default=False)
    state: Mapped[str] = mapped_column(String(20), index=True)
    state_at: Mapped[datetime] = mapped_column(DateTime)
    storage_place: Mapped[str | None] = mapped_column(String(20), unique=True)
    arrived_at: Mapped[datetime | None] = mapped_column(DateTime)
    notified_at: Mapped[datetime | None] = mapped_column(DateTime)
    notified_by: Mapped[str | None] = mapped_column(String(20))
    collected_at: Mapped[datetime | None] = mapped_column(DateTime)
    collected_by: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    temp_card_issued: Mapped[bool] = mapped_column(default=False)
    # A 16–17-year-old applying alone: whether the guardian was reached, or why not (domain.minors).
    guardian_contact: Mapped[str | None] = mapped_column(String(200))
    clerk: Mapped[str] = mapped_column(String(60))
    workstation: Mapped[str] = mapped_column(String(60))
    version: Mapped[int] = mapped_column(Integer, default=1)

    events: Mapped[list[CaseEvent]] = relationship(back_populates="case", order_by="CaseEvent.id")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (Index("ix_card_case_state_arrived", "state", "arrived_at"),)


class CaseEvent(Base):
    """One step of a card's timeline: who moved it, from which state to which, when."""

    __tablename__ = "case_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("card_case.id", ondelete="CASCADE"), index=True)
    from_state: Mapped[str | None] = mapped_column(String(20))
    to_state: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(DateTime)
    clerk: Mapped[str] = mapped_column(String(60))
    workstation: Mapped[str] = mapped_column(String(60))
    note: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[CardCase] = relationship(back_populates="events")


class SearchKey(Base):
    """Search keys of a card (name parts, pinyin, initials), one row per key and card, newest first per key.

    The key, then the acceptance time: the primary key hands out one key's cards newest first, so a lookup
    reads the rows it shows and never sorts all the cards of a common name.
    """

    __tablename__ = "search_key"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    accepted_at: Mapped[datetime] = mapped_column(DateTime, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("card_case.id", ondelete="CASCADE"), primary_key=True)
    # This index serves the cascade when a case is purged.
    __table_args__ = (Index("ix_search_key_case_id", "case_id"), {"sqlite_with_rowid": False})


class AuditEntry(Base):
    """Append-only log of lookups, changes, prints and exports."""

    __tablename__ = "audit_entry"
    # A workstation's chain tip is the newest entry of (workstation, chain_version): one index seek (audit_chain.py).
    __table_args__ = (Index("ix_audit_entry_chain", "workstation", "chain_version", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    clerk: Mapped[str] = mapped_column(String(60))
    workstation: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(40), index=True)
    target: Mapped[str] = mapped_column(String(100), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # SHA-256 over the previous link's chain_hash and this entry's content (store/audit_chain.py): version 1 is
    # the single chain written before migration 0007, version 2 one chain per workstation.
    chain_version: Mapped[int] = mapped_column(SmallInteger, server_default="1")
    chain_hash: Mapped[str | None] = mapped_column(String(64))


class ImportBatch(Base):
    """An arrivals manifest that was committed, so the same file is recognised if imported twice."""

    __tablename__ = "import_batch"
    id: Mapped[int] = mapped_column(primary_key=True)
    filename: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    rows: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    clerk: Mapped[str] = mapped_column(String(60))


class ServiceCase(Base):
    """One service handled at the counter (办件), whatever its kind: the record behind the after-hours log,
    the same-day board and the daily report.

    ``started_at``/``ended_at`` are the station's local times; the after-hours minutes and reason are derived
    from them and the office-hours schedule when the case ends, never typed. ``promise`` is ``same_day`` for
    on-the-spot services, temporary ID cards and green-channel cases (``deadline`` is then closing time or the
    end of the extended service), ``limit`` for cases produced elsewhere (ID cards), ``none`` for a consultation.
    ``outcome``: in_progress, done, accepted (passed on for production), notice (one-time notice, materials
    missing), refused, not_done (closed at end of day with ``not_done_reason``; a follow-up is created).
    """

    __tablename__ = "service_case"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    service_id: Mapped[str] = mapped_column(String(60), index=True)
    service_name: Mapped[str] = mapped_column(String(100))
    applicant_name: Mapped[str] = mapped_column(String(60), default="")
    id_number: Mapped[str | None] = mapped_column(String(18))
    phone: Mapped[str | None] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(20), default="regular")  # regular | appointment | green_channel
    promise: Mapped[str] = mapped_column(String(10), default="none")  # same_day | limit | none
    deadline: Mapped[datetime | None] = mapped_column(DateTime)
    started_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    outcome: Mapped[str] = mapped_column(String(20), default="in_progress", index=True)
    not_done_reason: Mapped[str] = mapped_column(Text, default="")
    after_hours_minutes: Mapped[int] = mapped_column(Integer, default=0)
    after_hours_reason: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    card_case_id: Mapped[int | None] = mapped_column(ForeignKey("card_case.id", ondelete="SET NULL"))
    notice_id: Mapped[int | None] = mapped_column(ForeignKey("notice.id", ondelete="SET NULL"))
    booking_id: Mapped[int | None] = mapped_column(ForeignKey("booking.id", ondelete="SET NULL"))
    clerk: Mapped[str] = mapped_column(String(60))
    workstation: Mapped[str] = mapped_column(String(60))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (Index("ix_service_case_day_outcome", "day", "outcome"),)


class AppointmentSlot(Base):
    """A bookable after-hours or weekend slot. ``booked`` only moves by a guarded UPDATE
    (``booked < capacity``), so two counters can never overbook it."""

    __tablename__ = "appointment_slot"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    start: Mapped[time] = mapped_column(Time)
    end: Mapped[time] = mapped_column(Time)
    capacity: Mapped[int] = mapped_column(Integer)
    booked: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(String(100), default="")

    __table_args__ = (
        UniqueConstraint("day", "start", name="uq_appointment_slot_day_start"),
        CheckConstraint("booked >= 0 AND booked <= capacity", name="ck_appointment_slot_capacity"),
    )


class Booking(Base):
    """One appointment (预约): booked → checked_in | no_show | cancelled."""

    __tablename__ = "booking"
    id: Mapped[int] = mapped_column(primary_key=True)
    slot_id: Mapped[int] = mapped_column(ForeignKey("appointment_slot.id"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    phone: Mapped[str] = mapped_column(String(20))
    service_id: Mapped[str] = mapped_column(String(60))
    service_name: Mapped[str] = mapped_column(String(100))
    note: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default="booked", index=True)
    booked_at: Mapped[datetime] = mapped_column(DateTime)
    booked_by: Mapped[str] = mapped_column(String(60))
    status_at: Mapped[datetime | None] = mapped_column(DateTime)
    status_by: Mapped[str | None] = mapped_column(String(60))
    # The confirmation code (确认码) the applicant shows at check-in or uses to cancel; random, never derived.
    code: Mapped[str | None] = mapped_column(String(12), unique=True, index=True)


class FollowUp(Base):
    """A pending matter in the clerk's notebook (待办). Automatic ones carry their source so that the same
    event never creates the same follow-up twice (unique kind + source_ref)."""

    __tablename__ = "follow_up"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))  # call_back | await_materials | remake_card | uncollected_card
    #                                                 | unfinished_same_day | other
    title: Mapped[str] = mapped_column(String(200))
    applicant_name: Mapped[str] = mapped_column(String(60), default="")
    phone: Mapped[str | None] = mapped_column(String(20))
    due: Mapped[date] = mapped_column(Date, index=True)
    source: Mapped[str] = mapped_column(String(20), default="manual")  # manual | notice | card | same_day
    source_ref: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(60))
    done_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    done_by: Mapped[str | None] = mapped_column(String(60))
    done_note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("kind", "source_ref", name="uq_follow_up_kind_source"),)


class RoutineTick(Base):
    """A ticked item of the counter's opening or closing checklist on one day."""

    __tablename__ = "routine_tick"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    phase: Mapped[str] = mapped_column(String(10), primary_key=True)  # open | close
    item: Mapped[str] = mapped_column(String(60), primary_key=True)
    done_at: Mapped[datetime] = mapped_column(DateTime)
    clerk: Mapped[str] = mapped_column(String(60))


class UserAccount(Base):
    """A person who may log in at a counter; the password is stored only as an argon2 hash."""

    __tablename__ = "user_account"
    username: Mapped[str] = mapped_column(String(60), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(60))
    role: Mapped[str] = mapped_column(String(20))  # clerk | supervisor
    password_hash: Mapped[str] = mapped_column(String(200))
    disabled: Mapped[bool] = mapped_column(default=False)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    password_changed_at: Mapped[datetime] = mapped_column(DateTime)
