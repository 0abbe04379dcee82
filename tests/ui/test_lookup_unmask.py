"""Full numbers on the card detail: a supervisor's button, hidden from clerks, audited."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from counter_app.operations.cards.accept import accept_card
from counter_app.store.models import AuditEntry
from tests.id_numbers import make_id


def _page(qtbot: QtBot, ctx):
    from counter_app.ui.pages.lookup_page import CardLookupPage

    page = CardLookupPage(ctx)
    qtbot.addWidget(page)
    return page


def test_supervisor_sees_full_numbers_clerk_has_no_button(qtbot: QtBot, ui_ctx) -> None:
    number = accept_card(ui_ctx, service_id="id_card_renewal", name="张三丰", id_number=make_id(1),
                         phone="13812345678", reason="renewal", fee="20", pickup_method="counter").acceptance_no
    clerk_page = _page(qtbot, ui_ctx)
    assert clerk_page.unmask_button.isHidden()

    ui_ctx.actor = replace(ui_ctx.actor, role="supervisor")
    page = _page(qtbot, ui_ctx)
    page.search.setText(number)
    page.run_search()
    assert page.detail is not None and make_id(1) not in page.facts.text()
    assert "138****5678" in page.facts.text()
    page.unmask_button.click()
    assert make_id(1) in page.facts.text() and "13812345678" in page.facts.text()
    assert "138****5678" not in page.facts.text() and not page.unmask_button.isEnabled()
    with ui_ctx.db.read() as session:
        assert session.scalars(select(AuditEntry.target).where(AuditEntry.action == "card.unmask")).all() == [number]


def test_ctrl_p_on_the_lookup_reprints_the_open_cards_receipt(qtbot: QtBot, ui_ctx, sent, wait_ops) -> None:
    number = accept_card(ui_ctx, service_id="id_card_renewal", name="张三丰", id_number=make_id(1),
                         phone="13812345678", reason="renewal", fee="20", pickup_method="counter").acceptance_no
    page = _page(qtbot, ui_ctx)
    page.print_current()  # nothing open: nothing printed
    page.search.setText(number)
    page.run_search()
    page.print_current()
    wait_ops()
    assert len(sent) == 1 and sent[0][0].startswith(b"%PDF") and number in sent[0][2]
