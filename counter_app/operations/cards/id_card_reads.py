"""What the counter does with a card read on the ID-card reader: every read audited (masked), the holder check."""

from __future__ import annotations

from sqlalchemy import select

from counter_app.domain.id_card import IdCardData
from counter_app.operations.cards.common import CardError
from counter_app.operations.context import AppContext
from counter_app.store.models import CardCase

PURPOSES = frozenset({"guide", "lookup", "hand_out", "check"})


def record_card_read(ctx: AppContext, card: IdCardData, purpose: str) -> None:
    """Audit one read: whose card (masked by the audit itself), for what, and whether it had expired."""
    if purpose not in PURPOSES:
        raise ValueError(f"unknown purpose {purpose!r}")
    with ctx.db.write() as session:
        ctx.audit(session, "id_card.read", card.id_number, purpose=purpose, expired=card.expired(ctx.now().date()))


def is_holder(ctx: AppContext, acceptance_no: str, id_number: str) -> bool:
    """Whether ``id_number`` is that case's applicant, without handing the stored number to the caller."""
    with ctx.db.read() as session:
        stored = session.scalar(select(CardCase.id_number).where(CardCase.acceptance_no == acceptance_no.strip()))
    if stored is None:
        raise CardError("not_found", f"没有受理号为 {acceptance_no} 的证件")
    return stored == id_number
