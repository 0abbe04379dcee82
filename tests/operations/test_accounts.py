"""Accounts on real SQLite and PostgreSQL: creation, login, lockout with an injected clock, disabling, rehash,
and every supervisor-only operation refused to a clerk."""

from __future__ import annotations

import re
import threading
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from argon2 import PasswordHasher
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select, text

from counter_app.domain.permissions import PermissionDenied, Role
from counter_app.domain.settings_registry import SMS_TEMPLATE
from counter_app.operations.admin import accounts
from counter_app.operations.admin.accounts import (
    MAX_FAILED_ATTEMPTS,
    AccountError,
    AuthError,
    authenticate,
    check_password_policy,
    create_first_supervisor,
    create_user,
    disable_user,
    enable_user,
    has_any_user,
    list_users,
    normalize_username,
    set_password,
    verify_password,
)
from counter_app.operations.admin.station import load_station, save_station
from counter_app.operations.context import Actor
from counter_app.store.models import AuditEntry, UserAccount
from tests.operations.contexts import clocked_context

NOW = datetime(2026, 11, 23, 9, 0)
BOSS_PW = "所长-secret-1"
CLERK_PW = "clerk-pass-2"


def cheap_hasher(time_cost: int = 1, memory_cost: int = 8) -> PasswordHasher:
    return PasswordHasher(time_cost=time_cost, memory_cost=memory_cost, parallelism=1)


@pytest.fixture(autouse=True)
def _fast_hashing():
    """Production keeps argon2-cffi's defaults; tests swap in a tiny cost so each hash takes microseconds."""
    previous = accounts.use_password_hasher(cheap_hasher())
    yield
    accounts.use_password_hasher(previous)


@pytest.fixture
def ctx(db_url):
    context = clocked_context(db_url, NOW, clerk="installer")
    yield context
    context.db.dispose()


def as_actor(ctx, clerk: str, role: str = "clerk"):
    return replace(ctx, actor=Actor(clerk=clerk, workstation="窗口1", role=role))


@pytest.fixture
def staffed(ctx):
    """A supervisor (boss) and a clerk (li) created the way the first-run dialog and user management do."""
    create_first_supervisor(ctx, "Boss", "王所长", BOSS_PW)
    create_user(as_actor(ctx, "boss", "supervisor"), "li", "李警官", "clerk", CLERK_PW)
    return ctx


def audit_actions(ctx, target: str | None = None) -> list[str]:
    with ctx.db.read() as session:
        query = select(AuditEntry.action).order_by(AuditEntry.id)
        if target is not None:
            query = query.where(AuditEntry.target == target)
        return list(session.scalars(query))


def test_first_supervisor_only_on_an_empty_database(ctx):
    assert not has_any_user(ctx)
    boss = create_first_supervisor(ctx, " Boss ", "王所长", BOSS_PW)
    assert (boss.username, boss.role, boss.created_at) == ("boss", Role.SUPERVISOR, NOW)
    assert has_any_user(ctx)
    with pytest.raises(AccountError, match="已有用户账户"):
        create_first_supervisor(ctx, "other", "其他人", BOSS_PW)
    assert [u.username for u in list_users(ctx)] == ["boss"]
    assert audit_actions(ctx, "boss") == ["user.create"]


def test_hash_in_database_is_argon2id_and_never_the_password(staffed):
    with staffed.db.read() as session:
        rows = dict(session.execute(text("SELECT username, password_hash FROM user_account")).all())
    assert set(rows) == {"boss", "li"}
    for username, password in (("boss", BOSS_PW), ("li", CLERK_PW)):
        assert rows[username].startswith("$argon2id$")
        assert password not in rows[username]
    assert rows["boss"] != rows["li"]


def test_login_ok_returns_actor_and_audits(staffed):
    actor = authenticate(staffed, " LI ", CLERK_PW, "窗口2")
    assert actor == Actor(clerk="li", workstation="窗口2", role="clerk")
    assert authenticate(staffed, "boss", BOSS_PW, "窗口1").role == "supervisor"
    with staffed.db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "login")).first()
        assert (entry.clerk, entry.workstation, entry.target, entry.at) == ("li", "窗口2", "li", NOW)


def test_wrong_password_and_unknown_user_read_the_same(staffed):
    with pytest.raises(AuthError) as wrong:
        authenticate(staffed, "li", "not-the-password", "窗口1")
    with pytest.raises(AuthError) as unknown:
        authenticate(staffed, "nobody", "not-the-password", "窗口1")
    assert wrong.value.message == unknown.value.message == "用户名或密码不正确。"
    assert wrong.value.reason == unknown.value.reason
    with staffed.db.read() as session:
        failed = session.scalars(select(AuditEntry).where(AuditEntry.action == "login.failed")).all()
        assert [(e.target, e.detail["reason"]) for e in failed] == [
            ("li", "wrong_password"),
            ("nobody", "unknown_user"),
        ]
        assert all("not-the-password" not in str(e.detail) for e in failed)


