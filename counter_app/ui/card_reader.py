"""The ID-card reader at the counter: polled in a worker thread, each new card handed to what the clerk is doing.

A card laid on the reader is read once (it is read again only after it was taken off). The read goes, on the GUI
thread, to the open dialog that takes cards (the hand-over dialog), else to the current tab if it takes cards (the
guide, the lookup), else to the card lookup (刷证查询). Every read is audited, masked.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QApplication, QWidget

from counter_app.devices.id_reader import IdReader, ReaderError, SdtApiReader, find_library
from counter_app.domain.id_card import IdCardData
from counter_app.operations.cards.id_card_reads import record_card_read
from counter_app.operations.context import AppContext
from counter_app.ui.operation_runner import run_op
from counter_app.workstation import WorkstationSettings

if TYPE_CHECKING:
    from counter_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

POLL_MS = 400  # a card laid down is read within half a second
RETRY_MS = 3000  # a missing reader is looked for again every few seconds (plugged in later)


class ReaderThread(QThread):
    """Polls ``reader`` until interrupted; signals only on changes (a new card, a new problem)."""

    card_read = Signal(object)  # IdCardData
    problem = Signal(str)  # one line for the status bar; "" when the reader works again

    def __init__(self, reader: IdReader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = reader

    def run(self) -> None:
        last: str | None = None  # the number of the card still lying on the reader
        last_problem = ""
        while not self.isInterruptionRequested():
            wait = POLL_MS
            try:
                card = self.reader.read()
                problem = ""
            except ReaderError as exc:
                card, problem = None, exc.message
                if exc.reason == "no_library":
                    self.problem.emit(problem)
                    break  # nothing changes until the settings do
                wait = RETRY_MS if exc.reason == "no_reader" else POLL_MS
            except Exception:  # noqa: BLE001 - a broken vendor library must not end the counter's day
                log.exception("ID-card reader failed")
                card, problem, wait = None, "读卡器出错，详见日志", RETRY_MS
            if problem != last_problem:
                last_problem = problem
                self.problem.emit(problem)
            if card is None:
                last = None if not problem else last
            elif card.id_number != last:
                last = card.id_number
                self.card_read.emit(card)
            self._sleep(wait)
        self.reader.close()

    def _sleep(self, ms: int) -> None:
        step = 50
        for _ in range(ms // step):
            if self.isInterruptionRequested():
                return
            self.msleep(step)

    def stop(self) -> None:
        self.requestInterruption()
        self.wait(5000)


def takes_cards(widget: Any) -> bool:
    return callable(getattr(widget, "accept_id_card", None))


class CardReaderDesk(QObject):
    """Routes reads on the GUI thread; owned by the main window."""

    def __init__(self, window: MainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.thread: ReaderThread | None = None

    def start(self, settings: WorkstationSettings) -> bool:
        """Poll the configured reader; False (and nothing running) when no reader library is installed here."""
        self.stop()
        if find_library(settings.reader_library) is None:
            if settings.reader_library:
                self._show_problem(self.tr("ID-card reader library not found: {path}").format(
                    path=settings.reader_library))
            log.info("no ID-card reader library here; the reader is off")
            return False
        self.start_with(SdtApiReader(settings.reader_library, settings.reader_port))
        return True

    def start_with(self, reader: IdReader) -> None:
        self.thread = ReaderThread(reader, self)
        self.thread.card_read.connect(self.deliver)
        self.thread.problem.connect(self._show_problem)
        self.thread.start()

    def stop(self) -> None:
        if self.thread is not None:
            self.thread.stop()
            self.thread = None

    def _show_problem(self, text: str) -> None:
        if text:
            self.window.statusBar().showMessage(text, 10000)
        else:
            self.window.statusBar().clearMessage()

    def target(self) -> tuple[QWidget, str]:
        """Who takes the card now, and the audited purpose."""
        modal = QApplication.activeModalWidget()
        if modal is not None:
            return modal, "hand_out" if takes_cards(modal) else ""
        page = self.window.tabs.currentWidget()
        if page is self.window.guide:
            return page, "guide"
        return self.window.lookup, "lookup"

    def deliver(self, card: IdCardData) -> None:
        """A card was read: audit it, then hand it to the dialog or page the clerk is working in."""
        lock = getattr(self.window, "idle_lock", None)
        if lock is not None and lock.is_locked:
            return  # nothing happens behind a locked screen
        widget, purpose = self.target()
        if not purpose:
            return  # another dialog is open (a message box, the settings): the read is not taken
        # Through the one door for writes: an audit that cannot be written (the server away) is said once, and
        # the card is then not used, so that no read goes unrecorded.
        run_op(widget, lambda: record_card_read(self.ctx, card, purpose), lambda _: self._hand(widget, card),
               announces_change=False, title=self.tr("ID-card reader"))

    def _hand(self, widget: QWidget, card: IdCardData) -> None:
        if widget is self.window.lookup and self.window.tabs.currentWidget() is not widget:
            self.window.tabs.setCurrentWidget(widget)
        widget.accept_id_card(card)  # type: ignore[attr-defined] - checked by target()
