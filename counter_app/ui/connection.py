"""Watching the database from the window: changes made at other counters, and outages, without freezing.

The monitor reads the change marker every few seconds on a thread of its own, never on the GUI thread, so a
server that is down, paused or cut off by the network can delay only that thread; the window keeps painting
and the clerk keeps typing. A read that fails, or does not answer within ``NO_ANSWER_S``, puts the window in
its outage state (``went_offline``): the banner, actions that need the server disabled, and the database's
gate closed (``Database.unreachable``), so that work started from the GUI thread is refused at once instead of
hanging on a dead socket. The first read that works again ends it (``came_back``) and the page refreshes.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from counter_app.operations.admin.database_access import is_connection_lost
from counter_app.operations.admin.station import load_station
from counter_app.operations.changes import ChangeMarker, change_marker
from counter_app.operations.context import AppContext

log = logging.getLogger(__name__)

POLL_MS = 3_000  # "within a few seconds" at another counter; also how soon a recovered server is noticed
CHECK_MS = 100  # how often the GUI looks whether the poll thread has answered
SUSPECT_S = 1.0  # an unanswered poll this old closes the gate (a LAN server answers in milliseconds) ...
NO_ANSWER_S = 4.0  # ... and this old shows the outage (hung server or network)

_monitors: list[ConnectionMonitor] = []


def report_lost_connection(exc: BaseException) -> bool:
    """Called by the error hook: a lost connection is shown by the banner, not by a box; True if handled (False
    before the main window exists: the wizard and the login then show it as an error)."""
    if not _monitors or not is_connection_lost(exc):
        return False
    for monitor in list(_monitors):
        monitor.lost()
    return True


def in_thread(work: Callable[[], Any]) -> Future:
    """Run ``work`` on a daemon thread: one stuck on a dead socket must never keep the application from quitting."""
    future: Future = Future()

    def run() -> None:
        try:
            future.set_result(work())
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread through the future
            future.set_exception(exc)

    threading.Thread(target=run, name="counter-db-poll", daemon=True).start()
    return future


class ConnectionMonitor(QObject):
    went_offline = Signal()
    came_back = Signal()
    changed = Signal()  # the change marker moved: something changed at this or another counter

    def __init__(self, ctx: AppContext, parent: QObject | None = None, poll_ms: int = POLL_MS,
                 no_answer_s: float = NO_ANSWER_S) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.online = True
        self.last_ok: datetime | None = None
        self.marker: ChangeMarker | None = None
        self.no_answer_s = no_answer_s
        self._future: Future | None = None
        self._started = 0.0
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(poll_ms)
        self.poll_timer.timeout.connect(self.poll)
        self.check_timer = QTimer(self)
        self.check_timer.setInterval(CHECK_MS)
        self.check_timer.timeout.connect(self._check)
        _monitors.append(self)
        self.destroyed.connect(lambda *_: _monitors.remove(self) if self in _monitors else None)

    def start(self) -> None:
        self.poll_timer.start()
        self.poll()

    def stop(self) -> None:
        self.poll_timer.stop()
        self.check_timer.stop()
        if self in _monitors:
            _monitors.remove(self)

    @property
    def busy(self) -> bool:
        return self._future is not None

    def poll(self) -> None:
        if self._future is not None:
            return  # the last read has not answered yet; _check decides when that means an outage
        self._started = time.monotonic()
        self._future = in_thread(self._read_marker)
        self.check_timer.start()

    def _read_marker(self) -> ChangeMarker:
        with self.ctx.db.probing():
            marker = change_marker(self.ctx)
            if marker != self.marker:
                # Keeps this computer's copy of the station's details current: an outage's notices print them.
                load_station(self.ctx)
            return marker

    def _check(self) -> None:
        future = self._future
        if future is None:
            self.check_timer.stop()
            return
        if not future.done():
            waited = time.monotonic() - self._started
            if waited > SUSPECT_S and not self.ctx.db.is_sqlite:
                # Probably hung: close the gate now, so no work on the GUI thread walks into the same dead socket.
                # Not for a SQLite file on this computer: a slow answer there is a busy machine, which the clerk's
                # own work would only wait for as well; closing the gate would refuse it instead.
                self.ctx.db.unreachable = True
            if self.online and waited > self.no_answer_s:
                self._go_offline()
            return
        self._future = None
        self.check_timer.stop()
        error = future.exception()
        if error is not None:
            if not is_connection_lost(error):
                log.error("reading the change marker failed", exc_info=error)
            self._go_offline()
            return
        self.last_ok = datetime.now().replace(microsecond=0)
        marker = future.result()
        self.ctx.db.unreachable = False  # also after a slow answer that closed the gate without an outage
        first, returned = self.marker is None, not self.online
        moved = marker != self.marker
        self.marker = marker
        if returned:
            self.online = True
            log.warning("database %s reachable again", self.ctx.db.where())
            self.came_back.emit()
        if returned or (moved and not first):
            self.changed.emit()

    def lost(self) -> None:
        """Work elsewhere found the connection gone: show it now and check again at once."""
        self._go_offline()
        self.poll()

    def _go_offline(self) -> None:
        if not self.online:
            return
        self.online = False
        self.ctx.db.unreachable = True
        log.warning("database %s not reachable", self.ctx.db.where())
        self.went_offline.emit()


class OutageBanner(QWidget):
    """One calm line across the window while the server cannot be reached; it goes away by itself."""

    def __init__(self, monitor: ConnectionMonitor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.monitor = monitor
        self.setObjectName("outageBanner")
        self.setStyleSheet("#outageBanner { background: #fff3e0; border-bottom: 1px solid #ffb74d; }"
                           "QLabel { color: #e65100; font-weight: bold; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Retry now"))
        self.retry_button.clicked.connect(monitor.poll)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.retry_button)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # the style sheet paints the band
        monitor.went_offline.connect(self.show_outage)
        monitor.came_back.connect(self.hide)
        self.hide()

    def message(self) -> str:
        last = self.monitor.last_ok
        return self.tr("Cannot reach the database server {where} · retrying · last success {time}").format(
            where=self.monitor.ctx.db.where(), time=f"{last:%H:%M:%S}" if last else "—")

    def show_outage(self) -> None:
        self.text.setText(self.message())
        self.show()
