"""Pickup notices on real SQLite and PostgreSQL: who is still to be told, marking, SMS export, overdue, PDF."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from counter_app.domain.sms_template import SmsTemplateError
from counter_app.operations.admin.station import save_station
from counter_app.operations.cards.common import CardError
from counter_app.operations.cards.pickup_notices import (
    export_sms_csv,
    mark_notified,
    overdue_pickups,
    pickup_notice_pdf,
    unnotified,
)
from counter_app.store.models import AuditEntry, CardCase
from tests.operations.contexts import arrived_card, as_supervisor, clocked_context

FRIDAY = datetime(2026, 11, 20, 15, 0)
MONDAY = datetime(2026, 11, 23, 10, 30)


def _ctx(db_url, now=FRIDAY):
    return clocked_context(db_url, now)


def test_deadline_counts_working_days_across_weekend(db_url):
    ctx = _ctx(db_url, FRIDAY)
    no = arrived_card(ctx, "张三丰", 1)
    ctx.clock.now = MONDAY
    rows = unnotified(ctx)
    assert [r.acceptance_no for r in rows] == [no]
    row = rows[0]
    assert row.arrived_on == date(2026, 11, 20)
    assert row.deadline == date(2026, 11, 24)  # Friday + Mon, Tue
    assert not row.overdue
    assert row.phone_masked and "12345678" not in row.phone_masked
    ctx.clock.now = datetime(2026, 11, 25, 9, 0)
    assert unnotified(ctx)[0].overdue
    ctx.db.dispose()


def test_mark_notified_removes_from_unnotified(db_url):
    ctx = _ctx(db_url)
    first = arrived_card(ctx, "张三丰", 1)
    second = arrived_card(ctx, "王芳", 2)
    assert mark_notified(ctx, [first], "phone") == 1
    assert [r.acceptance_no for r in unnotified(ctx)] == [second]
    with ctx.db.read() as session:
        case = session.scalars(select(CardCase).where(CardCase.acceptance_no == first)).one()
        assert case.notified_at == FRIDAY and case.notified_by == "phone"
        actions = session.scalars(select(AuditEntry.action)).all()
        assert "card.notified" in actions
    with pytest.raises(CardError):
        mark_notified(ctx, [second], "pigeon")
    ctx.db.dispose()


def test_mark_notified_is_all_or_nothing(db_url):
    ctx = _ctx(db_url)
    arrived = arrived_card(ctx, "张三丰", 1)
    pending = arrived_card(ctx, "王芳", 2, arrive=False)
    with pytest.raises(CardError) as info:
        mark_notified(ctx, [arrived, pending], "sms")
    assert pending in info.value.message and "已到达" in info.value.message
    assert [r.acceptance_no for r in unnotified(ctx)] == [arrived]
    ctx.db.dispose()


def test_sms_csv_rows_and_unknown_placeholder(db_url):
    ctx = _ctx(db_url)
    save_station(as_supervisor(ctx), name="东城派出所户籍窗口", phone="010-12345678")
    first = arrived_card(ctx, "张三丰", 1, phone="13812345678")
    arrived_card(ctx, "无电话", 2, phone=None)
    told = arrived_card(ctx, "王芳", 3, phone="13900001111")
    mark_notified(ctx, [told], "phone")
    data = export_sms_csv(as_supervisor(ctx), "{name}您好，证件已到{station}（{place}），电话{phone}，{hours}")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["手机号", "姓名", "短信内容"]
    assert len(rows) == 2
    phone, name, text = rows[1]
    assert (phone, name) == ("13812345678", "张三丰")
    assert text.startswith("张三丰您好，证件已到东城派出所户籍窗口") and "010-12345678" in text
    with ctx.db.read() as session:
        case = session.scalars(select(CardCase).where(CardCase.acceptance_no == first)).one()
        assert case.storage_place and case.storage_place in text
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "notice.sms_export")).one()
        assert audit.detail["rows"] == 1
    with pytest.raises(SmsTemplateError) as info:
        export_sms_csv(as_supervisor(ctx), "{name}请于{deadline}前领取")
    assert "{deadline}" in info.value.message
    ctx.db.dispose()


def test_overdue_pickups_with_fixed_clock(db_url):
    ctx = _ctx(db_url, datetime(2026, 9, 1, 10, 0))
    old = arrived_card(ctx, "张三丰", 1)
    ctx.clock.now = datetime(2026, 10, 20, 10, 0)
    arrived_card(ctx, "王芳", 2)
    save_station(as_supervisor(ctx), overdue_pickup_days=60)
    ctx.clock.now = datetime(2026, 10, 31, 10, 0)  # 60 days after 9-1: not yet longer than 60
    assert overdue_pickups(ctx) == []
    ctx.clock.now = datetime(2026, 11, 1, 10, 0)
    rows = overdue_pickups(ctx)
    assert [(r.acceptance_no, r.days_waiting) for r in rows] == [(old, 61)]
    ctx.db.dispose()


def test_pickup_notice_pdf_contains_name(db_url):
    ctx = _ctx(db_url)
    no = arrived_card(ctx, "张三丰", 1)
    pdf = pickup_notice_pdf(ctx, no)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "张三丰" in text and no in text
    with ctx.db.read() as session:
        assert session.scalars(select(AuditEntry).where(AuditEntry.action == "print.pickup_notice")).one()
    ctx.db.dispose()


def test_notices_cli_list_export_mark(db_url, tmp_path, capsys):
    import json

    from counter_app.cli.main import main

    ctx = _ctx(db_url)
    no = arrived_card(ctx, "张三丰", 1)
    ctx.db.dispose()
    assert main(["--db", db_url, "notices", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["acceptance_no"] for r in rows] == [no]
    out = tmp_path / "sms.csv"
    assert main(["--db", db_url, "notices", "sms-export", "-o", str(out), "--template", "{name}{place}"]) == 0
    assert out.read_bytes().decode("utf-8-sig").splitlines()[1].startswith("13812345678,张三丰,张三丰")
    assert main(["--db", db_url, "notices", "sms-export", "-o", str(out), "--template", "{x}"]) == 2
    assert main(["--db", db_url, "notices", "mark", no, "--channel", "sms"]) == 0
    capsys.readouterr()
    assert main(["--db", db_url, "notices", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["--db", db_url, "notices", "overdue", "--json"]) == 0  # arrived today: not overdue yet
    assert json.loads(capsys.readouterr().out) == []
