"""The 待办 tab: a new matter through the dialog, overdue rows in red, Tick done with a note, Reopen, the counts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from counter_app.operations.follow_ups.hooks import follow_up_for_defective_card, follow_up_for_notice
from counter_app.operations.follow_ups.notebook import add_follow_up, tick
from counter_app.store.models import FollowUp, Notice
from tests.clock import Clock
from tests.ui.pages import clerk_on_clock, in_chinese, show_page

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT = "follow-ups.png"  # into the test's tmp folder: a test run leaves the work tree clean
MONDAY = datetime(2026, 11, 23, 10, 30)  # the ui_ctx clock; the next working day is Tuesday 11-24


@pytest.fixture
def clock(ui_ctx) -> Clock:
    return clerk_on_clock(ui_ctx, MONDAY)


def _page(qtbot: QtBot, ui_ctx):
    from counter_app.ui.pages.follow_ups_page import FollowUpsPage

    return show_page(qtbot, FollowUpsPage(ui_ctx))


def _when_modal(kind: type, act: Callable[[object], None]) -> None:
    """Run ``act`` on the modal dialog the next click opens (exec() blocks the test until it closes)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, kind), dialog
        act(dialog)

    QTimer.singleShot(0, run)


def _stored(ui_ctx) -> list[FollowUp]:
    with ui_ctx.db.read() as session:
        rows = list(session.scalars(select(FollowUp).order_by(FollowUp.id)))
        session.expunge_all()
        return rows


def _texts(page, r: int) -> list[str]:
    return [page.table.item(r, c).text() for c in range(7)]


def test_new_follow_up_through_the_dialog(qtbot: QtBot, ui_ctx, clock, warnings) -> None:
    from counter_app.ui.dialogs.follow_up_dialog import FollowUpDialog

    page = _page(qtbot, ui_ctx)
    assert page.table.rowCount() == 0
    seen: dict[str, object] = {}

    def fill(dialog: FollowUpDialog) -> None:
        seen["default_due"] = dialog.due.date().toPython()
        dialog.kind.setCurrentIndex(dialog.kind.findData("call_back"))
        dialog.name.setText("王 小明")
        dialog.phone.setText("138-1234-5678")
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)  # no title yet: refused, the dialog stays open
        seen["still_open"] = dialog.isVisible()
        seen["focus"] = dialog.focusWidget() is dialog.title
        dialog.title.insert("回电告知迁入审批结果")  # keyClicks types ASCII only
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    _when_modal(FollowUpDialog, fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)

    assert seen == {"default_due": date(2026, 11, 24), "still_open": True, "focus": True}
    assert warnings == ["请填写待办事项内容"]
    [stored] = _stored(ui_ctx)
    assert (stored.kind, stored.title, stored.applicant_name, stored.phone, stored.due, stored.source) == (
        "call_back",
        "回电告知迁入审批结果",
        "王 小明",
        "13812345678",
        date(2026, 11, 24),
        "manual",
    )
    assert stored.created_by == "李警官"
    assert page.table.rowCount() == 1
    assert _texts(page, 0) == [
        "回电答复",
        "回电告知迁入审批结果",
        "王 小明",
        "138****5678",
        "2026-11-24",
        "",
        "手工登记",
    ]
    assert page.selected_id() == stored.id


def test_cancel_adds_nothing(qtbot: QtBot, ui_ctx, clock, warnings) -> None:
    from counter_app.ui.dialogs.follow_up_dialog import FollowUpDialog

    page = _page(qtbot, ui_ctx)

    def cancel(dialog: FollowUpDialog) -> None:
        dialog.title.setText("不会保存")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    _when_modal(FollowUpDialog, cancel)
    assert page.new_follow_up() is None
    assert _stored(ui_ctx) == [] and warnings == []


def test_overdue_rows_are_red_and_first(qtbot: QtBot, ui_ctx, clock, warnings) -> None:
    later = add_follow_up(ui_ctx, "other", "整理迁出档案", date(2026, 12, 4))
    late = add_follow_up(ui_ctx, "call_back", "回电：补登出生日期", date(2026, 11, 24), "张三丰", "13812345678")
    today = add_follow_up(ui_ctx, "await_materials", "等待补交结婚证复印件", date(2026, 11, 27), "李四")
    clock.now = datetime(2026, 11, 27, 9, 0)  # Friday: the Tuesday matter is 3 days late

    page = _page(qtbot, ui_ctx)
    assert [row.id for row in page.rows] == [late, today, later]
    assert _texts(page, 0) == [
        "回电答复",
        "回电：补登出生日期",
        "张三丰",
        "138****5678",
        "2026-11-24",
        "overdue 3 day(s)",
        "手工登记",
    ]
    for c in range(7):
        assert page.table.item(0, c).background().color().name() == "#fde2e2"
        assert page.table.item(0, c).foreground().color().name() == "#b71c1c"
    assert page.table.item(1, 5).text() == "due today"
    assert page.table.item(1, 0).background().color().name() != "#fde2e2"
    assert page.table.item(2, 5).text() == ""
    assert page.summary.text() == "3 open, 1 overdue"
    assert page.table.isColumnHidden(7)


