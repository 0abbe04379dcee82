"""Print preview of a PDF (the one-time notice): QtPdf renders each page, painted over white.

With ``issue``, what is shown is only a preview: printing or saving first calls ``issue("print"/"pdf")`` for
the document to output (numbered and recorded then); ``None`` from it cancels the output.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEventLoop, QIODevice, QSize, QSizeF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from counter_app.ui.feedback import show_refusal
from counter_app.ui.widgets.screen_fit import fit_to_screen


def render_pages(pdf: bytes, dpi: float = 110.0) -> list[QImage]:
    """Every page as an opaque image (QtPdf renders with a transparent background)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() == QPdfDocument.Status.Loading:
        loop = QEventLoop()
        document.statusChanged.connect(lambda _status: loop.quit())
        QTimer.singleShot(5000, loop.quit)
        loop.exec()
    if document.status() != QPdfDocument.Status.Ready:
        raise ValueError(f"PDF could not be loaded: {document.error()}")
    images = []
    for page in range(document.pageCount()):
        points = document.pagePointSize(page)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        rendered = document.render(page, size)
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.drawImage(0, 0, rendered)
        painter.end()
        images.append(image)
    document.close()
    buffer.close()
    return images


def print_images(printer: QPrinter, images: list[QImage]) -> None:
    """Each image on its own sheet, scaled to the printable area, aspect ratio kept."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("printer could not be started")
    try:
        for index, image in enumerate(images):
            if index:
                printer.newPage()
            rect = painter.viewport()
            size = image.size().scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(rect.x(), rect.y(), size.width(), size.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(rect)
    finally:
        painter.end()


PREVIEW_DPI = 110.0


class PdfPreviewDialog(QDialog):
    def __init__(self, pdf: bytes, title: str = "", suggested_name: str = "notice.pdf",
                 parent: QWidget | None = None, printer_name: str = "", *,
                 issue: Callable[[str], bytes | None] | None = None) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.printer_name = printer_name  # the workstation's printer for this document, preset in the dialog
        self.issue = issue
        self.suggested_name = suggested_name
        self.setWindowTitle(title or self.tr("Print preview"))
        self.images = render_pages(pdf, dpi=PREVIEW_DPI)
        pages = QWidget()
        pages.setStyleSheet("background: #808080;")
        column = QVBoxLayout(pages)
        column.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        for image in self.images:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("background: white;")
            column.addWidget(label)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        print_button = QPushButton(self.tr("Print…"))
        print_button.clicked.connect(self.print_document)
        save_button = QPushButton(self.tr("Save PDF"))
        save_button.clicked.connect(self.save_dialog)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("{count} page(s)").format(count=len(self.images))))
        buttons.addStretch(1)
        for button in (print_button, save_button, close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 900, 1000)

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.printer_name:
            printer.setPrinterName(self.printer_name)
        first = self.images[0]
        printer.setPageSize(QPageSize(QSizeF(first.width() / PREVIEW_DPI * 25.4, first.height() / PREVIEW_DPI * 25.4),
                                      QPageSize.Unit.Millimeter))
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not self._issued("print"):
            return
        try:
            print_images(printer, render_pages(self.pdf, dpi=300.0))
        except OSError as exc:  # the printer or its spooler, not a bug: the clerk can pick another printer
            show_refusal(self, self.tr("Printing failed: {reason}").format(reason=exc), self.tr("Print"))

    def save_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), self.suggested_name, self.tr("PDF files (*.pdf)")
        )
        if name:
            self.save_to(Path(name))

    def _issued(self, how: str) -> bool:
        """Swap the preview for the issued document; False when issuing was refused."""
        if self.issue is None:
            return True
        pdf = self.issue(how)
        if pdf is None:
            return False
        self.pdf = pdf
        return True

    def save_to(self, path: Path) -> None:
        if self._issued("pdf"):
            path.write_bytes(self.pdf)
