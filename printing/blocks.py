"""Building blocks shared by the documents: headings, key–value grids, numbered lists, signature and seal."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from printing.barcode_drawing import Code128
from printing.documents import Station
from printing.styles import Styles
from printing.text import draw_text, markup, prints_plain, text_width
from printing.text_line import TextLine

__all__ = [
    "GRID_COLOR",
    "LABEL_BG",
    "NO_PADDING",
    "BoldLine",
    "Cell",
    "barcode_block",
    "cell",
    "form_table",
    "grid",
    "kv_table",
    "numbered_list",
    "padding",
    "para",
    "seal_area",
    "signature_line",
    "station_rows",
    "text_commands",
]

GRID_COLOR = colors.Color(0.45, 0.45, 0.45)
# Light enough to stay legible on a cheap laser and on thermal paper, dark enough to survive a photocopy.
LABEL_BG = colors.Color(0.92, 0.92, 0.92)

Cell = str | Flowable | Sequence[Flowable]
Command = tuple[object, ...]


def padding(horizontal: float, vertical: float | None = None) -> list[Command]:
    """TableStyle commands setting every cell's padding."""
    v = horizontal if vertical is None else vertical
    return [
        ("LEFTPADDING", (0, 0), (-1, -1), horizontal),
        ("RIGHTPADDING", (0, 0), (-1, -1), horizontal),
        ("TOPPADDING", (0, 0), (-1, -1), v),
        ("BOTTOMPADDING", (0, 0), (-1, -1), v),
    ]


NO_PADDING = padding(0)


def form_table(
    data: Sequence[Sequence[object]],
    col_widths: Sequence[float],
    commands: Sequence[Command],
    font: str,
    *,
    row_heights: Sequence[float] | None = None,
    repeat_rows: int = 0,
) -> Table:
    """A Table whose cells default to our font.

    reportlab selects its default font (Helvetica) at the start of every table, even one holding only
    flowables, which would add an unembedded Helvetica to the PDF; naming our font avoids it.
    """
    table = Table(data, colWidths=list(col_widths), rowHeights=row_heights, repeatRows=repeat_rows)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), *commands]))
    return table


def grid(horizontal: float, vertical: float | None = None) -> list[Command]:
    """The ruled look of every form table: thin grey grid, vertically centred cells, the given padding."""
    return [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID_COLOR),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        *padding(horizontal, vertical),
    ]


class BoldLine(Flowable):
    """One line of text in a stroked ("faux bold") face.

    CJK TrueType fonts ship without a bold weight; filling and stroking the glyph outlines thickens them
    while the text stays a real text run that copies out of the PDF.  Text wider than the space shrinks.
    """

    def __init__(self, text: str, font: str, size: float, align: str = "left", weight: float = 0.045) -> None:
        super().__init__()
        self.text = text
        self.font = font
        self.size = size
        self.align = align
        self.weight = weight
        self._draw_size = size
        self._width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        natural = text_width(self.text, self.size)
        self._draw_size = self.size if natural <= avail_width else self.size * avail_width / natural
        self._width = avail_width
        return avail_width, self._draw_size * 1.3

    def draw(self) -> None:
        canvas = self.canv
        size = self._draw_size
        canvas.saveState()
        canvas.setFont(self.font, size)
        canvas.setLineWidth(size * self.weight)
        baseline = size * 0.3
        x = {"center": self._width / 2, "right": self._width}.get(self.align, 0.0)
        draw_text(canvas, x, baseline, self.text, size, self.align, mode=2)
        canvas.restoreState()


def para(text: str, style: ParagraphStyle) -> Flowable:
    """Plain (unescaped) text in ``style``: drawn as given where it fits, wrapped by a Paragraph where it does not."""
    return TextLine(text, style)


def cell(value: Cell, style: ParagraphStyle, width: float) -> Cell:
    """A table cell of ``width`` (padding taken off): text that prints as given stays a plain string, which the
    table draws in the style set by :func:`text_commands`; text that wraps or needs the fallback font becomes a
    Paragraph.  Both come out at the same place (same size, leading and vertical centring)."""
    if not isinstance(value, str):
        return value
    return value if prints_plain(value, style.fontSize, width) else Paragraph(markup(value), style)


