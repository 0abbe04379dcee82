"""操作日志: the supervisor filters the audit log, pages through it 500 rows at a time and exports it as CSV.

The operations check the permission and audit every view and export; the page only asks and shows. A clerk who
opens the page sees a note instead of a refusal box on every visit.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.audit_phrases import action_phrase, detail_text, target_text
from counter_app.domain.card_lifecycle import CardState
from counter_app.domain.permissions import Permission, has_permission
from counter_app.operations.admin.accounts import list_users
from counter_app.operations.admin.audit_integrity import Verification, last_verification, verify_audit_log
from counter_app.operations.admin.audit_log import (
    AuditFilter,
    AuditRow,
    export_audit_csv,
    latest_audit_id,
    search_audit,
)
from counter_app.operations.cards.lookup_guard import lookup_alerts
from counter_app.operations.context import AppContext
from counter_app.operations.follow_ups.notebook import KIND_LABELS
from counter_app.ui.feedback import inform
from counter_app.ui.operation_runner import run_op
from counter_app.ui.page import Icon, Page
from counter_app.ui.pages.same_day_page import _date_edit
from counter_app.ui.widgets.tables import make_read_only

PAGE_SIZE = 500
DEFAULT_DAYS = 7  # a week back: enough for "who did this yesterday", small enough to open at once
DETAIL_COLUMN = 5
# Prefixes of the actions the operations write; the field stays editable for any other prefix.
ACTION_PREFIXES = (
    "",
    "login",
    "unlock",
    "user.",
    "card.",
    "notice",
    "export",
    "audit.",
    "privacy.",
    "backup.",
    "settings.",
)


_Index = QModelIndex | QPersistentModelIndex


class AuditTableModel(QAbstractTableModel):
    """One page of audit rows (a model rather than 3,000 table items refilled on every page)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []
        self.names: dict[str, str] = {}  # codes in the details (service ids, card states) → their Chinese names
        self._headers = [
            self.tr("Time"),
            self.tr("Clerk"),
            self.tr("Workstation"),
            self.tr("Action"),
            self.tr("Target"),
            self.tr("Detail"),
        ]

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def text(self, row: int, column: int) -> str:
        entry = self._rows[row]
        # Phrases, not codes: the supervisor reads who did what to which case (the codes stay in the export).
        values = (f"{entry.at:%Y-%m-%d %H:%M:%S}", entry.clerk, entry.workstation, action_phrase(entry.action),
                  target_text(entry.action, entry.target))
        return values[column] if column < DETAIL_COLUMN else detail_text(entry.detail, self.names)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == DETAIL_COLUMN:
            return self.text(index.row(), index.column()) or None  # the whole detail when the column elides it
        return None


