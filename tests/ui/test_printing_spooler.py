"""Printing honours the workstation: documents land in the configured CUPS queue without a dialog.

Through the real spooler (CUPS + cups-pdf, set up by ``.ci/run``): the spooled PDF's page size says which layout
went out, and its barcode, decoded at 600 dpi, says which card it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from counter_app.workstation import WorkstationSettings, save_workstation
from tests.operations.contexts import accepted_card
from tests.spooler import decode_barcodes, page_size_points, same_size

A4 = (595, 842)
A5 = (420, 595)
ROLL_WIDTH = 226.8  # 80 mm


def _workstation(**printers: str) -> None:
    save_workstation(WorkstationSettings(**printers))


def test_guide_notice_goes_to_the_a4_printer_on_its_paper(qtbot: QtBot, ui_ctx, cups_queue, spool,
                                                           print_prompts, wait_ops) -> None:
    from counter_app.ui.pages.guide_page import ServiceGuidePage

    _workstation(a4_printer=cups_queue, a4_paper="A5", receipt_printer="NoSuchReceiptPrinter")
    page = ServiceGuidePage(ui_ctx)
    qtbot.addWidget(page)
    assert page.page_size.currentText() == "A5"  # the workstation's sheet paper is the default
    page.select_service("birth_registration")
    page.name.setText("李四")
    page.print_notice()
    wait_ops()
    assert print_prompts == []
    spooled = spool.wait_for("One-time notice")
    assert same_size(page_size_points(spooled), A5)


def test_lookup_receipt_goes_to_the_receipt_printer_as_a_fitted_roll(qtbot: QtBot, ui_ctx, cups_queue, spool,
                                                                     print_prompts, wait_ops) -> None:
    from counter_app.ui.pages.lookup_page import CardLookupPage

    _workstation(receipt_printer=cups_queue, receipt_paper="roll80", a4_printer="NoSuchA4Printer")
    number = accepted_card(ui_ctx)
    page = CardLookupPage(ui_ctx)
    qtbot.addWidget(page)
    page.search.setText(number)
    page.run_search()
    page.print_current()
    wait_ops()
    assert print_prompts == []
    spooled = spool.wait_for(f"Receipt {number}")
    width, height = page_size_points(spooled)
    assert abs(width - ROLL_WIDTH) <= 2 and 250 < height < 800  # the roll's length fitted to the content
    assert number in decode_barcodes(spooled)


def test_receipt_printer_with_a5_paper_gets_the_a5_layout(qtbot: QtBot, ui_ctx, cups_queue, spool,
                                                          wait_ops) -> None:
    from counter_app.ui.pages.lookup_page import CardLookupPage

    _workstation(receipt_printer=cups_queue, receipt_paper="a5")
    number = accepted_card(ui_ctx)
    page = CardLookupPage(ui_ctx)
    qtbot.addWidget(page)
    page.search.setText(number)
    page.run_search()
    page.print_current()
    wait_ops()
    assert same_size(page_size_points(spool.wait_for(f"Receipt {number}")), A5)


def test_arrivals_pickup_notice_and_shelf_list_go_to_the_a4_printer(qtbot: QtBot, ui_ctx, cups_queue, spool,
                                                                    print_prompts, wait_ops) -> None:
    from counter_app.ui.pages.arrivals_page import ArrivalsPage

    _workstation(a4_printer=cups_queue, a4_paper="A4")
    number = accepted_card(ui_ctx, arrived=True)
    page = ArrivalsPage(ui_ctx)
    qtbot.addWidget(page)
    page.refresh_notices()
    page.notice_table.selectionModel().select(
        page.notice_table.model().index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    page.print_notice()
    wait_ops()
    page.print_shelf_list()
    wait_ops()
    assert print_prompts == []
    notice = spool.wait_for(f"Pickup notice {number}")
    assert same_size(page_size_points(notice), A4)
    assert number in decode_barcodes(notice)
    assert same_size(page_size_points(spool.wait_for("Shelf list")), A4)


def test_a_missing_printer_says_so_and_offers_the_pdf(qtbot: QtBot, ui_ctx, tmp_path: Path, monkeypatch,
                                                      cups_queue, wait_ops) -> None:
    from PySide6.QtWidgets import QFileDialog

    from counter_app.ui import printing_service
    from counter_app.ui.pages.lookup_page import CardLookupPage

    _workstation(receipt_printer="NoSuchReceiptPrinter")
    asked: list[str] = []
    monkeypatch.setattr(printing_service, "ask_save_as_pdf", lambda _p, problem: asked.append(problem) or True)
    target = tmp_path / "receipt.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    number = accepted_card(ui_ctx)
    page = CardLookupPage(ui_ctx)
    qtbot.addWidget(page)
    page.search.setText(number)
    page.run_search()
    page.print_current()
    wait_ops()
    assert asked == ["The printer NoSuchReceiptPrinter is not installed."]
    assert target.read_bytes().startswith(b"%PDF")


def test_a_stopped_printer_is_reported_not_waited_for(qtbot: QtBot, ui_ctx, stopped_queue, print_prompts,
                                                      wait_ops) -> None:
    from counter_app.ui.pages.arrivals_page import ArrivalsPage

    _workstation(a4_printer=stopped_queue)
    page = ArrivalsPage(ui_ctx)
    qtbot.addWidget(page)
    page.print_shelf_list()
    wait_ops()
    assert print_prompts == [f"The printer {stopped_queue} is offline or stopped."]


def test_the_prompt_is_one_line_with_save_as_pdf(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The real box (the autouse fixture replaces it elsewhere): its default button saves as PDF."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from counter_app.ui import printing_service

    monkeypatch.undo()  # the autouse fixture's stand-in off: the real box
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.defaultButton().click()

    QTimer.singleShot(0, answer)
    assert printing_service.ask_save_as_pdf(None, "The printer X is not installed.") is True
    assert seen == ["The printer X is not installed. The document was not printed."]


def test_ctrl_shift_p_opens_the_preview_preset_to_the_workstation_printer(qtbot: QtBot, ui_ctx, sent,
                                                                         monkeypatch, wait_ops) -> None:
    from counter_app.ui.dialogs.pdf_preview import PdfPreviewDialog
    from counter_app.ui.pages.arrivals_page import ArrivalsPage
    from counter_app.ui.printing_service import choosing_printer

    _workstation(a4_printer="FrontDeskA4")
    shown: list[PdfPreviewDialog] = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: shown.append(self) or 0)
    page = ArrivalsPage(ui_ctx)
    qtbot.addWidget(page)
    with choosing_printer():
        page.print_shelf_list()
    wait_ops()  # the PDF arrives after the key's block has ended: the choice was taken when asked
    assert sent == [] and len(shown) == 1 and shown[0].printer_name == "FrontDeskA4"
    page.print_shelf_list()
    wait_ops()
    assert len(sent) == 1 and sent[0][1] == "FrontDeskA4"


def test_the_print_dots_action_is_ctrl_shift_p_and_previews(qtbot: QtBot, ui_ctx, sent, monkeypatch,
                                                            wait_ops) -> None:
    from PySide6.QtGui import QKeySequence

    from counter_app.ui.dialogs.pdf_preview import PdfPreviewDialog
    from counter_app.ui.main_window import MainWindow

    _workstation(a4_printer="FrontDeskA4")
    shown: list[PdfPreviewDialog] = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: shown.append(self) or 0)
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    action = window.shortcuts.print_choose_action
    assert action.shortcut() == QKeySequence("Ctrl+Shift+P")
    window.tabs.setCurrentWidget(window.arrivals)
    action.trigger()
    wait_ops()
    assert sent == [] and [d.printer_name for d in shown] == ["FrontDeskA4"]
    window.shortcuts.print_action.trigger()  # Ctrl+P: straight to the printer
    wait_ops()
    assert len(sent) == 1 and len(shown) == 1
