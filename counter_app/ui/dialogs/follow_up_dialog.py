"""A follow-up (待办) added by hand: kind, what to do, who, a phone to call back, and when it falls due."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from counter_app.operations.admin.station_calendar import working_calendar
from counter_app.operations.context import AppContext
from counter_app.operations.follow_ups.notebook import KIND_LABELS, FollowUpKind, add_follow_up
from counter_app.ui.operation_runner import run_op
from counter_app.ui.widgets.screen_fit import fit_to_screen


def next_working_day(today: dt.date) -> dt.date:
    """The default due date: a matter noted today is looked at again on the next working day."""
    return working_calendar().add_working_days(today, 1).date


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class FollowUpDialog(QDialog):
    """OK runs ``add_follow_up``; a refused field keeps the dialog open with that field focused."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created_id: int | None = None
        self.setWindowTitle(self.tr("New follow-up"))
        today = ctx.now().date()

        self.kind = QComboBox()
        # The kind labels are the stored records' Chinese names (as printed and reported), not UI strings.
        for value, label in KIND_LABELS.items():
            self.kind.addItem(label, str(value))
        self.kind.setCurrentIndex(self.kind.findData(FollowUpKind.CALL_BACK.value))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What is to be done, e.g. call back about the move-in papers"))
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("Optional"))
        self.due = QDateEdit(_qdate(next_working_day(today)))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setMinimumDate(_qdate(today))

        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("To do"), self.title)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Due"), self.due)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 520, self.sizeHint().height())
        self.title.setFocus()

    def _field_widget(self, field: str) -> QWidget:
        widgets: dict[str, QWidget] = {
            "kind": self.kind,
            "title": self.title,
            "applicant_name": self.name,
            "phone": self.phone,
            "due": self.due,
        }
        return widgets.get(field, self.title)

    def submit(self) -> bool:
        kind, title, due = self.kind.currentData(), self.title.text(), self.due.date().toPython()
        name, phone = self.name.text(), self.phone.text()
        run = run_op(self, lambda: add_follow_up(self.ctx, kind, title, due, applicant_name=name, phone=phone),
                     title=self.tr("New follow-up"),
                     on_refused=lambda exc: self._field_widget(getattr(exc, "reason", "")).setFocus())
        if not run.ok:
            return False
        self.created_id = run.result
        self.accept()
        return True
