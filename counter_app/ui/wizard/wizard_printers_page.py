"""First-run wizard, printers page: the A4 printer and the receipt printer, each with its paper and a test page.

With no printer installed (a new computer, a driver still missing) the page says so and still lets the test
pages be saved as PDF, so the set-up can be finished now and the printers chosen later in the settings.
"""

from __future__ import annotations

import socket
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from counter_app.ui.feedback import show_refusal
from counter_app.ui.printing_service import send_pdf
from counter_app.ui.widgets.device_settings import DeviceSettingsBox
from printing.testpage import build_test_page_pdf


class PrintersPage(QWizardPage):
    def __init__(
        self,
        a4_printer: str = "",
        receipt_printer: str = "",
        a4_paper: str = "A4",
        receipt_paper: str = "roll80",
        parent: QWidget | None = None,
        counter_name: str = "",
        devices: tuple[str, int, str] = ("", 0, ""),
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("This counter and its printers"))
        self.setSubTitle(self.tr("Name this counter; choose the printer for A4 documents and the one for receipts; "
                                 "print a test page."))
        self.counter_name = QLineEdit(counter_name)
        self.counter_name.setMaxLength(30)
        self.counter_name.setPlaceholderText(self.tr("e.g. Window 2; empty: the computer's name ({name})").format(
            name=socket.gethostname()))
        self.clock = datetime.now  # the time printed on the test page; tests may fix it
        self.installed = QPrinterInfo.availablePrinterNames()

        self.a4_printer = self._printer_combo(a4_printer)
        self.receipt_printer = self._printer_combo(receipt_printer)
        self.a4_paper = QComboBox()
        self.a4_paper.addItem(self.tr("A4 sheet"), "A4")
        self.a4_paper.addItem(self.tr("A5 sheet"), "A5")
        self.a4_paper.setCurrentIndex(max(0, self.a4_paper.findData(a4_paper)))
        self.receipt_paper = QComboBox()
        self.receipt_paper.addItem(self.tr("80 mm roll"), "roll80")
        self.receipt_paper.addItem(self.tr("A5 sheet"), "a5")
        self.receipt_paper.setCurrentIndex(max(0, self.receipt_paper.findData(receipt_paper)))

        self.print_a4 = QPushButton(self.tr("Print test page"))
        self.print_a4.clicked.connect(lambda: self.print_test_page("a4"))
        self.print_receipt = QPushButton(self.tr("Print test page"))
        self.print_receipt.clicked.connect(lambda: self.print_test_page("receipt"))
        self.save_a4 = QPushButton(self.tr("Save test page as PDF…"))
        self.save_a4.clicked.connect(lambda: self.save_test_page("a4"))
        self.save_receipt = QPushButton(self.tr("Save test page as PDF…"))
        self.save_receipt.clicked.connect(lambda: self.save_test_page("receipt"))

        name_row = QFormLayout()
        name_row.addRow(self.tr("Counter name (in messages and the audit log)"), self.counter_name)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Documents (A4)")), 0, 0)
        grid.addWidget(self.a4_printer, 0, 1)
        grid.addWidget(self.a4_paper, 0, 2)
        grid.addWidget(self.print_a4, 0, 3)
        grid.addWidget(self.save_a4, 0, 4)
        grid.addWidget(QLabel(self.tr("Receipts")), 1, 0)
        grid.addWidget(self.receipt_printer, 1, 1)
        grid.addWidget(self.receipt_paper, 1, 2)
        grid.addWidget(self.print_receipt, 1, 3)
        grid.addWidget(self.save_receipt, 1, 4)
        grid.setColumnStretch(1, 1)

        self.note = QLabel()
        self.note.setWordWrap(True)
        if not self.installed:
            self.note.setText(
                self.tr(
                    "No printer is installed on this computer. You can finish now, save the test pages as PDF, "
                    "and choose the printers later in the settings once the drivers are installed."
                )
            )
        self.print_a4.setEnabled(bool(self.installed))
        self.print_receipt.setEnabled(bool(self.installed))
        hint = QLabel(
            self.tr(
                "Measure the ruler on the printed page: if it is shorter than marked, switch off "
                '"fit to page" in the printer driver.'
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(name_row)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addWidget(self.note)
        layout.addWidget(hint)
        self.devices = DeviceSettingsBox(*devices)  # reader library and port, applicant's screen
        layout.addSpacing(8)
        layout.addWidget(self.devices)
        layout.addStretch(1)

    def _printer_combo(self, current: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("System default printer"), "")
        for name in self.installed:
            combo.addItem(name, name)
        if current and combo.findData(current) < 0:
            # A printer chosen earlier but not installed now stays selectable rather than silently dropped.
            combo.addItem(self.tr("{name} (not installed)").format(name=current), current)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def chosen(self) -> dict[str, Any]:
        """The workstation settings this page sets."""
        return {
            "counter_name": self.counter_name.text().strip(),
            "a4_printer": self.a4_printer.currentData(),
            "receipt_printer": self.receipt_printer.currentData(),
            "a4_paper": self.a4_paper.currentData(),
            "receipt_paper": self.receipt_paper.currentData(),
            **self.devices.values(),
        }

    def test_page_pdf(self, which: str) -> bytes:
        kind = self.a4_paper.currentData().lower() if which == "a4" else self.receipt_paper.currentData()
        return build_test_page_pdf(kind, printed_at=self.clock())

    def print_test_page(self, which: str) -> None:
        printer = self.a4_printer if which == "a4" else self.receipt_printer
        try:
            send_pdf(self.test_page_pdf(which), printer.currentData(), self.tr("Test page"))
        except OSError as exc:
            show_refusal(self, self.tr("Printing the test page failed: {reason}").format(reason=exc), self.tr("Print"))

    def save_test_page(self, which: str) -> Path | None:
        suggested = "test-page-a4.pdf" if which == "a4" else "test-page-receipt.pdf"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save test page"), suggested, self.tr("PDF files (*.pdf)"))
        if not name:
            return None
        path = Path(name)
        try:
            path.write_bytes(self.test_page_pdf(which))
        except OSError as exc:
            show_refusal(self, self.tr("Saving failed: {reason}").format(reason=exc), self.tr("Save test page"))
            return None
        return path