def test_lockout_after_five_failures_and_unlock_when_time_passes(staffed):
    for attempt in range(1, 5):
        with pytest.raises(AuthError, match="用户名或密码不正确"):
            authenticate(staffed, "li", f"wrong-{attempt}", "窗口1")
    with pytest.raises(AuthError, match="已锁定至 09:15"):
        authenticate(staffed, "li", "wrong-5", "窗口1")
    staffed.clock.now = NOW + timedelta(minutes=14, seconds=59)
    with pytest.raises(AuthError, match="已锁定"):
        authenticate(staffed, "li", CLERK_PW, "窗口1")  # even the right password waits
    assert authenticate(staffed, "boss", BOSS_PW, "窗口1")  # others are not affected
    staffed.clock.now = NOW + timedelta(minutes=15)
    assert authenticate(staffed, "li", CLERK_PW, "窗口1").clerk == "li"
    assert audit_actions(staffed, "li")[-8:] == ["login.failed"] * 5 + ["login.locked", "login.failed", "login"]
    with staffed.db.read() as session:
        user = session.get(UserAccount, "li")
        assert (user.failed_attempts, user.locked_until) == (0, None)


def test_failures_count_afresh_after_a_lock_expires(staffed):
    for attempt in range(5):
        with pytest.raises(AuthError):
            authenticate(staffed, "li", f"wrong-{attempt}", "窗口1")
    staffed.clock.now = NOW + timedelta(minutes=20)
    with pytest.raises(AuthError, match="用户名或密码不正确"):
        authenticate(staffed, "li", "wrong-again", "窗口1")
    with staffed.db.read() as session:
        assert session.get(UserAccount, "li").failed_attempts == 1


def test_supervisor_reset_lifts_lock_and_own_change_needs_old_password(staffed):
    for attempt in range(5):
        with pytest.raises(AuthError):
            authenticate(staffed, "li", f"wrong-{attempt}", "窗口1")
    set_password(as_actor(staffed, "boss", "supervisor"), "li", "new-pass-123")
    assert authenticate(staffed, "li", "new-pass-123", "窗口1").clerk == "li"
    li = as_actor(staffed, "li")
    with pytest.raises(AccountError, match="原密码不正确"):
        set_password(li, "li", "another-pass-1", old_password="wrong-old")
    with pytest.raises(AccountError, match="原密码不正确"):
        set_password(li, "li", "another-pass-1")
    set_password(li, "li", "another-pass-1", old_password="new-pass-123")
    assert authenticate(staffed, "li", "another-pass-1", "窗口1")
    assert audit_actions(staffed, "li").count("user.passwd") == 2


def test_disabled_account_cannot_log_in_and_says_so_only_to_the_right_password(staffed):
    boss = as_actor(staffed, "boss", "supervisor")
    disable_user(boss, "li")
    with pytest.raises(AuthError, match="用户名或密码不正确"):
        authenticate(staffed, "li", "wrong-password", "窗口1")
    with pytest.raises(AuthError, match="已停用"):
        authenticate(staffed, "li", CLERK_PW, "窗口1")
    enable_user(boss, "li")
    assert authenticate(staffed, "li", CLERK_PW, "窗口1")
    assert [u.disabled for u in list_users(staffed)] == [False, False]


def test_last_active_supervisor_cannot_be_disabled(staffed):
    boss = as_actor(staffed, "boss", "supervisor")
    with pytest.raises(AccountError, match="唯一启用的主管"):
        disable_user(boss, "boss")
    create_user(boss, "zhao", "赵副所长", Role.SUPERVISOR, "deputy-pass-1")
    disable_user(boss, "boss")
    with pytest.raises(AccountError, match="唯一启用的主管"):
        disable_user(as_actor(staffed, "zhao", "supervisor"), "zhao")
    assert {u.username: u.disabled for u in list_users(staffed)} == {"boss": True, "li": False, "zhao": False}
    assert "user.disable" in audit_actions(staffed, "boss")


def test_rehash_when_parameters_change(staffed):
    with staffed.db.read() as session:
        before = session.get(UserAccount, "li").password_hash
    accounts.use_password_hasher(cheap_hasher(time_cost=2, memory_cost=16))
    authenticate(staffed, "li", CLERK_PW, "窗口1")
    with staffed.db.read() as session:
        after = session.get(UserAccount, "li").password_hash
    assert after != before and "m=16,t=2" in after
    authenticate(staffed, "li", CLERK_PW, "窗口1")
    with staffed.db.read() as session:
        logins = session.scalars(select(AuditEntry).where(AuditEntry.action == "login")).all()
        assert [e.detail["rehashed"] for e in logins] == [True, False]


def test_verify_password_for_the_screen_lock(staffed):
    verify_password(as_actor(staffed, "li"), "li", CLERK_PW)
    with pytest.raises(AuthError):
        verify_password(as_actor(staffed, "li"), "li", "wrong-password")
    assert audit_actions(staffed, "li")[-2:] == ["unlock", "unlock.failed"]


