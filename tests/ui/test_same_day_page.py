"""The 当日办 tab: the board with an overdue row, Done in one action, closing the day, the after-hours log."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from counter_app.operations.day.service_cases import finish_case, start_case
from counter_app.store.models import FollowUp, ServiceCase
from tests.clock import Clock

ROOT = Path(__file__).resolve().parents[2]
QM = ROOT / "resources" / "translations" / "counter_app_zh_CN.qm"
MONDAY = date(2026, 11, 23)  # default schedule: 08:30-12:00, 14:00-17:30, extended service to 18:30
ON_THE_SPOT = dict(service_id="birth_registration", service_name="出生登记")  # promised 0 days: same day


def at(hhmm: str, day: date = MONDAY) -> datetime:
    return datetime.combine(day, time.fromisoformat(hhmm))


@pytest.fixture
def clock(ui_ctx) -> Clock:
    ui_ctx.clock = Clock(at("09:00"))
    return ui_ctx.clock


@pytest.fixture
def messages(shown) -> dict[str, list[str]]:
    return {"warning": shown.refusals, "information": shown.informations}


def _case(ui_ctx, clock: Clock, hhmm: str, name: str, **fields) -> int:
    clock.now = at(hhmm)
    return start_case(ui_ctx, applicant_name=name, **{**ON_THE_SPOT, **fields}).id


def _page(qtbot: QtBot, ui_ctx):
    from counter_app.ui.pages.same_day_page import SameDayPage

    page = SameDayPage(ui_ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.refresh()
    return page


def _row_of(page, case_id: int) -> int:
    return [row.case_id for row in page.board].index(case_id)


def _stored(ui_ctx, case_id: int) -> ServiceCase:
    with ui_ctx.db.read() as session:
        case = session.get(ServiceCase, case_id)
        session.expunge(case)
        return case


def _with_dialog(fill: Callable[[object], None]) -> None:
    def act() -> None:
        from counter_app.ui.dialogs.close_day_dialog import CloseDayDialog

        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CloseDayDialog)
        fill(dialog)

    QTimer.singleShot(0, act)


def test_board_highlights_overdue_and_done_is_one_action(qtbot: QtBot, ui_ctx, clock, messages) -> None:
    early = _case(ui_ctx, clock, "09:00", "张三丰")  # falls due at closing, 17:30
    second = _case(ui_ctx, clock, "09:10", "李四")
    late = _case(ui_ctx, clock, "17:45", "王五")  # after closing: due at the end of extended service, 18:30
    clock.now = at("18:00")
    page = _page(qtbot, ui_ctx)

    table = page.board_table
    r = _row_of(page, early)
    assert [table.item(r, c).text() for c in range(6)] == [
        "出生登记",
        "张*丰",
        "09:00",
        "17:30",
        "overdue 30 min",
        "In progress",
    ]
    assert table.item(r, 4).background().color().name() == "#fde2e2"
    assert table.item(r, 0).foreground().color().name() == "#b71c1c"
    r_late = _row_of(page, late)
    assert table.item(r_late, 4).text() == "30 min"
    assert table.item(r_late, 4).background().color().name() != "#fde2e2"
    assert page.board_summary.text() == "3 open (2 overdue), 0 finished of 3"
    assert not page.done_button.isEnabled()  # nothing selected yet

    table.selectRow(_row_of(page, late))
    assert page.done_button.isEnabled()
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    done = _stored(ui_ctx, late)
    assert (done.outcome, done.ended_at, done.after_hours_minutes, done.after_hours_reason) == (
        "done",
        at("18:00"),
        15,
        "evening",
    )
    assert table.item(_row_of(page, late), 5).text() == "Done"
    assert not page.done_button.isEnabled()  # the selected row is finished now

    table.setFocus()
    table.setCurrentCell(_row_of(page, second), 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter on a row = Done
    assert _stored(ui_ctx, second).outcome == "done"
    qtbot.keyClick(table, Qt.Key.Key_Return)  # a finished row stays as it is
    assert not messages["warning"]
    assert page.board_summary.text() == "1 open (1 overdue), 2 finished of 3"

    # Both finished cases ran outside regular time (one through lunch) and are in this week's after-hours log.
    assert page.log_table.rowCount() == 2
    assert [page.log_table.item(0, c).text() for c in (0, 1, 4, 5)] == ["11-23 09:10", "18:00", "Lunch break", "150"]
    assert [page.log_table.item(1, c).text() for c in range(7)] == [
        "11-23 17:45",
        "18:00",
        ui_ctx.actor.clerk,
        "出生登记",
        "After closing",
        "15",
        "Done",
    ]
    assert page.log_total.text() == "Total: 2 case(s), 165 minute(s) after hours"


def test_double_click_finishes_and_another_counter_wins(qtbot: QtBot, ui_ctx, clock, messages) -> None:
    first = _case(ui_ctx, clock, "09:00", "张三丰")
    other = _case(ui_ctx, clock, "09:05", "李四")
    clock.now = at("10:00")
    page = _page(qtbot, ui_ctx)
    assert page.board_table.item(_row_of(page, first), 4).text() == "7 h 30 min"

    rect = page.board_table.visualItemRect(page.board_table.item(_row_of(page, first), 1))
    # A real double-click is press, release, double-click: the view only acts on the row it saw pressed.
    qtbot.mouseClick(page.board_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert _stored(ui_ctx, first).outcome == "in_progress"  # one click only selects
    qtbot.mouseDClick(page.board_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert _stored(ui_ctx, first).outcome == "done"
    assert not messages["warning"]

    finish_case(ui_ctx, other, "refused")  # at another counter, while this board still shows it open
    page.board_table.selectRow(_row_of(page, other))
    assert page.board[_row_of(page, other)].outcome == "in_progress"  # the board has not seen it yet
    assert page.finish_selected() is False
    assert len(messages["warning"]) == 1 and "不能重复办结" in messages["warning"][0]
    assert page.board_table.item(_row_of(page, other), 5).text() == "Refused"  # refreshed after the refusal


def test_close_day_needs_a_reason_for_every_case(qtbot: QtBot, ui_ctx, clock, messages) -> None:
    from counter_app.ui.dialogs.close_day_dialog import CloseDayDialog

    missing = _case(ui_ctx, clock, "09:00", "张三丰", phone="13812345678")
    left = _case(ui_ctx, clock, "10:00", "李四")
    finished = _case(ui_ctx, clock, "11:00", "王五")
    clock.now = at("17:40")
    finish_case(ui_ctx, finished)
    page = _page(qtbot, ui_ctx)

    dialog = CloseDayDialog(ui_ctx, MONDAY, [row for row in page.board if row.outcome == "in_progress"], page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 2 and [dialog.table.item(r, 1).text() for r in range(2)] == ["张*丰", "李*"]
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.text() == "2 case(s) still need a reason"

    first, second = dialog.reasons
    first.setCurrentIndex(first.findText("材料不齐待补正"))
    assert not dialog.ok_button.isEnabled()  # one row still has none
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter cannot close the day yet
    assert dialog.isVisible()
    with ui_ctx.db.read() as session:
        assert session.get(ServiceCase, missing).outcome == "in_progress"

    other = second.findText("其他")
    second.setCurrentIndex(other)
    second.activated.emit(other)  # as when the clerk picks it in the list
    assert second.currentText() == "其他："
    assert not dialog.ok_button.isEnabled()  # "其他" alone explains nothing
    second.setEditText("其他：申请人去复印户口簿未回")
    assert dialog.ok_button.isEnabled() and dialog.hint.text() == ""

    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter accepts
    assert not dialog.isVisible() and dialog.result_ is not None
    assert messages["information"] == [
        "2 case(s) marked not done, 2 follow-up(s) created; 1 of 3 same-day case(s) were finished."
    ]
    assert not messages["warning"]
    for case_id, reason in ((missing, "材料不齐待补正"), (left, "其他：申请人去复印户口簿未回")):
        stored = _stored(ui_ctx, case_id)
        assert (stored.outcome, stored.not_done_reason) == ("not_done", reason)
    with ui_ctx.db.read() as session:
        follow_ups = {f.source_ref: f for f in session.scalars(select(FollowUp))}
    assert set(follow_ups) == {f"case:{missing}", f"case:{left}"}
    assert follow_ups[f"case:{missing}"].title == "当日未办结：出生登记（材料不齐待补正）"
    assert follow_ups[f"case:{missing}"].due == date(2026, 11, 24)
    assert follow_ups[f"case:{missing}"].phone == "13812345678"

    page.refresh()
    assert page.board_summary.text() == "0 open (0 overdue), 3 finished of 3"
    assert page.board_table.item(_row_of(page, missing), 5).text() == "Not done today"


def test_close_day_button_runs_the_dialog(qtbot: QtBot, ui_ctx, clock, messages) -> None:
    case_id = _case(ui_ctx, clock, "09:00", "张三丰")
    clock.now = at("17:45")
    page = _page(qtbot, ui_ctx)

    def give_reason(dialog) -> None:
        assert not dialog.ok_button.isEnabled()
        dialog.reasons[0].setEditText("系统故障")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    _with_dialog(give_reason)
    qtbot.mouseClick(page.close_day_button, Qt.MouseButton.LeftButton)
    assert _stored(ui_ctx, case_id).outcome == "not_done"
    assert len(messages["information"]) == 1 and not messages["warning"]
    assert page.board_table.item(0, 4).text() == "late"

    def nothing_open(dialog) -> None:
        assert dialog.table.rowCount() == 0 and dialog.ok_button.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    _with_dialog(nothing_open)
    qtbot.mouseClick(page.close_day_button, Qt.MouseButton.LeftButton)
    assert len(messages["information"]) == 1


def test_board_refreshes_itself_while_visible(qtbot: QtBot, ui_ctx, clock) -> None:
    _case(ui_ctx, clock, "17:00", "张三丰")
    clock.now = at("17:20")
    page = _page(qtbot, ui_ctx)
    assert page.board_table.item(0, 4).text() == "10 min" and page.timer.isActive()
    clock.now = at("17:31")
    page.timer.timeout.emit()  # the minute tick
    assert page.board_table.item(0, 4).text() == "overdue 1 min"
    page.hide()
    assert not page.timer.isActive()


def test_after_hours_log_range_and_total(qtbot: QtBot, ui_ctx, clock) -> None:
    lunch = _case(ui_ctx, clock, "11:50", "张三丰")
    clock.now = at("12:20")
    finish_case(ui_ctx, lunch)
    saturday = datetime(2026, 11, 28, 9, 30)
    clock.now = saturday
    duty = start_case(ui_ctx, applicant_name="李四", **ON_THE_SPOT).id
    clock.now = datetime(2026, 11, 28, 10, 10)
    finish_case(ui_ctx, duty, "notice")
    page = _page(qtbot, ui_ctx)
    assert page.log_from.date().toPython() == MONDAY and page.log_to.date().toPython() == date(2026, 11, 29)
    assert [page.log_table.item(r, 4).text() for r in range(2)] == ["Lunch break", "Weekend duty"]
    assert page.log_table.item(1, 6).text() == "One-time notice given"
    assert page.log_total.text() == "Total: 2 case(s), 60 minute(s) after hours"
    page.log_to.setDate(page.log_to.date().addDays(-2))  # Monday to Friday
    assert page.log_table.rowCount() == 1
    assert page.log_total.text() == "Total: 1 case(s), 20 minute(s) after hours"
    page.log_to.setDate(page.log_from.date().addDays(-1))
    assert page.log_table.rowCount() == 0 and "早于开始日期" in page.log_total.text()


def test_screenshots(qtbot: QtBot, ui_ctx, clock, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """Friday 17:50, in extended service: the day's board and the week's after-hours log (Chinese where translated)."""
    from PySide6.QtCore import QTranslator

    from counter_app.operations.context import Actor

    app = QApplication.instance()
    translator = QTranslator()
    assert translator.load(str(QM))
    app.installTranslator(translator)
    request.addfinalizer(lambda: app.removeTranslator(translator))
    services = {
        s: ui_ctx.catalog.get(s).name
        for s in (
            "birth_registration",
            "cert_temporary_identity",
            "cert_kinship",
            "hukou_book_replacement",
            "residence_permit_endorse",
            "no_criminal_record_certificate",
        )
    }
    clerks = {"李": Actor(clerk="李警官", workstation="窗口1"), "王": Actor(clerk="王辅警", workstation="窗口2")}

    def served(
        day: date,
        start: str,
        end: str | None,
        name: str,
        service: str,
        clerk: str = "李",
        outcome: str = "done",
        channel: str = "regular",
    ) -> None:
        ui_ctx.actor = clerks[clerk]
        clock.now = at(start, day)
        case_id = start_case(
            ui_ctx,
            applicant_name=name,
            service_id=service,
            service_name=services[service],
            channel=channel,
            promise="same_day",
        ).id
        if end is not None:
            clock.now = at(end, day)
            finish_case(ui_ctx, case_id, outcome)

    week = [date(2026, 11, 23 + offset) for offset in range(5)]
    served(week[0], "11:40", "12:25", "陈晓东", "cert_kinship")
    served(week[0], "17:20", "17:55", "刘芳", "birth_registration", "王")
    served(week[1], "08:05", "08:40", "黄志强", "no_criminal_record_certificate", channel="appointment")
    served(week[2], "12:10", "12:35", "吴敏", "residence_permit_endorse", "王", outcome="notice")
    served(week[3], "17:45", "18:20", "郑浩", "hukou_book_replacement", channel="green_channel")
    friday = week[4]
    served(friday, "08:40", "09:05", "张三丰", "birth_registration")
    served(friday, "09:20", "09:40", "王小明", "cert_temporary_identity", "王")
    served(friday, "10:15", None, "欧阳娜娜", "cert_kinship")
    served(friday, "14:10", "14:50", "李四", "hukou_book_replacement", "王")
    served(friday, "16:30", "17:45", "赵敏", "birth_registration")
    served(friday, "17:35", None, "孙七", "cert_temporary_identity", "王")
    served(friday, "17:40", None, "周芷若", "residence_permit_endorse")
    clock.now = at("17:50", friday)

    page = _page(qtbot, ui_ctx)
    page.board_table.selectRow(_row_of(page, page.board[-1].case_id))
    qtbot.wait(50)
    assert page.grab().save(str(tmp_path / "same-day-board.png"))
    page.tabs.setCurrentIndex(1)
    qtbot.wait(50)
    assert page.log_table.rowCount() == 6
    assert page.grab().save(str(tmp_path / "after-hours-log.png"))
