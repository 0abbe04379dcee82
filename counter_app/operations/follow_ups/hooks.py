"""Follow-ups created by events (待办自动生成), inside the caller's transaction, and the uncollected-card sweep.

An automatic follow-up carries its source (``source_ref``), and the unique (kind, source_ref) constraint makes every
hook and the sweep idempotent: they insert with ``ON CONFLICT DO NOTHING``, which, unlike catching an IntegrityError,
leaves the caller's PostgreSQL transaction usable.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Date, DateTime, String, and_, literal, or_, select
from sqlalchemy.orm import Session

from counter_app.domain.card_lifecycle import CardState
from counter_app.domain.masking import mask_numbers_in_text
from counter_app.operations.admin.follow_up_settings import settings_in_session
from counter_app.operations.admin.station_calendar import working_calendar
from counter_app.operations.context import AppContext
from counter_app.operations.follow_ups.notebook import NAME_MAX, TITLE_MAX, FollowUpKind
from counter_app.store.models import CardCase, FollowUp, Notice, ServiceCase
from counter_app.store.upserts import dialect_insert

# Who closes a follow-up that the sweep found settled (the card left the shelf); not a clerk's name.
AUTO_CLOSER = "系统自动"


def _insert_ignoring_duplicate(session: Session, table: Any, values: dict[str, Any] | Any) -> list[int]:
    """Insert one row (a dict) or a SELECT's rows; those whose (kind, source_ref) exists are skipped."""
    if isinstance(values, dict):
        statement = dialect_insert(session, table).values(**values)
    else:
        statement = dialect_insert(session, table).from_select(list(values.selected_columns.keys()), values)
    statement = statement.on_conflict_do_nothing(index_elements=["kind", "source_ref"]).returning(table.c.id)
    return list(session.execute(statement).scalars())


def _automatic(
    ctx: AppContext,
    session: Session,
    kind: FollowUpKind,
    source: str,
    source_ref: str,
    title: str,
    due: date,
    name: str,
    phone: str | None,
) -> int | None:
    values = dict(
        kind=kind.value,
        title=title[:TITLE_MAX],
        applicant_name=name[:NAME_MAX],
        phone=phone,
        due=due,
        source=source,
        source_ref=source_ref,
        created_at=ctx.now(),
        created_by=ctx.actor.clerk,
        done_note="",
    )
    created = _insert_ignoring_duplicate(session, FollowUp.__table__, values)
    if not created:
        return None
    ctx.audit(session, "follow_up.add", str(created[0]), kind=kind.value, source_ref=source_ref)
    return created[0]


def _next_working_day(start: date) -> date:
    return working_calendar().add_working_days(start, 1).date


def follow_up_for_notice(ctx: AppContext, session: Session, notice: Notice) -> int | None:
    """Await the materials listed as missing on a one-time notice; None if nothing is missing or already noted."""
    if not notice.missing:
        return None
    days = settings_in_session(session).await_materials_days
    due = working_calendar().add_working_days(notice.created_at.date(), days).date
    names = "、".join(str(m.get("name", m)) if isinstance(m, dict) else str(m) for m in notice.missing)
    title = f"待补材料：{notice.service_name}（缺 {len(notice.missing)} 项：{names}）"
    return _automatic(
        ctx,
        session,
        FollowUpKind.AWAIT_MATERIALS,
        "notice",
        f"notice:{notice.notice_no}",
        title,
        due,
        notice.applicant_name,
        notice.phone,
    )


def follow_up_for_defective_card(ctx: AppContext, session: Session, case_row: CardCase) -> int | None:
    """Follow a card found defective (不合格) until it is remade; due the next working day."""
    title = f"证件不合格需重制：{case_row.service_name}（受理号 {case_row.acceptance_no}）"
    return _automatic(
        ctx,
        session,
        FollowUpKind.REMAKE_CARD,
        "card",
        f"card:{case_row.acceptance_no}:defective",
        title,
        _next_working_day(ctx.now().date()),
        case_row.name,
        case_row.phone,
    )


def follow_up_for_unfinished_case(ctx: AppContext, session: Session, service_case: ServiceCase) -> int | None:
    """A same-day case closed as not done (当日事当日办 missed): pick it up the next working day."""
    if service_case.id is None:
        session.flush()
    reason = " ".join(service_case.not_done_reason.split())
    title = f"当日未办结：{service_case.service_name}" + (f"（{reason}）" if reason else "")
    return _automatic(
        ctx,
        session,
        FollowUpKind.UNFINISHED_SAME_DAY,
        "same_day",
        f"case:{service_case.id}",
        title,
        _next_working_day(service_case.day),
        service_case.applicant_name,
        service_case.phone,
    )


