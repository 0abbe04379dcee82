"""The appointment list (预约办理名单): who comes in which after-hours slot, with a column to sign on arrival."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from printing.blocks import LABEL_BG, BoldLine, form_table, grid, para
from printing.documents import Station
from printing.fonts import active_font_name
from printing.layout import PAGES, render_pdf
from printing.styles import Styles, styles_for
from printing.text import fmt_date, fmt_datetime, spaced

__all__ = ["AppointmentList", "AppointmentRow", "build_appointment_list_pdf"]

_WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True)
class AppointmentRow:
    """One booked applicant; ``phone`` arrives masked. ``status`` is empty while still expected, else its label
    (已到场 / 未到), printed in the arrival column instead of a blank to sign."""

    start: time
    end: time
    name: str
    phone: str
    service_name: str
    note: str = ""
    status: str = ""


@dataclass(frozen=True)
class AppointmentList:
    """A day's appointments as handed to the clerk on duty."""

    title: str
    day: date
    printed_at: datetime
    station: Station
    rows: tuple[AppointmentRow, ...]


# (header, share of the frame width). The arrival column is wide enough for a handwritten signature.
_COLUMNS: tuple[tuple[str, float], ...] = (
    ("序号", 0.06),
    ("预约时段", 0.13),
    ("姓名", 0.12),
    ("联系电话", 0.14),
    ("预约业务", 0.21),
    ("备注", 0.20),
    ("到场", 0.14),
)


def build_appointment_list_pdf(document: AppointmentList) -> bytes:
    """Render the list on A4 in slot order, with page numbers; return the PDF bytes."""
    font = active_font_name()
    styles = styles_for(font, 9.5)
    spec = PAGES["A4"]
    rows = sorted(document.rows, key=lambda r: (r.start, r.end))
    day_text = f"{fmt_date(document.day)}（星期{_WEEKDAYS[document.day.weekday()]}）"
    story: list[Flowable] = [
        BoldLine(document.title, font, 16, align="center"),
        Spacer(1, 2 * mm),
        para(
            spaced(document.station.display_office, f"预约日期：{day_text}", f"共 {len(rows)} 人"), styles.body_center
        ),
        Spacer(1, 3 * mm),
        _table(rows, styles, spec.frame_width),
        Spacer(1, 3 * mm),
        para(
            f"打印时间：{fmt_datetime(document.printed_at)}　到场请本人在“到场”栏签名；未到者由窗口注明。", styles.small
        ),
    ]
    return render_pdf(
        story,
        spec,
        font=font,
        title=f"{document.title} {day_text}",
        subject=document.station.display_office,
        footer=f"{document.title} {fmt_date(document.day)}",
    )


def _table(rows: list[AppointmentRow], styles: Styles, width: float) -> Table:
    data: list[list[object]] = [[para(label, styles.cell_center) for label, _ in _COLUMNS]]
    for number, row in enumerate(rows, start=1):
        data.append(
            [
                para(str(number), styles.cell_center),
                para(f"{row.start:%H:%M}–{row.end:%H:%M}", styles.cell_center),
                para(row.name, styles.cell),
                para(row.phone, styles.cell),
                para(row.service_name, styles.cell),
                para(row.note, styles.cell),
                para(row.status, styles.cell_center),
            ]
        )
    if not rows:
        data.append([para("（当日无预约）", styles.cell_center)] + [""] * (len(_COLUMNS) - 1))
    commands = [*grid(3, 2.5), ("BACKGROUND", (0, 0), (-1, 0), LABEL_BG)]
    if not rows:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    # Tall body rows leave room for a handwritten signature; padding (not a fixed height) lets long text wrap.
    commands += [("TOPPADDING", (0, 1), (-1, -1), 7), ("BOTTOMPADDING", (0, 1), (-1, -1), 7)]
    return form_table(data, [width * share for _, share in _COLUMNS], commands, styles.font, repeat_rows=1)
