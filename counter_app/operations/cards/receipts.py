"""The ID-card receipt (《居民身份证领取凭证》) of an accepted case, built lazily from the stored case."""

from __future__ import annotations

from typing import TYPE_CHECKING

from counter_app.domain.card_lifecycle import CardState
from counter_app.domain.card_terms import card_validity
from counter_app.domain.permissions import PERMISSION_LABELS, Permission, has_permission
from counter_app.domain.pickup_rules import PROXY_ID, pickup_requirements
from counter_app.operations.admin.station_letterhead import station_document
from counter_app.operations.cards.accept import load_case
from counter_app.operations.cards.common import CardError
from counter_app.operations.context import AppContext
from counter_app.store.models import CardCase

if TYPE_CHECKING:
    import printing

REASON_LABELS: dict[str, str] = {
    "first": "首次申领",
    "renewal": "到期换领",
    "expired": "到期换领",
    "lost": "丢失补领",
    "damaged": "损坏换领",
    "changed": "项目变更换领",
    "change": "项目变更换领",
}
PICKUP_LABELS: dict[str, str] = {"counter": "窗口领取", "mail": "邮寄"}
BEYOND_CALENDAR_NOTE = "超出已知节假日安排，日期可能调整"
# Cases no holder will collect again: their receipt serves nobody at the counter any more.
FINISHED_STATES = frozenset({CardState.COLLECTED, CardState.RETURNED, CardState.REFUSED})


def pickup_rules(case: CardCase) -> tuple[str, ...]:
    """The receipt's 领取须知: the hand-over's own requirements (domain.pickup_rules), said to the holder."""
    needs = pickup_requirements(case.service_id, case.reason, case.temp_card_issued)
    rules = ["本人领取须核验指纹", f"亲属代领须持{PROXY_ID}及本凭证"]
    if needs.old_card:
        rules.append("换领须交回原证")
    if needs.temp_card:
        rules.append("领取时交回临时居民身份证")
    return tuple(rules)


def _fee_text(case: CardCase) -> str:
    fee = case.fee
    if not fee:
        return "不收费"
    text = f"{float(fee):.2f}".rstrip("0").rstrip(".")
    return f"{text}元" + (f"（{case.fee_note}）" if case.fee_note else "")


def _validity(ctx: AppContext, case: CardCase) -> str:
    try:
        service = ctx.catalog.get(case.service_id)
    except KeyError:  # a service since removed from the catalog: the receipt still prints, without the band
        return ""
    return card_validity(service, case.id_number, case.accepted_at.date())


def _receipt(ctx: AppContext, case: CardCase, station: printing.Station) -> printing.Receipt:
    import printing

    return printing.Receipt(
        acceptance_no=case.acceptance_no,
        applicant_name=case.name,
        id_number=case.id_number,
        service_name=case.service_name,
        reason=REASON_LABELS.get(case.reason, case.reason),
        pickup_method=PICKUP_LABELS.get(case.pickup_method, case.pickup_method),
        accepted_at=case.accepted_at,
        promised_date=case.promised_date,
        fee_text=_fee_text(case),
        clerk_name=case.clerk,
        station=station,
        pickup_rules=pickup_rules(case),
        promised_date_note=BEYOND_CALENDAR_NOTE if case.promised_beyond_calendar else "",
        validity=_validity(ctx, case),
    )


def receipt_for(ctx: AppContext, acceptance_no: str) -> printing.Receipt:
    """The receipt of one case; raises CardError("not_found") for an unknown 受理号."""
    station = station_document(ctx)
    with ctx.db.read() as session:
        return _receipt(ctx, load_case(session, acceptance_no), station)


def print_receipt(ctx: AppContext, acceptance_no: str, layout: str = "roll80") -> bytes:
    """The receipt as PDF, printed at acceptance; audited as ``print.receipt``."""
    import printing

    receipt = receipt_for(ctx, acceptance_no)
    pdf = printing.build_receipt_pdf(receipt, layout=layout)
    with ctx.db.write() as session:
        ctx.audit(session, "print.receipt", receipt.acceptance_no, layout=layout)
    return pdf


def reprint_receipt(ctx: AppContext, acceptance_no: str, layout: str = "roll80") -> bytes:
    """The receipt printed again (the holder lost it); audited as ``print.receipt_reprint``.

    The receipt carries the full ID number, so it is a way to a full number: a clerk may reprint it only while
    the card still waits to be collected (the holder needs it to collect); once a case is finished, only who
    may unmask personal data may print it.
    """
    import printing

    station = station_document(ctx)
    with ctx.db.write() as session:
        case = load_case(session, acceptance_no)
        if CardState(case.state) in FINISHED_STATES and not has_permission(
            ctx.actor.role, Permission.UNMASK_PERSONAL_DATA
        ):
            raise CardError(
                "reprint_finished",
                f"证件 {case.acceptance_no} 已{CardState(case.state).label_zh}，领取凭证不再补打"
                f"（含完整证件号码，需{PERMISSION_LABELS[Permission.UNMASK_PERSONAL_DATA]}权限）",
            )
        pdf = printing.build_receipt_pdf(_receipt(ctx, case, station), layout=layout)
        ctx.audit(session, "print.receipt_reprint", case.acceptance_no, layout=layout, state=case.state)
    return pdf
