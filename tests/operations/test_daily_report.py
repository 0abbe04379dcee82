"""The daily report on real SQLite and PostgreSQL: a small known data set, every figure checked exactly."""

from __future__ import annotations

import io
from datetime import date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import select

from counter_app.bootstrap import open_context
from counter_app.demo.day import ensure_demo_day
from counter_app.operations.context import Actor
from counter_app.operations.reports.daily_report import ReportError, build_report, parse_period, report_xlsx
from counter_app.store.models import AuditEntry
from printing.report_data import (
    Appointments,
    Cards,
    DayRow,
    FollowUps,
    ReasonRow,
    ReportPeriod,
    SameDay,
    ServiceRow,
    Totals,
)
from tests.report_data import D20, D22, D23, NOW, A, B, C, add_bookings, at, card, case, follow_up, notice


def _cases():
    return [
        case(A, D23, "done", "same_day", at(D23, 17, 30), at(D23, 10, 20)),  # kept
        case(A, D23, "done", "same_day", at(D23, 17, 30), at(D23, 17, 50), 20, "evening"),  # extended hours: kept
        case(B, D23, "accepted", "limit", None, at(D23, 12, 40), 30, "lunch"),
        case(B, D23, "notice", "none", None, at(D23, 11)),
        case(A, D23, "in_progress", "same_day", at(D23, 17, 30)),  # still before its deadline: pending
        case(A, D23, "in_progress", "same_day", at(D23, 14)),  # past its deadline, but today: still pending
        case(A, D22, "done", "same_day", at(D22, 12), at(D22, 11), 40, "weekend_duty"),
        case(C, D20, "refused", "none", None, at(D20, 10)),
        case(A, D20, "not_done", "same_day", at(D20, 17, 30), at(D20, 17, 31)),
        case(A, date(2026, 10, 31), "done", "same_day", at(date(2026, 10, 31), 17), at(date(2026, 10, 31), 10)),
        case(A, date(2026, 12, 1), "done"),
    ]


@pytest.fixture
def ctx(db_url):
    context = open_context(db_url, actor=Actor(clerk="李警官", workstation="窗口1"))
    context.clock = lambda: NOW
    with context.db.write() as session:
        session.add_all(_cases())
        session.add_all(
            [
                notice("N1", at(D23, 9)),
                notice("N2", at(date(2026, 11, 5), 9)),
                notice("N3", at(date(2026, 10, 30), 9)),
            ]
        )
        session.add_all(
            [
                card("C1", at(D23, 9, 10)),
                card("C2", at(date(2026, 10, 1), 9), arrived=at(D23, 11)),
                card("C3", at(date(2026, 10, 2), 9), arrived=at(date(2026, 11, 5), 9), collected=at(D23, 16)),
            ]
        )
        session.add_all(
            [
                follow_up("F1", at(D23, 9), date(2026, 11, 25)),
                follow_up("F2", at(date(2026, 11, 10), 9), D20, done=at(D23, 10)),
                follow_up("F3", at(date(2026, 11, 1), 9), date(2026, 11, 15)),
                follow_up("F4", at(date(2026, 11, 1), 9), date(2026, 11, 18), done=at(date(2026, 11, 30), 9)),
                follow_up("F5", at(date(2026, 10, 1), 9), date(2026, 10, 10), done=at(date(2026, 10, 12), 9)),
                follow_up("F6", at(date(2026, 11, 24), 9), date(2026, 11, 24)),
            ]
        )
        add_bookings(session, D23, time(17, 30), ["checked_in", "checked_in", "no_show", "cancelled", "booked"])
        add_bookings(session, date(2026, 11, 28), time(9), ["booked"])
        add_bookings(session, date(2026, 12, 1), time(17, 30), ["booked"])
    return context


