"""用户管理: the supervisor lists accounts, adds one, resets a password, disables or enables an account.

Every button calls the operation, which checks the permission; a clerk who gets here sees the refusal's
message, never a change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.permissions import Role
from counter_app.operations.admin.accounts import (
    UserSummary,
    create_user,
    disable_user,
    enable_user,
    list_users,
    set_password,
)
from counter_app.operations.context import AppContext
from counter_app.ui.dialogs.login_dialog import NewAccountForm, error_label, ok_cancel, password_field
from counter_app.ui.operation_runner import refusal_text, run_op
from counter_app.ui.widgets.screen_fit import fit_to_screen
from counter_app.ui.widgets.tables import make_read_only

T = TypeVar("T")

USERNAME_COLUMN = 0


class AddUserDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: UserSummary | None = None
        self.setWindowTitle(self.tr("Add a user"))
        self.form = NewAccountForm(with_role=True)
        self.error = error_label()
        self.buttons = ok_cancel(self)
        self.buttons.accepted.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def submit(self) -> None:
        if not self.form.passwords_match(self.error):
            return
        assert self.form.role is not None
        form = self.form
        fields = (form.username.text(), form.display_name.text(), form.role.currentData(), form.password.text())
        # Hashing the password (argon2) takes a noticeable moment: off the GUI thread.
        run_password_op(self, lambda: create_user(self.ctx, *fields), self._created)

    def _created(self, user: UserSummary) -> None:
        self.created = user
        self.accept()


def run_password_op(dialog: AddUserDialog | PasswordDialog, op: Callable[[], T],
                    on_done: Callable[[T], object]) -> None:
    """A password operation from ``dialog``: in the background, OK disabled meanwhile, a refusal in its error line."""

    def refused(exc: BaseException) -> None:
        dialog.error.setText(refusal_text(exc))

    dialog.buttons.setEnabled(False)
    dialog.error.clear()
    run_op(dialog, op, on_done, background=True, inline=True, on_refused=refused,
           on_finished=lambda _: dialog.buttons.setEnabled(True))


class PasswordDialog(QDialog):
    """A new password typed twice; one's own change also asks for the current password (the operation's rule)."""

    def __init__(self, ctx: AppContext, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.username = username
        self.own = username == ctx.actor.clerk
        self.setWindowTitle(self.tr("New password for {user}").format(user=username))
        self.old_password = password_field() if self.own else None
        self.password = password_field()
        self.password_again = password_field()
        self.error = error_label()
        self.buttons = ok_cancel(self)
        self.buttons.accepted.connect(self.submit)
        form = QFormLayout()
        if self.old_password is not None:
            form.addRow(self.tr("Current password"), self.old_password)
        form.addRow(self.tr("New password"), self.password)
        form.addRow(self.tr("New password again"), self.password_again)
        layout = QVBoxLayout(self)
        if not self.own:
            note = QLabel(self.tr("Resetting the password also lifts a lockout."))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(400)

    def submit(self) -> None:
        if self.password.text() != self.password_again.text():
            self.error.setText(self.tr("The two passwords differ; type the same password twice."))
            self.password.clear()
            self.password_again.clear()
            return
        old = self.old_password.text() if self.old_password is not None else None
        password = self.password.text()
        run_password_op(self, lambda: set_password(self.ctx, self.username, password, old_password=old),
                        lambda _: self.accept())


class UsersDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.users: list[UserSummary] = []
        self.setWindowTitle(self.tr("User management"))
        headers = [
            self.tr("User name"),
            self.tr("Display name"),
            self.tr("Role"),
            self.tr("Disabled"),
            self.tr("Locked until"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        make_read_only(self.table, stretch=1, selection=QAbstractItemView.SelectionMode.SingleSelection)
        self.add_button = QPushButton(self.tr("Add…"))
        self.password_button = QPushButton(self.tr("Reset password…"))
        self.disable_button = QPushButton(self.tr("Disable"))
        self.enable_button = QPushButton(self.tr("Enable"))
        close_button = QPushButton(self.tr("Close"))
        self.add_button.clicked.connect(self.add_user)
        self.password_button.clicked.connect(self.reset_password)
        self.disable_button.clicked.connect(lambda: self._change(disable_user))
        self.enable_button.clicked.connect(lambda: self._change(enable_user))
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.password_button, self.disable_button, self.enable_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        fit_to_screen(self, 760, 420)
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected_username()
        self.users = list_users(self.ctx)
        now = self.ctx.now()
        self.table.setRowCount(len(self.users))
        for r, user in enumerate(self.users):
            locked = user.locked_until is not None and user.locked_until > now
            values = [
                user.username,
                user.display_name,
                self.tr("Supervisor") if user.role == Role.SUPERVISOR else self.tr("Clerk"),
                self.tr("disabled") if user.disabled else "",
                f"{user.locked_until:%Y-%m-%d %H:%M}" if locked and user.locked_until else "",
            ]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        if selected is not None:
            self.select_user(selected)
        self._update_buttons()

    def selected_username(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), USERNAME_COLUMN).text() if rows else None

    def select_user(self, username: str) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, USERNAME_COLUMN).text() == username:
                self.table.selectRow(r)
                return

    def _update_buttons(self) -> None:
        name = self.selected_username()
        user = next((u for u in self.users if u.username == name), None)
        self.password_button.setEnabled(user is not None)
        self.disable_button.setEnabled(user is not None and not user.disabled)
        # Enable also lifts a lockout, so it stays available for a locked but not disabled account.
        self.enable_button.setEnabled(user is not None)

    def add_user(self) -> None:
        dialog = AddUserDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created is not None:
            self.refresh()
            self.select_user(dialog.created.username)

    def reset_password(self) -> None:
        name = self.selected_username()
        if name is not None and PasswordDialog(self.ctx, name, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def _change(self, operation: Callable[[AppContext, str], None]) -> None:
        """Disable or enable the selected account; the operation says no to a clerk or to the last supervisor."""
        name = self.selected_username()
        if name is None:
            return
        run_op(self, lambda: operation(self.ctx, name), title=self.windowTitle())
        self.refresh()
