"""Shelf list, pickup notice and printer test page."""

from __future__ import annotations

import io
import re
from datetime import datetime

from printing_samples import font_report, pdf_text, sample_pickup_notice, sample_shelf, squash
from pypdf import PdfReader
from reportlab.lib.units import mm

from printing import build_pickup_notice_pdf, build_shelf_list_pdf, build_test_page_pdf
from printing.fonts import font_path_in_use
from printing.text import natural_key


def test_shelf_list_is_sorted_by_place_and_numbered() -> None:
    shelf = sample_shelf(60)
    pdf = build_shelf_list_pdf(shelf)
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) >= 2
    text = pdf_text(pdf)
    places = re.findall(r"\b[ABC]-\d+\b", text)
    assert len(places) == 60
    assert places == sorted(places, key=natural_key), "A-2 must come before A-10"
    squashed = squash(text)
    for row in shelf.rows:
        assert row.acceptance_no in squashed
    assert f"第1页/共{len(pages)}页" in squashed
    assert "共60件" in squashed
    assert all(font_report(pdf).values())


def test_empty_shelf_list_says_so() -> None:
    shelf = sample_shelf(0)
    assert "无待领证件" in pdf_text(build_shelf_list_pdf(shelf))


def test_pickup_notice_says_where_when_and_what_to_bring() -> None:
    notice = sample_pickup_notice()
    pdf = build_pickup_notice_pdf(notice)
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert round(float(page.mediabox.width) / mm) == 148
    text = squash(pdf_text(pdf))
    for fact in (
        "领证通知",
        notice.applicant_name,
        notice.acceptance_no,
        "2025年3月20日",
        notice.station.address,
        notice.station.hours,
        notice.station.phone,
        *notice.what_to_bring,
        notice.proxy_rule,
    ):
        assert squash(fact) in text, fact


def test_test_pages_show_the_font_in_use() -> None:
    when = datetime(2025, 3, 4, 8, 0)
    for kind in ("a4", "roll80"):
        pdf = build_test_page_pdf(kind, printed_at=when)
        reader = PdfReader(io.BytesIO(pdf))
        assert len(reader.pages) == 1
        text = squash(pdf_text(pdf))
        assert "打印测试页" in text and "2025年3月4日08:00" in text
        assert str(font_path_in_use()) in text
    assert round(float(reader.pages[0].mediabox.width) / mm) == 80
