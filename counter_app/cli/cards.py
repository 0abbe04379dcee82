"""The ID-card subcommands of ``counter-app``: lookup, arrivals import, demo cases and receipt printing."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

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
        print(json.dumps({"rows": rows, "truncated": result.truncated}, ensure_ascii=False, indent=2))
        return 0
    for row in result.rows:
        print(f"{row.acceptance_no}  {row.name}  {row.id_masked}  {row.service_name}  {row.state_label}"
              f"  第{row.days_waiting}天  {row.storage_place or '-'}")
        print(f"    {row.answer}")
    print(f"共 {len(result.rows)} 条" + ("（仅显示前面部分，请缩小范围）" if result.truncated else ""),
          file=sys.stderr)
    return 0


def _arrivals(args: argparse.Namespace) -> int:
    from counter_app.domain.manifest_read import ManifestError
    from counter_app.operations.cards.arrivals import import_arrivals
    from counter_app.operations.cards.common import CardError

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        print(f"无法读取文件 {args.file}：{exc.strerror or exc}", file=sys.stderr)
        return 1
    try:
        report = import_arrivals(_context(args), data, args.file.name, args.dry_run)
    except (ManifestError, CardError) as exc:
        print(exc.message, file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({
            "file": report.filename, "dry_run": report.dry_run, "committed": report.committed,
            "already_imported": report.already_imported, "matched": report.matched,
            "rows": [asdict(row) for row in report.rows],
        }, ensure_ascii=False, indent=2))
    else:
        for row in report.rows:
            place = f"  → {row.storage_place}" if row.storage_place else ""
            print(f"第{row.line}行  {row.acceptance_no or '-'}  {row.name}  {row.message}{place}")
        verb = "可登记到达" if report.dry_run else "已登记到达"
        print(f"{verb} {report.matched} 件，共 {len(report.rows)} 行"
              + ("（该文件此前已导入过）" if report.already_imported else ""))
    if report.matched == 0:
        print("没有可以登记到达的证件", file=sys.stderr)
        return 1
    return 0


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
    from counter_app.operations.cards.common import CardError
    from counter_app.operations.cards.pickup_notices import pickup_notice_pdf
    from counter_app.operations.cards.receipts import print_receipt

    try:
        if args.action == "pickup-notice":
            pdf, label = pickup_notice_pdf(_context(args), args.acceptance_no, page=args.page), "领证通知"
        else:
            pdf, label = print_receipt(_context(args), args.acceptance_no, layout=args.layout), "领取凭证"
    except CardError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    if not write_output(args.output, pdf):
        return 1
    print(f"{label} {args.acceptance_no.strip()} → {args.output}")
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
    from counter_app.operations.cards import pickup_notices as notices
    from counter_app.operations.cards.common import CardError

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
            from counter_app.operations.admin.sms_settings import load_sms_template

            data = notices.export_sms_csv(ctx, args.template or load_sms_template(ctx))
            if not write_output(args.output, data):
                return 1
            print(f"短信名单 → {args.output}")
            return 0
        count = notices.mark_notified(ctx, args.acceptance_nos, args.channel)
    except CardError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    print(f"已登记通知 {count} 件")
    return 0


def run_card_command(args: argparse.Namespace) -> int:
    handlers = {"lookup": _lookup, "arrivals": _arrivals, "demo": _demo, "print": _print, "notices": _notices}
    return handlers[args.command](args)
