"""Accepting an ID-card application and moving it through its life cycle."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.acceptance_number import format_acceptance_number, normalize_acceptance_text
from counter_app.domain.card_lifecycle import CardState, IllegalTransition, check_transition
from counter_app.domain.card_terms import card_promise
from counter_app.domain.id_number import parse_id_number
from counter_app.domain.minors import clean_guardian_note, guardian_rule
from counter_app.domain.phone_numbers import phone_digits
from counter_app.domain.search_keys import search_keys
from counter_app.domain.service_case import Outcome
from counter_app.domain.settings_registry import OFFICE_HOURS, STATION
from counter_app.operations.admin.station import load_station
from counter_app.operations.admin.station_calendar import working_calendar
from counter_app.operations.cards.common import CardError, CardSummary, PlaceAllocator, summarize
from counter_app.operations.context import AppContext
from counter_app.operations.day.service_cases import case_audit, case_values, new_service_case
from counter_app.operations.follow_ups.hooks import close_chase, follow_up_for_defective_card
from counter_app.operations.settings import settings_in
from counter_app.store.card_rows import insert_new_case
from counter_app.store.models import CardCase, CaseEvent, ServiceCase
from counter_app.store.sequences import next_in_sequence, take_ahead

PICKUP_METHODS = ("counter", "mail")


def accept_card(
    ctx: AppContext,
    *,
    service_id: str,
    name: str,
    id_number: str,
    phone: str | None,
    reason: str,
    fee: Decimal | float | str,
    pickup_method: str,
    temp_card: bool = False,
    started_at: datetime | None = None,
    channel: str = "regular",
    booking_id: int | None = None,
    guardian_contact: str | None = None,
) -> CardSummary:
    """Record an accepted application with its 受理号, promised date, first timeline event and search keys.

    A 16–17-year-old's case needs ``guardian_contact``: whether the guardian was reached, or why not.

    The same transaction logs the counter case (办件) that served it, from ``started_at`` (when the clerk began
    serving this applicant) to now, so after-hours service is flagged without anyone typing it.

    Every counter accepting today numbers from the same row, so the number is taken when nothing can refuse the
    acceptance any more, and on PostgreSQL in a short transaction of its own (``store/sequences.py``): a failure
    of the database after that leaves a gap in the day's numbers, never a duplicate.
    """
    name = name.strip()
    if not name:
        raise CardError("name", "请输入申请人姓名")
    if pickup_method not in PICKUP_METHODS:
        raise CardError("pickup_method", f"领取方式应为窗口领取或邮寄，当前为「{pickup_method}」")
    now = ctx.now()
    today = now.date()
    parsed = parse_id_number(id_number, today=today)
    number = parsed.number
    guardian_note = None
    if guardian_rule(parsed.birth_date, today) == "check_with_guardian":
        try:
            guardian_note = clean_guardian_note(guardian_contact)
        except ValueError as exc:
            raise CardError("guardian_contact", str(exc)) from None
    try:
        service = ctx.catalog.get(service_id)
    except KeyError:
        raise CardError("service", f"未知的业务「{service_id}」") from None
    amount = Decimal(str(fee))
    digits = phone_digits(phone)
    keys = sorted(search_keys(name))
    with ctx.db.autocommit() as connection:
        station, hours = settings_in(connection, STATION, OFFICE_HOURS)
        served = new_service_case(
            ctx, hours, service_id=service_id, service_name=service.name, applicant_name=name, id_number=number,
            phone=digits, started_at=started_at, outcome=Outcome.ACCEPTED, channel=channel, booking_id=booking_id,
        )
        due, _ = card_promise(service, today, working_calendar(), station.card_promise_days)
        prefix = station.office_code + station.station_code
        taken = take_ahead(connection, prefix, today)
        with ctx.db.write(on=connection) as session:
            seq = taken if taken is not None else next_in_sequence(session, prefix, today)
            case = dict(
                acceptance_no=format_acceptance_number(station.office_code, station.station_code, today, seq),
                service_id=service_id, service_name=service.name, name=name, id_number=number,
                id_rev=number[::-1], phone=digits, phone_rev=digits[::-1] if digits else None, reason=reason,
                fee=amount, pickup_method=pickup_method, accepted_at=now, limit_days=station.card_limit_days,
                promised_date=due.date, promised_beyond_calendar=due.beyond_known_calendar,
                state=CardState.ACCEPTED.value, state_at=now, temp_card_issued=temp_card,
                guardian_contact=guardian_note, clerk=ctx.actor.clerk, workstation=ctx.actor.workstation,
            )
            _write_acceptance(ctx, session, case, served, keys)
    return CardSummary(
        acceptance_no=case["acceptance_no"], name=name, service_name=service.name, state=CardState.ACCEPTED,
        accepted_at=now, promised_date=due.date, promised_beyond_calendar=due.beyond_known_calendar,
        limit_days=station.card_limit_days, storage_place=None,
    )


def _write_acceptance(
    ctx: AppContext, session: Session, case: dict[str, Any], served: ServiceCase, keys: list[str]
) -> None:
    """The case's rows (plain INSERTs: nothing reads them back in this session, so the unit of work has nothing
    to do) and the audit entries of the service case and of the acceptance."""
    event = dict(from_state=None, to_state=CardState.ACCEPTED.value, at=case["accepted_at"], clerk=case["clerk"],
                 workstation=case["workstation"], note="受理")
    written = insert_new_case(session, case, event, keys, case_values(served), audit_entries=2)
    served.card_case_id, served.id = written.case_id, written.served_id
    guardian = {"guardian_checked": True} if case["guardian_contact"] else {}
    ctx.audit_all(session, [
        case_audit(served),
        ("card.accept", case["acceptance_no"], {"service_id": case["service_id"], **guardian}),
    ], written.audit_ids)


def load_case(session: Session, acceptance_no: str, *, for_update: bool = False) -> CardCase:
    # Folded like every typed number: a scanner, a receipt read out in groups, full-width digits.
    statement = select(CardCase).where(CardCase.acceptance_no == normalize_acceptance_text(acceptance_no))
    if for_update:
        statement = statement.with_for_update()
    case = session.scalars(statement).one_or_none()
    if case is None:
        raise CardError("not_found", f"没有受理号为 {acceptance_no.strip()} 的证件")
    return case


def apply_move(ctx: AppContext, session: Session, case: CardCase, target: CardState, note: str,
               allocator: PlaceAllocator | None = None) -> None:
    """Check and apply one state change inside the caller's transaction (no audit entry)."""
    current = CardState(case.state)
    try:
        check_transition(current, target)
    except IllegalTransition as exc:
        raise CardError("illegal_transition", exc.message) from exc
    now = ctx.now()
    case.state = target.value
    case.state_at = now
    if target is CardState.ARRIVED:
        case.arrived_at = now
    elif current is CardState.ARRIVED:
        case.storage_place = None
    session.add(CaseEvent(case_id=case.id, from_state=current.value, to_state=target.value, at=now,
                          clerk=ctx.actor.clerk, workstation=ctx.actor.workstation, note=note))
    if target is CardState.ARRIVED:
        (allocator or PlaceAllocator(session, load_station(ctx))).assign(case)
    elif target is CardState.DEFECTIVE:
        # A defective card must be remade; the notebook keeps it from being forgotten.
        follow_up_for_defective_card(ctx, session, case)
    if current is CardState.ARRIVED and target is not CardState.ARRIVED:
        close_chase(ctx, session, case)


def move_card(ctx: AppContext, acceptance_no: str, target_state: CardState | str, note: str = "") -> CardSummary:
    """Move a card to ``target_state`` if the life cycle allows it; arriving cards get a storage place."""
    target = CardState(target_state)
    if target is CardState.COLLECTED:
        raise CardError("use_hand_out", "领取证件请使用发证功能登记领取人")
    station = load_station(ctx)
    with ctx.db.write() as session:
        case = load_case(session, acceptance_no, for_update=True)
        allocator = PlaceAllocator(session, station) if target is CardState.ARRIVED else None
        before = case.state
        apply_move(ctx, session, case, target, note, allocator)
        ctx.audit(session, "card.move", case.acceptance_no, from_state=before, to_state=target.value)
        return summarize(case)
