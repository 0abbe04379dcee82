"""Appending to the audit log's hash chains (``store/audit_chain.py`` says what they are and verifies them).

A counter appends to its own workstation's chain under that chain's PostgreSQL advisory lock, held to commit, and
takes the new entries' ids under it, so one chain's ids follow its commit order; on SQLite every write already
holds the database's write lock. The entries of one change (an acceptance writes two) go in together.

Every audited operation pays for this in round trips, and with eight counters on two cores each round trip is a
wait for the CPU (issue 15), so on PostgreSQL a change's entries cost two statements, whatever their number:

1. the chain's lock and the entries' ids, in one statement (a fence keeps the lock first);
2. one INSERT of all of them, chained to the tip this process remembers from its last commit to the chain — a
   counter is nearly always its chain's only writer, so the tip need not be read first. The INSERT goes in only
   while that is still the chain's tip; otherwise (another process of the same workstation, a restored database)
   the tip is read and the entries hashed anew.

Within one transaction a chain's lock is held, so a later entry of the same transaction chains to the earlier one
without lock or guard.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ARRAY, Integer, column, event, func, select, text
from sqlalchemy.orm import Session

from counter_app.store.audit_chain import ADVISORY_LOCK_CLASS, CHAIN_VERSION, GENESIS, SEAL_KEY, chain_hash, content_of
from counter_app.store.models import AuditEntry

_TIPS_KEY = "audit_chain_tips"
_ENTRY_COLUMNS = ("id", "at", "clerk", "workstation", "action", "target", "detail", "chain_version", "chain_hash")
_INSERT_ENTRY = AuditEntry.__table__.insert()
_LOCK_CHAIN = text("SELECT pg_advisory_xact_lock(:cls, :key)")
# A chain's lock and new ids under it, as one row (an array ``ids``): append_all's first statement, which a caller
# may also join into the statement it sends first in its transaction anyway (parameters from ids_parameters) and
# hand the ids to append_all — one round trip fewer.
LOCKED_IDS = text(
    "SELECT array_agg(nextval(pg_get_serial_sequence('audit_entry', 'id'))) AS ids"
    " FROM (SELECT pg_advisory_xact_lock(:audit_class, :audit_key) OFFSET 0) AS locked"
    " CROSS JOIN generate_series(1, :audit_count)"
).columns(column("ids", ARRAY(Integer))).subquery("audit_ids")
_PG_LOCKED_IDS = select(LOCKED_IDS.c.ids)
_PG_IDS = text("SELECT nextval(pg_get_serial_sequence('audit_entry', 'id')) FROM generate_series(1, :count)")
_PG_TYPES = ("integer", "timestamp", "varchar", "varchar", "varchar", "varchar", "json", "smallint", "varchar")
# RETURNING tells whether the rows went in (a driver's row count of an INSERT … SELECT is not to be relied on).
_PG_AFTER_TIP = (
    " WHERE EXISTS (SELECT 1 FROM audit_entry WHERE id = :tip_id AND chain_hash = :tip_hash"
    " AND workstation = :chain AND chain_version = :version)"
    " AND NOT EXISTS (SELECT 1 FROM audit_entry WHERE workstation = :chain AND chain_version = :version"
    " AND id > :tip_id) RETURNING id"
)


@functools.cache
def _pg_insert(count: int, after_tip: bool) -> Any:
    """INSERT of ``count`` entries (parameters ``id_0``, ``at_0``, … ``id_1`` …), with the guard of
    :data:`_PG_AFTER_TIP` if ``after_tip``."""
    typed = list(zip(_ENTRY_COLUMNS, _PG_TYPES, strict=True))
    rows = ", ".join("(" + ", ".join(f"CAST(:{column}_{n} AS {kind})" for column, kind in typed) + ")"
                     for n in range(count))
    return text(f"INSERT INTO audit_entry ({', '.join(_ENTRY_COLUMNS)}) SELECT * FROM (VALUES {rows}) AS entry"
                + (_PG_AFTER_TIP if after_tip else ""))


# Each chain's tip as this process last committed it, by database and workstation.
_committed_tips: dict[tuple[str, str], tuple[int, str]] = {}


def append(session: Session, entry: AuditEntry, *, seal: bool = False) -> AuditEntry:
    """Insert ``entry`` as the next link of its workstation's chain (its id and chain_hash are set here).
    ``seal`` also records every other chain's tip in the entry, under their locks (``audit_chain``)."""
    if seal:
        return _append_seal(session, entry)
    append_all(session, [entry])
    return entry


