"""工作日报: the day's or month's figures on screen (key figures, cases by service, a bar chart), exported as PDF
or XLSX, or printed. The counting is counter_app/operations/daily_report.py; this page only asks and shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.operations.context import AppContext
from counter_app.operations.reports.daily_report import build_report, report_pdf, report_xlsx
from counter_app.ui.operation_runner import run_op
from counter_app.ui.page import Icon, Page
from counter_app.ui.widgets.bar_chart import Bar, BarChart
from counter_app.ui.widgets.tables import make_read_only
from printing.numbers import percent
from printing.report_data import DailyReport, ReportPeriod

OVERDUE_BACKGROUND = "#fde2e2"
OVERDUE_TEXT = "#b71c1c"
FIGURE_COLUMNS = 4  # label/value pairs per row of the key-figures grid
# done … in_progress add up to cases (so the Total row is the sum of its parts); after_hours is a subset.
SERVICE_NUMBER_COLUMNS = ("cases", "done", "accepted", "notices", "refused", "not_done", "in_progress", "after_hours")


@contextmanager
def _waiting() -> Iterator[None]:
    """A wait cursor while the database counts (100-250 ms on a year of data): the click was noticed."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def default_file_name(period: ReportPeriod, suffix: str) -> str:
    """工作日报-2026-11-23.pdf / 工作月报-2026-11.xlsx, as the printed title names the report."""
    kind = "工作日报" if period.kind == "day" else "工作月报"
    return f"{kind}-{period.key}{suffix}"


