"""Serving one applicant after another at the guide: accepting the case (or recording it), what the applicant's
screen shows, a checked-in booking, and clearing the page for the next person.

Mixed into :class:`counter_app.ui.pages.guide_page.ServiceGuidePage`. Its ``tr`` texts live in this class's
translation context, ``GuideServing`` (PySide looks a text up along the page's base classes).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QPushButton

from counter_app.domain.checklist import Checklist
from counter_app.domain.service_case import Channel, can_accept, needs_valid_id_number
from counter_app.operations.context import AppContext
from counter_app.operations.guide import service_guide as guide
from counter_app.ui.feedback import confirm
from counter_app.ui.operation_runner import run_op
from counter_app.ui.printing_service import DocumentKind, print_when_built

NEXT_OFFERED_STYLE = "background: #e3f2fd; border: 2px solid #1565c0; font-weight: bold; padding: 4px 12px;"


class GuideServing:
    """The serving half of the guide page: the Accept and Next applicant buttons, and a checked-in booking."""

    # Provided by the page.
    ctx: AppContext
    checklist: Checklist | None
    id_valid: str | None
    serving_since: datetime | None
    booking_id: int | None
    _served: tuple[str, str] | None
    name: QLineEdit
    id_number: QLineEdit
    phone: QLineEdit
    channel: QComboBox
    search: QLineEdit
    services: QListWidget
    next_button: QPushButton

    def can_accept(self) -> bool:
        checklist = self.checklist
        return checklist is not None and can_accept(
            checklist.service.category, materials_complete=checklist.complete, applicant_name=self.name.text(),
            id_number_typed=self.id_number.text(), id_number_valid=self.id_valid is not None,
        )

    def serving_fields(self) -> dict[str, Any]:
        return {"started_at": self.serving_since, "channel": self.channel.currentData(),
                "booking_id": self.booking_id}

    def end_serving(self) -> None:
        """The applicant has been served: the next service chosen starts a new counter case."""
        self.serving_since = None
        self.booking_id = None
        self.channel.setCurrentIndex(0)
        self._served = (self.name.text().strip(), self.id_number.text().strip())
        self.applicant_view_changed.emit(None)

    def mirror(self) -> None:
        """Tell the applicant's screen what this applicant may see; nothing of an applicant already served."""
        from counter_app.ui.applicant_screen import applicant_view

        if self.checklist is None or self.serving_since is None:
            self.applicant_view_changed.emit(None)
            return
        name, number = self.name.text().strip(), self.id_number.text().strip()
        if self._served == (name, number):
            name, number = "", ""  # still the last applicant's, left in the fields
        else:
            self._served = None
        promised = guide.promised_text(self.ctx, self.checklist.service)
        number_read = self.id_valid if number else None
        self.applicant_view_changed.emit(applicant_view(self.checklist, name, number_read, promised))

    def serve_booking(self, booking: Any) -> None:
        """An applicant with an appointment checked in: their service, name and phone, channel "appointment"."""
        self.end_serving()
        self.serving_since = self.ctx.now()
        self.booking_id = booking.id
        self.channel.setCurrentIndex(self.channel.findData(Channel.APPOINTMENT.value))
        self.name.setText(booking.name)
        self.phone.setText(booking.phone)
        self.id_number.clear()
        self.search.clear()
        for row in range(self.services.count()):
            if self.services.item(row).data(Qt.ItemDataRole.UserRole) == booking.service_id:
                self.services.setCurrentRow(row)
                break
        else:
            self.select_service(booking.service_id)

    def record_case(self) -> None:
        """A service other than an ID card: log it as done now or accepted for later (same-day board)."""
        from counter_app.ui.dialogs.record_case_dialog import RecordCaseDialog

        if self.checklist is None:
            return
        applicant = {"applicant_name": self.name.text().strip(), "id_number": self.id_valid,
                     "phone": self.phone.text().strip() or None}
        dialog = RecordCaseDialog(self.ctx, self.checklist.service.id, self.checklist.service.name, applicant,
                                  self.serving_fields(), self)
        if dialog.exec() == RecordCaseDialog.DialogCode.Accepted:
            self.end_serving()
            self.offer_next_applicant()

    def confirm_stops(self) -> bool:
        """An alert says the case belongs to another service or cannot be accepted: accept only on confirmation."""
        stops = self.checklist.stops if self.checklist is not None else ()
        if not stops:
            return True
        text = self.tr("The checklist says:\n{alerts}\n\nAccept anyway?").format(
            alerts="\n".join(f"⚠ {a.text}" for a in stops))
        return confirm(self, text, self.tr("Accept"))

    def accept_application(self) -> None:
        """Accept the case, then show its receipt in the preview for printing."""
        from counter_app.ui.dialogs.accept_dialog import AcceptDialog

        if not self.can_accept() or self.checklist is None or not self.confirm_stops():
            return
        if not needs_valid_id_number(self.checklist.service.category):  # no card to make: a case to log
            self.record_case()
            return
        if self.id_valid is None:
            return
        dialog = AcceptDialog(self.ctx, self.checklist, self.name.text().strip(), self.id_valid,
                              self.phone.text().strip() or None, self, serving=self.serving_fields())
        if dialog.exec() != AcceptDialog.DialogCode.Accepted or dialog.accepted is None:
            return
        self.end_serving()
        number = dialog.accepted.acceptance_no
        title = self.tr("Receipt {no}").format(no=number)
        run_op(self, dialog.receipt_job(), print_when_built(self, DocumentKind.RECEIPT, title, f"{number}.pdf"),
               background=True, announces_change=False, title=title)
        self.offer_next_applicant()

    # -- one applicant after another ---------------------------------------------------------------------------
    def offer_next_applicant(self) -> None:
        """After a notice or an accepted case: the Next applicant button is the default and has the focus."""
        self.next_button.setStyleSheet(NEXT_OFFERED_STYLE)
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def next_applicant(self) -> None:
        """Ctrl+N: forget the person served — name, number, phone, answers, ticks, channel — and find a service."""
        self.end_serving()
        self.new_visit()  # the next notice printed is the next person's, with a number of its own
        for field in (self.name, self.id_number, self.phone):
            field.clear()
        self.search.clear()  # refilters the list; the chosen service stays selected until it is cleared below
        self.services.blockSignals(True)
        self.services.clearSelection()
        self.services.setCurrentRow(-1)
        self.services.blockSignals(False)
        self._show_nothing()
        self.next_button.setStyleSheet("")
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