def test_tick_with_a_note_then_reopen(qtbot: QtBot, ui_ctx, clock, warnings) -> None:
    first = add_follow_up(ui_ctx, "call_back", "回电：补登出生日期", date(2026, 11, 24), "张三丰")
    second = add_follow_up(ui_ctx, "other", "整理迁出档案", date(2026, 11, 25))
    page = _page(qtbot, ui_ctx)
    counts: list[tuple[int, int]] = []
    page.counts_changed.connect(lambda o, d: counts.append((o, d)))
    assert not page.tick_button.isEnabled() and not page.reopen_button.isEnabled()

    page.table.selectRow(0)
    assert page.tick_button.isEnabled() and not page.reopen_button.isEnabled()

    def cancel(dialog: QInputDialog) -> None:
        dialog.setTextValue("不算")
        dialog.reject()

    _when_modal(QInputDialog, cancel)
    qtbot.mouseClick(page.tick_button, Qt.MouseButton.LeftButton)
    assert all(row.done_at is None for row in _stored(ui_ctx))

    def note(dialog: QInputDialog) -> None:
        dialog.setTextValue("已电话告知，下周一来办")
        dialog.accept()

    clock.now = datetime(2026, 11, 24, 15, 5)
    _when_modal(QInputDialog, note)
    qtbot.mouseClick(page.tick_button, Qt.MouseButton.LeftButton)
    done = {row.id: row for row in _stored(ui_ctx)}[first]
    assert (done.done_at, done.done_by, done.done_note) == (
        datetime(2026, 11, 24, 15, 5),
        "李警官",
        "已电话告知，下周一来办",
    )
    assert [row.id for row in page.rows] == [second]  # gone from the open list
    assert counts[-1] == (1, 0)
    assert page.summary.text() == "1 open, 0 overdue"

    page.show_done.click()
    assert [row.id for row in page.rows] == [second, first]
    assert not page.table.isColumnHidden(7)
    assert page.table.item(1, 7).text() == "11-24 15:05 李警官"
    assert page.table.item(1, 7).toolTip() == "已电话告知，下周一来办"
    assert page.table.item(1, 0).foreground().color().name() == "#757575"
    page.table.selectRow(1)
    assert page.reopen_button.isEnabled() and not page.tick_button.isEnabled()
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    reopened = {row.id: row for row in _stored(ui_ctx)}[first]
    assert (reopened.done_at, reopened.done_by, reopened.done_note) == (None, None, "")
    assert counts[-1] == (2, 0)
    assert warnings == []


def test_ticked_elsewhere_meanwhile_is_explained(qtbot: QtBot, ui_ctx, clock, warnings) -> None:
    item = add_follow_up(ui_ctx, "call_back", "回电：补登出生日期", date(2026, 11, 24))
    page = _page(qtbot, ui_ctx)
    tick(ui_ctx, item, "窗口2已处理")  # another counter, after this page was shown
    page.table.selectRow(0)
    _when_modal(QInputDialog, lambda dialog: dialog.accept())
    assert not page.tick_selected()
    assert len(warnings) == 1 and "已于 2026-11-23 10:30 由 李警官 办结" in warnings[0]
    assert page.rows == []


def test_counts_changed_and_badge_text(qtbot: QtBot, ui_ctx, clock) -> None:
    from counter_app.ui.pages.follow_ups_page import follow_up_badge_text

    for due in (date(2026, 11, 23), date(2026, 11, 24), date(2026, 11, 25), date(2026, 12, 1)):
        add_follow_up(ui_ctx, "other", f"到期 {due}", due)
    done = add_follow_up(ui_ctx, "other", "已办", date(2026, 11, 24))
    tick(ui_ctx, done)
    clock.now = datetime(2026, 11, 26, 8, 0)
    page = _page(qtbot, ui_ctx)
    with qtbot.waitSignal(page.counts_changed) as signal:
        page.refresh()
    assert signal.args == [4, 3]
    with qtbot.waitSignal(page.counts_changed) as signal:
        page.show_done.click()  # showing done matters does not count them as open
    assert signal.args == [4, 3]
    assert follow_up_badge_text(4, 3) == "To do: 4 (3 overdue)"
    assert follow_up_badge_text(4, 0) == "To do: 4"


def test_screenshot(qtbot: QtBot, ui_ctx, clock, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """Thursday morning: three matters late, automatic ones from a notice and a defective card, one done."""
    from counter_app.store.models import CardCase

    in_chinese(request)

    add_follow_up(ui_ctx, "call_back", "回电告知户口迁入审批结果", date(2026, 11, 24), "张三丰", "13812345678")
    add_follow_up(ui_ctx, "other", "与社区核实居住证明（幸福里 12 号）", date(2026, 11, 25), "欧阳娜娜")
    add_follow_up(ui_ctx, "call_back", "回电：身份证加急费用咨询", date(2026, 11, 26), "李四", "13900001111")
    done = add_follow_up(ui_ctx, "other", "补打上周受理回执", date(2026, 11, 24), "赵敏")
    with ui_ctx.db.write() as session:
        notice = Notice(
            notice_no="GZ20261123007",
            service_name="户口迁入（投靠）",
            applicant_name="王小明",
            phone="13700000001",
            missing=[{"name": "结婚证原件"}, {"name": "房产证明"}],
            created_at=MONDAY,
        )
        follow_up_for_notice(ui_ctx, session, notice)
        card = CardCase(
            acceptance_no="3301062026112300015", service_name="居民身份证换领", name="孙七", phone="13500000003"
        )
        follow_up_for_defective_card(ui_ctx, session, card)
    clock.now = datetime(2026, 11, 26, 9, 15)
    tick(ui_ctx, done, "已交申请人")

    page = _page(qtbot, ui_ctx)
    page.show_done.setChecked(True)
    page.table.selectRow(3)  # a row not overdue, so the red rows show as the clerk sees them
    qtbot.wait(50)
    assert page.grab().save(str(tmp_path / SCREENSHOT))
    assert page.counts == (5, 3)
