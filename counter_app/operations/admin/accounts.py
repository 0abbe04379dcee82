"""User accounts (用户账户): creation, passwords, disabling, and login with lockout.

Passwords are stored only as argon2id hashes (argon2-cffi's defaults). Every login, failed login, lock and user
change is written to the audit log inside the same transaction as the change. Refusals a clerk can act on are
``AccountError``; login refusals are ``AuthError`` and never tell an unknown user name from a wrong password.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.domain.errors import DomainError
from counter_app.domain.permissions import LOGIN_ROLES, ROLE_LABELS, Permission, Role, require
from counter_app.operations.context import Actor, AppContext
from counter_app.store.models import UserAccount

log = logging.getLogger(__name__)

# Five tries then a quarter of an hour: enough for typos at a busy counter, too slow for guessing.
MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 128  # argon2 takes any length; a cap keeps a pasted novel from costing a hash

# ASCII only so a login never needs the input method; a police number (警号) alone is a valid name.
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,29}")
_WRONG_CREDENTIALS = "用户名或密码不正确。"

# argon2id with OWASP's recommended minimum (Password Storage Cheat Sheet: 19 MiB, 2 passes, 1 lane) rather than
# argon2-cffi's default 64 MiB × 3 × 4 lanes: a counter PC signs in in ~70 ms instead of 0.3–0.6 s and does not
# grow by 64 MiB at every sign-in and unlock. Hashes made with other costs are rehashed at their next login.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
_dummy_hash: tuple[PasswordHasher, str] | None = None


class AccountError(DomainError):
    """A user-management request refused for a reason the supervisor can act on."""


class AuthError(DomainError):
    """A login refused; the message is safe to show on the login screen."""


@dataclass(frozen=True)
class UserSummary:
    username: str
    display_name: str
    role: Role
    disabled: bool
    locked_until: datetime | None
    created_at: datetime
    password_changed_at: datetime


def use_password_hasher(hasher: PasswordHasher) -> PasswordHasher:
    """Swap the module's hasher and return the previous one; tests use a cheap one, production the default."""
    global _hasher
    previous, _hasher = _hasher, hasher
    return previous


def normalize_username(username: str) -> str:
    """Validate a login name and return it in stored form (trimmed, lowercase)."""
    name = (username or "").strip().lower()
    if not _USERNAME.fullmatch(name):
        raise AccountError(
            "invalid_username",
            f"用户名“{(username or '').strip()[:40]}”无效：应为 2–30 位英文字母、数字或 . _ -，"
            "以字母或数字开头（可用警号）。",
        )
    return name


def check_password_policy(password: str) -> None:
    """Raise AccountError unless the password is 8–128 characters and not digits only."""
    if len(password) < MIN_PASSWORD_LENGTH or len(password) > MAX_PASSWORD_LENGTH:
        raise AccountError(
            "weak_password",
            f"密码长度应为 {MIN_PASSWORD_LENGTH}–{MAX_PASSWORD_LENGTH} 位（当前 {len(password)} 位），且不能全为数字。",
        )
    if password.isdigit():
        raise AccountError("weak_password", f"密码不能全为数字：至少 {MIN_PASSWORD_LENGTH} 位，并包含字母或符号。")


def _parse_role(role: Role | str) -> Role:
    try:
        parsed = Role(str(role).strip().lower())
    except ValueError:
        parsed = None
    if parsed not in LOGIN_ROLES:
        choices = "、".join(f"{r.value}（{ROLE_LABELS[r]}）" for r in LOGIN_ROLES)
        raise AccountError("invalid_role", f"角色“{role}”无效，应为 {choices}。")
    return parsed


def _display_name(display_name: str) -> str:
    text = (display_name or "").strip()
    if not 1 <= len(text) <= 60:
        raise AccountError("invalid_display_name", "姓名（显示名）不能为空，且不超过 60 个字。")
    return text


def _summary(user: UserAccount) -> UserSummary:
    return UserSummary(
        username=user.username,
        display_name=user.display_name,
        role=Role(user.role),
        disabled=user.disabled,
        locked_until=user.locked_until,
        created_at=user.created_at,
        password_changed_at=user.password_changed_at,
    )


