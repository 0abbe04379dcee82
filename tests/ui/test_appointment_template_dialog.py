"""The appointment template editor: blocks as table rows, notation read with the row named, rules checked on save."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from counter_app.operations.appointments.template import TemplateError, load_template
from counter_app.store.models import AuditEntry
from counter_app.ui.dialogs.appointment_template_dialog import (
    CAPACITY,
    DAY_KIND,
    END,
    LABEL,
    SKIP_HOLIDAYS,
    START,
    WEEKDAYS,
    format_weekdays,
    parse_clock,
    parse_weekdays,
)


@pytest.fixture
def shown_warnings(warnings: list[str]) -> list[str]:
    return warnings


@pytest.fixture
def dialog(qtbot: QtBot, ui_ctx):
    from counter_app.ui.dialogs.appointment_template_dialog import AppointmentTemplateDialog

    ui_ctx.actor = replace(ui_ctx.actor, clerk="boss", role="supervisor")
    widget = AppointmentTemplateDialog(ui_ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _ok(qtbot: QtBot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _template_changes(ctx) -> int:
    with ctx.db.read() as session:
        return len(list(session.scalars(select(AuditEntry).where(AuditEntry.target == "appointment_template"))))


def test_shows_the_stored_blocks(dialog) -> None:
    table = dialog.table
    assert table.rowCount() == 2
    assert [table.item(0, c).text() for c in (LABEL, WEEKDAYS, START, END)] == ["工作日晚间", "1-7", "17:30", "18:30"]
    assert table.item(1, WEEKDAYS).text() == "6" and table.cellWidget(1, DAY_KIND).currentData() == "rest"
    assert table.item(0, SKIP_HOLIDAYS).checkState() == Qt.CheckState.Checked


def test_edited_block_is_saved_and_audited(qtbot: QtBot, ui_ctx, dialog, shown_warnings) -> None:
    dialog.set_cell(1, WEEKDAYS, "6，7")
    dialog.set_cell(1, END, "11：30")
    dialog.set_cell(1, CAPACITY, "3")
    dialog.table.item(1, SKIP_HOLIDAYS).setCheckState(Qt.CheckState.Unchecked)
    _ok(qtbot, dialog)
    assert shown_warnings == [] and not dialog.isVisible()
    block = load_template(ui_ctx).blocks[1]
    assert (block.weekdays, block.end, block.capacity) == ([6, 7], dt.time(11, 30), 3)
    assert block.skip_public_holidays is False and _template_changes(ui_ctx) == 1


def test_added_and_removed_blocks(qtbot: QtBot, ui_ctx, dialog, shown_warnings) -> None:
    dialog.table.selectRow(0)
    dialog.remove_selected()
    row = dialog.add_block()
    dialog.set_cell(row, LABEL, "午间")
    dialog.set_cell(row, START, "12:00")
    dialog.set_cell(row, END, "13:00")
    dialog.table.cellWidget(row, DAY_KIND).setCurrentIndex(2)
    _ok(qtbot, dialog)
    assert shown_warnings == []
    assert [(b.label, b.day_kind) for b in load_template(ui_ctx).blocks] == [("周六上午", "rest"), ("午间", "any")]


@pytest.mark.parametrize(
    ("row", "column", "text", "words"),
    [
        (0, WEEKDAYS, "1-8", "第 1 行星期「1-8」无法识别"),
        (1, WEEKDAYS, "", "第 2 行未填写星期"),
        (0, START, "17.30", "第 1 行开始时间「17.30」无法识别"),
        (1, CAPACITY, "两个", "第 2 行每段名额「两个」应为整数"),
        (1, END, "09:10", "放不下一个 30 分钟的时段"),
    ],
)
def test_bad_cell_is_refused_with_the_row(qtbot, ui_ctx, dialog, shown_warnings, row, column, text, words) -> None:
    dialog.set_cell(row, column, text)
    _ok(qtbot, dialog)
    assert len(shown_warnings) == 1 and words in shown_warnings[0]
    assert dialog.isVisible() and _template_changes(ui_ctx) == 0


def test_clerk_is_refused(qtbot: QtBot, ui_ctx, dialog, shown_warnings) -> None:
    dialog.ctx.actor = replace(ui_ctx.actor, clerk="li", role="clerk")
    _ok(qtbot, dialog)
    assert "无权修改预约时段模板" in shown_warnings[0] and _template_changes(ui_ctx) == 0


@given(st.lists(st.integers(min_value=1, max_value=7), min_size=1))
def test_weekday_text_round_trips(days: list[int]) -> None:
    assert parse_weekdays(format_weekdays(days), 1) == sorted(set(days))


@given(st.text(max_size=8))
def test_weekday_parser_reads_or_refuses(text: str) -> None:
    try:
        days = parse_weekdays(text, 3)
    except TemplateError as exc:
        assert "第 3 行" in exc.message
    else:
        assert days and all(1 <= d <= 7 for d in days)


def test_clock_notation() -> None:
    assert parse_clock(" 9:05 ", 1, "开始时间") == "09:05" and parse_clock("17：30", 1, "结束时间") == "17:30"
    for bad in ("24:00", "9:5", "0930", ""):
        with pytest.raises(TemplateError, match="第 2 行结束时间"):
            parse_clock(bad, 2, "结束时间")
    assert format_weekdays([7, 1, 2, 3, 6]) == "1-3,6,7"
