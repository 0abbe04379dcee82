"""One-time notices given while the database server cannot be reached (离线告知单), recorded when it is back.

The checklist needs only the forms, so a notice can be printed during an outage. Its number cannot come from the
shared daily sequence, so it gets a provisional one that no other counter can print: ``GZ<date>L<tag><nnn>``,
where the tag comes from this computer and counter name and ``nnn`` counts this computer's offline notices of
the day. The notice waits in a small queue in the workstation's data folder (written atomically and synced, so a
crash or a power cut loses nothing already printed) and is stored, in the order given and with its original
time, clerk and counter, as soon as the server answers again; the audit entry says it was recorded later.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import tempfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from counter_app import paths
from counter_app.domain.checklist import Checklist
from counter_app.operations.context import Actor, AppContext
from counter_app.operations.guide.service_guide import (
    Applicant,
    build_checklist,
    check_applicant,
    notice_document,
    store_notice,
)
from counter_app.store.models import Notice

QUEUE_FILE = "offline-notices.json"


def queue_path() -> Path:
    return paths.data_dir() / QUEUE_FILE


def _load(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"counters": {}, "pending": []}
    if not isinstance(data, dict) or not isinstance(data.get("pending"), list):
        raise ValueError(f"{path}: not an offline-notice queue")
    data.setdefault("counters", {})
    return data


def _save(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".offline-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


def pending_notices(path: Path | None = None) -> list[dict[str, Any]]:
    """The notices printed offline and not yet recorded, oldest first."""
    return list(_load(path or queue_path())["pending"])


def _tag(workstation: str) -> str:
    return hashlib.sha1(f"{socket.gethostname()}/{workstation}".encode()).hexdigest()[:4].upper()


def _provisional_number(data: dict[str, Any], day: date, workstation: str) -> str:
    key = f"{day:%Y%m%d}"
    data["counters"] = {key: int(data["counters"].get(key, 0)) + 1}  # earlier days are no longer needed
    return f"GZ{key}L{_tag(workstation)}{data['counters'][key]:03d}"


def give_notice_offline(
    ctx: AppContext,
    checklist: Checklist,
    applicant: Applicant,
    page: str = "A4",
    *,
    started_at: datetime | None = None,
    channel: str = "regular",
    path: Path | None = None,
) -> tuple[str, bytes]:
    """Print a notice without the server: its provisional number and PDF; it is queued to be recorded later."""
    from printing import build_notice_pdf

    check_applicant(applicant)
    target = path or queue_path()
    data = _load(target)
    notice_no = _provisional_number(data, ctx.now().date(), ctx.actor.workstation)
    pdf = build_notice_pdf(notice_document(ctx, checklist, applicant, notice_no), page=page)
    data["pending"].append({
        "notice_no": notice_no,
        "given_at": ctx.now().isoformat(),
        "started_at": started_at.isoformat() if started_at else None,
        "channel": channel,
        "page": page,
        "service_id": checklist.service.id,
        "answers": dict(checklist.answers),
        "brought": sorted(checklist.brought),
        "applicant": {"name": applicant.name, "id_number": applicant.id_number, "phone": applicant.phone},
        "clerk": ctx.actor.clerk,
        "workstation": ctx.actor.workstation,
        "role": ctx.actor.role,
    })
    _save(target, data)  # printed only once it is safely queued
    return notice_no, pdf


def flush_offline_notices(ctx: AppContext, path: Path | None = None) -> list[str]:
    """Record the queued notices in order, each in its own transaction at its original time; the numbers stored.

    A notice already in the database (stored just before a crash, the queue not yet rewritten) is not stored
    twice. The first failure stops the flush and leaves the rest queued for the next attempt.
    """
    target = path or queue_path()
    data = _load(target)
    stored: list[str] = []
    while data["pending"]:
        entry = data["pending"][0]
        given_at = datetime.fromisoformat(entry["given_at"])
        acting = replace(ctx, actor=Actor(clerk=entry["clerk"], workstation=entry["workstation"], role=entry["role"]),
                         clock=lambda at=given_at: at)
        applicant = Applicant(**entry["applicant"])
        checklist = build_checklist(acting, entry["service_id"], entry["answers"], set(entry["brought"]),
                                    applicant.id_number)
        with acting.db.write() as session:
            exists = session.scalar(select(Notice.id).where(Notice.notice_no == entry["notice_no"]))
            if exists is None:
                store_notice(
                    acting, session, checklist, applicant, entry["notice_no"],
                    started_at=datetime.fromisoformat(entry["started_at"]) if entry["started_at"] else None,
                    channel=entry["channel"], offline=True, recorded_at=ctx.now().isoformat(),
                )
                stored.append(entry["notice_no"])
        data["pending"].pop(0)
        _save(target, data)
    return stored
