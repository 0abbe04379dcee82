"""预约: the after-hours and weekend slots of a day, their bookings, check-in, no-shows and tomorrow's list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.operations.appointments.booking import (
    BOOKED,
    CANCELLED,
    CHECKED_IN,
    NO_SHOW,
    SlotRow,
    cancel,
    generate_slots,
    slots_for,
)
from counter_app.operations.appointments.day_list import (
    DayListRow,
    appointment_list_pdf,
    check_in,
    check_in_by_code,
    day_list,
    mark_no_show,
    mark_no_shows,
)
from counter_app.operations.context import AppContext
from counter_app.ui.feedback import confirm
from counter_app.ui.operation_runner import run_op
from counter_app.ui.page import Icon, Page
from counter_app.ui.widgets.tables import make_read_only

GENERATE_AHEAD_DAYS = 14
OVERDUE_BACKGROUND = QColor("#fde2e2")  # a booking still open after its slot ended: mark it 未到 or check it in
OVERDUE_TEXT = QColor("#b71c1c")
PAST_TEXT = QColor("#9e9e9e")
CHECKED_IN_TEXT = QColor("#2e7d32")


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    make_read_only(table, selection=QAbstractItemView.SelectionMode.SingleSelection)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], colors: list[tuple[QColor | None, QColor | None]]) -> None:
    """Replace the rows; ``colors`` holds (text, background) per row, None keeping the default."""
    table.clearSelection()
    table.setRowCount(len(rows))
    for r, (values, (text, background)) in enumerate(zip(rows, colors, strict=True)):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c and value.isdigit():
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if text is not None:
                item.setForeground(QBrush(text))
            if background is not None:
                item.setBackground(QBrush(background))
            table.setItem(r, c, item)


def _select(table: QTableWidget, row: int) -> None:
    if 0 <= row < table.rowCount():
        table.setCurrentCell(row, 0)


class AppointmentsPage(Page):
    checked_in = Signal(object)  # the BookingView, so the main window can serve the applicant without retyping
    standard_icon = Icon.SP_FileDialogInfoView

    @classmethod
    def tab_title(cls) -> str:
        return QCoreApplication.translate("AppointmentsPage", "Appointments")

    def on_shown(self) -> None:
        self.refresh()

    def on_data_changed(self) -> None:
        self.refresh()

    def print_current(self) -> None:
        self.print_tomorrow()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.slots: list[SlotRow] = []
        self.bookings: list[DayListRow] = []  # the whole day's list
        self.shown: list[DayListRow] = []  # the rows of the bookings table

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_slots())
        splitter.addWidget(self._build_bookings())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 880])
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._build_day_bar())
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.day_edit.setDate(QDate(ctx.now().date()))
        self.day_edit.dateChanged.connect(self._day_changed)

    # -- building ----------------------------------------------------------------------------------------------
    def _build_day_bar(self) -> QHBoxLayout:
        self.prev_button = QPushButton(self.tr("◀ Previous day"))
        self.prev_button.clicked.connect(lambda: self.show_day(self.day() - dt.timedelta(days=1)))
        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd dddd")
        self.next_button = QPushButton(self.tr("Next day ▶"))
        self.next_button.clicked.connect(lambda: self.show_day(self.day() + dt.timedelta(days=1)))
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.clicked.connect(lambda: self.show_day(self.ctx.now().date()))
        self.generate_day_button = QPushButton(self.tr("Generate slots for this day"))
        self.generate_day_button.setToolTip(self.tr("Create the template's slots; existing slots stay as they are"))
        self.generate_day_button.clicked.connect(lambda: self.generate(ahead=False))
        self.generate_ahead_button = QPushButton(
            self.tr("Generate the next {days} days").format(days=GENERATE_AHEAD_DAYS)
        )
        self.generate_ahead_button.clicked.connect(lambda: self.generate(ahead=True))
        self.print_button = QPushButton(self.tr("Print tomorrow's list"))
        self.print_button.clicked.connect(self.print_tomorrow)
        bar = QHBoxLayout()
        for widget in (self.prev_button, self.day_edit, self.next_button, self.today_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.generate_day_button, self.generate_ahead_button, self.print_button):
            bar.addWidget(widget)
        return bar

    def _build_slots(self) -> QWidget:
        self.slot_table = _table([self.tr("Time"), self.tr("Capacity"), self.tr("Booked"), self.tr("Free")])
        self.slot_table.itemSelectionChanged.connect(self.show_bookings)
        box = QGroupBox(self.tr("Slots"))
        QVBoxLayout(box).addWidget(self.slot_table)
        return box

    def _build_bookings(self) -> QWidget:
        self.booking_table = _table(
            [self.tr("Time"), self.tr("Name"), self.tr("Phone"), self.tr("Service"), self.tr("Status"), self.tr("Note")]
        )
        self.booking_table.itemSelectionChanged.connect(self._update_buttons)
        self.booking_table.doubleClicked.connect(lambda _index: self.check_in_selected())
        self.book_button = QPushButton(self.tr("Book…"))
        self.book_button.clicked.connect(self.book_selected_slot)
        self.check_in_button = QPushButton(self.tr("Check in"))
        self.check_in_button.clicked.connect(self.check_in_selected)
        self.no_show_button = QPushButton(self.tr("Mark no-show"))
        self.no_show_button.clicked.connect(self.no_show_selected)
        self.cancel_button = QPushButton(self.tr("Cancel booking"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.day_no_shows_button = QPushButton(self.tr("Mark no-shows for the day"))
        self.day_no_shows_button.setToolTip(self.tr("Every booking still open after its slot ended becomes a no-show"))
        self.day_no_shows_button.clicked.connect(self.mark_day_no_shows)
        # The confirmation code a resident got on the station's web page (or by phone) finds the booking at once.
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("Confirmation code"))
        self.code_edit.setMaximumWidth(160)
        self.code_edit.returnPressed.connect(self.check_in_code)
        self.code_button = QPushButton(self.tr("Check in by code"))
        self.code_button.setToolTip(self.tr("The code the applicant got when booking, e.g. on the station's web page"))
        self.code_button.clicked.connect(self.check_in_code)
        buttons = QHBoxLayout()
        for button in (self.book_button, self.check_in_button, self.no_show_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.code_edit)
        buttons.addWidget(self.code_button)
        buttons.addWidget(self.day_no_shows_button)
        self.bookings_box = QGroupBox(self.tr("Bookings"))
        column = QVBoxLayout(self.bookings_box)
        column.addWidget(self.booking_table, 1)
        column.addLayout(buttons)
        return self.bookings_box

    # -- the day -----------------------------------------------------------------------------------------------
    def day(self) -> dt.date:
        return self.day_edit.date().toPython()

    def show_day(self, day: dt.date) -> None:
        self.day_edit.setDate(QDate(day))  # dateChanged refreshes

    def _day_changed(self) -> None:
        self.status.clear()  # the last action's message belongs to the day it was done on
        self.refresh()

    def _ended(self, day: dt.date, end: dt.time) -> bool:
        return dt.datetime.combine(day, end) <= self.ctx.now()

    def refresh(self) -> None:
        """Reload the day's slots and bookings, keeping the selected slot and booking."""
        slot, booking_id = self.selected_slot(), self.selected_booking_id()
        day = self.day()
        self.slots = slots_for(self.ctx, day)
        self.bookings = day_list(self.ctx, day)
        rows, colors = [], []
        for row in self.slots:
            rows.append([f"{row.start:%H:%M}–{row.end:%H:%M}", str(row.capacity), str(row.booked), str(row.free)])
            colors.append((PAST_TEXT if self._ended(day, row.end) else None, None))
        ids = [row.id for row in self.slots]
        self.slot_table.blockSignals(True)
        _fill(self.slot_table, rows, colors)
        _select(self.slot_table, ids.index(slot.id) if slot and slot.id in ids else 0)
        self.slot_table.blockSignals(False)
        self.show_bookings(keep=booking_id)
        if not self.slots:
            self.status.setText(self.tr("No slots on this day. Generate them from the template."))

    def selected_slot(self) -> SlotRow | None:
        rows = self.slot_table.selectionModel().selectedRows()
        return self.slots[rows[0].row()] if rows and rows[0].row() < len(self.slots) else None

    def selected_booking(self) -> DayListRow | None:
        rows = self.booking_table.selectionModel().selectedRows()
        return self.shown[rows[0].row()] if rows and rows[0].row() < len(self.shown) else None

    def selected_booking_id(self) -> int | None:
        booking = self.selected_booking()
        return booking.booking_id if booking else None

    def show_bookings(self, keep: int | None = None) -> None:
        """The selected slot's bookings (the whole day's when no slot is selected)."""
        slot = self.selected_slot()
        self.shown = [b for b in self.bookings if slot is None or b.slot_id == slot.id]
        if slot is None:
            self.bookings_box.setTitle(self.tr("Bookings of the day"))
        else:
            self.bookings_box.setTitle(
                self.tr("Bookings {start}–{end}").format(start=f"{slot.start:%H:%M}", end=f"{slot.end:%H:%M}")
            )
        rows = [[b.time_text, b.name, b.phone_masked, b.service_name, b.status_label, b.note] for b in self.shown]
        ids = [b.booking_id for b in self.shown]
        self.booking_table.blockSignals(True)
        _fill(self.booking_table, rows, [self._booking_colors(b) for b in self.shown])
        if keep in ids:
            _select(self.booking_table, ids.index(keep))
        self.booking_table.blockSignals(False)
        self._update_buttons()

    def _booking_colors(self, booking: DayListRow) -> tuple[QColor | None, QColor | None]:
        if booking.status == BOOKED and self._ended(self.day(), booking.end):
            return OVERDUE_TEXT, OVERDUE_BACKGROUND
        if booking.status == CHECKED_IN:
            return CHECKED_IN_TEXT, None
        if booking.status in (CANCELLED, NO_SHOW):
            return PAST_TEXT, None
        return None, None

    def _update_buttons(self) -> None:
        """Offer only what the operation would allow; the operation still has the last word."""
        slot, booking = self.selected_slot(), self.selected_booking()
        day, today = self.day(), self.ctx.now().date()
        self.book_button.setEnabled(slot is not None and slot.free > 0 and not self._ended(day, slot.end))
        if slot is not None and slot.free <= 0:
            self.book_button.setToolTip(self.tr("This slot is fully booked"))
        else:
            self.book_button.setToolTip("")
        status = booking.status if booking else None
        self.check_in_button.setEnabled(day == today and status in (BOOKED, NO_SHOW))
        ended = booking is not None and self._ended(day, booking.end)
        self.no_show_button.setEnabled(status == BOOKED and ended)
        self.cancel_button.setEnabled(status == BOOKED and not ended)
        self.day_no_shows_button.setEnabled(day <= today)

    # -- actions -----------------------------------------------------------------------------------------------
    def generate(self, ahead: bool) -> int:
        """Create the template's slots for the shown day, or for today and the following days."""
        first = self.ctx.now().date() if ahead else self.day()
        last = first + dt.timedelta(days=GENERATE_AHEAD_DAYS - 1) if ahead else first
        run = run_op(self, lambda: generate_slots(self.ctx, first, last), title=self.tr("Appointments"))
        if not run.ok:
            return 0
        self.refresh()
        self.status.setText(
            self.tr("{count} slot(s) created from {first} to {last}").format(
                count=len(run.result), first=f"{first:%Y-%m-%d}", last=f"{last:%Y-%m-%d}"
            )
        )
        return len(run.result)

    def book_selected_slot(self) -> None:
        slot = self.selected_slot()
        if slot is None:
            return
        from counter_app.ui.dialogs.booking_dialog import BookingDialog

        dialog = BookingDialog(self.ctx, slot, self)
        if dialog.exec() and dialog.booking is not None:
            self.status.setText(
                self.tr("Booked: {name}, {time}").format(
                    name=dialog.booking.name, time=f"{slot.start:%H:%M}–{slot.end:%H:%M}"
                )
            )
        self.refresh()  # also after a refusal: another counter may have taken the last place

    def _change(self, action: Callable[[AppContext, int], object], done_text: str) -> object | None:
        booking = self.selected_booking()
        if booking is None:
            return None
        run = run_op(self, lambda: action(self.ctx, booking.booking_id), title=self.tr("Appointments"))
        self.refresh()  # also after a refusal: another counter may have changed the booking
        if run.ok:
            self.status.setText(done_text.format(name=booking.name))
        return run.result

    def check_in_selected(self) -> None:
        view = self._change(check_in, self.tr("{name} checked in"))
        if view is not None:
            self.checked_in.emit(view)

    def check_in_code(self) -> None:
        code = self.code_edit.text()
        run = run_op(self, lambda: check_in_by_code(self.ctx, code), title=self.tr("Appointments"))
        if not run.ok:
            self.refresh()
            return
        view = run.result
        self.code_edit.clear()
        self.show_day(view.day)
        self.refresh()  # the same day shown already: no dateChanged, so refresh by hand
        self.status.setText(self.tr("{name} checked in").format(name=view.name))
        self.checked_in.emit(view)

    def no_show_selected(self) -> None:
        self._change(mark_no_show, self.tr("{name} marked as no-show"))

    def cancel_selected(self) -> None:
        booking = self.selected_booking()
        if booking is None:
            return
        question = self.tr("Cancel the booking of {name} ({time})? The place becomes free again.").format(
            name=booking.name, time=booking.time_text
        )
        if confirm(self, question, self.tr("Cancel booking")):
            self._change(cancel, self.tr("Booking of {name} cancelled"))

    def mark_day_no_shows(self) -> int:
        day = self.day()
        question = self.tr("Mark every booking of {day} still open after its slot ended as a no-show?").format(
            day=f"{day:%Y-%m-%d}"
        )
        if not confirm(self, question, self.tr("Mark no-shows for the day")):
            return 0
        run = run_op(self, lambda: mark_no_shows(self.ctx, day), title=self.tr("Appointments"))
        if not run.ok:
            return 0
        self.refresh()
        self.status.setText(self.tr("{count} booking(s) marked as no-show").format(count=len(run.result)))
        return len(run.result)

    def print_tomorrow(self) -> None:
        """Tomorrow's list for the clerk on duty, whatever day is shown."""
        tomorrow = self.ctx.now().date() + dt.timedelta(days=1)
        title = self.tr("Appointments {day}").format(day=f"{tomorrow:%Y-%m-%d}")
        from counter_app.ui.printing_service import DocumentKind, print_when_built

        send = print_when_built(self, DocumentKind.APPOINTMENT_LIST, title, f"appointments-{tomorrow:%Y%m%d}.pdf")
        # Printing is audited as a read, not a change.
        run_op(self, lambda: appointment_list_pdf(self.ctx, tomorrow), send, background=True, announces_change=False,
               title=self.tr("Appointments"))
