"""The printer test page: proves the font, the paper width, the scale and the barcode on a real printer.

Printed from the printer settings of each workstation.  A millimetre ruler shows whether the driver scales
the page ("fit to page" shrinks barcodes below their readable module), the frame shows the printable edge,
and the sample barcode can be scanned at the pickup desk.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer

from printing.blocks import BoldLine, barcode_block, kv_table, para
from printing.fonts import active_font_name, font_path_in_use
from printing.layout import AUTHOR, PAGES, PageSpec, render_pdf, render_roll_pdf
from printing.styles import Styles, styles_for
from printing.text import draw_text, fmt_datetime

__all__ = ["build_test_page_pdf"]

# Characters common in names that small fonts often lack: a box here means the font must be changed.
_SAMPLES = (
    "常用字：户籍窗口助手 一次性告知单 居民身份证领取凭证 受理回执 领证通知",
    "姓名用字：堃 喆 昇 珺 彧 禛 淼 犇 鑫 垚 燊 赟 祎 玥 旻 冇",
    "数字与字母：0123456789 ABCDEFGHIJKLMN abcdefghijklmn ×（）【】《》“”：；，。",
)
_SAMPLE_NUMBER = "1101050012025030400001"
_PAPER = {
    "a4": ("A4", "A4（210 × 297 mm）"),
    "a5": ("A5", "A5（148 × 210 mm）"),
    "roll80": ("roll80", "80 mm 卷纸"),
}


class _Ruler(Flowable):
    """A millimetre scale across the printable width, labelled every centimetre."""

    def __init__(self, font: str) -> None:
        super().__init__()
        self.font = font

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = 7 * mm
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setLineWidth(0.3)
        canvas.setFont(self.font, 6)
        top = self.height
        canvas.line(0, top, self.width, top)
        for i in range(int(self.width / mm) + 1):
            x = i * mm
            length = 3 * mm if i % 10 == 0 else 2 * mm if i % 5 == 0 else 1 * mm
            canvas.line(x, top, x, top - length)
            # The last label is skipped when it would stick out past the printable edge.
            if i % 10 == 0 and i and x + 2 * mm <= self.width:
                draw_text(canvas, x, top - 5.5 * mm, str(i // 10), 6, "center")
        canvas.restoreState()


def build_test_page_pdf(kind: str = "a4", printed_at: datetime | None = None) -> bytes:
    """Render the test page for "a4", "a5" or "roll80" paper and return the PDF bytes."""
    entry = _PAPER.get(kind.lower())
    if entry is None:
        raise ValueError(f"kind must be one of {sorted(_PAPER)}, got {kind!r}")
    page_key, paper_label = entry
    spec = PAGES[page_key]
    font = active_font_name()
    styles = styles_for(font, 8 if page_key == "roll80" else 10)
    when = printed_at or datetime.now()
    story = _story(styles, paper_label, spec, when)
    title = f"打印测试页 {paper_label}"
    if not spec.numbered:
        return render_roll_pdf(story, spec, font=font, title=title, subject=AUTHOR, slack=4 * mm,
                               on_page=_frame_edges)
    return render_pdf(story, spec, font=font, title=title, subject=AUTHOR, on_page=_frame_edges)


def _story(styles: Styles, paper_label: str, spec: PageSpec, when: datetime) -> list[Flowable]:
    width = spec.frame_width
    path = font_path_in_use()
    rows = [
        ("程序", f"{AUTHOR}（户籍窗口助手）"),
        ("纸张", f"{paper_label}，可打印宽度 {width / mm:.0f} mm"),
        ("字体", f"{styles.font}（{path}）" if path else styles.font),
        ("打印时间", fmt_datetime(when)),
    ]
    label_width = 16 * mm if width < 100 * mm else 22 * mm
    return [
        BoldLine("打印测试页", styles.font, styles.size * 1.8, align="center"),
        Spacer(1, styles.size * 0.6),
        kv_table(rows, styles, width, label_width),
        para("中文显示", styles.heading),
        *[para(sample, styles.body) for sample in _SAMPLES],
        para(
            "刻度尺（每格 1 mm，数字为厘米；打印后用尺子量，长度不符说明驱动程序缩放了页面）", styles.heading
        ),
        _Ruler(styles.font),
        para("条码（扫描结果应为下方数字）", styles.heading),
        *barcode_block(_SAMPLE_NUMBER, styles, 10 * mm),
        Spacer(1, styles.size),
        para("虚线框为可打印区域的边界：四边虚线都应完整可见。", styles.small),
    ]


def _frame_edges(canvas: Canvas, spec: PageSpec) -> None:
    canvas.saveState()
    canvas.setLineWidth(0.4)
    canvas.setDash(2, 2)
    # Half a millimetre outside the frame so the dashes do not touch the content.
    inset = 0.5 * mm
    canvas.rect(
        spec.left - inset,
        spec.bottom - inset,
        spec.frame_width + 2 * inset,
        spec.height - spec.top - spec.bottom + 2 * inset,
    )
    canvas.restoreState()
