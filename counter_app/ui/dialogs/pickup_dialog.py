"""Handing out one card (发证): who collects it, and the confirmation steps before the card leaves the counter.

A card laid on the ID-card reader fills and checks the collector: the holder's own card means self-pickup, anyone
else's makes it a proxy pickup with that person's name and number; the hand-out then refuses the other choice.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.id_card import IdCardData
from counter_app.domain.masking import mask_id_number, mask_name
from counter_app.operations.cards.common import CardSummary
from counter_app.operations.cards.id_card_reads import is_holder
from counter_app.operations.cards.lookup import CardRow
from counter_app.operations.cards.pickup import hand_out, requirements_for
from counter_app.operations.context import AppContext
from counter_app.ui.operation_runner import run_op

RELATIONS = ("配偶", "父母", "子女", "兄弟姐妹", "其他亲属")


class PickupDialog(QDialog):
    def __init__(self, ctx: AppContext, row: CardRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.card_read: IdCardData | None = None
        self.setWindowTitle(self.tr("Hand out card"))

        heading = QLabel(f"{row.name}　{row.id_masked}　{row.storage_place or ''}")
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")

        self.self_button = QRadioButton(self.tr("The applicant in person"))
        self.proxy_button = QRadioButton(self.tr("A relative on the applicant's behalf"))
        self.self_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.self_button)
        group.addButton(self.proxy_button)
        self.proxy_button.toggled.connect(self._proxy_toggled)

        self.proxy_box = QGroupBox(self.tr("Proxy"))
        form = QFormLayout(self.proxy_box)
        self.proxy_name = QLineEdit()
        self.proxy_id = QLineEdit()
        self.proxy_id.setPlaceholderText(self.tr("18-digit citizen ID number"))
        self.proxy_id.setMaxLength(24)
        self.relation = QComboBox()
        self.relation.addItems(RELATIONS)
        form.addRow(self.tr("Name:"), self.proxy_name)
        form.addRow(self.tr("ID number:"), self.proxy_id)
        form.addRow(self.tr("Relation:"), self.relation)

        self.read_note = QLabel(self.tr("Lay the collector's ID card on the reader to check who collects."))
        self.read_note.setWordWrap(True)

        steps = QGroupBox(self.tr("Before handing out"))
        steps_layout = QVBoxLayout(steps)
        self.old_card = QCheckBox(self.tr("Old card collected"))
        self.temp_card = QCheckBox(self.tr("Temporary ID card returned"))
        steps_layout.addWidget(self.old_card)
        steps_layout.addWidget(self.temp_card)
        # Only what the hand-over checks for this card, as the pickup notice told the applicant to bring.
        needs = requirements_for(ctx, row.acceptance_no)
        self.old_card.setVisible(needs.old_card)
        self.temp_card.setVisible(needs.temp_card)
        steps.setVisible(needs.old_card or needs.temp_card)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Hand out"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.read_note)
        layout.addWidget(self.self_button)
        layout.addWidget(self.proxy_button)
        layout.addWidget(self.proxy_box)
        layout.addWidget(steps)
        layout.addWidget(buttons)
        self._proxy_toggled(False)

    def _proxy_toggled(self, on: bool) -> None:
        self.proxy_box.setEnabled(on)

    def accept_id_card(self, card: IdCardData) -> None:
        """The collector's card on the reader: the holder's own → in person; anyone else's → proxy, filled in."""
        self.card_read = card
        holder = is_holder(self.ctx, self.row.acceptance_no, card.id_number)
        if holder:
            self.self_button.setChecked(True)
            text = self.tr("ID card read: the applicant in person ({name} {id})")
        else:
            self.proxy_button.setChecked(True)
            self.proxy_name.setText(card.name)
            self.proxy_id.setText(card.id_number)
            text = self.tr("ID card read: not the applicant; proxy {name} {id}")
        text = text.format(name=mask_name(card.name), id=mask_id_number(card.id_number))
        expired = card.expired(self.ctx.now().date())
        if expired:
            assert card.valid_until is not None
            text += " · " + self.tr("ID card expired on {date}").format(date=f"{card.valid_until:%Y-%m-%d}")
        self.read_note.setText(text)
        self.read_note.setStyleSheet("color: #c62828; font-weight: bold;" if expired else "color: #2e7d32;")

    def proxy(self) -> dict | None:
        if not self.proxy_button.isChecked():
            return None
        return {"name": self.proxy_name.text().strip(), "id_number": self.proxy_id.text().strip(),
                "relation": self.relation.currentText()}

    def accept(self) -> None:
        """Record the hand-out; on a refusal show why and keep the dialog open."""
        proxy, old_card, temp_card = self.proxy(), self.old_card.isChecked(), self.temp_card.isChecked()
        card_read = self.card_read.id_number if self.card_read else None
        run_op(self, lambda: hand_out(self.ctx, self.row.acceptance_no, proxy=proxy, old_card_collected=old_card,
                                      temp_card_returned=temp_card, card_read=card_read),
               self._handed_out, title=self.tr("Hand out card"), on_refused=self._refused)

    def _refused(self, exc: BaseException) -> None:
        if getattr(exc, "reason", "") == "already_collected":  # another counter was first: nothing left to fix
            self.reject()

    def _handed_out(self, _summary: CardSummary) -> None:
        super().accept()
