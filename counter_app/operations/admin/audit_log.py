"""The audit log viewer (审计日志): a supervisor filters the append-only log and exports it as CSV.

Reading the log is itself audited (``audit.view``, ``export``), in the same transaction as the read.
Whatever is shown or exported passes through ``mask_numbers_in_text``: rows written before lookups stored
their query masked may still hold a full ID number or mobile in ``target``/``detail``, and an export leaves
the building.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from counter_app.domain.errors import DomainError
from counter_app.domain.masking import mask_detail, mask_numbers_in_text
from counter_app.domain.permissions import Permission, require
from counter_app.operations.context import AppContext
from counter_app.store.models import AuditEntry

MAX_PAGE = 5000  # a page larger than this is an export, not a view
CSV_COLUMNS = ("时间", "操作员", "窗口", "操作", "对象", "详情")
_LIKE_ESCAPE = "\\"
_FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")  # Excel would run such a cell as a formula (CSV injection)


class AuditLogError(DomainError):
    """A filter the viewer cannot run; ``message`` names the field."""


@dataclass(frozen=True)
class AuditFilter:
    """What the supervisor asks for; empty fields do not filter. ``date_to`` is inclusive."""

    date_from: date | None = None
    date_to: date | None = None
    clerk: str = ""
    workstation: str = ""
    action_prefix: str = ""  # "card." → every card action; "export" → exports
    target_text: str = ""  # anywhere in the target (受理号, notice number, searched text)
    # Entries written after the search started are left out, so that paging through a busy log (every counter
    # writes, and each page view itself is audited) never shifts a page by a row.
    up_to_id: int | None = None

    def check(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise AuditLogError("date_range", f"起始日期 {self.date_from} 晚于截止日期 {self.date_to}")
        for label, value, limit in (
            ("操作员", self.clerk, 60),
            ("窗口", self.workstation, 60),
            ("操作类型", self.action_prefix, 40),
            ("对象", self.target_text, 100),
        ):
            if len(value.strip()) > limit:
                raise AuditLogError("too_long", f"筛选条件「{label}」过长（最多 {limit} 个字符）")

    def describe(self) -> dict[str, str]:
        """The filter as written into the viewing entry itself (masked: a supervisor may type a full number)."""
        parts = {
            "from": self.date_from.isoformat() if self.date_from else "",
            "to": self.date_to.isoformat() if self.date_to else "",
            "clerk": self.clerk.strip(),
            "workstation": self.workstation.strip(),
            "action": self.action_prefix.strip(),
            "target": mask_numbers_in_text(self.target_text.strip()),
        }
        return {k: v for k, v in parts.items() if v}


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    clerk: str
    workstation: str
    action: str
    target: str  # masked
    detail: dict[str, Any]  # masked

    def detail_text(self) -> str:
        return json.dumps(self.detail, ensure_ascii=False, sort_keys=True) if self.detail else ""


def _escape_like(text: str) -> str:
    return (
        text.replace(_LIKE_ESCAPE, _LIKE_ESCAPE * 2).replace("%", _LIKE_ESCAPE + "%").replace("_", _LIKE_ESCAPE + "_")
    )


def _contains(column: Any, text: str) -> Any:
    return column.like(f"%{_escape_like(text)}%", escape=_LIKE_ESCAPE)


def _query(audit_filter: AuditFilter) -> Select[tuple[AuditEntry]]:
    stmt = select(AuditEntry)
    if audit_filter.date_from:
        stmt = stmt.where(AuditEntry.at >= datetime.combine(audit_filter.date_from, time.min))
    if audit_filter.date_to:
        stmt = stmt.where(AuditEntry.at < datetime.combine(audit_filter.date_to + timedelta(days=1), time.min))
    if audit_filter.clerk.strip():
        stmt = stmt.where(AuditEntry.clerk == audit_filter.clerk.strip())
    if audit_filter.workstation.strip():
        stmt = stmt.where(AuditEntry.workstation == audit_filter.workstation.strip())
    if audit_filter.action_prefix.strip():
        prefix = audit_filter.action_prefix.strip()
        stmt = stmt.where(AuditEntry.action.like(f"{_escape_like(prefix)}%", escape=_LIKE_ESCAPE))
    text = audit_filter.target_text.strip()
    if text:
        # A full number typed by the supervisor also finds the rows that stored it masked.
        masked = mask_numbers_in_text(text)
        stmt = stmt.where(or_(_contains(AuditEntry.target, text), _contains(AuditEntry.target, masked)))
    if audit_filter.up_to_id is not None:
        stmt = stmt.where(AuditEntry.id <= audit_filter.up_to_id)
    return stmt.order_by(AuditEntry.at.desc(), AuditEntry.id.desc())


def _row(entry: AuditEntry) -> AuditRow:
    return AuditRow(
        id=entry.id,
        at=entry.at,
        clerk=entry.clerk,
        workstation=entry.workstation,
        action=entry.action,
        target=mask_numbers_in_text(entry.target or ""),
        detail=mask_detail(dict(entry.detail or {})),
    )


def latest_audit_id(ctx: AppContext) -> int:
    """The newest entry's id, to pin a search with ``AuditFilter.up_to_id`` (0 for an empty log)."""
    require(ctx.actor, Permission.VIEW_AUDIT_LOG)
    with ctx.db.read() as session:
        return session.scalar(select(func.max(AuditEntry.id))) or 0


def search_audit(ctx: AppContext, audit_filter: AuditFilter, limit: int = 500, offset: int = 0) -> list[AuditRow]:
    """One page of matching entries, newest first; needs VIEW_AUDIT_LOG; audited as ``audit.view``."""
    require(ctx.actor, Permission.VIEW_AUDIT_LOG)
    audit_filter.check()
    if not 1 <= limit <= MAX_PAGE or offset < 0:
        raise AuditLogError("page", f"每页条数须在 1 到 {MAX_PAGE} 之间，起始位置不能为负")
    with ctx.db.write() as session:
        entries = session.scalars(_query(audit_filter).limit(limit).offset(offset)).all()
        rows = [_row(e) for e in entries]
        ctx.audit(session, "audit.view", "", filter=audit_filter.describe(), rows=len(rows), offset=offset)
        return rows


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_LEADS) else text


def _stream(session: Session, audit_filter: AuditFilter) -> Iterator[AuditRow]:
    for entry in session.scalars(_query(audit_filter).execution_options(yield_per=1000)):
        yield _row(entry)


def export_audit_csv(ctx: AppContext, audit_filter: AuditFilter) -> bytes:
    """All matching entries as UTF-8-with-BOM CSV (Excel opens it as is); needs EXPORT_AUDIT_LOG; audited."""
    require(ctx.actor, Permission.EXPORT_AUDIT_LOG)
    audit_filter.check()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    with ctx.db.write() as session:
        for row in _stream(session, audit_filter):
            writer.writerow(
                (
                    row.at.isoformat(sep=" "),
                    *(_cell(v) for v in (row.clerk, row.workstation, row.action, row.target, row.detail_text())),
                )
            )
            count += 1
        ctx.audit(session, "export", "audit_log", filter=audit_filter.describe(), rows=count)
    return buffer.getvalue().encode("utf-8-sig")
