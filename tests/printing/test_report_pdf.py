"""The daily/monthly report PDF: its figures, Chinese text, chart and embedded font, from plain data."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from printing_samples import font_report, pdf_text, render_png, squash
from pypdf import PdfReader

from printing.numbers import percent
from printing.report import build_daily_report_pdf
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

STATION = "演示市公安局城关派出所户籍窗口"


def sample_report(period: ReportPeriod, empty: bool = False) -> DailyReport:
    services = (
        ()
        if empty
        else (
            ServiceRow("居民身份证换领", 412, 0, 380, 25, 7, 0, 0, 31),
            ServiceRow("临时居民身份证申领", 97, 90, 0, 5, 1, 1, 0, 8),
            ServiceRow("户口迁入", 23, 0, 15, 8, 0, 0, 0, 2),
        )
    )
    per_day = ()
    if period.kind == "month":
        per_day = tuple(DayRow(d, 0 if empty else 20 + d.day, 0 if empty else 3 * d.day, 0, 0) for d in period.days)
    reasons = () if empty else (ReasonRow("lunch", "午间延时", 25, 610), ReasonRow("evening", "下班后延时", 16, 385))
    return DailyReport(
        period=period,
        station_name=STATION,
        generated_at=datetime(2026, 11, 23, 17, 45),
        totals=Totals() if empty else Totals(532, 90, 395, 38, 8, 1, 0),
        by_service=services,
        per_day=per_day,
        after_hours=AfterHours() if empty else AfterHours(41, 995, reasons),
        same_day=SameDay() if empty else SameDay(97, 95, 0),
        appointments=Appointments() if empty else Appointments(1, 11, 2, 1),
        cards=Cards() if empty else Cards(380, 402, 377),
        notices=0 if empty else 38,
        follow_ups=FollowUps() if empty else FollowUps(12, 9, 4),
    )


def test_day_report_prints_its_figures_in_chinese(tmp_path):
    pdf = build_daily_report_pdf(sample_report(ReportPeriod.day(date(2026, 11, 23))))
    text = squash(pdf_text(pdf))
    for fact in (
        "户籍窗口工作日报",
        STATION,
        "2026年11月23日",
        "办件总数",
        "532件",
        "居民身份证换领",
        "412",
        "380",
        "临时居民身份证申领",
        "当日事当日办",
        "兑现率97.9%",
        "延时服务",
        "41件，995分钟",
        "午间延时",
        "610",
        "受理380，到证402，领取377",
        "已到11，爽约2",
        "期末逾期未结4",
        "各事项办件量",
        "合计",
    ):
        assert squash(fact) in text, fact
    assert all(font_report(pdf).values()), "every font must be embedded"
    pages = render_png(pdf, tmp_path, 50)
    assert len(pages) == len(PdfReader(tmp_path / "doc.pdf").pages) >= 1


def test_month_report_has_per_day_table_and_chart():
    period = ReportPeriod.month(2026, 11)
    text = squash(pdf_text(build_daily_report_pdf(sample_report(period))))
    assert "户籍窗口工作月报" in text and "2026年11月" in text
    assert "逐日统计" in text and "逐日办件量" in text
    assert "11月30日" in text and str(20 + 30) in text


def test_empty_report_says_so_and_shows_no_rate():
    text = squash(pdf_text(build_daily_report_pdf(sample_report(ReportPeriod.month(2025, 2), empty=True))))
    assert "本期无办件" in text and "本期无延时服务" in text
    assert "当日事当日办承诺0件：无承诺件" in text


def test_chart_scale_fits_the_tallest_bar():
    # A month whose busiest day is far above the rest still draws: the axis is sized from the data.
    period = ReportPeriod.month(2026, 11)
    report = sample_report(period)
    days = list(report.per_day)
    days[3] = DayRow(period.start + timedelta(days=3), 1234, 5, 0, 0)
    pdf = build_daily_report_pdf(DailyReport(**{**report.__dict__, "per_day": tuple(days)}))
    assert "1500" in pdf_text(pdf).split()  # 0, 500, 1000, 1500


def test_percent():
    assert percent(None) == "—" and percent(1) == "100.0%" and percent(2 / 3) == "66.7%"
