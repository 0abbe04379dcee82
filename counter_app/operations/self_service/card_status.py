"""证件进度查询: a resident asks about their own card with the 受理号 and the last 4 characters of the ID number.

The answer says what the card's state means for the resident, by when it is promised and, once it is at the
station, where and when to collect it and what to bring. It never carries the name, the ID number, the phone or
the storage place. A wrong pair and an unknown number get the same ``None`` (the page shows one neutral
sentence), so the form cannot be used to learn whether a number exists. Every query, answered or not, is audited
with the client's masked address; the typed last 4 are never stored.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from counter_app.domain.acceptance_number import InvalidAcceptanceNumber, parse_acceptance_number
from counter_app.domain.card_lifecycle import CardState
from counter_app.domain.errors import DomainError
from counter_app.domain.permissions import Permission, require
from counter_app.domain.settings_registry import STATION
from counter_app.domain.station_settings import StationSettings
from counter_app.domain.typed_numbers import fold_number
from counter_app.operations.cards.receipts import pickup_rules
from counter_app.operations.context import AppContext
from counter_app.operations.day.office_hours import office_hours_in
from counter_app.operations.self_service.station_info import office_hours_lines
from counter_app.operations.settings import setting_in
from counter_app.store.models import CardCase

_IN_PROGRESS = frozenset({
    CardState.ACCEPTED, CardState.AWAITING_SIGNOFF, CardState.IN_PRODUCTION, CardState.DEFECTIVE,
    CardState.DISPATCHED,
})


class StatusQueryError(DomainError):
    """The typed values cannot be a 受理号 / last 4 at all (told at once: it reveals nothing about any card)."""


@dataclass(frozen=True)
class CollectInfo:
    """Where and when to collect an arrived card, and what to bring (领取地点、时间、所需材料)."""

    place: str
    address: str
    hours: str
    phone: str
    bring: tuple[str, ...]


@dataclass(frozen=True)
class ResidentCardStatus:
    state: str
    state_label: str
    promised_date: date
    message: str
    collect: CollectInfo | None


def parse_last4(text: str) -> str:
    """The last 4 characters of an ID number: digits, the last one may be X (typed in either case)."""
    cleaned = fold_number(text or "").text.upper()  # as every typed number: full-width, spaces, invisibles
    well_formed = len(cleaned) == 4 and cleaned.isascii() and cleaned[:3].isdigit()
    if not well_formed or not (cleaned[3].isdigit() or cleaned[3] == "X"):
        raise StatusQueryError("id_last4", "请输入身份证号码的后4位（数字，最后一位可能是X）")
    return cleaned


def _message(state: CardState, promised: date, station: StationSettings) -> str:
    if state is CardState.ARRIVED:
        return "您的证件已到派出所，可以领取。"
    if state in _IN_PROGRESS:
        return f"您的证件正在办理中（{state.label_zh}），承诺于 {promised:%Y年%m月%d日} 前可领取；到达后我们会通知您。"
    return {
        CardState.REFUSED: f"您的申请暂未获签发，请携带领取凭证到窗口或致电 {station.phone} 咨询。",
        CardState.MAILED: "您的证件已邮寄，请留意签收；签收后请到受理点核验。",
        CardState.RECEIVED: "您已签收证件，请尽快携带证件到受理点核验指纹。",
        CardState.VERIFIED: "您的证件已邮寄并核验，办理完毕。",
        CardState.COLLECTED: "您的证件已领取，办理完毕。",
        CardState.RETURNED: f"您的证件因逾期未领已退回，请致电 {station.phone} 咨询。",
    }[state]


def card_status(ctx: AppContext, acceptance_no: str, id_last4: str) -> ResidentCardStatus | None:
    """The resident's view of one card, or None when the pair does not match a card (whichever part is wrong)."""
    require(ctx.actor, Permission.WEB_CARD_STATUS)
    try:
        number = parse_acceptance_number(acceptance_no)
    except InvalidAcceptanceNumber as exc:
        raise StatusQueryError("acceptance_no", exc.message) from None
    last4 = parse_last4(id_last4)
    no = f"{number.office_code}{number.station_code}{number.day:%Y%m%d}{number.seq:05d}"
    # One transaction for the card, the audit entry and (only for a match) the station's details: this is the
    # page's busiest door, and every extra round trip shows in its latency (bench/bench_web.py).
    with ctx.db.write() as session:
        # Only the columns the answer needs: the web's database role may read no others (store/web_role.py).
        case = session.execute(
            select(CardCase.id_number, CardCase.state, CardCase.promised_date, CardCase.reason, CardCase.service_id,
                   CardCase.temp_card_issued).where(CardCase.acceptance_no == no)
        ).one_or_none()
        # compare_digest: the time taken does not tell which characters of the last 4 were right.
        matched = case is not None and hmac.compare_digest(case.id_number[-4:].upper(), last4)
        ctx.audit(session, "web.card_status", no, answered=matched)
        if not matched:
            return None
        state = CardState(case.state)
        station = setting_in(session, STATION)
        collect = None
        if state is CardState.ARRIVED:
            # The receipt's own rules (a row with the columns pickup_rules reads), reworded where they say "this slip".
            bring = ("居民身份证领取凭证", *(rule.replace("本凭证", "领取凭证") for rule in pickup_rules(case)))
            hours = "；".join(office_hours_lines(office_hours_in(session)))
            collect = CollectInfo(place=station.name, address=station.address, phone=station.phone,
                                  hours=hours, bring=bring)
        return ResidentCardStatus(state=state.value, state_label=state.label_zh, promised_date=case.promised_date,
                                  message=_message(state, case.promised_date, station), collect=collect)
