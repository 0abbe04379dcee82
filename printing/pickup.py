"""The pickup notice (领证通知): the card has arrived; where, when and with what to collect it.

The station must notify within 2 working days of arrival (a provincial 居民身份证工作规范).  The slip repeats the
acceptance number as a barcode so the desk can find the card by scanning the slip the holder brings back.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from printing.blocks import BoldLine, Cell, barcode_block, kv_table, numbered_list, para, station_rows
from printing.documents import PickupNotice
from printing.fonts import active_font_name
from printing.layout import PAGES, PageSpec, render_pdf
from printing.styles import styles_for
from printing.text import fmt_date

__all__ = ["build_pickup_notice_pdf"]


@dataclass(frozen=True)
class _Format:
    spec: PageSpec
    size: float
    label_width: float


_FORMATS = {
    "A5": _Format(PAGES["A5"], 10, 24 * mm),
    "A4": _Format(PAGES["A4"], 11, 30 * mm),
}


def build_pickup_notice_pdf(notice: PickupNotice, page: str = "A5") -> bytes:
    """Render a pickup notice on "A5" (default) or "A4" paper and return the PDF bytes."""
    fmt = _FORMATS.get(page.upper())
    if fmt is None:
        raise ValueError(f"page must be 'A5' or 'A4', got {page!r}")
    font = active_font_name()
    styles = styles_for(font, fmt.size)
    width = fmt.spec.frame_width
    station = notice.station
    opening = (
        f"您办理的{notice.service_name}（受理编号 {notice.acceptance_no}）已于{fmt_date(notice.arrived_on)}"
        f"制作完成并送达{station.display_office}，请在办公时间内前来领取。"
    )
    rows: list[tuple[str, Cell]] = [
        ("受理编号", notice.acceptance_no),
        ("办理事项", notice.service_name),
        ("到达日期", fmt_date(notice.arrived_on)),
        *station_rows(station, place_label="领取地点"),
    ]
    story: list[Flowable] = [
        BoldLine("领证通知", font, styles.size * 1.9, align="center"),
        Spacer(1, styles.size * 0.8),
        para(f"{notice.applicant_name}：", styles.body),
        Spacer(1, styles.size * 0.3),
        para(opening, styles.body),
        Spacer(1, styles.size * 0.6),
        kv_table(rows, styles, width, fmt.label_width),
    ]
    if notice.what_to_bring:
        story += [para("请携带", styles.heading), *numbered_list(notice.what_to_bring, styles.body)]
    if notice.proxy_rule:
        story += [para("代领规定", styles.heading), para(notice.proxy_rule, styles.body)]
    story += [
        Spacer(1, styles.size * 1.2),
        *barcode_block(notice.acceptance_no, styles, 10 * mm),
        Spacer(1, styles.size * 1.2),
        para(station.display_office, styles.right),
        para(fmt_date(notice.issued_at), styles.right),
    ]
    return render_pdf(
        story,
        fmt.spec,
        font=font,
        title=f"领证通知 {notice.acceptance_no}",
        subject=notice.service_name,
        footer=f"领证通知 {notice.acceptance_no}",
    )
