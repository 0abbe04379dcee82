"""The station's office hours (办公时间), stored in the Setting table, and the window's status right now."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from counter_app.domain.office_hours import OfficeHours, ServiceStatus, status_at
from counter_app.domain.settings_registry import OFFICE_HOURS
from counter_app.operations.admin.station_calendar import working_calendar
from counter_app.operations.context import AppContext
from counter_app.operations.settings import load_setting, save_setting, setting_in


def office_hours_in(session: Session) -> OfficeHours:
    """The schedule as seen by an open transaction (so callers inside a write block read their own view)."""
    return setting_in(session, OFFICE_HOURS)


def load_office_hours(ctx: AppContext) -> OfficeHours:
    return load_setting(ctx, OFFICE_HOURS)


def save_office_hours(ctx: AppContext, hours: OfficeHours | Mapping[str, Any]) -> OfficeHours:
    """Validate and store the whole schedule (checked again even when given as a model: it may have been built
    unchecked); a bad period is refused with the weekday and period named."""
    return save_setting(ctx, OFFICE_HOURS, hours)


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
