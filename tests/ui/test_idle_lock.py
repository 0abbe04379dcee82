"""The idle screen lock: the timer covers the window, a wrong password keeps it covered, the right one unlocks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from counter_app.operations.admin.accounts import MAX_FAILED_ATTEMPTS
from counter_app.store.models import AuditEntry
from counter_app.ui.idle_lock import IdleLock
from tests.ui.staff import BOSS_PW, fast_hashing, staffed_ctx  # noqa: F401 - fixtures

OVERLAY_RGB = QColor("#37474f").rgb()


class PersonalWindow(QMainWindow):
    """A stand-in for the main window: a page with a table of personal data, a search box and an F3 shortcut."""

    def __init__(self) -> None:
        super().__init__()
        page = QWidget()
        self.search = QLineEdit()
        self.table = QTableWidget(3, 2)
        for r in range(3):
            self.table.setItem(r, 0, QTableWidgetItem("张三"))
            self.table.setItem(r, 1, QTableWidgetItem("13800138000"))
        layout = QVBoxLayout(page)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        tabs = QTabWidget()
        tabs.addTab(page, "cards")
        self.setCentralWidget(tabs)
        self.statusBar().addWidget(QLabel("Clerk: boss"))
        self.f3_pressed = 0
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_F3), self)
        shortcut.activated.connect(self._f3)
        self.resize(800, 500)

    def _f3(self) -> None:
        self.f3_pressed += 1


@pytest.fixture
def window(qtbot: QtBot) -> PersonalWindow:
    win = PersonalWindow()
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)  # shortcuts fire only in the active window
    return win


def _actions(ctx) -> list[str]:
    with ctx.db.read() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_timer_locks_and_the_overlay_hides_the_page(qtbot: QtBot, staffed_ctx, window) -> None:  # noqa: F811
    # A cell of the table, away from the unlock form in the middle of the cover.
    cell = window.table.mapTo(window, window.table.rect().topLeft() + QPoint(12, 12))
    lock = IdleLock(window, staffed_ctx, minutes=0.001)  # 60 ms; the clock of the timer, not of the test
    qtbot.waitUntil(lambda: lock.is_locked, timeout=2000)
    assert not any(t.isVisible() for t in window.findChildren(QTableView))
    [overlay] = lock.overlays
    assert overlay.geometry() == window.rect() and overlay.isVisible()
    assert "boss" in overlay.message.text()
    image = window.grab().toImage()
    assert image.pixelColor(cell).rgb() == OVERLAY_RGB  # where the table was, only the cover is seen
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: overlay.geometry() == window.rect(), timeout=1000)


def test_wrong_password_keeps_it_locked_right_one_unlocks(qtbot: QtBot, staffed_ctx, window) -> None:  # noqa: F811
    window.search.setFocus()
    lock = IdleLock(window, staffed_ctx, minutes=5)
    lock.lock_now()
    form = lock.form
    assert form is not None and form.password is not None
    qtbot.keyClicks(form.password, "wrong-password")
    qtbot.keyClick(form.password, Qt.Key.Key_Return)
    assert lock.is_locked and form.error.text() == "用户名或密码不正确。"
    assert form.password.text() == "" and not window.table.isVisible()

    qtbot.keyClicks(form.password, BOSS_PW)
    qtbot.mouseClick(form.unlock_button, Qt.MouseButton.LeftButton)
    assert not lock.is_locked and window.table.isVisible()
    assert lock.timer.isActive()
    assert _actions(staffed_ctx)[-2:] == ["unlock.failed", "unlock"]


def test_input_is_swallowed_while_locked(qtbot: QtBot, staffed_ctx, window) -> None:  # noqa: F811
    lock = IdleLock(window, staffed_ctx, minutes=5)
    lock.lock_now()
    qtbot.keyClick(window, Qt.Key.Key_F3)
    qtbot.keyClicks(window.search, "abc")
    assert window.f3_pressed == 0 and window.search.text() == ""
    lock.form.password.setText(BOSS_PW)
    assert lock.try_unlock()
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.f3_pressed == 1


def test_input_restarts_the_idle_timer(qtbot: QtBot, staffed_ctx, window) -> None:  # noqa: F811
    lock = IdleLock(window, staffed_ctx, minutes=5)
    lock.timer.stop()
    qtbot.keyClicks(window.search, "x")
    assert lock.timer.isActive() and lock.timer.interval() == 5 * 60_000
    lock.set_minutes(0)  # 0: never by itself
    assert not lock.timer.isActive()


def test_lockout_counts_on_the_lock_screen(qtbot: QtBot, staffed_ctx, window) -> None:  # noqa: F811
    lock = IdleLock(window, staffed_ctx)
    lock.lock_now()
    for _ in range(MAX_FAILED_ATTEMPTS):
        lock.form.password.setText("wrong-password")
        assert not lock.try_unlock()
    assert "已锁定至" in lock.form.error.text()
    lock.form.password.setText(BOSS_PW)
    assert not lock.try_unlock() and lock.is_locked


def test_an_open_modal_dialog_is_covered_and_carries_the_form(qtbot: QtBot, staffed_ctx, window) -> None:  # noqa: F811
    dialog = QDialog(window)
    QVBoxLayout(dialog).addWidget(QLabel("张三 110101200001011234"))
    dialog.resize(420, 240)
    dialog.open()  # window-modal: input to the window below is blocked, so the form must sit on the dialog
    qtbot.waitExposed(dialog)
    lock = IdleLock(window, staffed_ctx)
    lock.lock_now()
    assert len(lock.overlays) == 2
    assert lock.form is not None and lock.form.parentWidget() is dialog
    assert lock.form.geometry() == dialog.rect()
    lock.form.password.setText(BOSS_PW)
    assert lock.try_unlock() and dialog.isVisible() and not lock.overlays
    dialog.done(0)  # leave no modal window behind for the next test


def test_screenshot(qtbot: QtBot, staffed_ctx, tmp_path) -> None:  # noqa: F811

    from PySide6.QtWidgets import QApplication

    from counter_app.ui.i18n import load_translation
    from counter_app.ui.main_window import MainWindow

    assert load_translation(QApplication.instance(), "zh_CN")
    window = MainWindow(staffed_ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    lock = IdleLock(window, staffed_ctx)
    lock.lock_now()
    lock.form.password.setText("wrong-password")
    lock.try_unlock()
    qtbot.wait(50)
    shot = tmp_path / "locked.png"  # a test run leaves the work tree clean
    assert window.grab().save(str(shot))


def test_unlocking_during_an_outage_uses_the_password_kept_in_memory(qtbot: QtBot, staffed_ctx, window) -> None:  # noqa: F811
    from counter_app.operations.admin.offline_unlock import MAX_OFFLINE_FAILURES

    lock = IdleLock(window, staffed_ctx, minutes=5)
    lock.lock_now()  # read the hash while the server answered
    staffed_ctx.db.unreachable = True  # then the outage: the database refuses every read at once
    form = lock.form
    qtbot.keyClicks(form.password, "wrong-password")
    qtbot.keyClick(form.password, Qt.Key.Key_Return)
    assert lock.is_locked and "离线" in form.error.text()
    qtbot.keyClicks(form.password, BOSS_PW)
    qtbot.keyClick(form.password, Qt.Key.Key_Return)
    assert not lock.is_locked and window.table.isVisible()

    lock.lock_now()  # locked again during the outage: the hash read before is kept
    for _ in range(MAX_OFFLINE_FAILURES):
        lock.form.password.setText("wrong-password")
        assert not lock.try_unlock()
    lock.form.password.setText(BOSS_PW)
    assert not lock.try_unlock() and "恢复" in lock.form.error.text()  # too many tries: wait for the server
    staffed_ctx.db.unreachable = False
    lock.form.password.setText(BOSS_PW)
    assert lock.try_unlock()


def test_a_closed_main_window_stops_watching_the_programs_input(qtbot: QtBot, staffed_ctx) -> None:  # noqa: F811
    """Its application-wide filters (idle lock, scanner) go with the close, not with a later deletion."""
    from PySide6.QtWidgets import QLineEdit

    from counter_app.ui.main_window import MainWindow

    main = MainWindow(staffed_ctx, idle_minutes=5)
    qtbot.addWidget(main)
    main.show()
    # The filters are installed at the first paint, which also starts building the other pages.
    qtbot.waitUntil(lambda: len(main.tabs.built_pages()) == len(main.tabs.classes), timeout=10_000)
    elsewhere = QLineEdit()
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    main.idle_lock.timer.stop()
    qtbot.keyClicks(elsewhere, "x")
    assert main.idle_lock.timer.isActive()  # watching: any input in the program restarts the idle time
    main.close()
    assert not main.idle_lock.timer.isActive()
    qtbot.keyClicks(elsewhere, "y")
    assert not main.idle_lock.timer.isActive()  # no longer watching
    assert elsewhere.text() == "xy"
