"""Accepting an ID-card application (受理) from a complete checklist, then printing its receipt."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from counter_app.domain.checklist import Checklist
from counter_app.domain.id_number import parse_id_number
from counter_app.domain.minors import guardian_rule
from counter_app.operations.cards.accept import accept_card
from counter_app.operations.cards.common import CardSummary
from counter_app.operations.cards.receipts import PICKUP_LABELS, REASON_LABELS, print_receipt
from counter_app.operations.context import AppContext
from counter_app.ui.operation_runner import run_op
from counter_app.ui.printing_service import DocumentKind, target_for

# The application reason a service implies; the clerk may still change it (e.g. damaged instead of expired).
DEFAULT_REASON = {"id_card_first": "first", "id_card_renewal": "renewal", "id_card_replacement": "lost"}
REASONS = ("first", "renewal", "damaged", "changed", "lost")


class AcceptDialog(QDialog):
    def __init__(self, ctx: AppContext, checklist: Checklist, name: str, id_number: str, phone: str | None,
                 parent: QWidget | None = None, serving: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.checklist = ctx, checklist
        self.serving = serving or {}  # started_at, channel, booking_id: logged with the counter case
        self.applicant = (name, id_number, phone)
        self.accepted: CardSummary | None = None
        self.setWindowTitle(self.tr("Accept application"))
        form = QFormLayout(self)
        form.addRow(self.tr("Applicant:"), QLabel(f"{name}  {checklist.service.name}"))
        self.reason = QComboBox()
        for code in REASONS:
            self.reason.addItem(REASON_LABELS[code], code)
        self.reason.setCurrentIndex(REASONS.index(DEFAULT_REASON.get(checklist.service.id, "first")))
        form.addRow(self.tr("Reason:"), self.reason)
        self.fee = QDoubleSpinBox()
        self.fee.setRange(0, 1000)
        self.fee.setDecimals(2)
        self.fee.setValue(checklist.fee.amount)
        form.addRow(self.tr("Fee (yuan):"), self.fee)
        self.pickup = QComboBox()
        for code, label in PICKUP_LABELS.items():
            self.pickup.addItem(label, code)
        form.addRow(self.tr("Pickup:"), self.pickup)
        self.temp_card = QCheckBox(self.tr("A temporary ID card is issued as well"))
        form.addRow("", self.temp_card)
        self.layout_choice = QComboBox()
        self.layout_choice.addItem(self.tr("80 mm receipt roll"), "roll80")
        self.layout_choice.addItem("A5", "a5")
        # The paper loaded in this workstation's receipt printer, unless the clerk picks the other one.
        self.layout_choice.setCurrentIndex(max(0, self.layout_choice.findData(
            target_for(DocumentKind.RECEIPT).receipt_layout)))
        form.addRow(self.tr("Receipt:"), self.layout_choice)
        # 16 or 17 and alone: the clerk reaches the guardian first and writes down how it went (not a refusal).
        self.guardian_contact: QLineEdit | None = None
        born = parse_id_number(id_number).birth_date
        if guardian_rule(born, ctx.now().date()) == "check_with_guardian":
            prompt = QLabel(self.tr("A 16- or 17-year-old applying alone: call the guardian first and note the "
                                    "result (or why they could not be reached)."))
            prompt.setWordWrap(True)
            prompt.setStyleSheet("color: #e65100;")
            self.guardian_contact = QLineEdit()
            self.guardian_contact.setMaxLength(200)
            self.guardian_contact.setPlaceholderText(self.tr("e.g. mother reached by phone, agrees"))
            form.addRow(prompt)
            form.addRow(self.tr("Guardian contacted:"), self.guardian_contact)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept_case)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept_case(self) -> None:
        """Record the case; a refusal (bad value, rule) is shown and the dialog stays open."""
        name, id_number, phone = self.applicant
        fields = dict(
            service_id=self.checklist.service.id, name=name, id_number=id_number, phone=phone,
            reason=self.reason.currentData(), fee=self.fee.value(), pickup_method=self.pickup.currentData(),
            temp_card=self.temp_card.isChecked(), **self.serving,
            guardian_contact=self.guardian_contact.text() if self.guardian_contact is not None else None,
        )
        run_op(self, lambda: accept_card(self.ctx, **fields), self._accepted, title=self.tr("Accept application"))

    def _accepted(self, accepted: object) -> None:
        self.accepted = accepted
        self.accept()

    def receipt_job(self) -> Callable[[], bytes]:
        """Building the accepted case's receipt in the chosen layout, as an operation that touches no widget (the
        layout is read now), so the page can run it off the GUI thread."""
        assert self.accepted is not None
        ctx, number, layout = self.ctx, self.accepted.acceptance_no, self.layout_choice.currentData()
        return lambda: print_receipt(ctx, number, layout)
