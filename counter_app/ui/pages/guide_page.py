"""The service guide: find a service, ask the questions, tick what the applicant brought, give the notice."""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.card_terms import card_validity
from counter_app.domain.catalog_schema import Service
from counter_app.domain.checklist import Checklist
from counter_app.domain.id_card import IdCardData
from counter_app.domain.id_number import InvalidIdNumber
from counter_app.domain.service_case import Channel, can_accept, needs_valid_id_number
from counter_app.operations.admin.database_access import is_connection_lost
from counter_app.operations.context import AppContext
from counter_app.operations.guide import service_guide as guide
from counter_app.operations.guide.notices import NoticeVisit, issue_notice, preview_notice
from counter_app.operations.guide.offline_notices import give_notice_offline
from counter_app.ui.feedback import confirm, show_refusal
from counter_app.ui.page import Icon, Page
from counter_app.ui.printing_service import DocumentKind, choosing_printer_now, print_document, target_for
from counter_app.ui.widgets.checklist_widgets import MaterialsTable, QuestionsPanel

NEXT_OFFERED_STYLE = "background: #e3f2fd; border: 2px solid #1565c0; font-weight: bold; padding: 4px 12px;"
ALERT_STYLE = "background: #fff3e0; border: 1px solid #fb8c00; color: #e65100; padding: 6px; border-radius: 4px;"


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ServiceGuidePage(Page):
    standard_icon = Icon.SP_DialogHelpButton
    # What the applicant's screen shows (an ApplicantView), or None between applicants.
    applicant_view_changed = Signal(object)

    def tab_title(self) -> str:
        return self.tr("Service guide")

    def print_current(self) -> None:
        self.print_notice()

    def on_shown(self) -> None:
        self.focus_start()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service: Service | None = None
        self.checklist: Checklist | None = None
        self.id_valid: str | None = None  # the normalized number when the field holds a valid one
        # When the clerk began serving this applicant, and through which channel: the counter case logged at the
        # end (notice, acceptance or record) carries them, so after-hours service is flagged from real times.
        self.serving_since: datetime | None = None
        self.booking_id: int | None = None
        # The applicant in front of the clerk: a second print or save of a service's notice reprints it.
        self.visit = NoticeVisit()
        self.given_offline = False  # the last notice was printed during an outage and waits in the local queue

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_left())
        splitter.addWidget(self._build_right())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 950])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.filter_services()
        self._show_nothing()

    # -- layout ------------------------------------------------------------------------------------------------
    def _build_left(self) -> QWidget:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name, pinyin or initials, e.g. csdj"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter_services)
        self.search.returnPressed.connect(self._choose_first)
        self.services = QListWidget()
        self.services.currentItemChanged.connect(self._service_chosen)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.services, 1)
        return box

    def _build_right(self) -> QWidget:
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.service_summary = _wrapped()
        self.service_summary.setStyleSheet("color: #444;")
        facts = QFormLayout()
        self.legal_basis = _wrapped()
        self.fee = _wrapped()
        self.statutory = _wrapped()
        self.promised = _wrapped()
        self.on_the_spot = _wrapped()
        facts.addRow(self.tr("Legal basis:"), self.legal_basis)
        facts.addRow(self.tr("Fee:"), self.fee)
        facts.addRow(self.tr("Statutory time limit:"), self.statutory)
        facts.addRow(self.tr("Promised time limit:"), self.promised)
        facts.addRow(self.tr("On the spot:"), self.on_the_spot)

        applicant = QGroupBox(self.tr("Applicant"))
        form = QFormLayout(applicant)
        self.name = QLineEdit()
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(self.tr("18-digit citizen ID number"))
        self.id_number.setMaxLength(24)
        self.id_number.textChanged.connect(self._id_changed)
        self.id_message = _wrapped()
        self.phone = QLineEdit()
        self.channel = QComboBox()
        for code, text in ((Channel.REGULAR, self.tr("Regular")), (Channel.APPOINTMENT, self.tr("Appointment")),
                           (Channel.GREEN_CHANNEL, self.tr("Green channel (e.g. exam candidates)"))):
            self.channel.addItem(text, code.value)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("ID number:"), self.id_number)
        form.addRow("", self.id_message)
        form.addRow(self.tr("Phone:"), self.phone)
        form.addRow(self.tr("Channel:"), self.channel)

        questions_box = QGroupBox(self.tr("Questions"))
        self.questions = QuestionsPanel()
        self.questions.changed.connect(self.refresh)
        QVBoxLayout(questions_box).addWidget(self.questions)

        top = QHBoxLayout()
        top.addWidget(applicant, 1)
        top.addWidget(questions_box, 1)

        self.alerts = _wrapped()
        self.alerts.setStyleSheet(ALERT_STYLE)
        self.materials = MaterialsTable()
        self.materials.setMinimumHeight(120)
        self.materials.brought_changed.connect(self.refresh)
        self.summary = _wrapped()

        self.page_size = QComboBox()
        self.page_size.addItems(["A4", "A5"])
        self.page_size.setCurrentText(target_for(DocumentKind.NOTICE).paper)  # this workstation's sheet paper
        self.print_button = QPushButton(self.tr("Print notice"))
        self.print_button.clicked.connect(self.print_notice)
        self.save_button = QPushButton(self.tr("Save as PDF"))
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.accept_button.setToolTip(self.tr(
            "ID-card services: record the case and print the receipt; other services: record the case as done "
            "or accepted"))
        self.accept_button.clicked.connect(self.accept_application)
        self.name.textChanged.connect(lambda: self.accept_button.setEnabled(self.can_accept()))
        self.next_button = QPushButton(self.tr("Next applicant"))
        self.next_button.setToolTip(self.tr("Clear name, number, phone, answers and ticks for the next person "
                                             "(Ctrl+N)"))
        self.next_button.clicked.connect(self.next_applicant)
        self.name.textChanged.connect(self.mirror)
        self._served: tuple[str, str] | None = None  # the last applicant's name and number, never mirrored again
        buttons = QHBoxLayout()
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("Paper:")))
        buttons.addWidget(self.page_size)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.accept_button)

        # What the clerk reads and types scrolls; the materials get their own share below a splitter; the missing
        # line and the actions sit in a fixed bar, visible without scrolling on a 1366×768 counter screen.
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.title)
        column.addWidget(self.alerts)
        column.addLayout(top)  # what the clerk types first, in sight at the top on a small screen
        column.addWidget(self.service_summary)
        column.addLayout(facts)
        column.addStretch(1)
        self.details = content
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own; focus on a field scrolls to it
        scroll.setWidget(content)
        materials = QWidget()
        materials_column = QVBoxLayout(materials)
        materials_column.setContentsMargins(0, 0, 0, 0)
        materials_label = QLabel(self.tr("&Materials"))  # Alt+M: the cursor into the table, Space ticks
        materials_label.setBuddy(self.materials)
        materials_column.addWidget(materials_label)
        materials_column.addWidget(self.materials, 1)
        self.body = QSplitter(Qt.Orientation.Vertical)
        self.body.addWidget(scroll)
        self.body.addWidget(materials)
        self.body.setChildrenCollapsible(False)
        self.body.setStretchFactor(0, 3)
        self.body.setStretchFactor(1, 2)
        self.action_bar = QWidget()
        bar = QVBoxLayout(self.action_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.summary)
        bar.addLayout(buttons)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.body, 1)
        right_column.addWidget(self.action_bar)
        return right

    # -- service list ------------------------------------------------------------------------------------------
    def filter_services(self) -> None:
        current = self.service.id if self.service else None
        self.services.blockSignals(True)
        self.services.clear()
        for service in guide.search_services(self.ctx, self.search.text()):
            item = QListWidgetItem(service.name)
            item.setData(Qt.ItemDataRole.UserRole, service.id)
            item.setToolTip(service.summary)
            self.services.addItem(item)
            if service.id == current:
                self.services.setCurrentItem(item)
        self.services.blockSignals(False)
        if self.services.count() == 1:
            self.services.setCurrentRow(0)

    def _choose_first(self) -> None:
        """Enter in the search: the first service found, and the cursor on to the applicant's name."""
        if self.services.count():
            self.services.setCurrentRow(0)
            self.name.setFocus(Qt.FocusReason.TabFocusReason)

    def _service_chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is not None:
            self.select_service(item.data(Qt.ItemDataRole.UserRole))

    def select_service(self, service_id: str) -> None:
        if self.service is not None and self.service.id == service_id:
            return
        self.service = self.ctx.catalog.get(service_id)
        service = self.service
        if self.serving_since is None:
            self.serving_since = self.ctx.now()
        self.title.setText(service.name)
        self.service_summary.setText(service.summary)
        self.service_summary.setVisible(bool(service.summary))
        self.legal_basis.setText("\n".join(service.legal_basis))
        statutory, promised = guide.limits_text(self.ctx, service)
        self.statutory.setText(statutory)
        self.promised.setText(promised)
        self.on_the_spot.setText(self.tr("Yes") if service.on_the_spot else self.tr("No"))
        self.questions.set_service(service)
        self.materials.reset()
        self.details.setEnabled(True)
        self.refresh()
        self._chain_tab_order()

    def _chain_tab_order(self) -> None:
        """Tab walks the page as the clerk works: search, applicant, every question, materials, then the actions.

        The question widgets are made per service, after the fixed ones, so without this Tab would reach them last.
        """
        chain: list[QWidget] = [self.search, self.services, self.name, self.id_number, self.phone, self.channel,
                                *self.questions.widgets.values(), self.materials, self.page_size, self.print_button,
                                self.save_button, self.accept_button, self.next_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _show_nothing(self) -> None:
        self.service = None
        self.checklist = None
        self.questions.clear()
        self.materials.reset()
        self.title.setText(self.tr("Choose a service on the left"))
        self.service_summary.clear()
        for label in (self.legal_basis, self.fee, self.statutory, self.promised, self.on_the_spot):
            label.clear()
        self.details.setEnabled(True)
        self.alerts.hide()
        self.summary.clear()
        for button in (self.print_button, self.save_button, self.accept_button):
            button.setEnabled(False)

    # -- live evaluation ---------------------------------------------------------------------------------------
    def _id_changed(self) -> None:
        text = self.id_number.text().strip()
        self.id_valid = None
        if not text:
            self.id_message.clear()
        else:
            try:
                facts = guide.inspect_id_number(self.ctx, text)
            except InvalidIdNumber as exc:
                self.id_message.setText(exc.message)
                self.id_message.setStyleSheet("color: #c62828;")
            else:
                self.id_valid = facts.number
                self.id_message.setText(facts.summary)
                self.id_message.setStyleSheet("color: gray;")
        self.refresh()

    def _show_validity(self) -> None:
        """ID-card services: the validity band of the card the applicant will get, after the number's facts."""
        if self.id_valid is None:
            return
        template = self.tr("Card valid for: {validity}")
        prefix = template.split("{")[0]
        # Other notes on the line (the reader's "expired") stay; only the band is replaced.
        parts = [p for p in self.id_message.text().split(" · ") if p and not p.startswith(prefix)]
        validity = card_validity(self.service, self.id_valid, self.ctx.now().date()) if self.service else ""
        if validity:
            parts.append(template.format(validity=validity))
        self.id_message.setText(" · ".join(parts))

    def accept_id_card(self, card: IdCardData) -> None:
        """A card on the reader: the applicant's name and ID number, with what typing the number derives."""
        self.name.setText(card.name)
        self.id_number.setText(card.id_number)
        if card.expired(self.ctx.now().date()):
            assert card.valid_until is not None
            self.id_message.setText(self.tr("{facts} · ID card expired on {date}").format(
                facts=self.id_message.text(), date=f"{card.valid_until:%Y-%m-%d}"))
            self.id_message.setStyleSheet("color: #c62828; font-weight: bold;")

    def refresh(self) -> None:
        """Rebuild the checklist from everything on the page and show it."""
        if self.service is None:
            return
        checklist = guide.build_checklist(
            self.ctx, self.service.id, dict(self.questions.explicit), set(self.materials.brought), self.id_valid
        )
        self.checklist = checklist
        self._show_validity()
        self.fee.setText(checklist.fee.text())
        self.questions.show_checklist(checklist)
        self.alerts.setText("\n".join(f"⚠ {a.text}" for a in checklist.alerts))
        self.alerts.setVisible(bool(checklist.alerts))
        self.materials.show_checklist(checklist)
        self.summary.setText(self.summary_text(checklist))
        self.summary.setStyleSheet(
            "font-size: 13pt; font-weight: bold; color: %s;" % ("#2e7d32" if checklist.complete else "#c62828")
        )
        for button in (self.print_button, self.save_button):
            button.setEnabled(True)
        self.accept_button.setEnabled(self.can_accept())
        self.mirror()

    def summary_text(self, checklist: Checklist) -> str:
        missing = checklist.missing
        if not missing:
            return self.tr("All materials present; the application can be accepted")
        text = self.tr("Still missing {count} item(s): {items}").format(
            count=len(missing), items="、".join(m.name for m in missing)
        )
        if checklist.complete:
            text += self.tr(" (only items that may be handed in later; the application can be accepted)")
        return text

    # -- the notice --------------------------------------------------------------------------------------------
    def new_visit(self) -> None:
        """The next applicant: the notices printed from now on are theirs, with numbers of their own."""
        self.visit = NoticeVisit()

    def _applicant(self, title: str) -> guide.Applicant | None:
        """The applicant as typed, or None (after telling the clerk) when the notice cannot be given."""
        if self.checklist is None:
            return None
        if self.id_number.text().strip() and self.id_valid is None:
            show_refusal(self, self.tr("The ID number is not valid: {reason}").format(reason=self.id_message.text()),
                         title)
            return None
        if not self.name.text().strip():
            show_refusal(self, self.tr("Please enter the applicant's name."), title)
            self.name.setFocus()
            return None
        return guide.Applicant(
            name=self.name.text().strip(), id_number=self.id_valid, phone=self.phone.text().strip() or None
        )

    def make_notice(self, how: str = "print") -> tuple[str, bytes] | None:
        """Give (first time in this visit) or reprint the notice; its number and PDF, or None if it cannot be given."""
        applicant = self._applicant(self.tr("Notice"))
        if applicant is None or self.checklist is None:
            return None
        options = {"started_at": self.serving_since, "channel": self.channel.currentData()}
        try:
            issued = issue_notice(self.ctx, self.visit, self.checklist, applicant, self.page_size.currentText(),
                                  how=how, **options)
        except Exception as exc:
            if not is_connection_lost(exc):
                raise
            # The server is away: the notice needs only the forms; it is recorded when the server is back.
            self.given_offline = True
            result = give_notice_offline(self.ctx, self.checklist, applicant, page=self.page_size.currentText(),
                                         **options)
            self.end_serving()
            return result
        self.given_offline = False
        if not issued.reprint:
            self.end_serving()
        return issued.notice_no, issued.pdf

    def _file_name(self, notice_no: str) -> str:
        name = self.name.text().strip()
        return f"{notice_no}-{name}.pdf" if name else f"{notice_no}.pdf"

    def print_notice(self) -> None:
        """Print the visit's notice (given now, or reprinted under its number); under "Print…" a preview comes
        first, and the notice is numbered and recorded only when printed or saved from it."""
        applicant = self._applicant(self.tr("Notice"))
        if applicant is None or self.checklist is None:
            return
        if not choosing_printer_now():
            notice = self.make_notice("print")  # straight to this workstation's printer: given (or reprinted) now
            if notice is not None:
                print_document(self, DocumentKind.NOTICE, notice[1], self._notice_title(notice[0]),
                               self._file_name(notice[0]))
                self.offer_next_applicant()
            return
        try:
            pdf = preview_notice(self.ctx, self.visit, self.checklist, applicant, self.page_size.currentText())
        except Exception as exc:
            if not is_connection_lost(exc):
                raise
            self._show_offline_notice()  # no preview without the station's record: print it as given offline
            return
        number = self.visit.notice_for(self.checklist.service.id, applicant.name)
        title = self.tr("One-time notice {no}").format(no=number) if number else ""  # the preview's own title

        def issue(how: str) -> bytes | None:
            notice = self.make_notice(how)
            if notice is None:
                return None
            return notice[1]

        # The preview records nothing; printing or saving from it gives the notice its number (issue).
        print_document(self, DocumentKind.NOTICE, pdf, title, self._file_name(number or self.tr("notice")),
                       issue=issue)
        if self.visit.notice_for(self.checklist.service.id, applicant.name):  # printed or saved from the preview
            self.offer_next_applicant()

    def _notice_title(self, notice_no: str) -> str:
        if self.given_offline:
            return self.tr("One-time notice {no} (given offline; recorded when the server is back)").format(
                no=notice_no)
        return self.tr("One-time notice {no}").format(no=notice_no)

    def _show_offline_notice(self) -> None:
        notice = self.make_notice("print")
        if notice is not None:
            print_document(self, DocumentKind.NOTICE, notice[1], self._notice_title(notice[0]),
                           self._file_name(notice[0]))

    def save_pdf(self, path: Path | None = None) -> Path | None:
        """Give (or reprint) the notice and write its PDF to ``path`` (asked for with a file dialog when not given)."""
        if self.checklist is None:
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save as PDF"), self._file_name(self.tr("notice")), self.tr("PDF files (*.pdf)")
            )
            if not name:
                return None
            path = Path(name)
        notice = self.make_notice("pdf")
        if notice is None:
            return None
        path.write_bytes(notice[1])
        return path

    # -- acceptance (ID-card services) -------------------------------------------------------------------------
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
        print_document(self, DocumentKind.RECEIPT, dialog.receipt_pdf(), self.tr("Receipt {no}").format(no=number),
                       f"{number}.pdf")
        self.offer_next_applicant()

    def focus_start(self) -> None:
        """Coming to the guide: the cursor where the clerk types next — the search, or the name once serving."""
        if self.focusWidget() is not None and self.isAncestorOf(self.focusWidget()):
            return
        field = self.search if self.service is None else self.name
        field.setFocus(Qt.FocusReason.OtherFocusReason)

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
