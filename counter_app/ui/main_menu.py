"""The main window's menus: locking the screen, one's password, and the supervisor's station tools."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from counter_app.domain.permissions import Permission, has_permission
from counter_app.ui import admin_actions

if TYPE_CHECKING:
    from counter_app.ui.main_window import MainWindow
    from counter_app.ui.page import Page


class MainMenu(QObject):
    """Builds the menu bar; supervisor-only entries appear only for a role that holds their permission (the
    operations refuse them anyway, whatever the menu shows)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        ctx = window.ctx
        role = ctx.actor.role
        bar = window.menuBar()

        counter = bar.addMenu(self.tr("&Counter"))
        self.lock_action = self._add(counter, self.tr("Lock screen"), self.lock, "Ctrl+L")
        self.settings_action = self._add(counter, self.tr("Settings…"), self.open_settings, "Ctrl+,")
        self._add(counter, self.tr("Change my password…"), self.change_password)
        self._add(counter, self.tr("Back up now"), lambda: admin_actions.backup_now(ctx, window))
        counter.addSeparator()
        self._add(counter, self.tr("Quit"), window.close, "Ctrl+Q")

        station = bar.addMenu(self.tr("&Station"))
        self.office_hours_action = self._add(station, self.tr("Office hours…"), self.edit_office_hours)
        self.office_hours_action.setEnabled(has_permission(role, Permission.EDIT_OFFICE_HOURS))
        self.users_action = self._add(station, self.tr("Users…"), self.manage_users)
        self.users_action.setEnabled(has_permission(role, Permission.MANAGE_USERS))
        self.retention_action = self._add(station, self.tr("Retention of personal data…"),
                                          lambda: admin_actions.edit_retention(ctx, window))
        self.purge_action = self._add(station, self.tr("Purge expired personal data now…"),
                                      lambda: admin_actions.purge_now(ctx, window))
        for action in (self.retention_action, self.purge_action):
            action.setEnabled(has_permission(role, Permission.PURGE_PERSONAL_DATA))

        # One entry per page the window has (the pages a role may not see are not there to list); a page not
        # built yet is built when its entry is chosen.
        go = bar.addMenu(self.tr("&Go"))
        self.page_actions = [self._add(go, cls.tab_title(), self._show(cls)) for cls in window.tabs.classes]
        for action, cls in zip(self.page_actions, window.tabs.classes, strict=True):
            action.setIcon(cls.tab_icon())

    def _add(self, menu, text: str, slot, shortcut: str | None = None) -> QAction:  # noqa: ANN001 - Qt types
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _show(self, cls: type[Page]):  # noqa: ANN202 - a slot
        return lambda: self.window.show_page(cls)

    def lock(self) -> None:
        lock = getattr(self.window, "idle_lock", None)
        if lock is not None:
            lock.lock_now()

    def open_settings(self) -> None:
        from counter_app.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.window.ctx, self.window)
        dialog.workstation_saved.connect(self._workstation_saved)
        dialog.rerun_wizard_requested.connect(self.rerun_wizard)
        dialog.exec()

    def _workstation_saved(self, settings: object) -> None:
        lock = getattr(self.window, "idle_lock", None)
        if lock is not None:
            lock.set_minutes(settings.idle_lock_minutes)
        self.window.restore_layout(settings.window_geometry)
        from counter_app.ui.counter_devices import attach_devices

        attach_devices(self.window, settings)  # a reader or screen chosen now works now

    def rerun_wizard(self) -> None:
        from counter_app.ui.wizard.first_run_wizard import FirstRunWizard

        FirstRunWizard(self.window.ctx, self.window).exec()

    def change_password(self) -> None:
        from counter_app.ui.dialogs.users_dialog import PasswordDialog

        PasswordDialog(self.window.ctx, self.window.ctx.actor.clerk, self.window).exec()

    def edit_office_hours(self) -> None:
        from counter_app.ui.dialogs.office_hours_dialog import OfficeHoursDialog

        if OfficeHoursDialog(self.window.ctx, self.window).exec():
            self.window.office_status.reload()

    def manage_users(self) -> None:
        from counter_app.ui.dialogs.users_dialog import UsersDialog

        UsersDialog(self.window.ctx, self.window).exec()


def build_menu(window: MainWindow) -> MainMenu:
    window.main_menu = MainMenu(window)
    return window.main_menu
