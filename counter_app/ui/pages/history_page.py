"""Earlier one-time notices, found by applicant name, ID number (or its last digits) or phone, and reprinted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.operations.context import AppContext
from counter_app.operations.guide import service_guide as guide
from counter_app.operations.guide.notices import NoticeNotFound, reprint_notice
from counter_app.ui.operation_runner import run_op
from counter_app.ui.page import Icon, Page
from counter_app.ui.printing_service import DocumentKind, print_when_built
from counter_app.ui.widgets.tables import make_read_only


class NoticeHistoryPage(Page):
    standard_icon = Icon.SP_FileDialogListView

    @classmethod
    def tab_title(cls) -> str:
        return QCoreApplication.translate("NoticeHistoryPage", "Notice history")

    def on_shown(self) -> None:
        self.search()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Name, ID number (or its last 4–6 digits) or phone"))
        self.query.setClearButtonEnabled(True)
        self.query.returnPressed.connect(self.search)
        button = QPushButton(self.tr("Search"))
        button.clicked.connect(self.search)
        self.count_label = QLabel()
        headers = [
            self.tr("Notice no."),
            self.tr("Time"),
            self.tr("Service"),
            self.tr("Name"),
            self.tr("ID number"),
            self.tr("Phone"),
            self.tr("Missing items"),
            self.tr("Clerk"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        make_read_only(self.table, stretch=6, selection=QAbstractItemView.SelectionMode.SingleSelection)
        self.reprint_button = QPushButton(self.tr("&Reprint"))
        self.reprint_button.setToolTip(self.tr("Print the selected notice again: same number, recorded as a reprint "
                                               "(Ctrl+P)"))
        self.reprint_button.clicked.connect(self.print_current)
        self.table.itemSelectionChanged.connect(
            lambda: self.reprint_button.setEnabled(self.selected_notice() is not None))
        self.reprint_button.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(button)
        top.addWidget(self.reprint_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)

    def search(self) -> None:
        text = self.query.text().strip()
        if not text:
            self.table.setRowCount(0)
            self.count_label.setText(self.tr("Type a name, ID number or phone and press Enter."))
            return
        notices = guide.find_notices(self.ctx, text)
        self.table.setRowCount(len(notices))
        for row, n in enumerate(notices):
            values = [
                n.notice_no,
                f"{n.created_at:%Y-%m-%d %H:%M}",
                n.service_name,
                n.applicant_name,
                n.id_masked,
                n.phone_masked,
                "、".join(n.missing) or self.tr("none"),
                n.clerk,
            ]
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.count_label.setText(self.tr("{count} notice(s) found").format(count=len(notices)))

    def selected_notice(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).text() if rows else None

    def print_current(self) -> None:
        """Ctrl+P or Reprint: the selected notice again from its record (same number), audited as a reprint."""
        number = self.selected_notice()
        if number is None:
            return
        title = self.tr("One-time notice {no} (reprint)").format(no=number)
        run_op(self, lambda: reprint_notice(self.ctx, number, "A4"), expected=(NoticeNotFound,),
               on_done=print_when_built(self, DocumentKind.NOTICE, title, f"{number}.pdf"), background=True)
