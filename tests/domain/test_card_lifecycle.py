"""Tests for counter_app.domain.card_lifecycle (ID-card application states and transitions)."""

from __future__ import annotations

import itertools

import pytest

from counter_app.domain.card_lifecycle import (
    TRANSITIONS,
    CardState,
    IllegalTransition,
    check_transition,
    is_terminal,
    phone_answer,
)

S = CardState

# Written out independently of the module's table, from MPS2021 arts 78–87 (the card's path) and the brief.
EXPECTED_ALLOWED = {
    (S.ACCEPTED, S.AWAITING_SIGNOFF),
    (S.ACCEPTED, S.IN_PRODUCTION),
    (S.AWAITING_SIGNOFF, S.IN_PRODUCTION),
    (S.AWAITING_SIGNOFF, S.REFUSED),
    (S.REFUSED, S.ACCEPTED),
    (S.IN_PRODUCTION, S.DISPATCHED),
    (S.IN_PRODUCTION, S.DEFECTIVE),
    (S.DEFECTIVE, S.IN_PRODUCTION),
    (S.DISPATCHED, S.ARRIVED),
    (S.DISPATCHED, S.MAILED),
    (S.DISPATCHED, S.DEFECTIVE),
    (S.ARRIVED, S.COLLECTED),
    (S.ARRIVED, S.DEFECTIVE),
    (S.ARRIVED, S.RETURNED),
    (S.MAILED, S.RECEIVED),
    (S.RECEIVED, S.VERIFIED),
}


@pytest.mark.parametrize(("current", "target"), list(itertools.product(S, S)))
def test_every_pair(current: CardState, target: CardState) -> None:
    if (current, target) in EXPECTED_ALLOWED:
        check_transition(current, target)
        assert TRANSITIONS[current][target]
    else:
        with pytest.raises(IllegalTransition) as info:
            check_transition(current, target)
        assert info.value.message
        assert info.value.current is current
        assert info.value.target is target
        assert str(info.value) == info.value.message


def test_table_covers_every_state() -> None:
    assert set(TRANSITIONS) == set(S)


def test_table_is_read_only() -> None:
    with pytest.raises(TypeError):
        TRANSITIONS[S.ACCEPTED][S.COLLECTED] = "cheat"  # type: ignore[index]


@pytest.mark.parametrize(
    ("current", "target", "message"),
    [
        (S.COLLECTED, S.COLLECTED, "已领取的证件不能再次领取"),
        (S.IN_PRODUCTION, S.COLLECTED, "证件尚未到达，不能领取"),
        (S.DISPATCHED, S.COLLECTED, "证件尚未到达，不能领取"),
        (S.MAILED, S.COLLECTED, "该证件已选择邮寄，不在窗口领取；签收后请办理核验"),
        (S.IN_PRODUCTION, S.MAILED, "不能从「制证中」直接变为「已邮寄」"),
        (S.MAILED, S.VERIFIED, "证件尚未签收，不能核验"),
        (S.IN_PRODUCTION, S.ARRIVED, "证件尚未发出，不能登记到达"),
        (S.DISPATCHED, S.RETURNED, "只有已到达且未领取的证件才能退回"),
        (S.RETURNED, S.COLLECTED, "证件已退回，不能再领取"),
        (S.COLLECTED, S.ARRIVED, "「已领取」的证件办理已结束，不能再变为「已到达」"),
    ],
)
def test_messages(current: CardState, target: CardState, message: str) -> None:
    with pytest.raises(IllegalTransition) as info:
        check_transition(current, target)
    assert info.value.message == message


def test_terminal_states() -> None:
    assert {s for s in S if is_terminal(s)} == {S.COLLECTED, S.VERIFIED, S.RETURNED}


def test_next_states() -> None:
    assert tuple(TRANSITIONS[S.ACCEPTED]) == (S.AWAITING_SIGNOFF, S.IN_PRODUCTION)
    assert not TRANSITIONS[S.COLLECTED]


def test_labels() -> None:
    assert S.IN_PRODUCTION.label_zh == "制证中"
    for state in S:
        assert state.label_zh
    assert len({s.label_zh for s in S}) == len(S)


def test_values_are_plain_strings() -> None:
    assert S("in_production") is S.IN_PRODUCTION
    assert f"{S.ARRIVED}" == "arrived"


@pytest.mark.parametrize(
    ("state", "place", "day_n", "limit", "line"),
    [
        (S.ARRIVED, "A盒-037", 20, 45, "已到 · A盒-037 · 可领取"),
        (S.ARRIVED, None, 20, 45, "已到 · 可领取"),
        (S.IN_PRODUCTION, None, 12, 45, "制证中 · 第12天/限45天"),
        (S.IN_PRODUCTION, None, 50, 45, "制证中 · 第50天/限45天 · 已超期"),
        (S.ACCEPTED, None, 1, 45, "已受理 · 第1天/限45天"),
        (S.AWAITING_SIGNOFF, None, 3, 45, "待签发 · 第3天/限45天"),
        (S.DISPATCHED, None, 30, 45, "在途 · 第30天/限45天"),
        (S.DEFECTIVE, None, 30, 45, "不合格重制中 · 第30天/限45天"),
        (S.COLLECTED, "A盒-037", 20, 45, "已领取"),
        (S.REFUSED, None, 4, 45, "不予签发 · 请联系窗口"),
        (S.MAILED, None, 20, 45, "已邮寄 · 待签收"),
        (S.RECEIVED, None, 20, 45, "已签收 · 待到受理点核验"),
        (S.VERIFIED, None, 20, 45, "已邮寄并核验"),
        (S.RETURNED, None, 200, 45, "已退回县局 · 请联系窗口"),
    ],
)
def test_phone_answer(state: CardState, place: str | None, day_n: int, limit: int, line: str) -> None:
    assert phone_answer(state, storage_place=place, day_n=day_n, limit_days=limit) == line


def test_phone_answer_has_a_line_for_every_state() -> None:
    for state in S:
        assert phone_answer(state, storage_place="B-1", day_n=1, limit_days=45)
