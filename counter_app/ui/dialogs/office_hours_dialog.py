"""办公时间: the supervisor edits the periods of each weekday as text ("08:30-12:00, 14:00-17:30"), the end of
the extended service, weekend duty and the schedule a make-up working day follows."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from counter_app import paths
from counter_app.domain.office_hours import WEEKDAY_ZH, WEEKDAYS, OfficeHours, OfficeHoursError, Period, Weekday
from counter_app.operations.context import AppContext
from counter_app.operations.day.office_hours import load_office_hours, save_office_hours
from counter_app.ui.operation_runner import run_op
from counter_app.ui.widgets.screen_fit import fit_to_screen

REGULAR_COLUMN, DUTY_COLUMN = 0, 1
# Clerks type with Chinese input methods on: accept full-width punctuation and the usual range marks.
_SEPARATORS = re.compile(r"[,，;；、\s]+")
_RANGE = re.compile(r"^(\d{1,2})[:：](\d{2})\s*(?:-|–|—|~|～|至|到)\s*(\d{1,2})[:：](\d{2})$")
_KIND_ZH = {REGULAR_COLUMN: "办公时段", DUTY_COLUMN: "值班时段"}


def format_periods(periods: list[Period]) -> str:
    return ", ".join(f"{p.start:%H:%M}-{p.end:%H:%M}" for p in periods)


def parse_periods(text: str, day: Weekday, kind: str = "办公时段") -> list[dict[str, str]]:
    """ "08:30-12:00, 14:00-17:30" → [{"start": "08:30", "end": "12:00"}, ...]; empty text → no periods.

    Only the notation is checked here (the order and overlaps are the schedule's rules, checked on saving);
    the message names the weekday and the piece that cannot be read.
    """
    periods: list[dict[str, str]] = []
    # Spaces around the range mark belong to one piece; join them before splitting on separators.
    compact = re.sub(r"\s*(-|–|—|~|～|至|到)\s*", r"\1", text.strip())
    for piece in filter(None, _SEPARATORS.split(compact)):
        match = _RANGE.match(piece)
        times = []
        if match:
            for hour, minute in (match.group(1, 2), match.group(3, 4)):
                if int(hour) > 23 or int(minute) > 59:
                    break
                times.append(f"{int(hour):02d}:{minute}")
        if len(times) != 2:
            raise OfficeHoursError(
                "period_text", f"{WEEKDAY_ZH[day]}{kind}「{piece}」无法识别，应写成 08:30-12:00，多个时段用逗号分开"
            )
        periods.append({"start": times[0], "end": times[1]})
    return periods


class OfficeHoursDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: OfficeHours | None = None
        self.setWindowTitle(self.tr("Office hours"))
        hours = load_office_hours(ctx)

        self.table = QTableWidget(len(WEEKDAYS), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Regular periods"), self.tr("Weekend duty periods")])
        self.table.setVerticalHeaderLabels(self._weekday_names())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(
            self.tr(
                "Periods as 08:30-12:00, 14:00-17:30; the gap between two periods is the "
                "lunch break; leave empty for a day without service"
            )
        )
        for r, day in enumerate(WEEKDAYS):
            self.table.setItem(r, REGULAR_COLUMN, QTableWidgetItem(format_periods(hours.regular.get(day, []))))
            self.table.setItem(r, DUTY_COLUMN, QTableWidgetItem(format_periods(hours.weekend_duty.get(day, []))))

        self.extended = QCheckBox(self.tr("Extended service on working days until"))
        self.extended_until = QTimeEdit()
        self.extended_until.setDisplayFormat("HH:mm")
        until = hours.extended_until or dt.time(18, 30)
        self.extended_until.setTime(QTime(until.hour, until.minute))
        self.extended.setChecked(hours.extended_until is not None)
        self.extended_until.setEnabled(self.extended.isChecked())
        self.extended.toggled.connect(self.extended_until.setEnabled)
        extended_row = QHBoxLayout()
        extended_row.addWidget(self.extended)
        extended_row.addWidget(self.extended_until)
        extended_row.addStretch(1)

        self.makeup_follows = QComboBox()
        for day, name in zip(WEEKDAYS, self._weekday_names(), strict=True):
            self.makeup_follows.addItem(name, day)
        self.makeup_follows.setCurrentIndex(WEEKDAYS.index(hours.makeup_day_follows))

        makeup_row = QHBoxLayout()
        makeup_row.addWidget(QLabel(self.tr("A make-up working day follows the schedule of")))
        makeup_row.addWidget(self.makeup_follows)
        makeup_row.addStretch(1)

        self.note = QLabel(
            self.tr(
                "Statutory holidays and make-up working days come from the chinese-calendar "
                "package plus the station file {path} (for years the package does not know "
                "yet)."
            ).format(path=paths.station_days_file())
        )
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.setStyleSheet("color: #616161;")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Periods per weekday, e.g. 08:30-12:00, 14:00-17:30 (the gap is the lunch "
                "break). Weekend duty counts as after hours."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(extended_row)
        layout.addLayout(makeup_row)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        # Seven rows always: size the table to show them all without a scroll bar or an empty tail.
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(self.table.verticalHeader().length() + header.sizeHint().height() + frame)
        fit_to_screen(self, 760, self.sizeHint().height())

    def _weekday_names(self) -> list[str]:
        return [
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        ]

    def set_periods(self, day: Weekday, regular: str, duty: str | None = None) -> None:
        """Type into one weekday's row (tests and a future "copy Monday to all" button use it)."""
        row = WEEKDAYS.index(day)
        self.table.item(row, REGULAR_COLUMN).setText(regular)
        if duty is not None:
            self.table.item(row, DUTY_COLUMN).setText(duty)

    def edited_data(self) -> dict[str, object]:
        """The schedule as typed, in the stored form; a period that cannot be read raises OfficeHoursError."""
        regular: dict[str, list[dict[str, str]]] = {}
        duty: dict[str, list[dict[str, str]]] = {}
        for r, day in enumerate(WEEKDAYS):
            for column, target in ((REGULAR_COLUMN, regular), (DUTY_COLUMN, duty)):
                periods = parse_periods(self.table.item(r, column).text(), day, _KIND_ZH[column])
                if periods:
                    target[day] = periods
        until = self.extended_until.time().toPython() if self.extended.isChecked() else None
        return {
            "regular": regular,
            "extended_until": f"{until:%H:%M}" if until else None,
            "weekend_duty": duty,
            "makeup_day_follows": self.makeup_follows.currentData(),
        }

    def submit(self) -> None:
        run = run_op(self, lambda: save_office_hours(self.ctx, self.edited_data()), title=self.windowTitle())
        if run.ok:
            self.saved = run.result
            self.accept()
