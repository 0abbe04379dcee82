"""The ``counter-app`` command: the GUI by default, subcommands for scripts, support staff and tests."""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from pathlib import Path

# Taken before the heavy imports, so that --exit-when-shown reports what the clerk waits for.
STARTED = time.perf_counter()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="counter-app", description="Counter Assistant (户籍窗口助手)")
    parser.add_argument("--db", help="database URL (default: SQLite in the user data folder; env COUNTER_APP_DB)")
    parser.add_argument("--font", help="TrueType Chinese font for the window and printouts (env COUNTER_APP_FONT)")
    parser.add_argument("--demo", action="store_true", help="use a separate demo database with synthetic applicants")
    parser.add_argument("--self-test", action="store_true",
                        help="start offscreen on a throw-away demo database, show the window, print a receipt")
    parser.add_argument("--exit-when-shown", action="store_true",
                        help="start as usual, print 'window shown in N ms' at the first paint and quit")
    sub = parser.add_subparsers(dest="command")

    catalog = sub.add_parser("catalog", help="list, show or check the service catalog")
    catalog_sub = catalog.add_subparsers(dest="action", required=True)
    catalog_sub.add_parser("list")
    show = catalog_sub.add_parser("show")
    show.add_argument("service_id")
    check = catalog_sub.add_parser("check")
    check.add_argument("path", nargs="?", help="a forms folder (default: the installed one)")

    checklist = sub.add_parser("checklist", help="the applicable and missing materials of a service")
    _checklist_arguments(checklist)
    checklist.add_argument("--notice", type=Path, metavar="OUT.pdf", help="write the one-time notice")

    lookup = sub.add_parser("lookup", help="find ID cards by 受理号, ID number, phone, name or pinyin")
    lookup.add_argument("query")
    lookup.add_argument("--json", action="store_true")
    lookup.add_argument("--limit", type=int, default=50)

    from counter_app.cli.cards import add_arrivals_parser

    add_arrivals_parser(sub)

    demo = sub.add_parser("demo", help="add synthetic ID-card cases to the database chosen by --db/--demo")
    demo.add_argument("--records", type=int, required=True)
    demo.add_argument("--seed", type=int, default=7)

    printing_cmd = sub.add_parser("print", help="print a document on a printer (the OS queue) or as PDF (-o)")
    printing_sub = printing_cmd.add_subparsers(dest="action", required=True)
    receipt = printing_sub.add_parser("receipt", help="the 居民身份证领取凭证 of an accepted card")
    receipt.add_argument("acceptance_no")
    receipt.add_argument("--layout", choices=["roll80", "a5"], default=None, help="default: the workstation's paper")
    pickup = printing_sub.add_parser("pickup-notice", help="the 领证通知单 of an arrived card")
    pickup.add_argument("acceptance_no")
    pickup.add_argument("--page", choices=["A4", "A5"], default=None, help="default: the workstation's paper")
    notice = printing_sub.add_parser("notice", help="give a one-time notice (一次性告知单) and print it")
    _checklist_arguments(notice)
    for command in (receipt, pickup, notice):
        where = command.add_mutually_exclusive_group()
        where.add_argument("-o", "--output", type=Path, metavar="OUT.pdf", help="write the PDF instead of printing")
        where.add_argument("--printer", metavar="NAME", help="default: this workstation's printer for the document")

    notices = sub.add_parser("notices", help="arrived cards whose holder is still to be told (领证通知)")
    notices_sub = notices.add_subparsers(dest="action", required=True)
    notices_list = notices_sub.add_parser("list")
    notices_list.add_argument("--json", action="store_true")
    notices_overdue = notices_sub.add_parser("overdue", help="cards waiting longer than the station's limit")
    notices_overdue.add_argument("--json", action="store_true")
    sms_export = notices_sub.add_parser("sms-export", help="CSV for the SMS platform (UTF-8 with BOM)")
    sms_export.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.csv")
    sms_export.add_argument("--template", default=None, help="placeholders {name} {place} {station} {phone} {hours}")
    notices_mark = notices_sub.add_parser("mark", help="record that the holders were told")
    notices_mark.add_argument("acceptance_nos", nargs="+", metavar="ACCEPTANCE_NO")
    notices_mark.add_argument("--channel", choices=["phone", "sms", "in_person"], required=True)

    from counter_app.cli.backup import add_backup_parser
    from counter_app.cli.db import add_db_parsers
    from counter_app.cli.report import add_report_parser
    from counter_app.cli.users import add_users_parser
    from counter_app.cli.web import add_web_parser

    add_report_parser(sub)
    add_users_parser(sub)
    add_backup_parser(sub)
    add_db_parsers(sub)
    from counter_app.cli.reader import add_reader_parser

    add_reader_parser(sub)
    add_web_parser(sub)
    return parser


