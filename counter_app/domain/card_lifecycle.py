"""Life cycle of an ID-card application (居民身份证申领), as an explicit transition table
(MPS2021 arts 78–87: accepted, signed off by the county, produced, dispatched, arrived, handed out).

Main path: accepted → awaiting_signoff → in_production → dispatched → arrived → collected.

- Sign-off by the county police of the 户籍 place (≤5 days) is only needed for 异地 (out-of-area) cases
  [MPS2021 art 84]; a local office accepts and produces directly, so accepted → in_production is allowed.
- The 户籍 place may refuse (不予签发); after the data are corrected the case is accepted again.
- A defective card (不合格) can be found by the card centre, the county or the station, i.e. while in
  production, in transit or after arrival; it goes back into production [PROV].
- Mail option: the card is mailed, the holder signs for it and must then verify it with fingerprints
  at a 受理点 within 20–30 days; verified ends the case like collected.
- An uncollected card may be returned to the county after the retention period; both period and follow-up
  are local policy (no national or provincial rule was found), so returned is simply an end state here.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType


class CardState(StrEnum):
    """States of one card application; values are stored in the database, so never rename them."""

    ACCEPTED = "accepted"
    AWAITING_SIGNOFF = "awaiting_signoff"
    REFUSED = "refused"
    IN_PRODUCTION = "in_production"
    DEFECTIVE = "defective"
    DISPATCHED = "dispatched"
    ARRIVED = "arrived"
    MAILED = "mailed"
    RECEIVED = "received"
    VERIFIED = "verified"
    COLLECTED = "collected"
    RETURNED = "returned"

    @property
    def label_zh(self) -> str:
        return _LABELS[self][0]


_S = CardState

_LABELS: dict[CardState, tuple[str, str]] = {
    _S.ACCEPTED: ("已受理", "Accepted"),
    _S.AWAITING_SIGNOFF: ("待签发", "Awaiting sign-off"),
    _S.REFUSED: ("不予签发", "Refused"),
    _S.IN_PRODUCTION: ("制证中", "In production"),
    _S.DEFECTIVE: ("不合格重制", "Defective, being remade"),
    _S.DISPATCHED: ("已发出", "Dispatched"),
    _S.ARRIVED: ("已到达", "Arrived, waiting for pickup"),
    _S.MAILED: ("已邮寄", "Mailed"),
    _S.RECEIVED: ("已签收", "Received, to be verified"),
    _S.VERIFIED: ("已核验", "Verified"),
    _S.COLLECTED: ("已领取", "Collected"),
    _S.RETURNED: ("已退回", "Returned to the county"),
}

# Descriptions are Chinese because they label the action in the case history the clerk reads.
TRANSITIONS: Mapping[CardState, Mapping[CardState, str]] = MappingProxyType({
    state: MappingProxyType(targets) for state, targets in {
        _S.ACCEPTED: {
            _S.AWAITING_SIGNOFF: "异地受理，报户籍地签发",
            _S.IN_PRODUCTION: "本地受理，直接制证",
        },
        _S.AWAITING_SIGNOFF: {
            _S.IN_PRODUCTION: "户籍地已签发，转入制证",
            _S.REFUSED: "户籍地不予签发",
        },
        _S.REFUSED: {
            _S.ACCEPTED: "更正信息或重新采集后再次受理",
        },
        _S.IN_PRODUCTION: {
            _S.DISPATCHED: "制证完成，已发出",
            _S.DEFECTIVE: "制证中心发现不合格",
        },
        _S.DEFECTIVE: {
            _S.IN_PRODUCTION: "重新制证",
        },
        _S.DISPATCHED: {
            _S.ARRIVED: "证件到所，已登记",
            _S.MAILED: "已按申请人选择邮寄",
            _S.DEFECTIVE: "县局或派出所发现不合格",
        },
        _S.ARRIVED: {
            _S.COLLECTED: "本人或亲属领取",
            _S.DEFECTIVE: "派出所发现不合格",
            _S.RETURNED: "逾期未领，退回县局",
        },
        _S.MAILED: {
            _S.RECEIVED: "申请人已签收",
        },
        _S.RECEIVED: {
            _S.VERIFIED: "申请人到受理点核验",
        },
        _S.VERIFIED: {},
        _S.COLLECTED: {},
        _S.RETURNED: {},
    }.items()
})

_NOT_ARRIVED = frozenset({_S.ACCEPTED, _S.AWAITING_SIGNOFF, _S.IN_PRODUCTION, _S.DEFECTIVE, _S.DISPATCHED})
# States in which the card-centre clock is running, so "day n of limit" is what the caller wants to hear.
_IN_PROGRESS = _NOT_ARRIVED


class IllegalTransition(Exception):
    """A state change the table does not allow; ``message`` tells the clerk why."""

    def __init__(self, current: CardState, target: CardState, message: str) -> None:
        super().__init__(message)
        self.current = current
        self.target = target
        self.message = message

    def __str__(self) -> str:
        return self.message


def is_terminal(state: CardState) -> bool:
    """True when nothing can follow (collected, verified, returned)."""
    return not TRANSITIONS[state]


def _reason(current: CardState, target: CardState) -> str:
    if current is target:
        if current is _S.COLLECTED:
            return "已领取的证件不能再次领取"
        return f"证件已是「{current.label_zh}」状态"
    if is_terminal(current):
        if target is _S.COLLECTED:
            return f"证件{current.label_zh}，不能再领取"
        return f"「{current.label_zh}」的证件办理已结束，不能再变为「{target.label_zh}」"
    if target is _S.COLLECTED:
        if current in _NOT_ARRIVED:
            return "证件尚未到达，不能领取"
        if current in (_S.MAILED, _S.RECEIVED):
            return "该证件已选择邮寄，不在窗口领取；签收后请办理核验"
        if current is _S.REFUSED:
            return "户籍地不予签发，没有可领取的证件"
    if target is _S.VERIFIED:
        return "证件尚未签收，不能核验" if current is _S.MAILED else "只有邮寄并已签收的证件才需要核验"
    if target is _S.ARRIVED and current in _NOT_ARRIVED:
        return "证件尚未发出，不能登记到达"
    if target is _S.RETURNED:
        return "只有已到达且未领取的证件才能退回"
    return f"不能从「{current.label_zh}」直接变为「{target.label_zh}」"


def check_transition(current: CardState, target: CardState) -> None:
    """Raise :class:`IllegalTransition` unless the table allows ``current`` → ``target``."""
    if target not in TRANSITIONS[current]:
        raise IllegalTransition(current, target, _reason(current, target))


def phone_answer(state: CardState, *, storage_place: str | None, day_n: int, limit_days: int) -> str:
    """The one line a clerk reads out when someone phones to ask "is my card back yet?".

    ``day_n`` is the day count since the application (第 n 天) and ``limit_days`` the day the promised date
    falls on, counted the same way (the receipt's 预计领取日期); they are only read out while the card is still
    on its way.
    """
    if state is _S.ARRIVED:
        return f"已到 · {storage_place} · 可领取" if storage_place else "已到 · 可领取"
    if state in _IN_PROGRESS:
        label = {_S.DISPATCHED: "在途", _S.DEFECTIVE: "不合格重制中"}.get(state, state.label_zh)
        line = f"{label} · 第{day_n}天/限{limit_days}天"
        return line + " · 已超期" if day_n > limit_days else line
    return {
        _S.REFUSED: "不予签发 · 请联系窗口",
        _S.MAILED: "已邮寄 · 待签收",
        _S.RECEIVED: "已签收 · 待到受理点核验",
        _S.VERIFIED: "已邮寄并核验",
        _S.COLLECTED: "已领取",
        _S.RETURNED: "已退回县局 · 请联系窗口",
    }[state]
