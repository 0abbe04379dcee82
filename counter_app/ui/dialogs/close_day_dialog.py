"""Closing the day (日终): every same-day case still open gets a reason and becomes a follow-up (待办)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.operations.context import AppContext
from counter_app.operations.day.same_day_board import BoardRow, CloseDayResult, close_day
from counter_app.ui.feedback import inform
from counter_app.ui.operation_runner import run_op
from counter_app.ui.widgets.screen_fit import fit_to_screen
from counter_app.ui.widgets.tables import make_read_only

# Stored as the case's not-done reason and copied into the follow-up title, which are Chinese records (like
# the operations' own texts), so these are data, not UI strings to translate.
COMMON_REASONS = ("材料不齐待补正", "系统故障", "申请人离开", "需上级审批")
OTHER = "其他"
OTHER_PREFIX = "其他："
REASON_COLUMN = 4


def reason_given(text: str) -> bool:
    """A reason counts once it says something; "其他" alone says nothing, so it needs a few words after it."""
    stripped = text.strip()
    for bare in (OTHER, OTHER_PREFIX, "其他:"):
        if stripped == bare:
            return False
    return bool(stripped)


class CloseDayDialog(QDialog):
    """``cases`` are the day's open same-day cases (the board's rows); OK runs ``close_day`` for ``day``."""

    def __init__(self, ctx: AppContext, day: dt.date, cases: list[BoardRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.day = day
        self.cases = list(cases)
        self.result_: CloseDayResult | None = None
        self.setWindowTitle(self.tr("Close the day {day}").format(day=day.isoformat()))

        if self.cases:
            intro = self.tr(
                "{count} same-day case(s) are not done. Give a reason for each: it goes to the "
                "follow-up notebook for the next working day."
            ).format(count=len(self.cases))
        else:
            intro = self.tr("Every same-day case of this day is finished.")
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(len(self.cases), 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Service"),
                self.tr("Applicant"),
                self.tr("Started"),
                self.tr("Deadline"),
                self.tr("Reason not done"),
            ]
        )
        make_read_only(self.table, stretch=REASON_COLUMN, selection=QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.reasons: list[QComboBox] = []
        for r, case in enumerate(self.cases):
            for c, value in enumerate(
                (case.service_name, case.applicant, f"{case.started_at:%H:%M}", f"{case.deadline:%H:%M}")
            ):
                self.table.setItem(r, c, QTableWidgetItem(value))
            self.table.setCellWidget(r, REASON_COLUMN, self._reason_box())
        self.table.setMinimumHeight(min(400, 60 + 32 * len(self.cases)))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Close the day"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #b71c1c;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 860, 420)
        self._update_ok()

    def _reason_box(self) -> QComboBox:
        box = QComboBox()
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # a typed reason is not added to the list
        box.addItems(["", *COMMON_REASONS, OTHER])
        box.setCurrentIndex(0)
        box.lineEdit().setPlaceholderText(self.tr("Choose or type a reason"))
        box.currentTextChanged.connect(lambda _text: self._update_ok())
        box.activated.connect(lambda index, combo=box: self._picked(combo, index))
        self.reasons.append(box)
        return box

    def _picked(self, box: QComboBox, index: int) -> None:
        # "其他" asks for the actual reason: leave the prefix in the editor and put the cursor after it.
        if box.itemText(index) == OTHER:
            box.setEditText(OTHER_PREFIX)
            box.lineEdit().setFocus()
            box.lineEdit().end(False)

    def reason_texts(self) -> dict[int, str]:
        return {case.case_id: box.currentText().strip() for case, box in zip(self.cases, self.reasons, strict=True)}

    def _update_ok(self) -> None:
        missing = sum(not reason_given(text) for text in self.reason_texts().values())
        self.ok_button.setEnabled(missing == 0)
        self.hint.setText(self.tr("{count} case(s) still need a reason").format(count=missing) if missing else "")

    def submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        reasons = self.reason_texts()
        run_op(self, lambda: close_day(self.ctx, self.day, reasons), self._closed, title=self.windowTitle())

    def _closed(self, result: CloseDayResult) -> None:
        self.result_ = result
        text = self.tr(
            "{closed} case(s) marked not done, {follow_ups} follow-up(s) created; "
            "{done} of {total} same-day case(s) were finished."
        ).format(closed=len(result.closed), follow_ups=len(result.follow_ups), done=result.done, total=result.total)
        if result.ignored:
            text += " " + self.tr("{count} case(s) were finished meanwhile and left as they are.").format(
                count=len(result.ignored)
            )
        inform(self, text, self.windowTitle())
        self.accept()
