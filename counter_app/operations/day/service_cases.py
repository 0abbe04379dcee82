"""The service-case log (办件记录): starting and finishing a case, with its promise and after-hours flag.

Nothing is typed twice: the same-day deadline comes from the office hours, the after-hours minutes and reason
from the case's own timestamps when it ends. The board, the after-hours log and closing the day live in
``service_case_board``.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import insert, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from counter_app.domain.errors import DomainError
from counter_app.domain.office_hours import OfficeHours, after_hours_minutes, same_day_deadline
from counter_app.domain.service_case import FINAL_OUTCOMES, Channel, Outcome, Promise, derive_promise
from counter_app.domain.working_days import WorkingCalendar
from counter_app.operations.admin.station_calendar import working_calendar
from counter_app.operations.context import AppContext
from counter_app.operations.day.office_hours import office_hours_in
from counter_app.store.models import ServiceCase

# The outcomes a clerk may record, in the order the refusal names them.
_FINAL_ORDERED = tuple(o for o in Outcome if o in FINAL_OUTCOMES)
_RECORDABLE = (Outcome.IN_PROGRESS, *_FINAL_ORDERED)
E = TypeVar("E", bound=StrEnum)


class ServiceCaseError(DomainError):
    """A service-case operation refused for a reason the clerk can act on."""


@dataclass(frozen=True)
class CaseSummary:
    id: int
    service_id: str
    service_name: str
    channel: str
    promise: str
    deadline: datetime | None
    started_at: datetime
    ended_at: datetime | None
    outcome: str
    after_hours_minutes: int
    after_hours_reason: str | None
    version: int


def summarize_case(case: ServiceCase) -> CaseSummary:
    return CaseSummary(
        id=case.id,
        service_id=case.service_id,
        service_name=case.service_name,
        channel=case.channel,
        promise=case.promise,
        deadline=case.deadline,
        started_at=case.started_at,
        ended_at=case.ended_at,
        outcome=case.outcome,
        after_hours_minutes=case.after_hours_minutes,
        after_hours_reason=case.after_hours_reason,
        version=case.version,
    )


def _derive_promise(ctx: AppContext, service_id: str, channel: Channel) -> Promise:
    try:
        days: int | None = ctx.catalog.get(service_id).time_limits.promised.days
    except KeyError:
        days = None  # not a catalog service (a consultation, a call)
    return derive_promise(channel, days)


def _flag_after_hours(case: ServiceCase, hours: OfficeHours, calendar: WorkingCalendar) -> None:
    assert case.ended_at is not None
    minutes, reason = after_hours_minutes(hours, calendar, case.started_at, case.ended_at)
    if minutes and Channel(case.channel).explains_after_hours:
        reason = case.channel
    case.after_hours_minutes = minutes
    case.after_hours_reason = reason


def _choice(field: str, value: str, allowed: Collection[E], label: str) -> E:
    """``value`` as its member of ``allowed``; a refusal naming the allowed ones in Chinese otherwise."""
    for member in allowed:
        if member == value:
            return member
    names = "、".join(f"{m.value}（{m.label_zh}）" for m in allowed)  # type: ignore[attr-defined]
    raise ServiceCaseError(field, f"{label}「{value}」无效，应为：{names}")


def new_service_case(
    ctx: AppContext,
    hours: OfficeHours,
    *,
    service_id: str,
    service_name: str,
    applicant_name: str = "",
    id_number: str | None = None,
    phone: str | None = None,
    started_at: datetime | None = None,
    outcome: str = Outcome.IN_PROGRESS,
    promise: str | None = None,
    channel: str = Channel.REGULAR,
    card_case_id: int | None = None,
    notice_id: int | None = None,
    booking_id: int | None = None,
    note: str = "",
) -> ServiceCase:
    """A checked case under the schedule ``hours``, not yet stored (:func:`store_case`): every refusal comes from
    here, so a caller can ask before it commits to anything (an acceptance, before it takes its number).

    A final ``outcome`` ends the case now and flags its after-hours minutes; ``promise`` None is derived from
    the catalog (即办 or green channel → same_day, a promised limit → limit, unknown service → none).
    """
    outcome = _choice("outcome", outcome, _RECORDABLE, "办理结果")
    channel = _choice("channel", channel, tuple(Channel), "办理渠道")
    promised = None if promise is None else _choice("promise", promise, tuple(Promise), "承诺类型")
    if not service_id.strip() or not service_name.strip():
        raise ServiceCaseError("service", "请选择办理的业务")
    now = ctx.now()
    started = now if started_at is None else started_at.replace(microsecond=0)
    if started.tzinfo is not None:
        raise ServiceCaseError("started_at", f"开始时间 {started.isoformat()} 带有时区，应使用本站当地时间")
    if started > now:
        raise ServiceCaseError("started_at", f"开始时间 {started:%Y-%m-%d %H:%M} 晚于当前时间 {now:%H:%M}")
    calendar = working_calendar()
    promised = promised or _derive_promise(ctx, service_id, channel)
    case = ServiceCase(
        day=started.date(),
        service_id=service_id.strip(),
        service_name=service_name.strip(),
        applicant_name=applicant_name.strip(),
        id_number=id_number or None,
        phone=phone or None,
        channel=channel.value,  # plain strings in the row: a driver must not dump an enum by its name
        promise=promised.value,
        deadline=same_day_deadline(hours, calendar, started) if promised is Promise.SAME_DAY else None,
        started_at=started,
        ended_at=None,
        outcome=outcome.value,
        not_done_reason="",
        after_hours_minutes=0,
        after_hours_reason=None,
        note=note,
        card_case_id=card_case_id,
        notice_id=notice_id,
        booking_id=booking_id,
        clerk=ctx.actor.clerk,
        workstation=ctx.actor.workstation,
        version=1,
    )
    if outcome is not Outcome.IN_PROGRESS:
        case.ended_at = now
        _flag_after_hours(case, hours, calendar)
    return case


_STORED_COLUMNS = tuple(column.key for column in ServiceCase.__table__.columns if column.key != "id")


def case_values(case: ServiceCase) -> dict[str, Any]:
    """The row of a case made by :func:`new_service_case`, as column values (for a caller that inserts it)."""
    return {key: getattr(case, key) for key in _STORED_COLUMNS}


def case_audit(case: ServiceCase) -> tuple[str, str, dict[str, Any]]:
    """The audit entry of a stored case (its id set), as (action, target, detail)."""
    action = "service_case.start" if case.outcome == Outcome.IN_PROGRESS else "service_case.record"
    return action, f"case:{case.id}", {"service_id": case.service_id, "outcome": case.outcome,
                                       "promise": case.promise}


def store_case(ctx: AppContext, session: Session, case: ServiceCase) -> ServiceCase:
    """Insert a case made by :func:`new_service_case` inside the caller's transaction, with its audit entry; its
    id is set. One plain INSERT: the row is not kept in the session, nothing reads it back there."""
    statement = insert(ServiceCase.__table__).returning(ServiceCase.__table__.c.id)
    case.id = session.execute(statement, case_values(case)).scalar_one()
    action, target, detail = case_audit(case)
    ctx.audit(session, action, target, **detail)
    return case


def record_case(ctx: AppContext, session: Session, **fields: Any) -> ServiceCase:
    """Add a case inside the caller's transaction (with its audit entry) and return it with its id set; ``fields``
    are those of :func:`new_service_case`, checked against the schedule as this transaction sees it."""
    return store_case(ctx, session, new_service_case(ctx, office_hours_in(session), **fields))


def start_case(ctx: AppContext, **fields: Any) -> CaseSummary:
    """Open a case in its own transaction; ``fields`` are those of :func:`record_case`."""
    with ctx.db.write() as session:
        return summarize_case(record_case(ctx, session, **fields))


def _finished_message(case: ServiceCase) -> str:
    when = f"于 {case.ended_at:%m-%d %H:%M} " if case.ended_at else ""
    shown = Outcome(case.outcome).label_zh
    return f"办件 #{case.id}（{case.service_name}）已{when}标记为「{shown}」，不能重复办结"


def finish_case(
    ctx: AppContext, case_id: int, outcome: str = "done", note: str = "", *, expected_version: int | None = None
) -> CaseSummary:
    """End a case (the board's one "done" action); ``expected_version`` refuses a row changed meanwhile."""
    outcome = _choice("outcome", outcome, _FINAL_ORDERED, "办理结果")
    try:
        with ctx.db.write() as session:
            statement = select(ServiceCase).where(ServiceCase.id == case_id).with_for_update()
            case = session.scalars(statement).one_or_none()
            if case is None:
                raise ServiceCaseError("not_found", f"没有编号为 #{case_id} 的办件")
            if case.outcome != Outcome.IN_PROGRESS:
                raise ServiceCaseError("already_finished", _finished_message(case))
            if expected_version is not None and case.version != expected_version:
                raise ServiceCaseError("stale", f"办件 #{case_id} 已被其他窗口修改，请刷新后再操作")
            case.outcome = outcome.value
            case.ended_at = max(ctx.now(), case.started_at)
            if note.strip():
                case.note = f"{case.note}\n{note.strip()}" if case.note else note.strip()
            _flag_after_hours(case, office_hours_in(session), working_calendar())
            ctx.audit(
                session,
                "service_case.finish",
                f"case:{case.id}",
                outcome=outcome.value,
                after_hours_minutes=case.after_hours_minutes,
                after_hours_reason=case.after_hours_reason,
            )
            session.flush()
            return summarize_case(case)
    except StaleDataError:
        # Another counter committed a change to the same row between our read and our write.
        raise ServiceCaseError("stale", f"办件 #{case_id} 已被其他窗口修改，请刷新后再操作") from None
