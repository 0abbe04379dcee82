"""A print builds its PDF off the GUI thread: every page's Print (Ctrl+P) hands the building to ``run_op``'s worker,
and only putting the pages on paper (Qt's print support) runs on the GUI thread. "Print…" (Ctrl+Shift+P) still
opens the preview when the PDF arrives after the key's ``choosing_printer()`` block has ended."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from tests.id_numbers import make_id
from tests.operations.contexts import accepted_card


@pytest.fixture
def builders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The name of the thread that wrote each PDF (every document, paged or roll, ends in a reportlab Canvas.save)."""
    from reportlab.pdfgen.canvas import Canvas

    names: list[str] = []
    original = Canvas.save

    def save(self: Canvas) -> None:
        names.append(threading.current_thread().name)
        original(self)

    monkeypatch.setattr(Canvas, "save", save)
    return names


def _printed_off_the_gui_thread(print_it: Callable[[], None], sent: list, builders: list[str],
                                wait_ops: Callable[[], None], documents: int = 1) -> None:
    """``print_it`` sends ``documents`` documents in all to the printer, each built, and none on the GUI thread."""
    builders.clear()
    print_it()
    wait_ops()
    assert len(sent) == documents and builders
    assert threading.main_thread().name not in builders, f"a PDF was built on the GUI thread: {builders}"


def test_the_guide_notice_is_built_off_the_gui_thread(qtbot: QtBot, ui_ctx, sent, builders, wait_ops) -> None:
    from counter_app.ui.pages.guide_page import ServiceGuidePage

    page = ServiceGuidePage(ui_ctx)
    qtbot.addWidget(page)
    page.select_service("birth_registration")
    page.name.setText("李四")
    _printed_off_the_gui_thread(page.print_notice, sent, builders, wait_ops)
    assert page.serving_since is None  # the notice was given: the applicant served
    _printed_off_the_gui_thread(page.print_notice, sent, builders, wait_ops, documents=2)  # the reprint too


def test_the_lookup_receipt_is_built_off_the_gui_thread(qtbot: QtBot, ui_ctx, sent, builders, wait_ops) -> None:
    from counter_app.ui.pages.lookup_page import CardLookupPage

    number = accepted_card(ui_ctx)
    page = CardLookupPage(ui_ctx)
    qtbot.addWidget(page)
    page.search.setText(number)
    page.run_search()
    _printed_off_the_gui_thread(page.print_current, sent, builders, wait_ops)
    assert number in sent[0][2]


def test_the_arrivals_documents_are_built_off_the_gui_thread(qtbot: QtBot, ui_ctx, sent, builders,
                                                             wait_ops) -> None:
    from counter_app.ui.pages.arrivals_page import ArrivalsPage

    accepted_card(ui_ctx, arrived=True)
    page = ArrivalsPage(ui_ctx)
    qtbot.addWidget(page)
    page.refresh_notices()
    page.notice_table.selectionModel().select(
        page.notice_table.model().index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    _printed_off_the_gui_thread(lambda: (page.print_notice(), page.print_shelf_list()), sent, builders, wait_ops,
                                documents=2)


def test_the_accepted_cards_receipt_is_built_off_the_gui_thread(qtbot: QtBot, ui_ctx, sent, builders, wait_ops,
                                                                monkeypatch) -> None:
    from counter_app.ui.dialogs.accept_dialog import AcceptDialog
    from counter_app.ui.pages.guide_page import ServiceGuidePage

    page = ServiceGuidePage(ui_ctx)
    qtbot.addWidget(page)
    page.select_service("id_card_replacement")
    page.name.setText("赵六")
    page.id_number.setText(make_id(7))
    for material in page.checklist.missing_required:
        page.materials.set_brought(material.id)

    def accept(dialog: AcceptDialog) -> int:
        dialog.accept_case()
        return dialog.result()

    monkeypatch.setattr(AcceptDialog, "exec", accept)
    _printed_off_the_gui_thread(page.accept_application, sent, builders, wait_ops)
    assert sent[0][2].startswith("Receipt ")


def test_print_dots_still_previews_a_pdf_built_in_the_background(qtbot: QtBot, ui_ctx, sent, builders, wait_ops,
                                                                 monkeypatch) -> None:
    from counter_app.ui.dialogs.pdf_preview import PdfPreviewDialog
    from counter_app.ui.pages.lookup_page import CardLookupPage
    from counter_app.ui.printing_service import choosing_printer

    shown: list[PdfPreviewDialog] = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: shown.append(self) or 0)
    number = accepted_card(ui_ctx)
    page = CardLookupPage(ui_ctx)
    qtbot.addWidget(page)
    page.search.setText(number)
    page.run_search()
    with choosing_printer():
        page.print_current()
    wait_ops()  # the receipt arrives here, outside the block
    assert sent == [] and len(shown) == 1 and shown[0].pdf.startswith(b"%PDF")
    assert threading.main_thread().name not in builders
