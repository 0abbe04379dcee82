"""The acceptance receipt: scannable vector barcode, fitted roll height, full content."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from printing_samples import ACCEPTANCE_NO, font_report, pdf_text, render_png, sample_receipt, squash
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from printing import build_receipt_pdf
from printing import receipt as receipt_module
from printing.barcode_drawing import QUIET_MODULES, Code128, bar_runs, code128_modules

zxingcpp = pytest.importorskip("zxingcpp")
Image = pytest.importorskip("PIL.Image")


def page_size_mm(pdf: bytes) -> tuple[float, float]:
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    return float(box.width) / mm, float(box.height) / mm


@pytest.mark.parametrize("layout", ["roll80", "a5"])
def test_barcode_decodes_to_the_acceptance_number(layout: str, tmp_path: Path) -> None:
    pdf = build_receipt_pdf(sample_receipt(), layout=layout)
    (png,) = render_png(pdf, tmp_path, dpi=300)
    with Image.open(png) as image:
        found = zxingcpp.read_barcodes(image)
    assert [result.text for result in found] == [ACCEPTANCE_NO]
    assert found[0].format == zxingcpp.BarcodeFormat.Code128


def test_roll_is_80_mm_wide_and_as_tall_as_its_content() -> None:
    short = build_receipt_pdf(sample_receipt())
    width, height = page_size_mm(short)
    assert width == pytest.approx(80, abs=0.01)
    assert 100 < height < 400
    assert len(PdfReader(io.BytesIO(short)).pages) == 1

    many_rules = tuple(f"第{i}条领取须知：请按规定时间携带相关证件到受理点领取证件。" for i in range(12))
    longer = build_receipt_pdf(sample_receipt(pickup_rules=many_rules))
    assert page_size_mm(longer)[1] > height + 20, "the roll must grow with its content"
    assert len(PdfReader(io.BytesIO(longer)).pages) == 1


def test_a5_receipt_is_one_a5_page() -> None:
    pdf = build_receipt_pdf(sample_receipt(), layout="a5")
    assert page_size_mm(pdf) == pytest.approx((148, 210), abs=0.5)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1


@pytest.mark.parametrize("layout", ["roll80", "a5"])
def test_receipt_content(layout: str) -> None:
    receipt = sample_receipt(promised_date_note="超出已公布的节假日安排，如遇调休顺延。")
    pdf = build_receipt_pdf(receipt, layout=layout)
    text = squash(pdf_text(pdf))
    for fact in (
        "居民身份证领取凭证",
        receipt.acceptance_no,
        receipt.applicant_name,
        receipt.id_number,
        receipt.service_name,
        receipt.reason,
        receipt.pickup_method,
        receipt.station.display_office,
        "2025年3月4日09:41",
        "2025年4月1日",
        receipt.promised_date_note,
        receipt.fee_text,
        *receipt.materials_received,
        *receipt.pickup_rules,
        receipt.station.phone,
        receipt.station.address,
        receipt.clerk_name,
        "（受理单位盖章）",
    ):
        assert squash(fact) in text, fact
    assert all(font_report(pdf).values())


def test_title_follows_the_service_unless_given() -> None:
    assert "受理回执" in pdf_text(build_receipt_pdf(sample_receipt(service_name="户口迁入")))
    assert "临时身份证明" in pdf_text(build_receipt_pdf(sample_receipt(title="临时身份证明")))


def test_barcode_geometry() -> None:
    modules = code128_modules(ACCEPTANCE_NO)
    assert set(modules) == {"0", "1"}
    rebuilt = ["0"] * len(modules)
    for start, length in bar_runs(modules):
        rebuilt[start : start + length] = ["1"] * length
    assert "".join(rebuilt) == modules

    code = Code128(ACCEPTANCE_NO)
    width, _ = code.wrap(72 * mm, 100 * mm)
    assert 0.30 * mm <= code.module_width <= 0.33 * mm
    assert width == pytest.approx((len(modules) + 2 * QUIET_MODULES) * code.module_width)
    assert QUIET_MODULES >= 10
    code.wrap(40 * mm, 100 * mm)
    assert code.module_width == pytest.approx(0.30 * mm), "never shrinks below a readable module"


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError, match="roll80"):
        build_receipt_pdf(sample_receipt(), layout="roll58")
    with pytest.raises(ValueError, match="ASCII"):
        code128_modules("受理号")


def _counting(flowable: Flowable, wraps: Counter[int]) -> Callable[[float, float], tuple[float, float]]:
    wrap = flowable.wrap

    def counted(width: float, height: float) -> tuple[float, float]:
        wraps[id(flowable)] += 1
        return wrap(width, height)

    return counted


@pytest.mark.parametrize("layout", ["roll80", "a5"])
def test_story_is_built_and_laid_out_once(layout: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The roll used to be built and wrapped twice (once to measure its height): one story, one wrap each."""
    stories: list[list[Flowable]] = []
    wraps: Counter[int] = Counter()
    build_story = receipt_module._story

    def recording_story(*args: object) -> list[Flowable]:
        story = build_story(*args)
        for flowable in story:
            flowable.wrap = _counting(flowable, wraps)  # type: ignore[method-assign]
        stories.append(story)
        return story

    monkeypatch.setattr(receipt_module, "_story", recording_story)
    pdf = build_receipt_pdf(sample_receipt(), layout=layout)
    assert len(stories) == 1
    assert [wraps[id(flowable)] for flowable in stories[0]] == [1] * len(stories[0])
    assert ACCEPTANCE_NO in pdf_text(pdf)