def _get_user(session: Session, username: str) -> UserAccount:
    user = session.get(UserAccount, username.strip().lower())
    if user is None:
        raise AccountError("unknown_user", f"没有用户名为“{username.strip()[:40]}”的账户。")
    return user


def _add_user(
    ctx: AppContext,
    session: Session,
    username: str,
    display_name: str,
    role: Role | str,
    password: str,
    **audit_detail: object,
) -> UserSummary:
    name = normalize_username(username)
    display = _display_name(display_name)
    parsed_role = _parse_role(role)
    check_password_policy(password)
    if session.get(UserAccount, name) is not None:
        raise AccountError("duplicate_user", f"用户名“{name}”已存在。")
    now = ctx.now()
    user = UserAccount(
        username=name,
        display_name=display,
        role=parsed_role.value,
        password_hash=_hasher.hash(password),
        disabled=False,
        failed_attempts=0,
        locked_until=None,
        created_at=now,
        password_changed_at=now,
    )
    session.add(user)
    ctx.audit(session, "user.create", name, role=parsed_role.value, **audit_detail)
    return _summary(user)


def has_any_user(ctx: AppContext) -> bool:
    """False only on a fresh database, where the first-run dialog creates the supervisor."""
    with ctx.db.read() as session:
        return session.scalar(select(func.count()).select_from(UserAccount)) > 0


def create_first_supervisor(ctx: AppContext, username: str, display_name: str, password: str) -> UserSummary:
    """Create the first account, a supervisor, with nobody logged in; refused once any account exists."""
    with ctx.db.write() as session:
        if session.scalar(select(func.count()).select_from(UserAccount)):
            raise AccountError("already_initialised", "已有用户账户：新账户须由主管登录后在用户管理中添加。")
        return _add_user(ctx, session, username, display_name, Role.SUPERVISOR, password, first_run=True)


def create_user(ctx: AppContext, username: str, display_name: str, role: Role | str, password: str) -> UserSummary:
    require(ctx.actor, Permission.MANAGE_USERS)
    with ctx.db.write() as session:
        return _add_user(ctx, session, username, display_name, role, password)


def list_users(ctx: AppContext) -> list[UserSummary]:
    """Every account without its hash; open to all because the login screen lists who may log in."""
    with ctx.db.read() as session:
        return [_summary(u) for u in session.scalars(select(UserAccount).order_by(UserAccount.username))]


