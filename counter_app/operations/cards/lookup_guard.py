"""Number searches at the lookup cannot rebuild a full ID number or mobile.

The lists show an ID number as its address code and last 4 (``110105********002X``) and a mobile as its first 3 and
last 4. A clerk who searched by longer and longer suffixes ("34389", "134389", …) learned one more digit with each
hit; searching full numbers by guessing confirmed the hidden middle. So, for whoever may not unmask personal data:

* a partial number (5 to 17 characters: neither a whole ID number nor a whole mobile nor a 受理号) is searched by
  its last 4 characters only — the results then say nothing the mask does not already show;
* number searches longer than 4 characters (whole numbers included) are limited per clerk in a sliding window;
  a search over the limit is refused and written to the audit log as ``card.lookup_limit``, an alert a supervisor
  sees on the audit page (``lookup_alerts``).

The unmask permission (``reveal_numbers``, itself audited) stays the only way to a full number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from counter_app.domain.acceptance_number import LENGTH as ACCEPTANCE_LENGTH
from counter_app.domain.masking import mask_search_text
from counter_app.domain.permissions import Permission, has_permission, require
from counter_app.operations.cards.common import CardError
from counter_app.operations.context import AppContext
from counter_app.store.models import AuditEntry

VISIBLE_DIGITS = 4  # what every list shows of both an ID number and a mobile
WINDOW = timedelta(minutes=10)
NUMBER_SEARCHES_PER_WINDOW = 30  # a busy counter with a card reader types far fewer whole numbers than this
NUMBER_ACTION = "card.lookup_number"
ALERT_ACTION = "card.lookup_limit"
_WHOLE_NUMBER_LENGTHS = (15, 18, ACCEPTANCE_LENGTH)


def _number_shaped(text: str) -> bool:
    upper = text.upper()
    return upper.isascii() and upper[:-1].isdigit() and (upper[-1:].isdigit() or upper.endswith("X"))


def is_number_search(normalised: str) -> bool:
    """A search by (part of) an ID number or phone that shows more than the lists do (not a 受理号)."""
    return _number_shaped(normalised) and VISIBLE_DIGITS < len(normalised) != ACCEPTANCE_LENGTH


def _whole_mobile(text: str) -> bool:
    return len(text) == 11 and text.isdigit() and text.startswith("1")


def searchable_text(ctx: AppContext, normalised: str) -> str:
    """The query as this actor may search it: a clerk's partial number is cut to the last 4 the mask shows."""
    if has_permission(ctx.actor.role, Permission.UNMASK_PERSONAL_DATA) or not is_number_search(normalised):
        return normalised
    if len(normalised) in _WHOLE_NUMBER_LENGTHS or _whole_mobile(normalised):
        return normalised
    return normalised[-VISIBLE_DIGITS:]


def guard_number_search(ctx: AppContext, normalised: str) -> None:
    """Refuse a clerk's number search over the window's limit; the refusal is audited as an alert."""
    if not is_number_search(normalised) or has_permission(ctx.actor.role, Permission.UNMASK_PERSONAL_DATA):
        return
    since = ctx.now() - WINDOW
    with ctx.db.write() as session:
        recent = session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == NUMBER_ACTION, AuditEntry.at >= since, AuditEntry.clerk == ctx.actor.clerk))
        if recent < NUMBER_SEARCHES_PER_WINDOW:
            return
        ctx.audit(session, ALERT_ACTION, mask_search_text(normalised), searches=recent,
                  window_minutes=int(WINDOW.total_seconds() // 60))
    minutes = int(WINDOW.total_seconds() // 60)
    raise CardError(
        "lookup_limit",
        f"{minutes} 分钟内按号码查询已达 {NUMBER_SEARCHES_PER_WINDOW} 次，暂停按号码查询；"
        "请按姓名或受理号查询，或请主管处理。此事已记入操作日志。",
    )


@dataclass(frozen=True)
class LookupAlert:
    at: datetime
    clerk: str
    workstation: str
    searches: int


def lookup_alerts(ctx: AppContext, days: int = 7) -> list[LookupAlert]:
    """Refused number searches of the last ``days`` days, newest first (who may view the audit log)."""
    require(ctx.actor, Permission.VIEW_AUDIT_LOG)
    since = ctx.now() - timedelta(days=days)
    with ctx.db.read() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == ALERT_ACTION, AuditEntry.at >= since)
                                  .order_by(AuditEntry.id.desc()).limit(200))
        return [LookupAlert(e.at, e.clerk, e.workstation, int((e.detail or {}).get("searches", 0))) for e in entries]
