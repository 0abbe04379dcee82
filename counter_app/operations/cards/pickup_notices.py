"""Telling holders their card has arrived (领证通知): who is still to be told, SMS export, overdue pickups.

Domain rule: the holder is to be notified within 2 working days of the card's arrival.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.acceptance_number import normalize_acceptance_text
from counter_app.domain.card_lifecycle import CardState
from counter_app.domain.masking import mask_phone
from counter_app.domain.permissions import Permission, require
from counter_app.domain.pickup_rules import PROXY_RULE, pickup_requirements
from counter_app.domain.settings_registry import SMS_TEMPLATE
from counter_app.domain.sms_template import check_template
from counter_app.operations.admin.station import load_station
from counter_app.operations.admin.station_calendar import working_calendar
from counter_app.operations.admin.station_letterhead import station_document
from counter_app.operations.cards.accept import load_case
from counter_app.operations.cards.common import CardError
from counter_app.operations.context import AppContext
from counter_app.operations.settings import load_setting
from counter_app.store.models import CardCase

NOTIFY_WITHIN_WORKING_DAYS = 2
CHANNELS = frozenset({"phone", "sms", "in_person"})
SMS_COLUMNS = ("手机号", "姓名", "短信内容")


@dataclass(frozen=True)
class NoticeDue:
    acceptance_no: str
    name: str
    arrived_on: date
    deadline: date
    overdue: bool
    phone_masked: str | None
    storage_place: str | None


@dataclass(frozen=True)
class OverduePickup:
    acceptance_no: str
    name: str
    arrived_on: date
    days_waiting: int
    notified: bool
    phone_masked: str | None
    storage_place: str | None


def _arrived(session: Session, *, unnotified_only: bool) -> list[CardCase]:
    statement = select(CardCase).where(CardCase.state == CardState.ARRIVED.value)
    if unnotified_only:
        statement = statement.where(CardCase.notified_at.is_(None))
    statement = statement.order_by(CardCase.arrived_at, CardCase.acceptance_no)
    return list(session.scalars(statement))


def _arrived_on(case: CardCase) -> date:
    return (case.arrived_at or case.state_at).date()


def _masked(phone: str | None) -> str | None:
    return mask_phone(phone) if phone else None


def unnotified(ctx: AppContext) -> list[NoticeDue]:
    """Arrived cards whose holder has not been told yet, oldest arrival first."""
    today = ctx.now().date()
    calendar = working_calendar()
    with ctx.db.read() as session:
        cases = _arrived(session, unnotified_only=True)
        rows = []
        for case in cases:
            arrived_on = _arrived_on(case)
            deadline = calendar.add_working_days(arrived_on, NOTIFY_WITHIN_WORKING_DAYS).date
            rows.append(NoticeDue(
                acceptance_no=case.acceptance_no, name=case.name, arrived_on=arrived_on, deadline=deadline,
                overdue=today > deadline, phone_masked=_masked(case.phone), storage_place=case.storage_place,
            ))
        return rows


def mark_notified(ctx: AppContext, acceptance_nos: list[str], channel: str) -> int:
    """Record that the holders were told (all or nothing); returns the number of cards marked."""
    if channel not in CHANNELS:
        raise CardError("channel", f"通知方式应为 phone、sms 或 in_person，当前为「{channel}」")
    numbers = list(dict.fromkeys(normalize_acceptance_text(n) for n in acceptance_nos if n.strip()))
    if not numbers:
        raise CardError("acceptance_no", "请输入受理号")
    now = ctx.now()
    with ctx.db.write() as session:
        cases = [load_case(session, n, for_update=True) for n in numbers]
        wrong = [c.acceptance_no for c in cases if c.state != CardState.ARRIVED.value]
        if wrong:
            raise CardError("wrong_state", f"以下证件未处于已到达状态，不能登记通知：{'、'.join(wrong)}")
        for case in cases:
            case.notified_at = now
            case.notified_by = channel
        session.flush()
        ctx.audit(session, "card.notified", ",".join(numbers), channel=channel, count=len(numbers))
    return len(numbers)


def export_sms_csv(ctx: AppContext, template: str | None = None) -> bytes:
    """UTF-8-with-BOM CSV (手机号,姓名,短信内容) of unnotified arrived cards with a phone; audited with row count.
    ``template`` defaults to the station's stored one (the setting ``sms_template``).

    Every row carries a full mobile, so the export is a permission (EXPORT_CONTACTS), not ordinary counter work.
    """
    require(ctx.actor, Permission.EXPORT_CONTACTS)
    if template is None:
        template = load_setting(ctx, SMS_TEMPLATE).template
    check_template(template)
    station = load_station(ctx)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(SMS_COLUMNS)
    count = 0
    with ctx.db.write() as session:
        for case in _arrived(session, unnotified_only=True):
            if not case.phone:
                continue
            text = template.format(name=case.name, place=case.storage_place or "", station=station.name,
                                   phone=station.phone, hours=station.hours)
            writer.writerow((case.phone, case.name, text))
            count += 1
        ctx.audit(session, "notice.sms_export", "", rows=count)
    return buffer.getvalue().encode("utf-8-sig")


def overdue_pickups(ctx: AppContext) -> list[OverduePickup]:
    """Arrived cards waiting longer than ``overdue_pickup_days`` calendar days since arrival."""
    limit = load_station(ctx).overdue_pickup_days
    today = ctx.now().date()
    with ctx.db.read() as session:
        rows = []
        for case in _arrived(session, unnotified_only=False):
            arrived_on = _arrived_on(case)
            waiting = (today - arrived_on).days
            if waiting > limit:
                rows.append(OverduePickup(
                    acceptance_no=case.acceptance_no, name=case.name, arrived_on=arrived_on, days_waiting=waiting,
                    notified=case.notified_at is not None, phone_masked=_masked(case.phone),
                    storage_place=case.storage_place,
                ))
        return rows


def pickup_notice_pdf(ctx: AppContext, acceptance_no: str, page: str = "A5") -> bytes:
    """The 领证通知 of an arrived card as PDF; printing it is audited as ``print.pickup_notice``."""
    import printing

    station = station_document(ctx)
    with ctx.db.read() as session:
        case = load_case(session, acceptance_no)
        if case.state != CardState.ARRIVED.value:
            raise CardError("wrong_state", f"证件「{case.acceptance_no}」未处于已到达状态，不能打印领证通知")
        needs = pickup_requirements(case.service_id, case.reason, case.temp_card_issued)
        notice = printing.PickupNotice(
            applicant_name=case.name, acceptance_no=case.acceptance_no, service_name=case.service_name,
            arrived_on=_arrived_on(case), station=station, what_to_bring=needs.what_to_bring(),
            proxy_rule=PROXY_RULE, issued_at=ctx.now(),
        )
    pdf = printing.build_pickup_notice_pdf(notice, page=page)
    with ctx.db.write() as session:
        ctx.audit(session, "print.pickup_notice", notice.acceptance_no, page=page)
    return pdf


def as_dict(row: NoticeDue | OverduePickup) -> dict[str, object]:
    data = dict(row.__dict__)
    return {k: v.isoformat() if isinstance(v, date | datetime) else v for k, v in data.items()}
