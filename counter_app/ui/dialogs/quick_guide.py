"""The built-in quick guide (快速上手, F1): one short page per topic, for a clerk new to the counter.

Each topic is its own translatable HTML string, short enough to read without scrolling on a counter screen; a
translator sees one topic at a time instead of one huge text.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counter_app.ui.widgets.screen_fit import fit_to_screen

TOPICS = ("day", "lookup", "notice", "appointments", "todo", "printing", "locking", "shortcuts")
_STYLE = "<style>h2 { color: #1565c0; } td, th { padding: 3px 10px; } th { text-align: left; }</style>"


class QuickGuideDialog(QDialog):
    """Topics on the left, the chosen topic on the right; Esc or Close ends it."""

    def __init__(self, parent: QWidget | None = None, topic: str = "day") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quick guide"))
        self.topics = QListWidget()
        for key, title in self._titles().items():
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.topics.addItem(item)
        self.topics.setFixedWidth(220)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # the guide has no links; nothing may open a browser at the counter
        self.topics.currentRowChanged.connect(self._row_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.topics)
        row.addWidget(self.browser, 1)
        column = QVBoxLayout(self)
        column.addLayout(row, 1)
        column.addWidget(buttons)
        fit_to_screen(self, 980, 640)
        self.topics.setCurrentRow(TOPICS.index(topic) if topic in TOPICS else 0)

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.show_topic(TOPICS[row])

    def current_topic(self) -> str:
        return TOPICS[max(0, self.topics.currentRow())]

    def show_topic(self, key: str) -> None:
        row = TOPICS.index(key)
        if self.topics.currentRow() != row:
            self.topics.setCurrentRow(row)  # comes back here through currentRowChanged
            return
        self.browser.setHtml(_STYLE + self.topic_html(key))

    def _titles(self) -> dict[str, str]:
        return {
            "day": self.tr("The day at the counter"),
            "lookup": self.tr("Finding a card"),
            "notice": self.tr("One-time notice"),
            "appointments": self.tr("Appointments"),
            "todo": self.tr("To-dos"),
            "printing": self.tr("Printing"),
            "locking": self.tr("Locking the screen"),
            "shortcuts": self.tr("Keyboard shortcuts"),
        }

    def topic_html(self, key: str) -> str:
        return {
            "day": self._day,
            "lookup": self._lookup,
            "notice": self._notice,
            "appointments": self._appointments,
            "todo": self._todo,
            "printing": self._printing,
            "locking": self._locking,
            "shortcuts": self._shortcuts,
        }[key]()

    # -- topics ------------------------------------------------------------------------------------------------
    def _day(self) -> str:
        return self.tr(
            "<h2>The day at the counter</h2>"
            "<ol>"
            "<li><b>Open</b> — on the <i>Open / close</i> tab tick the opening checklist (equipment, forms, "
            "cash box). What is left is counted at the top.</li>"
            "<li><b>Serve</b> — on the <i>Service guide</i> tab type the service (name, pinyin or initials such as "
            "<i>csdj</i>), answer the questions, tick the materials the applicant brought. Then print the "
            "one-time notice for what is missing, or <b>Accept</b> when everything is there.</li>"
            "<li><b>Same-day cases</b> — services promised for today wait on the <i>Same-day board</i> with their "
            "deadline; mark each one <b>Done</b> (or double-click it) when it is finished. Late rows are red.</li>"
            "<li><b>Close the day</b> — on the same-day board press <b>Close the day…</b> and give a reason for "
            "each case not finished; then tick the closing checklist on <i>Open / close</i>.</li>"
            "</ol>"
            "<p>Service outside office hours is recorded by itself in the after-hours log.</p>"
        )

    def _lookup(self) -> str:
        return self.tr(
            "<h2>Finding a card</h2>"
            "<p>Press <b>F3</b> anywhere: the <i>Card pickup</i> tab opens with the search box ready. Type a "
            "name, its pinyin, the last 4–6 digits of the ID number, the phone number or its last 4 digits, or "
            "scan the acceptance number on the receipt. A scan anywhere in the window opens the search too.</p>"
            "<p>The large blue <b>answer line</b> is what you read out to a caller, for example:</p>"
            "<ul>"
            "<li><b>已到 · A-03 · 可领取</b> — the card has arrived, it lies in place A-03, it can be collected;</li>"
            "<li><b>制证中 · 第12天/限45天</b> — in production, day 12 of the 45 days promised;</li>"
            "<li><b>… · 已超期</b> — past the promised limit: apologise and add a to-do.</li>"
            "</ul>"
            "<p>When the card has arrived, check the applicant's identity and press <b>Hand out</b>.</p>"
        )

    def _notice(self) -> str:
        return self.tr(
            "<h2>One-time notice</h2>"
            "<p>When an applicant cannot be served today because something is missing, give a <b>one-time "
            "notice</b> (一次性告知单): it lists <i>everything</i> still needed, so they come back only once.</p>"
            "<ol>"
            "<li>Choose the service and answer the questions; the materials list follows the answers.</li>"
            "<li>Tick what the applicant brought; the notice lists the rest.</li>"
            "<li>Type the name and phone, choose A4 or A5 and press <b>Print notice</b> (or <b>Ctrl+P</b>).</li>"
            "</ol>"
            "<p>Every notice is numbered and kept; look it up later on the <i>Notice history</i> tab.</p>"
        )

    def _appointments(self) -> str:
        return self.tr(
            "<h2>Appointments</h2>"
            "<ul>"
            "<li>Choose the day with the arrows or <b>Today</b>; the slots show capacity, booked and free places. "
            "A day without slots: <b>Generate slots for this day</b>.</li>"
            "<li>Select a slot and press <b>Book…</b> to take a booking by phone.</li>"
            "<li>When the applicant arrives, select the booking and press <b>Check in</b>: the service guide "
            "opens with their service, name and phone filled in.</li>"
            "<li>After a slot has ended, <b>Mark no-shows for the day</b> closes the open bookings.</li>"
            "<li><b>Print tomorrow's list</b> (or <b>Ctrl+P</b> on this tab) before closing.</li>"
            "</ul>"
        )

    def _todo(self) -> str:
        return self.tr(
            "<h2>To-dos</h2>"
            "<p>The <i>To do</i> tab is the counter's notebook: call-backs, cards not collected, papers to "
            "fetch. The count in the status bar (bottom right) turns red when something is overdue; click it to "
            "open the list.</p>"
            "<ul>"
            "<li><b>New…</b> adds a matter with a due date.</li>"
            "<li><b>Tick done</b> (or double-click, or Enter) closes it; <b>Reopen</b> undoes a mistaken tick.</li>"
            "<li>Cards left uncollected for too long are added by themselves.</li>"
            "</ul>"
        )

    def _printing(self) -> str:
        return self.tr(
            "<h2>Printing</h2>"
            "<p><b>Ctrl+P</b> prints what the current tab prints:</p>"
            "<table>"
            "<tr><th>Tab</th><th>Ctrl+P prints</th></tr>"
            "<tr><td>Service guide</td><td>the one-time notice</td></tr>"
            "<tr><td>Arrivals and notices</td><td>the shelf list</td></tr>"
            "<tr><td>Appointments</td><td>tomorrow's list</td></tr>"
            "<tr><td>Daily report</td><td>the report shown</td></tr>"
            "</table>"
            "<p>Ctrl+P and the Print buttons print straight away on this computer's printer for the document "
            "(receipts on the receipt printer, everything else on the A4 printer; see Settings). "
            "<b>Ctrl+Shift+P</b> opens the preview instead: <b>Print…</b> chooses another printer, <b>Save PDF</b> "
            "keeps a copy. A printer that is missing or offline is named, and the document can be saved as PDF. "
            "Names on printed lists are masked.</p>"
        )

    def _locking(self) -> str:
        return self.tr(
            "<h2>Locking the screen</h2>"
            "<p>Press <b>Ctrl+L</b> whenever you leave the counter, even for a minute. The window is covered so "
            "that no name, ID number or phone can be read from the applicant's side.</p>"
            "<p>After a few minutes without keyboard or mouse the screen locks by itself.</p>"
            "<p>To unlock, type <b>your own</b> password and press Enter. Too many wrong passwords lock the "
            "account; a supervisor can unlock it.</p>"
        )

    def _shortcuts(self) -> str:
        rows = (
            ("F1", self.tr("This quick guide")),
            ("F3", self.tr("Find a card: the pickup tab with the search box ready")),
            (self.tr("Scanner"), self.tr("A scanned acceptance number anywhere opens the card search")),
            ("Ctrl+P", self.tr("Print what the current tab prints")),
            ("Ctrl+Shift+P", self.tr("Preview it and choose the printer")),
            ("Ctrl+N", self.tr("Next applicant: clear the guide of the person just served")),
            ("Esc", self.tr("Back: clear the card search, or return to the service guide; closes a dialog")),
            ("Enter", self.tr("Accept a dialog; search; mark the selected row done")),
            ("Ctrl+L", self.tr("Lock the screen")),
            ("Ctrl+Q", self.tr("Quit")),
        )
        table = "".join(f"<tr><td><b>{key}</b></td><td>{text}</td></tr>" for key, text in rows)
        return self.tr("<h2>Keyboard shortcuts</h2>") + f"<table>{table}</table>"


def quick_guide_action(window: QWidget) -> QAction:
    """The one F1 action of ``window``, shared by the shortcuts and the Help menu (two F1s would cancel out)."""
    action = getattr(window, "quick_guide_action", None)
    if isinstance(action, QAction):
        return action
    action = QAction(QCoreApplication.translate("QuickGuideDialog", "Quick guide"), window)
    action.setShortcut(QKeySequence(Qt.Key.Key_F1))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: show_quick_guide(window))
    window.addAction(action)
    window.quick_guide_action = action  # type: ignore[attr-defined] - found again by the other installer
    return action


def show_quick_guide(parent: QWidget, topic: str | None = None) -> QuickGuideDialog:
    """Open the guide beside the window (not modal: the clerk may follow it while working); F1 again brings the
    open one to the front instead of stacking copies."""
    dialog = getattr(parent, "quick_guide_dialog", None)
    if not isinstance(dialog, QuickGuideDialog) or not shiboken6.isValid(dialog):
        dialog = QuickGuideDialog(parent, topic or "day")
        parent.quick_guide_dialog = dialog  # type: ignore[attr-defined] - reused by the next F1
    elif topic is not None:
        dialog.show_topic(topic)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
