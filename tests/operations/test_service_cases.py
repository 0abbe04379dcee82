"""The service-case log on real SQLite and PostgreSQL: promises, after-hours flags, the board, closing the day."""

from __future__ import annotations

import threading
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from counter_app.bootstrap import open_context
from counter_app.operations.context import Actor
from counter_app.operations.day.office_hours import save_office_hours
from counter_app.operations.day.same_day_board import after_hours_log, close_day, same_day_board
from counter_app.operations.day.service_cases import ServiceCaseError, finish_case, record_case, start_case
from counter_app.store.models import AuditEntry, FollowUp, ServiceCase
from tests.clock import Clock

MONDAY = date(2026, 11, 23)
SATURDAY = date(2026, 11, 28)
ON_THE_SPOT = dict(service_id="birth_registration", service_name="出生登记")  # promised 0 days: 即办
CARD = dict(service_id="id_card_renewal", service_name="居民身份证换领")  # promised 45 days


def at(day: date, hhmm: str) -> datetime:
    return datetime.combine(day, datetime.strptime(hhmm, "%H:%M").time())


@pytest.fixture
def clock() -> Clock:
    return Clock(at(MONDAY, "10:00"))


@pytest.fixture
def ctx(db_url, clock):
    context = open_context(db_url, actor=Actor(clerk="李警官", workstation="窗口1"))
    context.clock = clock
    return context


def _audits(ctx, action: str) -> list[AuditEntry]:
    with ctx.db.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)))


def _count(ctx, model) -> int:
    with ctx.db.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_on_the_spot_case_in_regular_time(ctx, clock) -> None:
    case = start_case(ctx, applicant_name="张三丰", **ON_THE_SPOT)
    assert (case.promise, case.deadline, case.outcome) == ("same_day", at(MONDAY, "17:30"), "in_progress")
    clock.now = at(MONDAY, "10:25")
    done = finish_case(ctx, case.id)
    assert (done.outcome, done.ended_at, done.after_hours_minutes, done.after_hours_reason) == (
        "done",
        at(MONDAY, "10:25"),
        0,
        None,
    )
    assert [a.target for a in _audits(ctx, "service_case.start")] == [f"case:{case.id}"]
    assert [a.detail["outcome"] for a in _audits(ctx, "service_case.finish")] == ["done"]


def test_finishing_twice_is_refused_with_a_clear_message(ctx) -> None:
    case = start_case(ctx, **ON_THE_SPOT)
    finish_case(ctx, case.id)
    with pytest.raises(ServiceCaseError, match="已于 11-23 10:00 标记为「已办结」，不能重复办结"):
        finish_case(ctx, case.id, "refused")
    with pytest.raises(ServiceCaseError, match="没有编号为 #999"):
        finish_case(ctx, 999)
    assert len(_audits(ctx, "service_case.finish")) == 1


def test_stale_version_is_refused(ctx) -> None:
    case = start_case(ctx, **ON_THE_SPOT)
    with pytest.raises(ServiceCaseError, match="已被其他窗口修改"):
        finish_case(ctx, case.id, expected_version=case.version + 1)
    assert finish_case(ctx, case.id, expected_version=case.version).outcome == "done"


def test_two_counters_finishing_the_same_case_only_one_wins(ctx) -> None:
    case = start_case(ctx, **ON_THE_SPOT)
    results: list[str] = []
    lock = threading.Lock()

    def worker() -> None:
        try:
            finish_case(ctx, case.id)
            outcome = "ok"
        except ServiceCaseError as exc:
            outcome = exc.reason
        with lock:
            results.append(outcome)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == ["already_finished"] * 3 + ["ok"]


def test_evening_case_is_flagged_from_its_timestamps(ctx, clock) -> None:
    clock.now = at(MONDAY, "17:40")
    case = start_case(ctx, **ON_THE_SPOT)
    assert case.deadline == at(MONDAY, "18:30")  # already past closing: the end of the extended service
    clock.now = at(MONDAY, "18:10")
    done = finish_case(ctx, case.id, note="延时办结")
    assert (done.after_hours_minutes, done.after_hours_reason) == (30, "evening")


def test_channel_names_the_reason_and_green_channel_promises_same_day(ctx, clock) -> None:
    clock.now = at(MONDAY, "12:10")
    green = start_case(ctx, channel="green_channel", applicant_name="考生甲", **CARD)
    assert (green.promise, green.deadline) == ("same_day", at(MONDAY, "17:30"))
    clock.now = at(MONDAY, "12:40")
    assert finish_case(ctx, green.id).after_hours_reason == "green_channel"

    clock.now = at(SATURDAY, "09:30")
    booked = start_case(ctx, channel="appointment", **ON_THE_SPOT)
    clock.now = at(SATURDAY, "10:00")
    done = finish_case(ctx, booked.id)
    assert (done.after_hours_minutes, done.after_hours_reason) == (30, "appointment")

    clock.now = at(MONDAY, "10:00")
    regular_time = start_case(ctx, channel="appointment", **ON_THE_SPOT)
    assert finish_case(ctx, regular_time.id).after_hours_reason is None  # no minutes, no reason


