"""The main window: its pages per role, the status bar, changes from other counters, appointment check-in."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from pytestqt.qtbot import QtBot

from counter_app.operations.appointments.booking import book, create_slot
from counter_app.operations.follow_ups.notebook import add_follow_up
from counter_app.ui.main_window import MainWindow


def test_clerk_and_supervisor_pages_and_status_bar(qtbot: QtBot, ui_ctx) -> None:
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    assert window.tabs.count() == 9 and window.audit_page is None
    assert not window.main_menu.users_action.isEnabled()
    texts = " ".join(w.text() for w in window.statusBar().findChildren(type(window.guide.title)))
    assert "t.db" in texts and window.office_status.text()
    ui_ctx.actor = replace(ui_ctx.actor, role="supervisor")
    boss = MainWindow(ui_ctx)
    qtbot.addWidget(boss)
    assert boss.tabs.count() == 10 and boss.audit_page is not None
    assert boss.main_menu.users_action.isEnabled() and boss.main_menu.office_hours_action.isEnabled()


def test_a_change_at_another_counter_shows_without_refresh(qtbot: QtBot, ui_ctx) -> None:
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.tabs.setCurrentWidget(window.follow_ups)
    assert window.follow_ups.table.rowCount() == 0
    other_counter = replace(ui_ctx, actor=replace(ui_ctx.actor, clerk="窗口2的同事", workstation="窗口2"))
    add_follow_up(other_counter, "call_back", "回电 王先生", dt.date(2026, 11, 24))
    window.poll_changes()  # what the 3-second timer does
    assert "1" in window.todo_badge.text()
    assert [r.title for r in window.follow_ups.rows] == ["回电 王先生"]


def test_checked_in_appointment_is_served_in_the_guide(qtbot: QtBot, ui_ctx) -> None:
    ui_ctx.clock = lambda: dt.datetime(2026, 11, 23, 17, 40)
    slot = create_slot(ui_ctx, dt.date(2026, 11, 23), dt.time(17, 30), dt.time(18, 0), 2)
    booking = book(ui_ctx, slot.id, "李娜", "13812345678", "cert_kinship")
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.tabs.setCurrentWidget(window.appointments)
    window.appointments.show_day(dt.date(2026, 11, 23))
    window.appointments.booking_table.setCurrentCell(0, 0)
    assert window.appointments.selected_booking_id() == booking.id
    window.appointments.check_in_selected()
    assert window.tabs.currentWidget() is window.guide
    guide = window.guide
    assert guide.service is not None and guide.service.id == "cert_kinship"
    assert guide.name.text() == "李娜" and guide.phone.text() == "13812345678"
    assert guide.channel.currentData() == "appointment" and guide.booking_id == booking.id


def test_every_page_keeps_the_contract_and_the_go_menu_lists_them(qtbot: QtBot, ui_ctx) -> None:
    from counter_app.ui.page import Page
    from counter_app.ui.page_list import PAGE_CLASSES

    ui_ctx.actor = replace(ui_ctx.actor, role="supervisor")
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    assert [type(p) for p in window.pages] == list(PAGE_CLASSES)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == [p.tab_title() for p in window.pages] and all(titles)
    assert [a.text() for a in window.main_menu.page_actions] == titles
    window.main_menu.page_actions[2].trigger()
    assert window.current_page() is window.arrivals
    printing = {type(p).__name__ for p in window.pages if p.can_print()}
    assert printing == {"ServiceGuidePage", "CardLookupPage", "ArrivalsPage", "AppointmentsPage", "ReportPage",
                        "NoticeHistoryPage"}
    assert all(isinstance(p, Page) and not p.tab_icon().isNull() for p in window.pages)


def test_lookup_page_follows_a_hand_out_at_another_counter(qtbot: QtBot, ui_ctx, monkeypatch, warnings) -> None:
    """The open card and the result list refresh on a change elsewhere, without a new audited search; a hand-out
    refused because the other counter was first refreshes the card it refused."""
    from counter_app.domain.card_lifecycle import CardState
    from counter_app.operations.cards.pickup import hand_out
    from counter_app.ui.dialogs.pickup_dialog import PickupDialog
    from tests.operations.contexts import arrived_card, audits

    first, second = arrived_card(ui_ctx, "张三丰", 1), arrived_card(ui_ctx, "张三", 2)

    def rows():
        model = window.lookup.model
        return [model.row_at(i) for i in range(model.rowCount())]

    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.show_lookup()
    window.lookup.search.setText("张三")
    window.lookup.run_search()
    window.lookup.select_row(next(i for i, r in enumerate(rows()) if r.acceptance_no == first))
    assert window.lookup.hand_out_button.isEnabled()
    searches = len(audits(ui_ctx, "card.lookup")) + len(audits(ui_ctx, "card.open"))

    other_counter = replace(ui_ctx, actor=replace(ui_ctx.actor, clerk="窗口2的同事", workstation="窗口2"))
    hand_out(other_counter, first, proxy=None, old_card_collected=True, temp_card_returned=False)
    window.poll_changes()
    assert window.lookup.detail is not None and window.lookup.detail.row.acceptance_no == first
    assert window.lookup.detail.row.state is CardState.COLLECTED
    assert not window.lookup.hand_out_button.isEnabled()
    states = {r.acceptance_no: r.state for r in rows()}
    assert states == {first: CardState.COLLECTED, second: CardState.ARRIVED}
    assert len(audits(ui_ctx, "card.lookup")) + len(audits(ui_ctx, "card.open")) == searches

    window.lookup.select_row(next(i for i, r in enumerate(rows()) if r.acceptance_no == second))
    hand_out(other_counter, second, proxy=None, old_card_collected=True, temp_card_returned=False)
    shown = warnings

    def clerk_confirms(dialog: PickupDialog) -> int:  # before this counter's poll noticed the other hand-out
        dialog.old_card.setChecked(True)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PickupDialog, "exec", clerk_confirms)
    window.lookup.open_pickup()
    assert shown and "不能重复发证" in shown[0]
    assert window.lookup.detail.row.state is CardState.COLLECTED and not window.lookup.hand_out_button.isEnabled()
