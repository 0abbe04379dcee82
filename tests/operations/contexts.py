"""Building blocks shared by the operations tests: a context on a settable clock, acting as someone, and cards."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import select

from counter_app.bootstrap import open_context
from counter_app.domain.card_lifecycle import CardState
from counter_app.operations.cards.accept import accept_card, move_card
from counter_app.operations.context import Actor, AppContext
from counter_app.store.models import AuditEntry
from tests.clock import Clock
from tests.id_numbers import make_id


def clocked_context(
    db_url: str, now: datetime, clerk: str = "李警官", workstation: str = "窗口1", role: str = "clerk"
) -> AppContext:
    """An AppContext on ``db_url`` acting as ``clerk`` at ``workstation``; ``ctx.clock.now`` moves its time."""
    ctx = open_context(db_url, actor=Actor(clerk=clerk, workstation=workstation, role=role))
    ctx.clock = Clock(now)
    return ctx


def as_supervisor(ctx: AppContext) -> AppContext:
    """The same context (database, clock) acting as a supervisor."""
    return replace(ctx, actor=replace(ctx.actor, role="supervisor"))


def audits(ctx: AppContext, action: str) -> list[AuditEntry]:
    with ctx.db.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)))


def arrived_card(ctx: AppContext, name: str, seq: int, phone: str | None = "13812345678", arrive: bool = True) -> str:
    """Accept an ID-card renewal for ``name`` and move it to the counter (or only into production); its number."""
    summary = accept_card(
        ctx,
        service_id="id_card_renewal",
        name=name,
        id_number=make_id(seq),
        phone=phone,
        reason="renewal",
        fee="20",
        pickup_method="counter",
    )
    states = (CardState.IN_PRODUCTION, CardState.DISPATCHED, CardState.ARRIVED)
    for state in states if arrive else states[:1]:
        move_card(ctx, summary.acceptance_no, state)
    return summary.acceptance_no


def accepted_card(ctx: AppContext, seq: int = 1, arrived: bool = False, name: str = "张三丰") -> str:
    """Accept an ID-card renewal and leave it accepted, or (``arrived``) move it to the counter; its number."""
    if arrived:
        return arrived_card(ctx, name, seq)
    return accept_card(ctx, service_id="id_card_renewal", name=name, id_number=make_id(seq), phone="13812345678",
                       reason="renewal", fee="20", pickup_method="counter").acceptance_no
