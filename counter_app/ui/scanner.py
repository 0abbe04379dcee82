"""Barcode-scanner input typed anywhere (扫码): a USB scanner is a keyboard that types the 受理号 fast, then Enter.

A burst of at least ``min_digits`` digit keys, each within ``max_gap`` seconds of the one before and ended by Enter,
is a scan: its keys never reach the focused widget and ``scanned`` carries the number (the main window opens the
card lookup with it). People type slower, so their keys are only held back for a moment and then delivered in
order. A keyboard-wedge ID-card reader types the card's 18-character ID number the same way, its check character
possibly X: an X right after 17 fast digits belongs to the burst. Fields that take scans themselves (the lookup
search box, the arrivals scan-in field, the ID-number field) carry the dynamic property ``acceptsScanner`` = True
and are left alone, as is everything inside them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

ACCEPTS_SCANNER = "acceptsScanner"
MIN_DIGITS = 12
MAX_GAP_SECONDS = 0.040  # scanners send a key every few ms; even fast typists need ~80 ms between keys
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_DIGIT_KEYS = {getattr(Qt.Key, f"Key_{d}"): str(d) for d in range(10)}
_MODIFIER_KEYS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta)
_KEY_TEXT = {**_DIGIT_KEYS, Qt.Key.Key_X: "X"}
ID_BODY_DIGITS = 17  # an ID number's digits before its check character (0-9 or X)


def accept_scanner_input(*widgets: QWidget) -> None:
    """Mark fields that handle a scan themselves, so the watcher leaves their keys alone."""
    for widget in widgets:
        widget.setProperty(ACCEPTS_SCANNER, True)


def _takes_scans(widget: QWidget) -> bool:
    while widget is not None:
        if widget.property(ACCEPTS_SCANNER):
            return True
        widget = widget.parentWidget()
    return False


@dataclass(frozen=True)
class _HeldKey:
    target: QWidget
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


class ScannerWatcher(QObject):
    """An application event filter turning scanner bursts into ``scanned(number)``.

    ``window``: only keys typed into this window are watched (dialogs and message boxes keep theirs).
    ``active``: asked before each key; False (e.g. the screen is locked) leaves every key alone.
    ``clock``: seconds, monotonic; injectable so tests decide what is fast.
    """

    scanned = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        window: QWidget | None = None,
        active: Callable[[], bool] | None = None,
        clock: Callable[[], float] = time.monotonic,
        min_digits: int = MIN_DIGITS,
        max_gap: float = MAX_GAP_SECONDS,
        watch: bool = True,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.active = active
        self.clock = clock
        self.min_digits = min_digits
        self.max_gap = max_gap
        self._held: list[_HeldKey] = []
        self._last_at = 0.0
        self._replaying = False
        # Delivers held keys once the stream stops: a person who typed one digit sees it after at most this.
        self._release_timer = QTimer(self)
        self._release_timer.setSingleShot(True)
        self._release_timer.setInterval(max(1, round(max_gap * 2000)))
        self._release_timer.timeout.connect(self.release_held)
        if watch:
            self.watch()

    def watch(self) -> None:
        """Start watching the keys (``watch=False`` leaves it to the caller: the main window starts at its first
        paint, because an application filter written in Python is called for every event of the program)."""
        app = QApplication.instance()
        assert app is not None, "ScannerWatcher needs a QApplication"
        app.installEventFilter(self)

    def uninstall(self) -> None:
        self.release_held()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # -- deciding ----------------------------------------------------------------------------------------------
    def _watched_target(self, obj: QObject) -> QWidget | None:
        """The focused widget receiving this key, if its keys may be a scan; None leaves the key alone."""
        if not isinstance(obj, QWidget):
            return None  # the QWindow gets the key first; it is judged when it reaches the widget
        focus = QApplication.focusWidget()
        # Only the first delivery counts: a key a widget ignored travels on to its parents.
        if obj is not (focus if focus is not None else obj.window()):
            return None
        if self.window is not None and obj.window() is not self.window:
            return None
        if self.active is not None and not self.active():
            return None
        if isinstance(obj, QLineEdit) and obj.echoMode() != QLineEdit.EchoMode.Normal:
            return None  # a password field: whatever is typed there stays there
        if _takes_scans(obj):
            return None
        return obj

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or self._replaying:
            return False
        assert isinstance(event, QKeyEvent)
        target = self._watched_target(obj)
        if target is None:
            return False
        now = self.clock()
        fast = bool(self._held) and now - self._last_at <= self.max_gap and self._held[-1].target is target
        key = event.key()
        if key in _MODIFIER_KEYS:
            return False  # a reader presses Shift for an upper-case X: that must not end the burst
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        after_x = bool(self._held) and self._held[-1].key == Qt.Key.Key_X
        upper = not (event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier))
        if key == Qt.Key.Key_X and upper and fast and len(self._held) == ID_BODY_DIGITS and not after_x \
                and not event.isAutoRepeat():
            self._hold(target, event, now)
            return True
        if key in _DIGIT_KEYS and plain and not event.isAutoRepeat():
            if self._held and (not fast or after_x):
                self.release_held()
            self._hold(target, event, now)
            return True
        if key in _ENTER_KEYS and fast and len(self._held) >= self.min_digits:
            number = "".join(_KEY_TEXT[h.key] for h in self._held)
            self._held.clear()
            self._release_timer.stop()
            self.scanned.emit(number)
            return True
        # Any other key (or a late Enter) ends the burst: what was held is typed first, then this key goes on.
        self.release_held()
        return False

    def _hold(self, target: QWidget, event: QKeyEvent, now: float) -> None:
        self._held.append(_HeldKey(target, event.key(), event.modifiers(), event.text()))
        self._last_at = now
        self._release_timer.start()

    def release_held(self) -> None:
        """Deliver held keys, in order, to the widget they were typed into."""
        self._release_timer.stop()
        held, self._held = self._held, []
        self._replaying = True
        try:
            for key in held:
                if not shiboken6.isValid(key.target):
                    continue
                # Only the press was held back; the real release already went through.
                QApplication.sendEvent(key.target, QKeyEvent(QEvent.Type.KeyPress, key.key, key.modifiers, key.text))
        finally:
            self._replaying = False
