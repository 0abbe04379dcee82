"""The service guide page end to end: find, answer, tick, validate, give the notice, find it again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from counter_app.ui.pages.guide_page import ServiceGuidePage
from counter_app.ui.pages.history_page import NoticeHistoryPage

VALID_ID = "11010519491231002X"


def _page(qtbot: QtBot, ctx: object) -> ServiceGuidePage:
    page = ServiceGuidePage(ctx)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    return page


def test_search_by_initials_selects_birth_registration(qtbot: QtBot, ui_ctx: object) -> None:
    page = _page(qtbot, ui_ctx)
    all_count = page.services.count()
    qtbot.keyClicks(page.search, "csdj")
    assert 0 < page.services.count() < all_count
    ids = [page.services.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.services.count())]
    assert "birth_registration" in ids
    page.services.setCurrentRow(ids.index("birth_registration"))
    assert page.service is not None and page.service.id == "birth_registration"
    assert page.title.text() == "出生登记"
    assert page.materials.rowCount() > 0


def test_answers_ticks_and_missing_summary(qtbot: QtBot, ui_ctx: object, tmp_path: Path) -> None:
    page = _page(qtbot, ui_ctx)
    qtbot.keyClicks(page.search, "csdj")
    page.select_service("birth_registration")
    checklist = page.checklist
    assert checklist is not None
    before_missing = len(checklist.missing)
    assert before_missing > 0
    assert str(before_missing) in page.summary.text()

    # answering a question changes the checklist (parents not married → the married-only question disappears)
    assert not page.questions.widgets["parents_divorced"].isHidden()
    page.questions.widgets["married"].click()  # as the clerk does: untick 父母是否已登记结婚
    assert page.checklist.answers["married"] is False
    assert page.questions.widgets["parents_divorced"].isHidden()
    page.questions.answer("married", True)
    assert not page.questions.widgets["parents_divorced"].isHidden()

    # ticking a material shortens the missing list
    first_missing = page.checklist.missing[0]
    before = len(page.checklist.missing)
    page.materials.set_brought(first_missing.id)
    assert first_missing.id in page.checklist.brought
    assert len(page.checklist.missing) == before - 1
    assert first_missing.name not in page.summary.text().split("：", 1)[-1].split("、")

    # tick everything → complete
    for material in page.checklist.missing:
        page.materials.set_brought(material.id)
    assert page.checklist.complete


def test_invalid_id_number_shows_reason_inline(qtbot: QtBot, ui_ctx: object) -> None:
    page = _page(qtbot, ui_ctx)
    page.select_service("birth_registration")
    qtbot.keyClicks(page.id_number, "110105194912310021")
    assert page.id_valid is None
    assert page.id_message.text()
    assert "c62828" in page.id_message.styleSheet()
    page.id_number.clear()
    qtbot.keyClicks(page.id_number, VALID_ID)
    assert page.id_valid == VALID_ID
    assert "1949-12-31" in page.id_message.text()


def test_notice_pdf_saved_and_found_in_history(qtbot: QtBot, ui_ctx: object, tmp_path: Path) -> None:
    page = _page(qtbot, ui_ctx)
    page.select_service("birth_registration")
    page.name.setText("张小明")
    qtbot.keyClicks(page.id_number, VALID_ID)
    qtbot.keyClicks(page.phone, "13800138000")
    out = page.save_pdf(tmp_path / "notice.pdf")
    assert out is not None
    assert out.read_bytes().startswith(b"%PDF")

    history = NoticeHistoryPage(ui_ctx)  # type: ignore[arg-type]
    qtbot.addWidget(history)
    history.query.setText("张小明")
    history.search()
    assert history.table.rowCount() == 1
    assert history.table.item(0, 2).text() == "出生登记"
    assert history.table.item(0, 3).text() == "张小明"
    assert VALID_ID not in history.table.item(0, 4).text()


def test_pdf_preview_renders_pages(qtbot: QtBot, ui_ctx: object, tmp_path: Path) -> None:
    from counter_app.ui.dialogs.pdf_preview import PdfPreviewDialog

    page = _page(qtbot, ui_ctx)
    page.select_service("birth_registration")
    page.name.setText("李四")
    notice = page.make_notice()
    assert notice is not None
    dialog = PdfPreviewDialog(notice[1])
    qtbot.addWidget(dialog)
    assert dialog.images
    image = dialog.images[0]
    assert image.pixelColor(2, 2).name() == "#ffffff"  # painted over white, not transparent
    dialog.save_to(tmp_path / "p.pdf")
    assert (tmp_path / "p.pdf").read_bytes() == notice[1]


def test_id_number_fills_derived_questions(qtbot: QtBot, ui_ctx: object) -> None:
    page = _page(qtbot, ui_ctx)
    page.select_service("id_card_first")
    qtbot.keyClicks(page.id_number, "110105201512310023")  # a child born 2015
    assert page.checklist is not None
    assert page.checklist.answers["age_band"] == "under16"
    assert page.questions.widgets["age_band"].currentData() == "under16"
    assert "身份证号" in page.questions.labels["age_band"].text() or "ID number" in page.questions.labels[
        "age_band"
    ].text()
    assert page.checklist.alerts and not page.alerts.isHidden()


def test_print_images_to_pdf_printer(qtbot: QtBot, ui_ctx: object, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from counter_app.ui.dialogs.pdf_preview import print_images, render_pages

    page = _page(qtbot, ui_ctx)
    page.select_service("birth_registration")
    page.name.setText("王五")
    page.page_size.setCurrentText("A5")
    notice = page.make_notice()
    assert notice is not None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    images = render_pages(notice[1], dpi=150)
    print_images(printer, images)
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


def test_preview_records_nothing_and_a_second_save_reprints(
    qtbot: QtBot, ui_ctx: object, tmp_path: Path, monkeypatch, sent, wait_ops
) -> None:
    from counter_app.ui.dialogs import pdf_preview
    from counter_app.ui.printing_service import choosing_printer

    shown: list[pdf_preview.PdfPreviewDialog] = []
    monkeypatch.setattr(pdf_preview.PdfPreviewDialog, "exec", lambda self: shown.append(self) or 0)
    page = _page(qtbot, ui_ctx)
    page.select_service("birth_registration")
    page.name.setText("张小明")
    with choosing_printer():
        page.print_notice()  # "Print…": previewed, closed without printing
    history = NoticeHistoryPage(ui_ctx)  # type: ignore[arg-type]
    qtbot.addWidget(history)
    history.query.setText("张小明")
    history.search()
    assert history.table.rowCount() == 0 and not sent

    shown[0].save_to(tmp_path / "first.pdf")  # saving from the preview gives the notice its number
    number = page.visit.notice_for("birth_registration", "张小明")
    assert number
    page.save_pdf(tmp_path / "again.pdf")
    page.print_notice()  # Ctrl+P: straight to the printer, the same notice again
    wait_ops()
    assert len(sent) == 1 and number in sent[0][2]
    with choosing_printer():
        page.print_notice()
    assert number in shown[1].windowTitle()
    history.search()
    assert history.table.rowCount() == 1
    page.new_visit()
    page.save_pdf(tmp_path / "next.pdf")
    history.search()
    assert history.table.rowCount() == 2


def test_accepting_against_a_redirect_alert_needs_a_confirmation(qtbot: QtBot, ui_ctx: object, monkeypatch) -> None:
    from counter_app.ui import feedback
    from counter_app.ui.dialogs import accept_dialog

    recorder = feedback.RecordingPresenter(answer=False)
    previous = feedback.set_presenter(recorder)
    opened: list[object] = []
    monkeypatch.setattr(accept_dialog.AcceptDialog, "exec", lambda self: opened.append(self) or 0)
    try:
        page = _page(qtbot, ui_ctx)
        page.select_service("id_card_first")
        page.name.setText("王芳")
        qtbot.keyClicks(page.id_number, "44010520000101001" + _check("44010520000101001"))  # another province
        assert page.checklist is not None and page.checklist.stops
        for material in page.checklist.applicable:
            page.materials.set_brought(material.id)
        assert page.can_accept()
        page.accept_application()
        assert recorder.questions and "异地受理" in recorder.questions[0] and not opened
        recorder.answer = True
        page.accept_application()
        assert len(recorder.questions) == 2 and opened
    finally:
        feedback.set_presenter(previous)


def _check(body: str) -> str:
    from stdnum.cn import ric

    return ric.calc_check_digit(body + "0")
