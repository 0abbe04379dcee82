"""Pages built when first needed: only the first tab before the window shows, another when it is first shown or
asked for, the rest after the first paint; the menu, the keys, the poller and the outage handling keep working."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

from counter_app.operations.follow_ups.notebook import add_follow_up
from counter_app.ui.main_window import MainWindow
from counter_app.ui.page_list import PAGE_CLASSES
from counter_app.ui.pages.appointments_page import AppointmentsPage
from counter_app.ui.pages.arrivals_page import ArrivalsPage
from counter_app.ui.pages.follow_ups_page import FollowUpsPage
from counter_app.ui.pages.guide_page import ServiceGuidePage
from counter_app.ui.pages.lookup_page import CardLookupPage
from counter_app.ui.scanner import ACCEPTS_SCANNER

OFFLINE = "Not available: the database server cannot be reached"


def _supervisor_window(qtbot: QtBot, ui_ctx) -> MainWindow:
    ui_ctx.actor = replace(ui_ctx.actor, role="supervisor")
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    return window


def _built(window: MainWindow) -> list[type]:
    return [type(p) for p in window.tabs.built_pages()]


def test_only_the_first_tab_is_built_and_every_tab_and_go_entry_is_named(qtbot: QtBot, ui_ctx) -> None:
    window = _supervisor_window(qtbot, ui_ctx)
    assert _built(window) == [ServiceGuidePage]
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == [cls.tab_title() for cls in PAGE_CLASSES] and all(titles)
    assert [a.text() for a in window.main_menu.page_actions] == titles
    assert all(not a.icon().isNull() for a in window.main_menu.page_actions)
    assert window.current_page() is window.guide
    assert _built(window) == [ServiceGuidePage]  # naming the tabs and the menu built nothing


def test_a_tab_shown_for_the_first_time_is_built_shown_and_works(qtbot: QtBot, ui_ctx) -> None:
    add_follow_up(ui_ctx, "call_back", "回电 王先生", dt.date(2026, 11, 24))
    window = _supervisor_window(qtbot, ui_ctx)
    index = PAGE_CLASSES.index(FollowUpsPage)
    window.tabs.setCurrentIndex(index)  # a click on the tab
    page = window.current_page()
    assert isinstance(page, FollowUpsPage) and window.tabs.widget(index) is page
    assert window.tabs.currentIndex() == index and window.tabs.tabText(index) == FollowUpsPage.tab_title()
    assert [r.title for r in page.rows] == ["回电 王先生"]  # its on_shown ran: the notebook was read
    assert window.page(FollowUpsPage) is page  # one page per class
    page.show_done.setChecked(True)  # and it works: a toggle refreshes it
    assert [r.title for r in page.rows] == ["回电 王先生"]
    assert _built(window) == [ServiceGuidePage, FollowUpsPage]


def test_the_go_menu_and_ctrl_p_on_a_page_not_built_yet(qtbot: QtBot, ui_ctx, sent, wait_ops) -> None:
    window = _supervisor_window(qtbot, ui_ctx)
    from counter_app.ui.shortcuts import install_shortcuts

    shortcuts = install_shortcuts(window)
    assert AppointmentsPage not in _built(window)
    window.main_menu.page_actions[PAGE_CLASSES.index(AppointmentsPage)].trigger()
    assert isinstance(window.current_page(), AppointmentsPage)
    shortcuts.print_action.trigger()  # Ctrl+P: tomorrow's appointment list goes to the printer
    wait_ops()
    assert len(sent) == 1 and sent[0][0].startswith(b"%PDF") and "Appointments" in sent[0][2]


def test_the_poller_refreshes_the_current_page_and_builds_no_other(qtbot: QtBot, ui_ctx) -> None:
    window = _supervisor_window(qtbot, ui_ctx)
    other_counter = replace(ui_ctx, actor=replace(ui_ctx.actor, clerk="窗口2的同事", workstation="窗口2"))
    add_follow_up(other_counter, "call_back", "回电 王先生", dt.date(2026, 11, 24))
    window.poll_changes()
    assert "1" in window.todo_badge.text()  # the badge is the window's, not the to-do page's
    assert _built(window) == [ServiceGuidePage]
    window.refresh_current()
    assert _built(window) == [ServiceGuidePage]


def test_the_wiring_of_a_page_is_made_when_it_is_built(qtbot: QtBot, ui_ctx) -> None:
    window = _supervisor_window(qtbot, ui_ctx)
    assert window.guide.id_number.property(ACCEPTS_SCANNER)
    lookup = window.page(CardLookupPage)  # asked for by the code: built, still not shown
    assert window.current_page() is window.guide and lookup.search.property(ACCEPTS_SCANNER)
    assert window.arrivals.scan.property(ACCEPTS_SCANNER)
    window.follow_ups.counts_changed.emit(4, 2)  # the to-do page's counts reach the window's badge
    assert "4" in window.todo_badge.text()


def test_a_page_built_during_an_outage_waits_with_the_others(qtbot: QtBot, ui_ctx) -> None:
    window = _supervisor_window(qtbot, ui_ctx)
    window._set_offline(True)  # what the connection monitor's went_offline does
    assert _built(window) == [ServiceGuidePage]  # going offline built nothing
    arrivals = window.page(ArrivalsPage)  # built now, during the outage
    waiting = [b for b in arrivals.findChildren(QAbstractButton) if b.toolTip() == OFFLINE]
    assert waiting and all(not b.isEnabled() for b in waiting)
    window._set_offline(False)
    assert all(b.isEnabled() and b.toolTip() != OFFLINE for b in waiting)


def test_after_the_first_paint_the_rest_are_built_one_at_a_time(qtbot: QtBot, ui_ctx) -> None:
    window = _supervisor_window(qtbot, ui_ctx)
    assert _built(window) == [ServiceGuidePage]
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: _built(window) == list(PAGE_CLASSES), timeout=10_000)
    assert window.current_page() is window.guide  # building them did not change the tab
    assert [type(window.tabs.widget(i)) for i in range(window.tabs.count())] == list(PAGE_CLASSES)


def test_the_keyboard_watchers_start_at_the_first_paint(qtbot: QtBot, ui_ctx) -> None:
    """The scanner and the idle lock filter every event of the program; they start when the window is shown."""
    window = _supervisor_window(qtbot, ui_ctx)
    ticks = iter(range(10_000))
    window.scanner.clock = lambda: next(ticks) * 0.005  # a reader's pace, whatever the machine's
    number = "2026112300012"

    def scan() -> None:
        for char in number:
            qtbot.keyClick(window.guide.name, getattr(Qt.Key, f"Key_{char}"))
        qtbot.keyClick(window.guide.name, Qt.Key.Key_Return)

    scan()  # not shown yet: the keys are the field's
    assert window.guide.name.text() == number and window.current_page() is window.guide
    window.guide.name.clear()
    window.show()
    # The pages left for after the first paint are built first: building one may take the activation away.
    qtbot.waitUntil(lambda: _built(window) == list(window.tabs.classes), timeout=10_000)
    window.activateWindow()
    qtbot.waitActive(window)  # focus goes to a widget of the active window only
    window.guide.name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.guide.name)
    scan()
    assert window.current_page() is window.lookup and window.lookup.search.text() == number
    assert window.guide.name.text() == ""
