"""Signing in: the first-run dialog that creates the supervisor on an empty database, and the login dialog.

Both dialogs stay open on a refusal and show the operation's message inline, under the fields, so the clerk
reads why and types again without clicking a box away. A refused login clears the password, never the name.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.errors import DomainError
from counter_app.domain.permissions import Role
from counter_app.operations.admin.accounts import UserSummary, authenticate, create_first_supervisor, has_any_user
from counter_app.operations.context import Actor, AppContext

ERROR_STYLE = "color: #b71c1c;"


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def error_label() -> QLabel:
    """The inline place for a refusal; empty (and so invisible) until something is refused."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    return label


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK is the default button, so Enter in any field submits; Cancel and Esc reject."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
    buttons.rejected.connect(dialog.reject)
    return buttons


class NewAccountForm(QWidget):
    """User name, display name, optional role and the new password typed twice (first run and user management)."""

    def __init__(self, with_role: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("letters, digits or a police number"))
        self.display_name = QLineEdit()
        self.role: QComboBox | None = None
        self.password = password_field()
        self.password_again = password_field()
        self.password.setPlaceholderText(self.tr("at least 8 characters, not digits only"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Display name"), self.display_name)
        if with_role:
            self.role = QComboBox()
            self.role.addItem(self.tr("Clerk"), Role.CLERK.value)
            self.role.addItem(self.tr("Supervisor"), Role.SUPERVISOR.value)
            form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.password_again)

    def mismatch_message(self) -> str | None:
        """Checked here, not in the operation: only the form knows the password was typed twice."""
        if self.password.text() != self.password_again.text():
            return self.tr("The two passwords differ; type the same password twice.")
        return None

    def passwords_match(self, error: QLabel) -> bool:
        """False (with the message in ``error`` and both password fields cleared) when the two typings differ."""
        mismatch = self.mismatch_message()
        if mismatch:
            error.setText(mismatch)
            self.clear_passwords()
        return mismatch is None

    def clear_passwords(self) -> None:
        self.password.clear()
        self.password_again.clear()
        self.password.setFocus()


class FirstRunDialog(QDialog):
    """首次启动: no account exists yet; whoever installs the program creates the station's first supervisor."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: UserSummary | None = None
        self.setWindowTitle(self.tr("First start: create the supervisor account"))
        intro = QLabel(
            self.tr(
                "No user account exists yet. Create the supervisor account; the supervisor then adds "
                "the clerks' accounts under User management."
            )
        )
        intro.setWordWrap(True)
        self.form = NewAccountForm(with_role=False)
        self.error = error_label()
        self.buttons = ok_cancel(self)
        self.buttons.accepted.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def submit(self) -> None:
        if not self.form.passwords_match(self.error):
            return
        try:
            self.created = create_first_supervisor(
                self.ctx, self.form.username.text(), self.form.display_name.text(), self.form.password.text()
            )
        except DomainError as exc:
            self.error.setText(exc.message)
            return
        self.accept()


class LoginDialog(QDialog):
    """登录: user name and password; on success ``actor`` holds who is at this workstation."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, username: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Counter Assistant — log in"))
        self.username = QLineEdit(username)
        self.password = password_field()
        self.error = error_label()
        self.buttons = ok_cancel(self)
        self.buttons.accepted.connect(self.submit)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(400)
        (self.password if username else self.username).setFocus()

    def submit(self) -> None:
        try:
            self.actor = authenticate(self.ctx, self.username.text(), self.password.text(), self.ctx.actor.workstation)
        except DomainError as exc:
            self.error.setText(exc.message)
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


def sign_in(ctx: AppContext, parent: QWidget | None = None, username: str = "") -> Actor | None:
    """Create the first supervisor if the database has no account, then log in (``username`` filled in: the
    supervisor the first-run wizard just created); None if the clerk cancels."""
    if not has_any_user(ctx):
        first = FirstRunDialog(ctx, parent)
        if first.exec() != QDialog.DialogCode.Accepted or first.created is None:
            return None
        username = first.created.username
    login = LoginDialog(ctx, parent, username=username)
    if login.exec() != QDialog.DialogCode.Accepted:
        return None
    return login.actor
