"""Tamper evidence for the audit log beyond the triggers: SHA-256 hash chains, one per workstation, sealed together.

Each entry stores ``chain_hash = SHA-256(previous link's chain_hash + the entry's canonical content)``. Whoever
edits, deletes or reorders an entry with the database owner's rights (or drops the triggers to do so) leaves a
chain that no longer fits from that entry on, and ``verify_chain`` names it.

Two chain versions live in one log (the ``chain_version`` column, also hashed inside the content):

- version 1, entries written before migration 0007: one chain over the whole log in id order, starting at
  ``GENESIS``. Appending it took one station-wide lock held to commit, so eight counters queued on every lookup's
  audit row (issue 15: a lookup's median went from 3 ms with one counter to 24 ms with eight).
- version 2: one chain per workstation, in id order, each starting at the tip of the version-1 chain. A counter
  appends under its own PostgreSQL advisory lock (held to commit, so one chain's ids follow its commit order), so
  counters no longer wait for each other; on SQLite every write already holds the database's write lock.

A chain per workstation alone would let someone delete the newest entries of a counter that stopped writing; the
daily verification entry (``audit.verify``) is therefore a *seal*: written while holding every chain's lock, it
records each chain's tip (id and hash), and verification checks every seal against the chains below it. What can
still go unnoticed is cutting entries written after the newest seal — as with any hash chain without a secret.

The canonical content of both versions is frozen: changing it would break every stored chain. Entries are
written by ``store/audit_append.py``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, text

from counter_app.store.models import AuditEntry

CHAIN_VERSION = 2  # what new entries are written with; version 1 is the single chain before migration 0007
GENESIS = "0" * 64
# The first key of the two-key pg_advisory_xact_lock ("CAau"); the second is the workstation's chain key. The
# two-key form is a key space of its own, apart from the one-key locks elsewhere (storage places).
ADVISORY_LOCK_CLASS = 0x4341_6175
SEAL_KEY = "chain_tips"  # an entry's detail key holding the tips it seals: [[workstation, id, chain_hash], ...]
_SQLITE_TRIGGERS = ("audit_entry_no_update", "audit_entry_no_delete", "audit_entry_no_replace")
_PG_TRIGGER = "audit_entry_append_only"


def canonical(entry_id: int, at: datetime, clerk: str, workstation: str, action: str, target: str,
              detail: Any, version: int = 1) -> bytes:
    """The entry's content as hashed: a JSON array with sorted keys, so both databases give the same bytes."""
    return json.dumps(
        [version, entry_id, at.replace(tzinfo=None).isoformat(sep=" "), clerk, workstation, action,
         target or "", detail if detail is not None else {}],
        ensure_ascii=False, sort_keys=True, separators=(",", ":"),
    ).encode("utf-8")


def chain_hash(previous: str, content: bytes) -> str:
    return hashlib.sha256(previous.encode("ascii") + content).hexdigest()


def content_of(entry: Any) -> bytes:
    """What an entry (a row or an object with its columns) hashes: :func:`canonical` of its columns."""
    return canonical(entry.id, entry.at, entry.clerk, entry.workstation, entry.action, entry.target, entry.detail,
                     entry.chain_version or 1)


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


class _Walk:
    """The state of a walk over the log in id order: the version-1 chain's tip and each workstation's tip."""

    def __init__(self) -> None:
        self.version_one = GENESIS
        self.tips: dict[str, tuple[int, str]] = {}
        self.checked = 0

    def problem(self, row: Any) -> str:
        """Why ``row`` does not fit (empty when it does); the walk moves on past it only when it fits."""
        if not row.chain_hash:
            return "没有链哈希（不是由本程序写入）"
        version = row.chain_version or 1
        if version == 1:
            if self.tips:
                return "是旧版链条的记录，却排在新版链条之后（被插入或改动）"
            previous = self.version_one
        else:
            previous = self.tips.get(row.workstation, (0, self.version_one))[1]
        if chain_hash(previous, content_of(row)) != row.chain_hash:
            return "与哈希链不符（该条或本窗口前一条被修改、删除或调换）"
        sealed = (row.detail or {}).get(SEAL_KEY) if version != 1 else None
        if sealed is not None:
            for workstation, tip_id, tip_hash in sealed:
                if self.tips.get(workstation) != (tip_id, tip_hash):
                    return f"封存的各窗口链尾与日志不符（窗口“{workstation}”第 {tip_id} 号及以前的记录被删除或改动）"
        if version == 1:
            self.version_one = row.chain_hash
        else:
            self.tips[row.workstation] = (row.id, row.chain_hash)
        self.checked += 1
        return ""


def verify_connection(connection: Connection) -> ChainVerdict:
    """Walk the whole log in id order and recompute every link and seal; then check the triggers are in place."""
    walk = _Walk()
    rows = connection.execution_options(yield_per=2000).execute(select(
        AuditEntry.id, AuditEntry.at, AuditEntry.clerk, AuditEntry.workstation, AuditEntry.action,
        AuditEntry.target, AuditEntry.detail, AuditEntry.chain_version, AuditEntry.chain_hash,
    ).order_by(AuditEntry.id))
    for row in rows:
        reason = walk.problem(row)
        if reason:
            return ChainVerdict(False, walk.checked, row.id, reason)
    missing = missing_guards(connection)
    if missing:
        return ChainVerdict(False, walk.checked, None, f"缺少或停用了防篡改触发器：{'、'.join(missing)}")
    return ChainVerdict(True, walk.checked)


def verify_chain(engine: Any) -> ChainVerdict:
    """``verify_connection`` on a connection of its own (read only; a consistent snapshot on PostgreSQL)."""
    with engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
        return verify_connection(connection)
