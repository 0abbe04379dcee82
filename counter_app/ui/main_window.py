"""The main window: every page of the counter's day in tabs, the office status and to-do count in the status bar.

Changes made at other counters show up here without pressing refresh: the connection monitor reads the change
marker off the GUI thread and the visible page refreshes when it moved. While the database server cannot be
reached a banner says so, the actions that need the server are disabled with that reason, and everything typed
stays; the service guide's checklist keeps working.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

from counter_app.ui.first_paint import after_first_paint
from counter_app.ui.page import Page
from counter_app.ui.page_tabs import P, PageOf

if TYPE_CHECKING:
    from counter_app.operations.context import AppContext
    from counter_app.ui.pages.appointments_page import AppointmentsPage
    from counter_app.ui.pages.arrivals_page import ArrivalsPage
    from counter_app.ui.pages.audit_page import AuditPage
    from counter_app.ui.pages.follow_ups_page import FollowUpsPage
    from counter_app.ui.pages.guide_page import ServiceGuidePage
    from counter_app.ui.pages.history_page import NoticeHistoryPage
    from counter_app.ui.pages.lookup_page import CardLookupPage
    from counter_app.ui.pages.report_page import ReportPage
    from counter_app.ui.pages.routine_page import RoutinePage
    from counter_app.ui.pages.same_day_page import SameDayPage

SMALL_SCREEN = (1440, 900)  # an available area below this opens maximised
SWEEP_MS = 10 * 60_000  # uncollected-card follow-ups: often enough, cheap (≈ 20 ms on 200k cards)


class MainWindow(QMainWindow):
    """The counter's window. It is shown before the database is open (``MainWindow()``: the frame, saying it is
    opening the database), and filled in by ``attach`` once the database is open and the clerk signed in; so the
    clerk sees the window at once and the window is where the sign-in and any question of the start appear.
    ``MainWindow(ctx)`` does both at once (tests, the self-test)."""

    # The pages asked for by name, for the wiring between them (a scan opens the lookup, a check-in the guide).
    guide: PageOf[ServiceGuidePage] = PageOf("guide_page", "ServiceGuidePage")
    lookup: PageOf[CardLookupPage] = PageOf("lookup_page", "CardLookupPage")
    arrivals: PageOf[ArrivalsPage] = PageOf("arrivals_page", "ArrivalsPage")
    same_day: PageOf[SameDayPage] = PageOf("same_day_page", "SameDayPage")
    appointments: PageOf[AppointmentsPage] = PageOf("appointments_page", "AppointmentsPage")
    follow_ups: PageOf[FollowUpsPage] = PageOf("follow_ups_page", "FollowUpsPage")
    routine: PageOf[RoutinePage] = PageOf("routine_page", "RoutinePage")
    history: PageOf[NoticeHistoryPage] = PageOf("history_page", "NoticeHistoryPage")
    report: PageOf[ReportPage] = PageOf("report_page", "ReportPage")
    ctx: AppContext

    def __init__(self, ctx: AppContext | None = None, parent: QWidget | None = None, idle_minutes: float = 0,
                 demo_password: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Counter Assistant"))
        self._offline = False
        self._disabled_offline: list[tuple[QAbstractButton | QAction, str]] = []
        self.starting = QLabel()
        self.starting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.show_starting(self.tr("Opening the database…"))
        self.setCentralWidget(self.starting)
        if ctx is not None:
            self.attach(ctx, idle_minutes=idle_minutes, demo_password=demo_password)

    def show_starting(self, step: str) -> None:
        """What the frame says the start is doing (opening the database, waiting for the sign-in)."""
        self.starting.setText(f"<p style='font-size: 20pt;'>{self.tr('Counter Assistant')}</p><p>{step}</p>")

    @property
    def attached(self) -> bool:
        return hasattr(self, "ctx")

    def attach(self, ctx: AppContext, idle_minutes: float = 0, demo_password: str | None = None) -> None:
        """Fill the window for a signed-in clerk: the pages their role may see, the menus, the status bar, the
        connection monitor, the keyboard watchers. ``idle_minutes`` 0 locks only on demand (Ctrl+L)."""
        from counter_app.ui.connection import ConnectionMonitor, OutageBanner
        from counter_app.ui.operation_runner import op_events
        from counter_app.ui.page_list import PAGE_CLASSES
        from counter_app.ui.page_tabs import PageTabs

        self.ctx = ctx
        # Every page the clerk's role may see, in tab order; the menu, keys and poller work from these classes.
        # A page is built when first shown or asked for, the rest after the first paint (see page_tabs).
        self.tabs = PageTabs(ctx, [cls for cls in PAGE_CLASSES if cls.visible_to(ctx.actor.role)])
        self.tabs.page_built.connect(self._wire)
        self.tabs.page_shown.connect(lambda page: page.on_shown())
        self.tabs.page(self.tabs.classes[0])  # the tab the window opens on
        after_first_paint(self, self._once_shown)
        self.monitor = ConnectionMonitor(ctx, self)
        self.banner = OutageBanner(self.monitor)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)  # the frame's "opening" line goes (Qt deletes it)
        self.lookup_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F3), self)
        self.lookup_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.lookup_shortcut.activated.connect(self.show_lookup)
        self._fill_status_bar()
        if demo_password:
            demo = QLabel(self.tr("Demo data: user {user}, password {password}").format(
                user=ctx.actor.clerk, password=demo_password))
            demo.setStyleSheet("color: #e65100;")
            self.statusBar().addWidget(demo)
        from counter_app.ui.main_menu import build_menu

        build_menu(self)
        from counter_app.ui.help_menu import add_help_menu
        from counter_app.ui.shortcuts import install_shortcuts

        install_shortcuts(self)
        add_help_menu(self)
        from counter_app.ui.idle_lock import IdleLock
        from counter_app.ui.scanner import ScannerWatcher

        # Both watch the input from the first paint on (_once_shown): no key reaches a window not yet shown.
        self.scanner = ScannerWatcher(self, window=self, active=self._scanner_active, watch=False)
        self.scanner.scanned.connect(self.open_scanned)

        self.idle_lock = IdleLock(self, ctx, minutes=idle_minutes, watch=False)
        self.monitor.changed.connect(self._changed)
        self.monitor.went_offline.connect(lambda: self._set_offline(True))
        self.monitor.came_back.connect(lambda: self._set_offline(False))
        self.monitor.came_back.connect(self.flush_offline_notices)
        self.monitor.start()
        op_events().changed.connect(self._changed_here)
        self.sweep_timer = QTimer(self)
        self.sweep_timer.timeout.connect(self.sweep)
        self.sweep_timer.start(SWEEP_MS)
        self.guide.search.setFocus(Qt.FocusReason.OtherFocusReason)  # the day starts by finding a service

    def _once_shown(self) -> None:
        """What waits until the clerk sees the window (called at its first paint; each runs from the event loop):
        the keyboard watchers, the notices printed offline before the last quit, the follow-up sweep, and the pages
        not built yet."""
        # Application-wide filters in Python are called for every event; the start sends thousands (polish,
        # layout, paint), none of them input. The scanner first: the filter installed last runs first, so the
        # idle lock sees every key first.
        self.scanner.watch()
        self.idle_lock.watch()
        QTimer.singleShot(0, self, self.flush_offline_notices)
        QTimer.singleShot(0, self, self.sweep)
        self.tabs.build_the_rest_soon()

    def _fill_status_bar(self) -> None:
        from counter_app.ui.office_status import OfficeStatusLabel

        bar = self.statusBar()
        bar.addWidget(QLabel(self.tr("Clerk: {clerk}").format(clerk=self.ctx.actor.clerk)))
        bar.addWidget(QLabel(self.tr("Database: {where}").format(where=self.ctx.db.describe())))
        self.office_status = OfficeStatusLabel(self.ctx)
        bar.addPermanentWidget(self.office_status)
        self.todo_badge = QPushButton()
        self.todo_badge.setFlat(True)
        self.todo_badge.setToolTip(self.tr("Open the to-do notebook"))
        self.todo_badge.clicked.connect(lambda: self.tabs.setCurrentWidget(self.follow_ups))
        bar.addPermanentWidget(self.todo_badge)
        self.update_counts()
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

    def restore_layout(self, geometry: str) -> None:
        """The window's size and place from the workstation settings; a sensible size when there are none.

        On a small screen (a counter PC's 1366×768 or 1280×720) the window opens maximised: a restored or default
        size would put the status bar or the guide's actions under the taskbar.
        """
        restored = bool(geometry) and self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        available = self.screen().availableGeometry()
        if not restored:
            self.resize(min(1280, available.width()), min(860, available.height()))
        small = available.width() < SMALL_SCREEN[0] or available.height() < SMALL_SCREEN[1]
        if small or not available.contains(self.frameGeometry()):
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        from counter_app.workstation import update_workstation

        if self.attached:
            self.monitor.stop()
            # Application-wide filters outlive a closed window until it is deleted: Python work for every event
            # of the program, on behalf of a window nobody sees.
            self.scanner.uninstall()
            self.idle_lock.unwatch()

        with contextlib.suppress(OSError):  # a read-only profile must not keep the window from closing
            update_workstation(window_geometry=bytes(self.saveGeometry().toBase64()).decode("ascii"))
        super().closeEvent(event)

    def update_counts(self) -> None:
        from counter_app.operations.follow_ups.notebook import open_count

        self._show_counts(*open_count(self.ctx))

    def _show_counts(self, open_items: int, overdue: int) -> None:
        from counter_app.ui.pages.follow_ups_page import follow_up_badge_text

        self.todo_badge.setText(follow_up_badge_text(open_items, overdue))
        self.todo_badge.setStyleSheet("color: #b71c1c; font-weight: bold;" if overdue else "")

    def show_lookup(self) -> None:
        """F3: the card lookup tab with the search box focused and selected, ready for the next scan."""
        self.tabs.setCurrentWidget(self.lookup)
        self.lookup.focus_search()

    def _scanner_active(self) -> bool:
        lock = getattr(self, "idle_lock", None)
        return lock is None or not lock.is_locked

    def open_scanned(self, number: str) -> None:
        """An acceptance number scanned anywhere: the lookup tab, searched for it."""
        self.show_lookup()
        self.lookup.search.setText(number)
        self.lookup.run_search()

    def serve_checked_in(self, booking: object) -> None:
        """An applicant with an appointment arrived: serve them in the guide, channel "appointment"."""
        self.guide.serve_booking(booking)
        self.tabs.setCurrentWidget(self.guide)

    def sweep(self) -> None:
        from counter_app.operations.admin.database_access import is_connection_lost
        from counter_app.operations.follow_ups.hooks import sweep_uncollected

        if not self.monitor.online:
            return
        try:
            swept = sweep_uncollected(self.ctx)
        except Exception as exc:
            if not is_connection_lost(exc):
                raise
            return  # gone since the monitor last looked: it will say so; the next sweep comes with the timer
        if swept:
            self.update_counts()

    def page(self, cls: type[P]) -> P:
        """The window's page of class ``cls``, built now if it was not (every clerk sees the pages asked for by
        name; ValueError for one the role may not see)."""
        return self.tabs.page(cls)

    @property
    def pages(self) -> list[Page]:
        """Every page the role may see, in tab order, built now if they were not; a loop that must not build
        pages (the poller, going offline) uses ``tabs.built_pages()``."""
        return self.tabs.all_pages()

    @property
    def audit_page(self) -> AuditPage | None:
        from counter_app.ui.pages.audit_page import AuditPage

        return self.page(AuditPage) if AuditPage in self.tabs.classes else None

    def show_page(self, cls: type[Page]) -> None:
        """Make the page of class ``cls`` the current tab (the Go menu)."""
        self.tabs.setCurrentWidget(self.page(cls))

    def _wire(self, page: Page) -> None:
        """Connect a page to the window the moment it is built (the first tab at start, the others later)."""
        from counter_app.ui.pages.appointments_page import AppointmentsPage
        from counter_app.ui.pages.arrivals_page import ArrivalsPage
        from counter_app.ui.pages.follow_ups_page import FollowUpsPage
        from counter_app.ui.pages.guide_page import ServiceGuidePage
        from counter_app.ui.pages.lookup_page import CardLookupPage
        from counter_app.ui.scanner import accept_scanner_input

        if isinstance(page, ServiceGuidePage):
            accept_scanner_input(page.id_number)
        elif isinstance(page, CardLookupPage):
            accept_scanner_input(page.search)
        elif isinstance(page, ArrivalsPage):
            accept_scanner_input(page.scan)
        elif isinstance(page, AppointmentsPage):
            page.checked_in.connect(self.serve_checked_in)
        elif isinstance(page, FollowUpsPage):
            page.counts_changed.connect(self._show_counts)
        if self._offline:  # built during an outage: its server buttons wait like the others
            self._disable_offline(_needs_server(page))

    def current_page(self) -> Page | None:
        page = self.tabs.currentWidget()
        return page if isinstance(page, Page) else None

    def poll_changes(self) -> None:
        """What the monitor does off the GUI thread, done here at once: refresh if the change marker moved."""
        from counter_app.operations.changes import change_marker

        marker = change_marker(self.ctx)
        if marker == self.monitor.marker:
            return
        self.monitor.marker = marker
        self._changed()

    def _changed(self) -> None:
        """Refresh what is on screen when another counter (or this one) changed data."""
        self.office_status.reload()
        self.update_counts()
        self.refresh_current()

    def _changed_here(self, initiator: QWidget | None) -> None:
        """An operation run here changed data: show it now rather than at the next poll. The page that ran it
        refreshes itself in its ``on_done``; it is not refreshed twice. Operations of another window are not ours."""
        from counter_app.operations.changes import change_marker

        owners = _owners(initiator)
        if initiator is not None and self not in owners:
            return
        self.monitor.marker = change_marker(self.ctx)
        self.office_status.reload()
        self.update_counts()
        current = self.current_page()
        if current is not None and current not in owners:
            current.on_data_changed()

    def flush_offline_notices(self) -> None:
        """Record the notices printed during an outage, in order and at their own time, now the server answers."""
        from counter_app.operations.admin.database_access import is_connection_lost
        from counter_app.operations.guide.offline_notices import flush_offline_notices

        try:
            stored = flush_offline_notices(self.ctx)
        except Exception as exc:
            if not is_connection_lost(exc):
                raise
            return  # away again: the rest stays queued for the next recovery
        if stored:
            self.statusBar().showMessage(
                self.tr("{count} notice(s) printed during the outage recorded: {numbers}").format(
                    count=len(stored), numbers="、".join(stored)), 15_000)
            self._changed()

    def _offline_buttons(self) -> list[QAbstractButton | QAction]:
        """The buttons and menu entries that need the server, of the pages built so far (a page built during the
        outage disables its own when it is built). The lock, the help and the tabs stay."""
        buttons: list[QAbstractButton | QAction] = []
        for page in self.tabs.built_pages():
            buttons.extend(_needs_server(page))
        menu = self.main_menu
        buttons += [menu.settings_action, menu.office_hours_action, menu.users_action, menu.retention_action,
                    menu.purge_action]
        return buttons

    def _disable_offline(self, buttons: list[QAbstractButton | QAction]) -> None:
        reason = self.tr("Not available: the database server cannot be reached")
        for button in buttons:
            if button.isEnabled():
                self._disabled_offline.append((button, button.toolTip()))
                button.setEnabled(False)
                button.setToolTip(reason)

    def _set_offline(self, offline: bool) -> None:
        self._offline = offline
        if offline:
            self._disabled_offline = []
            self._disable_offline(self._offline_buttons())
            return
        for button, tip in self._disabled_offline:
            button.setEnabled(True)
            button.setToolTip(tip)
        self._disabled_offline = []

    def refresh_current(self) -> None:
        page = self.current_page()
        if page is not None:
            page.on_data_changed()


def _needs_server(page: Page) -> list[QAbstractButton | QAction]:
    """A page's buttons that need the server. The guide's checklist and its notice work from the forms alone, so
    only its Accept goes."""
    from counter_app.ui.pages.guide_page import ServiceGuidePage

    if isinstance(page, ServiceGuidePage):
        return [page.accept_button]
    return list(page.findChildren(QAbstractButton))


def _owners(widget: QWidget | None) -> list[QWidget]:
    """``widget`` and its parents up to the top, across dialog boundaries (a dialog's parent is its page)."""
    chain: list[QWidget] = []
    while widget is not None:
        chain.append(widget)
        widget = widget.parentWidget()
    return chain
