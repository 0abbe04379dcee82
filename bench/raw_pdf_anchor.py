"""The anchor of bench_pdf: the same receipt and notice drawn straight on a reportlab canvas, by hand.

No platypus: a cursor walks down the page and every line is a ``drawString``.  What the project's PDF holds, this
one holds too — the same strings in the same embedded TrueType subset, the same Code 128 bars as filled rectangles,
the faux-bold titles (text render mode 2), the ruled tables with their grey label bands and missing-row shading,
wrapped values, the signature rules, the page footer and the document metadata — so the ratio measures what the
layout machinery costs, not a smaller document.  Lines are wrapped greedily by character width (Chinese breaks
between any two characters), as a hand-written program would; the roll is cut to the height the content needs.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence

import barcode
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from printing.documents import OneTimeNotice, Receipt
from printing.text import fmt_date, fmt_datetime

LEADING = 1.32
GREY = 0.92
GRID = 0.45
SHADE = 0.95
BAR_MODULE = 0.33 * mm
QUIET = 10

Draw = Callable[[Canvas, float], None]  # draws a block whose top is at y


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy character wrap of ``text`` (its own line breaks kept) to ``width`` points."""
    lines: list[str] = []
    for part in text.split("\n"):
        if stringWidth(part, font, size) <= width:
            lines.append(part)
            continue
        line, used = "", 0.0
        for ch in part:
            w = stringWidth(ch, font, size)
            if used + w > width and line:
                lines.append(line)
                line, used = "", 0.0
            line += ch
            used += w
        lines.append(line)
    return lines


def _text(c: Canvas, font: str, size: float, x: float, y: float, s: str, align: str = "left", mode: int = 0) -> None:
    if c._fontname != font or c._fontsize != size:
        c.setFont(font, size)
    if align == "center":
        x -= stringWidth(s, font, size) / 2
    elif align == "right":
        x -= stringWidth(s, font, size)
    c.drawString(x, y, s, mode=mode)


class Column:
    """Blocks stacked down a column of ``width`` starting at ``x``; heights known before anything is drawn."""

    def __init__(self, font: str, x: float, width: float) -> None:
        self.font, self.x, self.width = font, x, width
        self.blocks: list[tuple[float, Draw]] = []

    @property
    def height(self) -> float:
        return sum(h for h, _ in self.blocks)

    def space(self, h: float) -> None:
        self.blocks.append((h, lambda c, y: None))

    def lines(self, text: str, size: float, align: str = "left", indent: float = 0.0, bullet: str = "") -> None:
        rows = wrap(text, self.font, size, self.width - indent)
        lead = size * LEADING

        def draw(c: Canvas, y: float) -> None:
            x = {"center": self.x + self.width / 2, "right": self.x + self.width}.get(align, self.x + indent)
            if bullet:
                _text(c, self.font, size, self.x, y - size, bullet)
            for i, row in enumerate(rows):
                _text(c, self.font, size, x, y - size - i * lead, row, align)

        self.blocks.append((lead * len(rows), draw))

    def bold(self, text: str, size: float, align: str = "left") -> None:
        def draw(c: Canvas, y: float) -> None:
            c.saveState()
            c.setLineWidth(size * 0.045)
            x = {"center": self.x + self.width / 2}.get(align, self.x)
            _text(c, self.font, size, x, y - size, text, align, mode=2)
            c.restoreState()

        self.blocks.append((size * 1.3, draw))

    def bars(self, data: str, height: float) -> None:
        modules = barcode.get("code128", data).build()[0]
        total = (len(modules) + 2 * QUIET) * BAR_MODULE
        runs, start = [], None
        for i, bit in enumerate(modules + "0"):
            if bit == "1" and start is None:
                start = i
            elif bit != "1" and start is not None:
                runs.append((start, i - start))
                start = None

        def draw(c: Canvas, y: float) -> None:
            left = self.x + (self.width - total) / 2
            for first, length in runs:
                c.rect(left + (QUIET + first) * BAR_MODULE, y - height, length * BAR_MODULE, height, stroke=0, fill=1)

        self.blocks.append((height, draw))

    def table(
        self,
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        size: float,
        pad: float,
        *,
        centred: Sequence[bool] = (),
        shaded_rows: Sequence[int] = (),
        label_column: bool = False,
    ) -> None:
        """A ruled grid; ``label_column`` greys the first column, ``shaded_rows`` whole rows."""
        lead = size * LEADING
        cells = [[wrap(value, self.font, size, w - 2 * pad) for value, w in zip(row, widths, strict=True)]
                 for row in rows]
        heights = [max(len(c) for c in row) * lead + 1.4 * pad for row in cells]

        def draw(c: Canvas, y: float) -> None:
            top = y
            for r, (row, h) in enumerate(zip(cells, heights, strict=True)):
                if r in shaded_rows:
                    c.setFillGray(GREY if r == 0 else SHADE)
                    c.rect(self.x, top - h, self.width, h, stroke=0, fill=1)
                elif label_column:
                    c.setFillGray(GREY)
                    c.rect(self.x, top - h, widths[0], h, stroke=0, fill=1)
                c.setFillGray(0)
                x = self.x
                for col, (lines, w) in enumerate(zip(row, widths, strict=True)):
                    first = top - (h - len(lines) * lead) / 2 - size
                    centre = col < len(centred) and centred[col]
                    for i, line in enumerate(lines):
                        tx = x + w / 2 if centre else x + pad
                        _text(c, self.font, size, tx, first - i * lead, line, "center" if centre else "left")
                    x += w
                top -= h
            c.setStrokeGray(GRID)
            c.setLineWidth(0.5)
            edges, x = [self.x], self.x
            for w in widths:
                x += w
                edges.append(x)
            ys, t = [y], y
            for h in heights:
                t -= h
                ys.append(t)
            c.grid(edges, ys)
            c.setStrokeGray(0)

        self.blocks.append((sum(heights), draw))

    def render(self, c: Canvas, top: float) -> None:
        y = top
        for h, draw in self.blocks:
            draw(c, y)
            y -= h


