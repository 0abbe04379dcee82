"""The status-bar label: regular time, lunch, extended service (延时服务中), weekend duty or closed, and when
the current period ends. The schedule is read once and again whenever data changed (``reload``, called by the
window on a change at any counter); a tick only recomputes from it, so the GUI thread never waits for the
server every 30 s (a paused server would freeze the window on that read)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from counter_app.domain.office_hours import ServiceStatus
from counter_app.operations.context import AppContext
from counter_app.operations.day.office_hours import load_office_hours, status_now

TICK_MS = 30_000
AMBER_STYLE = "background: #ffe8b3; color: #7a4f00; padding: 1px 8px; border-radius: 3px; font-weight: bold;"
GREY_STYLE = "background: #e0e0e0; color: #616161; padding: 1px 8px; border-radius: 3px;"
REGULAR_STYLE = "color: #1b5e20; padding: 1px 8px;"


def format_duration(minutes: int) -> str:
    """ "45 min", "1 h 05 min": the board and the status bar speak about time left the same way."""
    translate = QCoreApplication.translate
    if minutes < 60:
        return translate("OfficeStatus", "{minutes} min").format(minutes=minutes)
    return translate("OfficeStatus", "{hours} h {minutes:02d} min").format(hours=minutes // 60, minutes=minutes % 60)


class OfficeStatusLabel(QLabel):
    """Shows ``current status`` for the window's status bar; ``status`` keeps what was last shown."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status: ServiceStatus | None = None
        self.hours = load_office_hours(ctx)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.update_now)
        self.timer.start()
        self.update_now()

    def reload(self) -> ServiceStatus:
        """Read the schedule again (it may have changed) and show the status."""
        self.hours = load_office_hours(self.ctx)
        return self.update_now()

    def update_now(self) -> ServiceStatus:
        now = self.ctx.now()
        current = status_now(self.hours, now)
        status = current.status
        text, style = self._describe(status, current.following, now)
        self.status = status
        self.setText(text)
        self.setStyleSheet(style)
        self.setToolTip(self._opening_hint(status, now))
        return status

    def _describe(self, status: ServiceStatus, following: ServiceStatus | None, now: dt.datetime) -> tuple[str, str]:
        left = format_duration(status.minutes_to_close or 0)
        until = f"{status.closes_at:%H:%M}" if status.closes_at else ""
        if status.kind == "regular":
            if following is not None and following.kind == "lunch":
                text = self.tr("Regular hours · lunch break in {left} ({time})")
            else:
                text = self.tr("Regular hours · closes in {left} ({time})")
            return text.format(left=left, time=until), REGULAR_STYLE
        if status.kind == "lunch":
            return self.tr("Lunch break — extended service"), AMBER_STYLE
        if status.kind == "after_hours":
            return self.tr("After hours — extended service until {time}").format(time=until), AMBER_STYLE
        if status.kind == "weekend_duty":
            return self.tr("Weekend duty · ends in {left} ({time})").format(left=left, time=until), AMBER_STYLE
        if status.day_kind == "holiday":
            return self.tr("Closed — public holiday"), GREY_STYLE
        return self.tr("Closed"), GREY_STYLE

    def _opening_hint(self, status: ServiceStatus, now: dt.datetime) -> str:
        opening = status.next_opening
        if opening is None:
            return ""
        if opening.date() == now.date():
            return self.tr("Opens again at {time}").format(time=f"{opening:%H:%M}")
        return self.tr("Opens again on {date} at {time}").format(date=f"{opening:%m-%d}", time=f"{opening:%H:%M}")