def follow_up_for_arrival_problem(
    ctx: AppContext, session: Session, *, filename: str, digest: str, line: int, acceptance_no: str | None,
    name: str, problem: str, phone: str | None,
) -> int | None:
    """A dispatch-list row committed around (``--accept-partial``): the card is physically here but not recorded as
    arrived, so it must not be forgotten. Due today; one per file (by SHA-256) and row, so importing the same file
    again adds nothing."""
    shown = " ".join(filename.split())[:40]
    title = mask_numbers_in_text(f"到证清单问题：受理号 {acceptance_no or '（无）'}，{shown} 第{line}行：{problem}")
    return _automatic(
        ctx,
        session,
        FollowUpKind.ARRIVAL_PROBLEM,
        "arrivals",
        f"arrivals:{digest[:16]}:{line}",
        title,
        ctx.now().date(),
        name,
        phone,
    )


def sweep_uncollected(ctx: AppContext) -> int:
    """Note every arrived card waiting at least ``uncollected_after_days`` (one set-based insert, idempotent), and
    close open chase notes whose card has left the shelf; returns the number of follow-ups created."""
    now = ctx.now()
    today = now.date()
    with ctx.db.write() as session:
        days = settings_in_session(session).uncollected_after_days
        # Arrived on or before today - days  <=>  arrived before the start of day (today - days + 1).
        cutoff = datetime.combine(today - timedelta(days=days - 1), time.min)
        waiting_long = or_(
            CardCase.arrived_at < cutoff, and_(CardCase.arrived_at.is_(None), CardCase.state_at < cutoff)
        )
        source = select(
            literal(FollowUpKind.UNCOLLECTED_CARD.value, String).label("kind"),
            (literal("催领身份证（受理号 ", String) + CardCase.acceptance_no + literal("）", String)).label("title"),
            CardCase.name.label("applicant_name"),
            CardCase.phone.label("phone"),
            literal(today, Date).label("due"),
            literal("card", String).label("source"),
            (literal("card:", String) + CardCase.acceptance_no + literal(":uncollected", String)).label("source_ref"),
            literal(now, DateTime).label("created_at"),
            literal(ctx.actor.clerk, String).label("created_by"),
            literal("", String).label("done_note"),
        ).where(CardCase.state == CardState.ARRIVED.value, waiting_long)
        created = _insert_ignoring_duplicate(session, FollowUp.__table__, source)
        closed = _close_settled_chases(session, now)
        if created or closed:
            ctx.audit(
                session,
                "follow_up.sweep",
                FollowUpKind.UNCOLLECTED_CARD.value,
                created=len(created),
                closed=closed,
                after_days=days,
            )
        return len(created)


def close_chase(ctx: AppContext, session: Session, case_row: CardCase) -> int | None:
    """The card left the shelf (handed out, returned, found defective): tick its open chase note (催领) in the same
    transaction, so no counter sees "chase this applicant" for a card already gone; the id ticked, or None."""
    row = session.scalars(
        select(FollowUp)
        .where(
            FollowUp.kind == FollowUpKind.UNCOLLECTED_CARD.value,
            FollowUp.source_ref == f"card:{case_row.acceptance_no}:uncollected",
            FollowUp.done_at.is_(None),
        )
        .with_for_update()
    ).one_or_none()
    if row is None:
        return None
    row.done_at, row.done_by = ctx.now(), AUTO_CLOSER
    row.done_note = f"证件已不在待领状态（{CardState(case_row.state).label_zh}），自动办结"
    ctx.audit(session, "follow_up.tick", str(row.id), kind=row.kind, automatic=True)
    return row.id


def _close_settled_chases(session: Session, now: datetime) -> int:
    """Tick open chase notes whose card is no longer waiting (collected, returned, found defective...)."""
    open_chases = list(
        session.scalars(
            select(FollowUp)
            .where(
                FollowUp.kind == FollowUpKind.UNCOLLECTED_CARD.value,
                FollowUp.done_at.is_(None),
                FollowUp.source_ref.is_not(None),
            )
            .with_for_update()
        )
    )
    if not open_chases:
        return 0
    by_number = {row.source_ref.split(":")[1]: row for row in open_chases if row.source_ref.count(":") == 2}
    found = session.execute(
        select(CardCase.acceptance_no, CardCase.state).where(CardCase.acceptance_no.in_(list(by_number)))
    )
    states = {number: state for number, state in found}
    closed = 0
    for number, row in by_number.items():
        state = states.get(number)
        if state == CardState.ARRIVED.value:
            continue
        shown = CardState(state).label_zh if state else "已删除"
        row.done_at, row.done_by = now, AUTO_CLOSER
        row.done_note = f"证件已不在待领状态（{shown}），自动办结"
        closed += 1
    return closed