def _canvas(buf: io.BytesIO, size: tuple[float, float], font: str, title: str, subject: str) -> Canvas:
    c = Canvas(buf, pagesize=size, initialFontName=font, lang="zh-CN")
    c.setTitle(title)
    c.setAuthor("Counter Assistant")
    c.setCreator("Counter Assistant")
    c.setSubject(subject)
    return c


def raw_receipt(receipt: Receipt, font: str) -> bytes:
    """The 80 mm roll receipt, drawn by hand."""
    size, left, width = 8.0, 4 * mm, 72 * mm
    small = round(size * 0.9, 1)
    col = Column(font, left, width)
    col.lines(receipt.station.display_office, size, "center")
    col.bold(receipt.display_title, size * 1.6, "center")
    col.space(size * 0.5)
    col.bars(receipt.acceptance_no, 10 * mm)
    col.lines(receipt.acceptance_no, size, "center")
    col.space(size * 0.5)
    promised = fmt_date(receipt.promised_date)
    if receipt.promised_date_note:
        promised += "\n" + receipt.promised_date_note
    rows = [
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
        ("已收材料", "\n".join(f"{i}. {m}" for i, m in enumerate(receipt.materials_received, start=1))),
        ("经办人", receipt.clerk_name),
    ]
    label = 19.5 * mm
    col.table(rows, [label, width - label], size, 2.5, label_column=True)
    col.lines("领取须知", size * 1.1)
    for i, rule in enumerate(receipt.pickup_rules, start=1):
        col.lines(rule, small, indent=small * 1.6, bullet=f"{i}.")
    col.space(size * 0.6)
    station = receipt.station
    contact = [("办理地点", f"{station.display_office}（{station.address}）"), ("办公时间", station.hours),
               ("联系电话", station.phone)]
    col.table(contact, [label, width - label], small, 2.5, label_column=True)
    col.space(30 * mm - 2 * size * LEADING)
    col.lines(f"（受理单位盖章）\n{fmt_date(receipt.accepted_at)}", size, "center")
    height = col.height + 3 * mm + 6 * mm + 2 * mm
    buf = io.BytesIO()
    c = _canvas(buf, (80 * mm, height), font, f"{receipt.display_title} {receipt.acceptance_no}",
                receipt.service_name)
    col.render(c, height - 3 * mm)
    c.showPage()
    c.save()
    return buf.getvalue()


_NOTICE_COLUMNS = (("序号", 0.06), ("材料名称", 0.27), ("原件/复印件", 0.12), ("纸质/电子", 0.10), ("份数", 0.06),
                   ("必要性", 0.10), ("出具单位", 0.19), ("状态", 0.10))


