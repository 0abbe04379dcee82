"""The station's notices (公告) on the web page: short texts a supervisor publishes, each shown until a date.

Kept as one station-wide setting (``web_notices``), so every counter and the web process read the same list.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from counter_app.domain.errors import DomainError
from counter_app.domain.permissions import Permission, require
from counter_app.operations.context import AppContext
from counter_app.store.settings_rows import setting_value, store_setting

NOTICES_KEY = "web_notices"
MAX_NOTICES = 20


class NoticeError(DomainError):
    pass


class StationNotice(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    text: str = Field(min_length=1, max_length=300)
    published: dt.date
    until: dt.date | None = None  # None: until it is removed


class StationNotices(BaseModel):
    model_config = ConfigDict(extra="ignore")

    items: list[StationNotice] = Field(default_factory=list, max_length=MAX_NOTICES)


def load_notices(ctx: AppContext) -> list[StationNotice]:
    """Every stored notice, newest first (expired ones included, for the supervisor's list)."""
    with ctx.db.read() as session:
        return StationNotices.model_validate(setting_value(session, NOTICES_KEY)).items


def current_notices(ctx: AppContext) -> list[StationNotice]:
    """The notices residents see today."""
    today = ctx.now().date()
    return [n for n in load_notices(ctx) if n.published <= today and (n.until is None or n.until >= today)]


def _save(ctx: AppContext, items: list[StationNotice], action: str, target: str) -> list[StationNotice]:
    with ctx.db.write() as session:
        store_setting(session, NOTICES_KEY, StationNotices(items=items).model_dump(mode="json"))
        ctx.audit(session, action, target[:100], count=len(items))
    return items


def add_notice(ctx: AppContext, text: str, until: dt.date | None = None) -> list[StationNotice]:
    """Publish a notice from today (station settings right); the newest shows first."""
    require(ctx.actor, Permission.EDIT_STATION_SETTINGS)
    today = ctx.now().date()
    if until is not None and until < today:
        raise NoticeError("until", f"截止日期 {until} 早于今天，公告不会显示")
    try:
        notice = StationNotice(text=" ".join(text.split()), published=today, until=until)
    except ValidationError:
        raise NoticeError("text", "公告内容应为 1–300 个字") from None
    items = [notice, *load_notices(ctx)]
    if len(items) > MAX_NOTICES:
        raise NoticeError("count", f"最多保留 {MAX_NOTICES} 条公告，请先删除旧的")
    return _save(ctx, items, "web.notice_add", notice.text)


def remove_notice(ctx: AppContext, index: int) -> list[StationNotice]:
    """Remove the notice at ``index`` (1 = newest, as listed)."""
    require(ctx.actor, Permission.EDIT_STATION_SETTINGS)
    items = load_notices(ctx)
    if not 1 <= index <= len(items):
        raise NoticeError("index", f"没有第 {index} 条公告（共 {len(items)} 条）")
    removed = items.pop(index - 1)
    return _save(ctx, items, "web.notice_remove", removed.text)