def text_commands(style: ParagraphStyle, cells: tuple[tuple[int, int], tuple[int, int]] = ((0, 0), (-1, -1))
                  ) -> list[Command]:
    """TableStyle commands drawing plain-string cells as ``style`` would: font, size and leading, and the colour
    where it is not the table's default black (every command is applied to every cell it names)."""
    start, stop = cells
    commands: list[Command] = [("FONT", start, stop, style.fontName, style.fontSize, style.leading)]
    if colors.toColor(style.textColor).hexval() != colors.black.hexval():
        commands.append(("TEXTCOLOR", start, stop, style.textColor))
    return commands


def kv_table(
    rows: Sequence[tuple[str, Cell]],
    styles: Styles,
    width: float,
    label_width: float,
    *,
    pad: float = 3,
) -> Table:
    """A two-column grid of label and value; values wrap, labels sit on a light grey band."""
    value_width = width - label_width
    data = [[cell(label, styles.label, label_width - 2 * pad), cell(value, styles.cell, value_width - 2 * pad)]
            for label, value in rows]
    commands = [
        *grid(pad, pad * 0.7),
        ("BACKGROUND", (0, 0), (0, -1), LABEL_BG),
        *text_commands(styles.cell),
        # Labels share the values' font and size, only in grey.
        ("TEXTCOLOR", (0, 0), (0, -1), styles.label.textColor),
    ]
    return form_table(data, [label_width, value_width], commands, styles.font)


def numbered_list(items: Sequence[str], style: ParagraphStyle) -> list[Flowable]:
    """Items as "1. …" paragraphs whose wrapped lines align under the text, not under the number."""
    hanging = _hanging(style)
    return [TextLine(item, hanging, bullet=f"{i}.") for i, item in enumerate(items, start=1)]


@lru_cache(maxsize=32)
def _hanging(style: ParagraphStyle) -> ParagraphStyle:
    # Keyed by the style object itself: styles_for hands out the same objects for the same font and size.
    return ParagraphStyle(
        f"{style.name}-numbered",
        parent=style,
        leftIndent=style.fontSize * 1.6,
        bulletIndent=0,
        bulletFontName=style.fontName,
        bulletFontSize=style.fontSize,
    )


def signature_line(styles: Styles, width: float, who: str = "申请人签收") -> Table:
    """ "申请人签收：______  日期：______" with ruled blanks long enough for a handwritten name and date."""
    # A full character of slack: Paragraph would otherwise wrap the colon onto a second line.
    label_w = stringWidth(f"{who}：", styles.font, styles.size) + styles.size
    date_w = stringWidth("日期：", styles.font, styles.size) + styles.size
    blank = (width - label_w - date_w) / 2
    commands = [
        *NO_PADDING,
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
        ("LINEBELOW", (3, 0), (3, 0), 0.6, colors.black),
        # Keeps the first blank's rule from touching "日期".
        ("RIGHTPADDING", (1, 0), (1, 0), 8),
    ]
    return form_table(
        [[para(f"{who}：", styles.body), "", para("日期：", styles.body), ""]],
        [label_w, blank, date_w, blank],
        commands,
        styles.font,
        row_heights=[styles.size * 2.6],
    )


def seal_area(styles: Styles, width: float, height: float = 36 * mm, text: str = "（受理单位盖章）") -> Table:
    """Blank space for the office's round seal (about 40 mm), captioned at its foot.

    行政许可法 art. 32 requires the receipt to carry the office's seal and the date.
    """
    seal_w = min(width, 44 * mm)
    return form_table(
        [["", para(text, styles.body_center)]],
        [width - seal_w, seal_w],
        [*NO_PADDING, ("VALIGN", (0, 0), (-1, -1), "BOTTOM")],
        styles.font,
        row_heights=[height],
    )


def barcode_block(number: str, styles: Styles, bar_height: float) -> list[Flowable]:
    """The acceptance number as a scannable barcode with the digits printed under it."""
    return [Code128(number, bar_height=bar_height), para(number, styles.body_center)]


def station_rows(
    station: Station, place_label: str = "办理地点", phone_label: str = "联系电话"
) -> list[tuple[str, Cell]]:
    """Where, when and how to reach the office: the same three facts end every document."""
    return [
        (place_label, f"{station.display_office}（{station.address}）"),
        ("办公时间", station.hours),
        (phone_label, station.phone),
    ]
