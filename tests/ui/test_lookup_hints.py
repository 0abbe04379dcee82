"""The lookup page says what is wrong with a mistyped number, and finds an old 15-digit number's card."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from counter_app.operations.cards.accept import accept_card


def test_the_count_line_carries_the_hint(qtbot: QtBot, ui_ctx) -> None:
    from counter_app.ui.pages.lookup_page import CardLookupPage

    accept_card(ui_ctx, service_id="id_card_first", name="赵六", id_number="11010519491231002X", phone=None,
                reason="first", fee="0", pickup_method="counter")
    page = CardLookupPage(ui_ctx)
    qtbot.addWidget(page)
    page.search.setText("110105194912310021")
    page.run_search()
    assert page.model.rowCount() == 0 and "校验码错误：最后一位应为 X，实为 1" in page.count_label.text()
    page.search.setText("１１０１０５ ４９１２３１ ００２")
    page.run_search()
    assert page.model.rowCount() == 1 and "校验码" not in page.count_label.text()
