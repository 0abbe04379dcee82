"""Handing a card out at the counter (发证), safe when two counters try it at the same moment.

The case row is locked (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite write transactions are ``BEGIN
IMMEDIATE`` and already serialised) and its state re-checked inside the transaction; the version column
turns any remaining race into a StaleDataError, reported the same way.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm.exc import StaleDataError

from counter_app.domain.card_lifecycle import CardState
from counter_app.domain.id_number import parse_id_number
from counter_app.domain.pickup_rules import PickupRequirements, pickup_requirements
from counter_app.operations.cards.accept import apply_move, load_case
from counter_app.operations.cards.common import CardError, CardSummary, summarize
from counter_app.operations.context import AppContext
from counter_app.store.models import CardCase


def _collected_message(case: CardCase) -> str:
    who = case.collected_by or {}
    at = case.collected_at.strftime("%Y-%m-%d %H:%M") if case.collected_at else "未知时间"
    return (f"该证件已于 {at} 由 {who.get('clerk', '未知')}（{who.get('workstation', '未知窗口')}）"
            "办理领取，不能重复发证")


def _check_proxy(proxy: dict | None, today: date) -> dict | None:
    if proxy is None:
        return None
    name = str(proxy.get("name", "")).strip()
    relation = str(proxy.get("relation", "")).strip()
    if not name or not relation:
        raise CardError("proxy", "代领人须填写姓名和与申请人的关系")
    number = parse_id_number(str(proxy.get("id_number", "")), today=today).number
    return {"name": name, "id_number": number, "relation": relation}


def requirements_for(ctx: AppContext, acceptance_no: str) -> PickupRequirements:
    """What the hand-over of this card checks (the dialog asks only for these)."""
    with ctx.db.read() as session:
        case = load_case(session, acceptance_no)
        return pickup_requirements(case.service_id, case.reason, case.temp_card_issued)


def hand_out(
    ctx: AppContext,
    acceptance_no: str,
    *,
    proxy: dict | None,
    old_card_collected: bool,
    temp_card_returned: bool,
    card_read: str | None = None,
) -> CardSummary:
    """Record that the card was handed to the holder or a relative; only an arrived card can be handed out.

    ``card_read``: the ID number read from the collector's own card on the reader, when one was read. Then the
    reader decides who collects: the holder only when it is the holder's number, a proxy only with that number.
    """
    now = ctx.now()
    proxy_record = _check_proxy(proxy, now.date())
    if card_read and proxy_record and proxy_record["id_number"] != card_read:
        raise CardError("proxy_card", "代领人身份证号与读卡器读取的证件不一致，请重新刷代领人的身份证")
    try:
        with ctx.db.write() as session:
            case = load_case(session, acceptance_no, for_update=True)
            if case.state == CardState.COLLECTED.value:
                raise CardError("already_collected", _collected_message(case))
            if card_read and proxy_record is None and card_read != case.id_number:
                raise CardError("not_holder", "读取的身份证不是申请人本人的：本人领取须刷申请人本人的身份证，"
                                              "他人代领请选择“代领”并登记代领人")
            if case.state == CardState.ARRIVED.value:
                needs = pickup_requirements(case.service_id, case.reason, case.temp_card_issued)
                if needs.old_card and not old_card_collected:
                    raise CardError("old_card", "换领证件须先收回旧证，请收回旧证后再发证")
                if needs.temp_card and not temp_card_returned:
                    raise CardError("temp_card", "申请人办理过临时身份证，须交回临时身份证后再发证")
            place = case.storage_place
            apply_move(ctx, session, case, CardState.COLLECTED, "代领" if proxy_record else "本人领取")
            case.collected_at = now
            case.collected_by = {
                "clerk": ctx.actor.clerk, "workstation": ctx.actor.workstation, "proxy": proxy_record,
                "old_card_collected": old_card_collected, "temp_card_returned": temp_card_returned,
                "id_card_read": bool(card_read),
            }
            session.flush()
            ctx.audit(session, "card.hand_out", case.acceptance_no, storage_place=place, proxy=proxy_record is not None)
            return summarize(case)
    except StaleDataError:
        with ctx.db.read() as session:
            case = load_case(session, acceptance_no)
            raise CardError("already_collected", _collected_message(case)) from None
