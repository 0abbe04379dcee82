"""Tamper evidence for the audit log beyond the triggers: a SHA-256 hash chain in the order of the entry id.

Each entry stores ``chain_hash = SHA-256(previous entry's chain_hash + the entry's canonical content)``; the first
entry chains to ``GENESIS``. Whoever edits, deletes or reorders an entry with the database owner's rights (or
drops the triggers to do so) leaves a chain that no longer fits from that entry on, and ``verify_chain`` names it.

Appending is serialised so that the chain has no forks: on PostgreSQL a transaction-level advisory lock is taken
before the previous entry is read and the new id drawn (held to commit, so the ids follow the chain order); on
SQLite every write transaction already holds the database's write lock (``BEGIN IMMEDIATE``).

The canonical content is frozen (``CHAIN_VERSION`` 1): changing it would break every stored chain.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from counter_app.store.models import AuditEntry

CHAIN_VERSION = 1
GENESIS = "0" * 64
# pg_advisory_xact_lock key: "CAaudit" as a number; any constant the app uses for nothing else.
ADVISORY_LOCK_KEY = 0x4341_6175_6469_74
_SQLITE_TRIGGERS = ("audit_entry_no_update", "audit_entry_no_delete", "audit_entry_no_replace")
_PG_TRIGGER = "audit_entry_append_only"


def canonical(entry_id: int, at: datetime, clerk: str, workstation: str, action: str, target: str,
              detail: Any) -> bytes:
    """The entry's content as hashed: a JSON array with sorted keys, so both databases give the same bytes."""
    return json.dumps(
        [CHAIN_VERSION, entry_id, at.replace(tzinfo=None).isoformat(sep=" "), clerk, workstation, action,
         target or "", detail if detail is not None else {}],
        ensure_ascii=False, sort_keys=True, separators=(",", ":"),
    ).encode("utf-8")


def chain_hash(previous: str, content: bytes) -> str:
    return hashlib.sha256(previous.encode("ascii") + content).hexdigest()


def _content_of(entry: Any) -> bytes:
    return canonical(entry.id, entry.at, entry.clerk, entry.workstation, entry.action, entry.target, entry.detail)


def append(session: Session, entry: AuditEntry) -> AuditEntry:
    """Add ``entry`` to the session as the chain's next link (its id and chain_hash are set here)."""
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": ADVISORY_LOCK_KEY})
    # Autoflush: an entry added earlier in this transaction is the previous link.
    last = session.execute(
        select(AuditEntry.id, AuditEntry.chain_hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    if bind.dialect.name == "postgresql":
        entry.id = session.execute(text("SELECT nextval(pg_get_serial_sequence('audit_entry', 'id'))")).scalar_one()
    else:
        entry.id = (last.id if last else 0) + 1
    # The detail as it will be read back (JSON has no tuples, and its keys are strings).
    entry.detail = json.loads(json.dumps(entry.detail if entry.detail is not None else {}, ensure_ascii=False))
    entry.target = entry.target or ""
    entry.chain_hash = chain_hash((last.chain_hash or "") if last else GENESIS, _content_of(entry))
    session.add(entry)
    return entry


@dataclass(frozen=True)
class ChainVerdict:
    """``ok`` with the number of entries checked, or the first entry (or guard) that does not fit and why."""

    ok: bool
    checked: int
    bad_id: int | None = None
    reason: str = ""

    def message(self) -> str:
        if self.ok:
            return f"审计日志完整：已核对 {self.checked} 条，哈希链连续，防篡改触发器齐全"
        where = f"第 {self.bad_id} 号记录" if self.bad_id is not None else "数据库"
        return f"审计日志校验未通过：{where}{self.reason}（此前 {self.checked} 条核对无误）"


def missing_guards(connection: Connection) -> list[str]:
    """The append-only triggers that are absent (or disabled, on PostgreSQL)."""
    if connection.dialect.name == "postgresql":
        enabled = connection.execute(text(
            "SELECT tgenabled FROM pg_trigger WHERE tgrelid = 'audit_entry'::regclass AND tgname = :name"
        ), {"name": _PG_TRIGGER}).scalar()
        return [] if enabled in ("O", "A") else [_PG_TRIGGER]
    present = set(connection.execute(text(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_entry'"
    )).scalars())
    return [name for name in _SQLITE_TRIGGERS if name not in present]


def verify_connection(connection: Connection) -> ChainVerdict:
    """Walk the whole log in id order and recompute every link; then check the triggers are in place."""
    previous, checked = GENESIS, 0
    rows = connection.execution_options(yield_per=2000).execute(select(
        AuditEntry.id, AuditEntry.at, AuditEntry.clerk, AuditEntry.workstation, AuditEntry.action,
        AuditEntry.target, AuditEntry.detail, AuditEntry.chain_hash,
    ).order_by(AuditEntry.id))
    for row in rows:
        if not row.chain_hash:
            return ChainVerdict(False, checked, row.id, "没有链哈希（不是由本程序写入）")
        if chain_hash(previous, _content_of(row)) != row.chain_hash:
            return ChainVerdict(False, checked, row.id, "与哈希链不符（该条或其前一条被修改、删除或调换）")
        previous, checked = row.chain_hash, checked + 1
    missing = missing_guards(connection)
    if missing:
        return ChainVerdict(False, checked, None, f"缺少或停用了防篡改触发器：{'、'.join(missing)}")
    return ChainVerdict(True, checked)


def verify_chain(engine: Any) -> ChainVerdict:
    """``verify_connection`` on a connection of its own (read only; a consistent snapshot on PostgreSQL)."""
    with engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
        return verify_connection(connection)
