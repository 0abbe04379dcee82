"""Every printed document and every export the app makes, read back as text: no full ID number or mobile
appears except where the document needs it.

Decisions, one per document (asserted below):
- 居民身份证领取凭证 (receipt, roll and A5): the FULL ID number — it is handed to its holder and the 领取凭证
  carries the ID number among its fields (MPS2021 art 78); no phone.
- 一次性告知单 (notice): ID and phone masked (the applicant may leave it anywhere; the counter keeps the record).
- shelf list, pickup notice, appointment list, daily report (PDF and XLSX), audit-log export: nothing in full.
- SMS export: the full mobile, and only in the 手机号 column — it is the address the SMS gateway sends to;
  the message text and the other columns carry no number.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from pypdf import PdfReader

from counter_app.bootstrap import open_context
from counter_app.domain.card_lifecycle import CardState
from counter_app.domain.checklist import evaluate
from counter_app.domain.masking import mask_id_number, mask_phone
from counter_app.operations.admin.audit_log import AuditFilter, export_audit_csv
from counter_app.operations.cards.accept import accept_card, move_card
from counter_app.operations.cards.lookup import card_detail, lookup
from counter_app.operations.cards.pickup import hand_out
from counter_app.operations.cards.pickup_notices import export_sms_csv, pickup_notice_pdf
from counter_app.operations.cards.receipts import print_receipt
from counter_app.operations.cards.shelf import shelf_list_pdf
from counter_app.operations.context import Actor
from counter_app.operations.guide.service_guide import Applicant, find_notices, give_notice
from tests.id_numbers import make_id

NOW = datetime(2026, 11, 23, 10, 0)
HOLDER_ID, HOLDER_PHONE = make_id(11), "13812345678"
PROXY_ID = make_id(12)
APPLICANT_ID, APPLICANT_PHONE = make_id(13), "13987654321"
BOOKER_PHONE = "13611112222"
ALL_NUMBERS = (HOLDER_ID, HOLDER_PHONE, PROXY_ID, APPLICANT_ID, APPLICANT_PHONE, BOOKER_PHONE)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _flat(text: str) -> str:
    """Text with all whitespace removed: a number wrapped across a table cell's lines still counts."""
    return re.sub(r"\s+", "", text)


def _pdf_text(pdf: bytes) -> str:
    assert pdf.startswith(b"%PDF")
    return _flat("".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages))


def _leaks(text: str, allowed: tuple[str, ...] = ()) -> list[str]:
    return [n for n in ALL_NUMBERS if n not in allowed and n in text]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """One station with a card on the shelf, a collected card, a notice, a booking and a finished case."""
    ctx = open_context(
        f"sqlite:///{tmp_path_factory.mktemp('mask') / 'counter.db'}",
        actor=Actor(clerk="李警官", workstation="窗口1", role="clerk"),
    )
    ctx.clock = Clock(NOW)
    waiting = accept_card(
        ctx,
        service_id="id_card_renewal",
        name="张三丰",
        id_number=HOLDER_ID,
        phone=HOLDER_PHONE,
        reason="renewal",
        fee="20",
        pickup_method="counter",
    ).acceptance_no
    collected = accept_card(
        ctx,
        service_id="id_card_renewal",
        name="李四",
        id_number=make_id(14),
        phone="13700001111",
        reason="renewal",
        fee="20",
        pickup_method="counter",
    ).acceptance_no
    for no in (waiting, collected):
        for state in (CardState.IN_PRODUCTION, CardState.DISPATCHED, CardState.ARRIVED):
            move_card(ctx, no, state)
    hand_out(
        ctx,
        collected,
        proxy={"name": "李小四", "id_number": PROXY_ID, "relation": "子"},
        old_card_collected=True,
        temp_card_returned=False,
    )
    checklist = evaluate(ctx.catalog.get("birth_registration"), {"married": False}, ["birth_medical_certificate"])
    _, notice_pdf = give_notice(ctx, checklist, Applicant("王芳", APPLICANT_ID, APPLICANT_PHONE))
    # What a clerk types at the lookup: full numbers, so the audit log has them to (not) leak.
    for query in (HOLDER_ID, HOLDER_PHONE, APPLICANT_ID, APPLICANT_PHONE):
        lookup(ctx, query)
        find_notices(ctx, query)
    card_detail(ctx, waiting)
    yield {"ctx": ctx, "waiting": waiting, "collected": collected, "notice_pdf": notice_pdf}
    ctx.db.dispose()


