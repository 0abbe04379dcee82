"""The one-time notice (一次性告知单), A4 or A5.

What it must show comes from 行政许可法 art. 32 and the local 一次性告知制度 rules:
legal basis, limits with their unit, procedure, fee, place and contact, the complete material list with
the missing items marked, the refusal reason and appeal route, the clerk, the date and the applicant's
signature.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from printing.blocks import (
    LABEL_BG,
    NO_PADDING,
    BoldLine,
    Cell,
    cell,
    form_table,
    grid,
    kv_table,
    para,
    signature_line,
    station_rows,
    text_commands,
)
from printing.documents import NoticeMaterial, OneTimeNotice
from printing.fonts import active_font_name
from printing.layout import PAGES, PageSpec, render_pdf
from printing.styles import Styles, styles_for
from printing.text import fmt_datetime, spaced

__all__ = ["build_notice_pdf"]

# Used when a refusal carries no route of its own: every refusal must state the rights to 陈述、申辩 and
# to 救济 (the 一次性告知制度 rules); these are the general routes under the administrative review and
# litigation laws.
DEFAULT_APPEAL = (
    "您有权进行陈述和申辩；如对本决定不服，可以自收到本告知单之日起六十日内依法申请行政复议，"
    "或者在六个月内依法向人民法院提起行政诉讼。"
)


@dataclass(frozen=True)
class _Format:
    """Per-paper sizes: A5 shrinks the type and the label column so the eight-column table still fits."""

    spec: PageSpec
    body_size: float
    table_size: float
    label_width: float


_FORMATS = {
    "A4": _Format(PAGES["A4"], body_size=10, table_size=9, label_width=26 * mm),
    "A5": _Format(PAGES["A5"], body_size=8, table_size=7, label_width=19 * mm),
}

# Fractions of the frame width.  Name and issuer get the room because they carry long text; the others are
# just wide enough for their header on one line at the A5 size (7 pt).
_COLUMNS: tuple[tuple[str, float], ...] = (
    ("序号", 0.06),
    ("材料名称", 0.27),
    ("原件/复印件", 0.12),
    ("纸质/电子", 0.10),
    ("份数", 0.06),
    ("必要性", 0.10),
    ("出具单位", 0.19),
    ("状态", 0.10),
)

# Number, form, medium, copies, necessity and status are centred; name and issuer read from the left.
_CENTRED_COLUMNS = (0, 2, 3, 4, 5, 7)

_MISSING_ROW_BG = colors.Color(0.95, 0.95, 0.95)


def build_notice_pdf(notice: OneTimeNotice, page: str = "A4") -> bytes:
    """Render a one-time notice (一次性告知单) on "A4" or "A5" paper and return the PDF bytes."""
    fmt = _FORMATS.get(page.upper())
    if fmt is None:
        raise ValueError(f"page must be 'A4' or 'A5', got {page!r}")
    font = active_font_name()
    body = styles_for(font, fmt.body_size)
    table = styles_for(font, fmt.table_size)
    width = fmt.spec.frame_width
    story: list[Flowable] = [
        *_heading(notice, body, width),
        kv_table(_basic_rows(notice), body, width, fmt.label_width),
        para(f"申请材料（共 {len(notice.materials)} 项）", body.heading),
        _material_table(notice.materials, table, width),
        Spacer(1, body.size * 0.5),
        *_summary(notice, body),
    ]
    # Each section is its heading and its table; the last one goes with the signature block, so the applicant
    # never signs a page that holds nothing but the signature line.
    sections: list[list[Flowable]] = [
        [para("办理须知", body.heading), kv_table(_service_rows(notice), body, width, fmt.label_width)]
    ]
    if notice.refusal_reason or notice.refusal_appeal:
        sections.append(
            [para("不予受理（办理）告知", body.heading), kv_table(_refusal_rows(notice), body, width, fmt.label_width)]
        )
    if notice.remarks:
        sections.append(
            [Spacer(1, body.size * 0.6), kv_table([("备注", notice.remarks)], body, width, fmt.label_width)]
        )
    for section in sections[:-1]:
        story += section
    story.append(KeepTogether([*sections[-1], *_closing(notice, body, width)]))
    return render_pdf(
        story,
        fmt.spec,
        font=font,
        title=f"一次性告知单 {notice.notice_no}",
        subject=notice.service_name,
        footer=f"一次性告知单 编号 {notice.notice_no}",
    )


def _heading(notice: OneTimeNotice, styles: Styles, width: float) -> list[Flowable]:
    office = cell(f"办理单位：{notice.station.display_office}", styles.body, width * 0.6)
    number = cell(f"编号：{notice.notice_no}", styles.right, width * 0.4)
    commands = [*NO_PADDING, *text_commands(styles.body), ("ALIGN", (1, 0), (1, 0), "RIGHT")]
    line = form_table([[office, number]], [width * 0.6, width * 0.4], commands, styles.font)
    return [
        BoldLine("一次性告知单", styles.font, styles.size * 1.9, align="center"),
        Spacer(1, styles.size * 0.4),
        line,
    ]


def _basic_rows(notice: OneTimeNotice) -> list[tuple[str, Cell]]:
    applicant = spaced(
        notice.applicant_name, f"证件号码：{notice.applicant_id}", f"联系电话：{notice.applicant_phone}"
    )
    rows: list[tuple[str, Cell]] = [
        ("事项名称", notice.service_name),
        ("设定依据", "\n".join(notice.legal_basis) or "—"),
        ("申请人", applicant),
    ]
    if notice.validity:
        rows.append(("证件有效期限", notice.validity))
    return rows


def _material_table(materials: Sequence[NoticeMaterial], styles: Styles, width: float) -> Table:
    pad = styles.size * 0.3
    widths = [width * share for _, share in _COLUMNS]
    inner = [w - 2 * pad for w in widths]
    header = [cell(label, styles.cell_center, w) for (label, _), w in zip(_COLUMNS, inner, strict=True)]
    rows: list[list[Cell]] = [header]
    missing_rows: list[int] = []
    for number, material in enumerate(materials, start=1):
        name: Cell = material.name
        if material.note:
            name = [para(material.name, styles.cell), para(f"（{material.note}）", styles.small)]
        if material.missing:
            missing_rows.append(number)
            status: Cell = BoldLine("缺", styles.font, styles.size * 1.15, align="center")
        else:
            status = "已交"
        values: list[Cell] = [str(number), name, material.form, material.medium, str(material.copies),
                              material.necessity, material.issuer, status]
        rows.append([cell(value, styles.cell, w) for value, w in zip(values, inner, strict=True)])
    commands = [
        *grid(pad),
        *text_commands(styles.cell),
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_BG),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        *[("ALIGN", (col, 1), (col, -1), "CENTER") for col in _CENTRED_COLUMNS],
    ]
    commands += [("BACKGROUND", (0, row), (-1, row), _MISSING_ROW_BG) for row in missing_rows]
    return form_table(rows, widths, commands, styles.font, repeat_rows=1)


def _summary(notice: OneTimeNotice, styles: Styles) -> list[Flowable]:
    missing = notice.missing_materials
    if not missing:
        return [para("材料已齐全（尚缺 0 项材料）。", styles.body)]
    # Row numbers let the applicant find each item in the table above when the list is long.
    names = "；".join(f"{i}. {m.name}" for i, m in enumerate(notice.materials, start=1) if m.missing)
    return [
        BoldLine(f"尚缺 {len(missing)} 项材料，请补齐后办理：", styles.font, styles.size * 1.05),
        para(names, styles.body),
    ]


def _service_rows(notice: OneTimeNotice) -> list[tuple[str, Cell]]:
    rows: list[tuple[str, Cell]] = [
        ("收费标准", notice.fee_text or "不收费"),
        ("法定时限", notice.statutory_limit),
        ("承诺时限", notice.promised_limit),
    ]
    if notice.conditions_of_acceptance:
        rows.append(("受理条件", notice.conditions_of_acceptance))
    if notice.procedure:
        rows.append(("办理流程", notice.procedure))
    return rows + station_rows(notice.station, phone_label="咨询电话")


def _refusal_rows(notice: OneTimeNotice) -> list[tuple[str, Cell]]:
    rows: list[tuple[str, Cell]] = []
    if notice.refusal_reason:
        rows.append(("理由", notice.refusal_reason))
    rows.append(("权利及救济途径", notice.refusal_appeal or DEFAULT_APPEAL))
    return rows


def _closing(notice: OneTimeNotice, styles: Styles, width: float) -> list[Flowable]:
    if notice.missing_materials:
        duty = "请按上表补齐标注“缺”的材料，连同本告知单一并提交，即可办理。"
    else:
        duty = "请按上表提交材料办理。"
    statement = (
        "依据《中华人民共和国行政许可法》第三十二条，申请材料不齐全或者不符合法定形式的，应当一次告知申请人"
        f"需要补正的全部内容。现将办理本事项的依据、时限、流程、收费及全部材料一次性告知。{duty}"
    )
    clerk = spaced(
        f"经办人：{notice.clerk_name}",
        f"告知时间：{fmt_datetime(notice.issued_at)}",
        notice.station.display_office,
    )
    return [
        Spacer(1, styles.size * 0.8),
        para(statement, styles.body),
        Spacer(1, styles.size * 0.6),
        para(clerk, styles.body),
        signature_line(styles, width),
    ]
