"""Handing out one card (发证): who collects it, and the confirmation steps before the card leaves the counter."""

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
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.id_number import InvalidIdNumber
from counter_app.operations.cards.common import CardError, CardSummary
from counter_app.operations.cards.lookup import CardRow
from counter_app.operations.cards.pickup import hand_out
from counter_app.operations.context import AppContext

RELATIONS = ("配偶", "父母", "子女", "兄弟姐妹", "其他亲属")


class PickupDialog(QDialog):
    def __init__(self, ctx: AppContext, row: CardRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.result_summary: CardSummary | None = None
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

        steps = QGroupBox(self.tr("Before handing out"))
        steps_layout = QVBoxLayout(steps)
        self.old_card = QCheckBox(self.tr("Old card collected"))
        self.temp_card = QCheckBox(self.tr("Temporary ID card returned"))
        steps_layout.addWidget(self.old_card)
        steps_layout.addWidget(self.temp_card)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Hand out"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.self_button)
        layout.addWidget(self.proxy_button)
        layout.addWidget(self.proxy_box)
        layout.addWidget(steps)
        layout.addWidget(buttons)
        self._proxy_toggled(False)

    def _proxy_toggled(self, on: bool) -> None:
        self.proxy_box.setEnabled(on)

    def proxy(self) -> dict | None:
        if not self.proxy_button.isChecked():
            return None
        return {"name": self.proxy_name.text().strip(), "id_number": self.proxy_id.text().strip(),
                "relation": self.relation.currentText()}

    def accept(self) -> None:
        """Record the hand-out; on a refusal show why and keep the dialog open."""
        try:
            self.result_summary = hand_out(
                self.ctx, self.row.acceptance_no, proxy=self.proxy(),
                old_card_collected=self.old_card.isChecked(), temp_card_returned=self.temp_card.isChecked(),
            )
        except (CardError, InvalidIdNumber) as exc:  # refused, or the proxy's ID number is not valid
            QMessageBox.warning(self, self.tr("Hand out card"), exc.message)
            if exc.reason == "already_collected":  # another counter was first: nothing left to fix here
                self.reject()
            return
        super().accept()
