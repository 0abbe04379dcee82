"""The opening/closing routine on real SQLite and PostgreSQL: configuration, ticks per day, history."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from counter_app.domain.permissions import PermissionDenied
from counter_app.domain.routine_items import DEFAULT_CLOSE, DEFAULT_OPEN, RoutineItems
from counter_app.domain.settings_registry import SettingRefused
from counter_app.operations.day.routine import (
    RoutineError,
    day_routine,
    load_routine,
    save_routine,
    tick,
    untick,
)
from counter_app.store.models import RoutineTick, Setting
from tests.operations.contexts import as_supervisor, audits, clocked_context

MONDAY = datetime(2026, 11, 23, 8, 20)
TODAY = MONDAY.date()


def _ctx(db_url, clerk="李警官"):
    return clocked_context(db_url, MONDAY, clerk=clerk)


@pytest.fixture
def ctx(db_url):
    context = _ctx(db_url)
    yield context
    context.db.dispose()


def _ticks(ctx) -> int:
    with ctx.db.read() as session:
        return session.scalar(select(func.count()).select_from(RoutineTick))


def test_defaults_in_chinese_and_nothing_done(ctx):
    routine = day_routine(ctx, TODAY)
    assert [s.text for s in routine.open] == [text for _, text in DEFAULT_OPEN]
    assert [s.text for s in routine.close] == [text for _, text in DEFAULT_CLOSE]
    assert routine.remaining("open") == len(DEFAULT_OPEN)
    assert not any(s.done for s in routine.open + routine.close)


def test_tick_records_who_and_when_per_day_and_first_tick_wins(db_url):
    ctx = _ctx(db_url)
    other = _ctx(db_url, clerk="王警官")
    assert tick(ctx, TODAY, "open", "check_receipt_paper") is True
    other.clock.now = datetime(2026, 11, 23, 8, 40)
    assert tick(other, TODAY, "open", "check_receipt_paper") is False
    routine = day_routine(ctx, TODAY)
    paper = next(s for s in routine.open if s.id == "check_receipt_paper")
    assert paper.done and paper.clerk == "李警官" and paper.done_at == MONDAY
    assert routine.remaining("open") == len(DEFAULT_OPEN) - 1
    # Kept per day: the next day starts blank, the earlier day keeps its tick.
    ctx.clock.now = datetime(2026, 11, 24, 8, 10)
    assert not any(s.done for s in day_routine(ctx, date(2026, 11, 24)).open)
    assert day_routine(ctx, TODAY).remaining("open") == len(DEFAULT_OPEN) - 1
    assert [a.target for a in audits(ctx, "routine.tick")] == ["2026-11-23:open:check_receipt_paper"]
    ctx.db.dispose()
    other.db.dispose()


def test_untick(ctx):
    tick(ctx, TODAY, "close", "tidy_card_cabinet")
    assert untick(ctx, TODAY, "close", "tidy_card_cabinet") is True
    assert untick(ctx, TODAY, "close", "tidy_card_cabinet") is False
    assert _ticks(ctx) == 0
    assert len(audits(ctx, "routine.untick")) == 1


@pytest.mark.parametrize(
    ("day", "phase", "item", "reason"),
    [
        (TODAY, "open", "no_such_item", "item"),
        (TODAY, "close", "check_receipt_paper", "item"),  # an open-phase id is not a close item
        (TODAY, "noon", "check_receipt_paper", "phase"),
        (date(2026, 11, 24), "open", "check_receipt_paper", "day"),
    ],
)
def test_tick_refusals_write_nothing(ctx, day, phase, item, reason):
    with pytest.raises(RoutineError) as info:
        tick(ctx, day, phase, item)
    assert info.value.reason == reason and info.value.message
    assert _ticks(ctx) == 0
    assert audits(ctx, "routine.tick") == []


def test_yesterdays_closing_round_may_be_ticked_next_morning(ctx):
    assert tick(ctx, date(2026, 11, 22), "close", "write_daily_report")
    assert day_routine(ctx, date(2026, 11, 22)).remaining("close") == len(DEFAULT_CLOSE) - 1


def test_clerk_may_tick_but_not_change_the_lists(ctx):
    with pytest.raises(PermissionDenied):
        save_routine(ctx, {"open": [{"id": "a", "text": "甲"}]})
    assert load_routine(ctx) == RoutineItems()


def test_save_configuration_and_keep_history_of_removed_items(ctx):
    tick(ctx, TODAY, "open", "start_queue_and_rating")
    saved = save_routine(
        as_supervisor(ctx),
        {
            "open": [
                {"id": "print_appointments", "text": "  打印今日\n预约名单 "},
                {"id": "wipe_desk", "text": "擦拭台面"},
            ],
            "close": [{"id": "check_day_cases", "text": "核对当日办结情况"}],
        },
    )
    assert saved.open[0].text == "打印今日 预约名单"
    assert load_routine(ctx) == saved
    assert tick(ctx, TODAY, "open", "wipe_desk")
    with pytest.raises(RoutineError):
        tick(ctx, TODAY, "open", "check_receipt_paper")  # no longer configured
    routine = day_routine(ctx, TODAY)
    assert [(s.id, s.done, s.configured) for s in routine.open] == [
        ("print_appointments", False, True),
        ("wipe_desk", True, True),
        ("start_queue_and_rating", True, False),
    ]
    assert routine.remaining("open") == 1
    assert untick(ctx, TODAY, "open", "start_queue_and_rating")
    assert len(audits(ctx, "settings.change")) == 1


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ({"open": [{"id": "a", "text": "甲"}, {"id": "a", "text": "乙"}]}, "重复"),
        ({"close": [{"id": "a", "text": "  "}]}, "闭窗整理第 1 项"),
        ({"open": [{"id": "Bad Id", "text": "甲"}]}, "编号"),
        ({"open": [{"id": "a"}]}, "缺少"),
        ({"open": [{"id": f"i{k}", "text": "甲"} for k in range(31)]}, "最多"),
    ],
)
def test_bad_configuration_is_refused_and_not_stored(ctx, value, words):
    with pytest.raises(SettingRefused, match=words):
        save_routine(as_supervisor(ctx), value)
    with ctx.db.read() as session:
        assert session.get(Setting, "routine") is None
    assert load_routine(ctx) == RoutineItems()


_ids = st.text(alphabet="abc_1", min_size=1, max_size=4)
_texts = st.text(max_size=8)


@given(st.lists(st.fixed_dictionaries({"id": _ids, "text": _texts}), max_size=6))
def test_items_validation_property(items):
    """Either refused with a RoutineError-ready message, or unique ids and one-line non-empty texts."""
    try:
        checked = RoutineItems.model_validate({"open": items, "close": []})
    except ValueError:
        ids = [i["id"] for i in items]
        assert len(set(ids)) < len(ids) or any(not i["text"].split() for i in items)
        return
    assert len({i.id for i in checked.open}) == len(checked.open)
    assert all(i.text and i.text == " ".join(i.text.split()) for i in checked.open)
