"""Printing that honours the workstation: each document kind goes to this computer's printer and paper.

The ordinary path (Ctrl+P, a Print button) sends the document straight to the printer set for its kind in the
workstation settings, without a dialog. "Print…" (Ctrl+Shift+P) shows the preview with the system print dialog
for a one-off choice. A printer that is missing or offline is said in one line, with the choice to save the
document as PDF, so nothing is lost and nothing waits on a printer that will never answer.

``printing/`` builds the PDFs (no Qt); this module puts them on paper through Qt's print support, which talks to
CUPS on Linux and to the Windows spooler on Windows.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from counter_app.devices.printers import DocumentKind, PrintTarget, target_for
from counter_app.ui.dialogs.pdf_preview import print_images, render_pages

__all__ = ["DocumentKind", "PrintTarget", "PrinterState", "choosing_printer", "print_document", "print_when_built",
           "printer_problem", "printer_state", "send_pdf", "target_for"]

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

PRINT_DPI = 300.0


class PrinterState(StrEnum):
    READY = "ready"
    NO_DEFAULT = "no_default"  # "" asked for and the system has no default printer
    MISSING = "missing"  # no such printer installed
    STOPPED = "stopped"  # installed, but offline, paused or in error


def printer_state(name: str) -> PrinterState:
    """Whether ``name`` ("" = the system default) can take a job now; asks the spooler, never waits on the device."""
    info = QPrinterInfo.defaultPrinter() if not name else QPrinterInfo.printerInfo(name)
    if info.isNull():
        return PrinterState.MISSING if name else PrinterState.NO_DEFAULT
    if info.state() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        return PrinterState.STOPPED
    return PrinterState.READY


def printer_problem(name: str) -> str | None:
    """One line saying why ``name`` ("" = default) cannot print now, or None when it is ready."""
    state = printer_state(name)
    if state is PrinterState.NO_DEFAULT:
        return translate("Printing", "No printer is set up on this computer.")
    if state is PrinterState.MISSING:
        return translate("Printing", "The printer {name} is not installed.").format(name=name)
    if state is PrinterState.STOPPED:
        return translate("Printing", "The printer {name} is offline or stopped.").format(
            name=name or QPrinterInfo.defaultPrinterName())
    return None


def send_pdf(pdf: bytes, printer_name: str, document_name: str) -> str:
    """Print on the named printer ("" = default) with the sheet sized like the PDF's page; the printer used.

    Roll printers take the page length from the job, so the sheet is sized like the PDF (a fitted receipt), not
    like the driver's default paper. Raises OSError when the printer refuses the job.
    """
    images = render_pages(pdf, dpi=PRINT_DPI)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if printer_name:
        printer.setPrinterName(printer_name)
    if not printer.isValid():
        raise OSError(printer_name or "no default printer")
    printer.setDocName(document_name)
    first = images[0]
    size_mm = QSizeF(first.width() / PRINT_DPI * 25.4, first.height() / PRINT_DPI * 25.4)
    printer.setPageSize(QPageSize(size_mm, QPageSize.Unit.Millimeter))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the PDF carries its own margins
    print_images(printer, images)
    return printer.printerName()


def ask_save_as_pdf(parent: QWidget | None, problem: str) -> bool:
    """The one line and the choice: True when the clerk wants the document saved as PDF instead."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Printing", "Print"),
                      translate("Printing", "{problem} The document was not printed.").format(problem=problem),
                      QMessageBox.StandardButton.NoButton, parent)
    save = box.addButton(translate("Printing", "Save as PDF…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.exec()
    return box.clickedButton() is save


def save_as_pdf(parent: QWidget | None, pdf: bytes, file_name: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, translate("Printing", "Save as PDF"), file_name,
                                          translate("Printing", "PDF files (*.pdf)"))
    if not name:
        return None
    path = Path(name)
    try:
        path.write_bytes(pdf)
    except OSError as exc:
        QMessageBox.warning(parent, translate("Printing", "Save as PDF"),
                            translate("Printing", "Saving failed: {reason}").format(reason=exc.strerror or exc))
        return None
    return path


_choosing = False


@contextlib.contextmanager
def choosing_printer() -> Iterator[None]:
    """Within this block a print shows the preview and the print dialog ("Print…", Ctrl+Shift+P)."""
    global _choosing
    before, _choosing = _choosing, True
    try:
        yield
    finally:
        _choosing = before


def choosing_printer_now() -> bool:
    """True inside ``choosing_printer()``: the next print opens the preview first."""
    return _choosing


def _status(parent: QWidget | None, text: str) -> None:
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 5000)


def print_document(
    parent: QWidget | None,
    kind: DocumentKind,
    pdf: bytes,
    title: str,
    file_name: str,
    issue: Callable[[str], bytes | None] | None = None,
    choosing: bool | None = None,
) -> str | None:
    """Put ``pdf`` on paper where this workstation prints ``kind``; the printer's name, or None if not printed.

    Under ``choosing_printer()`` (or with ``choosing=True``: the choice made when the clerk asked, for a PDF built
    since) the preview opens with the print dialog preset to that printer instead; with ``issue`` the preview is
    only that, and printing or saving from it first calls ``issue`` for the document to output (a one-time notice
    is numbered and recorded then, never by a preview closed unprinted).
    """
    target = target_for(kind)
    if _choosing if choosing is None else choosing:
        from counter_app.ui.dialogs.pdf_preview import PdfPreviewDialog

        PdfPreviewDialog(pdf, title, file_name, parent, printer_name=target.printer, issue=issue).exec()
        return None
    problem = printer_problem(target.printer)
    if problem is None:
        try:
            used = send_pdf(pdf, target.printer, title or file_name)
        except (OSError, ValueError) as exc:
            log.warning("printing %s on %r failed: %s", kind, target.printer, exc)
            problem = translate("Printing", "The printer {name} refused the document.").format(
                name=target.printer or translate("Printing", "default printer"))
        else:
            _status(parent, translate("Printing", "Sent to {printer}: {title}").format(printer=used, title=title))
            return used
    if ask_save_as_pdf(parent, problem):
        save_as_pdf(parent, pdf, file_name)
    return None


def print_when_built(parent: QWidget | None, kind: DocumentKind, title: str, file_name: str) -> Callable[[bytes], None]:
    """The printing step for a PDF built off the GUI thread (``run_op(..., background=True)``): pass it as
    ``on_done``. Whether the clerk asked with "Print…" is read now, when they ask: the PDF arrives after the key's
    ``choosing_printer()`` block has ended."""
    choosing = _choosing

    def deliver(pdf: bytes) -> None:
        print_document(parent, kind, pdf, title, file_name, choosing=choosing)

    return deliver
