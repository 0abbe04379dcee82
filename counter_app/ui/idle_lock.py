"""The idle screen lock (锁屏): after some minutes without keyboard or mouse input the window is covered.

While locked, the main window's pages are hidden and an opaque overlay covers the whole window (menus and status
bar too), so no name, ID number or phone stays on a screen the applicant side can see. Open dialogs are covered
by blank overlays of their own. The password form sits on the top-most modal window, because an open modal
dialog blocks input to everything below it. Every other key, click and shortcut is swallowed until the password
of the logged-in clerk is given (``verify_password``: the same counting and lockout as a login).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.errors import DomainError
from counter_app.operations.admin.accounts import verify_password
from counter_app.operations.admin.database_access import is_connection_lost
from counter_app.operations.admin.offline_unlock import OfflineUnlock
from counter_app.operations.context import AppContext
from counter_app.ui.dialogs.login_dialog import error_label, password_field

DEFAULT_MINUTES = 5
OVERLAY_STYLE = "#idleLockOverlay { background: #37474f; } #idleLockOverlay QLabel { color: white; }"
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
# Input that must not reach a widget under the overlay while locked (a shortcut could switch pages or print).
_BLOCKED = _ACTIVITY | {
    QEvent.Type.KeyRelease,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.Shortcut,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.ContextMenu,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
}


class LockOverlay(QWidget):
    """An opaque cover over one window; the one on the top-most window also carries the password form."""

    def __init__(self, covered: QWidget, with_form: bool, user: str) -> None:
        super().__init__(covered)
        self.setObjectName("idleLockOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        self.setStyleSheet(OVERLAY_STYLE)
        self.password: QLineEdit | None = None
        self.error: QLabel | None = None
        self.unlock_button: QPushButton | None = None
        if with_form:
            self._build_form(user)
        self.setGeometry(covered.rect())

    def _build_form(self, user: str) -> None:
        self.message = QLabel(self.tr("Locked — enter the password of {user}").format(user=user))
        self.message.setStyleSheet("font-size: 16pt;")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.password = password_field()
        self.password.setFixedWidth(280)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.error = error_label()
        self.error.setStyleSheet("color: #ffcdd2;")
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.password, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.error)
        layout.addStretch(1)


class IdleLock(QObject):
    """Locks ``window`` after ``minutes`` without input (0 or less: never by itself; ``lock_now`` still works)."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QMainWindow, ctx: AppContext, minutes: float = DEFAULT_MINUTES,
                 watch: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.minutes = minutes
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock_now)
        self.overlays: list[LockOverlay] = []
        self.form: LockOverlay | None = None
        self._page_was_visible = False
        self._focus_before: QWidget | None = None
        self.offline_unlock = OfflineUnlock(ctx.actor.clerk)
        self.offline_unlock.refresh(ctx)
        if watch:
            self.watch()
        self._restart()

    def watch(self) -> None:
        """Start seeing the clerk's input (``watch=False`` leaves it to the caller: the main window starts at its
        first paint, because an application filter written in Python is called for every event of the program)."""
        app = QApplication.instance()
        assert app is not None, "IdleLock needs a QApplication"
        app.installEventFilter(self)

    def unwatch(self) -> None:
        """Stop seeing the input and counting the idle time (the window closed)."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    @property
    def is_locked(self) -> bool:
        return bool(self.overlays)

    def set_minutes(self, minutes: float) -> None:
        """A changed workstation setting takes effect from the next input on."""
        self.minutes = minutes
        if not self.is_locked:
            self._restart()

    def _restart(self) -> None:
        if self.minutes > 0:
            self.timer.start(max(1, round(self.minutes * 60_000)))
        else:
            self.timer.stop()

    def lock_now(self) -> None:
        if self.is_locked:
            return
        self.timer.stop()
        self.offline_unlock.refresh(self.ctx)
        self._focus_before = QApplication.focusWidget()
        central = self.window.centralWidget()
        self._page_was_visible = central is not None and central.isVisible()
        if central is not None:
            central.hide()  # hidden, not only covered: a hidden table cannot be grabbed or read aloud
        modal = QApplication.activeModalWidget()
        form_owner = modal if modal is not None and modal.isVisible() else self.window
        covered = [self.window] + [
            w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not self.window and w is not form_owner
        ]
        if form_owner is not self.window:
            covered.append(form_owner)
        user = self.ctx.actor.clerk
        for widget in covered:
            overlay = LockOverlay(widget, with_form=widget is form_owner, user=user)
            overlay.show()
            overlay.raise_()
            self.overlays.append(overlay)
            if widget is form_owner:
                self.form = overlay
        assert self.form is not None and self.form.password is not None and self.form.unlock_button is not None
        self.form.password.returnPressed.connect(self.try_unlock)
        self.form.unlock_button.clicked.connect(self.try_unlock)
        self.form.password.setFocus()
        self.locked.emit()

    def try_unlock(self) -> bool:
        """Check the typed password; wrong → the operation's message (a failure counts toward the lockout)."""
        if self.form is None or self.form.password is None or self.form.error is None:
            return not self.is_locked
        typed = self.form.password.text()
        self.form.password.clear()
        try:
            try:
                verify_password(self.ctx, self.ctx.actor.clerk, typed)
            except Exception as exc:
                if not is_connection_lost(exc):
                    raise
                self.offline_unlock.verify(typed)  # the server is away: the hash kept while it answered
        except DomainError as exc:
            self.form.error.setText(exc.message)
            self.form.password.setFocus()
            return False
        self._unlock()
        return True

    def _unlock(self) -> None:
        for overlay in self.overlays:
            overlay.hide()
            overlay.deleteLater()
        self.overlays.clear()
        self.form = None
        central = self.window.centralWidget()
        if central is not None and self._page_was_visible:
            central.show()
        # Back to where the clerk was typing; never left on the hidden password field, whose window would
        # otherwise keep the keyboard until the overlay is deleted.
        (self._focus_before or self.window).setFocus()
        self._focus_before = None
        self._restart()
        self.unlocked.emit()

    def _inside_overlay(self, obj: QObject) -> bool:
        widget = obj if isinstance(obj, QWidget) else None
        while widget is not None:
            if isinstance(widget, LockOverlay):
                return True
            widget = widget.parentWidget()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        # A window being destroyed (its wrapper already invalid) or closed must not hold the whole app.
        if self.is_locked and shiboken6.isValid(self.window) and self.window.isVisible():
            if kind == QEvent.Type.Resize:
                for overlay in self.overlays:
                    if overlay.parentWidget() is watched:
                        overlay.setGeometry(overlay.parentWidget().rect())
            return kind in _BLOCKED and not self._inside_overlay(watched)
        if kind in _ACTIVITY:
            self._restart()
        return False
