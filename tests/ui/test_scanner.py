"""Scanner input typed anywhere: a fast digit burst ended by Enter is a scan; people's typing passes through."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from counter_app.ui.scanner import ScannerWatcher, accept_scanner_input

NUMBER = "1101052026112300000017"  # 22 digits, as a 受理号


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.step = 0.005

    def __call__(self) -> float:
        self.now += self.step
        return self.now


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[tuple[QWidget, QLineEdit, QLineEdit]]:
    window = QWidget()
    plain = QLineEdit()
    search = QLineEdit()
    accept_scanner_input(search)
    column = QVBoxLayout(window)
    column.addWidget(plain)
    column.addWidget(search)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    plain.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is plain)
    yield window, plain, search


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def watcher(window, clock: FakeClock) -> Iterator[ScannerWatcher]:
    watcher = ScannerWatcher(window=window[0], clock=clock)
    yield watcher
    watcher.uninstall()
    watcher.deleteLater()


def _type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    for char in text:
        qtbot.keyClick(widget, getattr(Qt.Key, f"Key_{char}"))


def test_burst_is_scanned_and_swallowed(qtbot: QtBot, window, watcher: ScannerWatcher) -> None:
    _, plain, _ = window
    plain.setText("张三")
    plain.end(False)
    with qtbot.waitSignal(watcher.scanned, timeout=1000) as signal:
        _type(qtbot, plain, NUMBER)
        qtbot.keyClick(plain, Qt.Key.Key_Return)
    assert signal.args == [NUMBER]
    qtbot.wait(200)  # the release timer, had anything been held, would have typed it by now
    assert plain.text() == "张三"


def test_slow_typing_passes_through_in_order(qtbot: QtBot, window, watcher: ScannerWatcher, clock: FakeClock) -> None:
    _, plain, _ = window
    clock.step = 0.150
    received: list[str] = []
    watcher.scanned.connect(received.append)
    returns: list[bool] = []
    plain.returnPressed.connect(lambda: returns.append(True))
    _type(qtbot, plain, NUMBER)
    qtbot.keyClick(plain, Qt.Key.Key_Return)
    assert plain.text() == NUMBER
    assert returns == [True]
    assert received == []


def test_last_digit_is_typed_after_a_pause(qtbot: QtBot, window, watcher: ScannerWatcher) -> None:
    _, plain, _ = window
    qtbot.keyClick(plain, Qt.Key.Key_7)
    assert plain.text() == ""  # held for a moment: it could be the start of a scan
    qtbot.waitUntil(lambda: plain.text() == "7", timeout=1000)


def test_short_fast_burst_and_letters_are_typed(qtbot: QtBot, window, watcher: ScannerWatcher) -> None:
    _, plain, _ = window
    received: list[str] = []
    watcher.scanned.connect(received.append)
    _type(qtbot, plain, "12345")
    qtbot.keyClicks(plain, "ab")
    _type(qtbot, plain, "67")
    qtbot.keyClick(plain, Qt.Key.Key_Return)
    assert plain.text() == "12345ab67"
    assert received == []


def test_field_that_accepts_scanner_is_left_alone(qtbot: QtBot, window, watcher: ScannerWatcher) -> None:
    _, _, search = window
    search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search)
    received: list[str] = []
    watcher.scanned.connect(received.append)
    returns: list[bool] = []
    search.returnPressed.connect(lambda: returns.append(True))
    _type(qtbot, search, NUMBER)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert search.text() == NUMBER
    assert returns == [True]
    assert received == []


def test_inactive_watcher_and_password_fields_are_left_alone(qtbot: QtBot, window, clock: FakeClock) -> None:
    _, plain, _ = window
    received: list[str] = []
    locked = ScannerWatcher(window=window[0], clock=clock, active=lambda: False)
    locked.scanned.connect(received.append)
    _type(qtbot, plain, NUMBER)
    qtbot.keyClick(plain, Qt.Key.Key_Return)
    locked.uninstall()
    assert plain.text() == NUMBER

    plain.clear()
    plain.setEchoMode(QLineEdit.EchoMode.Password)
    watcher = ScannerWatcher(window=window[0], clock=clock)
    watcher.scanned.connect(received.append)
    _type(qtbot, plain, NUMBER)
    qtbot.keyClick(plain, Qt.Key.Key_Return)
    watcher.uninstall()
    assert plain.text() == NUMBER
    assert received == []


def test_keys_in_another_window_are_left_alone(qtbot: QtBot, window, clock: FakeClock) -> None:
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    other.activateWindow()
    other.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is other)
    watcher = ScannerWatcher(window=window[0], clock=clock)
    received: list[str] = []
    watcher.scanned.connect(received.append)
    _type(qtbot, other, NUMBER)
    qtbot.keyClick(other, Qt.Key.Key_Return)
    watcher.uninstall()
    assert other.text() == NUMBER
    assert received == []


def test_scan_in_the_main_window_opens_the_lookup(qtbot: QtBot, ui_ctx, clock: FakeClock) -> None:
    from counter_app.ui.main_window import MainWindow

    main = MainWindow(ui_ctx)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    accept_scanner_input(main.lookup.search, main.arrivals.scan, main.guide.id_number)
    watcher = ScannerWatcher(main, window=main, clock=clock, active=lambda: not main.idle_lock.is_locked)

    def open_scanned(number: str) -> None:  # what the main window is to do with a scan
        main.show_lookup()
        main.lookup.search.setText(number)
        main.lookup.run_search()

    watcher.scanned.connect(open_scanned)
    main.guide.name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is main.guide.name)
    _type(qtbot, main.guide.name, NUMBER)
    qtbot.keyClick(main.guide.name, Qt.Key.Key_Return)
    assert main.tabs.currentWidget() is main.lookup
    assert main.lookup.search.text() == NUMBER
    assert main.guide.name.text() == ""

    main.tabs.setCurrentWidget(main.guide)
    main.idle_lock.lock_now()
    password = main.idle_lock.form.password
    qtbot.waitUntil(lambda: QApplication.focusWidget() is password)
    _type(qtbot, password, NUMBER)  # locked: no lookup behind the cover
    assert main.tabs.currentWidget() is main.guide
    watcher.uninstall()


def test_an_id_number_with_x_from_a_keyboard_wedge_reader_is_one_scan(qtbot: QtBot, window,
                                                                       watcher: ScannerWatcher) -> None:
    _, plain, _ = window
    with qtbot.waitSignal(watcher.scanned, timeout=1000) as signal:
        _type(qtbot, plain, "11010519491231002")
        qtbot.keyClick(plain, Qt.Key.Key_X, Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClick(plain, Qt.Key.Key_Return)
    assert signal.args == ["11010519491231002X"] and plain.text() == ""


def test_an_x_elsewhere_in_a_burst_ends_it(qtbot: QtBot, window, watcher: ScannerWatcher) -> None:
    _, plain, _ = window
    received: list[str] = []
    watcher.scanned.connect(received.append)
    _type(qtbot, plain, "1234567890123")
    qtbot.keyClick(plain, Qt.Key.Key_X)
    qtbot.keyClick(plain, Qt.Key.Key_Return)
    assert received == [] and plain.text() == "1234567890123x"
