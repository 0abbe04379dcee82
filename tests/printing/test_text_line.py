"""Short text drawn without a Paragraph (TextLine, plain table cells) prints exactly as a Paragraph would."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image, ImageChops
from printing_samples import pdf_text, render_png
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from printing.blocks import cell, kv_table, numbered_list
from printing.fonts import active_font_name
from printing.layout import PAGES, render_pdf
from printing.styles import styles_for
from printing.text import markup, prints_plain
from printing.text_line import TextLine

FONT = active_font_name()
STYLES = styles_for(FONT, 10)
# Characters the fallback font draws and the documents' font lacks (WenQuanYi has no CJK Extension A).
RARE = "㐀"


def _cases() -> list[tuple[str, object, str | None]]:
    hanging = numbered_list(["x"], STYLES.small)[0].style
    return [
        ("和平街派出所户籍室", STYLES.body_center, None),
        ("编号：GZ2025030400017", STYLES.right, None),
        ("领取须知", STYLES.heading, None),
        ("本人领取：须核对证件信息并比对指纹。", hanging, "1."),
        ("（受理单位盖章）\n2025年3月4日", STYLES.body_center, None),
        ("工本费 20 元（已收）", STYLES.label, None),
        ("王建国\u00a0\u00a0\u00a0\u00a0证件号码：110105********1234", STYLES.body, None),
        ("A&B <1> 欧阳" + RARE + "明", STYLES.body, None),  # markup characters and a fallback-font character
        ("两个  空格与　全角空格", STYLES.body, None),  # whitespace a Paragraph collapses
        ("依据《中华人民共和国行政许可法》第三十二条，申请材料不齐全或者不符合法定形式的，" * 3, STYLES.body, None),
    ]


def assert_same_page(ours: bytes, theirs: bytes, tmp_path: Path) -> None:
    """Same extracted text, and not one pixel apart at 150 dpi."""
    assert pdf_text(ours) == pdf_text(theirs)
    pictures = []
    for name, pdf in (("ours", ours), ("theirs", theirs)):
        (tmp_path / name).mkdir()
        (png,) = render_png(pdf, tmp_path / name, dpi=150)
        with Image.open(png) as image:
            pictures.append(image.convert("L"))
    assert ImageChops.difference(*pictures).getbbox() is None


def _page(story: list[Flowable]) -> bytes:
    return render_pdf(story, PAGES["A5"], font=FONT, title="t")


def test_text_lines_print_pixel_for_pixel_like_paragraphs(tmp_path: Path) -> None:
    lines: list[Flowable] = []
    paragraphs: list[Flowable] = []
    for text, style, bullet in _cases():
        lines += [TextLine(text, style, bullet), Spacer(1, 4)]
        paragraphs += [Paragraph(markup(text), style, bulletText=bullet), Spacer(1, 4)]
    ours, theirs = _page(lines), _page(paragraphs)
    assert_same_page(ours, theirs, tmp_path)


def test_plain_table_cells_print_like_paragraph_cells(tmp_path: Path) -> None:
    rows = [
        ("姓名", "欧阳晓明"),
        ("受理时间", "2025年3月4日 09:41"),
        ("设定依据", "《户口登记条例》第七条\n《管理规定》"),
        ("地址", "北京市朝阳区和平街十一区甲5号" * 4),
        ("罕见字", "欧阳" + RARE),
    ]
    plain = kv_table(rows, STYLES, 120 * mm, 26 * mm)
    kinds = [type(value).__name__ for _, value in plain._cellvalues]
    assert kinds == ["str", "str", "str", "Paragraph", "Paragraph"], "short text plain, wrapping/fallback text not"

    as_paragraphs = kv_table([(label, Paragraph(markup(value), STYLES.cell)) for label, value in rows],
                             STYLES, 120 * mm, 26 * mm)
    for row in as_paragraphs._cellvalues:
        row[0] = Paragraph(markup(row[0]), STYLES.label)
    ours, theirs = _page([plain]), _page([as_paragraphs])
    assert_same_page(ours, theirs, tmp_path)


_TEXT = st.text(alphabet=st.sampled_from(list("户籍窗口，。（）AbX09 -:&<") + ["\u00a0", "\u3000", "\n", "\t", RARE]),
                max_size=40)


@given(text=_TEXT, width=st.floats(min_value=20, max_value=300))
def test_plain_text_is_exactly_what_a_paragraph_would_lay_out(text: str, width: float) -> None:
    style = STYLES.cell
    paragraph = Paragraph(markup(text), style)
    _, height = paragraph.wrap(width, 1e6)
    line = TextLine(text, style)
    assert line.wrap(width, 1e6)[1] == pytest.approx(height)
    if prints_plain(text, style.fontSize, width):
        # One line per given line, none broken, none merged.
        assert height == pytest.approx(style.leading * (text.count("\n") + 1))
        assert isinstance(cell(text, style, width), str)
    else:
        assert isinstance(cell(text, style, width), Paragraph)
