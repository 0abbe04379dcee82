"""One overdue figure: the status bar, the to-do tab and the daily report count the same follow-ups."""

from __future__ import annotations

from datetime import date, datetime

from counter_app.operations.follow_ups.notebook import add_follow_up, open_count, tick
from counter_app.operations.reports.daily_report import build_report
from printing.report_data import ReportPeriod
from tests.operations.contexts import clocked_context

NOW = datetime(2026, 11, 23, 15, 0)


def test_status_bar_and_report_agree_every_day(db_url):
    ctx = clocked_context(db_url, datetime(2026, 11, 16, 9, 0))
    due = {"a": date(2026, 11, 18), "b": date(2026, 11, 20), "c": date(2026, 11, 23), "d": date(2026, 11, 25)}
    ids = {key: add_follow_up(ctx, "call_back", f"回电 {key}", day) for key, day in due.items()}
    ctx.clock.now = datetime(2026, 11, 21, 11, 0)
    tick(ctx, ids["b"], "已回电")  # done on the 21st, a day late
    for day, expected in ((date(2026, 11, 19), 1), (date(2026, 11, 20), 1), (date(2026, 11, 21), 1),
                          (date(2026, 11, 23), 1), (date(2026, 11, 24), 2), (date(2026, 11, 26), 3)):
        ctx.clock.now = datetime.combine(day, NOW.time())
        report = build_report(ctx, ReportPeriod.day(day)).follow_ups.overdue_open
        assert open_count(ctx)[1] == report == expected, day
    # A past day's report shows that day as it stood at its end, not as it stands now.
    assert build_report(ctx, ReportPeriod.day(date(2026, 11, 20))).follow_ups.overdue_open == 1
    assert build_report(ctx, ReportPeriod.day(date(2026, 11, 21))).follow_ups.overdue_open == 1
