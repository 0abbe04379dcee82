"""预约时段模板: the supervisor edits the blocks of bookable slots as a table, one block per row.

Weekdays are typed as "1-5" or "6,7" (1 = Monday); times as 17:30. The notation is read here, the row named when
it cannot be; the template's own rules (a block holds one slot, blocks do not overlap) are checked on saving.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.appointment_template import AppointmentTemplate, SlotBlock
from counter_app.operations.appointments.template import TemplateError, load_template, save_template
from counter_app.operations.context import AppContext
from counter_app.ui.operation_runner import run_op
from counter_app.ui.widgets.screen_fit import fit_to_screen

LABEL, WEEKDAYS, START, END, MINUTES, CAPACITY, DAY_KIND, SKIP_HOLIDAYS = range(8)
DAY_KINDS = ("working", "rest", "any")
_SEPARATORS = re.compile(r"[,，;；、\s]+")
_DAY_RANGE = re.compile(r"^([1-7])(?:(?:-|–|—|~|～|至|到)([1-7]))?$")
_CLOCK = re.compile(r"^(\d{1,2})[:：](\d{2})$")


def parse_weekdays(text: str, row: int) -> list[int]:
    """ "1-5", "6,7", "1、3、5" → sorted ISO weekdays; ``row`` (1-based) is named when the text cannot be read."""
    compact = re.sub(r"\s*(-|–|—|~|～|至|到)\s*", r"\1", text.strip())
    days: set[int] = set()
    for piece in filter(None, _SEPARATORS.split(compact)):
        match = _DAY_RANGE.match(piece)
        first, last = (int(match.group(1)), int(match.group(2) or match.group(1))) if match else (0, -1)
        if first > last:
            raise TemplateError(
                "weekdays", f"第 {row} 行星期「{piece}」无法识别，应写成 1-5 或 6,7（1 为周一，7 为周日）"
            )
        days.update(range(first, last + 1))
    if not days:
        raise TemplateError("weekdays", f"第 {row} 行未填写星期，应写成 1-5 或 6,7（1 为周一，7 为周日）")
    return sorted(days)


def format_weekdays(days: list[int]) -> str:
    """[1, 2, 3, 4, 5, 7] → "1-5,7": runs of three or more days as a range."""
    pieces: list[str] = []
    ordered = sorted(set(days))
    start = 0
    while start < len(ordered):
        end = start
        while end + 1 < len(ordered) and ordered[end + 1] == ordered[end] + 1:
            end += 1
        if end - start >= 2:
            pieces.append(f"{ordered[start]}-{ordered[end]}")
        else:
            pieces.extend(str(day) for day in ordered[start : end + 1])
        start = end + 1
    return ",".join(pieces)


def parse_clock(text: str, row: int, what: str) -> str:
    """ "9:00" or "17：30" (full-width colon) → "09:00"."""
    match = _CLOCK.match(text.strip())
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise TemplateError("time", f"第 {row} 行{what}「{text.strip()}」无法识别，应写成 17:30")
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def parse_count(text: str, row: int, what: str) -> int:
    value = text.strip()
    if not value.isascii() or not value.isdigit():
        raise TemplateError("number", f"第 {row} 行{what}「{value}」应为整数")
    return int(value)


class AppointmentTemplateDialog(QDialog):
    """Save runs ``save_template``; a refusal (no permission, a bad or overlapping block) keeps the dialog open."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: AppointmentTemplate | None = None
        self.setWindowTitle(self.tr("Appointment template"))
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Label"),
                self.tr("Weekdays"),
                self.tr("Start"),
                self.tr("End"),
                self.tr("Slot minutes"),
                self.tr("Places per slot"),
                self.tr("Days"),
                self.tr("Not on public holidays"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        for block in load_template(ctx).blocks:
            self.add_block(block)

        add = QPushButton(self.tr("Add block"))
        add.clicked.connect(lambda: self.add_block())
        remove = QPushButton(self.tr("Remove block"))
        remove.clicked.connect(self.remove_selected)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(add)
        row_buttons.addWidget(remove)
        row_buttons.addStretch(1)
        hint = QLabel(
            self.tr(
                "Weekdays: 1 = Monday … 7 = Sunday, e.g. 1-5 or 6,7. Working days and rest days follow the "
                "official calendar, make-up working days included. Times as 17:30."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #616161;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 900, 360)

    def _day_kind_box(self, current: str) -> QComboBox:
        box = QComboBox()
        names = {"working": self.tr("Working days"), "rest": self.tr("Rest days"), "any": self.tr("Any day")}
        for kind in DAY_KINDS:
            box.addItem(names[kind], kind)
        box.setCurrentIndex(DAY_KINDS.index(current))
        return box

    def add_block(self, block: SlotBlock | None = None) -> int:
        """Append a row (a new block starts as a weekday evening hour); returns its index."""
        if block is None:
            block = SlotBlock(weekdays=[1, 2, 3, 4, 5], start=dt.time(17, 30), end=dt.time(18, 30), day_kind="working")
        row = self.table.rowCount()
        self.table.insertRow(row)
        texts = {
            LABEL: block.label,
            WEEKDAYS: format_weekdays(block.weekdays),
            START: f"{block.start:%H:%M}",
            END: f"{block.end:%H:%M}",
            MINUTES: str(block.slot_minutes),
            CAPACITY: str(block.capacity),
        }
        for column, text in texts.items():
            self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setCellWidget(row, DAY_KIND, self._day_kind_box(block.day_kind))
        skip = QTableWidgetItem()
        skip.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        skip.setCheckState(Qt.CheckState.Checked if block.skip_public_holidays else Qt.CheckState.Unchecked)
        self.table.setItem(row, SKIP_HOLIDAYS, skip)
        return row

    def remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def set_cell(self, row: int, column: int, text: str) -> None:
        """Type into one cell (tests use it)."""
        self.table.item(row, column).setText(text)

    def template_value(self) -> dict[str, object]:
        """The blocks as typed, in the stored form; a cell that cannot be read raises TemplateError."""
        blocks = []
        for row in range(self.table.rowCount()):
            shown = row + 1
            cell = self.table.item
            day_kind = self.table.cellWidget(row, DAY_KIND)
            assert isinstance(day_kind, QComboBox)
            blocks.append(
                {
                    "label": cell(row, LABEL).text().strip(),
                    "weekdays": parse_weekdays(cell(row, WEEKDAYS).text(), shown),
                    "start": parse_clock(cell(row, START).text(), shown, "开始时间"),
                    "end": parse_clock(cell(row, END).text(), shown, "结束时间"),
                    "slot_minutes": parse_count(cell(row, MINUTES).text(), shown, "每段分钟数"),
                    "capacity": parse_count(cell(row, CAPACITY).text(), shown, "每段名额"),
                    "day_kind": day_kind.currentData(),
                    "skip_public_holidays": cell(row, SKIP_HOLIDAYS).checkState() == Qt.CheckState.Checked,
                }
            )
        return {"blocks": blocks}

    def submit(self) -> bool:
        # Quick, so on the GUI thread: the cells are parsed inside the operation and refused like it.
        run = run_op(self, lambda: save_template(self.ctx, self.template_value()), title=self.windowTitle())
        if not run.ok:
            return False
        self.saved = run.result
        self.accept()
        return True
