"""The main window: the service guide, card pickup and the notice history, with who and where in the status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from counter_app.operations.context import AppContext
from counter_app.ui.arrivals_page import ArrivalsPage
from counter_app.ui.guide_page import ServiceGuidePage
from counter_app.ui.history_page import NoticeHistoryPage
from counter_app.ui.lookup_page import CardLookupPage


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Counter Assistant"))
        self.tabs = QTabWidget()
        self.guide = ServiceGuidePage(ctx)
        self.history = NoticeHistoryPage(ctx)
        self.lookup = CardLookupPage(ctx)
        self.arrivals = ArrivalsPage(ctx)
        self.tabs.addTab(self.guide, self.tr("Service guide"))
        self.tabs.addTab(self.lookup, self.tr("Card pickup"))
        self.tabs.addTab(self.arrivals, self.tr("Arrivals and notices"))
        self.tabs.addTab(self.history, self.tr("Notice history"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)
        self.lookup_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F3), self)
        self.lookup_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.lookup_shortcut.activated.connect(self.show_lookup)
        self._fill_status_bar()

    def _fill_status_bar(self) -> None:
        bar = self.statusBar()
        bar.addWidget(QLabel(self.tr("Clerk: {clerk}").format(clerk=self.ctx.actor.clerk)))
        bar.addWidget(QLabel(self.tr("Database: {where}").format(where=self.ctx.db.describe())))
        problems = list(self.ctx.catalog.problems)
        if problems:
            files = sorted({p.file for p in problems})
            warning = QLabel(
                self.tr("Catalog problems: {count} (files left out: {files})").format(
                    count=len(problems), files="、".join(files)
                )
            )
            warning.setStyleSheet("color: #b00020; font-weight: bold;")
            warning.setToolTip("\n".join(str(p) for p in problems))
            bar.addPermanentWidget(warning)

    def show_lookup(self) -> None:
        """F3: the card lookup tab with the search box focused and selected, ready for the next scan."""
        self.tabs.setCurrentWidget(self.lookup)
        self.lookup.focus_search()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.history:
            self.history.search()
        elif self.tabs.widget(index) is self.arrivals:
            self.arrivals.refresh_notices()
        elif self.tabs.widget(index) is self.lookup:
            self.lookup.focus_search()
