"""About (关于): the version and where this workstation keeps its data — what support asks for first."""

from __future__ import annotations

import platform
from importlib import metadata
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app import paths
from counter_app.operations.context import AppContext
from counter_app.ui.feedback import log_file
from counter_app.ui.widgets.screen_fit import fit_to_screen

DISTRIBUTION = "counter-assistant"  # pyproject.toml [project] name


def app_version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "?"


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the platform's file manager (Explorer on the counter PCs)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Counter Assistant"))
        self.data_dir = paths.data_dir()
        self.log_dir = paths.log_dir()
        self.backup_dir = paths.backup_dir()
        self.facts: list[tuple[str, str]] = [
            (self.tr("Version:"), app_version()),
            (self.tr("Python:"), platform.python_version()),
            (self.tr("Qt:"), self.tr("{qt} (PySide6 {pyside})").format(qt=qVersion(), pyside=PySide6.__version__)),
            (self.tr("Data folder:"), str(self.data_dir)),
            (self.tr("Log file:"), str(log_file())),
            (self.tr("Backup folder:"), str(self.backup_dir)),
            (self.tr("Database:"), ctx.db.describe()),
            (self.tr("Clerk:"), f"{ctx.actor.clerk} @ {ctx.actor.workstation}"),
        ]

        title = QLabel(self.tr("Counter Assistant (户籍窗口助手)"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        form = QFormLayout()
        self.value_labels: list[QLabel] = []
        for name, value in self.facts:
            label = QLabel(value)
            # Paths are long and support reads them out: selectable, wrapped anywhere instead of cut off.
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            self.value_labels.append(label)
            form.addRow(name, label)

        self.open_data_button = QPushButton(self.tr("Open data folder"))
        self.open_data_button.clicked.connect(lambda: open_folder(self.data_dir))
        self.open_log_button = QPushButton(self.tr("Open log folder"))
        self.open_log_button.clicked.connect(lambda: open_folder(self.log_dir))
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setToolTip(self.tr("Copy these details to the clipboard, e.g. for a support request"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.open_data_button, self.open_log_button, self.copy_button):
            button.setAutoDefault(False)  # Enter closes the dialog; it never opens a folder
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        buttons.rejected.connect(self.reject)

        column = QVBoxLayout(self)
        column.addWidget(title)
        column.addLayout(form)
        column.addStretch(1)
        column.addWidget(buttons)
        fit_to_screen(self, 760, 360)

    def details_text(self) -> str:
        return "\n".join([self.tr("Counter Assistant"), *(f"{name} {value}" for name, value in self.facts)])

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())


def show_about(ctx: AppContext, parent: QWidget | None = None) -> None:
    AboutDialog(ctx, parent).exec()


def open_data_folder() -> bool:
    """The Help menu's way to the data folder (backups, logs, overrides) without opening About first."""
    return open_folder(paths.data_dir())
