"""The clerk's follow-up notebook (待办): pending matters with a due date, ticked when done.

Matters are added here by hand, or by events through :mod:`counter_app.operations.follow_ups.hooks` (a notice with
missing materials, a defective card, a card left on the shelf too long, a same-day case not finished).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from counter_app.domain.errors import DomainError
from counter_app.domain.masking import mask_numbers_in_text, mask_phone
from counter_app.domain.typed_numbers import ascii_digits, fold_number
from counter_app.operations.context import AppContext
from counter_app.store.models import FollowUp

TITLE_MAX = 200
NOTE_MAX = 500
NAME_MAX = 60
# A hand-written due date further out than this is almost surely a typo of the year.
DUE_HORIZON_DAYS = 366


class FollowUpKind(StrEnum):
    """Kinds of pending matter; values are stored in the database, so never rename them."""

    CALL_BACK = "call_back"
    AWAIT_MATERIALS = "await_materials"
    REMAKE_CARD = "remake_card"
    UNCOLLECTED_CARD = "uncollected_card"
    UNFINISHED_SAME_DAY = "unfinished_same_day"
    ARRIVAL_PROBLEM = "arrival_problem"
    OTHER = "other"


KIND_LABELS: dict[str, str] = {
    FollowUpKind.CALL_BACK: "回电答复",
    FollowUpKind.AWAIT_MATERIALS: "待补材料",
    FollowUpKind.REMAKE_CARD: "证件重制",
    FollowUpKind.UNCOLLECTED_CARD: "催领证件",
    FollowUpKind.UNFINISHED_SAME_DAY: "当日未办结",
    FollowUpKind.ARRIVAL_PROBLEM: "到证清单问题",
    FollowUpKind.OTHER: "其他",
}
SOURCE_LABELS: dict[str, str] = {"manual": "手工登记", "notice": "一次性告知", "card": "证件", "same_day": "当日办件",
                               "arrivals": "到证清单"}


class FollowUpError(DomainError):
    """A follow-up input or action refused for a reason the clerk can act on."""


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    kind: str
    kind_label: str
    title: str
    applicant_name: str
    phone_masked: str | None
    due: date
    overdue: bool
    days_overdue: int
    source: str
    source_label: str
    source_ref: str | None
    done: bool
    done_at: datetime | None
    done_by: str | None
    done_note: str


# --- validators (public so that the UI can check a field before submitting) ---

_PHONE_ALLOWED = re.compile(r"[0-9 \-+()（）]*")


def clean_title(text: str) -> str:
    """The title on one line (runs of whitespace, including line breaks, become one space), 1–200 characters."""
    title = " ".join(str(text).split())
    if not title:
        raise FollowUpError("title", "请填写待办事项内容")
    if len(title) > TITLE_MAX:
        raise FollowUpError("title", f"待办事项内容不能超过 {TITLE_MAX} 个字，当前 {len(title)} 个字")
    return title


def clean_phone(text: str | None) -> str | None:
    """Digits only (as card and notice phones are stored); empty means no phone; 7–20 digits otherwise."""
    if text is None or not str(text).strip():
        return None
    shown = str(text).strip()
    folded = fold_number(shown).text  # full-width digits, spaces and hyphens, as everywhere a number is typed
    digits = ascii_digits(folded)
    if not _PHONE_ALLOWED.fullmatch(folded) or not 7 <= len(digits) <= 20:
        raise FollowUpError("phone", f"联系电话「{shown}」格式不正确，应为 7–20 位数字")
    return digits


def parse_due(value: date | str, today: date) -> date:
    """A date (or YYYY-MM-DD text) from today up to a year ahead; a datetime is refused, not truncated."""
    if isinstance(value, datetime):
        raise FollowUpError("due", "到期日应为日期，不含时间")
    if isinstance(value, str):
        text = value.strip()
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                raise ValueError(text)
            value = date.fromisoformat(text)
        except ValueError:
            raise FollowUpError("due", f"到期日「{text}」不是有效日期（格式应为 YYYY-MM-DD）") from None
    if not isinstance(value, date):
        raise FollowUpError("due", f"到期日「{value}」不是日期")
    if value < today:
        raise FollowUpError("due", f"到期日 {value.isoformat()} 早于今天 {today.isoformat()}")
    if value > today + timedelta(days=DUE_HORIZON_DAYS):
        raise FollowUpError("due", f"到期日 {value.isoformat()} 超过一年以后，请核对年份")
    return value


def _kind(kind: str) -> FollowUpKind:
    try:
        return FollowUpKind(kind)
    except ValueError:
        raise FollowUpError("kind", f"未知的待办类型「{kind}」，可选：{'、'.join(KIND_LABELS)}") from None


# --- manual notebook ---


def add_follow_up(
    ctx: AppContext, kind: str, title: str, due: date | str, applicant_name: str = "", phone: str | None = None
) -> int:
    """Add a matter by hand; returns its id."""
    kind_value = _kind(kind)
    clean = clean_title(title)
    name = " ".join(applicant_name.split())
    if len(name) > NAME_MAX:
        raise FollowUpError("applicant_name", f"姓名不能超过 {NAME_MAX} 个字")
    digits = clean_phone(phone)
    now = ctx.now()
    due_day = parse_due(due, now.date())
    with ctx.db.write() as session:
        row = FollowUp(
            kind=kind_value.value,
            title=clean,
            applicant_name=name,
            phone=digits,
            due=due_day,
            source="manual",
            source_ref=None,
            created_at=now,
            created_by=ctx.actor.clerk,
            done_note="",
        )
        session.add(row)
        session.flush()
        ctx.audit(session, "follow_up.add", str(row.id), kind=kind_value.value, due=due_day.isoformat())
        return row.id


def _load_for_update(session: Session, follow_up_id: int) -> FollowUp:
    row = session.scalars(select(FollowUp).where(FollowUp.id == follow_up_id).with_for_update()).one_or_none()
    if row is None:
        raise FollowUpError("not_found", f"没有编号为 {follow_up_id} 的待办")
    return row


def tick(ctx: AppContext, follow_up_id: int, note: str = "") -> None:
    """Mark a matter done; ticking one that is already done is refused, naming who closed it and when."""
    note = note.strip()
    if len(note) > NOTE_MAX:
        raise FollowUpError("note", f"办结说明不能超过 {NOTE_MAX} 个字")
    with ctx.db.write() as session:
        row = _load_for_update(session, follow_up_id)
        if row.done_at is not None:
            raise FollowUpError(
                "already_done",
                f"待办「{row.title}」已于 {row.done_at:%Y-%m-%d %H:%M} 由 {row.done_by} 办结，无需重复勾选",
            )
        row.done_at = ctx.now()
        row.done_by = ctx.actor.clerk
        row.done_note = note
        ctx.audit(session, "follow_up.tick", str(row.id), kind=row.kind)


def reopen(ctx: AppContext, follow_up_id: int) -> None:
    """Undo a tick given by mistake; the earlier tick stays in the audit log."""
    with ctx.db.write() as session:
        row = _load_for_update(session, follow_up_id)
        if row.done_at is None:
            raise FollowUpError("not_done", f"待办「{row.title}」尚未办结，无需重新打开")
        row.done_at, row.done_by, row.done_note = None, None, ""
        ctx.audit(session, "follow_up.reopen", str(row.id), kind=row.kind)


def _row(item: FollowUp, today: date) -> FollowUpRow:
    late = 0 if item.done_at is not None else max(0, (today - item.due).days)
    return FollowUpRow(
        id=item.id,
        kind=item.kind,
        kind_label=KIND_LABELS.get(item.kind, item.kind),
        # Free text: a clerk may have typed the number to call back into it; the phone column shows it masked.
        title=mask_numbers_in_text(item.title),
        applicant_name=item.applicant_name,
        phone_masked=mask_phone(item.phone) if item.phone else None,
        due=item.due,
        overdue=late > 0,
        days_overdue=late,
        source=item.source,
        source_label=SOURCE_LABELS.get(item.source, item.source),
        source_ref=item.source_ref,
        done=item.done_at is not None,
        done_at=item.done_at,
        done_by=item.done_by,
        done_note=mask_numbers_in_text(item.done_note),
    )


def list_follow_ups(ctx: AppContext, *, include_done: bool = False, day: date | None = None) -> list[FollowUpRow]:
    """Open matters (and done ones if asked), overdue first, then by due date; ``day`` is the reference day
    for "overdue" (default today), so a report can show the notebook as it stood on that day."""
    today = day or ctx.now().date()
    open_first = case((FollowUp.done_at.is_(None), 0), else_=1)
    overdue_first = case((and_(FollowUp.done_at.is_(None), FollowUp.due < today), 0), else_=1)
    statement = select(FollowUp).order_by(overdue_first, open_first, FollowUp.due, FollowUp.id)
    if not include_done:
        statement = statement.where(FollowUp.done_at.is_(None))
    with ctx.db.read() as session:
        return [_row(item, today) for item in session.scalars(statement)]


def overdue_condition(day: date, at: datetime) -> ColumnElement[bool]:
    """Overdue on ``day`` as seen at ``at``: noted before ``at``, due before ``day``, not done by ``at``.

    The one definition behind every overdue figure — the status bar, the to-do tab and the daily report — so
    that on any day all three show the same number.
    """
    return and_(
        FollowUp.created_at < at,
        FollowUp.due < day,
        or_(FollowUp.done_at.is_(None), FollowUp.done_at >= at),
    )


def overdue_count(session: Session, day: date, at: datetime) -> int:
    """How many follow-ups were overdue on ``day`` as seen at ``at`` (see :func:`overdue_condition`)."""
    return int(session.scalar(select(func.count()).select_from(FollowUp).where(overdue_condition(day, at))) or 0)


def open_count(ctx: AppContext) -> tuple[int, int]:
    """(open, overdue) now: the main window's badge and the to-do tab's summary."""
    now = ctx.now()
    with ctx.db.read() as session:
        total = session.scalar(select(func.count()).select_from(FollowUp).where(FollowUp.done_at.is_(None)))
        return int(total or 0), overdue_count(session, now.date(), now + timedelta(seconds=1))
