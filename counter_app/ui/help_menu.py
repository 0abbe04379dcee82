"""The Help menu (帮助): quick guide (F1), keyboard shortcuts, About, and the data folder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from counter_app.ui.dialogs.about_dialog import open_data_folder, show_about
from counter_app.ui.dialogs.quick_guide import quick_guide_action, show_quick_guide

if TYPE_CHECKING:
    from counter_app.ui.main_window import MainWindow


class HelpMenu(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        menu = window.menuBar().addMenu(self.tr("&Help"))
        self.menu = menu
        self.guide_action = quick_guide_action(window)  # the same F1 action as the shortcuts: one owner of F1
        menu.addAction(self.guide_action)
        self.shortcuts_action = self._add(self.tr("Keyboard shortcuts"), lambda: show_quick_guide(window, "shortcuts"))
        menu.addSeparator()
        self.data_folder_action = self._add(self.tr("Open data folder"), open_data_folder)
        self.about_action = self._add(self.tr("About Counter Assistant…"), lambda: show_about(window.ctx, window))

    def _add(self, text: str, slot) -> QAction:  # noqa: ANN001 - any callable
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action


def add_help_menu(window: MainWindow) -> HelpMenu:
    existing = getattr(window, "help_menu", None)
    if isinstance(existing, HelpMenu):
        return existing  # once per window, like the shortcuts
    window.help_menu = HelpMenu(window)  # type: ignore[attr-defined] - kept alive with the window
    return window.help_menu
