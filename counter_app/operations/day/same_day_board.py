"""The same-day board (当日办), the after-hours log (延时服务登记) and closing the day.

"当日事当日办" is measured here: every same-day case of a day is either finished or, at closing, marked
not done with a reason and handed to the follow-up notebook.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from counter_app.domain.masking import mask_name
from counter_app.domain.service_case import Outcome, Promise
from counter_app.operations.context import AppContext
from counter_app.operations.day.service_cases import ServiceCaseError
from counter_app.operations.follow_ups.hooks import follow_up_for_unfinished_case
from counter_app.store.models import ServiceCase


@dataclass(frozen=True)
class BoardRow:
    """One same-day case; ``minutes_left`` is None once the case has ended (``overdue`` then means late)."""

    case_id: int
    service_name: str
    applicant: str  # masked
    started_at: datetime
    deadline: datetime
    minutes_left: int | None
    overdue: bool
    outcome: str
    version: int


@dataclass(frozen=True)
class AfterHoursRow:
    case_id: int
    started_at: datetime
    ended_at: datetime
    clerk: str
    service_name: str
    reason: str
    minutes: int
    outcome: str


@dataclass(frozen=True)
class CloseDayResult:
    day: date
    closed: tuple[int, ...]  # cases marked not_done
    follow_ups: tuple[int, ...]
    done: int  # same-day cases of the day already finished
    total: int  # same-day cases of the day
    ignored: tuple[int, ...]  # reasons given for cases no longer open (finished meanwhile, or not of this day)


def _minutes_left(now: datetime, deadline: datetime) -> int:
    # Floor, so one second past the deadline already reads as -1 (overdue), never as 0.
    return math.floor((deadline - now).total_seconds() / 60)


def same_day_board(ctx: AppContext, day: date | None = None) -> list[BoardRow]:
    """Every same-day case started on ``day`` (default today), ordered by deadline."""
    now = ctx.now()
    day = day or now.date()
    statement = (
        select(ServiceCase)
        .where(ServiceCase.day == day, ServiceCase.promise == Promise.SAME_DAY.value)
        .order_by(ServiceCase.deadline, ServiceCase.id)
    )
    rows: list[BoardRow] = []
    with ctx.db.read() as session:
        for case in session.scalars(statement):
            # Rows written before a deadline was known fall due at the end of their day.
            deadline = case.deadline or datetime.combine(day + timedelta(days=1), time())
            open_case = case.outcome == Outcome.IN_PROGRESS
            if open_case:
                left: int | None = _minutes_left(now, deadline)
                overdue = now > deadline
            else:
                left = None
                overdue = case.outcome == Outcome.NOT_DONE or (case.ended_at is not None and case.ended_at > deadline)
            rows.append(
                BoardRow(
                    case_id=case.id,
                    service_name=case.service_name,
                    applicant=mask_name(case.applicant_name),
                    started_at=case.started_at,
                    deadline=deadline,
                    minutes_left=left,
                    overdue=overdue,
                    outcome=case.outcome,
                    version=case.version,
                )
            )
    return rows


def after_hours_log(ctx: AppContext, start_day: date, end_day: date) -> list[AfterHoursRow]:
    """Finished cases of the days start_day..end_day (inclusive) with after-hours minutes, oldest first."""
    if end_day < start_day:
        raise ServiceCaseError("period", f"结束日期 {end_day} 早于开始日期 {start_day}")
    statement = (
        select(ServiceCase)
        .where(
            ServiceCase.day >= start_day,
            ServiceCase.day <= end_day,
            ServiceCase.after_hours_minutes > 0,
        )
        .order_by(ServiceCase.started_at, ServiceCase.id)
    )
    with ctx.db.read() as session:
        return [
            AfterHoursRow(
                case_id=case.id,
                started_at=case.started_at,
                ended_at=case.ended_at or case.started_at,
                clerk=case.clerk,
                service_name=case.service_name,
                reason=case.after_hours_reason or "",
                minutes=case.after_hours_minutes,
                outcome=case.outcome,
            )
            for case in session.scalars(statement)
        ]


def _describe(case: ServiceCase) -> str:
    who = f"，{mask_name(case.applicant_name)}" if case.applicant_name else ""
    return f"#{case.id}（{case.service_name}{who}）"


def close_day(ctx: AppContext, day: date, reasons: dict[int, str]) -> CloseDayResult:
    """Mark every open same-day case of ``day`` not done with its reason and open a follow-up for each
    (``follow_up_hooks.follow_up_for_unfinished_case``: due the next working day after ``day``).

    All or nothing: one case without a reason refuses the whole closing, naming the cases.
    """
    now = ctx.now()
    if day > now.date():
        raise ServiceCaseError("future_day", f"不能提前结束 {day.isoformat()} 的当日办件")
    with ctx.db.write() as session:
        cases = list(
            session.scalars(
                select(ServiceCase)
                .where(ServiceCase.day == day, ServiceCase.promise == Promise.SAME_DAY.value)
                .order_by(ServiceCase.id)
                .with_for_update()
            )
        )
        still_open = [case for case in cases if case.outcome == Outcome.IN_PROGRESS]
        finished = sum(Outcome(case.outcome).is_final for case in cases)
        missing = [case for case in still_open if not reasons.get(case.id, "").strip()]
        if missing:
            listed = "、".join(_describe(case) for case in missing)
            raise ServiceCaseError("reason_missing", f"以下当日办件尚未办结，请填写未办结原因：{listed}")
        follow_ups: list[int] = []
        for case in still_open:
            case.outcome = Outcome.NOT_DONE.value
            case.not_done_reason = reasons[case.id].strip()
            created = follow_up_for_unfinished_case(ctx, session, case)
            if created is not None:
                follow_ups.append(created)
        session.flush()
        closed = tuple(case.id for case in still_open)
        open_ids = set(closed)
        ignored = tuple(sorted(case_id for case_id in reasons if case_id not in open_ids))
        ctx.audit(session, "service_case.close_day", day.isoformat(), closed=list(closed), total=len(cases))
        return CloseDayResult(
            day=day,
            closed=closed,
            follow_ups=tuple(follow_ups),
            done=finished,
            total=len(cases),
            ignored=ignored,
        )