def ids_parameters(workstation: str, count: int) -> dict[str, int]:
    """The parameters of :data:`LOCKED_IDS`: ``count`` ids for the chain of ``workstation``."""
    return {"audit_class": ADVISORY_LOCK_CLASS, "audit_key": _chain_lock_key(workstation), "audit_count": count}


def append_all(session: Session, entries: Sequence[AuditEntry], ids: Sequence[int] | None = None) -> None:
    """Insert ``entries`` (all of one workstation) as the next links of its chain, in order. On PostgreSQL ``ids``
    are theirs if this transaction already took them with :data:`LOCKED_IDS`."""
    if not entries:
        return
    workstation = entries[0].workstation
    if any(entry.workstation != workstation for entry in entries):
        raise ValueError("the entries of one append belong to one workstation's chain")
    for entry in entries:
        _normalise(entry)
    if session.get_bind().dialect.name != "postgresql":
        for entry in entries:
            own = _appended_here(session).get(workstation) or _chain_tip(session, workstation)
            entry.id = (session.execute(select(func.max(AuditEntry.id))).scalar() or 0) + 1
            _link_and_insert(session, [entry], own)
        return
    own = _appended_here(session).get(workstation)
    if ids is not None:
        _give_ids(entries, ids)
    elif own is not None:  # the chain's lock is held since this transaction's first entry
        _give_ids(entries, session.execute(_PG_IDS, {"count": len(entries)}).scalars())
    else:
        _give_ids(entries, session.execute(_PG_LOCKED_IDS, ids_parameters(workstation, len(entries))).scalar_one())
    if own is not None:
        _link_and_insert(session, entries, own)
        return
    remembered = _committed_tips.get((_database_key(session), workstation))
    if remembered is not None:
        _link(entries, remembered[1])
        guard = {"tip_id": remembered[0], "tip_hash": remembered[1], "chain": workstation, "version": CHAIN_VERSION}
        if session.execute(_pg_insert(len(entries), True), {**_parameters(entries), **guard}).first() is not None:
            _appended_here(session)[workstation] = (entries[-1].id, entries[-1].chain_hash)
            return
    _link_and_insert(session, entries, _chain_tip(session, workstation))  # read under the lock taken above


def _normalise(entry: AuditEntry) -> None:
    # The detail as it will be read back (JSON has no tuples, and its keys are strings).
    entry.detail = json.loads(json.dumps(entry.detail if entry.detail is not None else {}, ensure_ascii=False))
    entry.target = entry.target or ""
    entry.chain_version = CHAIN_VERSION


def _give_ids(entries: Sequence[AuditEntry], ids: Iterable[int]) -> None:
    for entry, entry_id in zip(entries, sorted(ids), strict=True):
        entry.id = entry_id


def _link(entries: Sequence[AuditEntry], previous: str) -> None:
    for entry in entries:
        entry.chain_hash = previous = chain_hash(previous, content_of(entry))


def _link_and_insert(session: Session, entries: Sequence[AuditEntry], own: tuple[int, str] | None) -> None:
    """Chain ``entries`` to the tip ``own`` (None: the chain is new, it starts at the version-1 chain's tip)."""
    _link(entries, own[1] if own else _version_one_tip(session))
    if session.get_bind().dialect.name == "postgresql":
        session.execute(_pg_insert(len(entries), False), _parameters(entries))
    else:
        # Plain INSERTs, not objects for the unit of work to flush: nothing reads an entry back in this session.
        session.execute(_INSERT_ENTRY, [{column: getattr(e, column) for column in _ENTRY_COLUMNS} for e in entries])
    _appended_here(session)[entries[-1].workstation] = (entries[-1].id, entries[-1].chain_hash)


def _parameters(entries: Sequence[AuditEntry]) -> dict[str, Any]:
    """The entries' values for :func:`_pg_insert`."""
    values: dict[str, Any] = {}
    for n, entry in enumerate(entries):
        values.update({f"{column}_{n}": getattr(entry, column) for column in _ENTRY_COLUMNS})
        values[f"detail_{n}"] = json.dumps(entry.detail, ensure_ascii=False)
    return values