def test_receipt_shows_the_full_id_to_its_holder_and_no_phone(world):
    for layout in ("roll80", "a5"):
        text = _pdf_text(print_receipt(world["ctx"], world["waiting"], layout=layout))
        assert world["waiting"] in text
        assert HOLDER_ID in text  # decided: the holder's own receipt carries the full number
        assert _leaks(text, allowed=(HOLDER_ID,)) == []


def test_notice_masks_id_and_phone(world):
    text = _pdf_text(world["notice_pdf"])
    assert mask_id_number(APPLICANT_ID) in text and mask_phone(APPLICANT_PHONE) in text
    assert _leaks(text) == []


def test_shelf_list_and_pickup_notice_show_nothing_in_full(world):
    shelf = _pdf_text(shelf_list_pdf(world["ctx"]))
    assert world["waiting"] in shelf and mask_id_number(HOLDER_ID) in shelf
    assert _leaks(shelf) == []
    notice = _pdf_text(pickup_notice_pdf(world["ctx"], world["waiting"]))
    assert world["waiting"] in notice
    assert _leaks(notice) == []


def test_sms_export_has_the_full_mobile_only_as_the_address(world):
    supervisor = replace(world["ctx"], actor=replace(world["ctx"].actor, role="supervisor"))  # EXPORT_CONTACTS
    rows = list(csv.reader(io.StringIO(export_sms_csv(supervisor).decode("utf-8-sig"))))
    assert rows[0] == ["手机号", "姓名", "短信内容"]
    assert [r[0] for r in rows[1:]] == [HOLDER_PHONE]
    assert all(_leaks(_flat(cell)) == [] for row in rows[1:] for cell in row[1:])


def test_appointment_list_masks_phones(world):
    from counter_app.operations.appointments.booking import book, create_slot
    from counter_app.operations.appointments.day_list import appointment_list_pdf

    ctx = world["ctx"]
    day = NOW.date() + timedelta(days=1)
    slot = create_slot(ctx, day, time(18, 0), time(19, 0), 5)
    book(ctx, slot.id, "赵六", BOOKER_PHONE, "id_card_renewal")
    text = _pdf_text(appointment_list_pdf(ctx, day))
    assert mask_phone(BOOKER_PHONE) in text
    assert _leaks(text) == []


def test_daily_report_pdf_and_xlsx_show_nothing_in_full(world):
    from counter_app.operations.reports.daily_report import build_report, report_pdf, report_xlsx
    from printing.report_data import ReportPeriod

    openpyxl = pytest.importorskip("openpyxl")
    report = build_report(world["ctx"], ReportPeriod.day(NOW.date()))
    text = _pdf_text(report_pdf(report))
    assert "2026" in text  # the text was extracted at all
    assert _leaks(text) == []
    book_ = openpyxl.load_workbook(io.BytesIO(report_xlsx(report)), read_only=True)
    cells = "".join(
        str(v) for sheet in book_.worksheets for row in sheet.iter_rows(values_only=True) for v in row if v is not None
    )
    assert cells and _leaks(_flat(cells)) == []


def test_audit_log_export_shows_nothing_in_full(world):
    ctx = world["ctx"]
    supervisor = Actor(clerk="赵所长", workstation="主管室", role="supervisor")
    ctx.actor, saved = supervisor, ctx.actor
    try:
        data = export_audit_csv(ctx, AuditFilter(date_from=date(2026, 11, 23), date_to=date(2026, 11, 24)))
    finally:
        ctx.actor = saved
    text = data.decode("utf-8-sig")
    assert "card.lookup" in text and mask_id_number(HOLDER_ID) in text and world["waiting"] in text
    assert _leaks(_flat(text)) == []