def _matches(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except InvalidHashError:
        log.warning("an account has a password hash argon2 cannot read")
        return False
    except VerificationError:
        return False


def set_password(ctx: AppContext, username: str, new_password: str, old_password: str | None = None) -> None:
    """Change one's own password (the old one is required) or, as a supervisor, reset someone else's.

    A reset also lifts a lockout, so "forgot my password" and "locked out" have one remedy at the counter.
    """
    own = username.strip().lower() == ctx.actor.clerk
    if not own:
        require(ctx.actor, Permission.MANAGE_USERS)
    check_password_policy(new_password)
    with ctx.db.write() as session:
        user = _get_user(session, username)
        if own and (old_password is None or not _matches(user.password_hash, old_password)):
            raise AccountError("wrong_old_password", "原密码不正确，密码未修改。")
        user.password_hash = _hasher.hash(new_password)
        user.password_changed_at = ctx.now()
        user.failed_attempts = 0
        user.locked_until = None
        ctx.audit(session, "user.passwd", user.username, reset_by_other=not own)


def _active_supervisors(session: Session) -> list[str]:
    # FOR UPDATE so two supervisors disabling each other at once cannot both pass the check (PostgreSQL);
    # SQLite already serialises writers with BEGIN IMMEDIATE.
    query = (
        select(UserAccount.username)
        .where(UserAccount.role == Role.SUPERVISOR.value, UserAccount.disabled.is_(False))
        .with_for_update()
    )
    return list(session.scalars(query))


def disable_user(ctx: AppContext, username: str) -> None:
    """Stop an account from logging in; the last active supervisor cannot be disabled."""
    require(ctx.actor, Permission.MANAGE_USERS)
    with ctx.db.write() as session:
        user = _get_user(session, username)
        if user.disabled:
            return
        if user.role == Role.SUPERVISOR.value and _active_supervisors(session) == [user.username]:
            raise AccountError(
                "last_supervisor", f"“{user.username}”是唯一启用的主管账户，不能停用；请先添加或启用另一位主管。"
            )
        user.disabled = True
        ctx.audit(session, "user.disable", user.username)


def enable_user(ctx: AppContext, username: str) -> None:
    """Let a disabled account log in again; also lifts a lockout."""
    require(ctx.actor, Permission.MANAGE_USERS)
    with ctx.db.write() as session:
        user = _get_user(session, username)
        was_disabled = user.disabled
        user.disabled = False
        user.failed_attempts = 0
        user.locked_until = None
        ctx.audit(session, "user.enable", user.username, was_disabled=was_disabled)


def _spend_equal_time(password: str) -> None:
    """Hash against a throw-away hash so an unknown name costs as long as a wrong password."""
    global _dummy_hash
    if _dummy_hash is None or _dummy_hash[0] is not _hasher:
        _dummy_hash = (_hasher, _hasher.hash("not-a-real-password"))
    _matches(_dummy_hash[1], password)


def _lock_message(until: datetime) -> str:
    return f"密码连续错误 {MAX_FAILED_ATTEMPTS} 次，账户已锁定至 {until:%H:%M}，请稍后再试，或请主管重置密码。"


def _check_credentials(ctx: AppContext, username: str, password: str, workstation: str, action: str) -> Actor:
    """The login and unlock rule; commits the counters and audit rows, then raises AuthError if refused."""
    name = (username or "").strip().lower()
    as_user = replace(ctx, actor=Actor(clerk=name[:60], workstation=workstation[:60]))
    with ctx.db.read() as session:
        found = session.get(UserAccount, name) if name else None
        stored = found.password_hash if found else None
    # argon2 costs a few hundred milliseconds by design: hash outside the write transaction, so other counters'
    # writes (SQLite holds one writer at a time) do not wait for a login.
    if stored is None:
        _spend_equal_time(password)
    matched = stored is not None and _matches(stored, password)
    new_hash = _hasher.hash(password) if matched and _hasher.check_needs_rehash(stored or "") else None
    refusal: str | None = None
    actor: Actor | None = None
    with ctx.db.write() as session:
        # Locked so that concurrent failures each count (PostgreSQL); a hash changed meanwhile is not a match.
        user = session.get(UserAccount, name, with_for_update=True) if stored is not None else None
        now = ctx.now()
        if user is None:
            as_user.audit(session, f"{action}.failed", name, reason="unknown_user")
            refusal = _WRONG_CREDENTIALS
        elif user.locked_until is not None and user.locked_until > now:
            as_user.audit(session, f"{action}.failed", name, reason="locked")
            refusal = _lock_message(user.locked_until)
        elif not matched or user.password_hash != stored:
            if user.locked_until is not None:  # an expired lock starts a fresh count
                user.failed_attempts, user.locked_until = 0, None
            user.failed_attempts += 1
            as_user.audit(session, f"{action}.failed", name, reason="wrong_password", attempts=user.failed_attempts)
            refusal = _WRONG_CREDENTIALS
            if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
                user.locked_until = now + LOCKOUT
                as_user.audit(session, "login.locked", name, until=user.locked_until.isoformat())
                refusal = _lock_message(user.locked_until)
        elif user.disabled:
            # Said only after a correct password, so the message reveals nothing to a guesser.
            as_user.audit(session, f"{action}.failed", name, reason="disabled")
            refusal = "该账户已停用，请联系主管。"
        else:
            user.failed_attempts, user.locked_until = 0, None
            if new_hash is not None:
                user.password_hash = new_hash
            as_user.audit(session, action, name, rehashed=new_hash is not None)
            actor = Actor(clerk=user.username, workstation=workstation, role=user.role)
    if actor is None:
        raise AuthError(f"{action}_refused", refusal or _WRONG_CREDENTIALS)
    return actor


def authenticate(ctx: AppContext, username: str, password: str, workstation: str) -> Actor:
    """Log a clerk in at ``workstation``; returns the Actor to put into the context, or raises AuthError."""
    return _check_credentials(ctx, username, password, workstation, "login")


def verify_password(ctx: AppContext, username: str, password: str) -> None:
    """Unlock the idle screen lock of ``username``; same counting and lockout as a login, raises AuthError."""
    _check_credentials(ctx, username, password, ctx.actor.workstation, "unlock")