def _append_seal(session: Session, entry: AuditEntry) -> AuditEntry:
    postgres = session.get_bind().dialect.name == "postgresql"
    workstation = entry.workstation
    own = _appended_here(session).get(workstation)
    if own is None:
        if postgres:
            _lock_chain(session, workstation)
        own = _chain_tip(session, workstation)
    tips = _seal_tips(session, workstation, postgres)
    if own is not None:
        tips.append([workstation, own[0], own[1]])
    # Added after the caller's masking: hashes and ids are not personal data, and a masker could mistake a run of a
    # hash's digits for a phone number.
    entry.detail = {**(entry.detail or {}), SEAL_KEY: sorted(tips)}
    _normalise(entry)
    # Only now, under every chain's lock: an entry that took a lower id has committed and is among the tips.
    if postgres:
        _give_ids([entry], session.execute(_PG_IDS, {"count": 1}).scalars())
    else:
        entry.id = (session.execute(select(func.max(AuditEntry.id))).scalar() or 0) + 1
    _link_and_insert(session, [entry], own)
    return entry


def _seal_tips(session: Session, own_workstation: str, postgres: bool) -> list[list[Any]]:
    """Every chain's tip, taken under every chain's lock (sorted, so two seals cannot deadlock): no entry with a
    lower id than the seal can commit after it, so verification finds exactly these tips below the seal."""
    chains = sorted(set(session.execute(
        select(AuditEntry.workstation).where(AuditEntry.chain_version == CHAIN_VERSION).distinct()
    ).scalars()) - {own_workstation})
    appended = _appended_here(session)
    tips = []
    for workstation in chains:
        if postgres and workstation not in appended:
            _lock_chain(session, workstation)
        tip = appended.get(workstation) or _chain_tip(session, workstation)
        if tip is not None:
            tips.append([workstation, tip[0], tip[1]])
    return tips


def _chain_lock_key(workstation: str) -> int:
    """A stable signed 32-bit key for the workstation's chain (Python's hash() changes between processes)."""
    return int.from_bytes(hashlib.sha256(workstation.encode("utf-8")).digest()[:4], "big", signed=True)


def _lock_chain(session: Session, workstation: str) -> None:
    session.execute(_LOCK_CHAIN, {"cls": ADVISORY_LOCK_CLASS, "key": _chain_lock_key(workstation)})


def _version_one_tip(session: Session) -> str:
    """Where every workstation's chain starts: the last link of the log's single version-1 chain."""
    tip = session.execute(select(AuditEntry.chain_hash).where(AuditEntry.chain_version == 1)
                          .order_by(AuditEntry.id.desc()).limit(1)).scalar()
    return tip or GENESIS


def _chain_tip(session: Session, workstation: str) -> tuple[int, str] | None:
    row = session.execute(
        select(AuditEntry.id, AuditEntry.chain_hash)
        .where(AuditEntry.workstation == workstation, AuditEntry.chain_version == CHAIN_VERSION)
        .order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    return (row.id, row.chain_hash or "") if row else None


def _appended_here(session: Session) -> dict[str, tuple[int, str]]:
    """The tips this transaction appended, by workstation: the chain's lock is held until it ends (and SQLite's
    write lock on the whole database), so a later entry of the same transaction needs neither lock nor tip."""
    transaction = session.get_transaction()
    kept = session.info.get(_TIPS_KEY)
    if kept is None or kept[0] is not transaction:
        kept = (transaction, {})
        session.info[_TIPS_KEY] = kept
    return kept[1]


@event.listens_for(Session, "after_commit")
def _remember_committed_tips(session: Session) -> None:
    """Only a commit makes an entry a link others may chain to: a rolled-back one is never remembered."""
    kept = session.info.pop(_TIPS_KEY, None)
    if kept and kept[1]:
        database = _database_key(session)
        for workstation, tip in kept[1].items():
            _committed_tips[(database, workstation)] = tip


def _database_key(session: Session) -> str:
    return session.get_bind().engine.url.render_as_string(hide_password=True)
