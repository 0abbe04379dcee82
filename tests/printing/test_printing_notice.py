"""The one-time notice: content, embedded font, A5 with long material lists."""

from __future__ import annotations

import io

import pytest
from printing_samples import font_report, long_materials, pdf_text, sample_notice, squash
from pypdf import PdfReader

from printing import NoticeMaterial, build_notice_pdf


@pytest.fixture(scope="module")
def a4_pdf() -> bytes:
    return build_notice_pdf(sample_notice())


def test_notice_lists_every_missing_material_clerk_and_date(a4_pdf: bytes) -> None:
    notice = sample_notice()
    text = squash(pdf_text(a4_pdf))
    assert notice.missing_materials, "the sample must have missing materials"
    for material in notice.missing_materials:
        assert squash(material.name) in text
    assert notice.clerk_name in text
    assert "2025年3月4日" in text
    assert "尚缺2项材料" in text
    assert text.count("已交") == 3


def test_notice_carries_the_required_facts(a4_pdf: bytes) -> None:
    notice = sample_notice()
    text = squash(pdf_text(a4_pdf))
    for fact in (
        notice.notice_no,
        notice.service_name,
        *notice.legal_basis,
        notice.applicant_id,
        notice.applicant_phone,
        notice.statutory_limit,
        notice.promised_limit,
        notice.fee_text,
        notice.station.address,
        notice.station.phone,
        notice.conditions_of_acceptance,
        "《中华人民共和国行政许可法》第三十二条",
        "一次性告知",
        "申请人签收：",
        "日期：",
        "第1页/共1页",
    ):
        assert squash(fact) in text, fact


def test_font_is_embedded_truetype_and_metadata_is_set(a4_pdf: bytes) -> None:
    report = font_report(a4_pdf)
    assert report and all(report.values()), report
    assert b"STSong" not in a4_pdf
    meta = PdfReader(io.BytesIO(a4_pdf)).metadata
    assert meta is not None
    assert meta.author == "Counter Assistant"
    assert "一次性告知单" in (meta.title or "")


def test_a5_with_twenty_long_materials_keeps_every_name() -> None:
    materials = long_materials(20)
    pdf = build_notice_pdf(sample_notice(materials=materials), page="A5")
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert 2 <= len(pages) <= 5
    text = squash(pdf_text(pdf))
    for material in materials:
        assert squash(material.name) in text
        assert squash(material.issuer) in text
    assert f"第1页/共{len(pages)}页" in text
    assert f"第{len(pages)}页/共{len(pages)}页" in text
    assert "申请人签收：" in text
    # A5 is 148 mm wide: the page must really be A5, not A4 scaled.
    assert round(float(pages[0].mediabox.width) / 72 * 25.4) == 148


def test_refusal_prints_reason_and_default_appeal_route() -> None:
    pdf = build_notice_pdf(sample_notice(refusal_reason="申请人不属于本辖区常住人口。"), page="A5")
    text = squash(pdf_text(pdf))
    assert "申请人不属于本辖区常住人口。" in text
    assert "行政复议" in text and "行政诉讼" in text and "陈述和申辩" in text


def test_no_refusal_section_without_a_reason() -> None:
    assert "不予受理" not in pdf_text(build_notice_pdf(sample_notice()))


def test_complete_materials_and_markup_characters() -> None:
    materials = (NoticeMaterial("A&B <证明>", "原件", "纸质", 1, "必须", "X & Y", missing=False),)
    text = squash(pdf_text(build_notice_pdf(sample_notice(materials=materials))))
    assert "A&B<证明>" in text
    assert "材料已齐全" in text


def test_unknown_page_size_is_refused() -> None:
    with pytest.raises(ValueError, match="A4"):
        build_notice_pdf(sample_notice(), page="Letter")
