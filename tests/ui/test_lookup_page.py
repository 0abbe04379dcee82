"""The 领证查询 tab: scan or type, read out the state, hand the card out; F3 brings the search box."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counter_app.domain.card_lifecycle import CardState
from counter_app.operations.cards.accept import accept_card, move_card
from counter_app.operations.cards.lookup import card_detail
from tests.id_numbers import make_id

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT = "lookup.png"  # into the test's tmp folder: a test run leaves the work tree clean
QM = ROOT / "resources" / "translations" / "counter_app_zh_CN.qm"



def _accept(ctx, name: str, seq: int, phone: str):
    return accept_card(ctx, service_id="id_card_renewal", name=name, id_number=make_id(seq), phone=phone,
                       reason="renewal", fee="20", pickup_method="counter")


def _cases(ctx) -> tuple[str, str]:
    arrived = _accept(ctx, "张三丰", 1, "13812345678").acceptance_no
    waiting = _accept(ctx, "张无忌", 2, "13900001111").acceptance_no
    for state in (CardState.IN_PRODUCTION, CardState.DISPATCHED, CardState.ARRIVED):
        move_card(ctx, arrived, state)
    return arrived, waiting


def test_scan_selects_card_and_hand_out(qtbot: QtBot, ui_ctx) -> None:
    from counter_app.ui.dialogs.pickup_dialog import PickupDialog
    from counter_app.ui.pages.lookup_page import CardLookupPage

    arrived, waiting = _cases(ui_ctx)
    page = CardLookupPage(ui_ctx)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()

    qtbot.keyClicks(page.search, arrived)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.model.rowCount() == 1
    assert page.table.selectionModel().currentIndex().row() == 0
    assert page.detail is not None and page.detail.row.acceptance_no == arrived
    assert "可领取" in page.answer.text()
    # The limit is the receipt's promised date as a day count (20 working days from Monday 23 November 2026).
    assert page.day_text.text() == "第1天/限29天"
    assert (page.detail.promised_date - page.detail.accepted_at.date()).days + 1 == 29
    assert page.timeline.count() == 4
    assert page.hand_out_button.isEnabled()

    dialog = PickupDialog(ui_ctx, page.detail.row, page)
    qtbot.addWidget(dialog)
    dialog.old_card.setChecked(True)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert card_detail(ui_ctx, arrived).row.state is CardState.COLLECTED
    page.refresh()
    assert page.detail is not None and page.detail.row.state is CardState.COLLECTED
    assert not page.hand_out_button.isEnabled()

    page.search.setText(waiting)
    page.run_search()
    assert page.detail is not None and page.detail.row.acceptance_no == waiting
    assert not page.hand_out_button.isEnabled()


def test_typing_debounces_and_shows_several(
    qtbot: QtBot, ui_ctx, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    from counter_app.ui.pages.lookup_page import CardLookupPage

    arrived, _waiting = _cases(ui_ctx)
    app = QApplication.instance()
    translator = QTranslator()
    assert translator.load(str(QM))
    app.installTranslator(translator)  # the screenshot is in Chinese; removed again below
    request.addfinalizer(lambda: app.removeTranslator(translator))
    page = CardLookupPage(ui_ctx)
    assert page.search.placeholderText() == "姓名、拼音、身份证号后4-6位、受理号、手机尾号"
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    page.search.setText("张")  # Chinese goes in with setText, never keyClicks
    assert page.model.rowCount() == 0  # not yet: the search waits for typing to pause
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=2000)
    assert page.detail is None
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.detail is not None
    page.select_row([page.model.row_at(i).acceptance_no for i in range(2)].index(arrived))
    qtbot.wait(50)
    assert page.grab().save(str(tmp_path / SCREENSHOT))


def test_refused_hand_out_shows_message(qtbot: QtBot, ui_ctx, warnings: list[str]) -> None:
    from counter_app.ui.dialogs.pickup_dialog import PickupDialog
    from counter_app.ui.pages.lookup_page import CardLookupPage

    arrived, _waiting = _cases(ui_ctx)
    page = CardLookupPage(ui_ctx)
    qtbot.addWidget(page)
    page.search.setText(arrived)
    page.run_search()
    shown = warnings
    dialog = PickupDialog(ui_ctx, page.detail.row, page)
    qtbot.addWidget(dialog)
    dialog.accept()  # renewal without the old card collected
    assert shown and "旧证" in shown[0]
    assert dialog.result() != dialog.DialogCode.Accepted
    dialog.proxy_button.setChecked(True)
    dialog.proxy_name.setText("张翠山")
    dialog.proxy_id.setText("123")
    dialog.old_card.setChecked(True)
    dialog.accept()
    assert len(shown) == 2
    assert card_detail(ui_ctx, arrived).row.state is CardState.ARRIVED
    dialog.proxy_id.setText(make_id(3))
    dialog.relation.setCurrentText("父母")
    dialog.accept()
    assert card_detail(ui_ctx, arrived).collected_by["proxy"]["relation"] == "父母"


def test_f3_focuses_search(qtbot: QtBot, ui_ctx) -> None:
    from counter_app.ui.main_window import MainWindow

    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.lookup.search.setText("abc")
    assert window.tabs.currentWidget() is window.guide
    window.guide.search.setFocus()
    qtbot.keyClick(window.guide.search, Qt.Key.Key_F3)
    assert window.tabs.currentWidget() is window.lookup
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.lookup.search, timeout=2000)
    assert window.lookup.search.selectedText() == "abc"
