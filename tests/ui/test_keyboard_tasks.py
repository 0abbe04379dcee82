"""The day's core tasks done with the keyboard alone, each with its keystroke count (the README's table).

Every key goes to whatever has the focus (tests/ui/keyboard.py); a test never clicks or sets a widget. The counts
are asserted as upper bounds so that a change that makes a task longer fails here and updates the README.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from counter_app.domain.card_lifecycle import CardState
from counter_app.operations.cards.accept import accept_card, move_card
from counter_app.operations.day.same_day_board import after_hours_log
from counter_app.operations.follow_ups.notebook import add_follow_up, list_follow_ups
from counter_app.ui.main_window import MainWindow
from tests.id_numbers import make_id
from tests.ui.keyboard import Keys
from tests.ui.pages import clerk_on_clock

Key = Qt.Key
Ctrl = Qt.KeyboardModifier.ControlModifier
Alt = Qt.KeyboardModifier.AltModifier
FRIDAY_EVENING = datetime(2026, 11, 27, 17, 50)  # extended service (延时服务): the counter closed at 17:30
COUNTS: dict[str, int] = {}


@pytest.fixture
def window(qtbot: QtBot, ui_ctx, sent) -> Iterator[MainWindow]:
    clerk_on_clock(ui_ctx, FRIDAY_EVENING)
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window


def _card(ctx, seq: int, phone: str, service: str = "id_card_first", arrived: bool = False) -> str:
    number = accept_card(ctx, service_id=service, name=f"申请人{seq}", id_number=make_id(seq), phone=phone,
                         reason="first" if service == "id_card_first" else "renewal", fee="20",
                         pickup_method="counter").acceptance_no
    if arrived:
        for state in (CardState.IN_PRODUCTION, CardState.DISPATCHED, CardState.ARRIVED):
            move_card(ctx, number, state)
    return number


def _record(name: str, keys: Keys, limit: int) -> None:
    COUNTS[name] = keys.count
    assert keys.count <= limit, f"{name}: {keys.count} keys"


def test_focus_starts_in_the_guide_search(window: MainWindow) -> None:
    assert QApplication.focusWidget() is window.guide.search


def test_find_a_service_and_print_its_notice(window: MainWindow, qtbot: QtBot, sent, wait_ops) -> None:
    keys = Keys(qtbot, window)
    keys.type("hkqr")  # 户口迁入 by its initials
    keys.press(Key.Key_Return)  # chosen; the cursor moves on to the name
    assert window.guide.service.id == "hukou_move_in" and keys.focus() is window.guide.name
    keys.type("王小明")
    keys.press(Key.Key_P, Ctrl)
    wait_ops()  # the notice is built off the GUI thread
    assert len(sent) == 1 and "GZ" in sent[0][2]
    assert keys.focus() is window.guide.next_button  # the next applicant is offered
    _record("Find a service and print its notice", keys, 9)


def test_phone_question_in_five_keys(window: MainWindow, qtbot: QtBot, ui_ctx) -> None:
    _card(ui_ctx, 1, "13912345678")
    keys = Keys(qtbot, window)
    keys.press(Key.Key_F3)
    keys.type("5678")  # the caller's phone ending
    qtbot.waitUntil(lambda: window.lookup.detail is not None)
    assert window.lookup.answer.text()
    _record("Answer the phone question (card lookup)", keys, 5)


def test_accept_an_id_card_application(window: MainWindow, qtbot: QtBot, ui_ctx, sent) -> None:
    keys = Keys(qtbot, window)
    keys.type("sfzhl")  # 居民身份证换领
    keys.press(Key.Key_Return)
    keys.type("王小明")
    keys.press(Key.Key_Tab)
    assert keys.focus() is window.guide.id_number
    keys.type(make_id(7))
    keys.press(Key.Key_M, Alt)  # the materials table: Space ticks, Down moves
    assert keys.focus() is window.guide.materials
    for row in range(window.guide.materials.rowCount()):
        if row:
            keys.press(Key.Key_Down)
        keys.press(Key.Key_Space)
    assert window.guide.checklist.complete and window.guide.accept_button.isEnabled()
    keys.in_next_dialog(lambda _dialog: keys.press(Key.Key_Return))  # the acceptance dialog: Enter accepts
    keys.press(Key.Key_A, Alt)
    qtbot.waitUntil(lambda: len(sent) == 1)
    assert "Receipt" in sent[0][2]
    assert keys.focus() is window.guide.next_button
    _record("Accept an ID-card application (3 materials)", keys, 40)


def _hand_out(window: MainWindow, qtbot: QtBot, keys: Keys, ending: str, in_dialog) -> None:
    keys.press(Key.Key_F3)
    keys.type(ending)
    qtbot.waitUntil(lambda: window.lookup.detail is not None)
    keys.press(Key.Key_Return)  # the card found is the one opened
    keys.in_next_dialog(in_dialog)
    keys.press(Key.Key_O, Alt)  # Hand &out


def test_hand_a_card_over_in_person(window: MainWindow, qtbot: QtBot, ui_ctx) -> None:
    _card(ui_ctx, 3, "13700004321", arrived=True)
    keys = Keys(qtbot, window)
    _hand_out(window, qtbot, keys, "4321", lambda _dialog: keys.press(Key.Key_Return))
    qtbot.waitUntil(lambda: window.lookup.detail is not None and window.lookup.detail.row.state
                    is CardState.COLLECTED)
    _record("Hand a card over (applicant in person)", keys, 8)


def test_hand_a_card_over_to_a_proxy(window: MainWindow, qtbot: QtBot, ui_ctx) -> None:
    _card(ui_ctx, 5, "13700008765", service="id_card_renewal", arrived=True)
    keys = Keys(qtbot, window)

    def proxy(dialog: QDialog) -> None:
        keys.press(Key.Key_Down)  # from "in person" to "a relative"
        assert dialog.proxy_button.isChecked()
        keys.press(Key.Key_Tab)
        keys.type("李四")
        keys.press(Key.Key_Tab)
        keys.type(make_id(9))
        keys.press(Key.Key_Tab, times=2)  # relation (spouse) kept; on to "old card collected"
        assert keys.focus() is dialog.old_card
        keys.press(Key.Key_Space)
        keys.press(Key.Key_Return)

    _hand_out(window, qtbot, keys, "8765", proxy)
    qtbot.waitUntil(lambda: window.lookup.detail is not None and window.lookup.detail.row.state
                    is CardState.COLLECTED)
    _record("Hand a card over to a proxy (renewal: old card collected)", keys, 40)


def test_log_an_after_hours_case_and_mark_it_done(window: MainWindow, qtbot: QtBot, ui_ctx) -> None:
    keys = Keys(qtbot, window)
    keys.type("jzzqz")  # 居住证签注
    keys.press(Key.Key_Return)
    assert window.guide.service.id == "residence_permit_endorse"
    keys.type("赵六")
    keys.press(Key.Key_M, Alt)
    for row in range(window.guide.materials.rowCount()):
        if row:
            keys.press(Key.Key_Down)
        keys.press(Key.Key_Space)
    keys.in_next_dialog(lambda _dialog: keys.press(Key.Key_L, Alt))  # "Accept, finish later"
    keys.press(Key.Key_A, Alt)
    qtbot.waitUntil(lambda: keys.focus() is window.guide.next_button)
    keys.press(Key.Key_PageDown, Ctrl, times=3)  # the same-day board, the cursor in it
    assert window.tabs.currentWidget() is window.same_day
    board = window.same_day
    assert [row.outcome for row in board.board] == ["in_progress"]
    ui_ctx.clock.now = FRIDAY_EVENING.replace(minute=59)  # nine minutes' work, all after 17:30
    keys.press(Key.Key_Down)
    keys.press(Key.Key_Return)  # done
    assert [row.outcome for row in board.board] == ["done"]
    assert len(after_hours_log(ui_ctx, FRIDAY_EVENING.date(), FRIDAY_EVENING.date())) == 1  # flagged by its time
    _record("Log an after-hours case and mark it done", keys, 30)


def test_tick_a_follow_up_and_the_selection_stays(window: MainWindow, qtbot: QtBot, ui_ctx) -> None:
    for title in ("回电 王先生", "回电 李女士", "回电 赵先生"):
        add_follow_up(ui_ctx, "call_back", title, date(2026, 11, 27))
    keys = Keys(qtbot, window)
    keys.press(Key.Key_PageDown, Ctrl, times=5)  # the to-do tab, the cursor in its list
    page = window.follow_ups
    assert window.tabs.currentWidget() is page and keys.focus() is page.table
    keys.press(Key.Key_Down)
    assert page.selected_row().title == "回电 王先生"
    keys.in_next_dialog(lambda _dialog: keys.press(Key.Key_Return))  # the optional note: Enter
    keys.press(Key.Key_Return)
    _record("Tick a follow-up (from the guide: five tabs on)", keys, 8)
    done = {row.title for row in list_follow_ups(ui_ctx, include_done=True, day=date(2026, 11, 27)) if row.done}
    assert done == {"回电 王先生"}
    assert page.selected_row() is None  # nothing moved into the ticked one's place …
    keys.press(Key.Key_Return)  # … so a second Enter ticks nothing
    assert QApplication.activeModalWidget() is None
    assert sum(row.done for row in list_follow_ups(ui_ctx, include_done=True, day=date(2026, 11, 27))) == 1


def test_tab_walks_the_guide_without_being_trapped(window: MainWindow, qtbot: QtBot) -> None:
    """From the search, Tab reaches every question and every action; the materials table takes one press."""
    keys = Keys(qtbot, window)
    keys.type("csdj")
    keys.press(Key.Key_Return)
    guide = window.guide
    wanted: list[QWidget] = [w for w in guide.questions.widgets.values() if w.isVisible()]
    wanted += [guide.materials, guide.print_button, guide.next_button]  # Accept: enabled once complete
    reached: list[QWidget] = []
    for _ in range(40):
        keys.press(Key.Key_Tab)
        reached.append(keys.focus())
        if keys.focus() is guide.next_button:
            break
    assert all(widget in reached for widget in wanted)
    assert reached.count(guide.materials) == 1
    assert len(reached) <= len(wanted) + 8  # name, number, phone, channel, paper, save … not 40 table cells


def test_questions_answer_by_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    keys = Keys(qtbot, window)
    keys.type("csdj")
    keys.press(Key.Key_Return)
    guide = window.guide
    married = guide.questions.widgets["married"]
    married.setFocus()  # the question reached by Tab above; here the keys themselves are what is tested
    before = married.isChecked()
    keys.press(Key.Key_Space)
    assert married.isChecked() is not before and guide.checklist.answers["married"] is not before
    combo = next(w for w in guide.questions.widgets.values() if w.isVisible() and hasattr(w, "currentIndex"))
    combo.setFocus()
    question = next(k for k, w in guide.questions.widgets.items() if w is combo)
    first = combo.currentIndex()
    keys.press(Key.Key_Down)
    assert combo.currentIndex() != first and guide.questions.explicit[question] == combo.currentData()


def test_keystroke_table(request: pytest.FixtureRequest) -> None:
    """Printed with -s: the table for the README (the tasks above, run before this one)."""
    for task, count in COUNTS.items():
        print(f"| {task} | {count} |")
