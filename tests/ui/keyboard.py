"""A clerk's hands on the keyboard only: every key goes to whatever has the focus, and each one is counted.

``Keys.type`` counts one key per character. Chinese goes in as the input method commits it (a QInputMethodEvent,
since QTest cannot type it), still one key per character: what a pinyin input method costs beyond that depends on
the clerk, not on this program.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

Modifier = Qt.KeyboardModifier


class Keys:
    def __init__(self, qtbot: QtBot, window: QWidget) -> None:
        self.qtbot = qtbot
        self.window = window
        self.count = 0

    def focus(self) -> QWidget:
        if QApplication.activeWindow() is None:  # a dialog closed: the window system activates the window again
            self.window.activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is not None)
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifier: Modifier = Modifier.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.focus(), key, modifier)
            self.count += 1

    def type(self, text: str) -> None:
        if text.isascii():
            self.qtbot.keyClicks(self.focus(), text)
        else:
            event = QInputMethodEvent()
            event.setCommitString(text)
            QApplication.sendEvent(self.focus(), event)
        self.count += len(text)

    def in_next_dialog(self, act: Callable[[QWidget], None]) -> None:
        """Run ``act`` on the next modal dialog once it is shown (its ``exec()`` blocks the caller's keys)."""
        def attempt(tries: int = 0) -> None:
            dialog = QApplication.activeModalWidget()
            ready = dialog is not None and dialog.isActiveWindow() and dialog.isAncestorOf(QApplication.focusWidget())
            if not ready and tries < 100:
                if dialog is not None:
                    dialog.activateWindow()  # as the window system does for a new dialog
                QTimer.singleShot(20, lambda: attempt(tries + 1))
                return
            assert dialog is not None, "no dialog opened"
            act(dialog)

        QTimer.singleShot(0, attempt)