def test_day_report_counts_exactly(ctx):
    report = build_report(ctx, parse_period("2026-11-23"))
    assert report.station_name and report.generated_at == NOW
    assert report.totals == Totals(cases=6, done=2, accepted=1, notices=1, refused=0, not_done=0, in_progress=2)
    assert report.by_service == (ServiceRow(A[1], 4, 2, 0, 0, 0, 0, 2, 1), ServiceRow(B[1], 2, 0, 1, 1, 0, 0, 0, 1))
    assert report.per_day == ()
    assert (report.same_day.promised, report.same_day.kept, report.same_day.pending) == (4, 2, 2)
    assert report.same_day.rate == pytest.approx(1.0)
    assert report.same_day.text() == "兑现 2 / 应兑现 2（兑现率 100.0%），另有办理中 2 件未计入"
    assert (report.after_hours.cases, report.after_hours.minutes) == (2, 50)
    assert report.after_hours.by_reason == (
        ReasonRow("lunch", "午间延时", 1, 30),
        ReasonRow("evening", "下班后延时", 1, 20),
    )
    assert report.appointments == Appointments(booked=1, checked_in=2, no_show=1, cancelled=1)
    assert report.cards == Cards(accepted=1, arrived=1, collected=1)
    assert report.notices == 1
    assert report.follow_ups == FollowUps(created=1, done=1, overdue_open=2)
    with ctx.db.read() as session:
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "report")).one()
    assert audit.target == "daily:2026-11-23" and audit.detail["cases"] == 6


def test_month_report_counts_exactly(ctx):
    report = build_report(ctx, parse_period("2026-11"))
    assert report.totals == Totals(cases=9, done=3, accepted=1, notices=1, refused=1, not_done=1, in_progress=2)
    assert report.by_service == (
        ServiceRow(A[1], 6, 3, 0, 0, 0, 1, 2, 2),
        ServiceRow(B[1], 2, 0, 1, 1, 0, 0, 0, 1),
        ServiceRow(C[1], 1, 0, 0, 0, 1, 0, 0, 0),
    )
    assert (report.same_day.promised, report.same_day.kept, report.same_day.pending) == (6, 3, 2)
    assert report.same_day.rate == pytest.approx(0.75)
    assert [r.reason for r in report.after_hours.by_reason] == ["weekend_duty", "lunch", "evening"]
    assert (report.after_hours.cases, report.after_hours.minutes) == (3, 90)
    assert len(report.per_day) == 30 and report.per_day[0] == DayRow(date(2026, 11, 1), 0, 0, 0, 0, 0)
    by_day = {row.day: row for row in report.per_day}
    assert by_day[D23] == DayRow(D23, 6, 50, 2, 4, 2)
    assert by_day[D22] == DayRow(D22, 1, 40, 1, 1, 0)
    assert by_day[D20] == DayRow(D20, 2, 0, 0, 1, 0)
    assert sum(row.cases for row in report.per_day) == 9
    assert report.appointments == Appointments(booked=2, checked_in=2, no_show=1, cancelled=1)
    assert report.cards == Cards(accepted=1, arrived=2, collected=1)
    assert report.notices == 2
    assert report.follow_ups == FollowUps(created=5, done=2, overdue_open=3)


def test_a_past_day_has_no_pending_cases_and_no_waiting_bookings(ctx):
    """Seen from the 23rd, the 20th's unfinished cases are 未办结 and its unmarked bookings 爽约."""
    with ctx.db.write() as session:
        session.add(case(B, D20, "in_progress", "same_day", at(D20, 17, 30)))
        add_bookings(session, D20, time(9), ["booked", "checked_in"])
    report = build_report(ctx, parse_period("2026-11-20"))
    assert report.totals == Totals(cases=3, done=0, accepted=0, notices=0, refused=1, not_done=2, in_progress=0)
    assert report.same_day == SameDay(promised=2, kept=0, pending=0)
    assert report.appointments == Appointments(booked=0, checked_in=1, no_show=1, cancelled=0)
    for row in report.by_service:
        assert row.cases == sum(row[2:8]), row


