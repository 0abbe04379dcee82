"""``counter-app web``: serve the residents' web page; ``counter-app web notices``: the station's notices on it."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import logging
import socket
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the parser is built at every start of the window: nothing heavy is imported for it
    from counter_app.operations.context import AppContext


def add_web_parser(sub: Any) -> None:
    web = sub.add_parser("web", help="serve the residents' web page (办事指南、证件进度、网上预约)")
    web.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: behind a proxy)")
    web.add_argument("--port", type=int, default=8080)
    web.add_argument("--db", dest="web_db", metavar="URL",
                     help="database URL, best the web role's (counter-app db setup-roles --profile web); "
                          "default as for --db")
    web.add_argument("--trusted-proxy", default="127.0.0.1", metavar="ADDRESSES",
                     help="proxies whose X-Forwarded-For names the client (comma-separated; default 127.0.0.1)")
    actions = web.add_subparsers(dest="web_action")
    notices = actions.add_parser("notices", help="the notices (公告) shown on the web page (station settings right)")
    notices_sub = notices.add_subparsers(dest="notice_action", required=True)
    add = notices_sub.add_parser("add", help="publish a notice from today")
    add.add_argument("text")
    add.add_argument("--until", type=dt.date.fromisoformat, metavar="YYYY-MM-DD", help="last day it shows")
    notices_sub.add_parser("list", help="every stored notice, newest first, numbered")
    remove = notices_sub.add_parser("remove", help="remove the notice with this number (from list)")
    remove.add_argument("number", type=int)


def open_web_context(url: str | None, demo: bool) -> AppContext:
    """The web process's context: the schema must be current (the web role may not migrate it; the counters do)."""
    from counter_app import paths
    from counter_app.domain.catalog import load_catalog
    from counter_app.operations.admin.database_access import database_url
    from counter_app.operations.context import AppContext
    from counter_app.operations.self_service.client import web_actor
    from counter_app.store import migrate
    from counter_app.store.database import Database

    db = Database(database_url(url, demo))
    if migrate.stored_revision(db) != migrate.expected_head():
        if not db.is_sqlite:
            raise SystemExit(f"数据库 {db.describe()} 的结构版本不是最新：请先以数据库所有者的账户打开一次窗口程序"
                             "（或运行 counter-app --db URL user list）完成升级，再启动网页服务。")
        migrate.upgrade(db)
    ctx = AppContext(db=db, catalog=load_catalog(overrides_dir=paths.overrides_dir()), actor=web_actor(None))
    if demo:
        from counter_app.demo.seed import ensure_demo_data

        ensure_demo_data(ctx)
    return ctx


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from counter_app.web import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    ctx = open_web_context(args.web_db or args.db, args.demo)
    print(f"网上服务 http://{args.host}:{args.port}/  数据库 {ctx.db.describe()}", file=sys.stderr)
    # uvicorn's own access log prints full paths and client addresses; the app logs route patterns instead.
    uvicorn.run(create_app(ctx), host=args.host, port=args.port, proxy_headers=True,
                forwarded_allow_ips=args.trusted_proxy, access_log=False, server_header=False, log_config=None)
    return 0


def _notices(args: argparse.Namespace) -> int:
    from counter_app.bootstrap import open_context
    from counter_app.domain.errors import DomainError
    from counter_app.domain.permissions import Role
    from counter_app.operations.context import Actor
    from counter_app.operations.self_service.notices import add_notice, load_notices, remove_notice

    try:
        os_user = getpass.getuser()
    except (KeyError, OSError):
        os_user = "unknown"
    # Like `counter-app user`: whoever can run this against the database administers it anyway.
    actor = Actor(clerk=f"cli:{os_user}"[:60], workstation=socket.gethostname()[:60], role=Role.SUPERVISOR.value)
    ctx = open_context(args.web_db or args.db, args.demo, actor=actor)
    try:
        if args.notice_action == "add":
            add_notice(ctx, args.text, args.until)
        elif args.notice_action == "remove":
            remove_notice(ctx, args.number)
    except DomainError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    for number, notice in enumerate(load_notices(ctx), start=1):
        until = notice.until.isoformat() if notice.until else "长期"
        print(f"{number}\t{notice.published}\t{until}\t{notice.text}")
    return 0


def run_web_command(args: argparse.Namespace) -> int:
    if args.web_action == "notices":
        return _notices(args)
    return _serve(args)
