"""当日办: the same-day board (deadline, time left, overdue rows in red, Done in one action, closing the day)
and the after-hours log (延时服务登记) of a date range."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.errors import DomainError
from counter_app.domain.service_case import Channel, Outcome
from counter_app.operations.context import AppContext
from counter_app.operations.day.same_day_board import AfterHoursRow, BoardRow, after_hours_log, same_day_board
from counter_app.operations.day.service_cases import finish_case
from counter_app.ui.office_status import format_duration
from counter_app.ui.operation_runner import run_op
from counter_app.ui.page import Icon, Page
from counter_app.ui.widgets.tables import make_read_only

REFRESH_MS = 60_000
OVERDUE_BACKGROUND = QColor("#fde2e2")
OVERDUE_TEXT = QColor("#b71c1c")
FINISHED_TEXT = QColor("#757575")


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date_edit(value: dt.date) -> QDateEdit:
    edit = QDateEdit(_qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _table(headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    make_read_only(table, stretch=stretch, selection=QAbstractItemView.SelectionMode.SingleSelection)
    # Columns fitted to their contents need a little air, or times and names run into each other.
    table.setStyleSheet("QTableView::item { padding: 0 6px; } QHeaderView::section { padding: 0 6px; }")
    return table


def _fill(
    table: QTableWidget,
    rows: list[list[str]],
    highlighted: list[bool],
    right: set[int],
    greyed: list[bool] | None = None,
) -> None:
    """Replace the rows; highlighted rows get the overdue colours, columns in ``right`` align right."""
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if highlighted[r]:
                item.setBackground(QBrush(OVERDUE_BACKGROUND))
                item.setForeground(QBrush(OVERDUE_TEXT))
            elif greyed is not None and greyed[r]:
                item.setForeground(QBrush(FINISHED_TEXT))
            table.setItem(r, c, item)


class SameDayPage(Page):
    standard_icon = Icon.SP_FileDialogDetailedView

    @classmethod
    def tab_title(cls) -> str:
        return QCoreApplication.translate("SameDayPage", "Same-day board")

    def on_shown(self) -> None:
        self.refresh()
        self.board_table.setFocus(Qt.FocusReason.TabFocusReason)  # arrows pick a case, Enter marks it done

    def on_data_changed(self) -> None:
        self.refresh()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.board: list[BoardRow] = []
        self.log: list[AfterHoursRow] = []
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_board(), self.tr("Same-day board"))
        self.tabs.addTab(self._build_log(), self.tr("After-hours log"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)
        # Time left changes by itself: re-read the board every minute, but only while someone can see it.
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh_board)

    # -- building ----------------------------------------------------------------------------------------------
    def _build_board(self) -> QWidget:
        self.today = self.ctx.now().date()
        self.board_day = _date_edit(self.today)
        self.board_day.setMaximumDate(_qdate(self.today))
        self.board_day.dateChanged.connect(lambda _d: self.refresh_board())
        self.board_summary = QLabel()
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setToolTip(self.tr("Mark the selected case done (or double-click it, or press Enter)"))
        self.done_button.clicked.connect(lambda: self.finish_selected())
        self.close_day_button = QPushButton(self.tr("Close the day…"))
        self.close_day_button.clicked.connect(lambda: self.close_day())
        self.board_table = _table(
            [
                self.tr("Service"),
                self.tr("Applicant"),
                self.tr("Started"),
                self.tr("Deadline"),
                self.tr("Time left"),
                self.tr("Outcome"),
            ],
            stretch=0,
        )
        # activated covers Enter and double-click alike (Qt emits it after doubleClicked).
        self.board_table.activated.connect(lambda index: self.finish_row(index.row()))
        self.board_table.itemSelectionChanged.connect(self._update_buttons)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day:")))
        top.addWidget(self.board_day)
        top.addWidget(self.board_summary, 1)
        top.addWidget(self.done_button)
        top.addWidget(self.close_day_button)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addLayout(top)
        column.addWidget(self.board_table, 1)
        return page

    def _build_log(self) -> QWidget:
        today = self.ctx.now().date()
        monday = today - dt.timedelta(days=today.weekday())
        self.log_from = _date_edit(monday)
        self.log_to = _date_edit(monday + dt.timedelta(days=6))
        for edit in (self.log_from, self.log_to):
            edit.dateChanged.connect(lambda _d: self.refresh_log())
        self.log_table = _table(
            [
                self.tr("Start"),
                self.tr("End"),
                self.tr("Clerk"),
                self.tr("Service"),
                self.tr("Reason"),
                self.tr("Minutes"),
                self.tr("Outcome"),
            ],
            stretch=3,
        )
        self.log_total = QLabel()
        self.log_total.setStyleSheet("font-weight: bold;")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("From")))
        top.addWidget(self.log_from)
        top.addWidget(QLabel(self.tr("to")))
        top.addWidget(self.log_to)
        top.addStretch(1)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addLayout(top)
        column.addWidget(self.log_table, 1)
        column.addWidget(self.log_total)
        return page

    # -- labels ------------------------------------------------------------------------------------------------
    def outcome_label(self, outcome: str) -> str:
        labels = {
            Outcome.IN_PROGRESS: self.tr("In progress"),
            Outcome.DONE: self.tr("Done"),
            Outcome.ACCEPTED: self.tr("Accepted"),
            Outcome.NOTICE: self.tr("One-time notice given"),
            Outcome.REFUSED: self.tr("Refused"),
            Outcome.NOT_DONE: self.tr("Not done today"),
        }
        return labels.get(outcome, outcome)

    def reason_label(self, reason: str) -> str:
        labels = {
            "lunch": self.tr("Lunch break"),
            "evening": self.tr("After closing"),
            "early": self.tr("Before opening"),
            "weekend_duty": self.tr("Weekend duty"),
            "holiday": self.tr("Public holiday"),
            "rest_day": self.tr("Rest day"),
            Channel.APPOINTMENT: self.tr("Appointment"),
            Channel.GREEN_CHANNEL: self.tr("Green channel"),
        }
        return labels.get(reason, reason)

    def time_left_text(self, row: BoardRow) -> str:
        if row.minutes_left is None:
            return self.tr("late") if row.overdue else ""
        if row.minutes_left < 0:
            return self.tr("overdue {duration}").format(duration=format_duration(-row.minutes_left))
        return format_duration(row.minutes_left)

    # -- the board ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._follow_today()
        self.refresh_board()
        self.refresh_log()

    def _follow_today(self) -> None:
        """A window left open past midnight moves on to the new day unless the clerk chose another day."""
        today = self.ctx.now().date()
        if today == self.today:
            return
        was_today = self.day() == self.today
        self.board_day.blockSignals(True)
        self.board_day.setMaximumDate(_qdate(today))
        if was_today:
            self.board_day.setDate(_qdate(today))
        self.board_day.blockSignals(False)
        self.today = today

    def day(self) -> dt.date:
        return self.board_day.date().toPython()

    def refresh_board(self) -> None:
        selected = self.selected_case_id()
        self.board = same_day_board(self.ctx, self.day())
        rows = [
            [
                row.service_name,
                row.applicant,
                f"{row.started_at:%H:%M}",
                f"{row.deadline:%H:%M}",
                self.time_left_text(row),
                self.outcome_label(row.outcome),
            ]
            for row in self.board
        ]
        _fill(
            self.board_table,
            rows,
            [row.overdue for row in self.board],
            {4},
            [row.outcome != Outcome.IN_PROGRESS for row in self.board],
        )
        ids = [row.case_id for row in self.board]
        if selected in ids:
            self.board_table.selectRow(ids.index(selected))
        open_rows = [row for row in self.board if row.outcome == Outcome.IN_PROGRESS]
        self.board_summary.setText(
            self.tr("{open} open ({overdue} overdue), {finished} finished of {total}").format(
                open=len(open_rows),
                overdue=sum(row.overdue for row in open_rows),
                finished=len(self.board) - len(open_rows),
                total=len(self.board),
            )
        )
        self._update_buttons()

    def selected_case_id(self) -> int | None:
        rows = self.board_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.board):
            return None
        return self.board[rows[0].row()].case_id

    def _update_buttons(self) -> None:
        rows = self.board_table.selectionModel().selectedRows()
        row = self.board[rows[0].row()] if rows and rows[0].row() < len(self.board) else None
        self.done_button.setEnabled(row is not None and row.outcome == Outcome.IN_PROGRESS)

    def finish_selected(self) -> bool:
        rows = self.board_table.selectionModel().selectedRows()
        return bool(rows) and self.finish_row(rows[0].row())

    def finish_row(self, index: int) -> bool:
        """The board's one action: the case is done now; a finished row is left alone."""
        if not 0 <= index < len(self.board) or self.board[index].outcome != Outcome.IN_PROGRESS:
            return False
        row = self.board[index]
        run = run_op(self, lambda: finish_case(self.ctx, row.case_id, Outcome.DONE, expected_version=row.version),
                     lambda _: self.refresh(), title=self.tr("Same-day board"),
                     on_refused=lambda _: self.refresh_board())
        return run.ok

    def close_day(self) -> None:
        from counter_app.ui.dialogs.close_day_dialog import CloseDayDialog

        self.refresh_board()
        still_open = [row for row in self.board if row.outcome == Outcome.IN_PROGRESS]
        dialog = CloseDayDialog(self.ctx, self.day(), still_open, self)
        dialog.exec()
        self.refresh()

    # -- the after-hours log -----------------------------------------------------------------------------------
    def refresh_log(self) -> None:
        start, end = self.log_from.date().toPython(), self.log_to.date().toPython()
        try:
            self.log = after_hours_log(self.ctx, start, end)
        except DomainError as exc:
            self.log = []
            self.log_total.setText(exc.message)
            _fill(self.log_table, [], [], set())
            return
        rows = [
            [
                f"{row.started_at:%m-%d %H:%M}",
                f"{row.ended_at:%H:%M}"
                if row.ended_at.date() == row.started_at.date()
                else f"{row.ended_at:%m-%d %H:%M}",
                row.clerk,
                row.service_name,
                self.reason_label(row.reason),
                str(row.minutes),
                self.outcome_label(row.outcome),
            ]
            for row in self.log
        ]
        _fill(self.log_table, rows, [False] * len(rows), {5})
        self.log_total.setText(
            self.tr("Total: {cases} case(s), {minutes} minute(s) after hours").format(
                cases=len(self.log), minutes=sum(row.minutes for row in self.log)
            )
        )

    # -- visibility --------------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()
