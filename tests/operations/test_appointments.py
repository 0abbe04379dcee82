"""Appointments (预约): slots from the template, booking, cancelling, check-in, no-shows, the day list."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from counter_app.bootstrap import open_context
from counter_app.domain.appointment_template import AppointmentTemplate
from counter_app.domain.settings_registry import APPOINTMENT_TEMPLATE, SettingRefused, validated
from counter_app.operations.appointments.booking import (
    AppointmentError,
    book,
    cancel,
    create_slot,
    generate_slots,
    normalize_phone,
    slots_for,
)
from counter_app.operations.appointments.day_list import check_in, day_list, mark_no_show, mark_no_shows
from counter_app.operations.appointments.template import load_template, save_template
from counter_app.operations.context import Actor
from counter_app.store.models import AuditEntry
from tests.clock import Clock

MONDAY = dt.date(2026, 11, 23)
TUESDAY = MONDAY + dt.timedelta(days=1)
SATURDAY = dt.date(2026, 11, 28)
NATIONAL_DAY_SATURDAY = dt.date(2026, 10, 3)
MAKE_UP_SATURDAY = dt.date(2026, 10, 10)  # a working day after 调休


@pytest.fixture
def clock() -> Clock:
    return Clock(dt.datetime(2026, 11, 23, 10, 0))


@pytest.fixture
def ctx(db_url, clock):
    context = open_context(db_url, actor=Actor(clerk="周警官", workstation="窗口1"))
    context.clock = clock
    yield context
    context.db.dispose()


def _audit_actions(ctx) -> list[str]:
    with ctx.db.read() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_the_default_template_follows_the_working_calendar(ctx) -> None:
    created = generate_slots(ctx, MONDAY, SATURDAY)
    by_day: dict[dt.date, list[str]] = {}
    for slot in created:
        by_day.setdefault(slot.day, []).append(f"{slot.start:%H:%M}")
    assert by_day[TUESDAY] == ["17:30", "18:00"]
    assert by_day[SATURDAY] == ["09:00", "09:30", "10:00", "10:30", "11:00", "11:30"]
    assert dt.date(2026, 11, 29) not in by_day  # Sunday: no block
    assert all(slot.capacity == 2 and slot.free == 2 for slot in created)
    assert generate_slots(ctx, MONDAY, SATURDAY) == []  # running it again adds nothing
    assert "appointment.slots_generate" in _audit_actions(ctx)


def test_holidays_and_make_up_working_days(ctx, clock) -> None:
    clock.now = dt.datetime(2026, 9, 1, 9, 0)
    generate_slots(ctx, NATIONAL_DAY_SATURDAY, MAKE_UP_SATURDAY)
    assert slots_for(ctx, NATIONAL_DAY_SATURDAY) == []
    assert slots_for(ctx, dt.date(2026, 10, 1)) == []  # a weekday holiday has no evening service either
    assert [f"{s.start:%H:%M}" for s in slots_for(ctx, MAKE_UP_SATURDAY)] == ["17:30", "18:00"]


def test_template_is_stored_validated_and_used(ctx) -> None:
    assert load_template(ctx) == AppointmentTemplate()
    save_template(
        _supervisor(ctx),
        {"blocks": [{"weekdays": [2], "start": "18:00", "end": "19:00", "slot_minutes": 20, "capacity": 3}]},
    )
    created = generate_slots(ctx, TUESDAY)
    assert [(f"{s.start:%H:%M}", s.capacity) for s in created] == [("18:00", 3), ("18:20", 3), ("18:40", 3)]
    with pytest.raises(SettingRefused, match="预约时段第 1 项每段名额无效：不能小于 1"):
        validated(
            APPOINTMENT_TEMPLATE, {"blocks": [{"weekdays": [1], "start": "18:00", "end": "19:00", "capacity": 0}]}
        )
    with pytest.raises(SettingRefused, match="放不下"):
        validated(APPOINTMENT_TEMPLATE, {"blocks": [{"weekdays": [1], "start": "18:00", "end": "18:10"}]})
    with pytest.raises(SettingRefused, match="重叠"):
        validated(APPOINTMENT_TEMPLATE,
            {
                "blocks": [
                    {"weekdays": [1, 2], "start": "17:00", "end": "18:00"},
                    {"weekdays": [2], "start": "17:30", "end": "18:30"},
                ]
            }
        )
    with pytest.raises(SettingRefused, match="星期"):
        validated(APPOINTMENT_TEMPLATE, {"blocks": [{"weekdays": [8], "start": "17:00", "end": "18:00"}]})


def test_book_until_full_then_cancel_gives_the_place_back(ctx) -> None:
    slot = create_slot(ctx, TUESDAY, dt.time(17, 30), dt.time(18, 0), 2)
    first = book(ctx, slot.id, " 张三丰 ", "138-1234-5678", "id_card_renewal", note="带孩子")
    assert (first.name, first.phone, first.status_label) == ("张三丰", "13812345678", "已预约")
    assert first.service_name
    with pytest.raises(AppointmentError, match="重复预约"):
        book(ctx, slot.id, "张三丰", "13812345678", "id_card_renewal")
    book(ctx, slot.id, "李四", "010-64210000", "birth_registration")
    with pytest.raises(AppointmentError, match="该时段已约满"):
        book(ctx, slot.id, "王五", "13900000000", "id_card_renewal")
    assert slots_for(ctx, TUESDAY)[0].free == 0

    cancelled = cancel(ctx, first.id)
    assert cancelled.status == "cancelled"
    assert slots_for(ctx, TUESDAY)[0].free == 1
    with pytest.raises(AppointmentError, match="已取消"):
        cancel(ctx, first.id)  # a second cancel must not give back a second place
    assert slots_for(ctx, TUESDAY)[0].booked == 1
    book(ctx, slot.id, "王五", "13900000000", "id_card_renewal")
    assert _audit_actions(ctx).count("appointment.book") == 3
    assert "appointment.cancel" in _audit_actions(ctx)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "  ", "请输入预约人姓名"),
        ("name", "张" * 31, "最多30个字"),
        ("phone", "12345", "联系电话「12345」无效"),
        ("phone", "2381234567", "无效"),
        ("service_id", "no_such_service", "未知的业务「no_such_service」"),
        ("note", "很" * 201, "备注过长"),
    ],
)
def test_bad_input_is_refused_with_the_field_named(ctx, field, value, message) -> None:
    slot = create_slot(ctx, TUESDAY, dt.time(17, 30), dt.time(18, 0), 2)
    args = {"name": "张三", "phone": "13812345678", "service_id": "id_card_renewal", "note": ""}
    args[field] = value
    with pytest.raises(AppointmentError, match=message):
        book(ctx, slot.id, **args)
    assert slots_for(ctx, TUESDAY)[0].booked == 0  # nothing half-written


def test_past_slots_cannot_be_created_or_booked(ctx, clock) -> None:
    with pytest.raises(AppointmentError, match="已经过去"):
        create_slot(ctx, MONDAY - dt.timedelta(days=1), dt.time(17, 30), dt.time(18, 0), 2)
    with pytest.raises(AppointmentError, match="应晚于"):
        create_slot(ctx, TUESDAY, dt.time(18, 0), dt.time(17, 30), 2)
    slot = create_slot(ctx, MONDAY, dt.time(17, 30), dt.time(18, 0), 1)
    with pytest.raises(AppointmentError, match="已有预约时段"):
        create_slot(ctx, MONDAY, dt.time(17, 30), dt.time(18, 30), 1)
    clock.now = dt.datetime(2026, 11, 23, 17, 45)  # in progress: a walk-in phone call may still book
    book(ctx, slot.id, "张三", "13812345678", "id_card_renewal")
    other = create_slot(ctx, MONDAY, dt.time(18, 0), dt.time(18, 30), 1)
    clock.now = dt.datetime(2026, 11, 23, 18, 30)
    with pytest.raises(AppointmentError, match="已结束"):
        book(ctx, other.id, "李四", "13812345679", "id_card_renewal")
    with pytest.raises(AppointmentError, match="没有编号为 999999"):
        book(ctx, 999999, "李四", "13812345679", "id_card_renewal")


def test_check_in_only_on_the_day_and_no_shows_only_after_the_slot(ctx, clock) -> None:
    early = create_slot(ctx, TUESDAY, dt.time(17, 30), dt.time(18, 0), 2)
    late = create_slot(ctx, TUESDAY, dt.time(18, 0), dt.time(18, 30), 2)
    comes = book(ctx, early.id, "张三", "13812345678", "id_card_renewal")
    stays_away = book(ctx, early.id, "李四", "13812345679", "id_card_renewal")
    later = book(ctx, late.id, "王五", "13812345670", "id_card_renewal")
    with pytest.raises(AppointmentError, match="只能在当天"):
        check_in(ctx, comes.id)

    clock.now = dt.datetime(2026, 11, 24, 17, 25)
    arrived = check_in(ctx, comes.id)
    assert (arrived.status, arrived.phone, arrived.service_id) == ("checked_in", "13812345678", "id_card_renewal")
    with pytest.raises(AppointmentError, match="尚未结束"):
        mark_no_show(ctx, stays_away.id)
    with pytest.raises(AppointmentError, match="已到场"):
        check_in(ctx, comes.id)

    clock.now = dt.datetime(2026, 11, 24, 18, 5)
    marked = mark_no_shows(ctx, TUESDAY)  # only the ended 17:30 slot
    assert [m.id for m in marked] == [stays_away.id]
    with pytest.raises(AppointmentError, match="未到"):
        mark_no_show(ctx, stays_away.id)
    with pytest.raises(AppointmentError, match="不能改为「已取消」"):
        cancel(ctx, stays_away.id)
    assert check_in(ctx, stays_away.id).status == "checked_in"  # came late the same day: still served

    clock.now = dt.datetime(2026, 11, 24, 18, 30)
    assert mark_no_show(ctx, later.id).status == "no_show"
    rows = day_list(ctx, TUESDAY)
    assert [(r.time_text, r.name, r.phone_masked, r.status_label) for r in rows] == [
        ("17:30–18:00", "张三", "138****5678", "已到场"),
        ("17:30–18:00", "李四", "138****5679", "已到场"),
        ("18:00–18:30", "王五", "138****5670", "未到"),
    ]
    assert slots_for(ctx, TUESDAY)[0].booked == 2  # no-shows and check-ins keep their place
    actions = _audit_actions(ctx)
    assert actions.count("appointment.check_in") == 2 and actions.count("appointment.no_show") == 2


@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True), st.sampled_from(["", "+86 ", "0086-", "86"]))
def test_mobile_numbers_normalize_to_their_11_digits(mobile: str, prefix: str) -> None:
    spaced = f"{prefix}{mobile[:3]} {mobile[3:7]}-{mobile[7:]}"
    assert normalize_phone(spaced) == mobile


@given(st.from_regex(r"0[0-9]{2,3}", fullmatch=True), st.from_regex(r"[2-9][0-9]{6,7}", fullmatch=True))
def test_landlines_with_and_without_area_code(area: str, local: str) -> None:
    assert normalize_phone(f"{area}-{local}") == area + local
    assert normalize_phone(local) == local


@given(st.text(alphabet="0123456789-+ ()abc", max_size=20))
def test_anything_accepted_is_a_mobile_or_a_landline(text: str) -> None:
    try:
        digits = normalize_phone(text)
    except AppointmentError as exc:
        assert "联系电话" in exc.message
        return
    assert digits.isdigit()
    assert (
        (len(digits) == 11 and digits[0] == "1")
        or (digits[0] == "0" and 10 <= len(digits) <= 12)
        or (digits[0] in "23456789" and len(digits) in (7, 8))
    )


def _supervisor(ctx):
    from dataclasses import replace

    return replace(ctx, actor=replace(ctx.actor, role="supervisor"))
