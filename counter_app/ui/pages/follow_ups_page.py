"""待办: the follow-up notebook. Open matters, overdue first and in red; New…, Tick done (with a note), Reopen;
the (open, overdue) counts go out to the main window's badge after every change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.operations.context import AppContext
from counter_app.operations.follow_ups.notebook import FollowUpRow, list_follow_ups, reopen, tick
from counter_app.operations.follow_ups.notebook import open_count as open_and_overdue
from counter_app.ui.operation_runner import run_op
from counter_app.ui.page import Icon, Page
from counter_app.ui.widgets.tables import make_read_only

OVERDUE_BACKGROUND = QColor("#fde2e2")
OVERDUE_TEXT = QColor("#b71c1c")
DONE_TEXT = QColor("#757575")
TITLE_COLUMN = 1
DONE_COLUMN = 7


def follow_up_badge_text(open_count: int, overdue: int) -> str:
    """The main window's status-bar text, e.g. "To do: 5 (2 overdue)"."""
    if overdue:
        return QCoreApplication.translate("FollowUpsPage", "To do: {open} ({overdue} overdue)").format(
            open=open_count, overdue=overdue
        )
    return QCoreApplication.translate("FollowUpsPage", "To do: {open}").format(open=open_count)


class FollowUpsPage(Page):
    counts_changed = Signal(int, int)  # (open, overdue)
    standard_icon = Icon.SP_DialogApplyButton

    @classmethod
    def tab_title(cls) -> str:
        # 待办; the column of the same name is the matter itself
        return QCoreApplication.translate("FollowUpsPage", "To do", "tab")

    def on_shown(self) -> None:
        self.refresh()
        self.table.setFocus(Qt.FocusReason.TabFocusReason)  # arrows pick a matter, Enter ticks it

    def on_data_changed(self) -> None:
        self.refresh()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[FollowUpRow] = []
        self.counts = (0, 0)

        self.summary = QLabel()
        self.show_done = QCheckBox(self.tr("Show done"))
        self.show_done.toggled.connect(lambda _on: self.refresh())
        self.new_button = QPushButton(self.tr("New…"))
        self.new_button.clicked.connect(lambda: self.new_follow_up())
        self.tick_button = QPushButton(self.tr("Tick done"))
        self.tick_button.setToolTip(self.tr("Mark the selected matter done (or double-click it, or press Enter)"))
        self.tick_button.clicked.connect(lambda: self.tick_selected())
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.setToolTip(self.tr("Undo a tick given by mistake"))
        self.reopen_button.clicked.connect(lambda: self.reopen_selected())

        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("To do"),
                self.tr("Name"),
                self.tr("Phone"),
                self.tr("Due"),
                self.tr("Overdue"),
                self.tr("Source"),
                self.tr("Done"),
            ]
        )
        make_read_only(self.table, stretch=TITLE_COLUMN, selection=QAbstractItemView.SelectionMode.SingleSelection)
        # Columns fitted to their contents need a little air, or dates and names run into each other.
        self.table.setStyleSheet("QTableView::item { padding: 0 6px; } QHeaderView::section { padding: 0 6px; }")
        self.table.setWordWrap(False)
        # activated covers Enter and double-click alike; a done row is left alone.
        self.table.activated.connect(lambda index: self.tick_row(index.row()))
        self.table.itemSelectionChanged.connect(self._update_buttons)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_done)
        top.addWidget(self.new_button)
        top.addWidget(self.tick_button)
        top.addWidget(self.reopen_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    # -- showing -----------------------------------------------------------------------------------------------
    def overdue_text(self, row: FollowUpRow, today: dt.date) -> str:
        if row.done:
            return ""
        if row.overdue:
            return self.tr("overdue %n day(s)", "", row.days_overdue)
        return self.tr("due today") if row.due == today else ""

    def done_text(self, row: FollowUpRow) -> str:
        if row.done_at is None:
            return ""
        return f"{row.done_at:%m-%d %H:%M} {row.done_by or ''}".strip()

    def refresh(self) -> None:
        selected = self.selected_id()
        today = self.ctx.now().date()
        self.rows = list_follow_ups(self.ctx, include_done=self.show_done.isChecked(), day=today)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = [
                row.kind_label,
                row.title,
                row.applicant_name,
                row.phone_masked or "",
                row.due.isoformat(),
                self.overdue_text(row, today),
                row.source_label,
                self.done_text(row),
            ]
            tips = {TITLE_COLUMN: row.title, 6: row.source_ref or "", DONE_COLUMN: row.done_note}
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if tips.get(c):
                    item.setToolTip(tips[c])
                if row.overdue:
                    item.setBackground(QBrush(OVERDUE_BACKGROUND))
                    item.setForeground(QBrush(OVERDUE_TEXT))
                elif row.done:
                    item.setForeground(QBrush(DONE_TEXT))
                self.table.setItem(r, c, item)
        self.table.setColumnHidden(DONE_COLUMN, not self.show_done.isChecked())
        ids = [row.id for row in self.rows]
        if selected in ids:
            self.table.selectRow(ids.index(selected))
        else:
            # The selected matter left the list (ticked here or at another counter): select nothing rather than
            # let the row that moved up into its place take the selection, where the next Enter would tick it.
            self.table.clearSelection()
            self.table.setCurrentIndex(QModelIndex())
        self.counts = open_and_overdue(self.ctx)  # the status bar's and the daily report's figure, by the same function
        self.summary.setText(
            self.tr("{open} open, {overdue} overdue").format(open=self.counts[0], overdue=self.counts[1])
        )
        self._update_buttons()
        self.counts_changed.emit(*self.counts)

    def selected_row(self) -> FollowUpRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return row.id if row else None

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.tick_button.setEnabled(row is not None and not row.done)
        self.reopen_button.setEnabled(row is not None and row.done)

    # -- actions -----------------------------------------------------------------------------------------------
    def new_follow_up(self) -> int | None:
        from counter_app.ui.dialogs.follow_up_dialog import FollowUpDialog

        dialog = FollowUpDialog(self.ctx, self)
        dialog.exec()
        if dialog.created_id is not None:
            self.refresh()
            self.table.selectRow([row.id for row in self.rows].index(dialog.created_id))
        return dialog.created_id

    def tick_selected(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        return bool(rows) and self.tick_row(rows[0].row())

    def tick_row(self, index: int) -> bool:
        """Tick one open matter after asking for an optional note; Cancel leaves it open."""
        if not 0 <= index < len(self.rows) or self.rows[index].done:
            return False
        row = self.rows[index]
        note, ok = QInputDialog.getText(
            self,
            self.tr("Tick done"),
            self.tr("Done: {title}\nNote (optional):").format(title=row.title),
            QLineEdit.EchoMode.Normal,
            "",
        )
        if not ok:
            return False
        return self._run(lambda: tick(self.ctx, row.id, note))

    def reopen_selected(self) -> bool:
        row = self.selected_row()
        if row is None or not row.done:
            return False
        return self._run(lambda: reopen(self.ctx, row.id))

    def _run(self, action: Callable[[], object]) -> bool:
        run = run_op(self, action, lambda _: self.refresh(), title=self.tr("Follow-ups"),
                     on_refused=lambda _: self.refresh())
        return run.ok
