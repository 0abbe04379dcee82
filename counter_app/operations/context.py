"""What every operation needs: the database, the catalog, who is acting, at which counter, and a clock."""

from __future__ import annotations

import getpass
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from counter_app.domain.catalog import Catalog
from counter_app.domain.masking import mask_detail, mask_numbers_in_text
from counter_app.store.audit_append import append, append_all
from counter_app.store.database import Database
from counter_app.store.models import AuditEntry


def default_workstation() -> str:
    """This counter's name from the first-run wizard ("窗口2"), else the computer's name."""
    from counter_app.workstation import load_workstation  # a settings file, read when an actor is made

    return load_workstation().counter_name.strip() or socket.gethostname()


def _default_clerk() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "clerk"


@dataclass(frozen=True)
class Actor:
    """The clerk at the counter and the workstation they sit at."""

    clerk: str = field(default_factory=_default_clerk)
    workstation: str = field(default_factory=default_workstation)
    role: str = "clerk"


@dataclass
class AppContext:
    db: Database
    catalog: Catalog
    actor: Actor = field(default_factory=Actor)
    clock: Callable[[], datetime] = datetime.now  # station local time, naive; injectable for tests

    def now(self) -> datetime:
        return self.clock().replace(microsecond=0)

    def audit(self, session: Any, action: str, target: str = "", **detail: Any) -> None:
        """Write an audit entry inside the caller's transaction, so it lands exactly when the change does.

        ID numbers and mobiles in the target or detail (a searched query, say) are masked here, once for every
        caller: the append-only log can never be cleaned later, so it must never hold a full number. The entry is
        the next link of the log's hash chain (store/audit_chain.py).
        """
        write_audit(session, self.actor, self.now(), action, target, **detail)

    def audit_all(self, session: Any, entries: Sequence[tuple[str, str, dict[str, Any]]],
                  ids: Sequence[int] | None = None) -> None:
        """Several entries of one change, as (action, target, detail), in this order: :meth:`audit` for each, at
        the cost of one (on PostgreSQL one statement for their ids, none if the caller took ``ids`` already with
        ``store.audit_append.LOCKED_IDS``, and one INSERT for them all)."""
        at = self.now()
        append_all(session, [_masked_entry(self.actor, at, action, target, detail)
                             for action, target, detail in entries], ids)


def write_audit(session: Any, actor: Actor, at: datetime, action: str, target: str = "", **detail: Any) -> None:
    """``AppContext.audit`` for a session on a database that has no context yet (a restore's staged copy)."""
    append(session, _masked_entry(actor, at, action, target, detail))


def write_seal(session: Any, actor: Actor, at: datetime, action: str, target: str = "", **detail: Any) -> None:
    """An audit entry that also seals every workstation's chain at its tip (store/audit_chain.py): the daily
    verification writes one, so entries below it cannot be cut from any chain unnoticed."""
    append(session, _masked_entry(actor, at, action, target, detail), seal=True)


def _masked_entry(actor: Actor, at: datetime, action: str, target: str, detail: dict[str, Any]) -> AuditEntry:
    return AuditEntry(
        at=at,
        clerk=actor.clerk,
        workstation=actor.workstation,
        action=action,
        target=mask_numbers_in_text(target)[:100],
        detail=mask_detail(detail),
    )