class AuditPage(Page):
    standard_icon = Icon.SP_MessageBoxInformation
    permission = Permission.VIEW_AUDIT_LOG

    @classmethod
    def tab_title(cls) -> str:
        return QCoreApplication.translate("AuditPage", "Audit log")

    def on_shown(self) -> None:
        self.refresh()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.offset = 0
        self.up_to_id: int | None = None  # set by each new search
        self.rows: list[AuditRow] = []
        self.has_next = False
        today = ctx.now().date()
        self.date_from = _date_edit(today - dt.timedelta(days=DEFAULT_DAYS))
        self.date_to = _date_edit(today)
        self.clerk = QComboBox()
        self.clerk.setEditable(True)
        self.workstation = QLineEdit()
        self.action = QComboBox()
        self.action.setEditable(True)
        self.action.addItems(ACTION_PREFIXES)
        self.action.setToolTip(self.tr("Beginning of the action name, e.g. card. for every card action"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Acceptance no., notice no., searched text…"))
        for line in (self.workstation, self.text, self.clerk.lineEdit(), self.action.lineEdit()):
            line.setClearButtonEnabled(True)
            line.returnPressed.connect(self.search)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.clicked.connect(self.search)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self.export)

        filters = QGridLayout()
        filters.addWidget(QLabel(self.tr("From")), 0, 0)
        filters.addWidget(self.date_from, 0, 1)
        filters.addWidget(QLabel(self.tr("To")), 0, 2)
        filters.addWidget(self.date_to, 0, 3)
        filters.addWidget(QLabel(self.tr("Clerk")), 0, 4)
        filters.addWidget(self.clerk, 0, 5)
        filters.addWidget(QLabel(self.tr("Workstation")), 0, 6)
        filters.addWidget(self.workstation, 0, 7)
        filters.addWidget(QLabel(self.tr("Action")), 1, 0)
        filters.addWidget(self.action, 1, 1)
        filters.addWidget(QLabel(self.tr("Target contains")), 1, 2)
        filters.addWidget(self.text, 1, 3, 1, 5)
        filters.setColumnStretch(5, 1)
        filters.setColumnStretch(7, 1)
        top = QHBoxLayout()
        top.addLayout(filters, 1)
        top.addWidget(self.search_button)
        top.addWidget(self.export_button)

        self.model = AuditTableModel(self)
        self.model.names = {
            **{s.id: s.name for s in ctx.catalog.ordered()},
            **{state.value: state.label_zh for state in CardState},
            **KIND_LABELS,  # follow-up kinds
        }
        self.table = QTableView()
        self.table.setModel(self.model)
        make_read_only(self.table, stretch=DETAIL_COLUMN)
        self.table.setWordWrap(False)

        self.count_label = QLabel()
        self.previous_button = QPushButton(self.tr("◀ Previous 500"))
        self.next_button = QPushButton(self.tr("Next 500 ▶"))
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        paging = QHBoxLayout()
        paging.addWidget(self.count_label, 1)
        paging.addWidget(self.previous_button)
        paging.addWidget(self.next_button)

        self.integrity_label = QLabel()
        self.integrity_label.setWordWrap(True)
        self.verify_button = QPushButton(self.tr("Verify the log now"))
        self.verify_button.clicked.connect(self.verify)
        integrity = QHBoxLayout()
        integrity.addWidget(self.integrity_label, 1)
        integrity.addWidget(self.verify_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(integrity)
        layout.addWidget(self.table, 1)
        layout.addLayout(paging)
        self._update_paging()

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            date_from=self.date_from.date().toPython(),
            date_to=self.date_to.date().toPython(),
            clerk=self.clerk.currentText(),
            workstation=self.workstation.text(),
            action_prefix=self.action.currentText(),
            target_text=self.text.text(),
        )

    def refresh(self) -> None:
        """Called when the tab is shown: the clerk names for the filter, then the first page."""
        if not has_permission(self.ctx.actor.role, Permission.VIEW_AUDIT_LOG):
            self.rows, self.has_next = [], False
            self.model.set_rows([])
            self.count_label.setText(self.tr("Only a supervisor may view the audit log."))
            self.integrity_label.clear()
            self.verify_button.setVisible(False)
            self._update_paging()
            return
        self._show_integrity(last_verification(self.ctx))
        typed = self.clerk.currentText()
        self.clerk.clear()
        self.clerk.addItems([""] + [u.username for u in list_users(self.ctx)])
        self.clerk.setEditText(typed)
        self.search()

    def verify(self) -> None:
        """Walk the whole hash chain now (it can take a while on years of entries) and show the verdict."""
        def done(verification: Verification) -> None:
            self._show_integrity(verification)
            self.search()  # the verification itself is a new entry

        run_op(self, lambda: verify_audit_log(self.ctx), done, title=self.tr("Audit log"))

    def _show_integrity(self, verification: Verification | None) -> None:
        if verification is None:
            text = self.tr("The audit log has not been verified yet.")
        elif verification.verdict.ok:
            text = self.tr("Audit log intact: {count} entries verified, triggers in place ({at}).")
        else:
            text = self.tr("Audit log verification FAILED at entry {id}: {reason} ({at}).")
        if verification is not None:
            verdict = verification.verdict
            text = text.format(count=verdict.checked, id=verdict.bad_id if verdict.bad_id is not None else "-",
                               reason=verdict.reason, at=f"{verification.at:%Y-%m-%d %H:%M}")
        alerts = len(lookup_alerts(self.ctx))
        if alerts:
            text += " " + self.tr("Refused number searches in the last 7 days: {count}.").format(count=alerts)
        self.integrity_label.setText(text)
        failed = verification is not None and not verification.verdict.ok
        self.integrity_label.setStyleSheet("color: #b00020; font-weight: bold;" if failed or alerts else "")

    def search(self) -> None:
        """A new search starts at the newest entry and is pinned there: later entries do not shift its pages."""
        run = run_op(self, lambda: latest_audit_id(self.ctx), announces_change=False, title=self.tr("Audit log"))
        if run.ok:
            self.up_to_id = run.result
            self._load(0)

    def next_page(self) -> None:
        if self.has_next:
            self._load(self.offset + PAGE_SIZE)

    def previous_page(self) -> None:
        if self.offset > 0:
            self._load(max(0, self.offset - PAGE_SIZE))

    def _load(self, offset: int) -> None:
        # One row more than a page tells whether a next page exists without counting the whole log.
        pinned = replace(self.current_filter(), up_to_id=self.up_to_id)
        run = run_op(self, lambda: search_audit(self.ctx, pinned, limit=PAGE_SIZE + 1, offset=offset),
                     announces_change=False, title=self.tr("Audit log"))
        if not run.ok:
            return
        found = run.result
        self.offset = offset
        self.has_next = len(found) > PAGE_SIZE
        self.rows = found[:PAGE_SIZE]
        self._fill()
        self._update_paging()

    def _fill(self) -> None:
        self.model.set_rows(self.rows)
        self.table.scrollToTop()

    def _update_paging(self) -> None:
        self.previous_button.setEnabled(self.offset > 0)
        self.next_button.setEnabled(self.has_next)
        if self.rows:
            self.count_label.setText(
                self.tr("Entries {first}–{last}, newest first").format(
                    first=self.offset + 1, last=self.offset + len(self.rows)
                )
            )
        elif has_permission(self.ctx.actor.role, Permission.VIEW_AUDIT_LOG):
            self.count_label.setText(self.tr("No entries match."))

    def export(self) -> None:
        """Every matching entry (not just this page) to a CSV file the supervisor names."""
        suggested = f"audit-log-{self.ctx.now():%Y%m%d-%H%M}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), suggested, self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        chosen = self.current_filter()

        def write() -> int:
            data = export_audit_csv(self.ctx, chosen)
            Path(path).write_bytes(data)
            # Parsed, not counted by line ends: a quoted target may itself hold a line break.
            return len(list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))) - 1  # minus the header

        def written(lines: int) -> None:
            inform(self, self.tr("{count} entries written to {path}").format(count=lines, path=path),
                   self.tr("Audit log"))

        # The whole log may be long: written off the GUI thread.
        run_op(self, write, written, background=True, announces_change=False, title=self.tr("Audit log"),
               expected=(OSError,))
