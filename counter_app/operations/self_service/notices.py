"""The station's notices (公告) on the web page: short texts a supervisor publishes, each shown until a date.

Kept as one station-wide setting (``web_notices``, :mod:`counter_app.domain.settings_registry`), so every counter
and the web process read the same list; publishing and removing are audited under their own actions.
"""

from __future__ import annotations

import datetime as dt

from pydantic import ValidationError

from counter_app.domain.errors import DomainError
from counter_app.domain.permissions import require
from counter_app.domain.settings_registry import WEB_NOTICES
from counter_app.domain.web_notices import MAX_NOTICES, StationNotice, StationNotices
from counter_app.operations.context import AppContext
from counter_app.operations.settings import load_setting, save_setting


class NoticeError(DomainError):
    pass


def load_notices(ctx: AppContext) -> list[StationNotice]:
    """Every stored notice, newest first (expired ones included, for the supervisor's list)."""
    return load_setting(ctx, WEB_NOTICES).items


def current_notices(ctx: AppContext) -> list[StationNotice]:
    """The notices residents see today."""
    today = ctx.now().date()
    return [n for n in load_notices(ctx) if n.published <= today and (n.until is None or n.until >= today)]


def _save(ctx: AppContext, items: list[StationNotice], action: str, target: str) -> list[StationNotice]:
    return save_setting(ctx, WEB_NOTICES, StationNotices(items=items), action=action, target=target[:100]).items


def add_notice(ctx: AppContext, text: str, until: dt.date | None = None) -> list[StationNotice]:
    """Publish a notice from today (station settings right); the newest shows first."""
    require(ctx.actor, WEB_NOTICES.permission)
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
    require(ctx.actor, WEB_NOTICES.permission)
    items = load_notices(ctx)
    if not 1 <= index <= len(items):
        raise NoticeError("index", f"没有第 {index} 条公告（共 {len(items)} 条）")
    removed = items.pop(index - 1)
    return _save(ctx, items, "web.notice_remove", removed.text)
