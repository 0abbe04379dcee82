"""The service guide: find a service, ask the questions, tick what the applicant brought, give the notice."""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
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
from counter_app.domain.service_case import Channel
from counter_app.operations.context import AppContext
from counter_app.operations.guide import service_guide as guide
from counter_app.operations.guide.notices import NoticeVisit
from counter_app.ui.page import Icon, Page
from counter_app.ui.pages.guide_notice_actions import GuideNoticeActions
from counter_app.ui.pages.guide_serving import GuideServing
from counter_app.ui.printing_service import DocumentKind, target_for
from counter_app.ui.widgets.checklist_widgets import MaterialsTable, QuestionsPanel

ALERT_STYLE = "background: #fff3e0; border: 1px solid #fb8c00; color: #e65100; padding: 6px; border-radius: 4px;"


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ServiceGuidePage(GuideNoticeActions, GuideServing, Page):
    standard_icon = Icon.SP_DialogHelpButton
    # What the applicant's screen shows (an ApplicantView), or None between applicants.
    applicant_view_changed = Signal(object)

    @classmethod
    def tab_title(cls) -> str:
        return QCoreApplication.translate("ServiceGuidePage", "Service guide")

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

    def focus_start(self) -> None:
        """Coming to the guide: the cursor where the clerk types next — the search, or the name once serving."""
        if self.focusWidget() is not None and self.isAncestorOf(self.focusWidget()):
            return
        field = self.search if self.service is None else self.name
        field.setFocus(Qt.FocusReason.OtherFocusReason)
