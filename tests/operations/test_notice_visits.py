"""One visit, one notice: previews record nothing, every later print or save gives the same number back."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select

from counter_app.domain.checklist import evaluate
from counter_app.operations.guide.notices import (
    PREVIEW_NUMBER,
    NoticeNotFound,
    NoticeVisit,
    issue_notice,
    preview_notice,
    reprint_notice,
)
from counter_app.operations.guide.service_guide import Applicant
from counter_app.store.models import FollowUp, Notice, ServiceCase
from tests.operations.contexts import audits, clocked_context
from tests.printing.printing_samples import pdf_text, squash

NOW = datetime(2026, 11, 23, 9, 30)


def _count(ctx, model) -> int:
    with ctx.db.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_preview_records_nothing_then_one_number_per_visit(db_url):
    ctx = clocked_context(db_url, NOW)
    service = ctx.catalog.get("birth_registration")
    checklist = evaluate(service, {"married": False}, {"birth_medical_certificate"})
    applicant = Applicant("张小明", None, "13812345678")
    visit = NoticeVisit()

    pdf = preview_notice(ctx, visit, checklist, applicant)
    assert PREVIEW_NUMBER in squash(pdf_text(pdf))
    assert _count(ctx, Notice) == 0 and audits(ctx, "notice.give") == []

    first = issue_notice(ctx, visit, checklist, applicant, how="print")
    assert not first.reprint and first.notice_no == "GZ202611230001"
    ctx.clock.now = datetime(2026, 11, 23, 9, 40)
    again = issue_notice(ctx, visit, checklist, applicant, how="pdf")
    assert again.reprint and again.notice_no == first.notice_no
    assert first.notice_no in squash(pdf_text(again.pdf)) and "2026年11月23日09:30" in squash(pdf_text(again.pdf))
    assert first.notice_no in squash(pdf_text(preview_notice(ctx, visit, checklist, applicant)))
    assert _count(ctx, Notice) == 1 and _count(ctx, ServiceCase) == 1 and _count(ctx, FollowUp) == 1
    [reprint] = audits(ctx, "notice.reprint")
    assert reprint.target == first.notice_no and reprint.detail["how"] == "pdf" and reprint.detail["changed"] == ""

    # Ticks changed after the first print: same number, the record follows the screen.
    fuller = evaluate(service, {"married": False}, set(checklist.brought) | {m.id for m in checklist.missing})
    third = issue_notice(ctx, visit, fuller, applicant)
    assert third.notice_no == first.notice_no and _count(ctx, Notice) == 1
    assert "missing" in audits(ctx, "notice.reprint")[-1].detail["changed"]
    with ctx.db.read() as session:
        assert session.scalars(select(Notice)).one().missing == []

    # Someone else (another name) without "Next applicant": a notice of their own.
    other = issue_notice(ctx, visit, checklist, Applicant("王芳"))
    assert other.notice_no == "GZ202611230002" and not other.reprint
    # A new visit for the first applicant's service: a new notice too.
    fresh = issue_notice(ctx, NoticeVisit(), checklist, applicant)
    assert fresh.notice_no == "GZ202611230003"


def test_reprint_by_number_from_the_record(db_url):
    ctx = clocked_context(db_url, NOW)
    checklist = evaluate(ctx.catalog.get("birth_registration"), {"married": False}, set())
    issued = issue_notice(ctx, NoticeVisit(), checklist, Applicant("张小明"))
    ctx.clock.now = datetime(2026, 11, 25, 14, 0)
    text = squash(pdf_text(reprint_notice(ctx, issued.notice_no, "A5")))
    assert issued.notice_no in text and "张小明" in text and "2026年11月23日09:30" in text
    assert _count(ctx, Notice) == 1 and len(audits(ctx, "notice.reprint")) == 1
    with pytest.raises(NoticeNotFound):
        reprint_notice(ctx, "GZ209901010001")


def test_issue_needs_a_name(db_url):
    ctx = clocked_context(db_url, NOW)
    checklist = evaluate(ctx.catalog.get("birth_registration"), {}, set())
    with pytest.raises(ValueError, match="姓名"):
        preview_notice(ctx, NoticeVisit(), checklist, Applicant(" "))
    with pytest.raises(ValueError, match="姓名"):
        issue_notice(ctx, NoticeVisit(), checklist, Applicant(""))
    assert _count(ctx, Notice) == 0
