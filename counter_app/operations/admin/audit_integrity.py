"""The audit log's own health for the supervisor: the hash-chain verdict and the refused number searches.

``verify_audit_log`` walks the whole log now (the same check as ``counter-app audit verify`` and the daily
first start) and records the verdict as an ``audit.verify`` entry, which also seals every workstation's chain;
``last_verification`` reads the newest such entry, so opening the audit page costs one indexed read, not a walk
over years of entries.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from counter_app.domain.permissions import Permission, require
from counter_app.operations.context import AppContext, write_seal
from counter_app.store.audit_chain import ChainVerdict, verify_chain
from counter_app.store.models import AuditEntry

log = logging.getLogger(__name__)
VERIFY_ACTION = "audit.verify"


@dataclass(frozen=True)
class Verification:
    at: datetime
    clerk: str
    verdict: ChainVerdict


def _verify_and_record(ctx: AppContext) -> Verification:
    verdict = verify_chain(ctx.db.engine)
    at = ctx.now()
    if not verdict.ok:
        log.error("audit chain check failed: %s", verdict.message())
    with ctx.db.write() as session:
        # The verdict also seals every counter's chain at its tip (store/audit_chain.py).
        write_seal(session, ctx.actor, at, VERIFY_ACTION, "ok" if verdict.ok else "failed", checked=verdict.checked,
                   bad_id=verdict.bad_id, reason=verdict.reason)
    return Verification(at=at, clerk=ctx.actor.clerk, verdict=verdict)


def verify_audit_log(ctx: AppContext) -> Verification:
    """Verify the chain and the triggers now; the verdict is audited (who may view the audit log)."""
    require(ctx.actor, Permission.VIEW_AUDIT_LOG)
    return _verify_and_record(ctx)


def record_daily_verification(ctx: AppContext) -> Verification:
    """The check the day's first start runs after its backup, whoever signs in (no permission: nothing is shown)."""
    return _verify_and_record(ctx)


def last_verification(ctx: AppContext) -> Verification | None:
    """The newest recorded verdict (the daily first start's, or a supervisor's), None if none yet."""
    require(ctx.actor, Permission.VIEW_AUDIT_LOG)
    with ctx.db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == VERIFY_ACTION)
                                .order_by(AuditEntry.id.desc()).limit(1)).one_or_none()
    if entry is None:
        return None
    detail = entry.detail or {}
    verdict = ChainVerdict(ok=entry.target == "ok", checked=int(detail.get("checked") or 0),
                           bad_id=detail.get("bad_id"), reason=str(detail.get("reason") or ""))
    return Verification(at=entry.at, clerk=entry.clerk, verdict=verdict)