def test_empty_period_gives_zeros_and_no_rate(ctx):
    report = build_report(ctx, parse_period("2025-02"))
    assert report.totals == Totals()
    assert report.by_service == () and report.after_hours.by_reason == ()
    assert report.same_day.rate is None
    assert len(report.per_day) == 28 and not any(row.cases for row in report.per_day)
    assert report.appointments == Appointments() and report.cards == Cards() and report.notices == 0
    assert report.follow_ups == FollowUps()


def test_xlsx_holds_the_same_numbers(ctx):
    report = build_report(ctx, parse_period("2026-11"))
    book = load_workbook(io.BytesIO(report_xlsx(report)))
    assert book.sheetnames == ["汇总", "按事项", "按日", "口径说明"]
    summary = {row[0]: row[1] for row in book["汇总"].iter_rows(min_row=2, values_only=True)}
    assert summary["办件总数"] == 9 and summary["不予受理"] == 1 and summary["延时服务分钟"] == 90
    assert summary["当日事当日办兑现率"] == pytest.approx(0.75)
    assert summary["当日事当日办"] == report.same_day.text()
    assert summary["期末逾期未结待办"] == 3 and summary["发放一次性告知单"] == 2
    assert summary["统计期间"] == "2026年11月"
    services = list(book["按事项"].iter_rows(min_row=2, values_only=True))
    assert services[:-1] == [tuple(row) for row in report.by_service]
    columns = zip(*(r[1:] for r in services[:-1]), strict=True)
    assert services[-1][0] == "合计" and services[-1][1:] == tuple(map(sum, columns))
    days = list(book["按日"].iter_rows(min_row=2, values_only=True))
    assert len(days) == 30
    assert days[22] == (datetime(2026, 11, 23), 6, 50, 2, 4, 2)
    assert all(isinstance(v, int) for row in days for v in row[1:])


def test_day_xlsx_has_no_per_day_sheet(ctx):
    book = load_workbook(io.BytesIO(report_xlsx(build_report(ctx, parse_period("2026-11-23")))))
    assert book.sheetnames == ["汇总", "按事项", "口径说明"]
    summary = {row[0]: row[1] for row in book["汇总"].iter_rows(min_row=2, values_only=True)}
    assert summary["延时：午间延时（分钟）"] == 30


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(9998, 12, 31)))
def test_period_parses_any_day_and_its_month(day):
    period = parse_period(day.isoformat())
    assert (period.kind, period.start, len(period.days)) == ("day", day, 1)
    month = parse_period(f"{day:%Y-%m}")
    assert month.kind == "month" and month.start <= day < month.end and month.start.day == 1
    assert parse_period(month.key) == month


@given(st.text(max_size=20))
def test_period_parse_refuses_with_a_domain_error_only(text):
    try:
        parse_period(text)
    except ReportError as exc:
        assert "报表期间" in exc.message


@pytest.mark.parametrize("text", ["2026-13", "2026-02-30", "26-11-23", "2026/11/23", "", "十一月"])
def test_bad_periods_name_the_value(text):
    with pytest.raises(ReportError) as info:
        parse_period(text)
    assert f"“{text}”" in info.value.message


def test_demo_day_is_lively_and_idempotent(db_url):
    ctx = open_context(db_url)
    now = datetime(2026, 11, 23, 15, 0)
    ctx.clock = lambda: now
    assert ensure_demo_day(ctx) is True
    assert ensure_demo_day(ctx) is False
    report = build_report(ctx, ReportPeriod.day(now.date()))
    assert report.totals.in_progress == 4 and report.same_day.pending == 4  # today's open cases are all pending
    assert report.appointments.booked == 3
    assert report.follow_ups.overdue_open >= 2
    week = build_report(ctx, ReportPeriod.month(2026, 11))
    assert week.after_hours.cases >= 3
