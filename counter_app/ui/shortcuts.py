"""Window-wide keys for a clerk working fast: Ctrl+P prints, Ctrl+N serves the next applicant, Esc goes back, F1
opens the quick guide.

Ctrl+P prints straight to this workstation's printer for the document; Ctrl+Shift+P ("Print…") shows the preview
and the print dialog for a one-off choice.

F3 (find a card) and Ctrl+L (lock) already belong to the main window and its menu. Enter is left to the
widgets: it accepts dialogs, runs searches and marks board rows done where each page says so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from counter_app.ui.dialogs.quick_guide import quick_guide_action
from counter_app.ui.printing_service import choosing_printer

if TYPE_CHECKING:
    from counter_app.ui.main_window import MainWindow


class WindowShortcuts(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.print_action = self._add(self.tr("Print"), QKeySequence.StandardKey.Print, self.print_current)
        self.print_choose_action = self._add(self.tr("Print…"), QKeySequence("Ctrl+Shift+P"), self.print_choosing)
        self.back_action = self._add(self.tr("Back"), QKeySequence(Qt.Key.Key_Escape), self.back)
        # Ctrl+PgDown / Ctrl+PgUp: the next or previous tab from wherever the cursor is (a field may keep the keys
        # from the tab widget itself).
        self.next_tab_action = self._add(self.tr("Next tab"), QKeySequence("Ctrl+PgDown"), lambda: self.step_tab(1))
        self.previous_tab_action = self._add(self.tr("Previous tab"), QKeySequence("Ctrl+PgUp"),
                                             lambda: self.step_tab(-1))
        self.next_action = self._add(self.tr("Next applicant"), QKeySequence("Ctrl+N"), self.next_applicant)
        self.guide_action = quick_guide_action(window)

    def _add(self, text: str, keys: QKeySequence | QKeySequence.StandardKey, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(keys if isinstance(keys, QKeySequence) else QKeySequence(keys))
        # Only while the main window is active: in a dialog Esc closes the dialog and Ctrl+P does nothing.
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def print_current(self) -> None:
        page = self.window.current_page()
        if page is None or not page.can_print():
            self.window.statusBar().showMessage(self.tr("Nothing to print on this tab"), 3000)
            return
        page.print_current()

    def step_tab(self, step: int) -> None:
        tabs = self.window.tabs
        tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())

    def next_applicant(self) -> None:
        """Ctrl+N anywhere: the service guide, emptied of the person just served, the cursor in its search."""
        self.window.tabs.setCurrentWidget(self.window.guide)
        self.window.guide.next_applicant()

    def print_choosing(self) -> None:
        with choosing_printer():
            self.print_current()

    def back(self) -> None:
        """Esc: what the page does with it (the lookup clears its search), else back to the service guide."""
        page = self.window.current_page()
        if page is None or not page.go_back():
            self.window.tabs.setCurrentWidget(self.window.guide)


def install_shortcuts(window: MainWindow) -> WindowShortcuts:
    """Once per window: a second set of the same keys would make every one of them ambiguous (none fires)."""
    existing = getattr(window, "shortcuts", None)
    if isinstance(existing, WindowShortcuts):
        return existing
    window.shortcuts = WindowShortcuts(window)  # type: ignore[attr-defined] - kept alive with the window
    return window.shortcuts
