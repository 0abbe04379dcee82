"""Office hours stored in the Setting table, on real SQLite and PostgreSQL, and the window's current status."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from sqlalchemy import select

from counter_app.bootstrap import open_context
from counter_app.domain.office_hours import OfficeHours, Period
from counter_app.domain.settings_registry import OFFICE_HOURS, SettingRefused
from counter_app.operations.context import Actor
from counter_app.operations.day.office_hours import current_status, load_office_hours, save_office_hours
from counter_app.store.models import AuditEntry, Setting

MONDAY_EVENING = datetime(2026, 11, 23, 18, 45)


@pytest.fixture
def ctx(db_url):
    context = open_context(db_url, actor=Actor(clerk="王所长", workstation="窗口1", role="supervisor"))
    context.clock = lambda: MONDAY_EVENING
    return context


def test_defaults_until_a_supervisor_saves(ctx) -> None:
    assert load_office_hours(ctx) == OfficeHours()
    status = current_status(ctx)
    assert status.kind == "closed"  # 18:45 is past the default extended service (18:30)
    assert status.next_opening == datetime(2026, 11, 24, 8, 30)


def test_save_and_reload_with_an_audit_entry(ctx) -> None:
    data = OfficeHours().model_dump(mode="json")
    data["extended_until"] = "19:30"
    saved = save_office_hours(ctx, data)
    assert saved.extended_until == time(19, 30)
    assert load_office_hours(ctx) == saved
    status = current_status(ctx)
    assert (status.kind, status.minutes_to_close) == ("after_hours", 45)

    saved_again = save_office_hours(ctx, saved.model_copy(update={"makeup_day_follows": "fri"}))
    assert load_office_hours(ctx).makeup_day_follows == "fri" == saved_again.makeup_day_follows
    with ctx.db.read() as session:
        audits = session.scalars(select(AuditEntry).where(AuditEntry.action == "settings.change")).all()
        assert [(a.target, a.detail["changed"], a.clerk) for a in audits] == [
            (OFFICE_HOURS.key, ["extended_until"], "王所长"),
            (OFFICE_HOURS.key, ["makeup_day_follows"], "王所长"),
        ]


def test_bad_schedule_is_refused_and_nothing_is_stored(ctx) -> None:
    bad = {"regular": {"mon": [{"start": "14:00", "end": "17:30"}, {"start": "08:30", "end": "15:00"}]}}
    with pytest.raises(SettingRefused, match="周一时段 14:00–17:30 与 08:30–15:00"):
        save_office_hours(ctx, bad)
    # A model built without validation is checked again before it is stored.
    unchecked = OfficeHours.model_construct(
        regular={"tue": [Period.model_construct(start=time(12), end=time(9))]},
        extended_until=time(18, 30),
        weekend_duty={},
        makeup_day_follows="tue",
    )
    with pytest.raises(SettingRefused, match="周二办公时段 12:00–09:00"):
        save_office_hours(ctx, unchecked)
    with ctx.db.read() as session:
        assert session.get(Setting, OFFICE_HOURS.key) is None
        assert session.scalars(select(AuditEntry).where(AuditEntry.action == "settings.change")).all() == []


def test_a_corrupt_stored_value_gives_a_clear_message(ctx) -> None:
    with ctx.db.write() as session:
        session.add(Setting(key=OFFICE_HOURS.key, value={"extended_until": "soon"}))
    with pytest.raises(SettingRefused, match="延时服务结束时间「soon」无效"):
        load_office_hours(ctx)


def test_current_status_follows_the_injected_clock(ctx) -> None:
    ctx.clock = lambda: datetime(2026, 11, 23, 12, 15)
    status = current_status(ctx)
    assert (status.kind, status.next_opening) == ("lunch", datetime(2026, 11, 23, 14, 0))
    ctx.clock = lambda: datetime(2026, 11, 23, 14, 0, 30)
    status = current_status(ctx)
    assert (status.kind, status.closes_at, status.minutes_to_close) == ("regular", datetime(2026, 11, 23, 17, 30), 210)


def test_a_clerk_may_not_change_the_office_hours(ctx):
    from dataclasses import replace

    from counter_app.domain.permissions import PermissionDenied

    clerk = replace(ctx, actor=Actor(clerk="小李", workstation="窗口2"))
    with pytest.raises(PermissionDenied):
        save_office_hours(clerk, {"extended_until": None})
    assert load_office_hours(ctx).extended_until is not None
