"""The workstation's device settings, shown in the first-run wizard and in Settings: the ID-card reader's library
and port, and the screen facing the applicant."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from counter_app.devices.id_reader import DEFAULT_LIBRARY, SERIAL_PORTS, USB_PORTS


class DeviceSettingsBox(QGroupBox):
    def __init__(self, reader_library: str = "", reader_port: int = 0, applicant_screen: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("ID-card reader and applicant's screen"))
        self.reader_library = QLineEdit(reader_library)
        self.reader_library.setPlaceholderText(
            self.tr("{name} beside the program or on PATH").format(name=DEFAULT_LIBRARY))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        library_row = QHBoxLayout()
        library_row.addWidget(self.reader_library, 1)
        library_row.addWidget(browse)

        self.reader_port = QComboBox()
        self.reader_port.addItem(self.tr("Find it (USB, then serial)"), 0)
        for port in USB_PORTS:
            self.reader_port.addItem(self.tr("USB {port}").format(port=port), port)
        for port in SERIAL_PORTS:
            self.reader_port.addItem(self.tr("Serial COM{port}").format(port=port), port)
        self.reader_port.setCurrentIndex(max(0, self.reader_port.findData(reader_port)))

        self.applicant_screen = QComboBox()
        self.applicant_screen.addItem(self.tr("The second screen, when one is attached"), "")
        self.applicant_screen.addItem(self.tr("None"), "off")
        for screen in QGuiApplication.screens():
            self.applicant_screen.addItem(screen.name(), screen.name())
        if applicant_screen and self.applicant_screen.findData(applicant_screen) < 0:
            self.applicant_screen.addItem(self.tr("{name} (not attached)").format(name=applicant_screen),
                                          applicant_screen)
        self.applicant_screen.setCurrentIndex(max(0, self.applicant_screen.findData(applicant_screen)))

        form = QFormLayout(self)
        form.addRow(self.tr("Reader library:"), library_row)
        form.addRow(self.tr("Reader port:"), self.reader_port)
        form.addRow(self.tr("Applicant's screen:"), self.applicant_screen)

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Reader library"), self.reader_library.text(),
                                              self.tr("Libraries (*.dll *.so)"))
        if name:
            self.reader_library.setText(name)

    def values(self) -> dict[str, Any]:
        return {
            "reader_library": self.reader_library.text().strip(),
            "reader_port": self.reader_port.currentData(),
            "applicant_screen": self.applicant_screen.currentData(),
        }

    def widget_for(self, field: str) -> QWidget | None:
        return {"reader_library": self.reader_library, "reader_port": self.reader_port,
                "applicant_screen": self.applicant_screen}.get(field)
