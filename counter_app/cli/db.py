"""``counter-app db upgrade | setup-roles`` (the database owner's commands) and ``counter-app audit verify``.

Exit codes: 0 done (verify: the chain holds); 1 refused or failed, the message says why (verify: the first entry
that does not fit); 2 bad input.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the parser (cli/main) imports this module for every command, the window's start included
    from counter_app.store.database import Database


def add_db_parsers(sub: Any) -> None:
    db = sub.add_parser("db", help="schema migrations and PostgreSQL roles (run by the database owner)")
    actions = db.add_subparsers(dest="action", required=True)
    actions.add_parser("upgrade", help="migrate the schema to this version (the owner's connection)")
    roles = actions.add_parser("setup-roles", help="create the counters' (or the web page's) login role (PostgreSQL)")
    roles.add_argument("--app-user", required=True, metavar="NAME", help="the role the counters log in as")
    roles.add_argument("--profile", choices=["counter", "web"], default="counter",
                       help="counter: the windows (default); web: counter-app web (reads what it shows, writes "
                            "only bookings and its audit rows)")
    roles.add_argument("--password-stdin", action="store_true",
                       help="read the role's password from the first line of standard input")
    roles.add_argument("--keep-password", action="store_true", help="an existing role keeps its password")
    audit = sub.add_parser("audit", help="check the audit log's hash chain and triggers")
    audit_actions = audit.add_subparsers(dest="action", required=True)
    audit_actions.add_parser("verify", help="exit 0 with the count checked, or 1 naming the first bad entry")


def _password(args: argparse.Namespace) -> str | None:
    if args.keep_password:
        return None
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n") or ""
    first = getpass.getpass(f"角色 {args.app_user} 的密码：")
    return first if getpass.getpass("再输入一次：") == first else ""


def _upgrade(db: Database) -> int:
    from counter_app.store import migrate

    before = migrate.stored_revision(db)
    copy = migrate.upgrade(db)
    after = migrate.stored_revision(db)
    if before == after:
        print(f"数据库结构已是最新（版本 {after}）：{db.describe()}")
    else:
        print(f"数据库结构已从 {before or '空'} 升级到 {after}：{db.describe()}")
    if copy is not None:
        print(f"升级前的副本：{copy}")
    return 0


def _setup_roles(args: argparse.Namespace, db: Database) -> int:
    from counter_app.store import migrate
    from counter_app.store.roles import setup_roles
    from counter_app.store.web_role import setup_web_role

    password = _password(args)
    if password == "":
        print("没有密码（或两次输入不一致），未作修改", file=sys.stderr)
        return 2
    migrate.upgrade(db)  # the roles are granted on the tables of the current schema
    with db.engine.begin() as connection:
        if args.profile == "web":
            group = setup_web_role(connection, args.app_user, password)
        else:
            group = setup_roles(connection, args.app_user, password)
    if args.profile == "web":
        print(f"已设置网页账户 {args.app_user}（权限组 {group}）：只读网页所需数据，只写预约和自己的日志")
        print(f"网页服务用此连接：counter-app web --db postgresql+psycopg://{args.app_user}:<密码>@"
              f"{db.url.host or 'localhost'}{':' + str(db.url.port) if db.url.port else ''}/{db.url.database}")
        return 0
    print(f"已设置窗口账户 {args.app_user}（权限组 {group}）：可读写业务数据，审计日志只能查询和追加，不能改表结构")
    print(f"各窗口用此连接：postgresql+psycopg://{args.app_user}:<密码>@{db.url.host or 'localhost'}"
          f"{':' + str(db.url.port) if db.url.port else ''}/{db.url.database}")
    return 0


def _verify(db: Database) -> int:
    from counter_app.store import migrate
    from counter_app.store.audit_chain import verify_chain

    migrate.upgrade(db)
    verdict = verify_chain(db.engine)
    print(verdict.message(), file=sys.stdout if verdict.ok else sys.stderr)
    return 0 if verdict.ok else 1


def run_db_command(args: argparse.Namespace) -> int:
    from counter_app.domain.errors import DomainError
    from counter_app.operations.admin.database_access import database_url
    from counter_app.store.database import Database

    db = Database(database_url(args.db, args.demo))
    try:
        if args.command == "audit":
            return _verify(db)
        return _upgrade(db) if args.action == "upgrade" else _setup_roles(args, db)
    except DomainError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    finally:
        db.dispose()
