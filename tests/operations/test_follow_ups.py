"""The follow-up notebook on real SQLite and PostgreSQL: manual matters, ticks, overdue, event hooks and the sweep."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from counter_app.domain.card_lifecycle import CardState
from counter_app.domain.permissions import PermissionDenied
from counter_app.domain.settings_registry import SettingRefused
from counter_app.operations.admin.follow_up_settings import load_follow_up_settings, save_follow_up_settings
from counter_app.operations.cards.accept import load_case, move_card
from counter_app.operations.cards.common import CardError
from counter_app.operations.cards.pickup import hand_out
from counter_app.operations.follow_ups.hooks import (
    follow_up_for_defective_card,
    follow_up_for_notice,
    follow_up_for_unfinished_case,
    sweep_uncollected,
)
from counter_app.operations.follow_ups.notebook import (
    KIND_LABELS,
    TITLE_MAX,
    FollowUpError,
    FollowUpKind,
    add_follow_up,
    clean_phone,
    clean_title,
    list_follow_ups,
    open_count,
    parse_due,
    reopen,
    tick,
)
from counter_app.store.models import FollowUp, Notice, ServiceCase
from tests.operations.contexts import arrived_card, as_supervisor, audits, clocked_context

FRIDAY = datetime(2026, 11, 20, 15, 0)
MONDAY = datetime(2026, 11, 23, 10, 30)


def _ctx(db_url, now=MONDAY, clerk="李警官"):
    return clocked_context(db_url, now, clerk=clerk)


@pytest.fixture
def ctx(db_url):
    context = _ctx(db_url)
    yield context
    context.db.dispose()


def _count(ctx, model=FollowUp) -> int:
    with ctx.db.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def _notice(session, no="GZ202611200001", missing=({"id": "photo", "name": "照片"}, {"id": "hukou", "name": "户口簿"})):
    notice = Notice(
        notice_no=no,
        service_id="birth_registration",
        service_name="出生登记",
        applicant_name="王芳",
        id_number=None,
        id_rev=None,
        phone="13912345678",
        phone_rev="87654321931",
        answers={},
        brought=[],
        missing=list(missing),
        clerk="李警官",
        workstation="窗口1",
        created_at=FRIDAY,
    )
    session.add(notice)
    return notice


# --- manual matters ---


def test_add_list_and_badge_with_overdue_from_injected_clock(ctx):
    later = add_follow_up(ctx, "call_back", "回复户口迁移咨询", date(2026, 11, 27), "张三丰", "138-1234-5678")
    sooner = add_follow_up(ctx, "other", "联系社区核实住址", "2026-11-24")
    rows = list_follow_ups(ctx)
    assert [r.id for r in rows] == [sooner, later]
    first = next(r for r in rows if r.id == later)
    assert first.kind_label == KIND_LABELS["call_back"] and first.source == "manual"
    assert first.phone_masked == "138****5678"
    assert not first.overdue and first.days_overdue == 0
    assert open_count(ctx) == (2, 0)

    ctx.clock.now = datetime(2026, 11, 25, 9, 0)  # the 24th has passed: one overdue by 1 day
    rows = list_follow_ups(ctx)
    assert [(r.id, r.overdue, r.days_overdue) for r in rows] == [(sooner, True, 1), (later, False, 0)]
    assert open_count(ctx) == (2, 1)
    # The reference day can be given explicitly (the notebook as it stood on that day).
    assert not any(r.overdue for r in list_follow_ups(ctx, day=date(2026, 11, 24)))
    assert len(audits(ctx, "follow_up.add")) == 2


def test_order_is_overdue_then_by_due_then_done(ctx):
    a = add_follow_up(ctx, "other", "甲", date(2026, 11, 30))
    b = add_follow_up(ctx, "other", "乙", date(2026, 11, 24))
    c = add_follow_up(ctx, "other", "丙", date(2026, 11, 23))
    ctx.clock.now = datetime(2026, 11, 25, 9, 0)
    tick(ctx, b)
    rows = list_follow_ups(ctx, include_done=True)
    # Open overdue first, then open by due date, then done ones.
    assert [r.id for r in rows] == [c, a, b]
    assert rows[-1].done and not rows[-1].overdue


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        (dict(kind="visit", title="x", due=date(2026, 11, 24)), "kind"),
        (dict(kind="other", title="  \n ", due=date(2026, 11, 24)), "title"),
        (dict(kind="other", title="长" * (TITLE_MAX + 1), due=date(2026, 11, 24)), "title"),
        (dict(kind="other", title="x", due=date(2026, 11, 22)), "due"),
        (dict(kind="other", title="x", due=datetime(2026, 11, 24, 9, 0)), "due"),
        (dict(kind="other", title="x", due="2026-13-01"), "due"),
        (dict(kind="other", title="x", due=date(2026, 11, 24), phone="138abc"), "phone"),
        (dict(kind="other", title="x", due=date(2026, 11, 24), applicant_name="名" * 61), "applicant_name"),
    ],
)
def test_bad_input_is_refused_with_field_and_nothing_written(ctx, kwargs, reason):
    with pytest.raises(FollowUpError) as info:
        add_follow_up(ctx, **kwargs)
    assert info.value.reason == reason
    assert info.value.message and "Traceback" not in info.value.message
    assert _count(ctx) == 0


def test_tick_twice_is_refused_and_reopen_undoes(ctx):
    item = add_follow_up(ctx, "call_back", "回电", date(2026, 11, 24), phone="13812345678")
    tick(ctx, item, "已电话告知")
    assert open_count(ctx) == (0, 0)
    with pytest.raises(FollowUpError, match="李警官") as info:
        tick(ctx, item)
    assert info.value.reason == "already_done"
    done = list_follow_ups(ctx, include_done=True)[0]
    assert done.done and done.done_by == "李警官" and done.done_note == "已电话告知" and done.done_at == MONDAY
    reopen(ctx, item)
    assert open_count(ctx) == (1, 0)
    with pytest.raises(FollowUpError):
        reopen(ctx, item)
    with pytest.raises(FollowUpError) as missing:
        tick(ctx, 999_999)
    assert missing.value.reason == "not_found"
    assert [a.action for a in audits(ctx, "follow_up.tick")] == ["follow_up.tick"]
    assert len(audits(ctx, "follow_up.reopen")) == 1


# --- settings ---


def test_settings_default_save_and_refuse(ctx):
    assert load_follow_up_settings(ctx).await_materials_days == 5
    assert load_follow_up_settings(ctx).uncollected_after_days == 30
    assert save_follow_up_settings(as_supervisor(ctx), await_materials_days=3).await_materials_days == 3
    with pytest.raises(PermissionDenied):
        save_follow_up_settings(ctx, uncollected_after_days=10)
    with pytest.raises(SettingRefused) as info:
        save_follow_up_settings(as_supervisor(ctx), uncollected_after_days=0)
    assert info.value.reason == "uncollected_after_days" and "催领天数「0」无效：不能小于 1" in info.value.message
    assert load_follow_up_settings(ctx).uncollected_after_days == 30
    assert len(audits(ctx, "settings.change")) == 1


# --- hooks inside the caller's transaction ---


def test_notice_hook_is_idempotent_and_counts_working_days(ctx):
    with ctx.db.write() as session:
        notice = _notice(session)
        first = follow_up_for_notice(ctx, session, notice)
        # A second call in the same transaction is skipped, and (PostgreSQL) the transaction stays usable.
        assert follow_up_for_notice(ctx, session, notice) is None
        session.flush()
    with ctx.db.write() as session:
        again = session.scalars(select(Notice)).one()
        assert follow_up_for_notice(ctx, session, again) is None
    rows = list_follow_ups(ctx)
    assert [r.id for r in rows] == [first]
    row = rows[0]
    assert row.kind == FollowUpKind.AWAIT_MATERIALS and row.source == "notice"
    assert row.source_ref == "notice:GZ202611200001"
    assert row.due == date(2026, 11, 27)  # Friday + 5 working days
    assert "照片" in row.title and "户口簿" in row.title
    assert row.applicant_name == "王芳" and row.phone_masked == "139****5678"
    assert len(audits(ctx, "follow_up.add")) == 1


def test_notice_hook_uses_setting_and_skips_complete_notices(ctx):
    save_follow_up_settings(as_supervisor(ctx), await_materials_days=2)
    with ctx.db.write() as session:
        assert follow_up_for_notice(ctx, session, _notice(session, "GZ202611200002", missing=())) is None
        follow_up_for_notice(ctx, session, _notice(session, "GZ202611200003"))
    assert [r.due for r in list_follow_ups(ctx)] == [date(2026, 11, 24)]  # Friday + Mon, Tue


def test_hook_rolls_back_with_the_caller(ctx):
    with pytest.raises(RuntimeError), ctx.db.write() as session:
        follow_up_for_notice(ctx, session, _notice(session))
        raise RuntimeError("the caller's own step failed")
    assert _count(ctx) == 0
    assert _count(ctx, Notice) == 0
    assert audits(ctx, "follow_up.add") == []


def test_defective_card_hook(ctx):
    number = arrived_card(ctx, "张三丰", 1)
    move_card(ctx, number, CardState.DEFECTIVE)  # the move itself calls the hook
    with ctx.db.write() as session:
        assert follow_up_for_defective_card(ctx, session, load_case(session, number)) is None
    [row] = list_follow_ups(ctx)
    assert row.kind == "remake_card" and row.source_ref == f"card:{number}:defective"
    assert row.due == date(2026, 11, 24)  # next working day after Monday


def test_unfinished_same_day_hook(ctx):
    with ctx.db.write() as session:
        service_case = ServiceCase(
            day=FRIDAY.date(),
            service_id="temp_id",
            service_name="临时身份证",
            applicant_name="赵敏",
            started_at=FRIDAY,
            outcome="not_done",
            not_done_reason="系统故障",
            clerk="李警官",
            workstation="窗口1",
        )
        session.add(service_case)
        follow_up_for_unfinished_case(ctx, session, service_case)
        assert follow_up_for_unfinished_case(ctx, session, service_case) is None
    row = list_follow_ups(ctx)[0]
    assert row.kind == "unfinished_same_day" and row.source == "same_day"
    assert row.due == date(2026, 11, 23) and "系统故障" in row.title  # Friday → Monday


# --- the uncollected sweep ---


def test_sweep_threshold_idempotency_and_auto_close(ctx):
    ctx.clock.now = datetime(2026, 10, 1, 9, 0)
    old = arrived_card(ctx, "张三丰", 1)  # will have waited exactly 30 days on 31 Oct
    ctx.clock.now = datetime(2026, 10, 2, 9, 0)
    young = arrived_card(ctx, "王芳", 2)
    ctx.clock.now = datetime(2026, 10, 31, 23, 59)
    assert sweep_uncollected(ctx) == 1
    assert sweep_uncollected(ctx) == 0
    rows = list_follow_ups(ctx)
    assert [r.source_ref for r in rows] == [f"card:{old}:uncollected"]
    assert rows[0].due == date(2026, 10, 31) and rows[0].applicant_name == "张三丰"
    assert old in rows[0].title

    ctx.clock.now = datetime(2026, 11, 1, 9, 0)
    assert sweep_uncollected(ctx) == 1
    # A chase the clerk ticked is not created again while the card still waits.
    tick(ctx, rows[0].id, "已电话催领")
    assert sweep_uncollected(ctx) == 0

    # The hand-out itself ticks the chase, in its own transaction: no sweep needed, none left for the sweep.
    hand_out(ctx, young, proxy=None, old_card_collected=True, temp_card_returned=False)
    done = {r.source_ref: r for r in list_follow_ups(ctx, include_done=True)}
    auto = done[f"card:{young}:uncollected"]
    assert auto.done and auto.done_by == "系统自动" and "已领取" in auto.done_note
    assert auto.done_at == ctx.now()
    assert [a.detail for a in audits(ctx, "follow_up.tick")][-1] == {"kind": "uncollected_card", "automatic": True}
    assert sweep_uncollected(ctx) == 0
    assert done[f"card:{old}:uncollected"].done_by == "李警官"
    sweeps = audits(ctx, "follow_up.sweep")
    assert [(a.detail["created"], a.detail["closed"]) for a in sweeps] == [(1, 0), (1, 0)]


def test_chase_closed_by_moves_off_the_shelf_and_kept_when_the_move_fails(ctx):
    ctx.clock.now = datetime(2026, 9, 1, 9, 0)
    returned = arrived_card(ctx, "张三丰", 1)
    renewal = arrived_card(ctx, "王芳", 2)
    ctx.clock.now = MONDAY
    assert sweep_uncollected(ctx) == 2
    move_card(ctx, returned, CardState.RETURNED)
    # A refused hand-out (old card not collected) rolls back with the chase still open.
    with pytest.raises(CardError):
        hand_out(ctx, renewal, proxy=None, old_card_collected=False, temp_card_returned=False)
    states = {r.source_ref: r.done for r in list_follow_ups(ctx, include_done=True)}
    assert states == {f"card:{returned}:uncollected": True, f"card:{renewal}:uncollected": False}


def test_sweep_uses_setting(ctx):
    ctx.clock.now = datetime(2026, 11, 10, 9, 0)
    arrived_card(ctx, "张三丰", 1)
    ctx.clock.now = MONDAY
    assert sweep_uncollected(ctx) == 0
    save_follow_up_settings(as_supervisor(ctx), uncollected_after_days=13)
    assert sweep_uncollected(ctx) == 1


def test_concurrent_sweeps_never_duplicate(db_url):
    setup = _ctx(db_url, now=datetime(2026, 9, 1, 9, 0))
    numbers = [arrived_card(setup, f"人{k}", k) for k in range(1, 6)]
    setup.db.dispose()
    results: list[int] = []
    errors: list[BaseException] = []

    def worker(k: int) -> None:
        ctx = _ctx(db_url, now=MONDAY, clerk=f"clerk{k}")
        try:
            results.append(sweep_uncollected(ctx))
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)
        finally:
            ctx.db.dispose()

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sum(results) == len(numbers)
    check = _ctx(db_url)
    assert _count(check) == len(numbers)
    check.db.dispose()


# --- validators (no database) ---


@given(st.text(max_size=260))
def test_clean_title_is_one_trimmed_line_or_refused(text):
    try:
        title = clean_title(text)
    except FollowUpError as exc:
        assert exc.reason == "title"
        assert not text.split() or len(" ".join(text.split())) > TITLE_MAX
        return
    assert 1 <= len(title) <= TITLE_MAX
    assert title == title.strip() and "\n" not in title
    assert clean_title(title) == title


@given(st.text(alphabet="0123456789 -+()（）x", max_size=30))
def test_clean_phone_keeps_digits_only(text):
    try:
        phone = clean_phone(text)
    except FollowUpError as exc:
        assert exc.reason == "phone"
        return
    if phone is None:
        assert not text.strip()
    else:
        assert phone.isdigit() and 7 <= len(phone) <= 20 and "x" not in text


def test_clean_phone_takes_full_width_digits_like_every_number_box():
    assert clean_phone("１３８－１２３４　５６７８") == "13812345678"


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)))
def test_parse_due_accepts_exactly_today_to_a_year_ahead(day):
    today = date(2026, 11, 23)
    inside = today <= day <= today + timedelta(days=366)
    for value in (day, day.isoformat()):
        if inside:
            assert parse_due(value, today) == day
        else:
            with pytest.raises(FollowUpError):
                parse_due(value, today)
