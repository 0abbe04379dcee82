"""An accepted card's rows — the case, its first timeline event, its search keys, the service case (办件) that
served it — written in one go.

On PostgreSQL the four INSERTs are one statement (data-modifying CTEs), which also takes the ids of the audit
entries that follow (``audit_append.LOCKED_IDS``): an acceptance waits for the server once instead of five times,
each wait a chance to lose the CPU to another counter (issue 15). SQLite writes the rows one by one.
"""

from __future__ import annotations

from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import ARRAY, String, bindparam, func, insert, select, true
from sqlalchemy.orm import Session
from sqlalchemy.sql import Executable

from counter_app.store.audit_append import LOCKED_IDS, ids_parameters
from counter_app.store.models import CardCase, CaseEvent, SearchKey, ServiceCase

_CARDS, _EVENTS, _KEYS, _SERVED = CardCase.__table__, CaseEvent.__table__, SearchKey.__table__, ServiceCase.__table__
# The model's defaults, given as values: an INSERT inside a CTE gets no defaults filled in by SQLAlchemy (the event
# and the service case come with all their values).
_CASE_DEFAULTS = {column.key: column.default.arg for column in _CARDS.c
                  if column.default is not None and column.default.is_scalar}


class NewCase(NamedTuple):
    case_id: int
    served_id: int
    audit_ids: list[int] | None  # None: to be taken by append_all (SQLite)


def insert_new_case(
    session: Session, case: dict[str, Any], event: dict[str, Any], keys: list[str], served: dict[str, Any],
    audit_entries: int,
) -> NewCase:
    """Insert ``case`` (column values; the model's defaults fill the rest), its first ``event`` and the service
    case ``served`` (both without the case's id) and its search ``keys`` (at the case's acceptance time); the ids
    of the new case, of the service case and, on PostgreSQL, of the ``audit_entries`` entries of the case's
    workstation that follow in this transaction."""
    case = {**_CASE_DEFAULTS, **case}
    served = {key: value for key, value in served.items() if key != "card_case_id"}
    if session.get_bind().dialect.name == "postgresql":
        # A column left out is NULL (no default is filled in a CTE, see above): leaving out the NULLs keeps the
        # statement under 50 parameters, beyond which psycopg parses it again at every execution.
        case, event, served = (_given(values) for values in (case, event, served))
        parameters = {**case, **_prefixed("event_", event), **_prefixed("served_", served), "keys": keys,
                      **ids_parameters(case["workstation"], audit_entries)}
        return NewCase(*session.execute(_pg_statement(tuple(case), tuple(event), tuple(served)), parameters).one())
    case_id = session.execute(insert(_CARDS).returning(_CARDS.c.id), case).scalar_one()
    session.execute(insert(_EVENTS), {**event, "case_id": case_id})
    if keys:
        session.execute(insert(_KEYS), [{"key": key, "accepted_at": case["accepted_at"], "case_id": case_id}
                                        for key in keys])
    served_id = session.execute(insert(_SERVED).returning(_SERVED.c.id), {**served, "card_case_id": case_id})
    return NewCase(case_id, served_id.scalar_one(), None)


def _given(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


def _prefixed(prefix: str, values: dict[str, Any]) -> dict[str, Any]:
    return {prefix + key: value for key, value in values.items()}


@cache  # one statement per set of columns given (an acceptance always gives the same sets)
def _pg_statement(case: tuple[str, ...], event: tuple[str, ...], served: tuple[str, ...]) -> Executable:
    new_case = (insert(_CARDS).values({name: bindparam(name, type_=_CARDS.c[name].type) for name in case})
                .returning(_CARDS.c.id, _CARDS.c.accepted_at).cte("new_case"))
    new_event = insert(_EVENTS).from_select(
        ["case_id", *event], select(new_case.c.id, *_binds("event_", _EVENTS, event)), include_defaults=False
    ).cte("new_event")
    new_keys = insert(_KEYS).from_select(
        ["key", "accepted_at", "case_id"],
        select(func.unnest(bindparam("keys", type_=ARRAY(String))), new_case.c.accepted_at, new_case.c.id),
        include_defaults=False,
    ).cte("new_keys")
    new_served = (insert(_SERVED).from_select(
        ["card_case_id", *served], select(new_case.c.id, *_binds("served_", _SERVED, served)), include_defaults=False
    ).returning(_SERVED.c.card_case_id, _SERVED.c.id).cte("new_served"))
    # Every data-modifying CTE runs to completion whether or not the final SELECT reads it.
    return (select(new_served.c.card_case_id, new_served.c.id, LOCKED_IDS.c.ids)
            .select_from(new_served.join(LOCKED_IDS, true())).add_cte(new_event, new_keys))


def _binds(prefix: str, table: Any, columns: tuple[str, ...]) -> list[Any]:
    return [bindparam(prefix + name, type_=table.c[name].type) for name in columns]
