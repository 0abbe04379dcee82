"""Recording a counter case for a service that is not an ID card: done on the spot, or accepted for later today."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from counter_app.domain.masking import mask_name
from counter_app.domain.service_case import Outcome
from counter_app.operations.context import AppContext
from counter_app.operations.day.service_cases import start_case
from counter_app.ui.operation_runner import run_op


class RecordCaseDialog(QDialog):
    """"Done now" closes the case at once; "Accept" leaves it in progress (a same-day case goes on the board)."""

    def __init__(self, ctx: AppContext, service_id: str, service_name: str, applicant: dict[str, Any],
                 serving: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fields = {"service_id": service_id, "service_name": service_name, **applicant, **serving}
        self.setWindowTitle(self.tr("Record the case"))
        form = QFormLayout(self)
        form.addRow(self.tr("Service:"), QLabel(service_name))
        form.addRow(self.tr("Applicant:"), QLabel(mask_name(applicant.get("applicant_name") or "")))
        started: datetime | None = serving.get("started_at")
        if started is not None:
            form.addRow(self.tr("Serving since:"), QLabel(f"{started:%H:%M}"))
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        form.addRow(self.tr("Note:"), self.note)
        buttons = QDialogButtonBox()
        self.done_button = QPushButton(self.tr("Done now"))
        self.done_button.setDefault(True)
        self.later_button = QPushButton(self.tr("Accept, finish &later"))
        self.later_button.setToolTip(self.tr("Same-day services go on the same-day board with their deadline"))
        buttons.addButton(self.done_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.done_button.clicked.connect(lambda: self.record(Outcome.DONE))
        self.later_button.clicked.connect(lambda: self.record(Outcome.IN_PROGRESS))
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def record(self, outcome: Outcome | str) -> bool:
        note = self.note.text().strip()
        run = run_op(self, lambda: start_case(self.ctx, outcome=outcome, note=note, **self.fields),
                     title=self.tr("Record the case"))
        if not run.ok:
            return False
        self.accept()
        return True
