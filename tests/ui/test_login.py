"""Signing in: the first-run dialog creates the supervisor, the login dialog refuses, locks out and lets in."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from counter_app.operations.admin.accounts import LOCKOUT, MAX_FAILED_ATTEMPTS, has_any_user, list_users
from counter_app.operations.context import Actor
from counter_app.store.models import AuditEntry
from counter_app.ui.dialogs.login_dialog import FirstRunDialog, LoginDialog, sign_in
from tests.ui.staff import BOSS_PW, CLERK_PW, NOW, Clock, fast_hashing, staffed_ctx  # noqa: F401 - fixtures


def _first_run(qtbot: QtBot, ctx) -> FirstRunDialog:
    dialog = FirstRunDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type_account(qtbot: QtBot, dialog: FirstRunDialog, password: str, again: str) -> None:
    form = dialog.form
    form.display_name.setText("王所长")  # QTest types Latin-1 only; Chinese comes from the input method
    for field, text in ((form.username, "Boss"), (form.password, password), (form.password_again, again)):
        field.clear()
        qtbot.keyClicks(field, text)


def test_first_run_creates_the_supervisor(qtbot: QtBot, ui_ctx, fast_hashing) -> None:  # noqa: F811
    assert not has_any_user(ui_ctx)
    dialog = _first_run(qtbot, ui_ctx)
    _type_account(qtbot, dialog, BOSS_PW, "something-else")
    qtbot.keyClick(dialog.form.password_again, Qt.Key.Key_Return)
    assert "differ" in dialog.error.text() and dialog.isVisible()
    assert dialog.form.password.text() == "" and not has_any_user(ui_ctx)

    _type_account(qtbot, dialog, "12345678", "12345678")  # the operation's policy: not digits only
    qtbot.keyClick(dialog.form.password_again, Qt.Key.Key_Return)
    assert dialog.error.text().startswith("密码不能全为数字") and dialog.isVisible()

    _type_account(qtbot, dialog, BOSS_PW, BOSS_PW)
    qtbot.keyClick(dialog.form.password_again, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    [boss] = list_users(ui_ctx)
    assert (boss.username, boss.display_name, boss.role.value) == ("boss", "王所长", "supervisor")
    assert dialog.created == boss


def _login(qtbot: QtBot, ctx, username: str = "li") -> LoginDialog:
    dialog = LoginDialog(ctx, username=username)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _try(qtbot: QtBot, dialog: LoginDialog, password: str) -> None:
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_wrong_password_shows_the_message_and_clears_the_field(qtbot: QtBot, staffed_ctx) -> None:  # noqa: F811
    dialog = _login(qtbot, staffed_ctx)
    _try(qtbot, dialog, "wrong-password")
    assert dialog.error.text() == "用户名或密码不正确。"
    assert dialog.password.text() == "" and dialog.username.text() == "li"
    assert dialog.isVisible() and dialog.actor is None


def test_lockout_after_five_tries_then_login_after_the_lock(qtbot: QtBot, staffed_ctx) -> None:  # noqa: F811
    clock: Clock = staffed_ctx.clock
    dialog = _login(qtbot, staffed_ctx)
    for _ in range(MAX_FAILED_ATTEMPTS):
        _try(qtbot, dialog, "wrong-password")
    until = NOW + LOCKOUT
    assert dialog.error.text().startswith(f"密码连续错误 {MAX_FAILED_ATTEMPTS} 次，账户已锁定至 {until:%H:%M}")
    _try(qtbot, dialog, CLERK_PW)  # right, but locked
    assert "已锁定" in dialog.error.text() and dialog.actor is None

    clock.now = until + timedelta(minutes=1)
    _try(qtbot, dialog, CLERK_PW)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor == Actor(clerk="li", workstation="窗口1", role="clerk")
    with staffed_ctx.db.read() as session:
        actions = list(session.scalars(select(AuditEntry.action).where(AuditEntry.target == "li")))
    assert actions.count("login.failed") == MAX_FAILED_ATTEMPTS + 1 and "login.locked" in actions
    assert actions[-1] == "login"


def test_escape_cancels(qtbot: QtBot, staffed_ctx) -> None:  # noqa: F811
    dialog = _login(qtbot, staffed_ctx)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.actor is None


def _answer_modal(qtbot: QtBot, answers: list) -> None:
    """Play each answer into the modal dialog that is open when it runs (sign_in's dialogs block in exec)."""

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, step)
            return
        answer = answers.pop(0)
        answer(dialog)
        if answers:
            QTimer.singleShot(10, step)

    QTimer.singleShot(10, step)


def test_sign_in_runs_first_run_then_login_and_returns_the_actor(qtbot: QtBot, ui_ctx, fast_hashing) -> None:  # noqa: F811
    def first_run(dialog: FirstRunDialog) -> None:
        assert isinstance(dialog, FirstRunDialog)
        _type_account(qtbot, dialog, BOSS_PW, BOSS_PW)
        dialog.submit()

    def login(dialog: LoginDialog) -> None:
        assert isinstance(dialog, LoginDialog) and dialog.username.text() == "boss"
        dialog.password.setText(BOSS_PW)
        dialog.submit()

    _answer_modal(qtbot, [first_run, login])
    actor = sign_in(ui_ctx)
    assert actor == Actor(clerk="boss", workstation=ui_ctx.actor.workstation, role="supervisor")


def test_sign_in_skips_first_run_once_a_user_exists(qtbot: QtBot, staffed_ctx) -> None:  # noqa: F811
    seen: list[str] = []

    def cancel(dialog: QDialog) -> None:
        seen.append(type(dialog).__name__)
        dialog.reject()

    _answer_modal(qtbot, [cancel])
    assert sign_in(staffed_ctx) is None
    assert seen == ["LoginDialog"]


def test_screenshot(qtbot: QtBot, staffed_ctx, tmp_path) -> None:  # noqa: F811

    from counter_app.ui.i18n import load_translation

    assert load_translation(QApplication.instance(), "zh_CN")
    dialog = _login(qtbot, staffed_ctx)
    _try(qtbot, dialog, "wrong-password")
    qtbot.wait(50)
    shot = tmp_path / "login.png"  # a test run leaves the work tree clean
    assert dialog.grab().save(str(shot))
