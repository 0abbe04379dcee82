"""The daily or monthly work report (工作日报 / 工作月报) on A4: summary, bar chart, tables.

Takes the report as plain data (:class:`printing.report_data.DailyReport`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from printing.blocks import LABEL_BG, BoldLine, form_table, grid, para
from printing.fonts import active_font_name, font_for, font_runs
from printing.layout import PAGES, render_pdf
from printing.numbers import percent
from printing.report_data import DailyReport
from printing.styles import Styles, styles_for
from printing.text import fmt_datetime, spaced, text_width

__all__ = ["build_daily_report_pdf", "percent"]

BAR_COLOR = colors.Color(0.25, 0.45, 0.7)
AFTER_HOURS_COLOR = colors.Color(0.85, 0.55, 0.2)
# A horizontal chart with more bars than this gets unreadable labels on A4; the table below has them all.
MAX_CHART_SERVICES = 12
DIGITS = "0123456789"
_STEPS = tuple(m * 10**e for e in range(7) for m in (1, 2, 5))

# 办结 … 办理中 add up to 办件; 延时 counts those of them served after hours.
_SERVICE_COLUMNS: tuple[tuple[str, float], ...] = (
    ("办理事项", 0.28),
    ("办件", 0.09),
    ("办结", 0.09),
    ("受理", 0.09),
    ("告知", 0.09),
    ("不予受理", 0.09),
    ("未办结", 0.09),
    ("办理中", 0.09),
    ("延时", 0.09),
)


def build_daily_report_pdf(report: DailyReport) -> bytes:
    """Render ``report`` on A4 and return the PDF bytes."""
    font = active_font_name()
    styles = styles_for(font, 9.5)
    spec = PAGES["A4"]
    width = spec.frame_width
    title = "户籍窗口工作日报" if report.period.kind == "day" else "户籍窗口工作月报"
    story: list[Flowable] = [
        BoldLine(title, font, 17, align="center"),
        Spacer(1, 1.5 * mm),
        para(
            spaced(
                report.station_name,
                f"统计期间：{report.period.label}",
                f"制表时间：{fmt_datetime(report.generated_at)}",
            ),
            styles.body_center,
        ),
        Spacer(1, 3 * mm),
        para("一、总体情况", styles.heading),
        _summary(report, styles, width),
        CondPageBreak(75 * mm),
        para("二、办件量图示", styles.heading),
        _chart(report, font, width),
        para("三、分事项统计", styles.heading),
        _service_table(report, styles, width),
    ]
    if report.per_day:
        story += [para("四、逐日统计", styles.heading), _day_table(report, styles, width)]
    story += [KeepTogether([para("延时服务分类", styles.heading), _reason_table(report, styles, width)])]
    story += [KeepTogether([para("口径说明", styles.heading), *_definitions(report, styles)])]
    return render_pdf(
        story,
        spec,
        font=font,
        title=f"{title} {report.period.label}",
        subject=report.station_name,
        footer=f"{report.station_name} {title} {report.period.label}",
    )


def _summary(report: DailyReport, styles: Styles, width: float) -> Flowable:
    t, sd, ap, cards, fu, ah = (
        report.totals,
        report.same_day,
        report.appointments,
        report.cards,
        report.follow_ups,
        report.after_hours,
    )
    pairs = [
        ("办件总数", f"{t.cases} 件"),
        ("当场办结", f"{t.done} 件"),
        ("受理（转制证/审批）", f"{t.accepted} 件"),
        ("一次性告知", f"{t.notices} 件（材料不全）"),
        ("不予受理", f"{t.refused} 件"),
        ("未办结", f"{t.not_done} 件"),
        ("办理中", f"{t.in_progress} 件"),
        ("发放一次性告知单", f"{report.notices} 份"),
        ("延时服务", f"{ah.cases} 件，{ah.minutes} 分钟"),
        ("当日事当日办", f"承诺 {sd.promised} 件：{sd.text()}"),
        ("身份证", f"受理 {cards.accepted}，到证 {cards.arrived}，领取 {cards.collected}"),
        ("预约", f"共 {ap.total}：已到 {ap.checked_in}，爽约 {ap.no_show}，取消 {ap.cancelled}"
                 + (f"，待到 {ap.booked}" if ap.booked else "")),
        ("待办事项", f"新增 {fu.created}，完成 {fu.done}，期末逾期未结 {fu.overdue_open}"),
        ("", ""),
    ]
    data = []
    for i in range(0, len(pairs), 2):
        row: list[object] = []
        for label, value in pairs[i : i + 2]:
            row += [para(label, styles.label), para(value, styles.cell)]
        data.append(row)
    widths = [width * 0.2, width * 0.3, width * 0.2, width * 0.3]
    commands = [*grid(3, 2.2), ("BACKGROUND", (0, 0), (0, -1), LABEL_BG), ("BACKGROUND", (2, 0), (2, -1), LABEL_BG)]
    return form_table(data, widths, commands, styles.font)


def _scale(axis: Any, values: Sequence[int]) -> None:
    """A value axis from 0 to a round number above the tallest bar, in at most six steps.

    reportlab's automatic scale can end below the tallest bar, which is then cut off at the plot's top.
    """
    top = max([*values, 1])
    step = next(s for s in _STEPS if top / s <= 5)
    axis.valueMin, axis.valueStep = 0, step
    axis.valueMax = step * (top // step + 1)  # a step of headroom for the bar labels


def _chart(report: DailyReport, font: str, width: float) -> Drawing:
    if report.per_day:
        return _per_day_chart(report, font, width)
    return _service_chart(report, font, width)


def _caption(drawing: Drawing, text: str, font: str, width: float) -> None:
    # The drawing's initial font is otherwise Helvetica, which no glyph uses but the PDF would still list.
    drawing.initialFontName = font
    # One String per font run: a chart string cannot switch fonts, and the fallback may hold the digits.
    x = (width - text_width(text, 9)) / 2
    for name, run in font_runs(text):
        drawing.add(String(x, drawing.height - 10, run, fontName=name, fontSize=9))
        x += stringWidth(run, name, 9)


def _empty_note(drawing: Drawing, font: str, width: float) -> None:
    drawing.add(
        String(
            width / 2,
            drawing.height / 2,
            "（本期无办件）",
            fontName=font_for("（本期无办件）"),
            fontSize=10,
            textAnchor="middle",
            fillColor=colors.grey,
        )
    )


def _service_chart(report: DailyReport, font: str, width: float) -> Drawing:
    rows = list(report.by_service[:MAX_CHART_SERVICES])
    bar_height = 14
    height = max(60, len(rows) * bar_height + 40)
    drawing = Drawing(width, height)
    _caption(drawing, "各事项办件量（件）", font, width)
    if not rows:
        _empty_note(drawing, font, width)
        return drawing
    rows.reverse()  # a horizontal chart draws its first category at the bottom; the biggest goes on top
    chart = HorizontalBarChart()
    chart.x, chart.y = 46 * mm, 12
    chart.width, chart.height = width - 46 * mm - 10 * mm, len(rows) * bar_height
    chart.data = [[r.cases for r in rows]]
    chart.bars[0].fillColor = BAR_COLOR
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font_for(DIGITS)
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.categoryAxis.categoryNames = [r.service_name for r in rows]
    chart.categoryAxis.labels.fontName = font_for("".join(r.service_name for r in rows))
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    _scale(chart.valueAxis, chart.data[0])
    chart.valueAxis.labels.fontName = font_for(DIGITS)
    chart.valueAxis.labels.fontSize = 7
    drawing.add(chart)
    return drawing


def _per_day_chart(report: DailyReport, font: str, width: float) -> Drawing:
    days = list(report.per_day)
    height = 62 * mm
    drawing = Drawing(width, height)
    _caption(drawing, "逐日办件量（件；橙色为延时服务分钟数/10）", font, width)
    if not any(d.cases for d in days):
        _empty_note(drawing, font, width)
        return drawing
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 10 * mm
    chart.width, chart.height = width - 16 * mm, height - 20 * mm
    # Minutes are an order of magnitude larger than case counts; a tenth keeps both legible on one axis.
    chart.data = [[d.cases for d in days], [round(d.after_hours_minutes / 10) for d in days]]
    chart.bars[0].fillColor = BAR_COLOR
    chart.bars[1].fillColor = AFTER_HOURS_COLOR
    chart.barSpacing = 0.5
    chart.groupSpacing = 2
    chart.categoryAxis.categoryNames = [str(d.day.day) for d in days]
    chart.categoryAxis.labels.fontName = font_for(DIGITS)
    chart.categoryAxis.labels.fontSize = 6.5
    _scale(chart.valueAxis, [*chart.data[0], *chart.data[1]])
    chart.valueAxis.labels.fontName = font_for(DIGITS)
    chart.valueAxis.labels.fontSize = 7
    drawing.add(chart)
    return drawing


def _header_table(
    header: Sequence[str], body: list[list[str]], shares: Sequence[float], styles: Styles, width: float, empty: str
) -> Flowable:
    data: list[list[object]] = [[para(h, styles.cell_center) for h in header]]
    for row in body:
        data.append([para(row[0], styles.cell)] + [para(v, styles.right) for v in row[1:]])
    commands = [*grid(3, 1.8), ("BACKGROUND", (0, 0), (-1, 0), LABEL_BG)]
    if not body:
        data.append([para(empty, styles.cell_center)] + [""] * (len(header) - 1))
        commands.append(("SPAN", (0, 1), (-1, 1)))
    return form_table(data, [width * s for s in shares], commands, styles.font, repeat_rows=1)


def _service_table(report: DailyReport, styles: Styles, width: float) -> Flowable:
    body = [[r.service_name, *(str(v) for v in r[1:])] for r in report.by_service]
    if body:
        t = report.totals
        ah = sum(r.after_hours for r in report.by_service)
        parts = (t.cases, t.done, t.accepted, t.notices, t.refused, t.not_done, t.in_progress, ah)
        body.append(["合计", *(str(v) for v in parts)])
    header = [h for h, _ in _SERVICE_COLUMNS]
    return _header_table(header, body, [s for _, s in _SERVICE_COLUMNS], styles, width, "（本期无办件）")


def _day_table(report: DailyReport, styles: Styles, width: float) -> Flowable:
    body = []
    for d in report.per_day:
        sd = d.same_day
        body.append(
            [
                f"{d.day.month}月{d.day.day}日",
                str(d.cases),
                str(d.after_hours_minutes),
                f"{sd.kept}/{sd.decided}" + (f"（+{sd.pending}办理中）" if sd.pending else ""),
                percent(sd.rate),
            ]
        )
    header = ["日期", "办件", "延时服务（分钟）", "当日办兑现/应兑现", "兑现率"]
    return _header_table(header, body, [0.2, 0.15, 0.23, 0.24, 0.18], styles, width, "（无）")


def _definitions(report: DailyReport, styles: Styles) -> list[Flowable]:
    return [para(f"{label}：{text}", styles.small) for label, text in report.definitions]


def _reason_table(report: DailyReport, styles: Styles, width: float) -> Flowable:
    body = [[r.label, str(r.cases), str(r.minutes)] for r in report.after_hours.by_reason]
    if body:
        body.append(["合计", str(report.after_hours.cases), str(report.after_hours.minutes)])
    return _header_table(["原因", "件数", "分钟"], body, [0.5, 0.25, 0.25], styles, width, "（本期无延时服务）")
