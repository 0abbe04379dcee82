"""Sample documents and PDF helpers for the printing tests (also used to render review samples by hand)."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from printing.documents import (
    NoticeMaterial,
    OneTimeNotice,
    PickupNotice,
    Receipt,
    ShelfList,
    ShelfRow,
    Station,
)

STATION = Station(
    name="北京市公安局朝阳分局和平街派出所",
    address="北京市朝阳区和平街十一区甲5号",
    phone="010-6421 0000",
    hours="周一至周五 9:00–12:00，13:30–17:00；周六上午 9:00–12:00（节假日除外）",
    office_name="和平街派出所户籍室",
)

ACCEPTANCE_NO = "1101050012025030400017"


def sample_notice(materials: tuple[NoticeMaterial, ...] | None = None, **changes: object) -> OneTimeNotice:
    """A realistic 出生登记 notice with two of five materials missing."""
    if materials is None:
        materials = (
            NoticeMaterial("《出生医学证明》", "原件", "纸质", 1, "必须", "医疗机构", missing=False),
            NoticeMaterial("父母双方居民身份证", "原件", "纸质", 2, "必须", "公安机关", missing=False),
            NoticeMaterial(
                "居民户口簿", "原件", "纸质", 1, "必须", "公安机关", note="随父或随母落户一方的户口簿"
            ),
            NoticeMaterial("结婚证", "原件", "纸质", 1, "必须", "民政部门", missing=False),
            NoticeMaterial(
                "非婚生育说明", "原件", "纸质", 1, "容缺后补", "申请人自备", note="非婚生育的提供"
            ),
        )
    fields: dict[str, object] = dict(
        notice_no="GZ2025030400017",
        service_name="出生登记（新生儿入户）",
        legal_basis=("《中华人民共和国户口登记条例》第七条", "《北京市常住户口登记管理规定》"),
        applicant_name="王建国",
        applicant_id="110105********1234",
        applicant_phone="138****5678",
        materials=materials,
        fee_text="不收费",
        statutory_limit="30个工作日（需调查核实的）",
        promised_limit="当场办结",
        station=STATION,
        clerk_name="李晓梅",
        issued_at=datetime(2025, 3, 4, 10, 15),
        conditions_of_acceptance="婴儿出生后一个月内，由户主、亲属、抚养人或者邻居向婴儿常住地户口登记机关申报。",
        procedure="窗口受理 → 审核材料 → 录入系统 → 打印户口簿页 → 当场发放",
    )
    fields.update(changes)
    return OneTimeNotice(**fields)  # type: ignore[arg-type]


def long_materials(count: int = 20) -> tuple[NoticeMaterial, ...]:
    """Materials with names and issuers long enough to wrap several times in an A5 cell."""
    return tuple(
        NoticeMaterial(
            name=f"第{i}号材料：申请人所在单位或者居住地村（居）民委员会出具的与本事项有关的情况证明材料原件",
            form="原件" if i % 2 else "复印件",
            medium="纸质" if i % 3 else "电子",
            copies=1 + i % 3,
            necessity=("必须", "非必须", "容缺后补")[i % 3],
            issuer=f"申请人户籍所在地街道办事处或者乡镇人民政府第{i}科室",
            note="复印件须由申请人签字确认" if i % 4 == 0 else "",
            missing=i % 2 == 0,
        )
        for i in range(1, count + 1)
    )


def sample_receipt(**changes: object) -> Receipt:
    """A renewal receipt for an ID card."""
    fields: dict[str, object] = dict(
        acceptance_no=ACCEPTANCE_NO,
        applicant_name="欧阳晓明",
        id_number="11010519900307123X",
        service_name="居民身份证换领",
        reason="有效期满换领",
        pickup_method="本人到受理点领取",
        accepted_at=datetime(2025, 3, 4, 9, 41),
        promised_date=date(2025, 4, 1),
        fee_text="工本费 20 元（已收）",
        clerk_name="李晓梅",
        station=STATION,
        pickup_rules=(
            "本人领取：须核对证件信息并比对指纹。",
            "代领：仅限亲属，凭代领人本人居民身份证和本凭证代领。",
            "换领的，领取时交回原居民身份证；已领取临时居民身份证的一并交回。",
            "本凭证请妥善保管，遗失的请本人携带户口簿到受理点办理。",
        ),
        materials_received=("居民户口簿（原件，1份）", "原居民身份证（原件，1张）", "相片回执（1张）"),
        promised_date_note="",
    )
    fields.update(changes)
    return Receipt(**fields)  # type: ignore[arg-type]


def sample_shelf(rows: int = 60) -> ShelfList:
    """A shelf list whose places are deliberately out of order."""
    places = [f"{'ABC'[i % 3]}-{(i * 7) % 12 + 1}" for i in range(rows)]
    return ShelfList(
        title="待领居民身份证清单",
        printed_at=datetime(2025, 3, 4, 17, 30),
        station=STATION,
        rows=tuple(
            ShelfRow(
                storage_place=place,
                acceptance_no=f"110105001202502{i:02d}{i:05d}"[:22].ljust(22, "0"),
                name=f"张*{'明华伟芳'[i % 4]}",
                id_number=f"110105********{i:04d}",
                arrived_on=date(2025, 2, 1 + i % 28),
            )
            for i, place in enumerate(places)
        ),
    )


def sample_pickup_notice(**changes: object) -> PickupNotice:
    """A 领证通知 for the receipt above."""
    fields: dict[str, object] = dict(
        applicant_name="欧阳晓明",
        acceptance_no=ACCEPTANCE_NO,
        service_name="居民身份证换领",
        arrived_on=date(2025, 3, 20),
        station=STATION,
        what_to_bring=("居民身份证领取凭证", "原居民身份证（换领的须交回）", "临时居民身份证（如已办理）"),
        proxy_rule="本人因故不能领取的，可由其亲属凭代领人本人居民身份证和《居民身份证领取凭证》代为领取。",
        issued_at=datetime(2025, 3, 21, 9, 0),
    )
    fields.update(changes)
    return PickupNotice(**fields)  # type: ignore[arg-type]


def pdf_text(pdf: bytes) -> str:
    """All extractable text of a PDF, pages joined."""
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def squash(text: str) -> str:
    """Text without whitespace: wrapped lines split names, and extraction inserts spaces and newlines."""
    return "".join(text.split())


def render_png(pdf: bytes, tmp_path: Path, dpi: int) -> list[Path]:
    """Render each page with pdftoppm; skips the calling test when poppler-utils is not installed."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed: apt-get install poppler-utils")
    source = tmp_path / "doc.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(source), str(tmp_path / "page")], check=True)
    return sorted(tmp_path.glob("page*.png"))


def font_report(pdf: bytes) -> dict[str, bool]:
    """Every font the pages use, mapped to whether its glyph program is embedded as TrueType (/FontFile2)."""
    report: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            if "/DescendantFonts" in font:  # Type0 composite fonts keep the descriptor one level down
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            report[str(font["/BaseFont"])] = embedded
    return report
