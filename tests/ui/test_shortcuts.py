"""Window-wide keys: Esc goes back, Ctrl+P prints what the tab prints, F1 opens the quick guide once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counter_app.ui.dialogs.quick_guide import TOPICS, QuickGuideDialog
from counter_app.ui.help_menu import add_help_menu
from counter_app.ui.main_window import MainWindow
from counter_app.ui.shortcuts import install_shortcuts


@pytest.fixture
def window(qtbot: QtBot, ui_ctx) -> Iterator[MainWindow]:
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    install_shortcuts(window)
    add_help_menu(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window
    dialog = getattr(window, "quick_guide_dialog", None)
    if dialog is not None:
        dialog.close()


def test_installing_twice_keeps_one_set_of_keys(window: MainWindow) -> None:
    assert install_shortcuts(window) is window.shortcuts
    assert add_help_menu(window) is window.help_menu
    f1 = [a for a in window.actions() if a.shortcut().toString() == "F1"]
    assert len(f1) == 1


def test_escape_returns_to_the_guide(qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.follow_ups)
    window.follow_ups.table.setFocus()
    qtbot.keyClick(window.follow_ups.table, Qt.Key.Key_Escape)
    assert window.tabs.currentWidget() is window.guide


def test_escape_in_the_lookup_clears_the_search(qtbot: QtBot, window: MainWindow) -> None:
    window.show_lookup()
    qtbot.keyClicks(window.lookup.search, "zhang")
    qtbot.keyClick(window.lookup.search, Qt.Key.Key_Escape)
    assert window.tabs.currentWidget() is window.lookup
    assert window.lookup.search.text() == ""
    assert window.lookup.search.hasFocus()


@pytest.mark.parametrize(
    ("tab", "method"),
    [
        ("guide", "print_notice"),
        ("arrivals", "print_shelf_list"),
        ("appointments", "print_tomorrow"),
        ("report", "print_report"),
    ],
)
def test_ctrl_p_calls_the_pages_print(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tab: str, method: str
) -> None:
    page = getattr(window, tab)
    calls: list[str] = []
    monkeypatch.setattr(page, method, lambda: calls.append(method))
    window.tabs.setCurrentWidget(page)
    qtbot.keyClick(window.tabs, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert calls == [method]


def test_ctrl_p_prefers_print_current_and_says_when_nothing_prints(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(window.guide, "print_current", lambda: calls.append("current"), raising=False)
    monkeypatch.setattr(window.guide, "print_notice", lambda: calls.append("notice"))
    qtbot.keyClick(window.tabs, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert calls == ["current"]

    window.tabs.setCurrentWidget(window.follow_ups)
    qtbot.keyClick(window.tabs, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Nothing to print on this tab"


def test_f1_opens_one_quick_guide(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.tabs, Qt.Key.Key_F1)
    dialog = window.quick_guide_dialog
    assert isinstance(dialog, QuickGuideDialog) and dialog.isVisible()
    assert dialog.current_topic() == "day"
    assert "Open / close" in dialog.browser.toPlainText()
    window.help_menu.shortcuts_action.trigger()
    assert window.quick_guide_dialog is dialog
    assert dialog.current_topic() == "shortcuts"
    assert "Ctrl+P" in dialog.browser.toPlainText()


def test_every_topic_has_a_heading_and_text(qtbot: QtBot) -> None:
    dialog = QuickGuideDialog()
    qtbot.addWidget(dialog)
    for row, key in enumerate(TOPICS):
        dialog.topics.setCurrentRow(row)
        assert dialog.current_topic() == key
        text = dialog.browser.toPlainText()
        assert dialog.topics.item(row).text() in text and len(text) > 100
