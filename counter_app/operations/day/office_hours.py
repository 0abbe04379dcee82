"""The station's office hours (办公时间), stored in the Setting table, and the window's status right now."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from counter_app.domain.office_hours import OfficeHours, ServiceStatus, parse_office_hours, status_at
from counter_app.domain.permissions import Permission, require
from counter_app.operations.admin.station_calendar import working_calendar
from counter_app.operations.context import AppContext
from counter_app.store.settings_rows import setting_value, store_setting

OFFICE_HOURS_KEY = "office_hours"


def office_hours_in(session: Session) -> OfficeHours:
    """The schedule as seen by an open transaction (so callers inside a write block read their own view)."""
    return parse_office_hours(setting_value(session, OFFICE_HOURS_KEY))


def load_office_hours(ctx: AppContext) -> OfficeHours:
    with ctx.db.read() as session:
        return office_hours_in(session)


def save_office_hours(ctx: AppContext, hours: OfficeHours | Mapping[str, Any]) -> OfficeHours:
    """Validate and store the whole schedule; a bad period is refused with the weekday and period named."""
    require(ctx.actor, Permission.EDIT_OFFICE_HOURS)
    # Re-validating also catches a model built with model_construct() or edited data from a settings page.
    data = hours.model_dump(mode="json") if isinstance(hours, OfficeHours) else dict(hours)
    checked = parse_office_hours(data)
    value = checked.model_dump(mode="json")
    with ctx.db.write() as session:
        before = store_setting(session, OFFICE_HOURS_KEY, value) or OfficeHours().model_dump(mode="json")
        changed = sorted(key for key in value if before.get(key) != value[key])
        ctx.audit(session, "settings.change", OFFICE_HOURS_KEY, changed=changed)
    return checked


@dataclass(frozen=True)
class StatusNow:
    """The counter's status now and the one that follows when it ends: a lunch break or the end of the day decides
    how the status bar words "closes in …"."""

    status: ServiceStatus
    following: ServiceStatus | None


def status_now(hours: OfficeHours, now: datetime) -> StatusNow:
    """From a schedule already read (the status bar ticks without asking the server)."""
    calendar = working_calendar()
    status = status_at(hours, calendar, now)
    following = status_at(hours, calendar, status.closes_at) if status.closes_at else None
    return StatusNow(status, following)


def current_status(ctx: AppContext) -> ServiceStatus:
    """What the main window shows: regular time, lunch, extended service (延时服务中), duty or closed."""
    return status_now(load_office_hours(ctx), ctx.now()).status