def _checklist_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("service_id")
    parser.add_argument("--id-number")
    parser.add_argument("--answer", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--have", default="", metavar="MATERIAL_ID,...")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--name", default="", help="applicant name for the notice")
    parser.add_argument("--phone", default="")
    parser.add_argument("--page", choices=["A4", "A5"], default=None, help="default: the workstation's paper")


def _catalog(args: argparse.Namespace) -> int:
    from counter_app import paths
    from counter_app.domain.catalog import load_catalog

    if args.action == "check":
        forms = Path(args.path) if args.path else None
        if forms is not None and not forms.is_dir():
            print(f"{forms}: not a folder", file=sys.stderr)
            return 2
        catalog = load_catalog(forms)
        for problem in catalog.problems:
            print(problem)
        print(f"{len(catalog.services)} services loaded, {len(catalog.problems)} problems", file=sys.stderr)
        return 1 if catalog.problems else 0
    catalog = load_catalog(overrides_dir=paths.overrides_dir())
    if args.action == "list":
        for service in catalog.ordered():
            print(f"{service.id}\t{service.name}\t{service.category}")
        return 0
    try:
        service = catalog.get(args.service_id)
    except KeyError as exc:
        print(exc.args[0], file=sys.stderr)
        return 2
    print(
        json.dumps(
            service.model_dump(mode="json", exclude={"questions", "materials", "alerts"}),
            ensure_ascii=False,
            indent=2,
            default=str,
        )
    )
    return 0


def _checklist(args: argparse.Namespace) -> int:
    from counter_app.bootstrap import open_context
    from counter_app.domain.card_terms import card_validity
    from counter_app.domain.id_number import InvalidIdNumber
    from counter_app.operations.guide.service_guide import LABELS, Applicant, build_checklist, give_notice, limits_text

    ctx = open_context(args.db, args.demo)
    answers = {}
    for pair in args.answer:
        key, sep, value = pair.partition("=")
        if not sep:
            print(f"--answer {pair!r}: expected KEY=VALUE", file=sys.stderr)
            return 2
        answers[key.strip()] = value.strip()
    have = {item.strip() for item in args.have.split(",") if item.strip()}
    try:
        result = build_checklist(ctx, args.service_id, answers, have, args.id_number)
    except (KeyError, ValueError, InvalidIdNumber) as exc:
        print(exc.args[0] if isinstance(exc, KeyError) else str(exc), file=sys.stderr)
        return 2
    statutory, promised = limits_text(ctx, result.service)
    data = {
        "service": result.service.id,
        "name": result.service.name,
        "answers": dict(result.answers),
        "fee": result.fee.text(),
        "statutory_limit": statutory,
        "promised_limit": promised,
        # The card's 有效期限 when an ID-card service is asked about with a number: "5年"/"10年"/"20年"/"长期".
        "validity": card_validity(result.service, args.id_number, ctx.now().date()) or None,
        "alerts": [a.text for a in result.alerts],
        "applicable": [
            {
                "id": m.id,
                "name": m.name,
                "form": LABELS[m.form],
                "copies": m.copies,
                "necessity": LABELS[m.necessity],
                "issuer": m.issuer,
                "brought": m.id in result.brought,
            }
            for m in result.applicable
        ],
        "missing": [m.id for m in result.missing],
        "complete": result.complete,
    }
    printing_notice = args.command == "print"
    target = args.output if printing_notice else args.notice
    if target or printing_notice:
        from counter_app.cli.printer import paper_for

        try:
            notice_no, pdf = give_notice(
                ctx, result, Applicant(args.name or "（未填写）", args.id_number, args.phone),
                page=args.page or paper_for("notice"),
            )
        except ValueError as exc:
            print(str(exc), file=sys.stderr)
            return 2
        from counter_app.cli.cards import write_output

        if target is None:
            from counter_app.cli.printer import print_through_queue

            return print_through_queue(pdf, "notice", args.printer, f"{notice_no} 一次性告知单")
        if not write_output(target, pdf):
            return 1
        data["notice"] = {"number": notice_no, "file": str(target)}
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(f"{data['name']}  费用：{data['fee']}  法定时限：{statutory}  承诺时限：{promised}")
        if data["validity"]:
            print(f"证件有效期限：{data['validity']}")
        for alert in data["alerts"]:
            print(f"! {alert}")
        for item in data["applicable"]:
            mark = "✓" if item["brought"] else ("✗" if item["id"] in data["missing"] else "-")
            print(
                f" {mark} {item['name']}（{item['form']}，{item['copies']}份，{item['necessity']}，{item['issuer']}）"
            )
        print("材料齐全，可以受理" if result.complete else f"尚缺 {len(result.missing)} 项")
        if target:
            print(f"告知单 {data['notice']['number']} → {target}")
    return 0


