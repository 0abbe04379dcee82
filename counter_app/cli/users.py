"""The ``counter-app user`` subcommands: add, passwd, disable, enable, list.

The command line acts as a local administrator (a supervisor) without logging in. That grants nothing new:
whoever can run it against a database can already open the database file or connect to the server and change
the ``user_account`` table directly. It is the way back in when the only supervisor forgot the password, and
every change it makes is audited under ``cli:<operating-system user>``.
"""

from __future__ import annotations

import argparse
import getpass
import json
import socket
import sys
from typing import TYPE_CHECKING, Any

from counter_app.domain.errors import DomainError
from counter_app.domain.permissions import LOGIN_ROLES, ROLE_LABELS, Role

if TYPE_CHECKING:  # the parser (cli/main) imports this module for every command, the window's start included
    from counter_app.operations.context import Actor, AppContext


class _PasswordInputError(Exception):
    pass


def add_users_parser(sub: Any) -> None:
    """Add ``user`` and its actions to the subparsers ``sub`` of the main ``counter-app`` parser."""
    user = sub.add_parser("user", help="add, change, disable or list user accounts (acts as local administrator)")
    actions = user.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="create an account")
    add.add_argument("username")
    add.add_argument("--role", choices=[r.value for r in LOGIN_ROLES], required=True)
    add.add_argument("--display", default=None, help="the name shown in the window (default: the user name)")
    _password_stdin(add)
    passwd = actions.add_parser("passwd", help="set a new password (also lifts a lockout)")
    passwd.add_argument("username")
    _password_stdin(passwd)
    for name, text in (("disable", "stop an account from logging in"), ("enable", "let an account log in again")):
        actions.add_parser(name, help=text).add_argument("username")
    listing = actions.add_parser("list", help="every account with its role and state")
    listing.add_argument("--json", action="store_true")


def _password_stdin(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input (for scripts)",
    )


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise _PasswordInputError("标准输入中没有密码")
        return line
    first = getpass.getpass("新密码：")
    if getpass.getpass("再输入一次：") != first:
        raise _PasswordInputError("两次输入的密码不一致，未作修改")
    return first


def admin_actor() -> Actor:
    from counter_app.operations.context import Actor

    """The operating-system user running a local administration command, acting as a supervisor."""
    try:
        os_user = getpass.getuser()
    except (KeyError, OSError):
        os_user = "unknown"
    return Actor(clerk=f"cli:{os_user}"[:60], workstation=socket.gethostname()[:60], role=Role.SUPERVISOR.value)


def _admin_context(args: argparse.Namespace) -> AppContext:
    from counter_app.bootstrap import open_context

    return open_context(args.db, args.demo, actor=admin_actor())


def _state(summary: Any, now: Any) -> str:
    if summary.disabled:
        return "停用"
    if summary.locked_until is not None and summary.locked_until > now:
        return f"锁定至 {summary.locked_until:%Y-%m-%d %H:%M}"
    return "启用"


def _list(ctx: AppContext, as_json: bool) -> int:
    from counter_app.operations.admin.accounts import list_users

    users = list_users(ctx)
    now = ctx.now()
    if as_json:
        rows = [
            {
                "username": u.username,
                "display_name": u.display_name,
                "role": u.role.value,
                "disabled": u.disabled,
                "locked": _state(u, now).startswith("锁定"),
                "password_changed_at": u.password_changed_at.isoformat(),
            }
            for u in users
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for u in users:
        print(f"{u.username}\t{u.display_name}\t{ROLE_LABELS[u.role]}\t{_state(u, now)}")
    print(f"共 {len(users)} 个账户", file=sys.stderr)
    return 0


def _warn_without_supervisor(ctx: AppContext) -> None:
    from counter_app.operations.admin.accounts import list_users

    if not any(u.role is Role.SUPERVISOR and not u.disabled for u in list_users(ctx)):
        print("提示：还没有启用的主管账户，窗口设置和用户管理需要主管登录。", file=sys.stderr)


def run_users_command(args: argparse.Namespace) -> int:
    """Run ``counter-app user ...``; 0 done, 1 refused (message on stderr), 2 password input problem."""
    from counter_app.operations.admin import accounts

    ctx = _admin_context(args)
    try:
        if args.action == "list":
            return _list(ctx, args.json)
        if args.action == "add":
            password = _read_password(args)
            user = accounts.create_user(ctx, args.username, args.display or args.username.strip(), args.role, password)
            print(f"已添加用户 {user.username}（{user.display_name}，{ROLE_LABELS[user.role]}）")
            _warn_without_supervisor(ctx)
        elif args.action == "passwd":
            password = _read_password(args)
            accounts.set_password(ctx, args.username, password)
            print(f"已设置 {args.username.strip().lower()} 的新密码")
        elif args.action == "disable":
            accounts.disable_user(ctx, args.username)
            print(f"已停用 {args.username.strip().lower()}")
        else:
            accounts.enable_user(ctx, args.username)
            print(f"已启用 {args.username.strip().lower()}")
    except _PasswordInputError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except DomainError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    finally:
        ctx.db.dispose()
    return 0
