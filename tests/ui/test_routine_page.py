"""The 开窗/闭窗 tab: ticks kept per day with who and when, the lists edited by a supervisor and refused to a clerk."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from counter_app.operations.context import Actor
from counter_app.operations.day.routine import RoutineItems, day_routine, load_routine, save_routine, tick
from counter_app.store.models import RoutineTick
from tests.clock import Clock
from tests.ui.pages import clerk_on_clock, in_chinese, show_page

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT = "routine.png"  # into the test's tmp folder: a test run leaves the work tree clean
MONDAY = datetime(2026, 11, 23, 8, 20)
CLERK = Actor(clerk="李警官", workstation="窗口1")
SUPERVISOR = Actor(clerk="张所长", workstation="窗口1", role="supervisor")


@pytest.fixture
def clock(ui_ctx) -> Clock:
    return clerk_on_clock(ui_ctx, MONDAY)


def _page(qtbot: QtBot, ui_ctx):
    from counter_app.ui.pages.routine_page import RoutinePage

    return show_page(qtbot, RoutinePage(ui_ctx))


def _click(qtbot: QtBot, box) -> None:
    # A check box reacts only on its indicator and text, not on the empty width the grid gives it.
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _ticks(ui_ctx) -> list[tuple[date, str, str, str, datetime]]:
    with ui_ctx.db.read() as session:
        rows = session.scalars(select(RoutineTick).order_by(RoutineTick.day, RoutineTick.phase, RoutineTick.item))
        return [(t.day, t.phase, t.item, t.clerk, t.done_at) for t in rows]


def _with_dialog(act: Callable[[object], None]) -> None:
    def run() -> None:
        from counter_app.ui.dialogs.routine_dialog import RoutineDialog

        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RoutineDialog), dialog
        act(dialog)

    QTimer.singleShot(0, run)


def test_tick_and_untick_persist_with_who_and_when(qtbot: QtBot, ui_ctx, clock, warnings) -> None:
    page = _page(qtbot, ui_ctx)
    box = page.boxes[("open", "check_receipt_paper")]
    assert box.text() == "检查凭条打印机纸卷" and not box.isChecked()
    assert page.summary.text() == "Opening: 5 left, closing: 4 left"

    _click(qtbot, box)
    assert _ticks(ui_ctx) == [(MONDAY.date(), "open", "check_receipt_paper", "李警官", MONDAY)]
    assert page.boxes[("open", "check_receipt_paper")].isChecked()
    assert page.who[("open", "check_receipt_paper")].text() == "李警官 08:20"
    assert page.summary.text() == "Opening: 4 left, closing: 4 left"

    clock.now = datetime(2026, 11, 23, 8, 25)
    _click(qtbot, page.boxes[("open", "check_receipt_paper")])
    assert _ticks(ui_ctx) == []
    assert not page.boxes[("open", "check_receipt_paper")].isChecked()
    assert page.who[("open", "check_receipt_paper")].text() == ""
    assert warnings == []


def test_days_are_kept_apart_and_late_ticks_show_the_date(qtbot: QtBot, ui_ctx, clock, warnings) -> None:
    page = _page(qtbot, ui_ctx)
    clock.now = datetime(2026, 11, 24, 8, 5)  # Tuesday morning, finishing Monday's closing round
    page.refresh()
    assert page.day() == date(2026, 11, 24)  # the page followed the new day
    page.day_edit.setDate(QDate(2026, 11, 23))
    _click(qtbot, page.boxes[("close", "tidy_card_cabinet")])
    assert _ticks(ui_ctx) == [(date(2026, 11, 23), "close", "tidy_card_cabinet", "李警官", clock.now)]
    assert page.who[("close", "tidy_card_cabinet")].text() == "李警官 11-24 08:05"
    page.day_edit.setDate(QDate(2026, 11, 24))
    assert not page.boxes[("close", "tidy_card_cabinet")].isChecked()
    assert page.day_edit.maximumDate() == QDate(2026, 11, 24)  # tomorrow cannot be chosen


def test_a_tick_given_at_another_counter_keeps_its_clerk(qtbot: QtBot, ui_ctx, clock, warnings) -> None:
    page = _page(qtbot, ui_ctx)
    ui_ctx.actor = Actor(clerk="王辅警", workstation="窗口2")
    tick(ui_ctx, MONDAY.date(), "open", "print_appointments")
    ui_ctx.actor = CLERK
    clock.now = datetime(2026, 11, 23, 8, 30)
    _click(qtbot, page.boxes[("open", "print_appointments")])  # stale: unticked
    assert page.boxes[("open", "print_appointments")].isChecked()
    assert page.who[("open", "print_appointments")].text() == "王辅警 08:20"


def test_removed_item_still_shows_its_tick(qtbot: QtBot, ui_ctx, clock) -> None:
    tick(ui_ctx, MONDAY.date(), "open", "start_queue_and_rating")
    ui_ctx.actor = SUPERVISOR
    items = load_routine(ui_ctx)
    save_routine(ui_ctx, RoutineItems(open=items.open[:-1], close=items.close))
    ui_ctx.actor = CLERK
    page = _page(qtbot, ui_ctx)
    box = page.boxes[("open", "start_queue_and_rating")]
    assert box.isChecked() and box.font().italic()
    _click(qtbot, box)
    assert _ticks(ui_ctx) == []
    assert ("open", "start_queue_and_rating") not in page.boxes


def test_clerk_cannot_edit_the_lists(qtbot: QtBot, ui_ctx, clock, warnings) -> None:
    from counter_app.ui.dialogs.routine_dialog import RoutineDialog

    page = _page(qtbot, ui_ctx)
    assert not page.edit_button.isEnabled()
    # Even with the dialog opened another way, the operation refuses the clerk.
    dialog = RoutineDialog(ui_ctx, page)
    qtbot.addWidget(dialog)
    dialog.add_item("open", "开启空调")
    assert not dialog.submit()
    assert len(warnings) == 1 and "无权修改每日例行事项" in warnings[0]
    assert "开启空调" not in [i.text for i in load_routine(ui_ctx).open]


def test_supervisor_edits_the_lists(qtbot: QtBot, ui_ctx, clock, warnings) -> None:
    tick(ui_ctx, MONDAY.date(), "open", "check_receipt_paper")
    ui_ctx.actor = SUPERVISOR
    page = _page(qtbot, ui_ctx)
    assert page.edit_button.isEnabled()

    def edit(dialog) -> None:
        opening = dialog.lists["open"]
        assert dialog.texts("open")[1] == "检查凭条打印机纸卷"
        opening.item(1).setText("检查凭条打印机纸卷和色带")  # renamed: keeps its id and today's tick
        opening.setCurrentRow(4)
        dialog.remove_selected("open")  # 开启叫号机与评价器
        dialog.add_item("open", "打印今日预约名单")  # same text as the first item: a distinct id
        dialog.add_item("close", "")  # an empty item is refused by the operation; the dialog stays open
        dialog.submit()
        assert dialog.isVisible()
        dialog.lists["close"].setCurrentRow(4)
        dialog.move_selected("close", -1)
        dialog.lists["close"].currentItem().setText("关闭窗口显示屏")
        dialog.submit()

    _with_dialog(edit)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)

    assert warnings == ["闭窗整理第 5 项内容无效：不能为空"]
    saved = load_routine(ui_ctx)
    assert [(i.id, i.text) for i in saved.open] == [
        ("print_appointments", "打印今日预约名单"),
        ("check_receipt_paper", "检查凭条打印机纸卷和色带"),
        ("review_overdue_follow_ups", "查看逾期待办"),
        ("prepare_convenience_items", "准备便民物品（老花镜、笔、复印）"),
        ("dayinjinriyuyuemingdan", "打印今日预约名单"),
    ]
    assert [(i.id, i.text) for i in saved.close][3:] == [
        ("guanbichuangkouxianshiping", "关闭窗口显示屏"),
        ("write_daily_report", "填写工作日报"),
    ]
    assert page.boxes[("open", "check_receipt_paper")].text() == "检查凭条打印机纸卷和色带"
    assert page.boxes[("open", "check_receipt_paper")].isChecked()
    assert day_routine(ui_ctx, MONDAY.date()).remaining("open") == 4


def test_item_ids(qtbot: QtBot) -> None:
    from counter_app.ui.dialogs.routine_dialog import routine_item_id

    assert routine_item_id("查看逾期待办", []) == "chakanyuqidaiban"
    assert routine_item_id("查看逾期待办", ["chakanyuqidaiban", "chakanyuqidaiban_2"]) == "chakanyuqidaiban_3"
    assert routine_item_id("！！", []) == "item"
    long_id = routine_item_id("检查" * 40, ["jiancha" * 8 + "jian"])
    assert len(long_id) <= 60 and long_id.endswith("_2")


def test_screenshot(qtbot: QtBot, ui_ctx, clock, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """Monday 08:40: the opening round half done by two clerks, the closing round still to come."""
    in_chinese(request)
    for hhmm, actor, item in (
        ((8, 12), CLERK, "print_appointments"),
        ((8, 15), CLERK, "check_receipt_paper"),
        ((8, 31), Actor(clerk="王辅警", workstation="窗口2"), "prepare_convenience_items"),
    ):
        ui_ctx.actor = actor
        clock.now = datetime(2026, 11, 23, *hhmm)
        tick(ui_ctx, MONDAY.date(), "open", item)
    ui_ctx.actor = CLERK
    clock.now = datetime(2026, 11, 23, 8, 40)
    page = _page(qtbot, ui_ctx)
    qtbot.wait(50)
    assert page.grab().save(str(tmp_path / SCREENSHOT))