def raw_notice(notice: OneTimeNotice, font: str, page: str = "A4") -> bytes:
    """The one-time notice on A4 or A5, drawn by hand (one page: the benchmark's notice fits one)."""
    paper, margin, body, small, label = (
        (A4, 15 * mm, 10.0, 9.0, 26 * mm) if page == "A4" else (A5, 10 * mm, 8.0, 7.0, 19 * mm)
    )
    width = paper[0] - 2 * margin
    col = Column(font, margin, width)
    col.bold("一次性告知单", body * 1.9, "center")
    col.space(body * 0.4)
    office, number = f"办理单位：{notice.station.display_office}", f"编号：{notice.notice_no}"

    def office_line(c: Canvas, y: float) -> None:
        _text(c, font, body, margin, y - body, office)
        _text(c, font, body, margin + width, y - body, number, "right")

    col.blocks.append((body * LEADING, office_line))
    gap = "\u00a0" * 4
    applicant = gap.join([notice.applicant_name, f"证件号码：{notice.applicant_id}",
                          f"联系电话：{notice.applicant_phone}"])
    basic = [("事项名称", notice.service_name), ("设定依据", "\n".join(notice.legal_basis) or "—"),
             ("申请人", applicant)]
    col.table(basic, [label, width - label], body, 3, label_column=True)
    col.lines(f"申请材料（共 {len(notice.materials)} 项）", body * 1.1)
    rows = [[name for name, _ in _NOTICE_COLUMNS]]
    missing_rows = []
    for i, m in enumerate(notice.materials, start=1):
        if m.missing:
            missing_rows.append(i)
        name = m.name + (f"\n（{m.note}）" if m.note else "")
        rows.append([str(i), name, m.form, m.medium, str(m.copies), m.necessity, m.issuer,
                     "缺" if m.missing else "已交"])
    col.table(rows, [width * share for _, share in _NOTICE_COLUMNS], small, small * 0.3,
              centred=(True, False, True, True, True, True, False, True), shaded_rows=[0, *missing_rows])
    col.space(body * 0.5)
    missing = notice.missing_materials
    if missing:
        col.bold(f"尚缺 {len(missing)} 项材料，请补齐后办理：", body * 1.05)
        col.lines("；".join(f"{i}. {m.name}" for i, m in enumerate(notice.materials, start=1) if m.missing), body)
    col.lines("办理须知", body * 1.1)
    station = notice.station
    service = [("收费标准", notice.fee_text or "不收费"), ("法定时限", notice.statutory_limit),
               ("承诺时限", notice.promised_limit), ("受理条件", notice.conditions_of_acceptance),
               ("办理流程", notice.procedure), ("办理地点", f"{station.display_office}（{station.address}）"),
               ("办公时间", station.hours), ("咨询电话", station.phone)]
    col.table([r for r in service if r[1]], [label, width - label], body, 3, label_column=True)
    col.space(body * 0.8)
    col.lines("依据《中华人民共和国行政许可法》第三十二条，申请材料不齐全或者不符合法定形式的，应当一次告知申请人"
              "需要补正的全部内容。现将办理本事项的依据、时限、流程、收费及全部材料一次性告知。"
              "请按上表补齐标注“缺”的材料，连同本告知单一并提交，即可办理。", body)
    col.space(body * 0.6)
    col.lines(gap.join([f"经办人：{notice.clerk_name}", f"告知时间：{fmt_datetime(notice.issued_at)}",
                        station.display_office]), body)

    def signature(c: Canvas, y: float) -> None:
        base = y - body * 2.6
        who_w = stringWidth("申请人签收：", font, body) + body
        date_w = stringWidth("日期：", font, body) + body
        blank = (width - who_w - date_w) / 2
        _text(c, font, body, margin, base + 2, "申请人签收：")
        _text(c, font, body, margin + who_w + blank, base + 2, "日期：")
        c.setLineWidth(0.6)
        c.line(margin + who_w, base, margin + who_w + blank - 8, base)
        c.line(margin + width - blank, base, margin + width, base)

    col.blocks.append((body * 2.6, signature))
    buf = io.BytesIO()
    c = _canvas(buf, paper, font, f"一次性告知单 {notice.notice_no}", notice.service_name)
    col.render(c, paper[1] - (14 * mm if page == "A4" else 10 * mm))
    c.setFillGray(0.25)
    _text(c, font, 7.5, paper[0] - margin, margin / 2, "第1页/共1页", "right")
    _text(c, font, 7.5, margin, margin / 2, f"一次性告知单 编号 {notice.notice_no}")
    c.showPage()
    c.save()
    return buf.getvalue()
