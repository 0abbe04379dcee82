"""User management: add, reset a password, disable and enable through the operations; a clerk is refused."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counter_app.operations.admin.accounts import MAX_FAILED_ATTEMPTS, authenticate, list_users
from counter_app.ui.dialogs.users_dialog import AddUserDialog, PasswordDialog, UsersDialog
from tests.ui.staff import NOW, as_clerk, fast_hashing, staffed_ctx  # noqa: F401 - fixtures


def _dialog(qtbot: QtBot, ctx) -> UsersDialog:
    dialog = UsersDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _rows(dialog: UsersDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_lists_users_with_lockout(qtbot: QtBot, staffed_ctx) -> None:  # noqa: F811
    for _ in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(Exception):  # noqa: B017 - AuthError; the lockout is what matters here
            authenticate(staffed_ctx, "li", "wrong-password", "窗口2")
    dialog = _dialog(qtbot, staffed_ctx)
    until = NOW + timedelta(minutes=15)
    assert _rows(dialog) == [
        ["boss", "王所长", "Supervisor", "", ""],
        ["li", "李警官", "Clerk", "", f"{until:%Y-%m-%d %H:%M}"],
    ]
    dialog.select_user("li")
    qtbot.mouseClick(dialog.enable_button, Qt.MouseButton.LeftButton)  # enabling lifts the lock
    assert _rows(dialog)[1][4] == ""


def test_add_user_through_the_dialog(qtbot: QtBot, staffed_ctx, wait_ops) -> None:  # noqa: F811
    users = _dialog(qtbot, staffed_ctx)
    add = AddUserDialog(staffed_ctx, users)
    qtbot.addWidget(add)
    add.show()
    add.form.username.setText("zhao")
    add.form.display_name.setText("赵警官")
    add.form.role.setCurrentIndex(add.form.role.findData("supervisor"))
    add.form.password.setText("short")
    add.form.password_again.setText("short")
    qtbot.keyClick(add.form.password_again, Qt.Key.Key_Return)
    wait_ops()  # the password is hashed off the GUI thread
    assert add.error.text().startswith("密码长度应为 8–128 位") and add.isVisible()
    add.form.password.setText("zhao-pass-3")
    add.form.password_again.setText("zhao-pass-3")
    qtbot.keyClick(add.form.password_again, Qt.Key.Key_Return)
    wait_ops()
    assert add.created is not None and add.created.role.value == "supervisor"
    assert [u.username for u in list_users(staffed_ctx)] == ["boss", "li", "zhao"]


def test_add_button_opens_the_form_and_selects_the_new_user(qtbot: QtBot, staffed_ctx) -> None:  # noqa: F811
    users = _dialog(qtbot, staffed_ctx)

    def fill() -> None:
        add = QApplication.activeModalWidget()
        assert isinstance(add, AddUserDialog)
        add.form.username.setText("qian")
        add.form.display_name.setText("钱警官")
        add.form.password.setText("qian-pass-4")
        add.form.password_again.setText("qian-pass-4")
        add.submit()

    QTimer.singleShot(20, fill)
    qtbot.mouseClick(users.add_button, Qt.MouseButton.LeftButton)
    assert users.selected_username() == "qian" and _rows(users)[2][:3] == ["qian", "钱警官", "Clerk"]


def test_reset_password_then_disable_and_enable(qtbot: QtBot, staffed_ctx, warnings, wait_ops) -> None:  # noqa: F811
    reset = PasswordDialog(staffed_ctx, "li")
    qtbot.addWidget(reset)
    assert reset.old_password is None  # someone else's: no old password asked
    reset.password.setText("new-pass-li-5")
    reset.password_again.setText("new-pass-li-5")
    reset.submit()
    wait_ops()
    assert authenticate(staffed_ctx, "li", "new-pass-li-5", "窗口2").clerk == "li"

    own = PasswordDialog(staffed_ctx, "boss")
    qtbot.addWidget(own)
    assert own.old_password is not None
    own.old_password.setText("not-my-password")
    own.password.setText("boss-new-pass-6")
    own.password_again.setText("boss-new-pass-6")
    own.submit()
    wait_ops()
    assert own.error.text() == "原密码不正确，密码未修改。"

    users = _dialog(qtbot, staffed_ctx)
    users.select_user("li")
    qtbot.mouseClick(users.disable_button, Qt.MouseButton.LeftButton)
    assert _rows(users)[1][3] == "disabled" and not users.disable_button.isEnabled()
    qtbot.mouseClick(users.enable_button, Qt.MouseButton.LeftButton)
    assert _rows(users)[1][3] == ""
    users.select_user("boss")
    qtbot.mouseClick(users.disable_button, Qt.MouseButton.LeftButton)
    assert "唯一启用的主管账户" in warnings[0] and _rows(users)[0][3] == ""


def test_a_clerk_is_shown_the_refusal(qtbot: QtBot, staffed_ctx, warnings) -> None:  # noqa: F811
    users = _dialog(qtbot, as_clerk(staffed_ctx))
    users.select_user("boss")
    qtbot.mouseClick(users.disable_button, Qt.MouseButton.LeftButton)
    assert warnings == ["无权管理用户账户：需要主管权限，当前用户 li 是窗口人员。"]
    assert not any(u.disabled for u in list_users(staffed_ctx))