def test_promise_derived_from_the_catalog(ctx) -> None:
    card = start_case(ctx, **CARD)
    assert (card.promise, card.deadline) == ("limit", None)
    consultation = start_case(ctx, service_id="consultation", service_name="咨询")
    assert consultation.promise == "none"
    forced = start_case(ctx, promise="same_day", service_id="id_card_temporary", service_name="临时居民身份证")
    assert (forced.promise, forced.deadline) == ("same_day", at(MONDAY, "17:30"))


def test_record_case_inside_the_callers_transaction(ctx, clock) -> None:
    clock.now = at(MONDAY, "12:20")
    with ctx.db.write() as session:
        case = record_case(ctx, session, outcome="notice", started_at=at(MONDAY, "11:50"), **ON_THE_SPOT)
        assert case.id is not None
        assert (case.ended_at, case.after_hours_minutes, case.after_hours_reason) == (at(MONDAY, "12:20"), 20, "lunch")

    class Boom(Exception):
        pass

    with pytest.raises(Boom), ctx.db.write() as session:
        record_case(ctx, session, **ON_THE_SPOT)
        raise Boom
    assert _count(ctx, ServiceCase) == 1
    assert [a.detail["outcome"] for a in _audits(ctx, "service_case.record")] == ["notice"]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (dict(outcome="finished"), "办理结果「finished」无效"),
        (dict(outcome="not_done"), "办理结果「not_done」无效"),
        (dict(channel="vip"), "办理渠道「vip」无效"),
        (dict(promise="soon"), "承诺类型「soon」无效"),
        (dict(started_at=datetime(2026, 11, 23, 10, 5)), "晚于当前时间"),
    ],
)
def test_bad_input_is_refused_and_nothing_written(ctx, fields, message) -> None:
    with pytest.raises(ServiceCaseError, match=message):
        start_case(ctx, **ON_THE_SPOT, **fields)
    with pytest.raises(ServiceCaseError, match="请选择办理的业务"):
        start_case(ctx, service_id=" ", service_name="")
    assert _count(ctx, ServiceCase) == 0


def test_stored_office_hours_set_the_deadline(ctx) -> None:
    data = {"regular": {d: [{"start": "09:00", "end": "16:00"}] for d in ("mon", "tue", "wed", "thu", "fri")}}
    save_office_hours(_supervisor(ctx), data)
    assert start_case(ctx, **ON_THE_SPOT).deadline == at(MONDAY, "16:00")


def test_same_day_board(ctx, clock) -> None:
    clock.now = at(MONDAY, "09:00")
    first = start_case(ctx, applicant_name="张三丰", **ON_THE_SPOT)
    start_case(ctx, **CARD)  # a limit case is not on the board
    clock.now = at(MONDAY, "17:45")
    late = start_case(ctx, applicant_name="李四", **ON_THE_SPOT)
    clock.now = at(MONDAY, "17:50")
    finished = start_case(ctx, applicant_name="王五", **ON_THE_SPOT)
    finish_case(ctx, finished.id)

    clock.now = at(MONDAY, "18:00")
    rows = same_day_board(ctx)
    assert [r.case_id for r in rows] == [first.id, late.id, finished.id]
    one, two, three = rows
    assert (one.applicant, one.deadline, one.minutes_left, one.overdue) == ("张*丰", at(MONDAY, "17:30"), -30, True)
    assert (two.applicant, two.minutes_left, two.overdue) == ("李*", 30, False)
    assert (three.outcome, three.minutes_left, three.overdue) == ("done", None, False)
    assert same_day_board(ctx, SATURDAY) == []


