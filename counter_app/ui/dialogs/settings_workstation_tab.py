"""The "This workstation" tab: printers, paper, UI language, font size, idle lock — kept in this computer's file.

The tab only shows and collects values; ``values()`` hands them to ``workstation.validate_workstation``, which
refuses a bad one with the field named. Number boxes accept more than the valid range on purpose, so that a
typed 30 is refused with a message instead of being silently swallowed by the box.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counter_app.ui.widgets.device_settings import DeviceSettingsBox
from counter_app.workstation import WorkstationSettings

# Language names are shown in their own language, never translated: a clerk who cannot read the current UI
# language must still find their own.
LANGUAGES = (("zh_CN", "中文"), ("en", "English"))
NOTE_STYLE = "color: #616161;"


class WorkstationTab(QWidget):
    rerun_wizard_clicked = Signal()

    def __init__(self, settings: WorkstationSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_reset = False
        self.printers = QPrinterInfo.availablePrinterNames()

        self.a4_printer = self._printer_box(settings.a4_printer)
        self.receipt_printer = self._printer_box(settings.receipt_printer)
        self.a4_paper = QComboBox()
        self.a4_paper.addItem(self.tr("A4"), "A4")
        self.a4_paper.addItem(self.tr("A5"), "A5")
        self.receipt_paper = QComboBox()
        self.receipt_paper.addItem(self.tr("80 mm receipt roll"), "roll80")
        self.receipt_paper.addItem(self.tr("A5 sheet"), "a5")
        for box in (self.a4_paper, self.receipt_paper):
            box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        _select(self.a4_paper, settings.a4_paper)
        _select(self.receipt_paper, settings.receipt_paper)
        printers = QGroupBox(self.tr("Printers and paper"))
        printer_form = QFormLayout(printers)
        printer_form.addRow(self.tr("Printer for notices and lists:"), self.a4_printer)
        printer_form.addRow(self.tr("Paper for notices and lists:"), self.a4_paper)
        printer_form.addRow(self.tr("Printer for receipts:"), self.receipt_printer)
        printer_form.addRow(self.tr("Paper for receipts:"), self.receipt_paper)
        if not self.printers:
            missing = QLabel(
                self.tr("No printer is installed on this computer; type a printer name, or leave empty to save PDFs.")
            )
            missing.setWordWrap(True)
            missing.setStyleSheet(NOTE_STYLE)
            printer_form.addRow(missing)

        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        _select(self.language, settings.language)
        self.font_size = QSpinBox()
        self.font_size.setRange(1, 99)
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(settings.font_size)
        self.idle_lock = QSpinBox()
        self.idle_lock.setRange(0, 999)
        self.idle_lock.setSpecialValueText(self.tr("Never"))
        self.idle_lock.setSuffix(self.tr(" min"))
        self.idle_lock.setValue(settings.idle_lock_minutes)
        for widget in (self.language, self.font_size, self.idle_lock):
            widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        window = QGroupBox(self.tr("Window"))
        window_form = QFormLayout(window)
        window_form.addRow(self.tr("Language:"), self.language)
        window_form.addRow(self.tr("Font size:"), self.font_size)
        window_form.addRow(self.tr("Lock the screen after idle:"), self.idle_lock)
        note = QLabel(
            self.tr(
                "A new language takes effect at the next start; the font size and the idle lock at once. "
                "Allowed: font size 9–20 pt, idle lock 0 (never) to 120 minutes."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        window_form.addRow(note)

        self.reset_layout_button = QPushButton(self.tr("Reset window layout"))
        self.reset_layout_button.clicked.connect(self.reset_layout)
        self.reset_note = QLabel()
        self.reset_note.setStyleSheet(NOTE_STYLE)
        self.rerun_wizard_button = QPushButton(self.tr("Run the first-run wizard again…"))
        self.rerun_wizard_button.setToolTip(self.tr("Closes this dialog without saving and opens the wizard."))
        self.rerun_wizard_button.clicked.connect(lambda: self.rerun_wizard_clicked.emit())
        actions = QHBoxLayout()
        actions.addWidget(self.reset_layout_button)
        actions.addWidget(self.reset_note, 1)
        actions.addWidget(self.rerun_wizard_button)

        layout = QVBoxLayout(self)
        self.devices = DeviceSettingsBox(settings.reader_library, settings.reader_port, settings.applicant_screen)
        layout.addWidget(printers)
        layout.addWidget(self.devices)
        layout.addWidget(window)
        layout.addStretch(1)
        layout.addLayout(actions)

    def _printer_box(self, current: str) -> QComboBox:
        """The installed printers to pick from, and free text for one not installed yet; empty = system default."""
        box = QComboBox()
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.addItem("")
        box.addItems(self.printers)
        box.lineEdit().setPlaceholderText(self.tr("System default printer"))
        box.setCurrentText(current)
        box.setMinimumContentsLength(28)
        return box

    def reset_layout(self) -> None:
        """Forget the saved window size and position when OK is pressed (the next start uses the default)."""
        self.layout_reset = True
        self.reset_note.setText(self.tr("The window layout will be reset."))

    def widget_for(self, field: str) -> QWidget | None:
        return {
            "a4_printer": self.a4_printer,
            "receipt_printer": self.receipt_printer,
            "a4_paper": self.a4_paper,
            "receipt_paper": self.receipt_paper,
            "language": self.language,
            "font_size": self.font_size,
            "idle_lock_minutes": self.idle_lock,
        }.get(field) or self.devices.widget_for(field)

    def values(self) -> dict[str, Any]:
        """The fields this tab edits, as typed (not yet checked)."""
        values: dict[str, Any] = {
            "a4_printer": self.a4_printer.currentText().strip(),
            "receipt_printer": self.receipt_printer.currentText().strip(),
            "a4_paper": self.a4_paper.currentData(),
            "receipt_paper": self.receipt_paper.currentData(),
            "language": self.language.currentData(),
            "font_size": self.font_size.value(),
            "idle_lock_minutes": self.idle_lock.value(),
            **self.devices.values(),
        }
        if self.layout_reset:
            values["window_geometry"] = ""
        return values


def _select(box: QComboBox, data: str) -> None:
    index = box.findData(data, Qt.ItemDataRole.UserRole)
    box.setCurrentIndex(max(index, 0))
