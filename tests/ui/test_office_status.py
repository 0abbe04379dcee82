"""The status-bar label: each kind of moment, on injected clocks, reads differently and is coloured by kind."""

from __future__ import annotations

from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot

MONDAY = "2026-11-23"  # a working day; the default schedule: 08:30-12:00, 14:00-17:30, extended to 18:30

MOMENTS = {
    "regular_before_lunch": (f"{MONDAY} 10:30", "regular"),
    "regular_before_closing": (f"{MONDAY} 17:00", "regular"),
    "lunch": (f"{MONDAY} 12:30", "lunch"),
    "after_hours": (f"{MONDAY} 18:00", "after_hours"),
    "weekend_duty": ("2026-11-28 10:00", "weekend_duty"),  # Saturday duty 09:00-12:00
    "closed_rest_day": ("2026-11-29 10:00", "closed"),
    "closed_holiday": ("2026-10-01 10:00", "closed"),  # National Day
}


@pytest.fixture
def label(qtbot: QtBot, ui_ctx):
    from counter_app.ui.office_status import OfficeStatusLabel

    widget = OfficeStatusLabel(ui_ctx)
    qtbot.addWidget(widget)
    return widget


def _show_at(ui_ctx, label, moment: str):
    ui_ctx.clock = lambda: datetime.fromisoformat(moment)
    return label.update_now()


def test_each_kind_of_moment_reads_differently(ui_ctx, label) -> None:
    texts = {}
    for name, (moment, kind) in MOMENTS.items():
        assert _show_at(ui_ctx, label, moment).kind == kind, name
        texts[name] = label.text()
    assert len(set(texts.values())) == len(MOMENTS), texts
    assert texts["regular_before_lunch"] == "Regular hours · lunch break in 1 h 30 min (12:00)"
    assert texts["regular_before_closing"] == "Regular hours · closes in 30 min (17:30)"
    assert texts["lunch"] == "Lunch break — extended service"
    assert texts["after_hours"] == "After hours — extended service until 18:30"
    assert texts["weekend_duty"] == "Weekend duty · ends in 2 h 00 min (12:00)"
    assert texts["closed_rest_day"] == "Closed"
    assert texts["closed_holiday"] == "Closed — public holiday"


def test_colours_and_opening_hint(ui_ctx, label) -> None:
    _show_at(ui_ctx, label, f"{MONDAY} 10:30")
    assert "#ffe8b3" not in label.styleSheet() and label.toolTip() == ""
    for moment in (f"{MONDAY} 12:30", f"{MONDAY} 18:00", "2026-11-28 10:00"):
        _show_at(ui_ctx, label, moment)
        assert "#ffe8b3" in label.styleSheet(), moment  # amber: extended service or duty
    _show_at(ui_ctx, label, f"{MONDAY} 12:30")
    assert label.toolTip() == "Opens again at 14:00"
    _show_at(ui_ctx, label, "2026-11-29 10:00")
    assert "#e0e0e0" in label.styleSheet()  # grey: closed
    assert label.toolTip() == "Opens again on 11-30 at 08:30"


def test_a_saved_schedule_is_read_after_a_change_and_ticks_recompute(ui_ctx, label) -> None:
    from counter_app.operations.day.office_hours import save_office_hours

    _show_at(ui_ctx, label, f"{MONDAY} 18:00")
    assert label.status.kind == "after_hours"
    from dataclasses import replace

    save_office_hours(replace(ui_ctx, actor=replace(ui_ctx.actor, role="supervisor")), {"extended_until": None})
    label.timer.timeout.emit()  # a tick recomputes from the schedule read before, without the server
    assert label.status.kind == "after_hours"
    label.reload()  # what the window does when the change marker moved
    assert label.status.kind == "closed" and label.text() == "Closed"
    assert label.timer.interval() == 30_000 and label.timer.isActive()