def test_after_hours_log(ctx, clock) -> None:
    clock.now = at(MONDAY, "17:20")
    evening = start_case(ctx, **ON_THE_SPOT)
    clock.now = at(MONDAY, "18:05")
    finish_case(ctx, evening.id)
    clock.now = at(SATURDAY, "09:10")
    duty = start_case(ctx, **CARD)
    clock.now = at(SATURDAY, "09:40")
    finish_case(ctx, duty.id, "accepted")
    start_case(ctx, **ON_THE_SPOT)  # still open: no minutes yet

    rows = after_hours_log(ctx, MONDAY, SATURDAY)
    assert [(r.case_id, r.reason, r.minutes, r.outcome, r.clerk) for r in rows] == [
        (evening.id, "evening", 35, "done", "李警官"),
        (duty.id, "weekend_duty", 30, "accepted", "李警官"),
    ]
    assert (rows[0].started_at, rows[0].ended_at, rows[0].service_name) == (
        at(MONDAY, "17:20"),
        at(MONDAY, "18:05"),
        "出生登记",
    )
    assert [r.case_id for r in after_hours_log(ctx, SATURDAY, SATURDAY)] == [duty.id]
    with pytest.raises(ServiceCaseError, match="早于开始日期"):
        after_hours_log(ctx, SATURDAY, MONDAY)


def test_close_day_needs_a_reason_for_every_open_case(ctx, clock) -> None:
    open_one = start_case(ctx, applicant_name="张三丰", phone="13812345678", **ON_THE_SPOT)
    open_two = start_case(ctx, applicant_name="李四", **ON_THE_SPOT)
    done = start_case(ctx, **ON_THE_SPOT)
    finish_case(ctx, done.id)
    start_case(ctx, **CARD)  # not a same-day case: left alone

    clock.now = at(MONDAY, "17:35")
    with pytest.raises(ServiceCaseError) as info:
        close_day(ctx, MONDAY, {open_one.id: "材料不全", open_two.id: "  "})
    assert f"#{open_two.id}（出生登记，李*）" in info.value.message
    assert f"#{open_one.id}" not in info.value.message
    assert _count(ctx, FollowUp) == 0
    assert [r.outcome for r in same_day_board(ctx, MONDAY)][:2] == ["in_progress", "in_progress"]

    result = close_day(ctx, MONDAY, {open_one.id: "材料不全", open_two.id: "系统故障", done.id: "x", 4242: "y"})
    assert result.closed == (open_one.id, open_two.id)
    assert (result.done, result.total, result.ignored) == (1, 3, (done.id, 4242))
    with ctx.db.read() as session:
        follow_ups = session.scalars(select(FollowUp).order_by(FollowUp.id)).all()
        assert [(f.kind, f.source, f.source_ref, f.due) for f in follow_ups] == [
            ("unfinished_same_day", "same_day", f"case:{open_one.id}", date(2026, 11, 24)),
            ("unfinished_same_day", "same_day", f"case:{open_two.id}", date(2026, 11, 24)),
        ]
        assert (follow_ups[0].applicant_name, follow_ups[0].phone) == ("张三丰", "13812345678")
        assert "材料不全" in follow_ups[0].title
        case = session.get(ServiceCase, open_one.id)
        assert (case.outcome, case.not_done_reason) == ("not_done", "材料不全")
    assert [r.overdue for r in same_day_board(ctx, MONDAY) if r.outcome == "not_done"] == [True, True]
    assert [a.detail["closed"] for a in _audits(ctx, "service_case.close_day")] == [[open_one.id, open_two.id]]
    assert [a.target for a in _audits(ctx, "follow_up.add")] == [str(f) for f in result.follow_ups]

    again = close_day(ctx, MONDAY, {})
    assert (again.closed, again.follow_ups) == ((), ())
    assert _count(ctx, FollowUp) == 2
    with pytest.raises(ServiceCaseError, match="已标记为「当日未办结」，不能重复办结"):
        finish_case(ctx, open_one.id)


def test_follow_up_due_skips_weekend_and_holiday(ctx, clock) -> None:
    friday = date(2026, 11, 27)
    eve_of_national_day = date(2026, 9, 30)
    for day, due in ((friday, date(2026, 11, 30)), (eve_of_national_day, date(2026, 10, 8))):
        clock.now = at(day, "10:00")
        case = start_case(ctx, **ON_THE_SPOT)
        clock.now = at(day, "18:00")
        close_day(ctx, day, {case.id: "申请人离开"})
        with ctx.db.read() as session:
            assert session.scalars(select(FollowUp.due).where(FollowUp.source_ref == f"case:{case.id}")).one() == due


def test_close_day_late_and_in_the_future(ctx, clock) -> None:
    case = start_case(ctx, **ON_THE_SPOT)
    clock.now = at(date(2026, 11, 26), "09:00")
    close_day(ctx, MONDAY, {case.id: "忘记结束"})
    with ctx.db.read() as session:
        assert session.scalars(select(FollowUp.due)).one() == date(2026, 11, 24)  # the day after the closed day
    with pytest.raises(ServiceCaseError, match="不能提前结束 2026-11-27"):
        close_day(ctx, date(2026, 11, 27), {})


def _supervisor(ctx):
    from dataclasses import replace

    return replace(ctx, actor=replace(ctx.actor, role="supervisor"))
