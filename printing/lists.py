"""The shelf list (待领证件清单): every card waiting for pickup, in the order the shelves are walked."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from printing.blocks import LABEL_BG, BoldLine, form_table, grid, para
from printing.documents import ShelfList, ShelfRow
from printing.fonts import active_font_name
from printing.layout import PAGES, render_pdf
from printing.styles import Styles, styles_for
from printing.text import fmt_date, fmt_datetime, natural_key, spaced

__all__ = ["build_shelf_list_pdf"]

# (header, share of the frame width).  The last column is left blank for the tick of a stock-take.
_COLUMNS: tuple[tuple[str, float], ...] = (
    ("序号", 0.06),
    ("存放位置", 0.10),
    ("受理编号", 0.25),
    ("姓名", 0.10),
    ("公民身份号码", 0.19),
    ("到达日期", 0.15),
    ("已等待", 0.08),
    ("核对", 0.07),
)


def build_shelf_list_pdf(shelf: ShelfList) -> bytes:
    """Render the shelf list on A4, sorted by storage place, with page numbers; return the PDF bytes."""
    font = active_font_name()
    styles = styles_for(font, 9)
    spec = PAGES["A4"]
    width = spec.frame_width
    rows = sorted(shelf.rows, key=_shelf_order)
    story: list[Flowable] = [
        BoldLine(shelf.title, font, 16, align="center"),
        Spacer(1, 2 * mm),
        para(
            spaced(
                shelf.station.display_office,
                f"打印时间：{fmt_datetime(shelf.printed_at)}",
                f"共 {len(rows)} 件",
            ),
            styles.body_center,
        ),
        Spacer(1, 3 * mm),
        _table(shelf, rows, styles, width),
    ]
    return render_pdf(
        story,
        spec,
        font=font,
        title=shelf.title,
        subject=shelf.station.display_office,
        footer=f"{shelf.title} {fmt_datetime(shelf.printed_at)}",
    )


def _shelf_order(row: ShelfRow) -> tuple[object, ...]:
    # Places are written by hand ("A-2", "A-10"): natural order matches the walk along the shelf.
    return (natural_key(row.storage_place), row.acceptance_no)


def _table(shelf: ShelfList, rows: list[ShelfRow], styles: Styles, width: float) -> Table:
    today = shelf.printed_at.date()
    data: list[list[object]] = [[para(label, styles.cell_center) for label, _ in _COLUMNS]]
    for number, row in enumerate(rows, start=1):
        waited = (today - row.arrived_on).days
        data.append(
            [
                para(str(number), styles.cell_center),
                para(row.storage_place, styles.cell_center),
                para(row.acceptance_no, styles.cell),
                para(row.name, styles.cell),
                para(row.id_number, styles.cell),
                para(fmt_date(row.arrived_on), styles.cell_center),
                para(f"{waited}天" if waited >= 0 else "—", styles.cell_center),
                "",
            ]
        )
    if not rows:
        data.append([para("（无待领证件）", styles.cell_center)] + [""] * (len(_COLUMNS) - 1))
    commands = [*grid(3, 2.5), ("BACKGROUND", (0, 0), (-1, 0), LABEL_BG)]
    if not rows:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    return form_table(data, [width * share for _, share in _COLUMNS], commands, styles.font, repeat_rows=1)
