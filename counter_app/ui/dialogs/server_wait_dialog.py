"""Start-up while the database server cannot be reached: the outage state, with Retry and Quit.

The program never gives up by itself (a counter opened at 8:25 while the server reboots must be ready at
8:30 without anyone at the keyboard): it tries again every few seconds, on a thread of its own so the dialog
stays responsive, and goes on as soon as the server answers. Only Quit ends it.
"""

from __future__ import annotations

import time
from concurrent.futures import Future
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from counter_app.operations.admin.database_access import check_connection, is_server_url, url_parts
from counter_app.ui.connection import POLL_MS, in_thread

FIRST_WAIT_S = 0.8  # a server that answers at once opens without any dialog flashing up


def _where(url: str) -> str:
    parts = url_parts(url)
    return f"{parts.host or 'localhost'}:{parts.port}"


class ServerWaitDialog(QDialog):
    def __init__(self, url: str, pending: Future, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.attempts = 1
        self._future: Future | None = pending
        self.setWindowTitle(self.tr("Counter Assistant"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #e65100; font-weight: bold;")
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #616161;")
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.clicked.connect(self.retry)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.reason)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(POLL_MS)
        self.retry_timer.timeout.connect(self.retry)
        self.retry_timer.start()
        self.check_timer = QTimer(self)
        self.check_timer.setInterval(100)
        self.check_timer.timeout.connect(self._check)
        self.check_timer.start()
        self._show_state("")

    def _show_state(self, reason: str) -> None:
        text = self.tr("Cannot reach the database server {where} · retrying · last attempt {time}")
        self.message.setText(text.format(where=_where(self.url), time=f"{datetime.now():%H:%M:%S}"))
        if reason and reason != self.reason.text():
            self.reason.setText(reason)
            self.adjustSize()  # the wrapped reason needs its lines

    def retry(self) -> None:
        if self._future is not None:
            return  # the last attempt is still waiting for its answer
        self.attempts += 1
        self._future = in_thread(lambda: check_connection(self.url))

    def _check(self) -> None:
        future = self._future
        if future is None or not future.done():
            return
        self._future = None
        error = future.exception()
        if error is None:
            self.accept()
            return
        self._show_state(str(error))


def wait_for_server(url: str, parent: QWidget | None = None) -> bool:
    """True once the database answers (at once for a file on this computer); False if the clerk chose Quit."""
    if not is_server_url(url):
        return True
    future = in_thread(lambda: check_connection(url))
    deadline = time.monotonic() + FIRST_WAIT_S
    while not future.done() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    if future.done() and future.exception() is None:
        return True
    return ServerWaitDialog(url, future, parent).exec() == QDialog.DialogCode.Accepted
