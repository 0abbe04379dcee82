"""The web page's operations: the web role's own doors, the resident's card view, codes, notices, the free notice."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import func, select

from counter_app.domain.booking_code import ALPHABET, display_code, new_code, parse_code
from counter_app.domain.card_lifecycle import CardState
from counter_app.domain.permissions import PermissionDenied
from counter_app.operations.admin.accounts import AccountError, create_user
from counter_app.operations.appointments.booking import AppointmentError, book, create_slot
from counter_app.operations.appointments.day_list import check_in_by_code
from counter_app.operations.cards.accept import move_card
from counter_app.operations.self_service.bookings import DAYS_AHEAD, book_online, cancel_online, open_slots
from counter_app.operations.self_service.card_status import StatusQueryError, card_status
from counter_app.operations.self_service.client import for_client, mask_client_address
from counter_app.operations.self_service.guide import self_service_notice_pdf, web_checklist
from counter_app.operations.self_service.notices import NoticeError, add_notice, current_notices, remove_notice
from counter_app.store.models import AuditEntry, Notice
from tests.id_numbers import make_id
from tests.operations.contexts import arrived_card, as_supervisor, clocked_context

NOW = dt.datetime(2026, 12, 2, 10, 0)


@pytest.fixture
def ctx(db_url):
    return clocked_context(db_url, NOW)


def test_only_the_web_role_uses_the_residents_doors(ctx):
    number = arrived_card(ctx, "张三", 1)
    slot = create_slot(ctx, dt.date(2026, 12, 5), dt.time(9), dt.time(10), 1)
    for counter in (ctx, as_supervisor(ctx)):
        with pytest.raises(PermissionDenied):
            card_status(counter, number, make_id(1)[-4:])
        with pytest.raises(PermissionDenied):
            book_online(counter, slot.id, "王五", "13800001111", "id_card_renewal")
        with pytest.raises(PermissionDenied):
            cancel_online(counter, "ABCD-EFGH")
    with pytest.raises(AccountError) as refused:  # nobody can log in as the web role
        create_user(as_supervisor(ctx), "webby", "网站", "web", "long-password-1")
    assert refused.value.reason == "invalid_role"


def test_the_resident_sees_state_promise_and_pickup_but_never_the_place(ctx):
    web = for_client(ctx, "10.1.2.3")
    number = arrived_card(ctx, "张三", 1, arrive=False)
    last4 = make_id(1)[-4:]
    waiting = card_status(web, f" {number[:6]} {number[6:]} ", last4.lower())
    assert waiting.state == "in_production" and waiting.collect is None
    assert f"{waiting.promised_date:%Y年%m月%d日}" in waiting.message
    move_card(ctx, number, CardState.DISPATCHED)
    move_card(ctx, number, CardState.ARRIVED)
    arrived = card_status(web, number, last4)
    assert arrived.state_label == "已到达" and "换领须交回原证" in arrived.collect.bring
    assert "周一至周五" in arrived.collect.hours
    assert card_status(web, number, "000" + ("0" if last4[-1] != "0" else "1")) is None
    with pytest.raises(StatusQueryError):
        card_status(web, number, "12a4")
    with pytest.raises(StatusQueryError):
        card_status(web, number[:-1], last4)
    entries = [e for e in _audit(ctx) if e.action == "web.card_status"]
    assert [e.detail for e in entries] == [{"answered": True}, {"answered": True}, {"answered": False}]
    assert {e.workstation for e in entries} == {"web 10.1.2.*"}


def _audit(ctx) -> list[AuditEntry]:
    with ctx.db.read() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_web_bookings_share_the_counters_places_and_codes_check_in(ctx):
    web = for_client(ctx, "2001:db8:85a3::8a2e:370:7334")
    today_slot = create_slot(ctx, NOW.date(), dt.time(18), dt.time(19), 2)
    far = create_slot(ctx, NOW.date() + dt.timedelta(days=DAYS_AHEAD + 1), dt.time(9), dt.time(10), 1)
    counter = book(ctx, today_slot.id, "李四", "13900002222", "id_card_renewal")
    assert counter.code and parse_code(counter.code) == counter.code  # the counter's bookings get codes too
    online = book_online(web, today_slot.id, "王五", "13800001111", "id_card_renewal")
    assert [s.id for s in open_slots(ctx)] == []  # the slot is full: the far one lies beyond the web's window
    with pytest.raises(AppointmentError) as refused:
        book_online(web, far.id, "王五", "13800001111", "id_card_renewal")
    assert refused.value.reason == "slot_not_found"
    assert check_in_by_code(ctx, display_code(online.code).lower()).status == "checked_in"
    with pytest.raises(AppointmentError) as used:  # a checked-in booking cannot be cancelled from the web
        cancel_online(web, online.code)
    assert used.value.reason == "code_not_found"
    assert cancel_online(web, display_code(counter.code)).status == "cancelled"
    assert [s.free for s in open_slots(ctx)] == [1]
    assert {e.workstation for e in _audit(ctx) if e.clerk == "web"} == {"web 2001:db8:85a3:*"}
    with pytest.raises(AppointmentError):
        check_in_by_code(ctx, "ZZZZ-ZZZZ")


@given(st.text(alphabet=ALPHABET, min_size=8, max_size=8), st.sampled_from(["", "-", " "]), st.booleans())
def test_codes_read_back_however_typed(code, separator, lower):
    typed = code[:4] + separator + code[4:]
    assert parse_code(typed.lower() if lower else typed) == code
    assert parse_code(display_code(code)) == code


@given(st.text(max_size=12))
def test_anything_else_is_not_a_code(text):
    parsed = parse_code(text)
    assert parsed is None or (len(parsed) == 8 and set(parsed) <= set(ALPHABET))


def test_new_codes_use_the_alphabet():
    codes = {new_code() for _ in range(200)}
    assert len(codes) == 200 and all(len(c) == 8 and set(c) <= set(ALPHABET) for c in codes)
    assert not set("01OIL") & set(ALPHABET)


@pytest.mark.parametrize(("host", "masked"), [
    ("203.0.113.57", "203.0.113.*"), ("::ffff:192.0.2.9", "192.0.2.*"), ("2001:db8::1", "2001:db8:0:*"),
    ("testclient", "unknown"), (None, "unknown"),
])
def test_client_addresses_are_masked(host, masked):
    assert mask_client_address(host) == masked


def test_the_self_service_notice_records_nothing_and_says_what_it_is(ctx):
    def counts():
        with ctx.db.read() as session:
            return (session.scalar(select(func.count()).select_from(Notice)),
                    session.scalar(select(func.count()).select_from(AuditEntry)))

    before = counts()
    pdf = self_service_notice_pdf(for_client(ctx, "10.0.0.1"), web_checklist(ctx, "id_card_renewal", {}))
    assert counts() == before
    text = "".join("".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "自助查询件" in text and not re.search(r"GZ\d{8}", text) and "未登记任何个人信息" in text


def test_notices_show_from_today_until_their_date(ctx):
    boss = as_supervisor(ctx)
    with pytest.raises(PermissionDenied):
        add_notice(ctx, "本周六正常办公")
    add_notice(boss, "本周六正常办公", until=NOW.date())
    add_notice(boss, "  元旦  放假 ")
    assert [n.text for n in current_notices(ctx)] == ["元旦 放假", "本周六正常办公"]
    ctx.clock.now = NOW + dt.timedelta(days=1)
    assert [n.text for n in current_notices(ctx)] == ["元旦 放假"]
    remove_notice(boss, 1)
    assert current_notices(ctx) == []
    with pytest.raises(NoticeError):
        remove_notice(boss, 5)
    with pytest.raises(NoticeError):
        add_notice(boss, "过期", until=NOW.date())
