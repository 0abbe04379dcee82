"""The daily report (工作日报): what the counter did on one day or in one month, counted by the database.

Every figure is an aggregate query (GROUP BY / conditional sums), so a year of cases costs a few index range
scans, never a Python loop over rows.  The report is plain data (:mod:`printing.report_data`): the window shows it
as a table and chart, :func:`report_pdf` prints it, :func:`report_xlsx` exports it.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from counter_app.domain.errors import DomainError
from counter_app.domain.service_case import AFTER_HOURS_LABELS, Outcome, Promise
from counter_app.domain.settings_registry import STATION
from counter_app.operations.context import AppContext
from counter_app.operations.follow_ups.notebook import overdue_condition
from counter_app.operations.settings import setting_in
from counter_app.store.models import AppointmentSlot, Booking, CardCase, FollowUp, Notice, ServiceCase
from printing.report_data import (
    AfterHours,
    Appointments,
    Cards,
    DailyReport,
    DayRow,
    FollowUps,
    ReasonRow,
    ReportPeriod,
    SameDay,
    ServiceRow,
    Totals,
)

_DAY = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


class ReportError(DomainError):
    """A report that cannot be made as asked (a period that does not parse)."""


def parse_period(text: str) -> ReportPeriod:
    """``2026-11-23`` is a day, ``2026-11`` a month; anything else is refused with the value named."""
    raw = (text or "").strip()
    match = _DAY.match(raw)
    try:
        if match:
            return ReportPeriod.day(date(*(int(part) for part in match.groups())))
        match = _MONTH.match(raw)
        if match:
            return ReportPeriod.month(int(match[1]), int(match[2]))
    except (ValueError, OverflowError) as exc:  # no such day, or past the calendar's end
        raise ReportError("bad_period", f"报表期间“{raw}”不是有效日期（没有这个月或这一天）") from exc
    raise ReportError(
        "bad_period", f"报表期间“{raw}”格式不对，应为 年-月-日（如 2026-11-23）或 年-月（如 2026-11）"
    )


def _count_if(condition: Any) -> Any:
    return func.sum(case((condition, 1), else_=0))


def _n(value: Any) -> int:
    # PostgreSQL returns SUM as Decimal/bigint and NULL on no rows; the report wants plain ints.
    return int(value or 0)


def _open_now(now: datetime) -> Any:
    """Still in progress and begun today: 办理中.  One begun on an earlier day and never ended is 未办结."""
    return and_(ServiceCase.outcome == Outcome.IN_PROGRESS.value, ServiceCase.day >= now.date())


def _not_done(now: datetime) -> Any:
    return or_(
        ServiceCase.outcome == Outcome.NOT_DONE.value,
        and_(ServiceCase.outcome == Outcome.IN_PROGRESS.value, ServiceCase.day < now.date()),
    )


def _same_day_columns(now: datetime) -> tuple[Any, Any, Any]:
    promised = ServiceCase.promise == Promise.SAME_DAY.value
    # Kept: ended — done, accepted, or refused with reasons — on the day it began, extended hours included.
    kept = and_(
        promised,
        ServiceCase.outcome.in_((Outcome.DONE.value, Outcome.ACCEPTED.value, Outcome.REFUSED.value)),
        ServiceCase.ended_at.is_not(None),
        func.date(ServiceCase.ended_at) == ServiceCase.day,
    )
    pending = and_(promised, _open_now(now))
    return _count_if(promised), _count_if(kept), _count_if(pending)


def _in_period(period: ReportPeriod) -> Any:
    return and_(ServiceCase.day >= period.start, ServiceCase.day < period.end)


def _by_service(session: Session, period: ReportPeriod, now: datetime) -> tuple[list[ServiceRow], Totals, SameDay]:
    outcome = ServiceCase.outcome
    stmt = (
        select(
            ServiceCase.service_id,
            func.min(ServiceCase.service_name),
            func.count(),
            _count_if(outcome == Outcome.DONE.value),
            _count_if(outcome == Outcome.ACCEPTED.value),
            _count_if(outcome == Outcome.NOTICE.value),
            _count_if(outcome == Outcome.REFUSED.value),
            _count_if(_not_done(now)),
            _count_if(_open_now(now)),
            _count_if(ServiceCase.after_hours_minutes > 0),
            *_same_day_columns(now),
        )
        .where(_in_period(period))
        .group_by(ServiceCase.service_id)
    )
    rows, promised, kept, pending = [], 0, 0, 0
    for record in session.execute(stmt):
        rows.append(ServiceRow(record[1], *(_n(v) for v in record[2:10])))
        promised, kept, pending = promised + _n(record[10]), kept + _n(record[11]), pending + _n(record[12])
    rows.sort(key=lambda r: (-r.cases, r.service_name))
    totals = Totals(*(sum(getattr(r, f) for r in rows) for f in ServiceRow._fields[1:8]))
    return rows, totals, SameDay(promised, kept, pending)


def _per_day(session: Session, period: ReportPeriod, now: datetime) -> tuple[DayRow, ...]:
    promised, kept, pending = _same_day_columns(now)
    stmt = (
        select(ServiceCase.day, func.count(), func.sum(ServiceCase.after_hours_minutes), kept, promised, pending)
        .where(_in_period(period))
        .group_by(ServiceCase.day)
    )
    found = {row[0]: DayRow(row[0], *(_n(v) for v in row[1:])) for row in session.execute(stmt)}
    return tuple(found.get(day, DayRow(day, 0, 0, 0, 0, 0)) for day in period.days)


def _after_hours(session: Session, period: ReportPeriod) -> AfterHours:
    stmt = (
        select(ServiceCase.after_hours_reason, func.count(), func.sum(ServiceCase.after_hours_minutes))
        .where(_in_period(period), ServiceCase.after_hours_minutes > 0)
        .group_by(ServiceCase.after_hours_reason)
    )
    rows = []
    for reason, cases, minutes in session.execute(stmt):
        code = reason or ""
        rows.append(ReasonRow(code, AFTER_HOURS_LABELS.get(code, code or "未注明"), _n(cases), _n(minutes)))
    rows.sort(key=lambda r: (-r.minutes, r.reason))
    return AfterHours(sum(r.cases for r in rows), sum(r.minutes for r in rows), tuple(rows))


def _appointments(session: Session, period: ReportPeriod, now: datetime) -> Appointments:
    # A booking of a past day still marked "booked" was never checked in: the applicant did not come (爽约).
    status = case(
        (and_(Booking.status == "booked", AppointmentSlot.day < now.date()), "no_show"), else_=Booking.status
    )
    stmt = (
        select(status, func.count())
        .join(AppointmentSlot, AppointmentSlot.id == Booking.slot_id)
        .where(AppointmentSlot.day >= period.start, AppointmentSlot.day < period.end)
        .group_by(status)
    )
    counts = {value: _n(count) for value, count in session.execute(stmt)}
    return Appointments(**{f: counts.get(f, 0) for f in ("booked", "checked_in", "no_show", "cancelled")})


def _timed(column: Any, period: ReportPeriod) -> Any:
    return and_(column >= period.start_at, column < period.end_at)


def _counts(session: Session, *queries: Any) -> list[int]:
    """Several COUNTs in one round trip (scalar subqueries of one SELECT)."""
    return [_n(v) for v in session.execute(select(*(q.scalar_subquery() for q in queries))).one()]


def _cards_notices_follow_ups(
    session: Session, period: ReportPeriod, now: datetime
) -> tuple[Cards, int, FollowUps]:
    count = select(func.count())
    # Overdue on the period's last day, as it stood at the period's end (or now, for a period not over yet):
    # the status bar's definition, so today's report shows the status bar's figure.
    at = min(period.end_at, now + timedelta(seconds=1))
    overdue = overdue_condition(period.end - timedelta(days=1), at)
    values = _counts(
        session,
        count.select_from(CardCase).where(_timed(CardCase.accepted_at, period)),
        count.select_from(CardCase).where(_timed(CardCase.arrived_at, period)),
        count.select_from(CardCase).where(_timed(CardCase.collected_at, period)),
        # By the day the counter case began, as every case figure is counted (a notice printed after midnight
        # for a case begun before it belongs to the earlier day).
        count.select_from(Notice).outerjoin(ServiceCase, ServiceCase.notice_id == Notice.id).where(or_(
            and_(ServiceCase.id.is_not(None), _in_period(period)),
            and_(ServiceCase.id.is_(None), _timed(Notice.created_at, period)),
        )),
        count.select_from(FollowUp).where(_timed(FollowUp.created_at, period)),
        count.select_from(FollowUp).where(_timed(FollowUp.done_at, period)),
        count.select_from(FollowUp).where(overdue),
    )
    return Cards(*values[:3]), values[3], FollowUps(*values[4:])


def build_report(ctx: AppContext, period: ReportPeriod) -> DailyReport:
    """Count everything of ``period`` in one read transaction, then record in the audit log who made it."""
    now = ctx.now()
    with ctx.db.read() as session:
        station = setting_in(session, STATION)
        by_service, totals, same_day = _by_service(session, period, now)
        per_day = _per_day(session, period, now) if period.kind == "month" else ()
        after_hours = _after_hours(session, period)
        appointments = _appointments(session, period, now)
        cards, notices, follow_ups = _cards_notices_follow_ups(session, period, now)
    report = DailyReport(
        period,
        station.name,
        now,
        totals,
        tuple(by_service),
        per_day,
        after_hours,
        same_day,
        appointments,
        cards,
        notices,
        follow_ups,
    )
    with ctx.db.write() as session:
        ctx.audit(session, "report", f"daily:{period.key}", kind=period.kind, cases=totals.cases)
    return report


def report_pdf(report: DailyReport) -> bytes:
    """The report on A4 with a bar chart (see printing/report.py), in the configured font (``--font``)."""
    from counter_app import paths
    from printing import register_cjk_font
    from printing.report import build_daily_report_pdf

    register_cjk_font(paths.configured_font())  # as every other printout does; cached after the first call
    return build_daily_report_pdf(report)


def report_xlsx(report: DailyReport) -> bytes:
    """The report as a workbook: 汇总, 按事项 and, for a month, 按日."""
    from printing.report_xlsx import build_report_xlsx

    return build_report_xlsx(report)
