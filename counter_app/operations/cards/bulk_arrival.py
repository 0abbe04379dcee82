"""Many cards arriving at once (a dispatch list): checked one by one, written in one statement per table.

The same rules as :func:`counter_app.operations.cards.accept.apply_move` for the move to "arrived" (the
transition table, a storage place each, a timeline event each), without an ORM flush per card: a 10,000-row
list is an ``executemany`` UPDATE and an ``executemany`` INSERT.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from sqlalchemy import bindparam, insert, text, update
from sqlalchemy.orm import Session

from counter_app.domain.card_lifecycle import CardState, IllegalTransition, check_transition
from counter_app.operations.cards.common import CardError, PlaceAllocator
from counter_app.operations.context import AppContext
from counter_app.store.models import CardCase, CaseEvent


class ListedCard(Protocol):
    """What a bulk arrival reads of a case: a :class:`CardCase` or a plain row of these columns."""

    @property
    def id(self) -> int: ...
    @property
    def acceptance_no(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def id_number(self) -> str: ...
    @property
    def state(self) -> str: ...
    @property
    def version(self) -> int: ...
    @property
    def phone(self) -> str | None: ...


# PostgreSQL: the whole batch as arrays in one statement each, instead of a round trip per card.
_PG_UPDATE = text(
    "UPDATE card_case SET state = :state, state_at = :now, arrived_at = :now, storage_place = v.place,"
    " version = card_case.version + 1"
    " FROM unnest(CAST(:ids AS integer[]), CAST(:versions AS integer[]), CAST(:places AS varchar[]))"
    " AS v(id, version, place) WHERE card_case.id = v.id AND card_case.version = v.version"
)
_PG_EVENTS = text(
    "INSERT INTO case_event (case_id, from_state, to_state, at, clerk, workstation, note)"
    " SELECT v.case_id, v.from_state, :to_state, :now, :clerk, :workstation, v.note"
    " FROM unnest(CAST(:case_ids AS integer[]), CAST(:from_states AS varchar[]), CAST(:notes AS varchar[]))"
    " AS v(case_id, from_state, note)"
)


def _write(ctx: AppContext, session: Session, updates: list[dict], events: list[dict], now: datetime) -> int:
    """Set every case arrived at its place if its version is still the one read, add the events; rows changed."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        changed = connection.execute(_PG_UPDATE, {
            "state": CardState.ARRIVED.value, "now": now, "ids": [u["b_id"] for u in updates],
            "versions": [u["b_version"] for u in updates], "places": [u["b_place"] for u in updates],
        }).rowcount
        connection.execute(_PG_EVENTS, {
            "to_state": CardState.ARRIVED.value, "now": now, "clerk": ctx.actor.clerk,
            "workstation": ctx.actor.workstation, "case_ids": [e["case_id"] for e in events],
            "from_states": [e["from_state"] for e in events], "notes": [e["note"] for e in events],
        })
        return changed
    # SQLite runs an executemany in-process at C speed.
    table = CardCase.__table__
    statement = (
        update(table)
        .where(table.c.id == bindparam("b_id"), table.c.version == bindparam("b_version"))
        .values(state=CardState.ARRIVED.value, state_at=now, arrived_at=now, storage_place=bindparam("b_place"),
                version=table.c.version + 1)
    )
    changed = connection.execute(statement, updates).rowcount
    connection.execute(insert(CaseEvent.__table__), events)
    return changed


def arrive_all(
    ctx: AppContext, session: Session, cards: Sequence[tuple[ListedCard, str]], allocator: PlaceAllocator
) -> dict[int, str]:
    """Move every (case, note) to "arrived" with a storage place; returns each case id's place.

    Raises :class:`CardError` (nothing written) if a move is not allowed or the drawers are full. A case changed
    by another counter since it was read (its version moved on) refuses the whole batch.
    """
    now = ctx.now()
    updates, events, places = [], [], {}
    for case, note in cards:
        current = CardState(case.state)
        try:
            check_transition(current, CardState.ARRIVED)
        except IllegalTransition as exc:
            raise CardError("illegal_transition", f"{case.acceptance_no}：{exc.message}") from exc
        place = allocator.next_free()
        places[case.id] = place
        updates.append({"b_id": case.id, "b_version": case.version, "b_place": place})
        events.append({"case_id": case.id, "from_state": current.value, "to_state": CardState.ARRIVED.value,
                       "at": now, "clerk": ctx.actor.clerk, "workstation": ctx.actor.workstation, "note": note})
    if not updates:
        return places
    if _write(ctx, session, updates, events, now) != len(updates):
        raise CardError("changed_meanwhile", "清单中的部分证件刚被其他窗口修改，请重新导入")
    # The columns written above are out of date in ORM copies (plain rows are not kept): expired, so a later read
    # loads them again.
    changed_columns = ["state", "state_at", "arrived_at", "storage_place", "version"]
    for case, _ in cards:
        if isinstance(case, CardCase):
            session.expire(case, changed_columns)
    return places
