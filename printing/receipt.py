"""The acceptance receipt (受理回执 / 《居民身份证领取凭证》) on 80 mm roll paper or A5.

行政许可法 art. 32 asks for a dated, sealed written receipt; MPS2021 art. 78 makes it the ID-card pickup
voucher.  It carries the acceptance number as a barcode so the pickup desk can scan it.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from printing.blocks import (
    NO_PADDING,
    BoldLine,
    Cell,
    barcode_block,
    form_table,
    kv_table,
    numbered_list,
    para,
    seal_area,
    station_rows,
)
from printing.documents import Receipt
from printing.fonts import active_font_name
from printing.layout import PAGES, PageSpec, render_pdf, render_roll_pdf
from printing.styles import Styles, styles_for
from printing.text import fmt_date, fmt_datetime

__all__ = ["build_receipt_pdf"]


@dataclass(frozen=True)
class _Format:
    spec: PageSpec
    size: float
    label_width: float
    bar_height: float
    seal_height: float
    fitted: bool
    seal_beside: bool


# The roll gets 8 pt type: the smallest size an older applicant still reads without glasses on thermal paper.
_FORMATS = {
    "roll80": _Format(PAGES["roll80"], 8, 19.5 * mm, 10 * mm, 30 * mm, fitted=True, seal_beside=False),
    "a5": _Format(PAGES["A5"], 10, 27 * mm, 12 * mm, 34 * mm, fitted=False, seal_beside=True),
}


def build_receipt_pdf(receipt: Receipt, layout: str = "roll80") -> bytes:
    """Render a receipt on "roll80" (80 mm wide, height fitted to the content) or "a5" paper as PDF."""
    fmt = _FORMATS.get(layout.lower())
    if fmt is None:
        raise ValueError(f"layout must be 'roll80' or 'a5', got {layout!r}")
    font = active_font_name()
    styles = styles_for(font, fmt.size)
    story = _story(receipt, fmt, styles)
    title = f"{receipt.display_title} {receipt.acceptance_no}"
    if fmt.fitted:
        return render_roll_pdf(story, fmt.spec, font=font, title=title, subject=receipt.service_name)
    return render_pdf(story, fmt.spec, font=font, title=title, subject=receipt.service_name, footer=title)


def _story(receipt: Receipt, fmt: _Format, styles: Styles) -> list[Flowable]:
    width = fmt.spec.frame_width
    small = styles_for(styles.font, round(styles.size * 0.9, 1))
    story: list[Flowable] = [
        para(receipt.station.display_office, styles.body_center),
        BoldLine(receipt.display_title, styles.font, styles.size * 1.6, align="center"),
        Spacer(1, styles.size * 0.5),
        *barcode_block(receipt.acceptance_no, styles, fmt.bar_height),
        Spacer(1, styles.size * 0.5),
        kv_table(_case_rows(receipt, styles), styles, width, fmt.label_width, pad=2.5),
    ]
    if receipt.pickup_rules:
        story += [para("领取须知", styles.heading), *numbered_list(receipt.pickup_rules, small.body)]
    story += [Spacer(1, styles.size * 0.6), *_closing(receipt, fmt, styles, small, width)]
    return story


def _closing(receipt: Receipt, fmt: _Format, styles: Styles, small: Styles, width: float) -> list[Flowable]:
    caption = f"（受理单位盖章）\n{fmt_date(receipt.accepted_at)}"
    if not fmt.seal_beside:
        return [
            kv_table(station_rows(receipt.station), small, width, fmt.label_width, pad=2.5),
            seal_area(styles, width, fmt.seal_height, text=caption),
        ]
    # On A5 the seal goes beside the contact details: stacked, the two would not fit on one sheet.
    seal_width = 46 * mm
    contact = kv_table(
        station_rows(receipt.station), small, width - seal_width - 3 * mm, fmt.label_width, pad=2.5
    )
    seal = seal_area(styles, seal_width, fmt.seal_height, text=caption)
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"), *NO_PADDING]
    return [form_table([[contact, seal]], [width - seal_width, seal_width], commands, styles.font)]


def _case_rows(receipt: Receipt, styles: Styles) -> list[tuple[str, Cell]]:
    promised: Cell = fmt_date(receipt.promised_date)
    if receipt.promised_date_note:
        promised = [para(promised, styles.cell), para(receipt.promised_date_note, styles.small)]
    rows: list[tuple[str, Cell]] = [
        ("姓名", receipt.applicant_name),
        ("公民身份号码", receipt.id_number),
        ("申领事项", receipt.service_name),
        ("申领原因", receipt.reason),
        *([("有效期限", receipt.validity)] if receipt.validity else []),
        ("领取方式", receipt.pickup_method),
        ("受理单位", receipt.station.display_office),
        ("受理时间", fmt_datetime(receipt.accepted_at)),
        ("预计领取日期", promised),
        ("收费", receipt.fee_text or "不收费"),
    ]
    if receipt.materials_received:
        rows.append(("已收材料", numbered_list(receipt.materials_received, styles.cell)))
    rows.append(("经办人", receipt.clerk_name))
    return rows
