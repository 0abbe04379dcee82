"""The printed appointment list (预约办理名单): names, masked phones, Chinese text, a column to sign on arrival."""

from __future__ import annotations

import datetime as dt
import io

from PIL import Image
from printing_samples import STATION, font_report, pdf_text, render_png, squash
from pypdf import PdfReader
from sqlalchemy import select

from counter_app.bootstrap import open_context
from counter_app.operations.appointments.booking import book, cancel, create_slot
from counter_app.operations.appointments.day_list import appointment_list_pdf
from counter_app.operations.context import Actor
from counter_app.store.models import AuditEntry
from printing.appointments import AppointmentList, AppointmentRow, build_appointment_list_pdf

DAY = dt.date(2026, 11, 28)


def _slot_start(index: int) -> dt.time:
    # Two applicants per 30-minute slot from 09:00, as a Saturday morning fills up.
    minutes = 9 * 60 + 30 * (index // 2)
    return dt.time(minutes // 60 % 24, minutes % 60)


def sample_list(rows: int) -> AppointmentList:
    names = ("王建国", "李娜", "欧阳小芳", "买买提·艾力", "张伟")
    services = ("居民身份证换领", "出生登记（新生儿入户）", "户口迁入（投靠亲属、随迁子女、人才引进等多种情形）")
    return AppointmentList(
        title="预约办理名单",
        day=DAY,
        printed_at=dt.datetime(2026, 11, 27, 16, 40),
        station=STATION,
        rows=tuple(
            AppointmentRow(
                start=_slot_start(i),
                end=(dt.datetime.combine(DAY, _slot_start(i)) + dt.timedelta(minutes=30)).time(),
                name=names[i % len(names)],
                phone=f"138****{i:04d}",
                service_name=services[i % len(services)],
                note="需带老户口簿" if i % 3 == 0 else "",
            )
            for i in range(rows)
        ),
    )


def test_the_list_shows_every_applicant_and_a_signature_column() -> None:
    document = sample_list(6)
    pdf = build_appointment_list_pdf(document)
    text = squash(pdf_text(pdf))
    for fact in ("预约办理名单", "2026年11月28日（星期六）", "共6人", "到场", STATION.office_name, "第1页/共1页"):
        assert fact in text, fact
    for row in document.rows:
        assert squash(row.name) in text and row.phone in text
    assert squash("户口迁入（投靠亲属、随迁子女、人才引进等多种情形）") in text  # long text wraps, not clipped
    assert all(font_report(pdf).values()), "the Chinese font must be embedded"


def test_a_long_list_repeats_its_header_on_every_page() -> None:
    pdf = build_appointment_list_pdf(sample_list(70))
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) >= 2
    for page in pages:
        assert "到场" in page.extract_text()


def test_an_empty_day_says_so() -> None:
    assert "当日无预约" in pdf_text(build_appointment_list_pdf(sample_list(0)))


def test_printing_tomorrows_list_from_the_database(db_url, tmp_path) -> None:
    ctx = open_context(db_url, actor=Actor(clerk="周警官", workstation="窗口1"))
    ctx.clock = lambda: dt.datetime(2026, 11, 27, 16, 40)
    try:
        morning = create_slot(ctx, DAY, dt.time(9, 0), dt.time(9, 30), 2)
        later = create_slot(ctx, DAY, dt.time(10, 0), dt.time(10, 30), 2)
        book(ctx, later.id, "李娜", "010-6421 1234", "birth_registration", note="带出生医学证明")
        book(ctx, morning.id, "王建国", "13812345678", "id_card_renewal")
        gone = book(ctx, morning.id, "赵六", "13999998888", "id_card_renewal")
        cancel(ctx, gone.id)

        pdf = appointment_list_pdf(ctx)  # tomorrow by default
        text = pdf_text(pdf)
        flat = squash(text)
        assert "2026年11月28日" in flat
        assert flat.index("王建国") < flat.index("李娜"), "slots in time order"
        assert "138****5678" in flat and "*******1234" in flat
        for secret in ("13812345678", "64211234", "赵六"):  # no full phone; cancelled bookings are not printed
            assert secret not in flat
        assert "带出生医学证明" in flat
        with ctx.db.read() as session:
            assert session.scalar(select(AuditEntry.target).where(AuditEntry.action == "print.appointment_list")) == (
                "2026-11-28"
            )

        page = render_png(pdf, tmp_path, 60)[0]
        with Image.open(page) as image:
            dark = sum(image.convert("L").histogram()[:128])
        assert dark > 2000, "the page must actually show text and ruling"
    finally:
        ctx.db.dispose()
