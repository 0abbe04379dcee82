"""One applicant visit, one one-time notice (一次性告知单): preview freely, number once, reprint by number.

The guide keeps a :class:`NoticeVisit` per applicant.  A preview records nothing; the first print or save of
a service's notice in the visit records it (a number, the record, its counter case and follow-up, in one transaction);
every later print or save of the same visit — and a reprint from the notice history — gives the same number
back and is audited as ``notice.reprint``.  "Next applicant" starts a new visit (a fresh ``NoticeVisit``).

API for the UI (guide page, notice history):

- ``preview_notice(ctx, visit, checklist, applicant, page) -> bytes`` — nothing written;
- ``issue_notice(ctx, visit, checklist, applicant, page, how=..., started_at=..., channel=...) -> IssuedNotice``
  — call it when the clerk really prints or saves; it notes the number in ``visit``;
- ``reprint_notice(ctx, notice_no, page, how=...) -> bytes`` — the stored notice again, from its record.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.checklist import Checklist, evaluate
from counter_app.domain.errors import DomainError
from counter_app.operations.context import AppContext
from counter_app.operations.follow_ups.hooks import follow_up_for_notice
from counter_app.operations.guide.service_guide import (
    Applicant,
    give_notice,
    inspect_id_number,
    notice_content,
    notice_document,
)
from counter_app.store.models import Notice

if TYPE_CHECKING:
    import printing

# Printed in the number field of a preview: the number is given only when the notice is really printed or saved.
PREVIEW_NUMBER = "（打印时编号）"

How = Literal["print", "pdf"]


class NoticeNotFound(DomainError):
    """No notice has this number."""


@dataclass
class NoticeVisit:
    """One applicant at the guide and the notices given to them, one per service asked about.

    A later print for the same service and the same applicant's name reprints that notice; a different name
    means the clerk is serving someone else without having pressed "Next applicant", so a new notice is given.
    """

    given: dict[str, tuple[str, str]] = field(default_factory=dict)  # service id → (notice number, name)

    def notice_for(self, service_id: str, applicant_name: str) -> str | None:
        """The number already given in this visit for this service and applicant, if any."""
        notice_no, name = self.given.get(service_id, ("", ""))
        return notice_no if notice_no and name == applicant_name.strip() else None


@dataclass(frozen=True)
class IssuedNotice:
    notice_no: str
    pdf: bytes
    reprint: bool  # True when the visit's notice already existed: same number, no new record


def _check_applicant(applicant: Applicant) -> None:
    if not applicant.name.strip():
        raise ValueError("请填写申请人姓名")


def preview_notice(
    ctx: AppContext, visit: NoticeVisit, checklist: Checklist, applicant: Applicant, page: str = "A4"
) -> bytes:
    """The notice as it would print, under the visit's number if it has one; nothing is recorded or audited."""
    import printing

    _check_applicant(applicant)
    number = visit.notice_for(checklist.service.id, applicant.name) or PREVIEW_NUMBER
    document = notice_document(ctx, checklist, applicant, number)
    return printing.build_notice_pdf(document, page=page)


def issue_notice(
    ctx: AppContext,
    visit: NoticeVisit,
    checklist: Checklist,
    applicant: Applicant,
    page: str = "A4",
    *,
    how: How = "print",
    started_at: datetime | None = None,
    channel: str = "regular",
) -> IssuedNotice:
    """The clerk prints or saves the visit's notice: record it the first time, reprint it every later time.

    A later print of the same visit carries what the screen shows now (ticks changed since, say) under the
    same number: the record is brought up to date and the audit says ``notice.reprint`` with ``changed``.
    """
    _check_applicant(applicant)
    notice_no = visit.notice_for(checklist.service.id, applicant.name)
    if notice_no is None:
        notice_no, pdf = give_notice(ctx, checklist, applicant, page, started_at=started_at, channel=channel)
        visit.given[checklist.service.id] = (notice_no, applicant.name.strip())
        return IssuedNotice(notice_no, pdf, reprint=False)
    import printing

    content = notice_content(checklist, applicant)
    with ctx.db.write() as session:
        notice = _stored(session, notice_no)
        changed = [key for key, value in content.items() if getattr(notice, key) != value]
        for key in changed:
            setattr(notice, key, content[key])
        changed = [key for key in changed if not key.endswith("_rev")]
        document = notice_document(ctx, checklist, applicant, notice.notice_no)
        pdf = printing.build_notice_pdf(_as_first_issued(document, notice), page=page)
        ctx.audit(session, "notice.reprint", notice.notice_no, how=how, changed=",".join(changed))
        if "missing" in changed:
            follow_up_for_notice(ctx, session, notice)  # idempotent: at most one follow-up per notice
    return IssuedNotice(notice_no, pdf, reprint=True)


def reprint_notice(ctx: AppContext, notice_no: str, page: str = "A4", *, how: How = "print") -> bytes:
    """The stored notice printed again from its record (same number, first clerk and time); audited as a reprint."""
    import printing

    with ctx.db.write() as session:
        notice = _stored(session, notice_no)
        service = ctx.catalog.get(notice.service_id)
        derived = inspect_id_number(ctx, notice.id_number).derived if notice.id_number else None
        checklist = evaluate(service, dict(notice.answers), set(notice.brought), derived)
        applicant = Applicant(notice.applicant_name, notice.id_number, notice.phone)
        document = notice_document(ctx, checklist, applicant, notice.notice_no)
        pdf = printing.build_notice_pdf(_as_first_issued(document, notice), page=page)
        ctx.audit(session, "notice.reprint", notice.notice_no, how=how, changed="")
    return pdf


def _stored(session: Session, notice_no: str) -> Notice:
    notice = session.scalars(select(Notice).where(Notice.notice_no == notice_no)).one_or_none()
    if notice is None:
        raise NoticeNotFound("notice_no", f"没有编号为 {notice_no} 的告知单")
    return notice


def _as_first_issued(document: printing.OneTimeNotice, notice: Notice) -> printing.OneTimeNotice:
    """A reprint shows who gave the notice and when, as the first print did."""
    return replace(document, clerk_name=notice.clerk, issued_at=notice.created_at)