def test_user_input_refused_with_the_field_named(staffed):
    boss = as_actor(staffed, "boss", "supervisor")
    cases = [
        (("LI", "李", "clerk", "long-enough-1"), "已存在"),
        (("李警官", "李", "clerk", "long-enough-1"), "用户名“李警官”无效"),
        (("wu", "吴", "admin", "long-enough-1"), "角色“admin”无效"),
        (("wu", " ", "clerk", "long-enough-1"), "姓名"),
        (("wu", "吴", "clerk", "short1"), "至少|长度应为"),
        (("wu", "吴", "clerk", "1234567890"), "不能全为数字"),
    ]
    for args, message in cases:
        with pytest.raises(AccountError, match=message):
            create_user(boss, *args)
    assert [u.username for u in list_users(staffed)] == ["boss", "li"]


PROTECTED = {
    "save_station": lambda c: save_station(c, name="某派出所户籍窗口"),
    "create_user": lambda c: create_user(c, "wu", "吴", "clerk", "long-enough-1"),
    "set_password of another": lambda c: set_password(c, "boss", "taken-over-1"),
    "disable_user": lambda c: disable_user(c, "boss"),
    "enable_user": lambda c: enable_user(c, "boss"),
    "save_office_hours": lambda c: _op("day.office_hours", "save_office_hours")(c, {"extended_until": None}),
    "save_template": lambda c: _op("appointments.template", "save_template")(c, {"blocks": []}),
    "save_routine": lambda c: _op("day.routine", "save_routine")(c, {"open": [], "close": []}),
    "save_follow_up_settings": lambda c: _op("admin.follow_up_settings", "save_follow_up_settings")(
        c, await_materials_days=3
    ),
    "save_retention": lambda c: _op("admin.retention", "save_retention")(c, 5),
    "purge_collected": lambda c: _op("admin.retention", "purge_collected")(c),
    "search_audit": lambda c: _op("admin.audit_log", "search_audit")(c, _op("admin.audit_log", "AuditFilter")()),
    "save_sms_template": lambda c: _op("settings", "change_setting")(c, SMS_TEMPLATE, template="{name}您好，证件已到"),
    "add_notice": lambda c: _op("self_service.notices", "add_notice")(c, "今日下午停电，暂停办理"),
    "reveal_numbers": lambda c: _op("cards.lookup", "reveal_numbers")(c, "1101050012026112300001"),
    "export_audit_csv": lambda c: _op("admin.audit_log", "export_audit_csv")(
        c, _op("admin.audit_log", "AuditFilter")()
    ),
}


def _op(module: str, name: str):
    """Every supervisor-only operation of the app, listed in one table so a new one is easy to add here."""
    import importlib

    return getattr(importlib.import_module(f"counter_app.operations.{module}"), name)


@pytest.mark.parametrize("operation", sorted(PROTECTED))
def test_supervisor_only_operations_refuse_a_clerk(staffed, operation):
    before = audit_actions(staffed)
    station = load_station(staffed)
    with pytest.raises(PermissionDenied):
        PROTECTED[operation](as_actor(staffed, "li", "clerk"))
    assert audit_actions(staffed) == before
    assert load_station(staffed) == station
    assert authenticate(staffed, "boss", BOSS_PW, "窗口1").role == "supervisor"


def test_save_station_as_supervisor(staffed):
    settings = save_station(as_actor(staffed, "boss", "supervisor"), name="某派出所户籍窗口")
    assert settings.name == load_station(staffed).name == "某派出所户籍窗口"


@given(st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{1,29}", fullmatch=True))
def test_valid_usernames_normalise_to_lowercase(name):
    assert normalize_username(f" {name} ") == name.lower()


@given(st.text(max_size=40).filter(lambda s: not re.fullmatch(r"[a-z0-9][a-z0-9._-]{1,29}", s.strip().lower())))
def test_invalid_usernames_are_refused(name):
    with pytest.raises(AccountError, match="用户名"):
        normalize_username(name)


@given(st.text(max_size=140))
def test_password_policy(password):
    acceptable = 8 <= len(password) <= 128 and not password.isdigit()
    if acceptable:
        check_password_policy(password)
    else:
        with pytest.raises(AccountError) as info:
            check_password_policy(password)
        assert "8" in info.value.message and "不能全为数字" in info.value.message


def test_concurrent_failures_each_count(staffed):
    errors: list[BaseException] = []

    def attempt(k: int) -> None:
        try:
            authenticate(staffed, "li", f"wrong-{k}", f"窗口{k}")
        except AuthError:
            pass
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=attempt, args=(k,)) for k in range(MAX_FAILED_ATTEMPTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    with pytest.raises(AuthError, match="已锁定"):
        authenticate(staffed, "li", CLERK_PW, "窗口1")