class ReportPage(Page):
    standard_icon = Icon.SP_FileIcon

    @classmethod
    def tab_title(cls) -> str:
        return QCoreApplication.translate("ReportPage", "Daily report")

    def on_shown(self) -> None:
        self.refresh()

    def print_current(self) -> None:
        self.print_report()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: DailyReport | None = None
        self.figures: dict[str, QLabel] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._build_controls())
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        layout.addWidget(self.heading)
        layout.addWidget(self._build_figures())

        self.table = QTableWidget(0, 1 + len(SERVICE_NUMBER_COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Service"),
                self.tr("Cases"),
                self.tr("Done"),
                self.tr("Accepted"),
                self.tr("Notice"),
                self.tr("Refused"),
                self.tr("Not done"),
                self.tr("In progress"),
                self.tr("After hours"),
            ]
        )
        make_read_only(self.table, stretch=0, selection=QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setStyleSheet("QTableView::item { padding: 0 6px; } QHeaderView::section { padding: 0 6px; }")
        self.chart = BarChart()
        chart_scroll = QScrollArea()
        chart_scroll.setWidget(self.chart)
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setFrameShape(QFrame.Shape.StyledPanel)
        chart_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(chart_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([810, 450])
        layout.addWidget(self.splitter, 1)
        self._set_export_enabled(False)

    # -- building ----------------------------------------------------------------------------------------------
    def _build_controls(self) -> QHBoxLayout:
        today = self.ctx.now().date()
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.month_check = QCheckBox(self.tr("Whole month"))
        self.month_check.toggled.connect(self._month_toggled)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.show_report)
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.xlsx_button = QPushButton(self.tr("Export XLSX…"))
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.clicked.connect(self.print_report)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Period:")))
        row.addWidget(self.date_edit)
        row.addWidget(self.month_check)
        row.addWidget(self.show_button)
        row.addStretch(1)
        for button in (self.pdf_button, self.xlsx_button, self.print_button):
            row.addWidget(button)
        return row

    def _build_figures(self) -> QGroupBox:
        box = QGroupBox(self.tr("Key figures"))
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        labels = [
            ("cases", self.tr("Cases")),
            ("done", self.tr("Done on the spot")),
            ("accepted", self.tr("Accepted")),
            ("notice_cases", self.tr("One-time notice (cases)")),
            ("notices", self.tr("One-time notices issued")),
            ("refused", self.tr("Refused")),
            ("not_done", self.tr("Not done / in progress")),
            ("after_hours", self.tr("After hours (cases / min)")),
            ("same_day", self.tr("Same-day kept / due")),
            ("cards_accepted", self.tr("ID cards accepted")),
            ("cards_arrived", self.tr("ID cards arrived")),
            ("cards_collected", self.tr("ID cards collected")),
            ("appointments", self.tr("Appointments")),
            ("checked_in", self.tr("Checked in")),
            ("no_show", self.tr("No-shows")),
            ("overdue", self.tr("Overdue follow-ups")),
        ]
        bold = QFont(self.font())
        bold.setBold(True)
        for index, (key, text) in enumerate(labels):
            row, pair = divmod(index, FIGURE_COLUMNS)
            name = QLabel(text)
            name.setStyleSheet("color: #555;")
            value = QLabel("—")
            value.setFont(bold)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(name, row, 2 * pair)
            # Left-aligned at its own width, so the overdue colour marks the number, not the whole column.
            grid.addWidget(value, row, 2 * pair + 1, Qt.AlignmentFlag.AlignLeft)
            grid.setColumnStretch(2 * pair + 1, 1)
            self.figures[key] = value
        return box

    def _month_toggled(self, month: bool) -> None:
        self.date_edit.setDisplayFormat("yyyy-MM" if month else "yyyy-MM-dd")

    def _set_export_enabled(self, enabled: bool) -> None:
        for button in (self.pdf_button, self.xlsx_button, self.print_button):
            button.setEnabled(enabled)

    # -- the period and the report -----------------------------------------------------------------------------
    def set_period(self, day: dt.date, month: bool = False) -> None:
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.month_check.setChecked(month)

    def period(self) -> ReportPeriod:
        chosen: dt.date = self.date_edit.date().toPython()
        if self.month_check.isChecked():
            return ReportPeriod.month(chosen.year, chosen.month)
        return ReportPeriod.day(chosen)

    def refresh(self) -> None:
        """On the first visit the report of the selected day is counted; later visits keep what the clerk chose
        (every count is written to the audit log, so switching tabs must not count again). "Show" recounts."""
        if self.report is None:
            self.show_report()

    def show_report(self) -> DailyReport | None:
        period = self.period()
        with _waiting():  # counting is audited as a read: nothing to announce
            run = run_op(self, lambda: build_report(self.ctx, period), announces_change=False,
                         title=self.tr("Daily report"))
        if not run.ok:
            return None
        report = run.result
        self.report = report
        self._show(report)
        self._set_export_enabled(True)
        return report

    def _show(self, report: DailyReport) -> None:
        self.heading.setText(
            self.tr("{station} — {period} (counted at {time})").format(
                station=report.station_name, period=report.period.label, time=f"{report.generated_at:%Y-%m-%d %H:%M}"
            )
        )
        self._show_figures(report)
        self._show_services(report)
        self._show_chart(report)

    def _show_figures(self, report: DailyReport) -> None:
        t, sd, ap, cards, ah = report.totals, report.same_day, report.appointments, report.cards, report.after_hours
        values = {
            "cases": str(t.cases),
            "done": str(t.done),
            "accepted": str(t.accepted),
            "notice_cases": str(t.notices),
            "notices": str(report.notices),
            "refused": str(t.refused),
            "not_done": f"{t.not_done} / {t.in_progress}",
            "after_hours": f"{ah.cases} / {ah.minutes}",
            # The report's own wording (kept ÷ due, pending shown apart), so screen, PDF and workbook read alike.
            "same_day": f"{sd.kept} / {sd.decided} ({percent(sd.rate)})"
            + (self.tr(", {pending} in progress").format(pending=sd.pending) if sd.pending else ""),
            "cards_accepted": str(cards.accepted),
            "cards_arrived": str(cards.arrived),
            "cards_collected": str(cards.collected),
            "appointments": str(ap.total),
            "checked_in": str(ap.checked_in),
            "no_show": str(ap.no_show),
            "overdue": str(report.follow_ups.overdue_open),
        }
        for key, text in values.items():
            self.figures[key].setText(text)
        self.figures["same_day"].setToolTip(sd.text())
        self.figures["appointments"].setToolTip(
            self.tr("Waiting {booked}, cancelled {cancelled}").format(booked=ap.booked, cancelled=ap.cancelled)
        )
        overdue = report.follow_ups.overdue_open > 0
        self.figures["overdue"].setStyleSheet(
            f"color: {OVERDUE_TEXT}; background: {OVERDUE_BACKGROUND}; padding: 0 4px;" if overdue else ""
        )

    def _show_services(self, report: DailyReport) -> None:
        rows = [[r.service_name, *(getattr(r, f) for f in SERVICE_NUMBER_COLUMNS)] for r in report.by_service]
        t = report.totals
        if rows:
            after_hours = sum(r.after_hours for r in report.by_service)
            rows.append([self.tr("Total"), t.cases, t.done, t.accepted, t.notices, t.refused, t.not_done,
                         t.in_progress, after_hours])
        self.table.setRowCount(len(rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, values in enumerate(rows):
            is_total = r == len(rows) - 1
            for c, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if is_total:
                    item.setFont(bold)
                elif not c:
                    item.setToolTip(str(value))  # a long service name may be elided in a narrow column
                if c == SERVICE_NUMBER_COLUMNS.index("not_done") + 1 and value:
                    # Cases not finished the same day are the ones the station must follow up.
                    item.setForeground(QBrush(QColor(OVERDUE_TEXT)))
                self.table.setItem(r, c, item)

    def _show_chart(self, report: DailyReport) -> None:
        if report.per_day:
            weekdays = self._weekday_names()
            bars = [
                Bar(
                    self.tr("{month}/{day} {weekday}").format(
                        month=d.day.month, day=d.day.day, weekday=weekdays[d.day.weekday()]
                    ),
                    d.cases,
                    self.tr("{cases} case(s), {minutes} min after hours, same-day kept {kept} / {promised}").format(
                        cases=d.cases, minutes=d.after_hours_minutes, kept=d.same_day.kept, promised=d.same_day.decided
                    ),
                )
                for d in report.per_day
            ]
            self.chart.set_bars(self.tr("Cases per day"), bars, self.tr("No cases in this period"))
        else:
            bars = [Bar(r.service_name, r.cases) for r in report.by_service]
            self.chart.set_bars(self.tr("Cases by service"), bars, self.tr("No cases in this period"))

    def _weekday_names(self) -> list[str]:
        return [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]

    # -- export and print --------------------------------------------------------------------------------------
    def _current_report(self) -> DailyReport | None:
        """The report on screen; counted first if the period was changed since (what is exported is shown)."""
        if self.report is None or self.report.period != self.period():
            return self.show_report()
        return self.report

    def export_pdf(self) -> Path | None:
        return self._export(".pdf", self.tr("PDF files (*.pdf)"), report_pdf)

    def export_xlsx(self) -> Path | None:
        return self._export(".xlsx", self.tr("Excel workbooks (*.xlsx)"), report_xlsx)

    def _export(self, suffix: str, file_filter: str, render: Callable[[DailyReport], bytes]) -> Path | None:
        report = self._current_report()
        if report is None:
            return None
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export report"), default_file_name(report.period, suffix), file_filter
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        with _waiting():
            run = run_op(self, lambda: path.write_bytes(render(report)), announces_change=False,
                         title=self.tr("Daily report"), expected=(OSError,))
        return path if run.ok else None

    def print_report(self) -> None:
        report = self._current_report()
        if report is None:
            return
        from counter_app.ui.printing_service import DocumentKind, print_when_built

        title = self.tr("Daily report {period}").format(period=report.period.label)
        send = print_when_built(self, DocumentKind.REPORT, title, default_file_name(report.period, ".pdf"))
        run_op(self, lambda: report_pdf(report), send, background=True, announces_change=False,
               title=self.tr("Daily report"))
