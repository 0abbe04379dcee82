"""The pickup shelf: scanning arrived cards in one by one, and the printed shelf list (where each card lies)."""

from __future__ import annotations

from sqlalchemy import select

from counter_app.domain.card_lifecycle import CardState
from counter_app.domain.masking import mask_id_number, mask_name
from counter_app.operations.admin.station_letterhead import station_document
from counter_app.operations.cards.accept import move_card
from counter_app.operations.cards.common import CardSummary
from counter_app.operations.context import AppContext
from counter_app.store.models import CardCase


def receive_scanned(ctx: AppContext, scanned: str) -> CardSummary:
    """A card scanned at the counter (its 受理号 typed by the USB scanner) arrives and gets a storage place.

    The same rules as an imported dispatch list apply: only a dispatched card can arrive (a refused move raises
    with its reason), and the place comes from the configured box layout.
    """
    return move_card(ctx, "".join(scanned.split()), CardState.ARRIVED, "扫码入库")


def shelf_list_pdf(ctx: AppContext) -> bytes:
    """Every card waiting on the shelf, sorted by storage place; names and ID numbers masked."""
    import printing

    station = station_document(ctx)
    with ctx.db.read() as session:
        cases = session.scalars(
            select(CardCase).where(CardCase.state == CardState.ARRIVED.value, CardCase.storage_place.is_not(None))
        ).all()
        rows = tuple(
            printing.ShelfRow(
                storage_place=c.storage_place or "", acceptance_no=c.acceptance_no, name=mask_name(c.name),
                id_number=mask_id_number(c.id_number), arrived_on=(c.arrived_at or c.state_at).date(),
            )
            for c in cases
        )
    shelf = printing.ShelfList(title="待领取居民身份证存放清单", printed_at=ctx.now(), station=station, rows=rows)
    pdf = printing.build_shelf_list_pdf(shelf)
    with ctx.db.write() as session:
        ctx.audit(session, "print.shelf_list", "", rows=len(rows))
    return pdf