_CARD_COMMANDS = frozenset({"lookup", "arrivals", "demo", "print", "notices"})


def _outage_line(args: argparse.Namespace, exc: BaseException) -> str:
    """One Chinese line for a database that cannot be reached: where, and what the network said."""
    from sqlalchemy.engine import make_url

    from counter_app.operations.admin.database_access import database_url

    url = make_url(database_url(args.db, getattr(args, "demo", False)))
    if url.get_backend_name() == "sqlite":
        return f"无法打开数据库 {url.database}：数据库正被占用或无法读取。请稍后重试或联系管理员。"
    where = f"{url.host or 'localhost'}:{url.port or 5432}"
    text = str(getattr(exc, "orig", exc)).lower()
    if "refused" in text:
        why = "连接被拒绝，服务器可能未运行"
    elif "timeout" in text or "timed out" in text:
        why = "服务器在规定时间内没有响应"
    else:
        why = "连接中断"
    return f"无法连接数据库服务器 {where}：{why}。请稍后重试或联系管理员。"


def _protect_personal_data() -> None:
    """Before anything is opened or logged: masked log records, private files (see counter_app.privacy)."""
    from counter_app import paths, privacy

    privacy.install_log_masking()
    privacy.private_files()
    privacy.tighten(paths.data_dir())
    privacy.tighten(paths.config_file().parent)


def main(argv: list[str] | None = None) -> int:
    collecting = gc.isenabled()
    # The window's start makes a few hundred thousand objects that live as long as the program (modules, classes,
    # widgets); the collector walked them again and again while they were being made. The window collects as usual
    # from its first paint (ui/app.run_gui), every other command from the moment it is known.
    gc.disable()
    try:
        args = _parser().parse_args(argv)
        if (args.command is not None or args.self_test) and collecting:
            gc.enable()
        return _main(args)
    finally:
        # As it was: on in a fresh process; off where the GUI thread collects (counter_app/gui_thread_gc.py).
        (gc.enable if collecting else gc.disable)()


def _main(args: argparse.Namespace) -> int:
    _protect_personal_data()
    try:
        return _run(args)
    except Exception as exc:
        # Imported only now: the window's start paints before the storage layer is imported (ui/app.py).
        from counter_app.store.database import is_connection_lost
        from counter_app.store.migrate import SchemaOutdated

        if isinstance(exc, SchemaOutdated):  # a counters' role never migrates: one line naming who must upgrade
            print(exc.message, file=sys.stderr)
            return 1
        if not is_connection_lost(exc):
            raise
        print(_outage_line(args, exc), file=sys.stderr)
        return 1


def _run(args: argparse.Namespace) -> int:
    if args.font:
        from counter_app import paths

        os.environ[paths.ENV_FONT] = args.font
    if args.self_test:
        from counter_app.self_test import run_self_test

        return run_self_test()
    if args.command == "catalog":
        return _catalog(args)
    if args.command == "checklist" or (args.command == "print" and args.action == "notice"):
        return _checklist(args)
    if args.command in _CARD_COMMANDS:
        from counter_app.cli.cards import run_card_command

        return run_card_command(args)
    if args.command == "report":
        from counter_app.cli.report import run_report_command

        return run_report_command(args)
    if args.command == "user":
        from counter_app.cli.users import run_users_command

        return run_users_command(args)
    if args.command == "web":
        from counter_app.cli.web import run_web_command

        return run_web_command(args)
    if args.command in {"db", "audit"}:
        from counter_app.cli.db import run_db_command

        return run_db_command(args)
    if args.command == "reader":
        from counter_app.cli.reader import run_reader_command

        return run_reader_command(args)
    if args.command in {"backup", "restore"}:
        from counter_app.cli.backup import run_backup_command

        return run_backup_command(args)
    from counter_app.log_file import setup_logging

    setup_logging()
    from counter_app.ui.app import run_gui

    return run_gui(args.db, demo=args.demo, exit_when_shown_since=STARTED if args.exit_when_shown else None)


if __name__ == "__main__":
    sys.exit(main())
