"""The ID-card subcommands of ``counter-app``: lookup, arrivals import, demo cases and receipt printing."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the parser (cli/main) imports this module for every command, the window's start included
    from counter_app.operations.context import AppContext


def _context(args: argparse.Namespace) -> AppContext:
    from counter_app.bootstrap import open_context

    return open_context(args.db, args.demo)


def _lookup(args: argparse.Namespace) -> int:
    from counter_app.operations.cards.lookup import lookup

    if args.limit < 1:
        print("--limit 应为正整数", file=sys.stderr)
        return 2
    result = lookup(_context(args), args.query, limit=args.limit)
    if args.json:
        rows = [{**asdict(row), "state": row.state.value, "promised_date": row.promised_date.isoformat()}
                for row in result.rows]
        print(json.dumps({"rows": rows, "truncated": result.truncated, "hints": list(result.hints)},
                         ensure_ascii=False, indent=2))
        return 0
    for hint in result.hints:  # what is wrong with the number, before "0 found"
        print(hint, file=sys.stderr)
    for row in result.rows:
        print(f"{row.acceptance_no}  {row.name}  {row.id_masked}  {row.service_name}  {row.state_label}"
              f"  第{row.days_waiting}天  {row.storage_place or '-'}")
        print(f"    {row.answer}")
    print(f"共 {len(result.rows)} 条" + ("（仅显示前面部分，请缩小范围）" if result.truncated else ""),
          file=sys.stderr)
    return 0


EXIT_OK, EXIT_NOTHING_COMMITTED, EXIT_PARTIAL = 0, 1, 3
ARRIVALS_EXIT_CODES = f"""exit codes:
  {EXIT_OK}  every row is recorded (with --dry-run: would be)
  {EXIT_NOTHING_COMMITTED}  nothing committed: the file cannot be used, a row has a problem (all or nothing by
     default), or no card in it is new
  2  wrong command-line usage
  {EXIT_PARTIAL}  committed with problems (--accept-partial): the good rows arrived and every problem row is
     on the to-do list (待办) with its acceptance number, row and problem"""


def add_arrivals_parser(sub: Any) -> None:
    """``arrivals import``: all or nothing unless ``--accept-partial``; the exit codes are in its help."""
    arrivals = sub.add_parser("arrivals", help="import a dispatch list (到证清单)")
    arrivals_sub = arrivals.add_subparsers(dest="action", required=True)
    arrivals_import = arrivals_sub.add_parser(
        "import", help="check a dispatch list and mark its cards arrived (all or nothing)",
        description="Check a dispatch list (CSV or XLSX) and mark its cards arrived in one transaction. By default "
                    "a list with any problem row commits nothing.",
        epilog=ARRIVALS_EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    arrivals_import.add_argument("file", type=Path)
    arrivals_import.add_argument("--dry-run", action="store_true", help="check only; the exit code says what the "
                                 "real import would do")
    arrivals_import.add_argument("--accept-partial", action="store_true",
                                 help="commit the good rows and put each problem row on the to-do list (exit 3)")
    arrivals_import.add_argument("--sheet", metavar="NAME", help="the worksheet to read when several hold a list")
    arrivals_import.add_argument("--json", action="store_true")


def _arrivals(args: argparse.Namespace) -> int:
    from counter_app.domain.manifest_read import ManifestError, read_manifest_file

    try:  # before the database (and its libraries) are loaded: a wrong file costs nothing
        data = read_manifest_file(args.file)
    except OSError as exc:
        print(f"无法读取文件 {args.file}：{exc.strerror or exc}", file=sys.stderr)
        return EXIT_NOTHING_COMMITTED
    except ManifestError as exc:
        print(f"{args.file}：{exc.message}", file=sys.stderr)
        return EXIT_NOTHING_COMMITTED
    from counter_app.operations.cards.arrivals import import_arrivals
    from counter_app.operations.cards.common import CardError

    try:
        report = import_arrivals(_context(args), data, args.file.name, args.dry_run,
                                 accept_partial=args.accept_partial, sheet=args.sheet)
    except (ManifestError, CardError) as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_NOTHING_COMMITTED
    code = _arrivals_exit_code(report)
    if args.json:
        print(json.dumps({
            "file": report.filename, "sheet": report.sheet, "dry_run": report.dry_run,
            "committed": report.committed, "refused": report.refused, "accept_partial": report.accept_partial,
            "already_imported": report.already_imported, "matched": report.matched, "problems": report.problems,
            "follow_ups": report.follow_ups, "exit_code": code,
            "rows": [{**asdict(row), "problem": row.problem} for row in report.rows_problems_first()],
        }, ensure_ascii=False, indent=2))
    else:
        for row in report.rows_problems_first():
            place = f"  → {row.storage_place}" if row.storage_place else ""
            print(f"第{row.line}行  {row.acceptance_no or '-'}  {row.name}  {row.message}{place}")
        print(_arrivals_summary(report))
    if report.refused:
        print(f"清单中有 {report.problems} 行有问题，{'将' if report.dry_run else ''}不登记任何证件（全部或全不）。"
              f"请在源头改正后重新导入，或用 --accept-partial 登记其余 {report.matched} 件并把问题行列入待办",
              file=sys.stderr)
    elif code == EXIT_NOTHING_COMMITTED:
        print("没有可以登记到达的证件（清单中的证件均已登记）", file=sys.stderr)
    return code


def _arrivals_exit_code(report: Any) -> int:
    if report.refused:
        return EXIT_NOTHING_COMMITTED
    if report.problems:
        return EXIT_PARTIAL
    return EXIT_OK if report.matched else EXIT_NOTHING_COMMITTED


def _arrivals_summary(report: Any) -> str:
    verb = "已登记到达" if report.committed else "可登记到达"
    if report.refused and not report.dry_run:
        verb = "可登记到达（本次未登记）"
    text = f"{verb} {report.matched} 件，有问题 {report.problems} 行，共 {len(report.rows)} 行"
    if report.sheet:
        text += f"（工作表「{report.sheet}」）"
    if report.accept_partial and report.problems:
        text += "；问题行将列入待办" if report.dry_run else f"；问题行已列入待办（新增 {report.follow_ups} 条）"
    return text + ("（该文件此前已导入过）" if report.already_imported else "")


def _demo(args: argparse.Namespace) -> int:
    import time

    from counter_app.demo.cards import make_demo_cards

    if args.records < 1:
        print("--records 应为正整数", file=sys.stderr)
        return 2
    ctx = _context(args)
    started = time.perf_counter()
    inserted = make_demo_cards(ctx, args.records, seed=args.seed)
    print(f"已生成 {inserted} 件演示证件，用时 {time.perf_counter() - started:.1f} 秒（{ctx.db.describe()}）")
    return 0


def _print(args: argparse.Namespace) -> int:
    """A receipt or a pickup notice: to ``-o OUT.pdf``, or through the OS queue to the printer."""
    from counter_app.cli.printer import paper_for, print_through_queue
    from counter_app.operations.cards.common import CardError
    from counter_app.operations.cards.pickup_notices import pickup_notice_pdf
    from counter_app.operations.cards.receipts import reprint_receipt

    number = args.acceptance_no.strip()
    try:
        if args.action == "receipt":
            kind, label = "receipt", "领取凭证"
            # The first receipt is printed at acceptance in the window; from here it is always a reprint.
            pdf = reprint_receipt(_context(args), number, layout=args.layout or paper_for(kind))
        else:
            kind, label = "pickup_notice", "领证通知单"
            pdf = pickup_notice_pdf(_context(args), number, page=args.page or paper_for(kind))
    except CardError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    if args.output is None:
        return print_through_queue(pdf, kind, args.printer, f"{number} {label}")  # number first: queues cut titles
    if not write_output(args.output, pdf):
        return 1
    print(f"{label} {number} → {args.output}")
    return 0


def write_output(path: Path, data: bytes) -> bool:
    """Write a produced file; a path that cannot be written is reported on stderr, not as a traceback."""
    try:
        path.write_bytes(data)
    except OSError as exc:
        print(f"无法写入 {path}：{exc.strerror or exc}", file=sys.stderr)
        return False
    return True


def _print_rows(rows: list[Any], as_json: bool, to_dict: Callable[[Any], dict[str, Any]],
                line: Callable[[Any], str], total: str) -> int:
    """Rows as JSON for scripts, or one readable line each with the count on stderr."""
    if as_json:
        print(json.dumps([to_dict(row) for row in rows], ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        print(line(row))
    print(f"共 {len(rows)} {total}", file=sys.stderr)
    return 0


def _notices(args: argparse.Namespace) -> int:
    from counter_app.domain.errors import DomainError
    from counter_app.operations.cards import pickup_notices as notices

    ctx = _context(args)
    try:
        if args.action == "list":
            return _print_rows(notices.unnotified(ctx), args.json, notices.as_dict, lambda r: (
                f"{r.acceptance_no}  {r.name}  {r.phone_masked or '无电话'}  {r.storage_place or '-'}"
                f"  到达 {r.arrived_on}  应于 {r.deadline} 前通知{'  已超期' if r.overdue else ''}"), "件待通知")
        if args.action == "overdue":
            return _print_rows(notices.overdue_pickups(ctx), args.json, notices.as_dict, lambda r: (
                f"{r.acceptance_no}  {r.name}  {r.storage_place or '-'}  到达 {r.arrived_on}  已等 {r.days_waiting} 天"
                f"  {'已通知' if r.notified else '未通知'}  {r.phone_masked or '无电话'}"), "件超期未领")
        if args.action == "sms-export":
            from counter_app.cli.users import admin_actor

            # Local administration, as `user`: whoever runs the command can read the database anyway.
            ctx.actor = admin_actor()
            data = notices.export_sms_csv(ctx, args.template or None)
            if not write_output(args.output, data):
                return 1
            print(f"短信名单 → {args.output}")
            return 0
        count = notices.mark_notified(ctx, args.acceptance_nos, args.channel)
    except DomainError as exc:  # a card, a template or a stored setting refused
        print(exc.message, file=sys.stderr)
        return 2
    print(f"已登记通知 {count} 件")
    return 0


def run_card_command(args: argparse.Namespace) -> int:
    handlers = {"lookup": _lookup, "arrivals": _arrivals, "demo": _demo, "print": _print, "notices": _notices}
    return handlers[args.command](args)
