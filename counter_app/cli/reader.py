"""``counter-app reader read``: one card from the ID-card reader, support staff's check that the reader works.

The name, ID number and address are masked unless ``--full``, which needs the unmask permission: a supervisor's
user name and password (asked for, or from stdin). Every read is audited, masked, like the window's.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import time
from typing import Any

from counter_app.domain.id_card import IdCardData


def add_reader_parser(sub: Any) -> None:
    reader = sub.add_parser("reader", help="the ID-card reader (二代证读卡器)")
    actions = reader.add_subparsers(dest="action", required=True)
    read = actions.add_parser("read", help="read the card on the reader and print it (masked unless --full)")
    read.add_argument("--library", default=None, help="the reader's sdtapi library (default: the workstation's)")
    read.add_argument("--port", type=int, default=None, help="1001–1016 USB, 1–16 serial (default: find it)")
    read.add_argument("--json", action="store_true")
    read.add_argument("--full", action="store_true", help="unmasked; needs a supervisor's --user and password")
    read.add_argument("--user", default=None, help="the supervisor signing for --full")
    read.add_argument("--password-stdin", action="store_true")
    read.add_argument("--wait", type=float, default=10.0, metavar="SECONDS",
                      help="how long to wait for a card to be laid on the reader")


def _supervisor(ctx: Any, args: argparse.Namespace) -> str | None:
    """The unmask permission for --full: a supervisor signs with name and password; None and a message if not."""
    from counter_app.domain.permissions import Permission, PermissionDenied, require
    from counter_app.operations.admin.accounts import AuthError, authenticate

    if not args.user:
        return "--full 需要主管账户：请加 --user 用户名（密码随后输入，或用 --password-stdin）"
    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass("密码：")
    try:
        actor = authenticate(ctx, args.user, password, ctx.actor.workstation)
        require(actor, Permission.UNMASK_PERSONAL_DATA)
    except (AuthError, PermissionDenied) as exc:
        return exc.message
    ctx.actor = actor
    return None


def _print_card(card: IdCardData, full: bool, as_json: bool, today: Any) -> None:
    data = card.as_dict(full=full)
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    expired = "（已过期）" if card.expired(today) else ""
    print(f"姓名：{data['name']}  性别：{data['sex']}  民族：{data['nation']}  出生：{data['birth_date']}")
    print(f"住址：{data['address']}")
    print(f"公民身份号码：{data['id_number']}")
    print(f"签发机关：{data['issuer']}  有效期限：{card.validity_text()}{expired}")


def run_reader_command(args: argparse.Namespace) -> int:
    from counter_app.bootstrap import open_context
    from counter_app.devices.id_reader import ReaderError, SdtApiReader
    from counter_app.operations.cards.id_card_reads import record_card_read
    from counter_app.workstation import load_workstation

    ctx = open_context(args.db, args.demo)
    if args.full:
        refused = _supervisor(ctx, args)
        if refused:
            print(refused, file=sys.stderr)
            return 2
    ws = load_workstation()
    library = ws.reader_library if args.library is None else args.library
    port = ws.reader_port if args.port is None else args.port
    reader = SdtApiReader(library, port, today=lambda: ctx.now().date())
    deadline = time.monotonic() + max(0.0, args.wait)
    try:
        card = reader.read()
        while card is None and time.monotonic() < deadline:
            time.sleep(0.3)
            card = reader.read()
    except ReaderError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    finally:
        reader.close()
    if card is None:
        print(f"{args.wait:g} 秒内读卡器上没有证件：请将身份证平放在读卡器上", file=sys.stderr)
        return 1
    record_card_read(ctx, card, "check")
    _print_card(card, args.full, args.json, ctx.now().date())
    return 0
