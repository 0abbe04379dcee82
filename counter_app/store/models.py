"""The database tables (SQLAlchemy 2 typed ORM). The same models run on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, Integer, Numeric, String, Text
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
    """Search keys of a card (name substrings, pinyin, initials) so that every lookup form uses an index."""

    __tablename__ = "search_key"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("card_case.id", ondelete="CASCADE"), primary_key=True)
    # The primary key serves prefix search by key; this index serves the cascade when a case is purged.
    __table_args__ = (Index("ix_search_key_case_id", "case_id"), {"sqlite_with_rowid": False})


class AuditEntry(Base):
    """Append-only log of lookups, changes, prints and exports."""

    __tablename__ = "audit_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    clerk: Mapped[str] = mapped_column(String(60))
    workstation: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(40), index=True)
    target: Mapped[str] = mapped_column(String(100), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class ImportBatch(Base):
    """An arrivals manifest that was committed, so the same file is recognised if imported twice."""

    __tablename__ = "import_batch"
    id: Mapped[int] = mapped_column(primary_key=True)
    filename: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    rows: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    clerk: Mapped[str] = mapped_column(String(60))
