"""Book one place in an appointment slot (预约登记): name, phone, service and a note.

The operation does the checking (name, phone, a full slot); a refusal is shown and the dialog stays open with
the named field focused, so the clerk corrects it without typing everything again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from counter_app.operations.appointments.booking import BookingView, SlotRow, book
from counter_app.operations.context import AppContext
from counter_app.operations.guide import service_guide as guide
from counter_app.ui.feedback import show_refusal
from counter_app.ui.operation_runner import run_op
from counter_app.ui.widgets.screen_fit import fit_to_screen

_NOTE_LIMIT = 200  # the operation's limit; the field stops there so the clerk never meets the error


class BookingDialog(QDialog):
    def __init__(self, ctx: AppContext, slot: SlotRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.slot = slot
        self.booking: BookingView | None = None
        self.setWindowTitle(self.tr("Book an appointment"))

        heading = QLabel(
            self.tr("{day}  {start}–{end}   {free} of {capacity} place(s) free").format(
                day=f"{slot.day:%Y-%m-%d}",
                start=f"{slot.start:%H:%M}",
                end=f"{slot.end:%H:%M}",
                free=slot.free,
                capacity=slot.capacity,
            )
        )
        heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.name = QLineEdit()
        self.name.setMaxLength(30)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("Mobile or landline with area code"))
        self.phone.setMaxLength(20)
        self.service_filter = QLineEdit()
        self.service_filter.setPlaceholderText(self.tr("Filter: name, pinyin or initials"))
        self.service_filter.setClearButtonEnabled(True)
        self.service_filter.textChanged.connect(self.filter_services)
        self.service = QComboBox()
        self.service.setPlaceholderText(self.tr("Choose a service"))
        self.service.setMinimumContentsLength(18)
        self.service.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.note = QLineEdit()
        self.note.setMaxLength(_NOTE_LIMIT)
        services = QHBoxLayout()
        services.addWidget(self.service_filter, 1)
        services.addWidget(self.service, 2)

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Phone:"), self.phone)
        form.addRow(self.tr("Service:"), services)
        form.addRow(self.tr("Note:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Book"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.filter_services()
        fit_to_screen(self, 560, self.sizeHint().height())
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def filter_services(self) -> None:
        """Narrow the list as in the service guide; the chosen service stays chosen while it still matches."""
        current = self.service_id()
        self.service.clear()
        for service in guide.search_services(self.ctx, self.service_filter.text()):
            self.service.addItem(service.name, service.id)
        index = self.service.findData(current) if current else -1
        # Nothing is chosen before the clerk asks: a service preselected silently (the first of the catalog) was
        # booked unnoticed. Typing a filter is asking: its best match is chosen, in sight beside the filter.
        if index < 0 and self.service.count() and self.service_filter.text().strip():
            index = 0
        self.service.setCurrentIndex(index)

    def service_id(self) -> str:
        return self.service.currentData() or ""

    def select_service(self, service_id: str) -> None:
        self.service_filter.clear()
        self.service.setCurrentIndex(self.service.findData(service_id))

    def accept(self) -> None:
        """Book through the operation; on a refusal the message is shown and the dialog stays open."""
        if not self.service_id():
            self._refused(self.tr("Choose a service from the list."), self.service)
            return
        name, phone, service_id, note = self.name.text(), self.phone.text(), self.service_id(), self.note.text()
        run_op(self, lambda: book(self.ctx, self.slot.id, name, phone, service_id, note), self._booked,
               title=self.tr("Book an appointment"), on_refused=self._focus_field)

    def _booked(self, booking: BookingView) -> None:
        self.booking = booking
        super().accept()

    def _focus_field(self, exc: BaseException) -> None:
        """After a refusal: the field it is about, ready for a correction."""
        fields = {"name": self.name, "phone": self.phone, "note": self.note, "service": self.service_filter}
        self._focus(fields.get(getattr(exc, "reason", "")))

    def _refused(self, message: str, field: QWidget | None) -> None:
        show_refusal(self, message, self.tr("Book an appointment"))
        self._focus(field)

    def _focus(self, field: QWidget | None) -> None:
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(field, QLineEdit):
                field.selectAll()
