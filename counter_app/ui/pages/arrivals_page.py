"""到证与通知: import the dispatch list (check first, then commit) and tell the holders their card has arrived."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.manifest_read import ManifestError, SheetChoiceNeeded, read_manifest_file
from counter_app.domain.permissions import Permission, has_permission
from counter_app.operations.cards.arrivals import MATCHED, ArrivalReport, import_arrivals
from counter_app.operations.cards.common import CardSummary
from counter_app.operations.cards.pickup_notices import (
    NoticeDue,
    export_sms_csv,
    mark_notified,
    overdue_pickups,
    pickup_notice_pdf,
    unnotified,
)
from counter_app.operations.cards.shelf import receive_scanned, shelf_list_pdf
from counter_app.operations.context import AppContext
from counter_app.ui.feedback import confirm, show_refusal
from counter_app.ui.operation_runner import OpRun, refusal_text, run_op
from counter_app.ui.page import Icon, Page
from counter_app.ui.printing_service import DocumentKind, print_when_built, target_for
from counter_app.ui.widgets.screen_fit import fit_to_screen
from counter_app.ui.widgets.tables import make_read_only

T = TypeVar("T")


def _table(headers: list[str], multi: bool) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    make_read_only(table, selection=QAbstractItemView.SelectionMode.ExtendedSelection if multi
                   else QAbstractItemView.SelectionMode.NoSelection)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.clearSelection()
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))


class ArrivalsPage(Page):
    standard_icon = Icon.SP_ArrowDown

    @classmethod
    def tab_title(cls) -> str:
        return QCoreApplication.translate("ArrivalsPage", "Arrivals and notices")

    def on_shown(self) -> None:
        self.refresh_notices()

    def on_data_changed(self) -> None:
        self.refresh_notices()

    def print_current(self) -> None:
        self.print_shelf_list()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: bytes | None = None
        self.filename = ""
        self.sheet: str | None = None
        self.report: ArrivalReport | None = None
        self.notices: list[NoticeDue] = []

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._build_import())
        splitter.addWidget(self._build_notices())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        # The list is loaded when the tab is first shown (MainWindow), not while the window starts.

    # -- building ----------------------------------------------------------------------------------------------
    def _build_import(self) -> QWidget:
        self.import_button = QPushButton(self.tr("Import dispatch list…"))
        self.import_button.clicked.connect(self.choose_file)
        self.commit_button = QPushButton(self.tr("Confirm arrival"))
        self.commit_button.clicked.connect(self.commit)
        self.commit_button.setEnabled(False)
        # All or nothing unless the clerk explicitly takes this second way; hidden while there is no problem row.
        self.partial_button = QPushButton()
        self.partial_button.clicked.connect(self.commit_partially)
        self.partial_button.setVisible(False)
        self.summary = QLabel(self.tr("Choose a CSV or XLSX dispatch list to check it before anything changes."))
        self.summary.setWordWrap(True)
        self.import_table = _table([self.tr("Line"), self.tr("Acceptance no."), self.tr("Name"),
                                    self.tr("Result"), self.tr("Remark")], multi=False)
        self.scan = QLineEdit()
        self.scan.setPlaceholderText(self.tr("Scan a card's acceptance number to shelve it"))
        self.scan.returnPressed.connect(lambda: self.scan_in(self.scan.text()))
        self.scan_result = QLabel()
        self.shelf_button = QPushButton(self.tr("Print shelf list"))
        self.shelf_button.clicked.connect(self.print_shelf_list)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.scan, 1)
        buttons.addWidget(self.shelf_button)
        buttons.addWidget(self.commit_button)
        box = QGroupBox(self.tr("Card arrivals"))
        partial_row = QHBoxLayout()
        partial_row.addStretch(1)
        partial_row.addWidget(self.partial_button)
        column = QVBoxLayout(box)
        column.addLayout(buttons)
        column.addWidget(self.scan_result)
        column.addWidget(self.summary)
        column.addLayout(partial_row)
        column.addWidget(self.import_table, 1)
        return box

    def _build_notices(self) -> QWidget:
        self.notice_count = QLabel()
        self.notice_table = _table([self.tr("Acceptance no."), self.tr("Name"), self.tr("Arrived on"),
                                    self.tr("Notify by"), self.tr("Overdue"), self.tr("Phone"),
                                    self.tr("Storage place")], multi=True)
        self.phone_button = QPushButton(self.tr("Mark notified by phone"))
        self.phone_button.clicked.connect(lambda: self.mark_selected("phone"))
        self.sms_button = QPushButton(self.tr("Mark notified by SMS"))
        self.sms_button.clicked.connect(lambda: self.mark_selected("sms"))
        self.export_button = QPushButton(self.tr("Export SMS CSV…"))
        self.export_button.clicked.connect(self.export_sms)
        # Every row carries a full mobile: only who holds EXPORT_CONTACTS is offered it (the operation checks too).
        self.export_button.setVisible(has_permission(self.ctx.actor.role, Permission.EXPORT_CONTACTS))
        self.print_button = QPushButton(self.tr("Print pickup notice"))
        self.print_button.clicked.connect(self.print_notice)
        self.overdue_button = QPushButton(self.tr("Overdue pickups…"))
        self.overdue_button.clicked.connect(lambda: self.overdue_dialog().exec())
        buttons = QHBoxLayout()
        buttons.addWidget(self.notice_count)
        buttons.addStretch(1)
        for button in (self.phone_button, self.sms_button, self.export_button, self.print_button,
                       self.overdue_button):
            buttons.addWidget(button)
        box = QGroupBox(self.tr("To be notified"))
        column = QVBoxLayout(box)
        column.addLayout(buttons)
        column.addWidget(self.notice_table, 1)
        return box

    def _warn(self, message: str) -> None:
        show_refusal(self, message, self.tr("Card arrivals"))

    def _run(self, op: Callable[[], T], on_done: Callable[[T], Any] | None = None, **options: Any) -> OpRun[T]:
        """``run_op`` with this page's title; a dispatch list that cannot be read is a refusal, not a bug."""
        return run_op(self, op, on_done, title=self.tr("Card arrivals"), expected=(ManifestError, OSError), **options)

    # -- importing ---------------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import dispatch list"), "",
                                              self.tr("Dispatch lists (*.csv *.xlsx)"))
        if path:
            self.preview_file(path)

    def preview_file(self, path: str | Path) -> ArrivalReport | None:
        """Check the list without changing anything and show every row's verdict, problem rows first."""
        path = Path(path)
        self.data, self.filename, self.sheet, self.report = None, path.name, None, None
        self._set_commit_buttons(None)

        def check() -> tuple[bytes, ArrivalReport | None]:
            data = read_manifest_file(path)
            return data, self._dry_run(data, path.name)

        run = self._run(check, announces_change=False)
        if not run.ok or run.result[1] is None:
            return None
        data, report = run.result
        self.data = data
        self._show_report(report)
        self._set_commit_buttons(report)
        return report

    def _dry_run(self, data: bytes, filename: str) -> ArrivalReport | None:
        """The check; a workbook with several lists asks which sheet (None if the clerk cancels)."""
        try:
            return import_arrivals(self.ctx, data, filename, dry_run=True)
        except SheetChoiceNeeded as choice:
            sheet, ok = QInputDialog.getItem(
                self, self.tr("Choose the sheet"),
                self.tr("Several sheets of this workbook hold a dispatch list. Which one do you want to import?"),
                list(choice.sheets), 0, False)
            if not ok:
                return None
            self.sheet = sheet
            return import_arrivals(self.ctx, data, filename, dry_run=True, sheet=sheet)

    def _set_commit_buttons(self, report: ArrivalReport | None) -> None:
        problems = report.problems if report else 0
        self.commit_button.setEnabled(bool(report and report.matched and not problems))
        self.partial_button.setVisible(bool(problems))
        self.partial_button.setEnabled(bool(problems))
        if report and problems:
            self.partial_button.setText(self._partial_text(report.matched, problems))

    def _partial_text(self, good: int, problems: int) -> str:
        return self.tr("Commit the {good} good row(s) and put the {problems} problem row(s) on the to-do list").format(
            good=good, problems=problems)

    def commit(self) -> ArrivalReport | None:
        """Mark every card of the checked list arrived (only offered when no row has a problem)."""
        return self._commit(accept_partial=False)

    def commit_partially(self) -> ArrivalReport | None:
        """The clerk's explicit choice: the good rows arrive, every problem row becomes a follow-up."""
        if self.report is None or self.data is None:
            return None
        question = self._partial_text(self.report.matched, self.report.problems) + "?\n\n" + self.tr(
            "The problem rows stay not arrived until they are sorted out; each one goes on the to-do list "
            "with its acceptance number, row and problem.")
        if not confirm(self, question, self.tr("Card arrivals")):
            return None
        return self._commit(accept_partial=True)

    def _commit(self, accept_partial: bool) -> ArrivalReport | None:
        if self.data is None:
            return None
        data, filename, sheet = self.data, self.filename, self.sheet
        run = self._run(lambda: import_arrivals(self.ctx, data, filename, dry_run=False,
                                                accept_partial=accept_partial, sheet=sheet))
        if not run.ok:
            return None
        report = run.result
        self._show_report(report)
        if report.refused:  # a row went wrong between the check and the commit (another counter): nothing changed
            self._set_commit_buttons(report)
            return report
        self.data = None
        self._set_commit_buttons(None)
        self.refresh_notices()
        return report

    def _show_report(self, report: ArrivalReport) -> None:
        self.report = report
        ordered = report.rows_problems_first()
        rows = []
        for row in ordered:
            remark = row.message
            if row.storage_place:
                remark = self.tr("Stored at {place}").format(place=row.storage_place)
            rows.append([str(row.line), row.acceptance_no or "", row.name,
                         self._verdict_text(row.verdict, report.committed, row.problem), remark])
        _fill(self.import_table, rows)
        for r, row in enumerate(ordered):
            if row.problem:
                for c in range(self.import_table.columnCount()):
                    self.import_table.item(r, c).setForeground(Qt.GlobalColor.red)
        self.summary.setText(self._summary_text(report))

    def _summary_text(self, report: ArrivalReport) -> str:
        total, matched, problems = len(report.rows), report.matched, report.problems
        if report.committed:
            text = self.tr("{file}: {count} card(s) marked arrived").format(file=report.filename, count=matched)
            if problems:
                text += self.tr("; {problems} problem row(s) put on the to-do list").format(problems=problems)
        elif problems:
            text = self.tr("{file}: {problems} of {total} row(s) have a problem, listed first. Nothing can be "
                           "committed until they are corrected at the source and the list is imported again — "
                           "or commit the {count} good row(s) and put the problems on the to-do list.").format(
                file=report.filename, problems=problems, total=total, count=matched)
        else:
            text = self.tr("{file}: {total} row(s), {count} can be marked arrived, {other} already recorded").format(
                file=report.filename, total=total, count=matched, other=total - matched)
        if report.sheet:
            text += self.tr(" (sheet {sheet})").format(sheet=report.sheet)
        if report.already_imported:
            text += self.tr(" (this file was imported before)")
        return text

    def _verdict_text(self, verdict: str, committed: bool, problem: bool) -> str:
        if verdict == MATCHED:
            return self.tr("Arrived") if committed else self.tr("OK")
        if problem:
            return self.tr("To-do list") if committed else self.tr("Problem")
        return self.tr("Already recorded")

    # -- notices -----------------------------------------------------------------------------------------------
    def refresh_notices(self) -> None:
        self.notices = unnotified(self.ctx)
        rows = [[n.acceptance_no, n.name, f"{n.arrived_on:%Y-%m-%d}", f"{n.deadline:%Y-%m-%d}",
                 self.tr("Yes") if n.overdue else "", n.phone_masked or "", n.storage_place or ""]
                for n in self.notices]
        _fill(self.notice_table, rows)
        for r, notice in enumerate(self.notices):
            if notice.overdue:
                for c in range(self.notice_table.columnCount()):
                    self.notice_table.item(r, c).setForeground(Qt.GlobalColor.red)
        self.notice_count.setText(self.tr("{count} holder(s) to notify").format(count=len(self.notices)))

    def selected_numbers(self) -> list[str]:
        rows = sorted({index.row() for index in self.notice_table.selectionModel().selectedRows()})
        return [self.notices[r].acceptance_no for r in rows if r < len(self.notices)]

    def mark_selected(self, channel: str) -> int:
        numbers = self.selected_numbers()
        if not numbers:
            self._warn(self.tr("Select the holders who were notified first."))
            return 0
        run = self._run(lambda: mark_notified(self.ctx, numbers, channel))
        if not run.ok:
            return 0
        self.refresh_notices()
        return run.result

    def export_sms(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export SMS CSV"), "sms.csv",
                                              self.tr("CSV files (*.csv)"))
        if not path:
            return
        self._run(lambda: Path(path).write_bytes(export_sms_csv(self.ctx)),
                  announces_change=False)

    def print_notice(self) -> None:
        numbers = self.selected_numbers()
        if len(numbers) != 1:
            self._warn(self.tr("Select one holder to print the pickup notice for."))
            return
        title = self.tr("Pickup notice {no}").format(no=numbers[0])
        paper = target_for(DocumentKind.PICKUP_NOTICE).paper
        self._run(lambda: pickup_notice_pdf(self.ctx, numbers[0], page=paper),
                  print_when_built(self, DocumentKind.PICKUP_NOTICE, title, f"pickup-{numbers[0]}.pdf"),
                  background=True, announces_change=False)

    def scan_in(self, text: str) -> None:
        """A USB scanner types the acceptance number and Enter: the card arrives and its place is shown."""
        self.scan.clear()
        if not text.strip():
            return
        # A refusal shows in the scan line, not in a box: the clerk keeps scanning the pile.
        self._run(lambda: receive_scanned(self.ctx, text), self._scanned, inline=True, on_refused=self._scan_refused)

    def _scan_refused(self, exc: BaseException) -> None:
        self.scan_result.setText(refusal_text(exc))
        self.scan_result.setStyleSheet("color: #c62828; font-size: 13pt;")

    def _scanned(self, card: CardSummary) -> None:
        self.scan_result.setText(self.tr("{name}: put it in {place}").format(name=card.name, place=card.storage_place))
        self.scan_result.setStyleSheet("color: #1565c0; font-size: 13pt; font-weight: bold;")
        self.refresh_notices()

    def print_shelf_list(self) -> None:
        title = self.tr("Shelf list")
        self._run(lambda: shelf_list_pdf(self.ctx),
                  print_when_built(self, DocumentKind.SHELF_LIST, title, "shelf-list.pdf"),
                  background=True, announces_change=False)

    def overdue_dialog(self) -> QDialog:
        """Cards waiting longer than the station's limit (a local-policy setting), for a reminder call."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Overdue pickups"))
        table = _table([self.tr("Acceptance no."), self.tr("Name"), self.tr("Storage place"), self.tr("Arrived on"),
                        self.tr("Days waiting"), self.tr("Notified"), self.tr("Phone")], multi=False)
        yes, no = self.tr("yes"), self.tr("no")
        _fill(table, [[o.acceptance_no, o.name, o.storage_place or "", o.arrived_on.isoformat(),
                       str(o.days_waiting), yes if o.notified else no, o.phone_masked or ""]
                      for o in overdue_pickups(self.ctx)])
        column = QVBoxLayout(dialog)
        column.addWidget(table)
        fit_to_screen(dialog, 900, 500)
        dialog.table = table  # type: ignore[attr-defined] - kept for tests and later actions
        return dialog

