"""The daily report as an Excel workbook: 汇总 (summary), 按事项 (by service), 按日 (per day, months only).

Numbers are written as numbers (not text) so that the station can sum and chart them further; column widths
are set from the text because openpyxl does not measure, and a Chinese character takes about two columns.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from printing.report_data import DailyReport

__all__ = ["SERVICE_HEADER", "DAY_HEADER", "build_report_xlsx", "summary_rows"]

SERVICE_HEADER = ("办理事项", "办件", "办结", "受理", "告知", "不予受理", "未办结", "办理中", "延时")
DAY_HEADER = ("日期", "办件", "延时服务分钟", "当日办结兑现", "当日办结承诺", "当日办结办理中")
_HEAD_FILL = PatternFill("solid", fgColor="E8E8E8")
_BOLD = Font(bold=True)


def summary_rows(report: DailyReport) -> list[tuple[str, object]]:
    """The 汇总 sheet as (label, value) pairs; a value is a number wherever it is one."""
    t, sd, ap, cards, fu, ah = (
        report.totals,
        report.same_day,
        report.appointments,
        report.cards,
        report.follow_ups,
        report.after_hours,
    )
    rows: list[tuple[str, object]] = [
        ("派出所", report.station_name),
        ("统计期间", report.period.label),
        ("制表时间", report.generated_at),
        ("办件总数", t.cases),
        ("当场办结", t.done),
        ("受理", t.accepted),
        ("一次性告知（办件）", t.notices),
        ("不予受理", t.refused),
        ("未办结", t.not_done),
        ("办理中", t.in_progress),
        ("发放一次性告知单", report.notices),
        ("延时服务件数", ah.cases),
        ("延时服务分钟", ah.minutes),
    ]
    rows += [(f"延时：{r.label}（件）", r.cases) for r in ah.by_reason]
    rows += [(f"延时：{r.label}（分钟）", r.minutes) for r in ah.by_reason]
    rows += [
        ("当日事当日办", sd.text()),
        ("当日事当日办承诺", sd.promised),
        ("当日事当日办兑现", sd.kept),
        ("当日事当日办应兑现", sd.decided),
        ("当日事当日办办理中", sd.pending),
        ("当日事当日办兑现率", sd.rate),
        ("身份证受理", cards.accepted),
        ("身份证到证", cards.arrived),
        ("身份证领取", cards.collected),
        ("预约待到", ap.booked),
        ("预约已到", ap.checked_in),
        ("预约爽约", ap.no_show),
        ("预约取消", ap.cancelled),
        ("待办新增", fu.created),
        ("待办完成", fu.done),
        ("期末逾期未结待办", fu.overdue_open),
    ]
    return rows


def _text_width(value: object) -> int:
    text = "" if value is None else str(value)
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _fit_columns(sheet: Worksheet, rows: Iterable[Sequence[object]]) -> None:
    widths: dict[int, int] = {}
    for row in rows:
        for col, value in enumerate(row, start=1):
            widths[col] = max(widths.get(col, 0), _text_width(value))
    for col, chars in widths.items():
        sheet.column_dimensions[sheet.cell(1, col).column_letter].width = min(60, max(8, chars + 2))


def _table(sheet: Worksheet, header: Sequence[str], body: list[Sequence[object]]) -> None:
    sheet.append(list(header))
    for cell in sheet[1]:
        cell.font, cell.fill, cell.alignment = _BOLD, _HEAD_FILL, Alignment(horizontal="center")
    for row in body:
        sheet.append(list(row))
    sheet.freeze_panes = "A2"
    _fit_columns(sheet, [header, *body])


def _bar_chart(sheet: Worksheet, title: str, rows: int, anchor: str, horizontal: bool) -> None:
    if rows == 0:
        return
    chart = BarChart()
    chart.type = "bar" if horizontal else "col"
    chart.title = title
    chart.legend = None
    chart.height, chart.width = max(7.5, rows * 0.5) if horizontal else 8, 18
    chart.add_data(Reference(sheet, min_col=2, min_row=1, max_row=rows + 1), titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=rows + 1))
    sheet.add_chart(chart, anchor)


def build_report_xlsx(report: DailyReport) -> bytes:
    """The workbook's bytes; the bar charts show cases by service and, for a month, cases per day."""
    book = Workbook()
    summary = book.active
    summary.title = "汇总"
    rows = summary_rows(report)
    _table(summary, ("项目", "数值"), rows)
    for (label, value), cell in zip(rows, summary["B"][1:], strict=True):
        if isinstance(value, float):
            cell.number_format = "0.0%"
        elif label == "制表时间":
            cell.number_format = "yyyy-mm-dd hh:mm"
    summary.column_dimensions["B"].width = max(summary.column_dimensions["B"].width, 18)

    services = book.create_sheet("按事项")
    body = [tuple(r) for r in report.by_service]
    if body:
        t = report.totals
        after_hours = sum(r.after_hours for r in report.by_service)
        total = ("合计", t.cases, t.done, t.accepted, t.notices, t.refused, t.not_done, t.in_progress, after_hours)
        _table(services, SERVICE_HEADER, [*body, total])
    else:
        _table(services, SERVICE_HEADER, body)
    _bar_chart(services, "各事项办件量", len(body), "J2", horizontal=True)

    if report.per_day:
        days = book.create_sheet("按日")
        day_body = [tuple(d) for d in report.per_day]
        _table(days, DAY_HEADER, day_body)
        for cell in days["A"][1:]:
            cell.number_format = "yyyy-mm-dd"
        days.column_dimensions["A"].width = 12
        _bar_chart(days, "逐日办件量", len(day_body), "G2", horizontal=False)

    _table(book.create_sheet("口径说明"), ("项目", "口径"), list(report.definitions))

    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
