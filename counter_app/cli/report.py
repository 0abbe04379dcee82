"""``counter-app report daily [--date D | --month YYYY-MM] -o OUT.pdf|OUT.xlsx``: the daily report as a file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from counter_app.cli.cards import _context, write_output

_FORMATS = {".pdf": "PDF", ".xlsx": "XLSX"}


def add_report_parser(sub: Any) -> argparse.ArgumentParser:
    """Add the ``report`` subcommand to the main parser's subparsers; returns it."""
    report = sub.add_parser("report", help="the daily or monthly work report (工作日报) as PDF or XLSX")
    report_sub = report.add_subparsers(dest="action", required=True)
    daily = report_sub.add_parser("daily", help="a day (default today) or a month")
    when = daily.add_mutually_exclusive_group()
    when.add_argument("--date", metavar="YYYY-MM-DD", help="the day to report (default: today)")
    when.add_argument("--month", metavar="YYYY-MM", help="a whole month")
    daily.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="OUT.pdf|OUT.xlsx",
        help="the file to write; its extension chooses PDF or XLSX",
    )
    return report


def _daily(args: argparse.Namespace) -> int:
    from counter_app.operations.reports.daily_report import (
        ReportError,
        build_report,
        parse_period,
        report_pdf,
        report_xlsx,
    )
    from printing.report_data import ReportPeriod

    kind = _FORMATS.get(args.output.suffix.lower())
    if kind is None:
        print(f"输出文件 {args.output} 的扩展名应为 .pdf 或 .xlsx", file=sys.stderr)
        return 2
    try:
        period = (
            parse_period(args.month) if args.month else (parse_period(args.date) if args.date else None)
        )
    except ReportError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    ctx = _context(args)
    if period is None:
        period = ReportPeriod.day(ctx.now().date())
    report = build_report(ctx, period)
    data = report_pdf(report) if kind == "PDF" else report_xlsx(report)
    if not write_output(args.output, data):
        return 1
    print(
        f"{period.label} 工作{'日' if period.kind == 'day' else '月'}报（{kind}，办件 {report.totals.cases} 件）"
        f" → {args.output}"
    )
    return 0


def run_report_command(args: argparse.Namespace) -> int:
    handlers = {"daily": _daily}
    return handlers[args.action](args)
